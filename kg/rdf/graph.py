"""Facts -> RDF under the negotiation ontology, and deterministic Turtle out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.gazetteer import load
from kg.model import Actor, ArticleFacts, Attendance, Evidence, Extracted, Meeting, Party, Statement, label_for
from kg.rdf import iris
from kg.rdf.namespaces import NEG, OWL, PREFIXES, RDF, RDFS, SDO, STANCE_TERMS, STATUS_TERMS, WD, XSD
from kg.resolve.identity import MeetingGroup, Resolution, resolve


class TripleSink(Protocol):
    """Where a builder puts triples: an rdflib Graph, or a plain set when the triples go straight to a store."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


PARTY_CLASSES = {
    "state": NEG.State,
    "international_organisation": NEG.InternationalOrganisation,
    "armed_group": NEG.ArmedGroup,
    "community": NEG.Community,
    "news_organisation": NEG.NewsOrganisation,
    "organisation": NEG.Organisation,
}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


class GraphBuilder:
    """Adds the facts of articles to one graph; the same person, party, place or meeting is one node.

    A :class:`~kg.resolve.identity.Resolution` of the whole corpus says which people and meetings of different
    articles are the same; without one, each article is resolved on its own.
    """

    def __init__(self, graph: TripleSink | None = None, resolution: Resolution | None = None) -> None:
        self.graph: TripleSink = graph if graph is not None else new_graph()
        self.gazetteer = load()
        self.resolution = resolution

    def add(self, facts: ArticleFacts) -> None:
        resolution = self.resolution or resolve([facts])
        self._current = resolution
        article = facts.article
        node = iris.article(article.id)
        g = self.graph
        g.add((node, RDF.type, NEG.NewsArticle))
        g.add((node, SDO.identifier, Literal(article.id)))
        g.add((node, NEG.sha256, Literal(article.sha256)))
        if article.title:
            g.add((node, SDO.headline, Literal(article.title)))
        if article.published:
            g.add((node, SDO.datePublished, Literal(article.published, datatype=XSD.date)))
        if article.url:
            g.add((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
        if article.publisher:
            g.add((node, SDO.publisher, self.party(article.publisher, default_kind="news_organisation")))
        for extracted in facts.parties:
            self._party_fact(extracted)
        for extracted in facts.actors:
            person = self._actor(extracted)
            if isinstance(extracted.fact, Actor) and extracted.fact.reporter:
                g.add((node, SDO.author, person))
        meeting_iris: dict[Meeting, URIRef] = {}
        for index, extracted in enumerate(facts.meetings):
            group = resolution.groups[resolution.group_of[(article.id, index)]]
            self._meeting(extracted, node, group)
            if isinstance(extracted.fact, Meeting):
                meeting_iris.setdefault(extracted.fact, URIRef(meeting_iri(group)))
        for extracted in facts.attendance:
            self._attendance(extracted, meeting_iris)
        for extracted in facts.statements:
            self._statement(extracted, node)

    # ---- nodes ----------------------------------------------------------------------------------------
    def party(self, name: str, default_kind: str = "organisation") -> URIRef:
        entry = self.gazetteer.entry(name)
        node = iris.party(name)
        kind = entry.kind if entry else default_kind
        g = self.graph
        g.add((node, RDF.type, PARTY_CLASSES[kind]))
        g.add((node, RDFS.label, Literal(name)))
        g.add((node, SDO.name, Literal(name)))
        g.add((node, NEG.partyKind, Literal(kind)))
        if entry and entry.wikidata:
            g.add((node, OWL.sameAs, WD[entry.wikidata]))
        return node

    def place(self, name: str, country: str | None) -> URIRef:
        node = iris.place(name, country)
        g = self.graph
        g.add((node, RDF.type, NEG.Place))
        g.add((node, RDFS.label, Literal(name)))
        g.add((node, SDO.name, Literal(name)))
        if country:
            g.add((node, NEG.country, self.party(country, default_kind="state")))
        return node

    def evidence(self, subject: URIRef, evidence: Evidence) -> None:
        node = iris.evidence(evidence.article_id, evidence.extractor, evidence.start, evidence.end, str(subject))
        g = self.graph
        g.add((subject, NEG.evidence, node))
        g.add((node, RDF.type, NEG.Evidence))
        g.add((node, NEG.sourceArticle, iris.article(evidence.article_id)))
        g.add((node, NEG.sentence, Literal(evidence.sentence)))
        g.add((node, NEG.startChar, Literal(evidence.start, datatype=XSD.integer)))
        g.add((node, NEG.endChar, Literal(evidence.end, datatype=XSD.integer)))
        g.add((node, NEG.extractor, Literal(evidence.extractor)))
        g.add((node, NEG.confidence, Literal(Decimal(str(evidence.confidence)), datatype=XSD.decimal)))

    def _party_fact(self, extracted: Extracted) -> None:
        fact = extracted.fact
        assert isinstance(fact, Party)
        node = self.party(fact.name, default_kind=fact.kind)
        for evidence in extracted.evidence:
            self.evidence(node, evidence)

    def _actor(self, extracted: Extracted) -> URIRef:
        fact = extracted.fact
        assert isinstance(fact, Actor)
        name = self._current.person(fact.name)
        node = iris.person(name)
        g = self.graph
        g.add((node, RDF.type, NEG.Person))
        g.add((node, RDFS.label, Literal(name)))
        g.add((node, SDO.name, Literal(name)))
        for alias in {*fact.aliases, fact.name} - {name}:
            g.add((node, SDO.alternateName, Literal(alias)))
        if fact.role:
            g.add((node, NEG.role, Literal(fact.role)))
        if fact.affiliation:
            g.add((node, NEG.affiliation, self.party(fact.affiliation)))
        if fact.wikidata:
            g.add((node, OWL.sameAs, WD[fact.wikidata]))
        for evidence in extracted.evidence:
            self.evidence(node, evidence)
        return node

    def _meeting(self, extracted: Extracted, article: URIRef, group: MeetingGroup) -> None:
        assert isinstance(extracted.fact, Meeting)
        fact, conflicts = group.merged()
        fact = replace(fact, label=group.pinned.label if group.pinned and group.pinned.label else label_for(fact))
        node = URIRef(meeting_iri(group))
        g = self.graph
        properties = {
            "start": SDO.startDate,
            "end": SDO.endDate,
            "round": NEG.round,
            "status": NEG.status,
            "location": NEG.location,
            "venue": NEG.venue,
        }
        for attribute, value, source in conflicts:
            report = iris.conflicting_report(str(node), attribute, str(value), source)
            g.add((node, NEG.conflictingReport, report))
            g.add((report, RDF.type, NEG.ConflictingReport))
            g.add((report, NEG.reportedProperty, properties[attribute]))
            literal = Literal(value, datatype=XSD.date) if isinstance(value, date) else Literal(value)
            g.add((report, NEG.reportedValue, literal))
            g.add((report, NEG.sourceArticle, iris.article(source)))
        g.add((node, RDF.type, NEG.Meeting))
        g.add((node, RDFS.label, Literal(fact.label)))
        g.add((node, NEG.status, STATUS_TERMS[fact.status]))
        g.add((node, NEG.reportedIn, article))
        city = None
        if fact.location:
            city = self.place(fact.location, fact.country)
            g.add((node, NEG.location, city))
        if fact.venue:
            venue = iris.venue(fact.venue, fact.location)
            g.add((venue, RDF.type, NEG.Venue))
            g.add((venue, RDFS.label, Literal(fact.venue)))
            g.add((venue, SDO.name, Literal(fact.venue)))
            if city is not None:
                g.add((venue, SDO.containedInPlace, city))
            if fact.country:
                g.add((venue, NEG.country, self.party(fact.country, default_kind="state")))
            g.add((node, NEG.venue, venue))
        if fact.start:
            g.add((node, SDO.startDate, Literal(fact.start, datatype=XSD.date)))
        if fact.end:
            g.add((node, SDO.endDate, Literal(fact.end, datatype=XSD.date)))
        if fact.round is not None:
            g.add((node, NEG.round, Literal(fact.round, datatype=XSD.integer)))
        for name in fact.parties:
            g.add((node, NEG.party, self.party(name)))
        for name in fact.mediators:
            g.add((node, NEG.mediator, self.party(name)))
        if fact.parties:
            process = iris.process(fact.parties)
            g.add((process, RDF.type, NEG.NegotiationProcess))
            g.add((process, RDFS.label, Literal(" – ".join(sorted(fact.parties)) + " negotiations")))
            for name in fact.parties:
                g.add((process, NEG.processParty, self.party(name)))
            g.add((node, NEG.partOf, process))
        for evidence in extracted.evidence:
            self.evidence(node, evidence)

    def _attendance(self, extracted: Extracted, meetings: dict[Meeting, URIRef]) -> None:
        fact = extracted.fact
        assert isinstance(fact, Attendance)
        meeting = meetings.get(fact.meeting)
        if meeting is None:
            return  # a meeting the article does not report
        person = iris.person(self._current.person(fact.person))
        node = iris.attendance(str(meeting), self._current.person(fact.person), fact.side)
        g = self.graph
        g.add((meeting, NEG.attendee, person))
        g.add((meeting, NEG.attendance, node))
        g.add((node, RDF.type, NEG.Attendance))
        g.add((node, NEG.attendingPerson, person))
        if fact.side:
            g.add((node, NEG.side, self.party(fact.side)))
        for evidence in extracted.evidence:
            self.evidence(node, evidence)

    def _statement(self, extracted: Extracted, article: URIRef) -> None:
        fact = extracted.fact
        assert isinstance(fact, Statement)
        article_id = extracted.evidence[0].article_id if extracted.evidence else "unknown"
        speaker = fact.speaker if fact.by_party else self._current.person(fact.speaker)
        node = iris.statement(article_id, speaker, fact.text)
        g = self.graph
        g.add((node, RDF.type, NEG.Statement))
        g.add((node, NEG.speaker, self.party(speaker) if fact.by_party else iris.person(speaker)))
        g.add((node, NEG.text, Literal(fact.text)))
        g.add((node, NEG.stance, STANCE_TERMS[fact.stance]))
        g.add((node, NEG.direct, Literal(fact.direct)))
        g.add((node, NEG.reportedIn, article))
        for evidence in extracted.evidence:
            self.evidence(node, evidence)


def meeting_iri(group: MeetingGroup) -> str:
    """The IRI of a merged meeting: the stored one, or one minted from its values."""
    if group.iri:
        return group.iri
    fact, _ = group.merged()
    return str(iris.meeting(fact))


def build_graphs(facts: Iterable[ArticleFacts], resolution: Resolution | None = None) -> dict[str, Graph]:
    """One graph per article (by article id), people and meetings resolved across all of them."""
    corpus = list(facts)
    resolution = resolution or resolve(corpus)
    graphs = {}
    for article_facts in corpus:
        graph = new_graph()
        GraphBuilder(graph, resolution).add(article_facts)
        graphs[article_facts.article.id] = graph
    return graphs


def union(graphs: Iterable[Graph]) -> Graph:
    """The graphs merged into one."""
    merged = new_graph()
    for graph in graphs:
        merged += graph
    return merged


def build_graph(facts: Iterable[ArticleFacts]) -> Graph:
    """One graph holding the facts of all articles, people and meetings resolved across articles."""
    return union(build_graphs(facts).values())


def to_nquads(graphs: dict[str, Graph]) -> str:
    """Every article's graph as N-Quads in its own named graph, sorted: the same graphs give the same bytes."""
    lines = []
    for article_id, graph in graphs.items():
        name = iris.article_graph(article_id).n3()
        for triple_line in graph.serialize(format="nt").splitlines():
            if triple_line.strip():
                lines.append(f"{triple_line[:-1].rstrip()} {name} .")
    return "\n".join(sorted(lines)) + "\n"


def to_jsonld(graph: Graph) -> str:
    """JSON-LD compacted with the ontology's ``@context`` (``ontology/context.jsonld``), nodes sorted by IRI:
    the same graph always gives the same bytes, and it reads back as the same triples."""
    import json

    from kg.rdf.ontology import jsonld_context

    context = jsonld_context()
    data = json.loads(graph.serialize(format="json-ld", context=context))
    nodes = data.get("@graph")
    if isinstance(nodes, list):
        nodes.sort(key=lambda node: str(node.get("@id", "")))
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def to_turtle(graph: Graph) -> str:
    """Turtle with sorted subjects and predicates: the same graph always gives the same bytes."""
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        raise ValueError("graphs with blank nodes have no stable serialisation")
    return graph.serialize(format="turtle")
