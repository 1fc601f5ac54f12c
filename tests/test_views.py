"""Views of the network: focus, query subgraphs, aggregation of large graphs, the timeline, safe page data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal

from kg.cli import main
from kg.errors import GraphError
from kg.rdf import namespaces as ns
from kg.views.network import aggregate, focus, project, view
from kg.views.page import page_data, render_page, script_json
from kg.views.timeline import render_timeline


def _network(seed_build: Path) -> nx.MultiDiGraph:
    return project(Graph().parse(seed_build / "graph.ttl", format="turtle"))


def test_focus_keeps_the_neighbourhood_within_hops(seed_build: Path) -> None:
    network = _network(seed_build)
    one = focus(network, "dmitry peskov", hops=1)
    two = focus(network, "Dmitry Peskov", hops=2)
    assert 1 < one.number_of_nodes() < two.number_of_nodes() < network.number_of_nodes()
    centre = next(n for n, a in one.nodes(data=True) if a.get("focus"))
    assert one.nodes[centre]["label"] == "Dmitry Peskov"
    with pytest.raises(GraphError, match="no node named"):
        focus(network, "Nobody At All")


def test_query_view_draws_the_nodes_a_select_returns(tmp_path: Path, seed_build: Path) -> None:
    query = tmp_path / "russia.rq"
    query.write_text(
        "PREFIX neg: <https://w3id.org/negotiation-kg/ontology#>\n"
        "SELECT ?m ?p WHERE { ?m neg:party ?p . ?p <https://schema.org/name> 'Russia' }",
        encoding="utf-8",
    )
    out = tmp_path / "q.html"
    assert main(["viz", "--graph", str(seed_build / "graph.ttl"), "--query", str(query), "--out", str(out)]) == 0
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S)[1])  # type: ignore[index]
    kinds = {n["kind"] for n in data["nodes"]}
    assert kinds == {"meeting", "party"}
    assert all(e["label"] == "party" for e in data["edges"])


def test_large_graphs_fold_statements_and_keep_the_best_connected() -> None:
    network = nx.MultiDiGraph()
    for i in range(30):
        network.add_node(f"p{i}", kind="person", label=f"P{i}")
    for i in range(100):
        network.add_node(f"s{i}", kind="statement", label=f"S{i}")
        network.add_edge(f"s{i}", f"p{i % 3}", key="said by", label="said by")
    shown, notes = aggregate(network, limit=20)
    assert shown.number_of_nodes() == 20
    assert not any(a["kind"] == "statement" for _, a in shown.nodes(data=True))
    assert shown.nodes["p0"]["statements"] == 34
    assert notes[0] == "100 statements folded into their speakers"
    page = render_page(view(network, limit=20))
    assert 'id="kg-left-out"' in page and "kg viz --focus NAME" in page
    assert view(network, limit=0).network.number_of_nodes() == 130


def test_layout_is_computed_ahead_past_the_physics_limit() -> None:
    network = nx.MultiDiGraph()
    for i in range(40):
        network.add_node(str(i), kind="person", label=str(i))
        network.add_edge(str(i), str((i + 1) % 40), key="x", label="x")
    assert view(network, physics_limit=100).positions is None
    laid = view(network, physics_limit=10)
    assert laid.positions is not None and len(laid.positions) == 40
    assert page_data(laid)["positioned"] is True


def test_script_json_cannot_close_its_script_element() -> None:
    text = script_json({"q": "</script><script>alert(1)</script> & <img onerror=x>\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["q"].startswith("</script>")


def test_timeline_lists_meetings_and_statements_in_order_and_escapes(seed_build: Path) -> None:
    graph = Graph().parse(seed_build / "graph.ttl", format="turtle")
    page = render_timeline(graph)
    assert "<script" not in page
    section = page[page.index("Russia – United States negotiations") :]
    section = section[: section.index("</section>")]
    dates = re.findall(r"<time>(\d{4}-\d{2}-\d{2})</time>", section)
    assert dates == sorted(dates) and "2025-02-18" in dates
    assert "“" in section  # statements are quoted text


def test_timeline_lists_each_statement_once_with_legend_chart_and_links(seed_build: Path) -> None:
    graph = Graph().parse(seed_build / "graph.ttl", format="turtle")
    page = render_timeline(graph)
    statements = set(graph.subjects(ns.RDF.type, ns.NEG.Statement))
    assert page.count('class="kg-statement"') == len(statements) > 0  # each statement once
    assert page.count('class="kg-meeting"') >= len(set(graph.subjects(ns.RDF.type, ns.NEG.Meeting)))
    legend = page[page.index('class="kg-legend"') : page.index("</p>", page.index('class="kg-legend"'))]
    assert "meeting" in legend and all(f"{s} statement" in legend for s in ("positive", "negative", "neutral"))
    targets = set(re.findall(r'<a href="#(t\d+)">', page))
    anchors = set(re.findall(r'<li id="(t\d+)"', page))
    assert targets and targets <= anchors  # every chart mark leads to its entry
    # meetings and statements are different marks: a star for a meeting, a square for a statement
    meeting = page[page.index('class="kg-meeting"') :][:400]
    statement = page[page.index('class="kg-statement"') :][:400]
    assert "<polygon" in meeting and "<rect" in statement


def test_timeline_links_only_to_web_addresses() -> None:
    graph = Graph()
    process, meeting = ns.ID["process/a--b"], ns.ID["meeting/x--2026-01-01--a-b"]
    graph.add((process, ns.RDF.type, ns.NEG.NegotiationProcess))
    graph.add((process, ns.RDFS.label, Literal("A – B negotiations")))
    graph.add((meeting, ns.RDF.type, ns.NEG.Meeting))
    graph.add((meeting, ns.NEG.partOf, process))
    graph.add((meeting, ns.RDFS.label, Literal("talks")))
    for name, url in (("good", "https://example.org/a"), ("bad", "javascript:alert(1)")):
        article = ns.ID[f"article/{name}"]
        graph.add((meeting, ns.NEG.reportedIn, article))
        graph.add((article, ns.SDO.identifier, Literal(name)))
        graph.add((article, ns.SDO.url, Literal(url)))
    page = render_timeline(graph)
    assert 'href="https://example.org/a"' in page
    assert "javascript:" not in page  # an article at any other address is named, never linked
    assert re.search(r"source: [^<]*bad|, bad", page)
