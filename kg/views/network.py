"""The graph as a network: an RDF -> networkx projection, views of it, and GraphML for Gephi.

The projection keeps what an analyst explores: people, parties, places, meetings and statements, joined by
affiliation, participation, mediation, location and speech. Each node carries a kind, a label, a plain-text
tooltip, the parties it belongs to, a date, its facts and the source sentences behind them; the page
(:mod:`kg.views.page`) shows them as text, never as markup.
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TypeVar

import networkx as nx
from rdflib import Graph, URIRef

from kg.gazetteer import fold
from kg.gazetteer import load as load_gazetteer
from kg.rdf.namespaces import NEG, OWL, RDF, RDFS, SDO, STANCE_NAMES, STATUS_NAMES

KIND_OF_CLASS = {
    NEG.Person: "person",
    NEG.State: "party",
    NEG.InternationalOrganisation: "party",
    NEG.ArmedGroup: "party",
    NEG.Community: "party",
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
    NEG.attendee: "attended by",
}
MAX_SOURCES = 8
G = TypeVar("G", nx.Graph, nx.MultiDiGraph)


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


def _attendees(graph: Graph, meeting: URIRef) -> list[str]:
    """ "Name (side)" for each person who took part in a meeting."""
    found = set()
    for attendance in graph.objects(meeting, NEG.attendance):
        sides = "; ".join(_names(graph, graph.objects(attendance, NEG.side)))
        for name in _names(graph, graph.objects(attendance, NEG.attendingPerson)):
            found.add(f"{name} ({sides})" if sides else name)
    return sorted(found)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def readable_dates(start: str, end: str = "") -> str:
    """ "17 Feb 2026", "17–18 Feb 2026", "30 Jan – 2 Feb 2026" from ISO dates ("" when there is none)."""

    def parts(iso: str) -> tuple[int, str, int] | None:
        try:
            year, month, day = (int(x) for x in iso.split("-"))
            return day, _MONTHS[month - 1], year
        except (ValueError, IndexError):
            return None

    first, last = parts(start), parts(end) if end and end != start else None
    if first is None:
        return ""
    if last is None:
        return f"{first[0]} {first[1]} {first[2]}"
    if first[1:] == last[1:]:
        return f"{first[0]}–{last[0]} {first[1]} {first[2]}"
    if first[2] == last[2]:
        return f"{first[0]} {first[1]} – {last[0]} {last[1]} {last[2]}"
    return f"{first[0]} {first[1]} {first[2]} – {last[0]} {last[1]} {last[2]}"


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
        extra = {"aliases": _values(graph, node, SDO.alternateName)}
    elif kind == "statement":
        text = _text(graph, node, NEG.text)
        stance = "; ".join(sorted(STANCE_NAMES.get(s, "") for s in graph.objects(node, NEG.stance)))
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
        status = "; ".join(sorted(STATUS_NAMES.get(s, "") for s in graph.objects(node, NEG.status)))
        dates = start if not end or end == start else f"{start} to {end}"
        date = start or _article_date(graph, node)
        label = ", ".join(x for x in (place or "Meeting", readable_dates(start, end)) if x)
        process = graph.value(node, NEG.partOf)
        if process is not None:
            extra = {"process": str(process)}
        facts = [
            ["meeting", _text(graph, node, RDFS.label)],
            ["place", place],
            ["dates", dates],
            ["round", _text(graph, node, NEG.round)],
            ["status", status],
            ["sides", "; ".join(parties)],
            ["mediators", "; ".join(mediators)],
            ["attended by", "; ".join(_attendees(graph, node))],
        ]
        for report in graph.objects(node, NEG.conflictingReport):
            reported = graph.value(report, NEG.reportedProperty)
            prop = graph.namespace_manager.normalizeUri(str(reported)) if reported is not None else ""
            source = str(graph.value(report, NEG.sourceArticle) or "").rsplit("/", 1)[-1]
            facts.append([f"{prop} per {source}", str(graph.value(report, NEG.reportedValue) or "")])
        title = "\n".join(x for x in (_text(graph, node, RDFS.label), dates, status) if x)
        parties = sorted(set(parties) | set(mediators))
    elif kind == "party":
        facts = [
            ["type", _text(graph, node, NEG.partyKind).replace("_", " ")],
            ["same as", _text(graph, node, OWL.sameAs)],
        ]
        parties = [label]
        title = label
        entry = load_gazetteer().entry(label)
        if entry is not None:  # the forms the command line's look-ups take ("US", "the Kremlin", "Iranian")
            extra = {"aliases": sorted({*entry.aliases, *entry.demonyms, *entry.metonyms})}
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


def induced(network: G, nodes: Iterable[str]) -> G:
    """The part of a network on some nodes, nodes and edges in sorted order.

    networkx's ``subgraph`` iterates a small node set in hash order, which differs from one process to the next;
    layouts start from node order, so that would change the page from run to run.
    """
    keep = set(nodes)
    part = network.__class__()
    part.add_nodes_from((n, network.nodes[n]) for n in sorted(keep))
    if network.is_multigraph():
        edges = network.edges(keys=True, data=True)
        part.add_edges_from(
            sorted(
                ((u, v, k, d) for u, v, k, d in edges if u in keep and v in keep), key=lambda e: (e[0], e[1], str(e[2]))
            )
        )
    else:
        part.add_edges_from(sorted((u, v, d) for u, v, d in network.edges(data=True) if u in keep and v in keep))
    return part


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
    view = induced(network, keep)
    for centre in found[:1] if exact else found:
        view.nodes[centre]["focus"] = True
    return view


def restrict(network: nx.MultiDiGraph, iris: Iterable[str]) -> nx.MultiDiGraph:
    """The part of the network whose nodes a query returned."""
    keep = {i for i in iris if i in network}
    return induced(network, keep)


@dataclass
class View:
    """What a page draws: nodes with positions, edges, what was left out to keep the page usable, and the parties
    the articles only mention (linked to nothing drawn), listed beside the network instead of floating in it."""

    network: nx.MultiDiGraph
    positions: dict[str, tuple[float, float]] | None
    left_out: list[str] = field(default_factory=list)
    total_nodes: int = 0
    total_edges: int = 0
    mentioned: list[str] = field(default_factory=list)


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
        folded = induced(folded, ranked[:limit])
        notes.append(f"{dropped} nodes of lowest degree left out (showing the top {limit} by degree)")
    return folded, notes


LABELLED_PEOPLE = 12
"""People whose names stay on at every zoom: the most connected ones (meetings and parties always keep theirs)."""
FONT = {"meeting": 15, "party": 14, "person": 13}
"""Label sizes in canvas units at zoom 1, by kind (the page draws them so)."""


def labelled(network: nx.MultiDiGraph) -> set[str]:
    """The nodes whose labels are always drawn: meetings, parties and the best connected people."""
    keep = {n for n, a in network.nodes(data=True) if a.get("kind") in {"meeting", "party"}}
    people = [n for n, a in network.nodes(data=True) if a.get("kind") == "person" and network.degree(n) >= 2]
    people.sort(key=lambda n: (-network.degree(n), n))
    return keep | set(people[:LABELLED_PEOPLE])


def _groups(network: nx.MultiDiGraph) -> dict[str, str]:
    """Each node's negotiation process: a meeting's own; a node linked to meetings, the process most of them
    belong to; any other node, that of the nearest node that has one (people by their side or meeting,
    statements by their speaker); nodes linked to no meeting at all share one group."""
    group: dict[str, str] = {}
    for node, attrs in network.nodes(data=True):
        if attrs.get("kind") == "meeting":
            group[node] = str(attrs.get("process") or node)
    votes: dict[str, dict[str, int]] = {}
    for source, target in network.edges():
        if source in group and network.nodes[source].get("kind") == "meeting" and target not in group:
            tally = votes.setdefault(target, {})
            tally[group[source]] = tally.get(group[source], 0) + 1
    for node, tally in votes.items():
        group[node] = min(tally, key=lambda g: (-tally[g], g))
    undirected = network.to_undirected(as_view=True)
    queue = deque(sorted(group))
    while queue:  # outwards from the grouped nodes, nearest first
        node = queue.popleft()
        for neighbour in sorted(undirected.neighbors(node)):
            if neighbour not in group:
                group[neighbour] = group[node]
                queue.append(neighbour)
    return {node: group.get(node, "") for node in network.nodes}


def _label_box(network: nx.MultiDiGraph, node: str, x: float, y: float) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a node's label as the page draws it: centred under the node."""
    attrs = network.nodes[node]
    size = FONT.get(str(attrs.get("kind")), 13)
    lines = str(attrs.get("label", "")).split("\n")
    width = max(len(line) for line in lines) * size * 0.56 + 6
    top = y + 14
    return x - width / 2, top - 16, x + width / 2, top + len(lines) * size * 1.25


Box = tuple[float, float, float, float]


def _overlaps(boxes: dict[str, Box], cell: float = 160.0) -> Iterator[tuple[str, str, float, float]]:
    """(a, b, overlap across, overlap down) for each pair of boxes that overlap, found through a grid of cells so
    only boxes sharing a cell are compared."""
    buckets: dict[tuple[int, int], list[str]] = {}
    for name, (left, top, right, bottom) in boxes.items():
        for gx in range(int(left // cell), int(right // cell) + 1):
            for gy in range(int(top // cell), int(bottom // cell) + 1):
                buckets.setdefault((gx, gy), []).append(name)
    pairs = {tuple(sorted((a, b))) for members in buckets.values() for a, b in combinations(members, 2)}
    for a, b in sorted(pairs):
        (la, ta, ra, ba), (lb, tb, rb, bb) = boxes[a], boxes[b]
        across, down = min(ra, rb) - max(la, lb), min(ba, bb) - max(ta, tb)
        if across > 0 and down > 0:
            yield a, b, across, down


def _separate(network: nx.MultiDiGraph, positions: dict[str, list[float]], nodes: list[str]) -> None:
    """Move labelled nodes apart until no label covers another (a few hundred sweeps at most): each overlapping
    pair moves apart by half the overlap each, along the axis where it is smaller."""
    for _ in range(300):
        boxes = {n: _label_box(network, n, *positions[n]) for n in nodes}
        moved = False
        for a, b, across, down in _overlaps(boxes):
            moved = True
            axis, push = (1, down) if down <= across else (0, across)
            first, second = sorted((a, b), key=lambda n: positions[n][axis])
            positions[first][axis] -= push / 2 + 2
            positions[second][axis] += push / 2 + 2
        if not moved:
            return


def layout(network: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions computed ahead, so the page needs no physics.

    Up to 2,000 nodes, each negotiation process is laid out on its own (spring layout) and the processes are set
    side by side, largest first, so a process's meetings, sides and people stay together; then labelled nodes
    are moved apart until no label covers another. Past 2,000 nodes, a spectral layout per connected component.
    """
    simple = nx.Graph(network)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n > 2000:
        raw = _spectral_with_jitter(simple, 120 * math.sqrt(n))
        return {str(k): (round(float(v[0]), 1), round(float(v[1]), 1)) for k, v in raw.items()}
    groups = _groups(network)
    members: dict[str, list[str]] = {}
    for node in sorted(network.nodes):
        members.setdefault(groups[node], []).append(node)
    order = sorted(members, key=lambda g: (g == "", -len(members[g]), g))
    radii = {g: 22 * math.sqrt(len(members[g])) + 14 for g in order}
    # rows about twice as wide as they are tall in all: the shape of a screen beside the side panel
    row_width = max(2 * max(radii.values()), 2.8 * math.sqrt(sum(r * r for r in radii.values())))
    positions: dict[str, list[float]] = {}
    x = y = row_height = 0.0
    for g in order:
        radius = radii[g]
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        sub = induced(simple, members[g])
        if sub.number_of_nodes() == 1:
            local = {members[g][0]: (0.0, 0.0)}
        else:
            local = nx.spring_layout(sub, seed=7, scale=radius * 0.85, iterations=80)
        for node, (px, py) in local.items():
            positions[str(node)] = [x + radius + float(px), y + radius + float(py)]
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    _separate(network, positions, sorted(labelled(network)))
    return {k: (round(v[0], 1), round(v[1], 1)) for k, v in sorted(positions.items())}


def _spectral_with_jitter(graph: nx.Graph, scale: float) -> dict[object, tuple[float, float]]:
    """Spectral layout per connected component, components on a grid; a stable jitter separates twins."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    positions: dict[object, tuple[float, float]] = {}
    columns = max(1, math.ceil(math.sqrt(len(components))))
    cell = scale / columns
    for index, component in enumerate(components):
        sub = induced(graph, component)
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


def view(network: nx.MultiDiGraph, *, limit: int = 2000, physics_limit: int = 0) -> View:
    """The network ready to draw: parties linked to nothing set aside, aggregated past ``limit`` nodes, laid out
    ahead past ``physics_limit`` nodes (by default always, so the same graph always opens the same way)."""
    isolated = sorted(n for n, a in network.nodes(data=True) if a.get("kind") == "party" and network.degree(n) == 0)
    mentioned = sorted(str(network.nodes[n].get("label", n)) for n in isolated)
    connected = induced(network, set(network.nodes) - set(isolated)) if isolated else network
    shown, notes = aggregate(connected, limit)
    positions = layout(shown) if shown.number_of_nodes() > physics_limit else None
    return View(shown, positions, notes, network.number_of_nodes(), network.number_of_edges(), mentioned)
