"""The interactive network page: one self-contained HTML file that loads nothing from the network.

vis-network (the build pyvis ships) draws the graph; the page adds a legend, filters by kind, party and date,
a search box, a side panel with each node's facts and source sentences, and a status line saying what a
large graph left out. Article text travels as JSON inside a ``<script type="application/json">`` element,
with ``<``, ``>`` and ``&`` escaped, and the page only ever puts it into the document as text.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

from kg.views.network import FONT, View, labelled
from kg.views.palette import EDGE_COLOURS, KINDS, STANCE_COLOURS, STATEMENT_BORDER, swatch

NODE_FIELDS = (
    "kind",
    "label",
    "title",
    "parties",
    "date",
    "facts",
    "sources",
    "stance",
    "text",
    "aliases",
    "statements",
    "focus",
)


_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


@cache
def _asset(name: str) -> str:
    return (resources.files("kg") / "templates" / name).read_text(encoding="utf-8")


@cache
def _vis_network() -> str:
    """vis-network's JavaScript, from the copy pyvis ships."""
    import pyvis

    found = sorted(Path(pyvis.__file__).parent.glob("templates/lib/vis-*/vis-network.min.js"))
    if not found:
        raise RuntimeError("pyvis ships no vis-network build; reinstall pyvis")
    return found[-1].read_text(encoding="utf-8")


def script_json(value: object) -> str:
    """JSON safe to place inside a <script> element: no "</script>", no markup, no line separators."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _SCRIPT_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def page_data(view: View) -> dict[str, object]:
    network = view.network
    nodes = []
    always = labelled(network)
    for node in sorted(network.nodes):
        attrs = network.nodes[node]
        item: dict[str, object] = {"id": node, "labelled": node in always}
        item.update({k: attrs[k] for k in NODE_FIELDS if k in attrs and attrs[k] not in (None, "", [])})
        if view.positions is not None:
            item["x"], item["y"] = view.positions[node]
        nodes.append(item)
    edges = [
        {"from": s, "to": t, "label": str(a.get("label", k))}
        for s, t, k, a in sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    ]
    parties = sorted(str(a["label"]) for _, a in network.nodes(data=True) if a.get("kind") == "party")
    return {
        "nodes": nodes,
        "edges": edges,
        "parties": parties,
        "positioned": view.positions is not None,
        "kinds": {k: {x: v[x] for x in ("colour", "shape", "size")} for k, v in KINDS.items()},
        "stances": STANCE_COLOURS,
        "edgeColours": EDGE_COLOURS,
        "fonts": FONT,
        "mentioned": view.mentioned,
    }


def _legend() -> str:
    """One entry per kind (its shape and fill, as drawn) and per stance (the border of a statement)."""
    items = []
    for kind, spec in KINDS.items():
        shape, colour = str(spec["shape"]), str(spec["colour"])
        stroke = STATEMENT_BORDER if kind == "statement" else colour
        items.append(
            f'<span class="kg-legend-item" data-kind="{kind}" data-shape="{shape}" data-colour="{colour}">'
            f"{swatch(shape, colour, stroke, 1.2)}{html.escape(str(spec['name']))}</span>"
        )
    for stance, colour in STANCE_COLOURS.items():
        items.append(
            f'<span class="kg-legend-item" data-stance="{stance}" data-colour="{colour}">'
            f"{swatch('square', '#FFFFFF', colour, 3)}{html.escape(stance)} statement</span>"
        )
    for label, colour in EDGE_COLOURS.items():
        items.append(
            f'<span class="kg-legend-item" data-edge="{html.escape(label)}"><svg class="kg-swatch" width="18" '
            f'height="14" aria-hidden="true"><line x1="1" y1="7" x2="17" y2="7" stroke="{colour}" stroke-width="2"/>'
            f"</svg>{html.escape(label)}</span>"
        )
    return "".join(items)


def _mentioned(view: View) -> str:
    if not view.mentioned:
        return ""
    names = ", ".join(html.escape(name) for name in view.mentioned)
    return f'<div id="kg-mentioned"><strong>Also mentioned</strong> (no meeting, side or speaker linked): {names}</div>'


def _status(view: View) -> str:
    shown_nodes, shown_edges = view.network.number_of_nodes(), view.network.number_of_edges()
    parts = [
        f'<span id="kg-shown">{shown_nodes}</span> of {shown_nodes} nodes and '
        f'<span id="kg-shown-edges">{shown_edges}</span> of {shown_edges} edges shown '
        f"({view.total_nodes} nodes in the graph)"
    ]
    if view.left_out:
        notes = "; ".join(html.escape(n) for n in view.left_out)
        parts.append(
            f'<span class="kg-note" id="kg-left-out">Large graph: {notes}. To see everything, draw a part of it '
            "(<code>kg viz --focus NAME --hops 2</code>, <code>kg viz --query FILE.rq</code>) or raise the limit "
            "(<code>kg viz --limit 0</code>).</span>"
        )
    return " · ".join(parts)


def title_for(query: str | None = None, focus: str | None = None, hops: int = 1) -> str:
    """The page's title, naming the part of the graph it draws."""
    title = "Negotiation knowledge graph"
    if query:
        title = f"{title}: {query}"
    if focus:
        title = f"{title}: {focus} and {hops} hop(s) around"
    return title


def render_page(view: View, title: str = "Negotiation knowledge graph") -> str:
    """The whole page as one string; the same view always gives the same bytes."""
    kinds = "".join(
        f'<label><input type="checkbox" data-kind="{k}" checked> {html.escape(str(v["name"]))}</label>'
        for k, v in KINDS.items()
    )
    return Template(_asset("network.html")).substitute(
        title=html.escape(title),
        css=_asset("network.css"),
        kinds=kinds,
        status=_status(view),
        legend=_legend(),
        mentioned=_mentioned(view),
        data=script_json(page_data(view)),
        vis=_vis_network(),
        script=_asset("network.js"),
    )
