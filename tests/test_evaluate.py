"""Scoring rules of ``kg evaluate``: name and quote tolerance, meeting pairing, counting of optional facts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.evaluation.evaluate import read_split, score_article
from kg.evaluation.gold import Gold, GoldActor, GoldMeeting, GoldStatement, read_gold
from kg.evaluation.matching import meeting_pair_score, person_match, quote_match, role_match
from kg.model import Actor, Article, ArticleFacts, Extracted, Meeting, Statement


def test_names_tolerate_spelling_and_accents() -> None:
    assert person_match("Volodymyr Zelensky", (), "Volodymyr Zelenskyy", ()) == 2
    assert person_match("Maxime Prévot", (), "Maxime Prevot", ()) == 2
    assert person_match("Zelenskyy", (), "Volodymyr Zelenskyy", ("Zelenskyy",)) == 1
    assert person_match("Sergei Lavrov", (), "Sergei Ryabkov", ()) == 0
    assert person_match("Andriy Yermak", (), "Andriy Sybiha", ()) == 0


def test_quotes_match_when_one_holds_the_other() -> None:
    gold = "seize this opportunity"
    assert quote_match("We must seize this opportunity, he said.", gold)
    assert quote_match("Seize this Opportunity", gold)
    assert quote_match("this opportunity now", "we must seize this opportunity now")
    assert not quote_match("opportunity", "we must seize this opportunity now")  # too short to count
    assert not quote_match("seize the moment", gold)


def test_roles_tolerate_word_order_and_extra_words() -> None:
    assert role_match("foreign minister", "Foreign Minister")
    assert role_match("Kremlin aide", "Kremlin aide, head of delegation")
    assert not role_match("spokesman", "Foreign Minister")
    assert not role_match(None, "Foreign Minister")


def _facts(actors=(), meetings=(), statements=()) -> ArticleFacts:  # type: ignore[no-untyped-def]
    article = Article("a", "text", published=date(2025, 5, 16))
    return ArticleFacts(
        article,
        actors=tuple(Extracted(a) for a in actors),
        meetings=tuple(Extracted(m) for m in meetings),
        statements=tuple(Extracted(s) for s in statements),
    )


def _gold(actors=(), meetings=(), statements=()) -> Gold:  # type: ignore[no-untyped-def]
    return Gold("a", date(2025, 5, 16), tuple(actors), tuple(meetings), tuple(statements))


def test_actor_counts_and_optional_people() -> None:
    gold = _gold(
        actors=[
            GoldActor("Hakan Fidan", ("Fidan",), "Foreign Minister", "Turkey", False),
            GoldActor("Jane Roe", (), None, "RFE/RL", True),
            GoldActor("Mark Smith", (), None, None, False),
        ]
    )
    facts = _facts(
        actors=[
            Actor("Hakan Fidan", ("Fidan",), "foreign minister", "Türkiye"),
            Actor("Jane Roe", (), None, None),
            Actor("Headline Fragment"),
        ]
    )
    report = score_article(facts, gold)
    actors = report.scores["actors"]
    assert (actors.tp, actors.fp, actors.fn) == (1, 1, 1)
    assert report.accuracy["affiliation"].value == 1.0  # Türkiye is Turkey
    assert report.accuracy["role"].value == 1.0


def _meeting(place: str, start: date, parties: tuple[str, ...], **kw: object) -> GoldMeeting:
    values = {"venue": None, "country": None, "end": start, "mediators": (), "round": None, "status": "held"}
    values.update(kw)
    return GoldMeeting(
        "m",
        place,
        values["venue"],
        values["country"],
        start,
        values["end"],
        parties,  # type: ignore[arg-type]
        values["mediators"],
        values["round"],
        values["status"],
    )  # type: ignore[arg-type]


def test_meetings_pair_by_place_and_date_then_by_shared_sides() -> None:
    day = date(2025, 5, 16)
    gold = _gold(
        meetings=[
            _meeting("Istanbul", day, ("Russia", "Ukraine"), mediators=("Turkey",)),
            _meeting("Istanbul", day, ("Turkey", "United States", "Ukraine")),
        ]
    )
    facts = _facts(
        meetings=[
            Meeting("x", "Istanbul", start=day, end=day, parties=("Ukraine", "United States", "Turkey")),
            Meeting("y", "Istanbul", start=day, end=day, parties=("Kremlin", "Ukraine"), mediators=("Turkey",)),
            Meeting("z", "Istanbul", start=date(2025, 6, 2), end=date(2025, 6, 2), parties=("Russia", "Ukraine")),
        ]
    )
    report = score_article(facts, gold)
    s = report.scores
    assert (s["meetings"].tp, s["meetings"].fp, s["meetings"].fn) == (2, 1, 0)
    # the extra June meeting's sides count as extras; the paired meetings' sides all agree
    assert (s["parties"].tp, s["parties"].fp, s["parties"].fn) == (5, 2, 0)
    assert (s["mediators"].tp, s["mediators"].fp) == (1, 0)
    assert report.accuracy["dates"].value == 1.0


def test_statements_need_the_right_speaker() -> None:
    gold = _gold(
        actors=[GoldActor("Hakan Fidan", ("Fidan",), None, "Turkey", False)],
        statements=[
            GoldStatement("Hakan Fidan", "seize this opportunity", "positive", False),
            GoldStatement("Hakan Fidan", "two paths lie ahead", "neutral", False),
        ],
    )
    facts = _facts(
        actors=[Actor("Hakan Fidan", ("Fidan",)), Actor("Someone Else")],
        statements=[
            Statement("Hakan Fidan", "We must seize this opportunity", "positive"),
            Statement("Someone Else", "Two paths lie ahead of us", "neutral"),
        ],
    )
    report = score_article(facts, gold)
    st = report.scores["statements"]
    assert (st.tp, st.fp, st.fn) == (1, 1, 1)
    assert any("given to Someone Else" in m for m in report.misses)
    assert report.accuracy["stance"].value == 1.0


def test_broken_gold_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="x.gold.json"):
        read_gold(bad)
    bad.write_text(json.dumps({"actors": [{"role": "no name"}]}), encoding="utf-8")
    with pytest.raises(InputError, match="schema"):
        read_gold(bad)


def test_cli_evaluate_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parent.parent / "seeds"
    out = tmp_path / "scores.json"
    assert main(["evaluate", str(root / "seed.txt"), "--json", str(out), "--quiet", "--explain"]) == 0
    printed = capsys.readouterr().out
    assert "overall" in printed and "actors" in printed and "== seed" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"][0]["article"] == "seed"
    assert 0.0 <= figures["overall"]["overall"]["f1"] <= 1.0
    assert figures["overall"]["scores"]["actors"]["tp"] > 0


def test_stance_baseline_is_the_most_common_gold_stance_of_paired_statements() -> None:
    gold = _gold(
        actors=[GoldActor("Hakan Fidan", ("Fidan",), None, "Turkey", False)],
        statements=[
            GoldStatement("Hakan Fidan", "seize this opportunity", "positive", False),
            GoldStatement("Hakan Fidan", "two paths lie ahead", "neutral", False),
            GoldStatement("Hakan Fidan", "a chance we cannot miss", "positive", False),
            GoldStatement("Hakan Fidan", "never said in the text", "negative", False),
        ],
    )
    facts = _facts(
        actors=[Actor("Hakan Fidan", ("Fidan",))],
        statements=[
            Statement("Hakan Fidan", "We must seize this opportunity", "neutral"),
            Statement("Hakan Fidan", "Two paths lie ahead of us", "neutral"),
            Statement("Hakan Fidan", "It is a chance we cannot miss", "neutral"),
        ],
    )
    report = score_article(facts, gold)
    assert report.accuracy["stance"].value == pytest.approx(1 / 3)
    assert report.stance_baseline == ("positive", pytest.approx(2 / 3))  # the unpaired negative does not count


def test_split_file_covers_every_annotated_article_once() -> None:
    root = Path(__file__).resolve().parent.parent
    split = read_split(root / "tests" / "corpus" / "split.json")
    annotated = {
        p.name[: -len(".gold.json")] for d in ("seeds", "tests/corpus") for p in (root / d).glob("*.gold.json")
    }
    assert set(split["development"]) | set(split["validation"]) == annotated
    assert 0.2 <= len(split["validation"]) / len(annotated) <= 0.3
    assert not {p.stem for p in (root / "seeds").glob("*.txt")} & set(split["validation"])  # samples are development


def test_split_file_refuses_an_article_in_both_parts(tmp_path: Path) -> None:
    bad = tmp_path / "split.json"
    bad.write_text(json.dumps({"development": ["a", "b"], "validation": ["b"]}), encoding="utf-8")
    with pytest.raises(InputError, match="both parts: b"):
        read_split(bad)
    bad.write_text(json.dumps({"development": ["a"]}), encoding="utf-8")
    with pytest.raises(InputError, match="development and validation"):
        read_split(bad)


def test_cli_evaluate_prints_each_part_of_a_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parent.parent / "seeds"
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"development": ["seed"], "validation": ["muscat-2025-04-13"]}), encoding="utf-8")
    args = ["evaluate", str(root / "seed.txt"), str(root / "muscat-2025-04-13.txt"), "--split", str(split), "--quiet"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in printed.splitlines() if line.split()}
    assert rows["development"][1] == "1" and rows["validation"][1] == "1" and rows["overall"][1] == "2"


def _unplaced(country: str | None, parties: tuple[str, ...], start: date | None) -> tuple[Meeting, GoldMeeting]:
    pred = Meeting(
        label="",
        location=None,
        country=country,
        venue=None,
        start=start,
        end=start,
        round=None,
        status="held",
        parties=parties,
        mediators=(),
    )
    gold = GoldMeeting("", None, None, country, start, start, parties, (), None, "held")
    return pred, gold


def test_meetings_naming_no_city_pair_by_country_or_by_sides() -> None:
    pred, gold = _unplaced("Israel", ("United States", "Israel"), date(2024, 8, 19))
    assert meeting_pair_score(pred, gold) > 0
    assert meeting_pair_score(replace(pred, country="Egypt"), gold) == 0
    assert meeting_pair_score(replace(pred, start=date(2024, 9, 1), end=date(2024, 9, 1)), gold) == 0
    pred, gold = _unplaced(None, ("United States", "China"), None)
    assert meeting_pair_score(pred, gold) > 0
    assert meeting_pair_score(replace(pred, parties=("Peru", "Chile")), gold) == 0
    placed = replace(pred, location="Geneva", country="Switzerland")
    assert meeting_pair_score(placed, gold) == 0


def test_between_otherwise_equal_candidates_status_and_round_decide_the_pair() -> None:
    held, gold_held = _unplaced("Peru", ("Peru", "Chile"), None)
    planned = replace(held, status="planned")
    gold_planned = replace(gold_held, status="planned")
    assert meeting_pair_score(planned, gold_planned) > meeting_pair_score(planned, gold_held)
    second = replace(held, round=2)
    assert meeting_pair_score(second, replace(gold_held, round=2)) > meeting_pair_score(second, gold_held)
