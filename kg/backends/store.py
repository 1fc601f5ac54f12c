"""The on-disk graph store: Oxigraph (pyoxigraph), one named graph per article, built incrementally.

Each article's facts live in the named graph ``id:graph/ARTICLE``, whose article node carries the SHA-256 of the
text; the default graph holds the union of all article graphs as a set (a triple that many articles state is there
once), and queries read it. A build adds the articles the store lacks, replaces those whose text changed and leaves
the rest untouched. A new article is written in one transaction (its graph and its default-graph triples). A
changed one takes two: its quads into a staging graph, then one SPARQL Update that updates the default graph and
moves the staging graph over the article's graph; a run killed between them leaves the article as it was, and the
next run drops the stale staging graph.

People and meetings of new articles are resolved against the store: a name that matches a person already there
takes that person's name, and a meeting that matches one already there (same city, touching dates, agreeing sides)
takes its node and values, with any value the new article disputes kept as a conflicting report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import GraphError
from kg.gazetteer import fold
from kg.model import ArticleFacts, Meeting
from kg.rdf import iris
from kg.rdf.graph import GraphBuilder, meeting_iri, new_graph
from kg.rdf.namespaces import ID, NEG, PREFIXES, SDO, XSD
from kg.resolve.identity import Resolution, names_in, resolve, resolve_people, same_meeting

Triple = tuple[Node, Node, Node]
Triples = set[Triple]
STAGING = "graph-staging/"
_XSD_STRING = str(XSD.string)
_SAFE_IRI = re.compile("^" + re.escape(str(ID)) + r"[A-Za-z0-9/._-]+$")
_PREFIXES = "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in ("neg", "schema", "rdfs"))


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """The store in folder ``path`` (created when missing, unless read-only)."""
    try:
        if read_only:
            if not path.is_dir():
                raise GraphError(f"{path}: no such store")
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except (OSError, RuntimeError) as exc:  # RocksDB reports a damaged store as a RuntimeError
        raise GraphError(f"{path}: cannot open the store: {exc}") from None


@lru_cache(maxsize=1 << 16)  # classes, predicates, parties and places recur in every article
def _node(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def quads(triples: Iterable[Triple], name: str | None) -> Iterator[ox.Quad]:
    """The triples as quads in the named graph ``name``, or in the default graph for None."""
    graph_name = ox.NamedNode(name) if name is not None else ox.DefaultGraph()
    for s, p, o in triples:
        yield ox.Quad(_node(s), _node(p), _node(o), graph_name)  # type: ignore[arg-type]


def _checked(iri: str) -> str:
    """An IRI this module minted, safe to place in an update's graph clause."""
    if not _SAFE_IRI.match(iri):
        raise ValueError(f"unexpected graph IRI {iri!r}")
    return iri


def article_hashes(store: ox.Store) -> dict[str, str]:
    """Article identifier -> SHA-256 of the text, for every article in the store."""
    found = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(NEG.sha256)), None, None):
        if isinstance(quad.graph_name, ox.NamedNode) and STAGING in quad.graph_name.value:
            continue
        identifier = next(
            iter(store.quads_for_pattern(quad.subject, ox.NamedNode(str(SDO.identifier)), None, quad.graph_name)),
            None,
        )
        if identifier is not None:
            found[str(getattr(identifier.object, "value", ""))] = str(getattr(quad.object, "value", ""))
    return found


def drop_staging(store: ox.Store) -> int:
    """Remove staging graphs a killed run left; the number removed."""
    stale = [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and STAGING in g.value]
    for graph_name in stale:
        store.remove_graph(graph_name)
    return len(stale)


_REPLACE = """
DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{target}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{target}> && ?other != <{staging}>) }}
}} ;
INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{staging}> {{ ?s ?p ?o }} }} ;
MOVE SILENT GRAPH <{staging}> TO GRAPH <{target}>
"""
_REMOVE = """
DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{target}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{target}>) }}
}} ;
DROP SILENT GRAPH <{target}>
"""


def write_article(store: ox.Store, article_id: str, graph: Iterable[Triple]) -> int:
    """Write one article's named graph, and its share of the default graph, atomically; the quads written.

    A new article is one transaction: its quads in its own graph and its triples in the default graph. A changed
    article goes to a staging graph first (one transaction); one SPARQL Update then takes the old version's
    triples out of the default graph (unless another article states them), adds the new ones and moves the
    staging graph over the article's graph (a second transaction). The graph IRIs are minted here, never from text.
    """
    target = _checked(str(iris.article_graph(article_id)))
    if not store.contains_named_graph(ox.NamedNode(target)):
        terms = [(_node(s), _node(p), _node(o)) for s, p, o in graph]
        store.extend(
            ox.Quad(s, p, o, name)  # type: ignore[arg-type]
            for name in (ox.NamedNode(target), ox.DefaultGraph())
            for s, p, o in terms
        )
        return 2 * len(terms)
    staging = _checked(target.replace("/graph/", f"/{STAGING}", 1))
    store.remove_graph(ox.NamedNode(staging))
    staged = list(quads(graph, staging))
    store.extend(staged)
    store.update(_REPLACE.format(target=target, staging=staging))
    return 3 * len(staged)  # staged, then copied into the article's graph and the default graph


COMPACT_SHARE = 0.1
"""A run that writes at least this share of the store's articles compacts the store when it ends."""


def compact_if_grown(store: ox.Store, written: int, stored: int) -> bool:
    """Compact the store (RocksDB's full compaction) when ``written`` of its ``stored`` articles are new this run.

    A build leaves many overlapping files behind, and every triple pattern a query looks up seeks in each of them.
    Compacting merges them: at 100,000 articles it took a minute, halved the store on disk and made the
    per-party and per-month queries a third faster. A run that adds a few articles to a large store skips it, as
    RocksDB's own background compaction keeps up with small additions.
    """
    if not written or written < COMPACT_SHARE * stored:
        return False
    store.optimize()
    return True


def remove_article(store: ox.Store, article_id: str) -> bool:
    """Take one article out (its graph and the default-graph triples only it stated); False if absent."""
    target = _checked(str(iris.article_graph(article_id)))
    if not store.contains_named_graph(ox.NamedNode(target)):
        return False
    store.update(_REMOVE.format(target=target))
    return True


# --- resolution against what the store holds ----------------------------------------------------------------

_MEETINGS = (
    _PREFIXES
    + """SELECT ?m ?label ?location ?country ?start ?end ?round ?status
       (GROUP_CONCAT(DISTINCT ?party; separator="|") AS ?parties)
WHERE {
  ?m a neg:Meeting ; rdfs:label ?label ; neg:status ?statusTerm ; neg:location ?place .
  ?place schema:name ?location .
  OPTIONAL { ?place neg:country/schema:name ?country }
  OPTIONAL { ?m schema:startDate ?start }
  OPTIONAL { ?m schema:endDate ?end }
  OPTIONAL { ?m neg:round ?round }
  OPTIONAL { ?m neg:party/schema:name ?party }
  BIND(STRAFTER(STR(?statusTerm), STR(neg:)) AS ?status)
}
GROUP BY ?m ?label ?location ?country ?start ?end ?round ?status
"""
)


def _value(solution: ox.QuerySolution, name: str) -> str | None:
    term = solution[name]
    return None if term is None else term.value


def stored_meetings(store: ox.Store) -> list[tuple[str, Meeting]]:
    found = []
    for row in store.query(_MEETINGS):  # type: ignore[union-attr]
        start, end, round_text = _value(row, "start"), _value(row, "end"), _value(row, "round")
        parties = tuple(p for p in (_value(row, "parties") or "").split("|") if p)
        meeting = Meeting(
            label=_value(row, "label") or "",
            location=_value(row, "location"),
            country=_value(row, "country"),
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
            round=int(round_text) if round_text else None,
            status=_value(row, "status") or "held",  # type: ignore[arg-type]
            parties=parties,
        )
        found.append((_value(row, "m") or "", meeting))
    return found


def stored_people(store: ox.Store) -> set[str]:
    query = _PREFIXES + "SELECT DISTINCT ?name WHERE { ?p a neg:Person ; schema:name ?name }"
    return {row["name"].value for row in store.query(query)}  # type: ignore[union-attr,index]


class StoreIndex:
    """The people and meetings a store holds, read once per run and kept up to date as articles are written."""

    def __init__(self, store: ox.Store) -> None:
        self.people: dict[str, set[str]] = {}
        for name in stored_people(store):
            self._add_person(name)
        self.meetings: dict[str, list[tuple[str, Meeting]]] = {}
        for iri, meeting in stored_meetings(store):
            self._add_meeting(iri, meeting)

    @staticmethod
    def _block(name: str) -> str:
        key = fold(name)
        return key.split()[-1][:4] if key else ""

    def _add_person(self, name: str) -> None:
        self.people.setdefault(self._block(name), set()).add(name)

    def _add_meeting(self, iri: str, meeting: Meeting) -> None:
        if meeting.location:
            self.meetings.setdefault(fold(meeting.location), []).append((iri, meeting))

    def resolve(self, facts: list[ArticleFacts]) -> Resolution:
        """Resolve new articles among themselves and against what the store holds."""
        resolution = resolve(facts)
        new_names = names_in(facts)
        known = set().union(*(self.people.get(self._block(n), set()) for _, n in new_names)) if new_names else set()
        resolution.people = resolve_people([("~store", n) for n in known] + new_names, preferred=known)
        for group in resolution.groups:
            first = group.reports[0][1]
            for iri, meeting in self.meetings.get(fold(first.location or ""), []):
                if same_meeting(first, meeting):
                    group.pinned, group.iri = meeting, iri
                    break
        return resolution

    def learn(self, resolution: Resolution) -> None:
        """Remember the people and meetings just written."""
        for name in set(resolution.people.values()):
            self._add_person(name)
        for group in resolution.groups:
            if group.iri is None:
                meeting, _ = group.merged()
                group.iri = meeting_iri(group)
                self._add_meeting(group.iri, meeting)


def build_article_graphs(
    store: ox.Store, facts: list[ArticleFacts], index: StoreIndex | None = None
) -> dict[str, Triples]:
    """Each new article's triples, its people and meetings resolved against the store.

    Plain sets rather than rdflib graphs: they go straight into the store, and a set takes a triple several
    times faster than a graph that indexes it.
    """
    index = index or StoreIndex(store)
    resolution = index.resolve(facts)
    graphs: dict[str, Triples] = {}
    for article_facts in facts:
        triples: Triples = set()
        GraphBuilder(triples, resolution).add(article_facts)
        graphs[article_facts.article.id] = triples
    index.learn(resolution)
    return graphs


def rdflib_term(term: object) -> object:
    """An Oxigraph term as the rdflib term it stands for."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # a simple literal, as rdflib and the SHACL shapes write it
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


def union_graph(store: ox.Store) -> Graph:
    """Every stored triple in one rdflib graph (for the page, the timeline and SHACL validation)."""
    graph = new_graph()
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))  # type: ignore[arg-type]
    return graph
