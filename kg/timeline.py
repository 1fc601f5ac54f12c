"""A timeline of meetings and statements per negotiation, as a static HTML page.

A negotiation is a set of sides (``neg:NegotiationProcess``). Its meetings stand at their start dates; its
statements are those reported by the articles that report its meetings, at the article's publication date.
Everything from an article is escaped; the page has no script and loads nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.term import Node

from kg.namespaces import NEG, RDF, RDFS, SDO

STANCE_COLOURS = {"positive": "#2ca02c", "negative": "#d62728", "neutral": "#9d9d9d"}


@dataclass(frozen=True, order=True)
class Entry:
    date: str
    kind: str
    title: str
    detail: str
    stance: str = ""


def _one(graph: Graph, node: Node, predicate: URIRef) -> str:
    value = graph.value(node, predicate)
    return "" if value is None else str(value)


def _name(graph: Graph, node: Node) -> str:
    return _one(graph, node, SDO.name) or _one(graph, node, RDFS.label)


def negotiations(graph: Graph) -> list[tuple[str, list[Entry]]]:
    """(negotiation label, entries in date order) for every negotiation process in the graph."""
    result = []
    for process in sorted(p for p in graph.subjects(RDF.type, NEG.NegotiationProcess) if isinstance(p, URIRef)):
        entries: set[Entry] = set()
        articles: set[URIRef] = set()
        for meeting in graph.subjects(NEG.partOf, process):
            articles.update(a for a in graph.objects(meeting, NEG.reportedIn) if isinstance(a, URIRef))
            start, end = _one(graph, meeting, SDO.startDate), _one(graph, meeting, SDO.endDate)
            place = "; ".join(sorted(_name(graph, p) for p in graph.objects(meeting, NEG.location)))
            status = "; ".join(sorted(str(s).rsplit("#", 1)[-1] for s in graph.objects(meeting, NEG.status)))
            dates = start if not end or end == start else f"{start} to {end}"
            mediators = "; ".join(sorted(_name(graph, m) for m in graph.objects(meeting, NEG.mediator)))
            detail = ", ".join(
                x for x in (place, dates or "date unknown", status, mediators and f"mediators: {mediators}") if x
            )
            entries.add(Entry(start or "", "meeting", _one(graph, meeting, RDFS.label), detail))
        for article in articles:
            published = _one(graph, article, SDO.datePublished)
            for statement in graph.subjects(NEG.reportedIn, article):
                if (statement, RDF.type, NEG.Statement) not in graph:
                    continue
                speaker = "; ".join(sorted(_name(graph, s) for s in graph.objects(statement, NEG.speaker)))
                stance = str(graph.value(statement, NEG.stance) or "").rsplit("#", 1)[-1]
                entries.add(Entry(published, "statement", speaker, _one(graph, statement, NEG.text), stance))
        result.append((_one(graph, process, RDFS.label), sorted(entries)))
    return result


def render_timeline(graph: Graph, title: str = "Negotiation timelines") -> str:
    """The page: one section per negotiation, entries in date order, undated ones last."""
    sections = []
    for label, entries in negotiations(graph):
        rows = []
        for entry in sorted(entries, key=lambda e: (e.date == "", e.date, e.kind, e.title, e.detail)):
            colour = STANCE_COLOURS.get(entry.stance, "#e15759" if entry.kind == "meeting" else "#b07aa1")
            text = f"“{entry.detail}”" if entry.kind == "statement" else entry.detail
            stance = f" <small>({html.escape(entry.stance)})</small>" if entry.stance else ""
            rows.append(
                f'<li class="kg-{entry.kind}"><span class="kg-dot" style="background:{colour}"></span>'
                f"<time>{html.escape(entry.date or 'undated')}</time> "
                f"<strong>{html.escape(entry.title)}</strong>{stance}"
                f"<div>{html.escape(text)}</div></li>"
            )
        sections.append(f"<section><h2>{html.escape(label)}</h2><ol>{''.join(rows)}</ol></section>")
    body = "".join(sections) or "<p>No negotiation in this graph.</p>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{html.escape(title)}</title>
<style>
body {{ font: 14px/1.45 system-ui, sans-serif; margin: 16px 24px; color: #222; max-width: 60em; }}
h2 {{ font-size: 16px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }}
ol {{ list-style: none; padding-left: 0; border-left: 2px solid #ddd; margin-left: 6px; }}
li {{ position: relative; padding: 4px 0 8px 18px; }}
.kg-dot {{ position: absolute; left: -7px; top: 8px; width: 12px; height: 12px; border-radius: 50%; }}
time {{ color: #555; font-variant-numeric: tabular-nums; }}
</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
{body}
</body>
</html>
"""
