"""Corpus-scale benchmark: build throughput at 1 and 2 jobs next to spaCy alone, store query latency next to
rdflib, an incremental 1% run next to the full build, and peak memory, on generated corpora.

    python benchmarks/corpus_scale.py --sizes 1000 10000 100000

Articles are generated from the sample articles with varied people, places and years (so nothing repeats
verbatim). Every figure is measured in the same run as its baseline and printed as a ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
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
    from kg.backends.table import Table
    from kg.gazetteer import PartyEntry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = (
    "Aaron Abdul Adriana Ahmed Aida Akira Alan Alejandro Alina Amara Amir Ana Andrei Anita Arjun Aylin Beatriz "
    "Bilal Bogdan Camille Carlos Chen Chiara Dalia Daniel David Dilnoza Dmitri Elena Emeka Emma Erik Esra Fatima "
    "Felipe Gabriel Hana Hassan Helga Ibrahim Ilya Ines Ingrid Irina Ismail Ivan Jamal Javier Joao Jonas Julia "
    "Kamal Karim Katarina Kenji Khalid Kofi Lars Layla Leila Luca Lucia Mahmoud Malik Mariam Marta Mateo Mehmet "
    "Mei Mikhail Min Nadia Naveen Nikolai Nora Olga Omar Pablo Pavel Priya Rahul Rania Rashid Rosa Saeed Salma "
    "Samir Sara Sergio Shira Sofia Stefan Tamar Tariq Thomas Valentina Viktor Wei Yara Yusuf Zainab Zoran".split()
)
LAST = (
    "Abadi Acosta Adeyemi Aguilar Ahmadi Alvarez Amini Andersen Antonov Arslan Aziz Bakr Barros Becker Belov "
    "Bianchi Bondarenko Brandt Castillo Chaudhry Chen Costa Cruz Demir Diallo Dimitrov Dubois Eriksen Farouk "
    "Fernandes Fischer Fontaine Garcia Gomez Haddad Hakimi Halvorsen Hamdan Horvat Hosseini Ibrahimov Ivanova "
    "Jansen Jovanovic Kaya Khalil Khan Kim Kowalski Kozlov Kumar Lambert Larsen Lindqvist Lopez Mahmoud Malik "
    "Mansour Marin Medina Mendes Moreau Morozov Mwangi Nakamura Nasser Navarro Nguyen Novak Nowak Okafor Oliveira "
    "Ortiz Osei Ozturk Park Pereira Petrov Popescu Quispe Rahman Ramos Rashidi Reyes Rossi Saleh Santos Sato "
    "Schmidt Sharma Shevchenko Silva Sokolov Suzuki Tanaka Torres Umarov Vargas Volkov Wagner Weber Yilmaz Zhou".split()
)


def _person(name: str, side: str) -> str:
    """The same invented name for one sample person in every article that gives them the same side."""
    digest = int.from_bytes(hashlib.sha256(f"{name}|{side}".encode()).digest()[:8], "big")
    return f"{FIRST[digest % len(FIRST)]} {LAST[(digest // len(FIRST)) % len(LAST)]}"


def generate(count: int, folder: Path, seed: int = 7, paragraphs: int = 3) -> list[Path]:
    """``count`` short articles (.txt with sidecars) varied from the samples.

    Each article is a sample's headline and lead paragraph plus ``paragraphs`` of its other paragraphs picked at random
    (kept in order), with its states swapped for other states (names and demonyms), its people renamed (the same
    invented person for one sample person on one side, as a real corpus names the same minister again and
    again), its meeting places moved to other cities and its year moved between 2000 and 2026, so that no two
    articles repeat and a query for one person, party, place or month is as selective as in a real corpus.
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
        names = [(a["name"], a.get("affiliation") or "") for a in data["actors"] if len(a["name"].split()) >= 2]
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
        swaps = dict(zip(sides, rng.sample(states, len(sides)), strict=True))
        for name, side in names:
            new = _person(name, swaps[side].name if side in swaps else side)
            text = text.replace(name, new).replace(name.split()[-1], new.split()[-1])
        for place in places:
            text = text.replace(place, rng.choice(cities)).replace(place.upper(), rng.choice(cities).upper())
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
    """Wall seconds and peak memory (MiB, the largest of the process and its workers) of a ``kg`` command."""
    script = (
        "import resource, sys; from kg.cli import main; code = main(sys.argv[1:]); "
        "print(max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)), "
        "file=sys.stderr); sys.exit(code)"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return seconds, int(done.stderr.strip().splitlines()[-1]) // 1024


def spacy_alone(paths: list[Path]) -> float:
    from kg.extract.nlp import load_pipeline
    from kg.ingest.clean import clean

    nlp = load_pipeline()
    texts = (clean(p.read_text(encoding="utf-8")).text for p in paths)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - started


EXPORT_UP_TO = 5_000_000
"""Quads up to which the evidence of every fact is listed in full (above, only its first rows are timed)."""


def query_latencies(store_dir: Path, with_rdflib: bool) -> list[tuple[str, int, float, float, float | None]]:
    """(query, rows, seconds on the store, seconds for its first 100 rows, seconds on rdflib's in-memory graph)
    per named query and parameter.

    Each query runs twice and the second run is timed (the first warms the operating system's file cache).
    """
    from kg.backends.query import named_queries, paged, run_query
    from kg.backends.store import open_store, union_graph

    queries = named_queries()
    store = open_store(store_dir, read_only=True)
    graph = union_graph(store) if with_rdflib else None
    speaker = run_query(store, queries["statements"]).rows[0][1]
    meeting = run_query(store, queries["meetings"]).rows[0][0]
    article = run_query(store, paged(queries["evidence"], 1, unsorted=True)).rows[0][2]
    party = "Russia"  # a side of the most-sampled talks: one statement in six
    typical = typical_party(run_query(store, queries["parties"]))
    cases = [
        (f"statements speaker={speaker}", "statements", {"speaker": speaker}),
        (f"statements party={party}", "statements", {"party": party}),
        (f"statements party={typical}", "statements", {"party": typical}),
        ("statements one month", "statements", {"from": "2025-05-01", "to": "2025-05-31"}),
        (f"meetings party={party}", "meetings", {"party": party}),
        (f"meetings party={typical}", "meetings", {"party": typical}),
        ("meetings one month", "meetings", {"from": "2025-05-01", "to": "2025-05-31"}),
        ("participants meeting=<IRI>", "participants", {"meeting": meeting}),
        (f"actors party={party}", "actors", {"party": party}),
        ("parties (whole corpus)", "parties", {}),
        ("meetings (whole corpus)", "meetings", {}),
        ("statements (whole corpus)", "statements", {}),
        ("participants (whole corpus)", "participants", {}),
        ("actors (whole corpus)", "actors", {}),
        ("attendance (whole corpus)", "attendance", {}),
        ("trajectory (whole corpus)", "trajectory", {}),
        (f"evidence article={article}", "evidence", {"article": article}),
        ("evidence (whole corpus)", "evidence", {}),
    ]
    results = []
    for label, name, params in cases:
        rows, on_store = -1, float("nan")
        # every fact's evidence is an export of the whole store (about 16 rows an article): its full listing is
        # timed up to a few million quads, its first rows at every size
        for _ in range(2 if label != "evidence (whole corpus)" or len(store) <= EXPORT_UP_TO else 0):
            started = time.perf_counter()
            rows = len(run_query(store, queries[name], params).rows)
            on_store = time.perf_counter() - started
        for _ in range(2):
            started = time.perf_counter()
            run_query(store, paged(queries[name], 100, unsorted=True), params)
            first = time.perf_counter() - started
        on_rdflib = _rdflib_query(graph, queries[name], params) if graph is not None else None
        results.append((label, rows, on_store, first, on_rdflib))
    return results


def typical_party(parties: Table) -> str:
    """The side with the median number of statements among the sides with any (the ``parties`` query's table)."""
    name, said = parties.header.index("party"), parties.header.index("statements")
    spoke = sorted((int(row[said]), row[name]) for row in parties.rows if row[said] not in ("", "0"))
    return spoke[len(spoke) // 2][1]


def _rdflib_query(graph: object, sparql: str, params: dict[str, str]) -> float:
    from rdflib import Variable

    from kg.backends.query import portable, prepare
    from kg.backends.store import rdflib_term

    prepared = prepare(portable(sparql), params)  # rdflib has no LATERAL
    bindings = {Variable(name.value): rdflib_term(term) for name, term in prepared.substitutions.items()}
    started = time.perf_counter()
    list(graph.query(prepared.sparql, initBindings=bindings))  # type: ignore[attr-defined]
    return time.perf_counter() - started


def measure(size: int, work: Path, full_up_to: int, rdflib_up_to: int) -> None:
    """Every figure for one corpus size, printed as it is measured."""
    corpus, extra_dir = work / "corpus", work / "extra"
    paths = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if len(paths) != size:
        shutil.rmtree(work, ignore_errors=True)
        paths = generate(size, corpus)
    extra = sorted(extra_dir.glob("*.txt")) if extra_dir.is_dir() else generate(max(1, size // 100), extra_dir, seed=99)
    print(f"== {size} articles (+{len(extra)} for the incremental run), {platform.system()}, {os.cpu_count()} cores")
    one_s = None
    if size <= full_up_to:
        spacy_s = spacy_alone(paths)
        print(f"spaCy nlp.pipe alone         {size / spacy_s:8.1f} articles/s")
        shutil.rmtree(work / "s1", ignore_errors=True)
        one_s, one_mib = timed_subprocess(["build", str(corpus), "--store", str(work / "s1"), "--quiet"])
        shutil.rmtree(work / "s1")
        print(
            f"kg build --store, 1 job      {size / one_s:8.1f} articles/s  ({spacy_s / one_s:.2f}x spaCy)  "
            f"peak {one_mib} MiB"
        )
    shutil.rmtree(work / "s2", ignore_errors=True)
    two_s, two_mib = timed_subprocess(["build", str(corpus), "--store", str(work / "s2"), "--quiet", "--jobs", "2"])
    versus = f"({one_s / two_s:.2f}x 1 job)" if one_s else "(1 job not run at this size)"
    print(f"kg build --store, 2 jobs     {size / two_s:8.1f} articles/s  {versus}  peak {two_mib} MiB")
    for path in extra:
        shutil.copy(path, corpus / path.name)
        shutil.copy(path.with_name(path.stem + ".meta.json"), corpus / (path.stem + ".meta.json"))
    try:
        inc_s, inc_mib = timed_subprocess(["build", str(corpus), "--store", str(work / "s2"), "--quiet", "--jobs", "2"])
    finally:
        for path in extra:
            (corpus / path.name).unlink()
            (corpus / (path.stem + ".meta.json")).unlink()
    print(f"incremental run, +1%         {inc_s:8.1f} s  ({inc_s / two_s:.1%} of the full build)  peak {inc_mib} MiB")
    report_store(work / "s2", size <= rdflib_up_to)


def report_store(store_dir: Path, with_rdflib: bool) -> None:
    """Size on disk, triples and every query's latency, next to rdflib where it is measured."""
    from kg.backends.store import open_store

    store_mib = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file()) / (1 << 20)
    triples = len(open_store(store_dir, read_only=True))
    print(f"store on disk                {store_mib:8.0f} MiB  ({triples:,} quads, each triple in its article's graph")
    print("                                            and in the default graph)")
    columns = f"{'rows':>7} {'store ms':>9} {'µs/row':>7} {'first 100 ms':>13} {'rdflib ms':>10} {'ratio':>6}"
    print(f"{'query':<44} {columns}")
    for label, rows, on_store, first, on_rdflib in query_latencies(store_dir, with_rdflib):
        if rows < 0:
            head = f"{label:<44} {'-':>7} {'-':>9} {'-':>7} {first * 1000:13.1f}"
        else:
            per_row = f"{on_store * 1e6 / rows:7.0f}" if rows else f"{'-':>7}"
            head = f"{label:<44} {rows:7d} {on_store * 1000:9.1f} {per_row} {first * 1000:13.1f}"
        if on_rdflib is None:
            print(f"{head} {'-':>10} {'-':>6}")
        else:
            print(f"{head} {on_rdflib * 1000:10.1f} {on_rdflib / on_store:5.0f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument(
        "--full-up-to",
        type=int,
        default=10_000,
        metavar="N",
        help="above N articles skip spaCy alone and the 1-job build (hours each on two cores)",
    )
    parser.add_argument(
        "--rdflib-up-to",
        type=int,
        default=10_000,
        metavar="N",
        help="above N articles skip rdflib (its in-memory graph needs about 1 GiB per million triples)",
    )
    parser.add_argument(
        "--work", type=Path, metavar="DIR", help="keep corpora and stores here (DIR/SIZE); reused when present"
    )
    parser.add_argument(
        "--queries-only", action="store_true", help="only measure the queries on the stores kept in --work"
    )
    args = parser.parse_args()
    if args.queries_only and not args.work:
        parser.error("--queries-only needs --work")
    for size in args.sizes:
        if args.work:
            work = args.work / str(size)
            if args.queries_only:
                print(f"== {size} articles, queries on the kept store, {platform.system()}, {os.cpu_count()} cores")
                report_store(work / "s2", size <= args.rdflib_up_to)
            else:
                measure(size, work, args.full_up_to, args.rdflib_up_to)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            measure(size, Path(tmp), args.full_up_to, args.rdflib_up_to)
    return 0


if __name__ == "__main__":
    sys.exit(main())
