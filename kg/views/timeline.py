"""A timeline of meetings and statements per negotiation, as a static HTML page.

A negotiation is a set of sides (``neg:NegotiationProcess``). Its meetings stand at their start dates. Each
statement stands once, at its article's publication date, in the negotiation it speaks to: of the negotiations
whose meetings its article reports, the one whose sides include the speaker's side (else the one the article
reports most). Statements whose articles report no meeting close the page. Each section opens with a chart of
its statements by date, coloured by stance, every mark a link to its entry; each entry links to its sources.
Everything from an article is escaped; the page has no script and loads nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from rdflib import Graph, URIRef
from rdflib.term import Node

from kg.rdf.namespaces import NEG, RDF, RDFS, SDO, STANCE_NAMES, STATUS_NAMES
from kg.views.network import readable_dates
from kg.views.palette import KINDS, SHAPES_SVG, STANCE_COLOURS, STATEMENT_BORDER, swatch

OTHER = "Statements in articles that report no meeting"


@dataclass(frozen=True, order=True)
class Entry:
    date: str
    kind: str
    title: str
    detail: str
    stance: str = ""
    sources: tuple[tuple[str, str], ...] = ()
    """(article name, http(s) URL or "") for each article the entry comes from."""


def _one(graph: Graph, node: Node, predicate: URIRef) -> str:
    value = graph.value(node, predicate)
    return "" if value is None else str(value)


def _name(graph: Graph, node: Node) -> str:
    return _one(graph, node, SDO.name) or _one(graph, node, RDFS.label)


def _sources(graph: Graph, node: Node) -> tuple[tuple[str, str], ...]:
    found = set()
    for article in graph.objects(node, NEG.reportedIn):
        name = _one(graph, article, SDO.headline) or _one(graph, article, SDO.identifier)
        url = _one(graph, article, SDO.url)
        found.add((name, url if url.lower().startswith(("http://", "https://")) else ""))
    return tuple(sorted(found))


def _stance(graph: Graph, statement: Node) -> str:
    term = graph.value(statement, NEG.stance)
    return STANCE_NAMES.get(term, "") if term is not None else ""


def _sides(graph: Graph, speaker: Node) -> set[str]:
    """The sides a speaker speaks for: a party itself, or a person's affiliations."""
    if graph.value(speaker, NEG.partyKind) is not None:
        return {_name(graph, speaker)}
    return {_name(graph, side) for side in graph.objects(speaker, NEG.affiliation)}


def negotiations(graph: Graph) -> list[tuple[str, list[Entry]]]:
    """(negotiation label, entries in date order) for every negotiation process in the graph, then the
    statements of articles that report no meeting."""
    processes = sorted(p for p in graph.subjects(RDF.type, NEG.NegotiationProcess) if isinstance(p, URIRef))
    entries: dict[URIRef | None, set[Entry]] = {p: set() for p in processes}
    sides = {p: {_name(graph, s) for s in graph.objects(p, NEG.processParty)} for p in processes}
    reported: dict[Node, dict[URIRef, int]] = {}  # article -> process -> meetings of it the article reports
    for process in processes:
        for meeting in graph.subjects(NEG.partOf, process):
            for article in graph.objects(meeting, NEG.reportedIn):
                tally = reported.setdefault(article, {})
                tally[process] = tally.get(process, 0) + 1
            start, end = _one(graph, meeting, SDO.startDate), _one(graph, meeting, SDO.endDate)
            place = "; ".join(sorted(_name(graph, p) for p in graph.objects(meeting, NEG.location)))
            status = "; ".join(sorted(STATUS_NAMES.get(s, "") for s in graph.objects(meeting, NEG.status)))
            mediators = "; ".join(sorted(_name(graph, m) for m in graph.objects(meeting, NEG.mediator)))
            attendees = "; ".join(sorted(_name(graph, a) for a in graph.objects(meeting, NEG.attendee)))
            detail = ", ".join(
                x
                for x in (
                    place,
                    readable_dates(start, end) or "date unknown",
                    status,
                    mediators and f"mediators: {mediators}",
                    attendees and f"attended by {attendees}",
                )
                if x
            )
            title = _one(graph, meeting, RDFS.label)
            entries[process].add(Entry(start, "meeting", title, detail, sources=_sources(graph, meeting)))
    for statement in sorted(s for s in graph.subjects(RDF.type, NEG.Statement) if isinstance(s, URIRef)):
        articles = sorted(a for a in graph.objects(statement, NEG.reportedIn) if isinstance(a, URIRef))
        counts: dict[URIRef, int] = {}
        for article in articles:
            for process, count in reported.get(article, {}).items():
                counts[process] = counts.get(process, 0) + count
        speakers = list(graph.objects(statement, NEG.speaker))
        speaking_for = set().union(*(_sides(graph, s) for s in speakers)) if speakers else set()
        own = [p for p in counts if sides[p] & speaking_for] or list(counts)
        home = min(own, key=lambda p: (-counts[p], str(p))) if own else None
        published = min((_one(graph, a, SDO.datePublished) for a in articles), default="")
        entries.setdefault(home, set()).add(
            Entry(
                published,
                "statement",
                "; ".join(sorted(_name(graph, s) for s in speakers)),
                _one(graph, statement, NEG.text),
                _stance(graph, statement),
                _sources(graph, statement),
            )
        )
    result = [(_one(graph, p, RDFS.label), sorted(entries[p])) for p in processes]
    if entries.get(None):
        result.append((OTHER, sorted(entries[None])))
    return result


def _ordered(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date == "", e.date, e.kind, e.title, e.detail))


def _chart(entries: list[tuple[str, Entry]]) -> str:
    """Statements by date as marks coloured by stance (meetings as stars above them), each a link to its entry."""
    dated = [(anchor, e) for anchor, e in entries if e.date]
    statements = [x for x in dated if x[1].kind == "statement"]
    if not statements:
        return ""
    days = [date.fromisoformat(e.date).toordinal() for _, e in dated]
    first, last = min(days), max(days)
    width, left, right = 640, 70, 12
    rows = {"meeting": 12, "positive": 30, "neutral": 46, "negative": 62}
    parts = [
        f'<svg class="kg-chart" width="{width}" height="88" role="img" aria-label="stance of statements over time">'
    ]
    for name, y in rows.items():
        parts.append(f'<text x="0" y="{y + 4}" font-size="11" fill="#555">{name}</text>')
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" stroke="#eee"/>')
    for text, edge, anchor in (
        (min(e.date for _, e in dated), left, "start"),
        (max(e.date for _, e in dated), width - right, "end"),
    ):
        parts.append(f'<text x="{edge}" y="84" font-size="11" fill="#555" text-anchor="{anchor}">{text}</text>')
    stacked: dict[tuple[str, str, str], int] = {}
    for anchor, entry in dated:
        day = date.fromisoformat(entry.date).toordinal()
        x = (
            (left + width - right) / 2
            if last == first
            else left + (day - first) / (last - first) * (width - right - left)
        )
        key = (entry.date, entry.kind, entry.stance)
        stacked[key] = stacked.get(key, 0) + 1
        x -= (stacked[key] - 1) * 6  # marks of one day and stance side by side, not on top of each other
        tip = html.escape(
            f"{entry.date} · {entry.title}: {entry.detail}"
            if entry.kind == "meeting"
            else f"{entry.date} · {entry.title} ({entry.stance}): “{entry.detail}”"
        )
        if entry.kind == "meeting":
            mark = (
                f'<g class="kg-meeting-mark" transform="translate({x - 7:.1f},{rows["meeting"] - 7})" '
                f'fill="{KINDS["meeting"]["colour"]}">{SHAPES_SVG["star"]}</g>'
            )
        else:
            colour = STANCE_COLOURS.get(entry.stance, STATEMENT_BORDER)
            y = rows.get(entry.stance, rows["neutral"])
            mark = f'<circle class="kg-mark" cx="{x:.1f}" cy="{y}" r="5" fill="{colour}"/>'
        parts.append(f'<a href="#{anchor}"><title>{tip}</title>{mark}</a>')
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    items = [
        f"<span>{swatch('star', str(KINDS['meeting']['colour']), str(KINDS['meeting']['colour']), 1)} meeting</span>"
    ]
    for stance, colour in STANCE_COLOURS.items():
        items.append(f"<span>{swatch('square', '#FFFFFF', colour, 3)} {stance} statement</span>")
    return f'<p class="kg-legend">{" ".join(items)}</p>'


def _source_links(entry: Entry) -> str:
    links = []
    for name, url in entry.sources:
        text = html.escape(name or "source")
        links.append(f'<a href="{html.escape(url)}" rel="noopener noreferrer">{text}</a>' if url else text)
    return f'<div class="kg-sources">source: {", ".join(links)}</div>' if links else ""


def render_timeline(graph: Graph, title: str = "Negotiation timelines") -> str:
    """The page: one section per negotiation, entries in date order, undated ones last."""
    sections = []
    counter = 0
    for label, entries in negotiations(graph):
        anchored = []
        for entry in _ordered(entries):
            counter += 1
            anchored.append((f"t{counter}", entry))
        rows = []
        for anchor, entry in anchored:
            if entry.kind == "meeting":
                colour = str(KINDS["meeting"]["colour"])
                mark = swatch("star", colour, colour, 1)
                text = entry.detail
                stance = ""
            else:
                mark = swatch("square", "#FFFFFF", STANCE_COLOURS.get(entry.stance, STATEMENT_BORDER), 3)
                text = f"“{entry.detail}”"
                stance = f" <small>({html.escape(entry.stance)})</small>" if entry.stance else ""
            rows.append(
                f'<li id="{anchor}" class="kg-{entry.kind}"><span class="kg-mark">{mark}</span>'
                f"<time>{html.escape(entry.date or 'undated')}</time> "
                f"<strong>{html.escape(entry.title)}</strong>{stance}"
                f"<div>{html.escape(text)}</div>{_source_links(entry)}</li>"
            )
        sections.append(f"<section><h2>{html.escape(label)}</h2>{_chart(anchored)}<ol>{''.join(rows)}</ol></section>")
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
li:target {{ background: #fff6d5; }}
.kg-mark {{ position: absolute; left: -8px; top: 6px; }}
.kg-legend span {{ margin-right: 14px; white-space: nowrap; }}
.kg-sources {{ font-size: 12px; color: #555; }}
.kg-chart {{ display: block; margin: 4px 0 8px; }}
time {{ color: #555; font-variant-numeric: tabular-nums; }}
</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
{_legend()}
{body}
</body>
</html>
"""
