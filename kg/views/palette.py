"""The one colour table of the views: kinds by shape and fill, stances by border, edges by colour.

Fills come from the Okabe–Ito palette, which readers with any common colour-vision deficiency can tell apart;
kind is always shape and fill together, and a statement's stance is its border, never its fill.
"""

from __future__ import annotations

KINDS = {
    "meeting": {"colour": "#CC79A7", "shape": "star", "size": 24, "name": "Meetings"},
    "party": {"colour": "#E69F00", "shape": "diamond", "size": 17, "name": "Parties"},
    "person": {"colour": "#0072B2", "shape": "dot", "size": 11, "name": "People"},
    "place": {"colour": "#999999", "shape": "triangle", "size": 12, "name": "Places"},
    "statement": {"colour": "#FFFFFF", "shape": "square", "size": 7, "name": "Statements"},
}
STANCE_COLOURS = {"positive": "#009E73", "negative": "#D55E00", "neutral": "#555555"}
EDGE_COLOURS = {"attended by": "#0072B2", "mediator": "#E69F00"}
STATEMENT_BORDER = "#555555"
"""The border of a statement's mark in a legend (its stance colours it on the page)."""

SHAPES_SVG = {
    "dot": '<circle cx="7" cy="7" r="5.5"/>',
    "diamond": '<polygon points="7,0.8 13.2,7 7,13.2 0.8,7"/>',
    "triangle": '<polygon points="7,1 13,12.5 1,12.5"/>',
    "star": '<polygon points="7,0.5 8.8,5 13.5,5.2 9.8,8.2 11,13 7,10.3 3,13 4.2,8.2 0.5,5.2 5.2,5"/>',
    "square": '<rect x="2" y="2" width="10" height="10"/>',
}
"""Each shape as SVG in a 14 x 14 box, for legends and marks."""


def swatch(shape: str, fill: str, stroke: str, width: float) -> str:
    """A 14-pixel inline SVG of a shape (the colours are the palette's, never an article's text)."""
    return (
        f'<svg class="kg-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">'
        f'<g fill="{fill}" stroke="{stroke}" stroke-width="{width}">{SHAPES_SVG[shape]}</g></svg>'
    )
