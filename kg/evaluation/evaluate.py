"""Score extraction against annotated articles (``STEM.txt`` + ``STEM.gold.json``).

Matching rules (also in the README):

* **Names** are compared folded (case, accents and punctuation ignored). Two people match when their full
  names are at least 85% similar (``rapidfuzz`` ratio) *and* their surnames are too, or when one's full name
  equals one of the other's aliases. "Zelensky" matches "Zelenskyy", "Aleksandr" matches "Alexander".
* **Actors**: one-to-one pairs of predicted and gold people; gold actors marked ``optional`` count neither
  way (a prediction paired with one is not an extra, missing it is not a miss).
* **Meetings** pair when their places agree (city, or venue, folded) and, where both have a start date,
  their date ranges overlap; two that name no city pair by country, and two with no place at all by a shared
  side; among candidates the pair with the most shared parties wins (then an exact start, then the same
  status and round).
* **Parties** and **mediators** are scored per paired meeting as sets of canonical names; the sides of an
  unpaired gold meeting are misses and those of an unpaired predicted meeting extras.
* **Statements** pair when the speakers match (as people, above) and the quoted words agree: the folded gold
  fragment lies inside the predicted text, or the predicted text (three words or more) inside the fragment.
  Failing that, a statement also pairs with a gold statement of the same speaker whose fragment lies in the
  sentence the statement was taken from (one claim per speaker and sentence). A predicted statement pairs with
  at most one gold statement. A quote given to the wrong speaker is a miss and an extra. Statements whose speaker
  is a party ("Hamas said ...") are not scored: the annotation names only people as speakers.
* **Accuracies** are over paired facts: affiliation (canonical side) and role (token sort ratio >= 80, or one
  holding the other) where the gold gives one; place (the city), dates (start and end, a missing end read as
  the start), round and status for every paired meeting; stance for every paired statement.
* **Overall** precision, recall and F1 sum the counts of actors, meetings, parties, mediators and statements.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kg.errors import InputError
from kg.evaluation.gold import Gold, GoldMeeting, discover_gold, read_gold
from kg.evaluation.matching import canonical_party, greedy, meeting_pair_score, person_match, quote_match, role_match
from kg.gazetteer import fold
from kg.ingest.read import read_text_file
from kg.model import Actor, Article, ArticleFacts, Meeting, Statement

COUNTED = ("actors", "meetings", "parties", "mediators", "statements")
ACCURACIES = ("affiliation", "role", "place", "dates", "round", "status", "stance")
SINGULAR = {"parties": "party", "mediators": "mediator"}


@dataclass
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Correct out of total for one attribute of paired facts."""

    correct: int = 0
    total: int = 0

    def count(self, ok: bool) -> bool:
        self.total += 1
        self.correct += int(ok)
        return ok

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class Report:
    """Scores of one article, or of several summed."""

    article: str
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in COUNTED})
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACIES})
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    gold_stances: Counter[str] = field(default_factory=Counter)
    """The gold stances of the paired statements, for the most-common-stance baseline."""

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total.add(score)
        return total

    def add(self, other: Report) -> None:
        for key, score in other.scores.items():
            self.scores[key].add(score)
        for key, acc in other.accuracy.items():
            self.accuracy[key].add(acc)
        self.gold_stances.update(other.gold_stances)

    @property
    def stance_baseline(self) -> tuple[str | None, float]:
        """The most common gold stance of the paired statements and the accuracy of always answering it."""
        if not self.gold_stances:
            return None, 1.0
        stance, count = max(self.gold_stances.items(), key=lambda item: (item[1], item[0]))
        return stance, count / sum(self.gold_stances.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "overall": self.overall.as_dict(),
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "accuracy": {k: v.as_dict() for k, v in self.accuracy.items()},
            "stance_baseline": {"stance": self.stance_baseline[0], "accuracy": round(self.stance_baseline[1], 4)},
        }


# --- gold -----------------------------------------------------------------------------------------------


P = TypeVar("P")
W = TypeVar("W", bound="Annotated")


class Annotated(Protocol):
    @property
    def optional(self) -> bool: ...


def _required(
    pairs: list[tuple[int, int]], predicted: Sequence[P], wanted: Sequence[W], score: Score
) -> Iterator[tuple[P, W]]:
    """The pairs of a matching whose annotation counts (not optional), each a true positive."""
    for i, j in pairs:
        if not wanted[j].optional:
            score.tp += 1
            yield predicted[i], wanted[j]


def _describe_meeting(m: Meeting | GoldMeeting) -> str:
    dates = f"{m.start}..{m.end}" if m.start else "undated"
    return f"{m.location or '?'} {dates} {'/'.join(m.parties)} [{m.status}]"


def score_article(facts: ArticleFacts, gold: Gold) -> Report:
    """Compare one article's extracted facts with its gold annotation."""
    report = Report(facts.article.id)
    actors = [x.fact for x in facts.actors if isinstance(x.fact, Actor)]
    meetings = [x.fact for x in facts.meetings if isinstance(x.fact, Meeting)]
    # the annotation names people only as speakers, so what parties say ("Hamas said ...") is not scored
    by_people = [x for x in facts.statements if isinstance(x.fact, Statement) and not x.fact.by_party]
    statements = [x.fact for x in by_people if isinstance(x.fact, Statement)]
    sentences = [" ".join(e.sentence for e in x.evidence) for x in by_people]
    _score_actors(report, actors, gold)
    _score_meetings(report, meetings, gold)
    _score_statements(report, statements, sentences, actors, gold)
    return report


def _score_actors(report: Report, actors: list[Actor], gold: Gold) -> None:
    score, aff, role = report.scores["actors"], report.accuracy["affiliation"], report.accuracy["role"]
    candidates = {
        (i, j): float(person_match(a.name, a.aliases, g.name, g.aliases))
        for i, a in enumerate(actors)
        for j, g in enumerate(gold.actors)
    }
    pairs = greedy(candidates)
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for pred, want in _required(pairs, actors, gold.actors, score):
        if want.affiliation and not aff.count(canonical_party(pred.affiliation) == canonical_party(want.affiliation)):
            report.wrong.append(f"affiliation of {want.name}: {pred.affiliation!r}, gold {want.affiliation!r}")
        if want.role and not role.count(role_match(pred.role, want.role)):
            report.wrong.append(f"role of {want.name}: {pred.role!r}, gold {want.role!r}")
    for j, want in enumerate(gold.actors):
        if j not in paired_g and not want.optional:
            score.fn += 1
            report.misses.append(f"actor {want.name} ({want.role}, {want.affiliation})")
    for i, pred in enumerate(actors):
        if i not in paired_p:
            score.fp += 1
            report.extras.append(f"actor {pred.name} ({pred.role}, {pred.affiliation})")


def _score_sides(report: Report, kind: str, pred: Iterable[str], gold: Iterable[str], where: str) -> None:
    score = report.scores[kind]
    p = {canonical_party(x) for x in pred} - {None}
    g = {canonical_party(x) for x in gold} - {None}
    score.tp += len(p & g)
    score.fp += len(p - g)
    score.fn += len(g - p)
    for name in sorted(g - p):  # type: ignore[type-var]
        report.misses.append(f"{SINGULAR[kind]} {name} of {where}")
    for name in sorted(p - g):  # type: ignore[type-var]
        report.extras.append(f"{SINGULAR[kind]} {name} of {where}")


def _score_meetings(report: Report, meetings: list[Meeting], gold: Gold) -> None:
    score = report.scores["meetings"]
    acc = report.accuracy
    candidates = {(i, j): meeting_pair_score(m, g) for i, m in enumerate(meetings) for j, g in enumerate(gold.meetings)}
    pairs = greedy(candidates)
    paired_p = {i for i, _ in pairs}
    paired_g = {j for _, j in pairs}
    for i, j in pairs:
        pred, want = meetings[i], gold.meetings[j]
        where = _describe_meeting(want)
        score.tp += 1
        if not acc["place"].count(fold(pred.location or "") == fold(want.location or "")):
            report.wrong.append(f"place of {where}: {pred.location}")
        if not acc["dates"].count((pred.start, pred.end or pred.start) == (want.start, want.end or want.start)):
            report.wrong.append(f"dates of {where}: {pred.start}..{pred.end}")
        if not acc["round"].count(pred.round == want.round):
            report.wrong.append(f"round of {where}: {pred.round}")
        if not acc["status"].count(pred.status == want.status):
            report.wrong.append(f"status of {where}: {pred.status}")
        _score_sides(report, "parties", pred.parties, want.parties, where)
        _score_sides(report, "mediators", pred.mediators, want.mediators, where)
    for j, want in enumerate(gold.meetings):
        if j not in paired_g:
            score.fn += 1
            report.misses.append(f"meeting {_describe_meeting(want)}")
            _score_sides(report, "parties", (), want.parties, _describe_meeting(want))
            _score_sides(report, "mediators", (), want.mediators, _describe_meeting(want))
    for i, pred in enumerate(meetings):
        if i not in paired_p:
            score.fp += 1
            report.extras.append(f"meeting {_describe_meeting(pred)}")
            _score_sides(report, "parties", pred.parties, (), _describe_meeting(pred))
            _score_sides(report, "mediators", pred.mediators, (), _describe_meeting(pred))


def _score_statements(
    report: Report, statements: list[Statement], sentences: list[str], actors: list[Actor], gold: Gold
) -> None:
    score, stance = report.scores["statements"], report.accuracy["stance"]
    aliases = {a.name: a.aliases for a in actors}
    gold_aliases = {a.name: a.aliases for a in gold.actors}
    candidates: dict[tuple[int, int], float] = {}
    for i, s in enumerate(statements):
        for j, g in enumerate(gold.statements):
            same = person_match(s.speaker, aliases.get(s.speaker, ()), g.speaker, gold_aliases.get(g.speaker, ()))
            required = 0.0 if g.optional else 0.1  # a statement holding two fragments counts for the required one
            if quote_match(s.text, g.quote):
                candidates[(i, j)] = (3.0 if same else 0.5) + required
            elif same and i < len(sentences) and quote_match(sentences[i], g.quote):
                candidates[(i, j)] = 2.0 + required
    pairs = [(i, j) for i, j in greedy(candidates) if candidates[(i, j)] > 1]
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for pred, want in _required(pairs, statements, gold.statements, score):
        report.gold_stances[want.stance] += 1
        if not stance.count(pred.stance == want.stance):
            report.wrong.append(
                f"stance of {want.speaker}: {want.quote!r}: {pred.stance}, gold {want.stance} (in {_clip(pred.text)!r})"
            )
    for j, want in enumerate(gold.statements):
        if j not in paired_g and not want.optional:
            score.fn += 1
            said = [statements[i].speaker for (i, g) in candidates if g == j]
            note = f" (given to {', '.join(sorted(set(said)))})" if said else ""
            report.misses.append(f"statement {want.speaker}: {want.quote!r}{note}")
    optional = [j for j, g in enumerate(gold.statements) if g.optional]
    for i, pred in enumerate(statements):
        if i not in paired_p and not any(candidates.get((i, j), 0) > 1 for j in optional):
            score.fp += 1
            report.extras.append(f"statement {pred.speaker}: {_clip(pred.text)!r}")


def _clip(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- running --------------------------------------------------------------------------------------------


@dataclass
class Evaluation:
    """Per-article reports, their sum and the inputs that could not be scored."""

    reports: list[Report]
    total: Report
    skipped: list[InputError]

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.total.as_dict(),
            "articles": [r.as_dict() for r in self.reports],
            "skipped": [str(e) for e in self.skipped],
        }

    def part(self, name: str, articles: Iterable[str]) -> Report:
        """The summed report of the named articles (those that were scored)."""
        wanted = set(articles)
        total = Report(name)
        for report in self.reports:
            if report.article in wanted:
                total.add(report)
        return total


SPLIT_PARTS = ("development", "validation")


def read_split(path: Path) -> dict[str, tuple[str, ...]]:
    """A split file: a JSON object naming the articles (stems) of the development and validation parts."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the split file: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"split file is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(raw, dict) or not all(isinstance(raw.get(p), list) for p in SPLIT_PARTS):
        raise InputError(path, f"split file must hold lists named {' and '.join(SPLIT_PARTS)}")
    parts = {p: tuple(str(stem) for stem in raw[p]) for p in SPLIT_PARTS}
    if shared := set(parts["development"]) & set(parts["validation"]):
        raise InputError(path, f"articles in both parts: {', '.join(sorted(shared))}")
    return parts


def render_parts(evaluation: Evaluation, split: dict[str, tuple[str, ...]]) -> str:
    """F1 per category and accuracy per attribute for each part of a split and for all articles."""
    reports = [evaluation.part(name, stems) for name, stems in split.items()]
    reports.append(evaluation.total)
    heads = ["part", "articles", *COUNTED, "precision", *ACCURACIES, "stance baseline"]
    rows = []
    for report, count in zip(reports, [*(len(s) for s in split.values()), len(evaluation.reports)], strict=True):
        cells = [report.article, str(count), *(f"{report.scores[k].f1:.2f}" for k in COUNTED)]
        cells.append(f"{report.overall.precision:.2f}")
        cells += [f"{report.accuracy[k].value:.2f}" if report.accuracy[k].total else "-" for k in ACCURACIES]
        stance, value = report.stance_baseline
        cells.append(f"{value:.2f} ({stance})" if stance else "-")
        rows.append(cells)
    return _row(heads, rows) + "\n"


def evaluate(paths: Iterable[Path], *, progress: bool = False, publication_dates: bool = True) -> Evaluation:
    """Build every annotated article under ``paths`` on its own and score it against its gold file.

    The gold file's publication date and publisher stand in for a missing sidecar unless ``publication_dates`` is
    False, which builds each article as most real input comes: dated only by what its text says (its dateline)."""
    from kg.extract.pipeline import extract_articles

    skipped: list[InputError] = []
    pending: list[tuple[Article, Gold]] = []
    for item in discover_gold(paths):
        if isinstance(item, InputError):
            skipped.append(item)
            continue
        text_path, gold_path = item
        try:
            article = read_text_file(text_path)
            gold = read_gold(gold_path)
        except InputError as exc:
            skipped.append(exc)
            continue
        if not publication_dates:
            article = replace(article, published=None)
        elif article.published is None and gold.published is not None:
            article = replace(article, published=gold.published, publisher=article.publisher or gold.publisher)
        pending.append((article, gold))
    reports = []
    total = Report("overall")
    golds = {article.id: gold for article, gold in pending}
    facts_stream = extract_articles((a for a, _ in pending), on_skip=skipped.append)
    if progress:
        import sys

        from tqdm import tqdm

        facts_stream = tqdm(facts_stream, total=len(pending), unit="article", file=sys.stderr, desc="evaluating")
    for facts in facts_stream:
        report = score_article(facts, golds[facts.article.id])
        reports.append(report)
        total.add(report)
    return Evaluation(reports, total, skipped)


def render_table(evaluation: Evaluation) -> str:
    """Per-article F1 and accuracies, then overall precision, recall and F1 per category."""
    heads = ["article", *COUNTED, "overall", *ACCURACIES]
    rows = []
    for report in [*evaluation.reports, evaluation.total]:
        cells = [report.article]
        cells += [f"{report.scores[k].f1:.2f}" for k in COUNTED]
        cells.append(f"{report.overall.f1:.2f}")
        cells += [f"{report.accuracy[k].value:.2f}" if report.accuracy[k].total else "-" for k in ACCURACIES]
        rows.append(cells)
    lines = [_row(heads, rows), ""]
    detail_heads = ["category", "tp", "fp", "fn", "precision", "recall", "f1"]
    detail = []
    for key in (*COUNTED, "overall"):
        s = evaluation.total.overall if key == "overall" else evaluation.total.scores[key]
        detail.append([key, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"])
    lines.append(_row(detail_heads, detail))
    lines.append("")
    acc_rows = [[k, str(a.correct), str(a.total), f"{a.value:.3f}"] for k, a in evaluation.total.accuracy.items()]
    stance, value = evaluation.total.stance_baseline
    if stance is not None:
        base = evaluation.total.accuracy["stance"].total
        acc_rows.append([f"stance baseline ({stance} always)", str(round(value * base)), str(base), f"{value:.3f}"])
    lines.append(_row(["attribute", "correct", "total", "accuracy"], acc_rows))
    return "\n".join(lines) + "\n"


def render_explain(evaluation: Evaluation) -> str:
    """Every miss, extra and wrong attribute, per article."""
    out = []
    for report in evaluation.reports:
        out.append(f"== {report.article}")
        out += [f"  miss   {m}" for m in report.misses]
        out += [f"  extra  {e}" for e in report.extras]
        out += [f"  wrong  {w}" for w in report.wrong]
    return "\n".join(out) + "\n"


def _row(heads: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(heads), line(["-" * w for w in widths]), *(line(r) for r in rows)])
