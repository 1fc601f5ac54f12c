"""Run SPARQL over a graph file: named queries shipped as ``.rq`` files, query files, or query text.

Queries run on pyoxigraph's engine over the Turtle file loaded in memory. Results come back as a header
and rows of plain strings (IRIs for resources, lexical forms for literals) and render as a table, CSV or JSON.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError, QueryError

QUERY_DIR = "queries"


def named_queries() -> dict[str, str]:
    """Shipped queries by name."""
    folder = resources.files("kg") / QUERY_DIR
    return {
        entry.name[:-3]: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def resolve_query(spec: str) -> str:
    """A query from a name, a ``.rq`` file or SPARQL text."""
    queries = named_queries()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith(".rq"):
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        return path.read_text(encoding="utf-8")
    if any(word in spec.upper() for word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")):
        return spec
    raise QueryError(f"unknown query '{spec}': use one of {', '.join(queries)}, a .rq file or SPARQL text")


def load_store(graph_file: Path) -> ox.Store:
    """An in-memory Oxigraph store holding a Turtle file."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphError(f"{graph_file}: cannot read the graph: {exc}") from None
    return store


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return (
            json.dumps([dict(zip(self.header, row, strict=True)) for row in self.rows], indent=2, ensure_ascii=False)
            + "\n"
        )

    def to_text(self) -> str:
        widths = [min(max([len(h), *(len(r[i]) for r in self.rows)]), 60) for i, h in enumerate(self.header)]

        def line(cells: list[str]) -> str:
            return "  ".join(
                (c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths, strict=True)
            ).rstrip()

        return "\n".join([line(self.header), line(["-" * w for w in widths]), *(line(r) for r in self.rows)]) + "\n"

    def render(self, fmt: str) -> str:
        return {"table": self.to_text, "csv": self.to_csv, "json": self.to_json}[fmt]()


def _plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def run_query(store: ox.Store, sparql: str) -> Table:
    """Run a SELECT or ASK query; CONSTRUCT/DESCRIBE results come back as subject/predicate/object rows."""
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return Table(["result"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QuerySolutions):
        header = [v.value for v in result.variables]
        return Table(header, [[_plain(solution[v]) for v in header] for solution in result])
    return Table(
        ["subject", "predicate", "object"], [[_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in result]
    )


def query_file(graph_file: Path, spec: str) -> Table:
    sparql = resolve_query(spec)
    return run_query(load_store(graph_file), sparql)


def iris_in_result(graph_file: Path, spec: str) -> set[str]:
    """Every IRI a SELECT binds or a CONSTRUCT/DESCRIBE returns: the nodes of a query's subgraph."""
    store = load_store(graph_file)
    sparql = resolve_query(spec)
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    found: set[str] = set()
    if isinstance(result, ox.QuerySolutions):
        for solution in result:
            for term in solution:
                if isinstance(term, ox.NamedNode):
                    found.add(term.value)
    elif not isinstance(result, ox.QueryBoolean):
        for triple in result:
            for term in (triple.subject, triple.object):
                if isinstance(term, ox.NamedNode):
                    found.add(term.value)
    return found
