"""The network page in a real browser: it draws the whole graph, searches, filters, shows sources, runs no
script from an article and loads nothing from the network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.cli import main
from kg.views.network import project, view
from tests.browser import open_page

pytestmark = pytest.mark.browser


def _network(build: Path) -> Any:
    return project(Graph().parse(build / "graph.ttl", format="turtle"))


def _drawn(build: Path) -> Any:
    """The network the page draws: the parties linked to nothing are listed beside it instead."""
    return view(_network(build)).network


def test_page_draws_every_node_and_edge_and_loads_nothing(seed_build: Path) -> None:
    network = _drawn(seed_build)
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
    network = _drawn(seed_build)
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
        labels = page.evaluate(  # type: ignore[attr-defined]
            "JSON.parse(document.getElementById('kg-data').textContent).nodes.map(n => n.label)"
        )
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


def _overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """How far two label boxes overlap across, as a share of the narrower one (0 when they do not touch)."""
    across = min(a["left"] + a["width"], b["left"] + b["width"]) - max(a["left"], b["left"])
    down = min(a["top"] + a["height"], b["top"] + b["height"]) - max(a["top"], b["top"])
    return across / min(a["width"], b["width"]) if across > 0 and down > 0 else 0.0


def test_opening_view_labels_every_meeting_and_party_apart(seed_build: Path) -> None:
    drawn = _drawn(seed_build)
    wanted = {n for n, a in drawn.nodes(data=True) if a["kind"] in {"meeting", "party"}}
    with open_page(seed_build / "graph.html") as (page, log):
        boxes = page.evaluate("window.kg.labelBoxes()")  # type: ignore[attr-defined]
        scale = page.evaluate("window.kg.network.getScale()")  # type: ignore[attr-defined]
        fonts = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).fonts")  # type: ignore[attr-defined]
        assert wanted <= {b["id"] for b in boxes}
        assert min(fonts["meeting"], fonts["party"]) * scale >= 8  # drawn at a readable size, not hidden
        labelled = [b for b in boxes if b["id"] in wanted]
        worst = max(_overlap(a, b) for i, a in enumerate(labelled) for b in labelled[i + 1 :])
        assert worst <= 0.25
        assert log.errors == []


def test_parties_linked_to_nothing_are_listed_not_drawn(seed_build: Path) -> None:
    network = _network(seed_build)
    isolated = {a["label"] for n, a in network.nodes(data=True) if a["kind"] == "party" and network.degree(n) == 0}
    assert isolated  # the seed build mentions outlets and blocs in passing
    with open_page(seed_build / "graph.html") as (page, _):
        lonely = page.evaluate(  # type: ignore[attr-defined]
            "window.kg.nodes.get({filter: n => n.shape === 'diamond'})"
            ".filter(n => window.kg.network.getConnectedEdges(n.id).length === 0).length"
        )
        assert lonely == 0
        box = page.inner_text("#kg-mentioned")  # type: ignore[attr-defined]
        assert all(name in box for name in isolated)


def test_every_legend_entry_matches_a_drawn_node(seed_build: Path) -> None:
    with open_page(seed_build / "graph.html") as (page, _):
        entries = page.evaluate(  # type: ignore[attr-defined]
            "Array.from(document.querySelectorAll('#kg-legend [data-colour]')).map(e => ({"
            "kind: e.dataset.kind, shape: e.dataset.shape, stance: e.dataset.stance, colour: e.dataset.colour}))"
        )
        drawn = page.evaluate(  # type: ignore[attr-defined]
            "window.kg.network.body.nodeIndices.map(id => window.kg.network.body.nodes[id].options)"
            ".map(o => ({shape: o.shape, fill: o.color.background, border: o.color.border}))"
        )
        assert {e["kind"] for e in entries if e["kind"]} == {"meeting", "party", "person", "place", "statement"}
        for entry in entries:
            if entry["kind"]:
                assert any(d["shape"] == entry["shape"] and d["fill"] == entry["colour"] for d in drawn), entry
            else:
                assert any(d["shape"] == "square" and d["border"] == entry["colour"] for d in drawn), entry
        fills = {entry["colour"] for entry in entries if entry["kind"]}
        assert len(fills) == 5  # no two kinds share a fill


def _extent(page: Any) -> dict[str, float]:
    """The box the shown nodes take on the screen, and the canvas's own size."""
    return page.evaluate(  # type: ignore[no-any-return]
        "() => { const k = window.kg, ids = k.nodes.get({filter: n => !n.hidden}).map(n => n.id);"
        " const pos = k.network.getPositions(ids); const xs = [], ys = [];"
        " ids.forEach(id => { const p = k.network.canvasToDOM(pos[id]); xs.push(p.x); ys.push(p.y); });"
        " const c = document.getElementById('kg-network');"
        " return {left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys),"
        " width: c.clientWidth, height: c.clientHeight}; }"
    )


def test_filtering_refits_and_reset_restores_everything(seed_build: Path) -> None:
    with open_page(seed_build / "graph.html") as (page, log):
        before = page.evaluate("window.kg.counts()")  # type: ignore[attr-defined]
        opening = page.evaluate("window.kg.network.getScale()")  # type: ignore[attr-defined]
        page.select_option("#kg-party", "Iran")  # type: ignore[attr-defined]
        after = page.evaluate("window.kg.counts()")  # type: ignore[attr-defined]
        assert 0 < after["nodes"] < before["nodes"] and after["edges"] < before["edges"]
        assert page.inner_text("#kg-shown") == str(after["nodes"])  # type: ignore[attr-defined]
        assert page.inner_text("#kg-shown-edges") == str(after["edges"])  # type: ignore[attr-defined]
        extent = _extent(page)
        assert extent["left"] >= 0 and extent["right"] <= extent["width"]
        assert extent["top"] >= 0 and extent["bottom"] <= extent["height"]
        # the view moves to the few nodes left: centred, and zoomed in as far as labels stay at their own size
        centre_x, centre_y = (extent["left"] + extent["right"]) / 2, (extent["top"] + extent["bottom"]) / 2
        assert abs(centre_x - extent["width"] / 2) < 0.1 * extent["width"]
        assert abs(centre_y - extent["height"] / 2) < 0.1 * extent["height"]
        spread = max(
            (extent["right"] - extent["left"]) / extent["width"], (extent["bottom"] - extent["top"]) / extent["height"]
        )
        assert spread > 0.5 or page.evaluate("window.kg.network.getScale()") == 1.0  # type: ignore[attr-defined]
        assert page.evaluate("window.kg.network.getScale()") > opening  # type: ignore[attr-defined]
        page.fill("#kg-search", "Araghchi")  # type: ignore[attr-defined]
        page.click("#kg-search-form button[type=submit]")  # type: ignore[attr-defined]
        page.click("#kg-reset")  # type: ignore[attr-defined]
        assert page.evaluate("window.kg.counts()") == before  # type: ignore[attr-defined]
        assert page.input_value("#kg-search") == ""  # type: ignore[attr-defined]
        assert page.evaluate("window.kg.network.getSelectedNodes().length") == 0  # type: ignore[attr-defined]
        assert "Click a node" in page.inner_text("#kg-panel")  # type: ignore[attr-defined]
        assert log.errors == []


def test_search_centres_the_node_at_a_readable_zoom(seed_build: Path) -> None:
    with open_page(seed_build / "graph.html") as (page, _):
        page.fill("#kg-search", "medinsky")  # type: ignore[attr-defined]
        page.click("#kg-search-form button[type=submit]")  # type: ignore[attr-defined]
        [selected] = page.evaluate("window.kg.network.getSelectedNodes().slice(0, 1)")  # type: ignore[attr-defined]
        assert selected.endswith("/person/vladimir-medinsky")
        assert page.evaluate("window.kg.network.getScale()") == 1.0  # type: ignore[attr-defined]
        at = page.evaluate(  # type: ignore[attr-defined]
            "id => window.kg.network.canvasToDOM(window.kg.network.getPositions([id])[id])", selected
        )
        width, height = page.evaluate(  # type: ignore[attr-defined]
            "[document.getElementById('kg-network').clientWidth, document.getElementById('kg-network').clientHeight]"
        )
        assert abs(at["x"] - width / 2) < 5 and abs(at["y"] - height / 2) < 5


def test_a_speakers_panel_charts_their_stance_over_time(seed_build: Path) -> None:
    network = _drawn(seed_build)
    peskov = next(n for n in network if n.endswith("/person/dmitry-peskov"))
    said = [s for s, t, k in network.edges(keys=True) if t == peskov and k == "said by"]
    with open_page(seed_build / "graph.html") as (page, log):
        page.evaluate("id => window.kg.select(id)", peskov)  # type: ignore[attr-defined]
        marks = page.locator("#kg-panel svg.kg-chart circle.kg-mark")  # type: ignore[attr-defined]
        assert marks.count() == len(said) > 1
        stances = page.evaluate(  # type: ignore[attr-defined]
            "Array.from(document.querySelectorAll('#kg-panel circle.kg-mark')).map(c => c.getAttribute('fill'))"
        )
        assert set(stances) <= set(
            page.evaluate("Object.values(JSON.parse(document.getElementById('kg-data').textContent).stances)")
        )  # type: ignore[attr-defined]
        marks.first.dispatch_event("click")
        [selected] = page.evaluate("window.kg.network.getSelectedNodes().slice(0, 1)")  # type: ignore[attr-defined]
        assert selected in said
        assert "Sources" in page.inner_text("#kg-panel")  # type: ignore[attr-defined]
        assert log.errors == []


def test_attendees_are_drawn_and_listed_with_their_meeting(seed_build: Path) -> None:
    network = _drawn(seed_build)
    geneva = next(n for n in network if "/meeting/geneva--2026-02-17" in n)
    with open_page(seed_build / "graph.html") as (page, _):
        attending = page.evaluate(  # type: ignore[attr-defined]
            "id => window.kg.edges.get({filter: e => e.from === id && e.title === 'attended by'}).map(e => e.to)",
            geneva,
        )
        assert {a.rsplit("/", 1)[-1] for a in attending} == {"vladimir-medinsky", "steve-witkoff"}
        page.evaluate("id => window.kg.select(id)", geneva)  # type: ignore[attr-defined]
        panel = page.inner_text("#kg-panel")  # type: ignore[attr-defined]
        assert "Steve Witkoff (United States)" in panel and "Vladimir Medinsky (Russia)" in panel


def test_page_search_matches_like_the_command_line(seed_build: Path) -> None:
    with open_page(seed_build / "graph.html") as (page, log):
        for typed, wanted in (
            ("US", "/party/united-states"),
            ("the kremlin", "/party/russia"),
            ("zelensky", "/person/volodymyr-zelenskyy"),
            ("GENEVE", None),
        ):
            found = page.evaluate("q => window.kg.find(q)", typed)  # type: ignore[attr-defined]
            assert (found is None) if wanted is None else found.endswith(wanted), (typed, found)
        assert log.errors == []
