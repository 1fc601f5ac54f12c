"""The facts of the seed article, read back through the four named queries of the contract."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg.backends.query import query_file

ACTORS = {
    "Volodymyr Zelenskyy": ("President", "Ukraine"),
    "Dmitry Peskov": ("Kremlin spokesman", "Russia"),
    "Vladimir Medinsky": ("chief negotiator", "Russia"),
    "Steve Witkoff": ("lead White House envoy", "United States"),
    "William Taylor": ("former US ambassador to Ukraine", "United States"),
    "Steven Pifer": ("former US ambassador to Ukraine", "United States"),
    "Alex Raufoglu": ("correspondent", "RFE/RL"),
}
STATEMENTS = [  # speaker, words the statement holds, stance
    ("Volodymyr Zelenskyy", "all three sides were constructive on the military track", "positive"),
    ("Volodymyr Zelenskyy", "I did not hear the same level of progress there", "negative"),
    ("Dmitry Peskov", "too early", "neutral"),
    ("Vladimir Medinsky", "difficult but businesslike", "neutral"),
    ("Steve Witkoff", "meaningful progress", "positive"),
    ("William Taylor", "have given no indication that they're willing to make any changes", "negative"),
    ("William Taylor", "Everything depends on stopping the fighting", "neutral"),
    ("Steven Pifer", "fairly skeptical about the prospects for the talks", "negative"),
]


def rows(graph: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(query_file(graph, name).to_csv())))


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.run.build import build
    from tests.conftest import SEEDS

    out = tmp_path_factory.mktemp("seed-only")
    build([SEEDS / "seed.txt"], out, progress=False)
    return out / "graph.ttl"


def test_named_queries_have_the_contract_columns(seed_graph: Path) -> None:
    expected = {
        "actors": "actor,name,role,affiliation",
        "meetings": "meeting,label,location,country,start,end,round,status",
        "participants": "meeting,party,role",
        "statements": "statement,speaker,text,stance",
    }
    for name, header in expected.items():
        assert query_file(seed_graph, name).to_csv().splitlines()[0] == header


def test_the_geneva_round(seed_graph: Path) -> None:
    [meeting] = rows(seed_graph, "meetings")
    assert (meeting["location"], meeting["country"]) == ("Geneva", "Switzerland")
    assert (meeting["start"], meeting["end"]) == ("2026-02-17", "2026-02-18")
    assert (meeting["round"], meeting["status"]) == ("3", "held")
    participants = {(r["party"], r["role"]) for r in rows(seed_graph, "participants")}
    assert participants == {
        ("Russia", "party"),
        ("Ukraine", "party"),
        ("United States", "party"),
        ("United States", "mediator"),
    }


def test_each_actor_once_with_role_and_side(seed_graph: Path) -> None:
    found = rows(seed_graph, "actors")
    names = [r["name"] for r in found]
    assert len(names) == len(set(names))
    by_name = {r["name"]: (r["role"], r["affiliation"]) for r in found}
    for name, expected in ACTORS.items():
        assert by_name.get(name) == expected, name
    assert "Marco Rubio" not in by_name and "Rubio" not in by_name
    assert not any("Warns" in n or "Barrages" in n or "Says" in n for n in names)


def test_each_quoted_statement_with_speaker_and_stance(seed_graph: Path) -> None:
    found = rows(seed_graph, "statements")
    for speaker, words, stance in STATEMENTS:
        matching = [r for r in found if r["speaker"] == speaker and words in r["text"]]
        assert len(matching) == 1, (speaker, words)
        assert matching[0]["stance"] == stance, (speaker, words)
