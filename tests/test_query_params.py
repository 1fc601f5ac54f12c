"""Named queries take parameters, bound as RDF terms and never written into the query text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.backends.query import load_store, named_queries, portable, prepare, run_query, term_for
from kg.errors import QueryError


@pytest.fixture(scope="module")
def store(seed_build: Path):  # type: ignore[no-untyped-def]
    return load_store(seed_build / "graph.ttl")


def _rows(store, query: str, **params: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    table = run_query(store, named_queries()[query], params)
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


def test_a_parameter_selects_exactly_the_rows_it_names(store) -> None:  # type: ignore[no-untyped-def]
    """Each parameterised query returns what the whole-corpus query returns for that value, nothing more or less."""
    meetings = _rows(store, "meetings")
    in_may = [r for r in meetings if "2025-05-01" <= r["start"] <= "2025-05-31"]
    assert in_may and _rows(store, "meetings", **{"from": "2025-05-01", "to": "2025-05-31"}) == in_may
    assert _rows(store, "meetings", place="Geneva") == [r for r in meetings if r["location"] == "Geneva"]
    statements = _rows(store, "statements")
    speaker = statements[0]["speaker"]
    assert _rows(store, "statements", speaker=speaker) == [r for r in statements if r["speaker"] == speaker]
    actors = _rows(store, "actors")
    assert _rows(store, "actors", name=speaker) == [r for r in actors if r["name"] == speaker]
    participants = _rows(store, "participants")
    assert _rows(store, "participants", party="Russia") == [r for r in participants if r["party"] == "Russia"]
    evidence = _rows(store, "evidence")
    assert _rows(store, "evidence", article="geneva-2025-05-12") == [
        r for r in evidence if r["article"] == "geneva-2025-05-12"
    ]


def test_parties_counts_what_participants_lists(store) -> None:  # type: ignore[no-untyped-def]
    participants = _rows(store, "participants")
    parties = {r["party"]: r for r in _rows(store, "parties")}
    for name in ("Russia", "Ukraine", "United States", "Iran"):
        sat = {r["meeting"] for r in participants if r["party"] == name and r["role"] == "party"}
        mediated = {r["meeting"] for r in participants if r["party"] == name and r["role"] == "mediator"}
        assert (int(parties[name]["meetings"]), int(parties[name]["mediated"])) == (len(sat), len(mediated))
    assert int(parties["Russia"]["statements"]) > 0


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_the_portable_form_of_a_shipped_query_gives_the_same_rows(store, name: str) -> None:  # type: ignore[no-untyped-def]
    """What engines without LATERAL run (kg query --endpoint on GraphDB, rdflib) answers the same."""
    sparql = named_queries()[name]
    assert "LATERAL {" not in portable(sparql)
    lateral = run_query(store, sparql)
    plain = run_query(store, portable(sparql))
    assert lateral.header == plain.header and lateral.rows
    assert sorted(map(tuple, lateral.rows)) == sorted(map(tuple, plain.rows))


def test_unless_drops_a_line_when_a_more_selective_parameter_is_given() -> None:
    sparql = (
        "SELECT ?s ?a ?b WHERE {\n"
        "  ?s <http://example.org/a> ?a .  # param a\n"
        "  ?s <http://example.org/when> ?w .  # param b unless a\n"
        "}\n"
    )
    assert "when" in prepare(sparql, {"b": "x"}).sparql
    only_a = prepare(sparql, {"a": "x", "b": "y"}).sparql
    assert "example.org/a>" in only_a and "when" not in only_a
    assert "example.org/a>" not in prepare(sparql, {}).sparql


def test_if_keeps_a_line_only_when_another_parameter_is_given_too() -> None:
    sparql = "SELECT ?s WHERE {\n  ?s <http://example.org/when> ?w .  # param b if a | c\n}\n"
    assert "when" not in prepare(sparql, {"b": "x"}).sparql
    assert "when" in prepare(sparql, {"b": "x", "c": "y"}).sparql
    assert "when" not in prepare(sparql, {"a": "x"}).sparql


def test_a_period_and_a_speaker_select_the_statements_both_select(store) -> None:  # type: ignore[no-untyped-def]
    period = {"from": "2025-05-01", "to": "2025-05-31"}
    in_may = _rows(store, "statements", **period)
    everyone = _rows(store, "statements")
    assert in_may and len(in_may) < len(everyone)
    for speaker in sorted({r["speaker"] for r in everyone}):
        theirs = _rows(store, "statements", speaker=speaker)
        both = _rows(store, "statements", speaker=speaker, **period)
        assert both == [r for r in theirs if r in in_may]
    assert any(r not in in_may for r in everyone if r["speaker"] in {b["speaker"] for b in in_may})


def test_trajectory_dates_each_statement_by_its_article(store) -> None:  # type: ignore[no-untyped-def]
    from kg.backends.lookup import resolve

    rows = _rows(store, "trajectory", **resolve(store, {"party": "russia"}))
    assert rows and list(rows[0]) == ["date", "speaker", "party", "stance", "statement"]
    assert {r["party"] for r in rows} == {"Russia"}
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert all(r["stance"] in {"positive", "negative", "neutral"} for r in rows)
    everyone = _rows(store, "trajectory")
    assert len(everyone) == len({r["statement"] for r in _rows(store, "statements")})  # each statement once
    peskov = {r["statement"] for r in everyone if r["speaker"] == "Dmitry Peskov"}
    assert peskov and peskov <= {r["statement"] for r in rows}
    spring = _rows(store, "trajectory", speaker="Dmitry Peskov", **{"from": "2025-05-01", "to": "2025-05-31"})
    assert spring and all("2025-05-01" <= r["date"] <= "2025-05-31" for r in spring)
    assert len(spring) < len(peskov)


def test_unsorted_drops_only_the_closing_sort_and_paging_adds_a_limit() -> None:
    from kg.backends.query import paged

    sparql = 'SELECT * WHERE { ?s ?p "ORDER BY" } ORDER BY ?s # ORDER BY in a comment'
    assert paged(sparql, 5, unsorted=True) == 'SELECT * WHERE { ?s ?p "ORDER BY" }\nLIMIT 5\n'
    assert paged(sparql, 5, 10).endswith("ORDER BY in a comment\nLIMIT 5\nOFFSET 10\n")
    with pytest.raises(QueryError, match="its own LIMIT"):
        paged("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 5)
