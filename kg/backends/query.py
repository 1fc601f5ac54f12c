"""Run SPARQL over a graph file: named queries shipped as ``.rq`` files, query files, or query text.

Queries run on pyoxigraph's engine over the Turtle file loaded in memory. Results come back as a header
and rows of plain strings (IRIs for resources, lexical forms for literals) and render as a table, CSV or JSON.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.backends.table import Table, plain, python_value
from kg.errors import GraphError, KGError, NotFoundError, QueryError, UsageError
from kg.rdf.namespaces import PREFIXES, XSD
from kg.run.lifetime import die_with_parent

QUERY_DIR = "queries"


def named_queries() -> dict[str, str]:
    """Shipped queries by name."""
    folder = resources.files("kg") / QUERY_DIR
    return {
        entry.name[:-3]: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


_LATERAL = re.compile(r"\bLATERAL\s*\{")


def portable(sparql: str) -> str:
    """A shipped query without LATERAL, for engines that lack this SPARQL 1.2 draft feature (GraphDB, rdflib).

    Shipped queries are written so that ``A LATERAL { B }`` and the plain join ``A { B }`` give the same rows;
    LATERAL only makes the engine look ``B`` up once per row of ``A`` instead of evaluating it for the whole store.
    """
    return _LATERAL.sub("{", sparql)


STANDARD_PREFIXES = ("neg", "schema", "prov", "xsd", "rdf", "rdfs", "owl", "skos")
"""Prefixes a query may use without declaring them."""


def with_standard_prefixes(sparql: str) -> str:
    """The query with the standard prefixes it uses but does not declare declared for it.

    The declarations go before the query's first line, on that same line, so the line numbers of syntax errors
    stay those of the text the user wrote.
    """
    declared = {m.lower() for m in re.findall(r"\bPREFIX\s+([\w-]*)\s*:", sparql, flags=re.I)}
    used = set(re.findall(r"(?<![\w<#:/.-])([a-z]+):(?!//)", _keywords_only(sparql)))
    missing = [p for p in STANDARD_PREFIXES if p in used and p not in declared]
    if not missing:
        return sparql
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}> " for p in missing) + sparql


def resolve_query(spec: str) -> str:
    """A query from a name, a ``.rq`` file or SPARQL text (standard prefixes declared where the text uses them)."""
    queries = named_queries()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if spec.endswith(".rq"):
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        return with_standard_prefixes(path.read_text(encoding="utf-8"))
    if any(word in spec.upper() for word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", *_UPDATE_WORDS)):
        return with_standard_prefixes(spec)
    raise QueryError(f"unknown query '{spec}': use one of {', '.join(queries)}, a .rq file or SPARQL text")


def is_dataset(graph_file: Path) -> bool:
    """Whether a graph file is a dataset of named graphs (N-Quads, TriG), queried as their union."""
    return graph_file.suffix.lower() in {".nq", ".trig"}


def load_store(graph_file: Path) -> ox.Store:
    """An in-memory Oxigraph store holding a Turtle, N-Quads or TriG file."""
    store = ox.Store()
    formats = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
    try:
        store.bulk_load(path=str(graph_file), format=formats.get(graph_file.suffix.lower(), ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as exc:
        raise GraphError(f"{graph_file}: cannot read the graph: {exc}") from None
    return store


_SYNTAX = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _syntax_error(exc: SyntaxError, sparql: str = "") -> QueryError:
    """pyoxigraph's "error at 5:2: expected ..." as one readable line: where, what was found there, and the
    expected words (the parser's character classes left out); an undeclared prefix is named as such."""
    message = " ".join(str(exc).split())
    match = _SYNTAX.match(message)
    if not match:
        return QueryError(f"SPARQL syntax error: {message}")
    line, column, detail = int(match[1]), int(match[2]), match[3]
    lines = sparql.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if line == 1:  # the standard prefixes declared before the first line
        declared = re.match(r"(?:PREFIX [a-z]+: <[^>]*> )*", text)
        offset = declared.end() if declared else 0
        text, column = text[offset:], column - offset
    found = text[max(column - 1, 0) :].strip()[:20]
    where = f"SPARQL syntax error at line {line}, column {column}"
    if "Prefix not found" in detail:
        prefix = re.search(r"([\w-]*):\S*$", text[: max(column - 1, 0)] + found.split(" ")[0])
        return QueryError(f"{where}: undeclared prefix '{prefix[1] if prefix else ''}:'")
    listed = re.sub(r"\[[^\]]*\]", "", detail.removeprefix("expected one of").removeprefix("expected"))
    expected = [item.strip() for item in listed.split(",") if item.strip() and not item.strip().startswith(("'", "|"))]
    wanted = f"expected {' or '.join(expected[:6])}" if expected else "unexpected text"
    return QueryError(f"{where}: {wanted}" + (f", found '{found}'" if found else ""))


_LITERALS = re.compile(r"(['\"])(?:\\.|(?!\1).)*\1|<[^>\s]*>|#[^\n]*")
"""Strings, IRIs and comments in a query's text (IRIs before comments: an IRI may hold "#")."""


def blanked(sparql: str) -> str:
    """The query text with its strings, IRIs and comments turned to spaces of the same length: what is left are
    keywords, names and punctuation, each at its place in the original text."""
    return _LITERALS.sub(lambda m: " " * len(m.group()), sparql)


def _keywords_only(sparql: str) -> str:
    """The query text without strings, IRIs, comments and prologue: what is left are keywords and names."""
    return re.sub(r"\b(PREFIX\s+\S*:|BASE)\s*", " ", blanked(sparql), flags=re.I)


_REMOTE = re.compile(r"\b(SERVICE|LOAD)\b(?!\s*:)", re.IGNORECASE)


def remote_access(sparql: str) -> str | None:
    """The keyword that makes the engine reach another host (``SERVICE`` or ``LOAD``), or None."""
    match = _REMOTE.search(_keywords_only(sparql))
    return match[1].upper() if match else None


def check_local(sparql: str, allow_service: bool) -> None:
    """Refuse a query that would make this machine send requests elsewhere, unless the user allowed it."""
    keyword = remote_access(sparql)
    if keyword and not allow_service:
        raise QueryError(f"this query reaches other hosts ({keyword}); kg query stays local unless --allow-service")


def update_verb(sparql: str) -> str | None:
    """The operation word of a SPARQL Update (INSERT, DELETE, DROP ...), or None for a query."""
    words = re.findall(r"[A-Za-z]+", _keywords_only(sparql))
    first = words[0].upper() if words else ""
    return first if first in _UPDATE_WORDS else None


_PARAM_LINE = re.compile(r"#\s*param\s+([\w\s|]+?)(?:\s+if\s+([\w\s|]+?))?(?:\s+unless\s+([\w\s|]+))?\s*$")
_UNLESS_LINE = re.compile(r"#\s*unless\s+([\w\s|]+?)\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
XSD_DATE = ox.NamedNode(str(XSD.date))
XSD_BOOLEAN = ox.NamedNode(str(XSD.boolean))


@dataclass(frozen=True)
class Prepared:
    """A query with its parameters bound as RDF terms, and the columns that only carry parameters."""

    sparql: str
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]
    hidden: frozenset[str]


def term_for(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: an IRI, an xsd:date (YYYY-MM-DD) or a string."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if re.match(r"^https?://\S+$", text):
        return ox.NamedNode(text)
    if _DATE.match(text):
        return ox.Literal(text, datatype=XSD_DATE)
    return ox.Literal(value)


def _declared(sparql: str) -> tuple[list[str], list[str]]:
    """(contract columns, parameter names) from a query's header comments."""
    columns: list[str] = []
    params: list[str] = []
    for line in sparql.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        if stripped.lower().startswith("# parameters:"):
            names = re.sub(r"\([^)]*\)", "", stripped.split(":", 1)[1])
            params = [part.split()[0] for part in names.split(",") if part.split()]
        elif ":" in stripped and not columns:
            columns = [c.strip() for c in stripped.rsplit(":", 1)[1].split(",") if c.strip()]
    return columns, params


def prepare(sparql: str, params: dict[str, str] | None = None) -> Prepared:
    """Keep the lines a query marks ``# param NAME`` only when NAME is given, and bind the given values.

    ``# param A | B`` keeps a line when A or B is given; ``# param A if C`` only when C is given too;
    ``# param A unless C`` drops it again when C is given (a query can then start from the most selective
    parameter it has, and check the others only where they are not already checked); ``# unless C`` keeps a
    line only when C is not given (a column computed unless the parameter already fixes it).

    Values become RDF terms passed to the engine as substitutions; they are never written into the query.
    """
    params = dict(params or {})
    columns, declared = _declared(sparql)
    unknown = sorted(set(params) - set(declared)) if declared else []
    if unknown:
        raise QueryError(f"unknown parameter {unknown[0]!r}: this query takes {', '.join(declared)}")
    kept = []
    for line in sparql.splitlines():
        without = _UNLESS_LINE.search(line)
        if without and {n.strip() for n in without[1].split("|")} & set(params):
            continue
        tag = _PARAM_LINE.search(line)
        if tag:
            wanted, needed, unless = (
                {name.strip() for name in (part or "").split("|") if name.strip()} for part in tag.groups()
            )
            if not wanted & set(params) or needed and not needed & set(params) or unless & set(params):
                continue
        kept.append(line)
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(name): term_for(value) for name, value in params.items()
    }
    hidden = frozenset(name for name in declared if name not in columns) if columns else frozenset()
    ending = "\n" if sparql.endswith("\n") else ""
    return Prepared("\n".join(kept) + ending, substitutions, hidden)


_ORDER_AT_END = re.compile(r"\bORDER\s+BY\b[^{}]*$", re.IGNORECASE)
"""A closing ``ORDER BY`` clause: no brace after it."""


def paged(sparql: str, limit: int | None = None, offset: int | None = None, *, unsorted: bool = False) -> str:
    """The query with ``LIMIT``/``OFFSET`` added, so the engine stops at the rows asked for.

    ``unsorted`` drops the query's closing ``ORDER BY``: the rows come in the order the store finds them (the
    same order for the same store), so the first rows of a large answer need no sort of all the others.
    """
    if unsorted and (match := _ORDER_AT_END.search(blanked(sparql))) is not None:
        sparql = sparql[: match.start()]
    if limit is None and not offset:
        return sparql
    if re.search(r"\b(LIMIT|OFFSET)\b", _keywords_only(sparql), flags=re.I):
        raise QueryError("this query has its own LIMIT or OFFSET; --limit and --offset page queries that do not")
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and value < 0:
            raise UsageError(f"--{name} {value}: give a whole number from 0")
    return (
        sparql.rstrip()
        + (f"\nLIMIT {limit}" if limit is not None else "")
        + (f"\nOFFSET {offset}" if offset else "")
        + "\n"
    )


CHUNK = 500
"""Rows a query's child process hands over at a time: the first rows arrive while the engine finds the rest."""

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None


def solutions(
    store: ox.Store, sparql: str, params: dict[str, str] | None = None, *, union: bool = False
) -> tuple[list[str], Iterator[list[Term]]]:
    """The columns of a query's answer and its rows of terms, as the engine yields them; CONSTRUCT/DESCRIBE
    answers come as subject/predicate/object rows, ASK as one ``result`` row.

    With ``union``, the default graph is the union of all named graphs (a dataset loaded from N-Quads).
    """
    prepared = prepare(sparql, params)
    try:
        result = store.query(
            prepared.sparql, substitutions=prepared.substitutions or None, use_default_graph_as_union=union
        )
    except SyntaxError as exc:
        raise _syntax_error(exc, prepared.sparql) from None
    except RuntimeError as exc:  # a parameter the query does not project
        raise QueryError(str(exc)) from None
    if isinstance(result, ox.QueryBoolean):
        return ["result"], iter([[ox.Literal("true" if bool(result) else "false", datatype=XSD_BOOLEAN)]])
    if isinstance(result, ox.QuerySolutions):
        shown = [v.value for v in result.variables if v.value not in prepared.hidden]
        return shown, ([solution[name] for name in shown] for solution in result)
    return ["subject", "predicate", "object"], ([t.subject, t.predicate, t.object] for t in result)


def _table(header: list[str], rows: Iterable[list[Term]]) -> Table:
    terms = list(rows)
    return Table(header, [[plain(t) for t in row] for row in terms], [[python_value(t) for t in row] for row in terms])


def run_query(store: ox.Store, sparql: str, params: dict[str, str] | None = None, *, union: bool = False) -> Table:
    """Run a query in this process; the whole answer as one table."""
    header, rows = solutions(store, sparql, params, union=union)
    return _table(header, rows)


def _in_child(
    graph_file: Path,
    sparql: str,
    update: bool,
    params: dict[str, str] | None,
    connection: Connection,
    on_store: bool,
    parent: int,
) -> None:
    die_with_parent(parent)
    try:
        if on_store:
            from kg.backends.store import open_store

            store = open_store(graph_file, read_only=not update)
        else:
            store = load_store(graph_file)
        if not update:
            from kg.backends.lookup import resolve

            union = not on_store and is_dataset(graph_file)
            header, rows = solutions(store, sparql, resolve(store, params or {}, union=union), union=union)
            connection.send(("header", header))
            while chunk := list(islice(rows, CHUNK)):
                connection.send(("rows", _table(header, chunk)))
            connection.send(("end",))
            return
        try:
            store.update(sparql)
        except SyntaxError as exc:
            raise _syntax_error(exc, sparql) from None
        if on_store:
            store.flush()
            connection.send(("updated-store",))
        else:
            connection.send(("updated", store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())))
    except KGError as exc:
        connection.send(("error", type(exc).__name__, str(exc)))
    except Exception as exc:  # anything else from the engine, reported rather than lost with the child
        connection.send(("error", "QueryError", f"query failed: {exc}"))
    finally:
        connection.close()


def stream_file(
    graph_file: Path,
    spec: str,
    *,
    allow_update: bool = False,
    timeout: float = 60.0,
    params: dict[str, str] | None = None,
    store: Path | None = None,
    allow_service: bool = False,
    limit: int | None = None,
    offset: int | None = None,
    unsorted: bool = False,
) -> Iterator[Table]:
    """Run a query on a graph file or store in a child process, stopped ``timeout`` seconds after it started;
    its answer as tables of consecutive rows, the first as soon as the engine has found them (an update yields
    nothing and writes the changed graph back).

    SPARQL Update is refused unless ``allow_update``; with it, the changed graph replaces the file (atomically).
    ``SERVICE`` and ``LOAD``, which reach other hosts, are refused unless ``allow_service``. ``limit`` and
    ``offset`` page the rows; ``unsorted`` leaves out the query's closing sort. The child dies with this process,
    however this one ends.
    """
    sparql = resolve_query(spec)
    check_local(sparql, allow_service)
    verb = update_verb(sparql)
    if verb and not allow_update:
        raise QueryError(f"this is a SPARQL Update ({verb}); kg query only reads unless --allow-update is given")
    if not verb:
        sparql = paged(sparql, limit, offset, unsorted=unsorted)
    source = store if store is not None else graph_file
    if store is None and not graph_file.is_file():
        raise GraphError(f"{graph_file}: no such graph file")
    if store is not None and not store.is_dir():
        raise GraphError(f"{store}: no such store")
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_in_child,
        args=(source, sparql, bool(verb), params, sender, store is not None, os.getpid()),
        daemon=True,
    )
    child.start()
    sender.close()
    deadline = time.monotonic() + timeout
    header: list[str] = []
    try:
        while True:
            if not receiver.poll(max(deadline - time.monotonic(), 0)):
                raise QueryError(f"query ran longer than {timeout:g} s and was stopped (see --timeout)")
            try:
                message = receiver.recv()
            except EOFError:
                raise QueryError("query engine stopped without an answer") from None
            if message[0] == "error":
                kinds: dict[str, type[KGError]] = {
                    "GraphError": GraphError,
                    "NotFoundError": NotFoundError,
                    "UsageError": UsageError,
                }
                raise kinds.get(message[1], QueryError)(message[2])
            if message[0] == "header":
                header = message[1]
                yield Table(header, [], [])
            elif message[0] == "rows":
                yield message[1]
            elif message[0] == "updated":
                _write_back(graph_file, message[1])
                return
            else:  # "end", "updated-store"
                return
    finally:
        if child.is_alive():
            child.terminate()
        child.join()


def query_file(graph_file: Path, spec: str, **options: Any) -> Table | None:
    """Run a query as :func:`stream_file` does; the whole answer as one table, or None for an update."""
    parts = list(stream_file(graph_file, spec, **options))
    return Table.concat(parts) if parts else None


def _write_back(graph_file: Path, ntriples: bytes) -> None:
    from rdflib import Graph

    from kg.files import atomic_write_text
    from kg.rdf.graph import new_graph, to_turtle

    graph = new_graph()
    graph += Graph().parse(data=ntriples.decode("utf-8"), format="nt")
    atomic_write_text(graph_file, to_turtle(graph))
