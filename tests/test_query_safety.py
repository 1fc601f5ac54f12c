"""The query path reads unless told otherwise, stops runaway queries and points at syntax errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.backends.query import update_verb
from kg.cli import EXIT_FAILED, EXIT_OK, main

INSERT = (
    "PREFIX schema: <https://schema.org/>\n"
    'INSERT DATA { <https://w3id.org/negotiation-kg/id/person/dmitry-peskov> schema:alternateName "added" }'
)


@pytest.mark.parametrize(
    ("sparql", "verb"),
    [
        (INSERT, "INSERT"),
        ("# a comment with SELECT\nDELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("PREFIX ex: <http://example.org/select#>\nDROP ALL", "DROP"),
        ("SELECT ?s WHERE { ?s ?p 'INSERT DATA' }", None),
        ("PREFIX insert: <urn:x#> ASK { ?s ?p ?o }", None),
    ],
)
def test_updates_are_told_apart_from_queries(sparql: str, verb: str | None) -> None:
    assert update_verb(sparql) == verb


def test_update_is_refused_unless_allowed(tmp_path: Path, seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = tmp_path / "graph.ttl"
    shutil.copy(seed_build / "graph.ttl", graph)
    before = graph.read_bytes()
    assert main(["query", INSERT, "--graph", str(graph)]) == EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg: error: ") and "SPARQL Update (INSERT)" in err and "--allow-update" in err
    assert graph.read_bytes() == before
    assert main(["query", INSERT, "--graph", str(graph), "--allow-update"]) == EXIT_OK
    assert "added" in graph.read_text(encoding="utf-8")
    assert main(["validate", "--graph", str(graph)]) == EXIT_OK  # still a graph the tools read


def test_syntax_errors_give_line_and_column(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER(\n}"
    assert main(["query", query, "--graph", str(seed_build / "graph.ttl")]) == EXIT_FAILED
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("kg: error: SPARQL syntax error at line 5, column 2: ")


def test_a_runaway_query_is_stopped(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    assert main(["query", cross, "--graph", str(seed_build / "graph.ttl"), "--timeout", "1"]) == EXIT_FAILED
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "longer than 1 s" in line and "--timeout" in line
