"""Query parameters as people type them: names, aliases and short forms, dates checked, misses reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.backends.lookup import compact, expand, resolve
from kg.backends.query import load_store, named_queries, run_query, with_standard_prefixes
from kg.cli import main
from kg.errors import NotFoundError, QueryError, UsageError


@pytest.fixture(scope="module")
def store(seed_build: Path):  # type: ignore[no-untyped-def]
    return load_store(seed_build / "graph.ttl")


@pytest.mark.parametrize(
    ("parameter", "typed", "meant"),
    [
        ("party", "iran", "Iran"),
        ("party", "US", "United States"),
        ("party", "the Kremlin", "Russia"),
        ("party", "american", "United States"),
        ("speaker", "Zelensky", "Volodymyr Zelenskyy"),  # a surname one transliteration away
        ("speaker", "VOLODYMYR ZELENSKYY", "Volodymyr Zelenskyy"),
        ("name", "Lavrov", "Sergei Lavrov"),  # a surname the text uses alone
        ("name", "Sergey Lavrov", "Sergei Lavrov"),
    ],
)
def test_names_are_found_whatever_form_is_typed(store, parameter: str, typed: str, meant: str) -> None:  # type: ignore[no-untyped-def]
    assert resolve(store, {parameter: typed}) == {parameter: meant}


def test_a_name_that_matches_nothing_is_reported_with_suggestions(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match=r"no party named 'Russa'; did you mean Russia\?"):
        resolve(store, {"party": "Russa"})  # a side is never guessed from a misspelling
    with pytest.raises(NotFoundError, match="no party named 'Atlantis'"):
        resolve(store, {"party": "Atlantis"})


def test_dates_must_be_written_in_full(store) -> None:  # type: ignore[no-untyped-def]
    assert resolve(store, {"from": "2025-05-01"}) == {"from": "2025-05-01"}
    for bad in ("April", "2025-13-01", "2025-5-1"):
        with pytest.raises(UsageError, match="YYYY-MM-DD"):
            resolve(store, {"to": bad})


def test_tables_show_prefixed_iris_that_parameters_take_back(store) -> None:  # type: ignore[no-untyped-def]
    table = run_query(store, named_queries()["meetings"], {})
    iri = table.rows[0][0]
    shown = compact(iri)
    assert shown.startswith("meeting:") and shown in table.to_text()
    assert expand(shown) == iri
    sides = run_query(store, named_queries()["participants"], resolve(store, {"meeting": shown}))
    assert sides.rows and {row[0] for row in sides.rows} == {iri}


def test_long_cells_wrap_and_iris_are_never_cut(store) -> None:  # type: ignore[no-untyped-def]
    table = run_query(store, named_queries()["statements"], {})
    text = table.to_text()
    longest = max(table.rows, key=lambda row: len(row[2]))
    assert len(longest[2]) > 60
    assert text.count("…") == sum(cell.count("…") for row in table.rows for cell in row)  # nothing cut
    words = longest[2].split()
    assert words[-1] in text  # the end of a long quote is shown, on a later line
    assert all(compact(row[0]) in text for row in table.rows)


def test_standard_prefixes_need_no_declaration(store) -> None:  # type: ignore[no-untyped-def]
    sparql = with_standard_prefixes("SELECT ?name WHERE { ?p a neg:Person ; schema:name ?name }")
    assert sparql.count("\n") == 0  # declared on the first line: error positions stay the user's
    assert run_query(store, sparql, {}).rows
    declared = "PREFIX neg: <urn:x#> SELECT * WHERE { ?s neg:y ?o }"
    assert with_standard_prefixes(declared) == declared


def test_syntax_errors_are_one_readable_line(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match=r"^SPARQL syntax error at line 1, column \d+: undeclared prefix 'foo:'$"):
        run_query(store, with_standard_prefixes("SELECT ?s WHERE { ?s foo:bar ?o }"), {})
    with pytest.raises(QueryError) as raised:
        run_query(store, "SELECT ?s WHERE {\n ?s ?p ?o \n FILTER(?o = ) }", {})
    message = str(raised.value)
    assert "line 3" in message and "\n" not in message and "\\u{" not in message and len(message) < 200


def test_cli_misses_exit_1_and_bad_dates_exit_2(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = str(seed_build / "graph.ttl")
    assert main(["query", "statements", "--graph", graph, "--param", "party=russia"]) == 0
    assert "Dmitry Peskov" in capsys.readouterr().out
    assert main(["query", "statements", "--graph", graph, "--param", "party=Atlantis"]) == 1
    assert "no party named 'Atlantis'" in capsys.readouterr().err
    assert main(["query", "statements", "--graph", graph, "--param", "from=April"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_version_and_named_queries_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    from kg import __version__

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"kg {__version__}"
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in named_queries())
    assert "statement,speaker,text,stance" in out


def test_every_argument_of_every_command_says_what_it_is_for() -> None:
    import argparse

    from kg.cli import parser

    missing = []

    def walk(command: argparse.ArgumentParser, name: str) -> None:
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    walk(sub, sub_name)
            elif not action.help:
                missing.append(f"{name} {action.option_strings or action.dest}")

    walk(parser(), "kg")
    assert missing == []
