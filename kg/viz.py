"""The graph as a network: an RDF -> networkx projection, an offline pyvis page, and GraphML for Gephi.

The projection keeps what an analyst explores: people, parties, places, meetings and statements, joined by
affiliation, participation, mediation, location and speech. Every string that reaches the page travels as
JSON data (HTML-escaped by the template) and is shown by vis-network as text, never as markup.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import Graph, URIRef

from kg.namespaces import NEG, RDF, RDFS, SDO

KINDS = {
    "person": ("#4e79a7", "dot", "Person"),
    "party": ("#f28e2b", "diamond", "Party"),
    "place": ("#59a14f", "triangle", "Place"),
    "meeting": ("#e15759", "star", "Meeting"),
    "statement": ("#b07aa1", "square", "Statement"),
}
STANCE_COLOURS = {"positive": "#2ca02c", "negative": "#d62728", "neutral": "#9d9d9d"}
CLASS_KINDS = {
    NEG.Person: "person",
    NEG.State: "party",
    NEG.InternationalOrganisation: "party",
    NEG.ArmedGroup: "party",
    NEG.NewsOrganisation: "party",
    NEG.Organisation: "party",
    NEG.Party: "party",
    NEG.Place: "place",
    NEG.Meeting: "meeting",
    NEG.Statement: "statement",
}
EDGES = {
    NEG.affiliation: "affiliated with",
    NEG.party: "party",
    NEG.mediator: "mediator",
    NEG.location: "held in",
    NEG.speaker: "said by",
    NEG.country: "in",
}
_REMOTE_TAG = re.compile(r"<(link|script)\b[^>]*(https?:)?//[^>]*>(\s*</script>)?", re.I)


def _text(graph: Graph, node: URIRef, predicate: URIRef) -> str:
    values = sorted(str(v) for v in graph.objects(node, predicate))
    return "; ".join(values)


def project(graph: Graph) -> nx.MultiDiGraph:
    """The network an analyst explores, with a kind, label and plain-text tooltip on every node."""
    network = nx.MultiDiGraph()
    for cls, kind in CLASS_KINDS.items():
        for node in sorted(n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef)):
            if str(node) in network:
                continue
            label = _text(graph, node, SDO.name) or _text(graph, node, RDFS.label)
            attrs: dict[str, str] = {"kind": kind, "label": label}
            if kind == "person":
                role = _text(graph, node, NEG.role)
                sides = "; ".join(
                    sorted(
                        _text(graph, a, SDO.name) for a in graph.objects(node, NEG.affiliation) if isinstance(a, URIRef)
                    )
                )
                attrs["title"] = "\n".join(x for x in (label, role, sides) if x)
            elif kind == "statement":
                text = _text(graph, node, NEG.text)
                stance = "; ".join(str(s).rsplit("#", 1)[-1] for s in graph.objects(node, NEG.stance))
                attrs["stance"] = stance
                attrs["label"] = (text[:40] + "…") if len(text) > 40 else text
                attrs["title"] = f"“{text}”\nstance: {stance}"
            elif kind == "meeting":
                dates = " to ".join(
                    x for x in (_text(graph, node, SDO.startDate), _text(graph, node, SDO.endDate)) if x
                )
                attrs["title"] = "\n".join(x for x in (_text(graph, node, RDFS.label), dates) if x)
            else:
                attrs["title"] = label
            network.add_node(str(node), **attrs)
    for predicate, label in EDGES.items():
        for subject, obj in sorted(graph.subject_objects(predicate)):
            if str(subject) in network and str(obj) in network:
                network.add_edge(str(subject), str(obj), key=label, label=label)
    return network


def write_graphml(network: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(network, path)


def _legend_item(colour: str, text: str) -> str:
    swatch = f'<span class="kg-swatch" style="background:{colour}"></span>'
    return f'<span class="kg-legend-item">{swatch}{html.escape(text)}</span>'


def _legend() -> str:
    items = "".join(_legend_item(colour, name) for colour, _, name in KINDS.values())
    stances = "".join(_legend_item(colour, f"{stance} statement") for stance, colour in STANCE_COLOURS.items())
    return (
        "<style>.kg-legend{font:13px sans-serif;padding:6px 10px;border-bottom:1px solid #ddd}"
        ".kg-legend-item{margin-right:14px;white-space:nowrap}.kg-swatch{display:inline-block;width:11px;height:11px;"
        "border-radius:2px;margin-right:4px;vertical-align:middle}</style>"
        f'<div class="kg-legend" id="kg-legend">{items}{stances}</div>'
    )


def render_html(network: nx.MultiDiGraph, *, physics_limit: int = 300) -> str:
    """A self-contained page: vis-network inlined, no request to any other host."""
    net = Network(height="88vh", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    layout = nx.spring_layout(nx.Graph(network), seed=7, scale=800) if len(network) > physics_limit else None
    for node, attrs in network.nodes(data=True):
        kind = attrs["kind"]
        colour, shape, _ = KINDS[kind]
        if kind == "statement":
            colour = STANCE_COLOURS.get(attrs.get("stance", ""), colour)
        size = {"meeting": 30, "party": 22, "person": 18}.get(kind, 14)
        options: dict[str, object] = {"color": colour, "shape": shape, "title": attrs.get("title", ""), "size": size}
        if layout is not None:
            x, y = layout[node]
            options.update(x=float(x), y=float(y), physics=False)
        net.add_node(node, label=attrs["label"], **options)
    for source, target, attrs in network.edges(data=True):
        net.add_edge(source, target, label=attrs["label"], title=attrs["label"], arrows="to")
    if layout is None:
        net.barnes_hut(spring_length=140)
    else:
        net.toggle_physics(False)
    page = net.generate_html(notebook=False)
    page = _REMOTE_TAG.sub("", page)
    return page.replace("<body>", "<body>\n" + _legend(), 1)


def write_html(network: nx.MultiDiGraph, path: Path) -> None:
    from kg.files import atomic_write_text

    atomic_write_text(path, render_html(network))
