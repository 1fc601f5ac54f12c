"""Negotiation knowledge graph: news articles in, ontology-backed RDF out."""

__version__ = "0.1.0"
