"""Where the ontology and the SHACL shapes live, and loading them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "negotiation.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@cache
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@cache
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")
