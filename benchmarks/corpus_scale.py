"""Corpus-scale benchmark: build throughput at 1 and 2 jobs next to spaCy alone, store query latency next to
rdflib, an incremental 1% run next to the full build, and peak memory, on generated corpora.

    python benchmarks/corpus_scale.py --sizes 1000 10000 100000

Articles are generated from the sample articles with varied people, places and years (so nothing repeats
verbatim). Every figure is measured in the same run as its baseline and printed as a ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.gazetteer import PartyEntry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = (
    "Anna Boris Carla Dmitri Elena Farid Gala Hassan Ines Jonas Kemal Lina Marek Nadia Omar Petra Rafael Sofia "
    "Tariq Ulla Viktor Wen Yusuf Zora".split()
)
LAST = (
    "Abadi Brandt Castillo Demir Eriksen Fontaine Garcia Horvat Ivanova Jansen Kowalski Lindqvist Moreau "
    "Novak Okafor Petrov Quispe Rossi Sato Tanaka Umarov Vargas Weber Yilmaz Zhou".split()
)


def generate(count: int, folder: Path, seed: int = 7, paragraphs: int = 3) -> list[Path]:
    """``count`` short articles (.txt with sidecars) varied from the samples.

    Each article is a sample's headline and lead paragraph plus ``paragraphs`` of its other paragraphs picked at random
    (kept in order), with its people renamed, its meeting places moved to other cities, its states swapped for
    other states (names and demonyms) and its year moved between 2000 and 2026, so that no two articles repeat
    and a query for one party, place or month is as selective as it would be in a real corpus.
    """
    from kg.gazetteer import load

    rng = random.Random(seed)
    gazetteer = load()
    cities = sorted({name for name, _ in gazetteer.cities.values()})
    states = sorted(
        (entry for entry in gazetteer.parties.values() if entry.kind == "state" and entry.demonyms),
        key=lambda entry: entry.name,
    )
    samples = []
    for gold in sorted((ROOT / "seeds").glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
        blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
        blocks = blocks[:1] + [block for block in blocks[1:] if len(block) >= 150]  # headline, then story paragraphs
        names = [a["name"] for a in data["actors"] if len(a["name"].split()) >= 2]
        places = sorted({m["location"] for m in data["meetings"] if m.get("location")})
        sides = sorted({side for m in data["meetings"] for side in m["parties"] + m["mediators"]})
        sides = [side for side in sides if side in gazetteer.parties and gazetteer.parties[side].demonyms]
        samples.append((stem, blocks, names, places, sides, data["published"]))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        stem, blocks, names, places, sides, published = samples[i % len(samples)]
        rest = sorted(rng.sample(range(2, len(blocks)), min(paragraphs, len(blocks) - 2)))
        text = "\n\n".join([blocks[0], blocks[1], *(blocks[k] for k in rest)]) + "\n"
        for name in names:
            new = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            text = text.replace(name, new).replace(name.split()[-1], new.split()[-1])
        for place in places:
            text = text.replace(place, rng.choice(cities)).replace(place.upper(), rng.choice(cities).upper())
        swaps = dict(zip(sides, rng.sample(states, len(sides)), strict=True))
        text = _swap_states(text, {side: (gazetteer.parties[side], entry) for side, entry in swaps.items()})
        day = f"{rng.randint(2000, 2026)}{published[4:]}"
        path = folder / f"{stem}-{seed}-{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        (folder / f"{stem}-{seed}-{i:06d}.meta.json").write_text(json.dumps({"published": day}), encoding="utf-8")
        paths.append(path)
    return paths


def _swap_states(text: str, swaps: dict[str, tuple[PartyEntry, PartyEntry]]) -> str:
    """Each state's name and demonyms replaced by another state's, in one pass (so swaps do not chain)."""
    table: dict[str, str] = {}
    for old, new in swaps.values():
        table[old.name] = new.name
        for form in old.demonyms:
            table[form] = new.demonyms[0] + ("s" if form.endswith("s") and not new.demonyms[0].endswith("s") else "")
    pattern = re.compile(r"\b(" + "|".join(re.escape(form) for form in sorted(table, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda match: table[match.group(0)], text)


def timed_subprocess(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak memory (MiB) of a ``kg`` command run in its own process."""
    script = (
        "import resource, sys; from kg.cli import main; code = main(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(code)"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return seconds, int(done.stderr.strip().splitlines()[-1]) // 1024


def spacy_alone(paths: list[Path]) -> float:
    from kg.clean import clean
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    texts = (clean(p.read_text(encoding="utf-8")).text for p in paths)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


def query_latencies(store_dir: Path) -> list[tuple[str, float, float]]:
    """(query, seconds on the store, seconds on rdflib's in-memory graph) for parameterised and whole queries."""
    from kg.query import named_queries, run_query
    from kg.store import open_store, union_graph

    store = open_store(store_dir, read_only=True)
    graph = union_graph(store)
    speaker = run_query(store, named_queries()["statements"]).rows[0][1]
    meeting = run_query(store, named_queries()["meetings"]).rows[0][0]
    cases = [
        ("statements speaker=", "statements", {"speaker": speaker}),
        ("meetings party=Russia", "meetings", {"party": "Russia"}),
        ("participants meeting=", "participants", {"meeting": meeting}),
        ("meetings one month", "meetings", {"from": "2025-05-01", "to": "2025-05-31"}),
        ("meetings (whole corpus)", "meetings", {}),
        ("statements (whole corpus)", "statements", {}),
    ]
    results = []
    for label, name, params in cases:
        started = time.perf_counter()
        run_query(store, named_queries()[name], params)
        on_store = time.perf_counter() - started
        on_rdflib = _rdflib_query(graph, named_queries()[name], params)
        results.append((label, on_store, on_rdflib))
    return results


def _rdflib_query(graph: object, sparql: str, params: dict[str, str]) -> float:
    from rdflib import Literal, URIRef, Variable
    from rdflib.namespace import XSD

    from kg.query import prepare

    prepared = prepare(sparql, params)
    bindings = {}
    for name, value in params.items():
        if value.startswith("http"):
            bindings[Variable(name)] = URIRef(value)
        elif len(value) == 10 and value[4] == "-":
            bindings[Variable(name)] = Literal(value, datatype=XSD.date)
        else:
            bindings[Variable(name)] = Literal(value)
    started = time.perf_counter()
    list(graph.query(prepared.sparql, initBindings=bindings))  # type: ignore[attr-defined]
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    args = parser.parse_args()
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            paths = generate(size, base / "corpus")
            extra = generate(max(1, size // 100), base / "extra", seed=99)
            spacy_s = spacy_alone(paths)
            one_s, one_mib = timed_subprocess(["build", str(base / "corpus"), "--store", str(base / "s1"), "--quiet"])
            two_s, two_mib = timed_subprocess(
                ["build", str(base / "corpus"), "--store", str(base / "s2"), "--quiet", "--jobs", "2"]
            )
            for path in extra:
                shutil.copy(path, base / "corpus" / path.name)
                shutil.copy(path.with_name(path.stem + ".meta.json"), base / "corpus" / (path.stem + ".meta.json"))
            inc_s, _ = timed_subprocess(
                ["build", str(base / "corpus"), "--store", str(base / "s2"), "--quiet", "--jobs", "2"]
            )
            store_mib = sum(f.stat().st_size for f in (base / "s2").rglob("*") if f.is_file()) // (1 << 20)
            print(f"== {size} articles (+{len(extra)} for the incremental run), {sys.platform}, 2 cores")
            print(f"spaCy nlp.pipe alone        {size / spacy_s:8.1f} articles/s")
            print(
                f"kg build --store, 1 job     {size / one_s:8.1f} articles/s  ({spacy_s / one_s:.2f}x spaCy)  "
                f"peak {one_mib} MiB"
            )
            print(
                f"kg build --store, 2 jobs    {size / two_s:8.1f} articles/s  ({one_s / two_s:.2f}x 1 job)  "
                f"peak {two_mib} MiB"
            )
            print(f"incremental run, +1%        {inc_s:8.1f} s  ({inc_s / two_s:.1%} of the full build)")
            print(f"store on disk               {store_mib:8d} MiB")
            print(f"{'query':<28} {'store ms':>9} {'rdflib ms':>10} {'ratio':>7}")
            for label, on_store, on_rdflib in query_latencies(base / "s2"):
                print(f"{label:<28} {on_store * 1000:9.1f} {on_rdflib * 1000:10.1f} {on_rdflib / on_store:6.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
