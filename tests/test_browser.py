"""The network page in a real browser: it draws the whole graph, searches, filters, shows sources, runs no
script from an article and loads nothing from the network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.cli import main
from kg.viz import project
from tests.browser import open_page

pytestmark = pytest.mark.browser


def _network(build: Path) -> Any:
    return project(Graph().parse(build / "graph.ttl", format="turtle"))


def test_page_draws_every_node_and_edge_and_loads_nothing(seed_build: Path) -> None:
    network = _network(seed_build)
    with open_page(seed_build / "graph.html") as (page, log):
        counts = page.evaluate("window.kg.counts()")  # type: ignore[attr-defined]
        assert counts["nodes"] == network.number_of_nodes()
        assert counts["drawnNodes"] == network.number_of_nodes()
        assert counts["edges"] == network.number_of_edges()
        assert log.errors == []
        page_url = (seed_build / "graph.html").resolve().as_uri()
        assert [u for u in log.requests if u != page_url and not u.startswith("data:")] == []


def test_search_focuses_a_node_and_shows_its_facts(seed_build: Path) -> None:
    with open_page(seed_build / "graph.html") as (page, log):
        page.fill("#kg-search", "Peskov")  # type: ignore[attr-defined]
        page.click("#kg-search-form button[type=submit]")  # type: ignore[attr-defined]
        selected = page.evaluate("window.kg.network.getSelectedNodes()")  # type: ignore[attr-defined]
        assert any(s.endswith("/person/dmitry-peskov") for s in selected)
        panel = page.inner_text("#kg-panel")  # type: ignore[attr-defined]
        assert "Dmitry Peskov" in panel and "Kremlin spokesman" in panel
        assert log.errors == []


def test_filters_change_what_is_shown(seed_build: Path) -> None:
    network = _network(seed_build)
    statements = sum(1 for _, a in network.nodes(data=True) if a["kind"] == "statement")
    with open_page(seed_build / "graph.html") as (page, _):
        before = page.evaluate("window.kg.counts().nodes")  # type: ignore[attr-defined]
        page.uncheck("input[data-kind=statement]")  # type: ignore[attr-defined]
        after = page.evaluate("window.kg.counts().nodes")  # type: ignore[attr-defined]
        assert before - after == statements
        page.check("input[data-kind=statement]")  # type: ignore[attr-defined]
        page.select_option("#kg-party", "Ukraine")  # type: ignore[attr-defined]
        by_party = page.evaluate("window.kg.counts().nodes")  # type: ignore[attr-defined]
        assert 0 < by_party < before
        page.click("#kg-reset")  # type: ignore[attr-defined]
        page.fill("#kg-from", "2026-01-01")  # type: ignore[attr-defined]
        page.dispatch_event("#kg-from", "change")  # type: ignore[attr-defined]
        recent = page.evaluate(  # type: ignore[attr-defined]
            "window.kg.nodes.get({filter: n => !n.hidden && n.shape === 'star'}).length"
        )
        assert recent == 1  # only the February 2026 Geneva round


def _click_node(page: Any, node_id: str) -> None:
    page.evaluate("id => window.kg.network.focus(id, {scale: 1.5, animation: false})", node_id)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    position = page.evaluate(
        "id => { const p = window.kg.network.getPositions([id])[id]; return window.kg.network.canvasToDOM(p); }",
        node_id,
    )
    box = page.locator("#kg-network").bounding_box()
    page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])


def test_clicking_a_statement_shows_its_quote_and_source(seed_build: Path) -> None:
    network = _network(seed_build)
    [(node, attrs)] = [
        (n, a) for n, a in network.nodes(data=True) if a["kind"] == "statement" and "too early" in a.get("text", "")
    ][:1]
    with open_page(seed_build / "graph.html") as (page, log):
        _click_node(page, node)
        panel = page.inner_text("#kg-panel")  # type: ignore[attr-defined]
        assert "too early" in panel and "Dmitry Peskov" in panel
        assert "2026-02-18" in panel and "Geneva" in panel  # the source sentence and its article
        assert log.errors == []


EVIL = (
    "Hostile Quote Test\n\n"
    'Foreign Minister Ivan Petrov told reporters in Geneva on Monday: "<script>window.pwned = 1</script> '
    'we will never agree to this <img src=x onerror="window.pwned = 2"> at the talks," after talks with Ukraine.\n'
)


def test_markup_in_an_article_runs_no_script(tmp_path: Path) -> None:
    source = tmp_path / "evil.txt"
    source.write_text(EVIL, encoding="utf-8")
    assert main(["build", str(source), "--out", str(tmp_path / "out"), "--quiet"]) in (0, 1)
    network = _network(tmp_path / "out")
    [statement] = [n for n, a in network.nodes(data=True) if a["kind"] == "statement"]
    with open_page(tmp_path / "out" / "graph.html") as (page, log):
        _click_node(page, statement)
        panel = page.inner_text("#kg-panel")  # type: ignore[attr-defined]
        assert "<script>" in panel and "onerror" in panel  # shown as text ...
        assert page.evaluate("window.pwned === undefined")  # type: ignore[attr-defined]  # ... never run
        assert page.locator("#kg-panel img").count() == 0  # type: ignore[attr-defined]
        assert log.errors == []


def test_focus_view_and_timeline(tmp_path: Path, seed_build: Path) -> None:
    out = tmp_path / "focus.html"
    timeline = tmp_path / "timeline.html"
    graph = str(seed_build / "graph.ttl")
    assert (
        main(
            [
                "viz",
                "--graph",
                graph,
                "--focus",
                "Sergei Lavrov",
                "--hops",
                "2",
                "--out",
                str(out),
                "--timeline",
                str(timeline),
            ]
        )
        == 0
    )
    with open_page(out) as (page, log):
        labels = page.evaluate("window.kg.nodes.get().map(n => n.label)")  # type: ignore[attr-defined]
        assert "Sergei Lavrov" in labels and "Russia" in labels
        assert len(labels) < _network(seed_build).number_of_nodes()
        assert log.errors == []
    with open_page_plain(timeline) as (page, log):
        text = page.inner_text("body")  # type: ignore[attr-defined]
        assert "2025-02-18" in text and "Riyadh" in text
        assert log.errors == []


from contextlib import contextmanager  # noqa: E402


@contextmanager
def open_page_plain(path: Path) -> Any:
    """A page without the network script (the timeline)."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, PageLog, chromium_path

    log = PageLog()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: log.errors.append(str(e)))
            page.goto(path.resolve().as_uri())
            yield page, log
        finally:
            browser.close()
