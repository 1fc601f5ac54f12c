"""Negotiation knowledge graph: news articles in, ontology-backed RDF out."""

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> Any:
    """``from kg import KnowledgeGraph`` without loading the library when only the version is asked for."""
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
