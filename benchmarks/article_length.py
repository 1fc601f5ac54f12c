"""Extraction time and memory against article length: one long article at each size, in one run.

    python benchmarks/article_length.py [--sizes 100 400 1000]

Each article is made of the sample articles' paragraphs (headlines left out) repeated until it reaches the size
in kilobytes, and is extracted in a fresh child process (spaCy and the extractors, as ``kg build`` runs them),
so each peak memory is that size's own. Printed: seconds, seconds per 100 KB and peak memory, each with its
ratio to the smallest size; time per kilobyte stays flat when extraction is linear in the article's length.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.pipeline import extract_articles  # noqa: E402
from kg.model import Article  # noqa: E402


def long_article(kilobytes: int) -> Article:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").splitlines()[1:] if len(p) > 80]
    body: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        paragraph = paragraphs[len(body) % len(paragraphs)]
        body.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return Article(f"long-{kilobytes}", "Talks go on\n\n" + "\n\n".join(body))


def _measure(kilobytes: int, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    article = long_article(kilobytes)
    list(extract_articles([Article("warm", "Talks were held in Geneva on Monday, the minister said.")]))
    started = time.perf_counter()
    facts = list(extract_articles([article]))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.put((seconds, peak, sum(len(f.statements) + len(f.meetings) + len(f.actors) for f in facts)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1000], metavar="KB")
    args = parser.parse_args()
    context = multiprocessing.get_context("fork")
    rows = []
    for kilobytes in args.sizes:
        queue = context.Queue()
        child = context.Process(target=_measure, args=(kilobytes, queue))
        child.start()
        seconds, peak, facts = queue.get()
        child.join()
        rows.append((kilobytes, seconds, peak, facts))
    base_kb, base_s, base_peak, _ = rows[0]
    print(f"{'KB':>6}  {'seconds':>8}  {'s/100KB':>8}  {'ratio':>6}  {'peak MiB':>9}  {'ratio':>6}  {'facts':>6}")
    for kilobytes, seconds, peak, facts in rows:
        per = seconds / kilobytes * 100
        ratio = per / (base_s / base_kb * 100)
        print(
            f"{kilobytes:>6}  {seconds:>8.1f}  {per:>8.2f}  {ratio:>5.2f}x  {peak:>9.0f}  {peak / base_peak:>5.2f}x"
            f"  {facts:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
