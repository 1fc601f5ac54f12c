"""Time for the network page to open and become interactive in headless Chromium, 20,000 nodes next to 500.

    python benchmarks/page_load.py [--sizes 500 20000]

Each size is a generated graph (people, parties, meetings, statements wired like real ones), drawn with no
node limit so every node is on the page. Measured in the browser: from navigation start to the first drawing
(``window.kg.readyAt``), then the time a search takes to find, focus and select a node. The target is under
5 s for 20,000 nodes.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.views.network import view  # noqa: E402
from kg.views.page import render_page  # noqa: E402
from tests.browser import open_page  # noqa: E402


def generated(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A network shaped like a corpus: a tenth parties and meetings, a third people, the rest statements."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    parties = [f"party/{i}" for i in range(max(2, nodes // 20))]
    meetings = [f"meeting/{i}" for i in range(max(1, nodes // 20))]
    people = [f"person/{i}" for i in range(max(1, nodes // 3))]
    statements = [f"statement/{i}" for i in range(max(0, nodes - len(parties) - len(meetings) - len(people)))]
    for p in parties:
        g.add_node(p, kind="party", label=f"Party {p[6:]}", title=p, parties=[f"Party {p[6:]}"])
    for m in meetings:
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        g.add_node(m, kind="meeting", label=f"City {m[8:]} {day}", title=m, date=day)
        for p in rng.sample(parties, 2):
            g.add_edge(m, p, key="party", label="party")
    for person in people:
        side = rng.choice(parties)
        g.add_node(person, kind="person", label=f"Person {person[7:]}", title=person, parties=[side])
        g.add_edge(person, side, key="affiliated with", label="affiliated with")
    for s in statements:
        speaker = rng.choice(people)
        g.add_node(
            s,
            kind="statement",
            label=f"Quote {s[10:]}",
            title=s,
            stance=rng.choice(["positive", "negative"]),
            text=f"Quote {s[10:]}",
            facts=[["quote", f"Quote {s[10:]}"]],
        )
        g.add_edge(s, speaker, key="said by", label="said by")
    return g


def measure(nodes: int) -> tuple[float, float, float, int]:
    network = generated(nodes)
    started = time.perf_counter()
    page_view = view(network, limit=0)
    html = render_page(page_view)
    build_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        with open_page(path) as (page, log):
            ready_ms = page.evaluate("window.kg.readyAt")  # type: ignore[attr-defined]
            search_ms = page.evaluate(  # type: ignore[attr-defined]
                "() => { const t = performance.now(); window.kg.find('Person 1'); return performance.now() - t; }"
            )
            drawn = page.evaluate("window.kg.counts().drawnNodes")  # type: ignore[attr-defined]
            if log.errors:
                raise SystemExit(f"page errors: {log.errors}")
    return build_s, ready_ms / 1000, search_ms / 1000, drawn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 20000])
    args = parser.parse_args()
    print(f"{'nodes':>7} {'drawn':>7} {'layout+page s':>14} {'open->drawn s':>14} {'search s':>9} {'ratio':>6}")
    baseline = None
    for size in args.sizes:
        build_s, ready_s, search_s, drawn = measure(size)
        baseline = baseline or ready_s
        print(f"{size:>7} {drawn:>7} {build_s:14.2f} {ready_s:14.2f} {search_s:9.2f} {ready_s / baseline:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
