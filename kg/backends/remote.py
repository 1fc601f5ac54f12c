"""A SPARQL 1.1 server as the graph's home: push through the Graph Store HTTP Protocol, query over HTTP.

Each article's graph is PUT to its own named graph, so pushing again replaces rather than duplicates; the
default graph receives the set union of the article graphs (as the local store keeps it), so queries read it
without any union setting. Oxigraph's ``oxigraph serve`` answers at ``BASE/query`` and ``BASE/store``; other
stores name their endpoints differently (Fuseki: ``/DATASET/sparql`` and ``/DATASET/data``), hence
``--sparql`` and ``--gsp``.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
import requests

from kg.backends.query import blanked, named_queries, paged, portable, prepare, resolve_query, update_verb
from kg.backends.store import STAGING
from kg.backends.table import Table, plain, python_value
from kg.errors import GraphError, QueryError

TIMEOUT = 60
"""Seconds one request may take in all, from connecting to the last byte of the answer."""

T = TypeVar("T")


def within(seconds: float, call: Callable[[], T], what: str) -> T:
    """The result of ``call``, or a GraphError once ``seconds`` have passed in all.

    requests' own timeout bounds each wait for bytes, so a server that trickles its answer a line at a time could
    hold a request for ever; the call runs in a daemon thread that is abandoned at the deadline."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            failure.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise GraphError(f"{what}: no complete answer within {seconds:g} s")
    if failure:
        raise failure[0]
    return outcome[0]


@dataclass(frozen=True)
class Endpoint:
    """Where a server answers queries and takes graphs."""

    sparql: str
    gsp: str

    @classmethod
    def at(cls, base: str, sparql: str | None = None, gsp: str | None = None) -> Endpoint:
        base = base.rstrip("/")
        return cls(sparql or f"{base}/query", gsp or f"{base}/store")


def _ntriples(quads: Iterable[ox.Quad]) -> bytes:
    out = io.BytesIO()
    ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), out, format=ox.RdfFormat.N_TRIPLES)
    return out.getvalue()


def dataset_of(nquads: Path | None = None, store: ox.Store | None = None) -> Iterator[tuple[str | None, bytes]]:
    """(named graph IRI, N-Triples) for every article graph, then (None, N-Triples) for the default graph."""
    if store is None:
        if nquads is None or not nquads.is_file():
            raise GraphError(f"{nquads}: no such N-Quads file (kg build writes graph.nq)")
        store = ox.Store()
        try:
            store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise GraphError(f"{nquads}: not valid N-Quads: {exc}") from None
        union = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)}
        default = [ox.Quad(s, p, o) for s, p, o in sorted(union, key=str)]
    else:
        default = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    for graph in sorted(store.named_graphs(), key=str):
        if isinstance(graph, ox.NamedNode) and STAGING not in graph.value:
            yield graph.value, _ntriples(store.quads_for_pattern(None, None, None, graph))
    yield None, _ntriples(default)


def push(endpoint: Endpoint, graphs: Iterable[tuple[str | None, bytes]]) -> int:
    """PUT every graph (replacing what the server holds under that name); the number of graphs sent."""
    sent = 0
    for name, body in graphs:
        params = {"graph": name} if name else {"default": ""}
        try:
            response = within(
                TIMEOUT,
                lambda: requests.put(
                    endpoint.gsp,
                    params=params,  # noqa: B023 - called before the loop moves on
                    data=body,  # noqa: B023
                    headers={"Content-Type": "application/n-triples"},
                    timeout=TIMEOUT,
                ),
                endpoint.gsp,
            )
        except requests.RequestException as exc:
            raise GraphError(f"{endpoint.gsp}: cannot reach the server: {exc}") from None
        if response.status_code not in (200, 201, 204):
            raise GraphError(f"{endpoint.gsp}: server answered {response.status_code}: {response.text[:200].strip()}")
        sent += 1
    return sent


def with_values(
    sparql: str, substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]
) -> str:
    """The query with its parameters bound by a ``VALUES`` block at the top of each of its group patterns.

    The terms are written by rdflib's serialiser (``Node.n3()``), never pasted from the user's text, so a value
    can hold quotes, braces or ``#`` and stays one term.
    """
    if not substitutions:
        return sparql
    from rdflib import Literal, URIRef

    from kg.rdf.namespaces import XSD

    names, terms = [], []
    for variable, term in substitutions.items():
        names.append(f"?{variable.value}")
        if isinstance(term, ox.NamedNode):
            terms.append(URIRef(term.value).n3())
        elif isinstance(term, ox.Literal):
            if term.language:
                literal = Literal(term.value, lang=term.language)
            elif term.datatype.value == str(XSD.string):
                literal = Literal(term.value)
            else:
                literal = Literal(term.value, datatype=URIRef(term.datatype.value))
            terms.append(literal.n3())
        else:
            raise QueryError(f"cannot send {term} to a server as a parameter")
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"
    # into every group pattern (a FILTER sees only its own group's bindings), not before a subquery's SELECT
    pieces, last, groups = [], 0, 0
    for brace in re.finditer(r"\{", blanked(sparql)):  # braces outside strings, IRIs and comments
        if re.match(r"\s*SELECT\b", sparql[brace.end() :], flags=re.IGNORECASE):
            continue
        pieces.append(sparql[last : brace.end()] + block)
        last = brace.end()
        groups += 1
    if not groups:
        raise QueryError("parameters go into a query's WHERE group, and this query has none")
    return "".join(pieces) + sparql[last:]


def _value(binding: dict[str, str] | None) -> object:
    """A SPARQL JSON result binding as the Python value the local engine gives for the same term."""
    if not binding:
        return None
    if binding["type"] == "uri":
        return binding["value"]
    if binding["type"] == "bnode":
        return f"_:{binding['value']}"
    if "xml:lang" in binding:
        return binding["value"]
    datatype = binding.get("datatype")
    return python_value(ox.Literal(binding["value"], datatype=ox.NamedNode(datatype) if datatype else None))


def query(
    endpoint: Endpoint,
    spec: str,
    params: dict[str, str] | None = None,
    *,
    limit: int | None = None,
    offset: int | None = None,
    unsorted: bool = False,
    timeout: float = TIMEOUT,
) -> Table:
    """Run a query on the server through the SPARQL 1.1 protocol, parameters bound as on the local engine."""
    prepared = prepare(resolve_query(spec), params)  # drops the lines of parameters not given
    sparql = portable(prepared.sparql) if spec in named_queries() else prepared.sparql  # any SPARQL 1.1 server
    if update_verb(sparql):
        raise QueryError("kg query --endpoint only reads; send updates to the server with its own tools")
    sparql = paged(with_values(sparql, prepared.substitutions), limit, offset, unsorted=unsorted)
    try:
        response = within(
            timeout,
            lambda: requests.post(
                endpoint.sparql,
                data={"query": sparql},
                headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
                timeout=timeout,
            ),
            endpoint.sparql,
        )
    except GraphError as exc:
        raise QueryError(str(exc)) from None
    except requests.RequestException as exc:
        raise QueryError(f"{endpoint.sparql}: cannot reach the server: {exc}") from None
    if response.status_code != 200:
        raise QueryError(f"{endpoint.sparql}: server answered {response.status_code}: {response.text[:300].strip()}")
    kind = response.headers.get("Content-Type", "")
    if "json" in kind:
        data = response.json()
        if "boolean" in data:
            return Table(["result"], [["true" if data["boolean"] else "false"]], [[bool(data["boolean"])]])
        header = [v for v in data["head"]["vars"] if v not in prepared.hidden]
        bindings = data["results"]["bindings"]
        rows = [[b.get(v, {}).get("value", "") for v in header] for b in bindings]
        return Table(header, rows, [[_value(b.get(v)) for v in header] for b in bindings])
    triples = list(ox.parse(io.BytesIO(response.content), format=ox.RdfFormat.N_TRIPLES))
    terms = [[t.subject, t.predicate, t.object] for t in triples]
    return Table(
        ["subject", "predicate", "object"],
        [[plain(t) for t in row] for row in terms],
        [[python_value(t) for t in row] for row in terms],
    )
