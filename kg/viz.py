"""The graph as a network: an RDF -> networkx projection, views of it, and GraphML for Gephi.

The projection keeps what an analyst explores: people, parties, places, meetings and statements, joined by
affiliation, participation, mediation, location and speech. Each node carries a kind, a label, a plain-text
tooltip, the parties it belongs to, a date, its facts and the source sentences behind them; the page
(:mod:`kg.page`) shows them as text, never as markup.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from kg.gazetteer import fold
from kg.namespaces import NEG, OWL, RDF, RDFS, SDO

KIND_OF_CLASS = {
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
MAX_SOURCES = 8


def _values(graph: Graph, node: URIRef, predicate: URIRef) -> list[str]:
    return sorted(str(v) for v in graph.objects(node, predicate))


def _text(graph: Graph, node: URIRef, predicate: URIRef) -> str:
    return "; ".join(_values(graph, node, predicate))


def _names(graph: Graph, nodes: Iterable[object]) -> list[str]:
    return sorted({_text(graph, n, SDO.name) or _text(graph, n, RDFS.label) for n in nodes if isinstance(n, URIRef)})


def _sources(graph: Graph, node: URIRef) -> list[dict[str, str]]:
    """The sentences behind a fact, with the article's identifier, headline and URL where known."""
    found = []
    for evidence in graph.objects(node, NEG.evidence):
        article = graph.value(evidence, NEG.sourceArticle)
        found.append(
            {
                "sentence": str(graph.value(evidence, NEG.sentence) or ""),
                "article": str(graph.value(article, SDO.identifier) or "") if article is not None else "",
                "headline": str(graph.value(article, SDO.headline) or "") if article is not None else "",
                "url": str(graph.value(article, SDO.url) or "") if article is not None else "",
                "published": str(graph.value(article, SDO.datePublished) or "") if article is not None else "",
            }
        )
    found.sort(key=lambda s: (s["article"], s["sentence"]))
    return found[:MAX_SOURCES]


def _article_date(graph: Graph, node: URIRef) -> str:
    dates = [str(graph.value(a, SDO.datePublished)) for a in graph.objects(node, NEG.reportedIn)]
    dates = [d for d in dates if d and d != "None"]
    return min(dates) if dates else ""


def project(graph: Graph) -> nx.MultiDiGraph:
    """The network an analyst explores, every node with kind, label, tooltip, parties, date, facts, sources."""
    network = nx.MultiDiGraph()
    for cls, kind in KIND_OF_CLASS.items():
        for node in sorted(n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef)):
            if str(node) in network:
                continue
            network.add_node(str(node), **_describe(graph, node, kind))
    for predicate, label in EDGES.items():
        for subject, obj in sorted(graph.subject_objects(predicate)):
            if str(subject) in network and str(obj) in network:
                network.add_edge(str(subject), str(obj), key=label, label=label)
    return network


def _describe(graph: Graph, node: URIRef, kind: str) -> dict[str, object]:
    label = _text(graph, node, SDO.name) or _text(graph, node, RDFS.label)
    facts: list[list[str]] = []
    parties: list[str] = []
    date = ""
    extra: dict[str, object] = {}
    if kind == "person":
        role = _text(graph, node, NEG.role)
        parties = _names(graph, graph.objects(node, NEG.affiliation))
        facts = [["role", role], ["side", "; ".join(parties)], ["also named", _text(graph, node, SDO.alternateName)]]
        title = "\n".join(x for x in (label, role, "; ".join(parties)) if x)
    elif kind == "statement":
        text = _text(graph, node, NEG.text)
        stance = "; ".join(str(s).rsplit("#", 1)[-1] for s in graph.objects(node, NEG.stance))
        speakers = [s for s in graph.objects(node, NEG.speaker) if isinstance(s, URIRef)]
        speaker = "; ".join(_names(graph, speakers))
        parties = sorted({p for s in speakers for p in _names(graph, graph.objects(s, NEG.affiliation))})
        date = _article_date(graph, node)
        extra = {"stance": stance, "text": text}
        facts = [["speaker", speaker], ["stance", stance], ["quote", text], ["reported", date]]
        label = (text[:40] + "…") if len(text) > 40 else text
        title = f"{speaker}: “{text}”\nstance: {stance}"
    elif kind == "meeting":
        start, end = _text(graph, node, SDO.startDate), _text(graph, node, SDO.endDate)
        place = "; ".join(_names(graph, graph.objects(node, NEG.location)))
        parties = _names(graph, graph.objects(node, NEG.party))
        mediators = _names(graph, graph.objects(node, NEG.mediator))
        status = "; ".join(str(s).rsplit("#", 1)[-1] for s in graph.objects(node, NEG.status))
        dates = start if not end or end == start else f"{start} to {end}"
        date = start or _article_date(graph, node)
        label = " ".join(x for x in (place or "meeting", dates) if x)
        facts = [
            ["meeting", _text(graph, node, RDFS.label)],
            ["place", place],
            ["dates", dates],
            ["round", _text(graph, node, NEG.round)],
            ["status", status],
            ["sides", "; ".join(parties)],
            ["mediators", "; ".join(mediators)],
        ]
        for report in graph.objects(node, NEG.conflictingReport):
            prop = str(graph.value(report, NEG.reportedProperty) or "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            source = str(graph.value(report, NEG.sourceArticle) or "").rsplit("/", 1)[-1]
            facts.append([f"{prop} per {source}", str(graph.value(report, NEG.reportedValue) or "")])
        title = "\n".join(x for x in (_text(graph, node, RDFS.label), dates, status) if x)
        parties = sorted(set(parties) | set(mediators))
    elif kind == "party":
        facts = [["kind", _text(graph, node, NEG.partyKind)], ["same as", _text(graph, node, OWL.sameAs)]]
        parties = [label]
        title = label
    else:
        facts = [["country", "; ".join(_names(graph, graph.objects(node, NEG.country)))]]
        title = label
    return {
        "kind": kind,
        "label": label,
        "title": title,
        "parties": parties,
        "date": date,
        "facts": [f for f in facts if f[1]],
        "sources": _sources(graph, node),
        **extra,
    }


def write_graphml(network: nx.MultiDiGraph, path: Path) -> None:
    from kg.files import atomic_write_text

    atomic_write_text(path, graphml(network))


def graphml(network: nx.MultiDiGraph) -> str:
    """GraphML with the scalar attributes (lists and sources stay in the HTML page)."""
    flat = nx.MultiDiGraph()
    for node, attrs in network.nodes(data=True):
        flat.add_node(
            node,
            **{
                k: ("; ".join(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v)
                for k, v in attrs.items()
                if k not in {"facts", "sources"}
            },
        )
    for source, target, key, attrs in network.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **attrs)
    return "\n".join(nx.generate_graphml(flat)) + "\n"


# --- views ------------------------------------------------------------------------------------------------


def focus(network: nx.MultiDiGraph, name: str, hops: int = 1) -> nx.MultiDiGraph:
    """A person, party or meeting (found by name, case and accents ignored) and everything within ``hops``."""
    wanted = fold(name)
    exact = [n for n, a in network.nodes(data=True) if fold(str(a.get("label", ""))) == wanted]
    partial = [n for n, a in network.nodes(data=True) if wanted and wanted in fold(str(a.get("label", "")))]
    found = exact or partial
    if not found:
        from kg.errors import GraphError

        raise GraphError(f"no node named {name!r} in the graph")
    undirected = network.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in found[:1] if exact else found:
        keep |= set(nx.ego_graph(undirected, centre, radius=hops))
    view = network.subgraph(keep).copy()
    for centre in found[:1] if exact else found:
        view.nodes[centre]["focus"] = True
    return view


def restrict(network: nx.MultiDiGraph, iris: Iterable[str]) -> nx.MultiDiGraph:
    """The part of the network whose nodes a query returned."""
    keep = {i for i in iris if i in network}
    return network.subgraph(keep).copy()


@dataclass
class View:
    """What a page draws: nodes with positions, edges, and what was left out to keep the page usable."""

    network: nx.MultiDiGraph
    positions: dict[str, tuple[float, float]] | None
    left_out: list[str] = field(default_factory=list)
    total_nodes: int = 0
    total_edges: int = 0


def aggregate(network: nx.MultiDiGraph, limit: int) -> tuple[nx.MultiDiGraph, list[str]]:
    """Past ``limit`` nodes: fold statements into their speakers, then keep the nodes of highest degree."""
    if limit <= 0 or network.number_of_nodes() <= limit:
        return network, []
    notes: list[str] = []
    folded = network.copy()
    statements = [n for n, a in folded.nodes(data=True) if a.get("kind") == "statement"]
    if statements:
        for statement in statements:
            for _, speaker in folded.out_edges(statement):
                folded.nodes[speaker]["statements"] = int(folded.nodes[speaker].get("statements", 0)) + 1
        folded.remove_nodes_from(statements)
        notes.append(f"{len(statements)} statements folded into their speakers")
    if folded.number_of_nodes() > limit:
        degree = dict(folded.degree())
        ranked = sorted(folded.nodes, key=lambda n: (-degree[n], n))
        dropped = folded.number_of_nodes() - limit
        folded = folded.subgraph(ranked[:limit]).copy()
        notes.append(f"{dropped} nodes of lowest degree left out (showing the top {limit} by degree)")
    return folded, notes


def layout(network: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions computed ahead, so the page needs no physics: spring layout, spectral past 2,000 nodes."""
    simple = nx.Graph(network)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    scale = 120 * math.sqrt(n)
    if n <= 2000:
        raw = nx.spring_layout(simple, seed=7, scale=scale, iterations=50 if n <= 500 else 30)
    else:
        raw = _spectral_with_jitter(simple, scale)
    return {str(k): (round(float(v[0]), 1), round(float(v[1]), 1)) for k, v in raw.items()}


def _spectral_with_jitter(graph: nx.Graph, scale: float) -> dict[object, tuple[float, float]]:
    """Spectral layout per connected component, components on a grid; a stable jitter separates twins."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    positions: dict[object, tuple[float, float]] = {}
    columns = max(1, math.ceil(math.sqrt(len(components))))
    cell = scale / columns
    for index, component in enumerate(components):
        sub = graph.subgraph(component)
        if len(component) > 2:
            raw = nx.spectral_layout(sub, scale=cell * 0.45)
        else:
            raw = {node: (0.0, 0.0) for node in component}
        ox, oy = (index % columns) * cell, (index // columns) * cell
        for node, (x, y) in raw.items():
            digest = hashlib.blake2b(str(node).encode(), digest_size=4).digest()
            jx = (digest[0] - 128) / 128 * cell * 0.05
            jy = (digest[1] - 128) / 128 * cell * 0.05
            positions[node] = (ox + float(x) + jx, oy + float(y) + jy)
    return positions


def view(network: nx.MultiDiGraph, *, limit: int = 2000, physics_limit: int = 300) -> View:
    """The network ready to draw: aggregated past ``limit`` nodes, laid out ahead past ``physics_limit``."""
    shown, notes = aggregate(network, limit)
    positions = layout(shown) if shown.number_of_nodes() > physics_limit else None
    return View(shown, positions, notes, network.number_of_nodes(), network.number_of_edges())
