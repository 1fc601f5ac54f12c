"""Where the ontology and the SHACL shapes live, and loading them."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef

PACKAGED = "ontology_files"
"""Where an installed wheel keeps ``ontology/`` inside ``kg`` (the build maps the folder there)."""


def _ontology_dir() -> Path:
    """``ontology/`` of a source checkout, else the copy an installed wheel carries."""
    checkout = Path(__file__).resolve().parents[2] / "ontology"
    if (checkout / "negotiation.ttl").is_file():
        return checkout
    return Path(str(resources.files("kg"))) / PACKAGED


ONTOLOGY_DIR = _ontology_dir()
ONTOLOGY_FILE = ONTOLOGY_DIR / "negotiation.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


@cache
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@cache
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


_KINDS = {
    "http://www.w3.org/2002/07/owl#Class": "class",
    "http://www.w3.org/2002/07/owl#ObjectProperty": "object property",
    "http://www.w3.org/2002/07/owl#DatatypeProperty": "datatype property",
}


def term_table() -> str:
    """The README's table of ontology terms (term, kind, label, meaning, builds on), generated from the Turtle."""
    from rdflib import OWL, RDF, RDFS
    from rdflib.namespace import NamespaceManager

    from kg.rdf.namespaces import NEG

    graph = ontology()
    names = NamespaceManager(Graph())
    for prefix, namespace in graph.namespaces():
        names.bind(prefix, namespace, override=True)
    rows = ["| term | kind | label | meaning | builds on |", "|---|---|---|---|---|"]
    base = str(NEG)
    terms = sorted({URIRef(str(s)) for s in graph.subjects() if str(s).startswith(base) and str(s) != base})
    for term in terms:
        types = {str(t) for t in graph.objects(term, RDF.type)}
        kind = next((_KINDS[t] for t in sorted(types) if t in _KINDS), "individual")
        label = graph.value(term, RDFS.label) or ""
        comment = graph.value(term, RDFS.comment) or ""
        parents = list(graph.objects(term, RDFS.subClassOf)) + list(graph.objects(term, RDFS.subPropertyOf))
        if kind == "individual":
            parents = [t for t in graph.objects(term, RDF.type) if t != OWL.NamedIndividual]
        builds = ", ".join(sorted(names.normalizeUri(str(p)) for p in parents))
        local = str(term)[len(base) :]
        rows.append(f"| `neg:{local}` | {kind} | {label} | {comment} | {builds} |")
    return "\n".join(rows) + "\n"


def jsonld_context() -> dict[str, object]:
    """The JSON-LD ``@context`` of the ontology: the prefixes, each class and property of ``neg:`` by its local
    name, object properties typed ``@id`` (their values are nodes). Generated from the Turtle; the published copy
    is ``ontology/context.jsonld`` (a test keeps the two equal)."""
    from rdflib import OWL, RDF

    from kg.rdf.namespaces import NEG, PREFIXES

    graph = ontology()
    context: dict[str, object] = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
    base = str(NEG)
    for term in sorted({str(s) for s in graph.subjects() if str(s).startswith(base) and str(s) != base}):
        local = term[len(base) :]
        if (URIRef(term), RDF.type, OWL.ObjectProperty) in graph:
            context[local] = {"@id": f"neg:{local}", "@type": "@id"}
        else:
            context[local] = f"neg:{local}"
    return context


def context_document() -> str:
    """``ontology/context.jsonld`` as it should read."""
    import json

    return json.dumps({"@context": jsonld_context()}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
