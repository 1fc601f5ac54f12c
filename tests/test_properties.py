"""Property tests over generated article texts, adversarial ones included: the build never crashes, and its
Turtle re-parses with pyoxigraph and conforms to the SHACL shapes."""

from __future__ import annotations

import io
from datetime import date
from xml.etree import ElementTree

import pyoxigraph as ox
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract.pipeline import extract_articles
from kg.model import Article
from kg.rdf.graph import build_graph, to_turtle
from kg.rdf.validate import validate
from kg.views.network import graphml, project, view
from kg.views.page import render_page

WORDS = [
    "Russia",
    "Ukraine",
    "Geneva",
    "talks",
    "said",
    "the",
    "and",
    "in",
    "on",
    "Friday",
    "President",
    "Minister",
    "Foreign",
    "Hakan",
    "Fidan",
    "Volodymyr",
    "Zelenskyy",
    "met",
    "will",
    "meet",
    "next",
    "week",
    "round",
    "third",
    "mediated",
    "by",
    "Qatar",
    "Hamas",
    "Israel",
    "ceasefire",
    "agreement",
    "told",
    "reporters",
    "according",
    "to",
    "spokesman",
    "Kremlin",
    "White",
    "House",
    "Doha",
    "May",
    "16",
    "2025",
    "not",
    "too",
    "early",
    "positive",
]
ODD = [
    "“",
    "”",
    '"',
    "«",
    "»",
    "'",
    "’",
    "\n",
    "\n\n",
    " -- ",
    ".",
    ",",
    "?",
    "!",
    ":",
    ";",
    "(",
    ")",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "]]>",
    "\\",
    "\t",
    "\x00",
    "\x07",
    "\x1b",
    "\u202e",
    "\u200f",
    "مرحبا",
    "שלום",
    "\ufeff",
    "\u2028",
    "🙂",
    "\U0001f1fa\U0001f1e6",
]
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=12))
article_text = st.lists(token, min_size=1, max_size=120).map(" ".join)
long_sentence = st.integers(min_value=200, max_value=1500).map(lambda n: "said the minister " * n)
quoted = st.tuples(st.lists(token, min_size=1, max_size=12).map(" ".join), st.sampled_from(WORDS)).map(
    lambda q: (
        f'"{q[0]}," said Foreign Minister Hakan Fidan in Geneva on Friday after talks with {q[1]}. '
        f'"{q[0]}" -- the {q[1]} spokesman said.'
    )
)
texts = st.one_of(
    article_text, quoted, article_text.map(lambda t: t + " " + "“never closed quote " * 20), long_sentence
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(texts, min_size=1, max_size=3))
@example(['"Peace \x07 is <b>near</b> \x00 now," said Foreign Minister Hakan Fidan in Geneva on Friday.'])
@example(["\u202eTalks in Doha\u202c “unclosed " + "x" * 3000])
@example(["Talks with White in Geneva on Friday, he said.", "will Friday “ met"])  # one unplaced day, held and planned
def test_any_text_builds_a_valid_graph(bodies: list[str]) -> None:
    articles = [Article(f"a{i}", body, published=date(2025, 5, 16)) for i, body in enumerate(bodies) if body.strip()]
    facts = list(extract_articles(articles))
    graph = build_graph(facts)
    turtle = to_turtle(graph)
    parsed = list(ox.parse(io.BytesIO(turtle.encode("utf-8")), format=ox.RdfFormat.TURTLE))
    assert len(parsed) == len(graph)
    report = validate(graph)
    assert report.conforms, report.text
    network = project(graph)
    page = render_page(view(network))
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    ElementTree.fromstring(graphml(network).encode("utf-8"))  # well-formed XML, control characters and all
