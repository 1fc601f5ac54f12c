"""Peak memory of ``kg build`` without ``--store`` as the corpus grows, in one run.

    python benchmarks/build_memory.py [--sizes 1000 5000 20000] [--work DIR] [--jobs N]

The corpora are generated as in ``corpus_scale.py`` (short articles varied from the samples) and kept in
``--work``. Each build runs in a fresh process; printed: articles, seconds, articles per second and peak memory
(the largest of the build process and its workers), each memory beside the smallest size's. Past
``kg.run.build.MEMORY_ARTICLES`` articles a build goes on in a temporary store, so its peak memory stays flat.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_scale import generate, timed_subprocess  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--work", type=Path, help="keep the generated corpora here (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-build-memory-"))
    rows = []
    for size in args.sizes:
        corpus = work / f"corpus-{size}"
        if not corpus.is_dir():
            generate(size, corpus)
        out = work / f"out-{size}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, peak = timed_subprocess(["build", str(corpus), "--out", str(out), "--quiet", "--jobs", str(args.jobs)])
        rows.append((size, seconds, peak))
        print(f"{size:>7} articles  {seconds:8.1f} s  {size / seconds:6.1f} articles/s  peak {peak:5d} MiB", flush=True)
    base = rows[0][2]
    print("\npeak memory against the smallest corpus:")
    for size, _, peak in rows:
        print(f"{size:>7} articles  {peak:5d} MiB  {peak / base:5.2f}x")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
