"""Every annotated article builds into a graph that conforms to the shapes, with every span inside its text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.evaluation.gold import read_gold
from kg.extract.pipeline import extract_articles
from kg.ingest.read import read_text_file
from kg.model import ArticleFacts
from kg.rdf.graph import build_graphs, union
from kg.rdf.validate import validate

ROOT = Path(__file__).resolve().parent.parent
ANNOTATED = sorted([*(ROOT / "seeds").glob("*.gold.json"), *(ROOT / "tests" / "corpus").glob("*.gold.json")])


def _facts() -> tuple[list[ArticleFacts], list[InputError]]:
    articles = []
    for gold_file in ANNOTATED:
        text_file = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        article = read_text_file(text_file)
        gold = read_gold(gold_file)
        articles.append(replace(article, published=article.published or gold.published))
    skipped: list[InputError] = []
    return list(extract_articles(articles, on_skip=skipped.append)), skipped


def test_the_whole_annotated_corpus_builds_a_conforming_graph() -> None:
    facts, skipped = _facts()
    assert not skipped and len(facts) == len(ANNOTATED) >= 41
    for found in facts:
        size = len(found.article.text)
        for group in (found.parties, found.actors, found.meetings, found.statements):
            for extracted in group:
                for ev in extracted.evidence:
                    assert 0 <= ev.start < ev.end <= size, (found.article.id, ev)
    report = validate(union(build_graphs(facts).values()))
    assert report.conforms, report.text[:3000]


CALENDAR = {
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
    *"january february march april june july august september october november december".split(),
}


def test_no_person_in_the_annotated_corpus_is_made_of_title_institution_or_calendar_words() -> None:
    from kg.gazetteer import lexicon
    from kg.model import Actor

    words = lexicon()
    stop = words.non_name_heads | words.organisation_heads | words.title_words | CALENDAR
    facts, _ = _facts()
    junk = [
        (found.article.id, e.fact.name)
        for found in facts
        for e in found.actors
        if isinstance(e.fact, Actor)
        and any(w.lower().rstrip(".") in stop for w in e.fact.name.replace("-", " ").split())
    ]
    assert junk == [], junk


def test_without_publication_dates_the_dateline_articles_lose_no_meeting_and_gain_no_wrong_date(
    tmp_path: Path,
) -> None:
    import shutil

    from kg.evaluation.evaluate import evaluate
    from kg.ingest.clean import clean
    from kg.model import Meeting

    for gold_file in ANNOTATED:
        text_file = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        if clean(text_file.read_text(encoding="utf-8")).dateline_date:
            shutil.copy(text_file, tmp_path / text_file.name)
            shutil.copy(gold_file, tmp_path / gold_file.name)
    assert len(list(tmp_path.glob("*.txt"))) >= 10
    with_dates = evaluate([tmp_path]).total
    without = evaluate([tmp_path], publication_dates=False).total
    for kind in ("meetings", "parties", "mediators", "statements"):
        assert without.scores[kind].f1 >= with_dates.scores[kind].f1 - 0.03, kind
    # a date the text does not fix (a weekday, a month and day without the year) is left open, never guessed
    articles = [read_text_file(p) for p in sorted(tmp_path.glob("*.txt"))]
    dated = {
        f.article.id: f
        for f in extract_articles(
            [replace(a, published=read_gold(tmp_path / f"{a.id}.gold.json").published) for a in articles]
        )
    }
    for found in extract_articles(articles):
        starts = {e.fact.start for e in found.meetings if isinstance(e.fact, Meeting)} - {None}
        known = {e.fact.start for e in dated[found.article.id].meetings if isinstance(e.fact, Meeting)}
        assert starts <= known, found.article.id


def test_an_undated_article_warns_and_resolves_no_weekday() -> None:
    from kg.extract.pipeline import extract_articles
    from kg.model import Article, Meeting

    warnings: list[InputError] = []
    text = "Talks End\\n\\nArmenian and Azerbaijani negotiators met in Vienna on Monday for talks hosted by Austria.\\n"
    (facts,) = list(extract_articles([Article("undated", text, source="undated.txt")], on_warning=warnings.append))
    assert any("undated.txt" in str(w) and "no publication date" in str(w) for w in warnings)
    meetings = [e.fact for e in facts.meetings if isinstance(e.fact, Meeting)]
    assert meetings and all(m.start is None for m in meetings)
    dated = "VIENNA, March 3, 2025 (Wire) -- " + text.split("\\n\\n", 1)[1]
    (facts,) = list(extract_articles([Article("dated", "Talks End\\n\\n" + dated)]))
    starts = {e.fact.start for e in facts.meetings if isinstance(e.fact, Meeting)}
    assert starts == {date(2025, 3, 3)}


def test_a_dateline_day_without_a_year_warns_and_resolves_no_weekday() -> None:
    from kg.extract.pipeline import extract_articles
    from kg.model import Article, Meeting

    warnings: list[InputError] = []
    text = "QUITO, March 3 (Wire) - Chile and Peru resumed talks in Quito on Tuesday, a year after a break in 2025."
    (facts,) = list(extract_articles([Article("yearless", text, source="yearless.txt")], on_warning=warnings.append))
    assert any("yearless.txt" in str(w) and "'March 3' has no year" in str(w) for w in warnings)
    assert all(e.fact.start is None for e in facts.meetings if isinstance(e.fact, Meeting))
    dated = "QUITO, March 3, 2026 (Wire) - Chile and Peru resumed talks in Quito on Tuesday."
    warnings.clear()
    list(extract_articles([Article("dated", dated, source="dated.txt")], on_warning=warnings.append))
    assert not warnings
