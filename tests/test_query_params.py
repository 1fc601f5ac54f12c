"""Named queries take parameters, bound as RDF terms and never written into the query text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import load_store, named_queries, prepare, run_query, term_for


@pytest.fixture(scope="module")
def store(seed_build: Path):  # type: ignore[no-untyped-def]
    return load_store(seed_build / "graph.ttl")


def _rows(store, name: str, **params: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    table = run_query(store, named_queries()[name], params)
    return [dict(zip(table.header, row, strict=True)) for row in table.rows]


def test_speaker_party_and_dates_restrict_statements(store) -> None:  # type: ignore[no-untyped-def]
    everything = _rows(store, "statements")
    zelenskyy = _rows(store, "statements", speaker="Volodymyr Zelenskyy")
    assert 0 < len(zelenskyy) < len(everything)
    assert {r["speaker"] for r in zelenskyy} == {"Volodymyr Zelenskyy"}
    assert list(zelenskyy[0]) == ["statement", "speaker", "text", "stance"]  # the contract, no parameter columns
    iranians = _rows(store, "statements", party="Iran")
    assert iranians and all(r["speaker"] in {"Abbas Araghchi", "Esmail Baghaei", "Ali Khamenei"} for r in iranians)
    recent = _rows(store, "statements", **{"from": "2026-01-01"})
    assert recent and all(r["statement"].split("/")[-1].startswith("seed--") for r in recent)


def test_meetings_by_party_place_month_and_participants_by_meeting(store) -> None:  # type: ignore[no-untyped-def]
    may = _rows(store, "meetings", **{"from": "2025-05-01", "to": "2025-05-31"})
    assert {r["location"] for r in may} == {"Geneva", "Istanbul"}
    assert {r["start"] for r in _rows(store, "meetings", place="Geneva")} == {"2025-05-10", "2026-02-17"}
    ukraine = _rows(store, "meetings", party="Ukraine")
    meeting = next(r["meeting"] for r in ukraine if r["location"] == "Geneva")
    sides = _rows(store, "participants", meeting=meeting)
    assert {(r["party"], r["role"]) for r in sides} >= {("Russia", "party"), ("Ukraine", "party")}


def test_values_are_terms_not_query_text(store) -> None:  # type: ignore[no-untyped-def]
    hostile = 'x" } ; DROP ALL ; #'
    assert _rows(store, "statements", speaker=hostile) == []
    prepared = prepare(named_queries()["statements"], {"speaker": hostile})
    assert hostile not in prepared.sparql
    assert term_for("2025-05-16").datatype.value.endswith("#date")  # type: ignore[union-attr]
    assert term_for("https://w3id.org/negotiation-kg/id/person/x").value.startswith("https://")
    assert len(_rows(store, "actors")) > 0  # the store is untouched


def test_unknown_parameter_is_named(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="unknown parameter 'bogus'.*speaker, party, from, to"):
        run_query(store, named_queries()["statements"], {"bogus": "1"})
