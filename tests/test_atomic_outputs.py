"""Killing a build at any moment leaves every output either as it was or complete, never truncated."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.ttl", "graph.html", "timeline.html", "graph.graphml")


def _build(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--quiet"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_build_killed_mid_way_leaves_old_or_new_outputs(tmp_path: Path) -> None:
    corpora = []
    for name, stem in (("a", "seed"), ("b", "geneva-2025-05-12")):
        folder = tmp_path / name
        folder.mkdir()
        for suffix in (".txt", ".meta.json"):
            shutil.copy(ROOT / "seeds" / f"{stem}{suffix}", folder / f"{stem}{suffix}")
        corpora.append(folder)
    references = []
    for corpus in corpora:
        ref = tmp_path / f"ref-{corpus.name}"
        started = time.perf_counter()
        assert _build(corpus, ref).wait() == 0
        duration = time.perf_counter() - started
        references.append({name: (ref / name).read_bytes() for name in OUTPUTS})
    out = tmp_path / "out"
    assert _build(corpora[0], out).wait() == 0
    rng = random.Random(7)
    for attempt in range(8):
        process = _build(corpora[(attempt + 1) % 2], out)
        time.sleep(rng.uniform(0.5, 1.05) * duration)  # most kills land late, while files are written
        process.kill()
        process.wait()
        for name in OUTPUTS:
            data = (out / name).read_bytes()
            assert data in (references[0][name], references[1][name]), (attempt, name, len(data))
    assert _build(corpora[1], out).wait() == 0
    assert not list(out.glob(".*.tmp"))  # a later run clears what killed runs left


WRITER = """
import sys
from pathlib import Path
from kg.files import atomic_write_text
target = Path(sys.argv[1])
texts = ["A" * 4_000_000, "B" * 3_000_000]
i = 0
while True:
    atomic_write_text(target, texts[i % 2])
    i += 1
"""


def test_the_atomic_writer_killed_at_random_never_truncates(tmp_path: Path) -> None:
    target = tmp_path / "big.txt"
    target.write_text("A" * 4_000_000, encoding="utf-8")
    rng = random.Random(11)
    for _ in range(10):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], cwd=ROOT)
        time.sleep(rng.uniform(0.2, 0.8))
        process.kill()
        process.wait()
        data = target.read_text(encoding="utf-8")
        assert data in ("A" * 4_000_000, "B" * 3_000_000), len(data)
