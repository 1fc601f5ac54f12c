"""SHACL validation of a graph against ``ontology/shapes.ttl`` (with the ontology's class hierarchy)."""

from __future__ import annotations

from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph

from kg.rdf.ontology import ontology, shapes


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str


def validate(graph: Graph) -> Report:
    """Whether a graph conforms to the shapes, and pySHACL's report."""
    conforms, _, text = shacl_validate(
        graph, shacl_graph=shapes(), ont_graph=ontology(), inference="rdfs", advanced=True, allow_warnings=True
    )
    return Report(bool(conforms), str(text))
