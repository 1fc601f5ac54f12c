"""The vocabularies the graph uses, as closed namespaces: a misspelt term raises instead of minting an IRI.

``NEG`` lists the terms of ``ontology/negotiation.ttl``; a test checks that the two agree.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, ClosedNamespace, DefinedNamespace
from rdflib.term import Node

ONTOLOGY_IRI = URIRef("https://w3id.org/negotiation-kg/ontology")
ID = Namespace("https://w3id.org/negotiation-kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")


class NEG(DefinedNamespace):
    """Negotiation knowledge graph ontology."""

    _NS = Namespace("https://w3id.org/negotiation-kg/ontology#")
    _fail = True

    ArmedGroup: URIRef
    Attendance: URIRef
    Community: URIRef
    ConflictingReport: URIRef
    Evidence: URIRef
    InternationalOrganisation: URIRef
    Meeting: URIRef
    MeetingStatus: URIRef
    MeetingStatusScheme: URIRef
    NegotiationProcess: URIRef
    NewsArticle: URIRef
    NewsOrganisation: URIRef
    Organisation: URIRef
    Party: URIRef
    Person: URIRef
    Place: URIRef
    Stance: URIRef
    StanceScheme: URIRef
    State: URIRef
    Statement: URIRef
    Venue: URIRef
    affiliation: URIRef
    attendance: URIRef
    attendee: URIRef
    attendingPerson: URIRef
    confidence: URIRef
    conflictingReport: URIRef
    country: URIRef
    direct: URIRef
    endChar: URIRef
    evidence: URIRef
    extractor: URIRef
    held: URIRef
    location: URIRef
    mediator: URIRef
    negative: URIRef
    neutral: URIRef
    ongoing: URIRef
    partOf: URIRef
    party: URIRef
    partyKind: URIRef
    planned: URIRef
    positive: URIRef
    processParty: URIRef
    reportedIn: URIRef
    reportedProperty: URIRef
    reportedValue: URIRef
    role: URIRef
    round: URIRef
    sentence: URIRef
    sha256: URIRef
    side: URIRef
    sourceArticle: URIRef
    speaker: URIRef
    stance: URIRef
    startChar: URIRef
    status: URIRef
    text: URIRef
    venue: URIRef


SEM = ClosedNamespace(
    URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/"), ["Event", "hasActor", "hasPlace", "subEventOf"]
)
"""The Simple Event Model terms the ontology builds on."""


STANCE_TERMS = {"positive": NEG.positive, "negative": NEG.negative, "neutral": NEG.neutral}
"""A statement's stance as the ontology's term, and back (``STANCE_NAMES``)."""
STANCE_NAMES: dict[Node, str] = {term: name for name, term in STANCE_TERMS.items()}
STATUS_TERMS = {"held": NEG.held, "ongoing": NEG.ongoing, "planned": NEG.planned}
"""A meeting's status as the ontology's term, and back (``STATUS_NAMES``)."""
STATUS_NAMES: dict[Node, str] = {term: name for name, term in STATUS_TERMS.items()}

PREFIXES = {
    "neg": NEG._NS,
    "id": ID,
    "schema": SDO._NS,
    "prov": PROV._NS,
    "skos": SKOS._NS,
    "sem": Namespace(str(SEM)),
    "owl": OWL._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
    "wd": WD,
}

__all__ = [
    "STANCE_NAMES",
    "STANCE_TERMS",
    "STATUS_NAMES",
    "STATUS_TERMS",
    "ID",
    "NEG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SEM",
    "SKOS",
    "WD",
    "XSD",
    "ONTOLOGY_IRI",
]
