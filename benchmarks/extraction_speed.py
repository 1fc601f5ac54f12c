"""Articles per second of ``kg build`` next to spaCy's own ``nlp.pipe`` over the same texts, in one run.

    python benchmarks/extraction_speed.py [PATH ...] [--repeat N] [--trials T] [--default-gc]

The corpus is the articles under PATH (default: seeds/), repeated N times (default 5) so the timings are
not dominated by start-up. spaCy and the extractors are timed T times in turn (default 3) and each keeps its
fastest trial, as ``timeit`` does: on a shared machine the slower trials measure the neighbours. Both sides
are warmed first, as a long build is: spaCy on a short text, the extractors on a short article (which reads
their tables: gazetteer, lexicons, office holders, matchers — a cost paid once per process, printed on its own
line). spaCy and the extractors run with the garbage collector set as ``kg build`` sets it for its analysis
(``fewer_collections``); ``--default-gc`` times them at Python's default thresholds instead. Printed: spaCy alone,
extraction alone (the extractors over ready documents), graph building and serialisation, and the whole build, each
with articles per second; then the cost of extraction beyond spaCy as a share of spaCy's time (the target is at
most 25%).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.nlp import load_pipeline  # noqa: E402
from kg.extract.pipeline import extract_doc  # noqa: E402
from kg.ingest.clean import clean  # noqa: E402
from kg.ingest.read import read_articles  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.rdf.graph import build_graph, to_turtle  # noqa: E402
from kg.run.build import build, fewer_collections  # noqa: E402

WARM_UP = (
    "GENEVA, May 12 (Wire) -- Foreign Minister Anna Berg of Norland met her Sudrian counterpart in Geneva on "
    'Monday for talks hosted by Switzerland. "The talks were constructive," Berg told reporters.'
)


def _corpus(paths: list[Path], repeat: int) -> list[Article]:
    base = [a for a in read_articles(paths) if isinstance(a, Article)]
    return [replace(a, id=f"{a.id}-{i}") for i in range(repeat) for a in base]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "seeds"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--default-gc", action="store_true", help="time at Python's default collector thresholds")
    args = parser.parse_args()
    articles = _corpus(args.paths, args.repeat)
    n = len(articles)
    nlp = load_pipeline()
    stories = [clean(a.text) for a in articles]
    nlp("warm up")
    warm = Article("warm-up", WARM_UP, published=date(2025, 5, 12))
    started = time.perf_counter()
    warm_story = clean(warm.text)
    extract_doc(warm, warm_story, nlp(warm_story.text))
    load_s = time.perf_counter() - started

    spacy_s = extract_s = float("inf")
    with nullcontext() if args.default_gc else fewer_collections():
        for _ in range(max(args.trials, 1)):
            started = time.perf_counter()
            docs = list(nlp.pipe((s.text for s in stories), batch_size=16))
            spacy_s = min(spacy_s, time.perf_counter() - started)

            started = time.perf_counter()  # fresh documents each trial: the extractors' caches start empty
            facts = [extract_doc(a, s, d) for a, s, d in zip(articles, stories, docs, strict=True)]
            extract_s = min(extract_s, time.perf_counter() - started)

    started = time.perf_counter()
    turtle = to_turtle(build_graph(facts))
    graph_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for article in articles:
            (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
        started = time.perf_counter()
        build([folder], Path(tmp) / "out", progress=False)
        build_s = time.perf_counter() - started

    rows = [
        ("spaCy nlp.pipe alone", spacy_s),
        ("extractors over ready docs", extract_s),
        ("graph + Turtle", graph_s),
        ("kg build, end to end", build_s),
    ]
    words = sum(len(a.text.split()) for a in articles)
    trials = max(args.trials, 1)
    print(f"{n} articles (fastest of {trials} trials), {words} words, {len(turtle) // 1024} KiB of Turtle")
    print(f"{'stage':<28} {'seconds':>8} {'articles/s':>11}")
    print(f"{'extractors tables, once':<28} {load_s:8.2f} {'-':>11}")
    for name, seconds in rows:
        print(f"{name:<28} {seconds:8.2f} {n / seconds:11.1f}")
    print(f"extraction beyond spaCy: {extract_s / spacy_s:.0%} of spaCy's time (target <= 25%)")
    print(f"kg build throughput: {spacy_s / build_s:.2f}x spaCy's articles per second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
