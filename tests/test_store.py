"""The on-disk store: one named graph per article, incremental add/replace/remove, interrupted runs, jobs."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.backends.query import named_queries, run_query
from kg.backends.store import article_hashes, compact_if_grown, open_store, union_graph, write_article
from kg.cli import EXIT_OK, main
from kg.rdf.namespaces import NEG, RDF, RDFS
from kg.rdf.validate import validate
from kg.run.build import COLLECTION_THRESHOLD, build, build_store, fewer_collections

ROOT = Path(__file__).resolve().parent.parent
STEMS = ("seed", "riyadh-2025-02-19", "geneva-2025-05-12")


def _corpus(folder: Path, stems: tuple[str, ...] = STEMS) -> Path:
    folder.mkdir(exist_ok=True)
    for stem in stems:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(ROOT / "seeds" / f"{stem}{suffix}", folder / f"{stem}{suffix}")
    return folder


def _meetings(store: ox.Store) -> set[tuple[str, str]]:
    table = run_query(store, named_queries()["meetings"])
    return {(row[2], row[4]) for row in table.rows}


def test_add_skip_replace_and_remove(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", STEMS[:2])
    store_dir = tmp_path / "store"
    first = build_store([corpus], store_dir, None, progress=False)
    assert (first.added, first.replaced, first.unchanged) == (2, 0, 0)
    assert first.compacted and "store compacted" in first.line()
    again = build_store([corpus], store_dir, None, progress=False)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    assert not again.compacted  # nothing written, nothing to merge
    _corpus(corpus, STEMS[2:])
    text = (corpus / "seed.txt").read_text(encoding="utf-8")
    (corpus / "seed.txt").write_text(text.replace("Geneva", "Lausanne", 1), encoding="utf-8")
    third = build_store([corpus], store_dir, None, progress=False)
    assert (third.added, third.replaced, third.unchanged) == (1, 1, 1)
    store = open_store(store_dir)
    graphs = sorted(g.value.rsplit("/", 1)[-1] for g in store.named_graphs())
    assert graphs == sorted(STEMS)
    assert set(article_hashes(store)) == set(STEMS)
    del store  # the store folder takes one writer at a time
    assert main(["remove", "riyadh-2025-02-19", "--store", str(store_dir)]) == EXIT_OK
    store = open_store(store_dir, read_only=True)
    assert ("Riyadh", "2025-02-18") not in _meetings(store)
    assert ("Geneva", "2025-05-10") in _meetings(store)
    assert validate(union_graph(store)).conforms


def test_the_store_holds_what_an_in_memory_build_holds(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in")
    build([corpus], tmp_path / "mem", progress=False)
    build_store([corpus], tmp_path / "store", tmp_path / "out", progress=False, batch=1)
    in_memory = ox.Store()
    in_memory.bulk_load(path=str(tmp_path / "mem" / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    stored = open_store(tmp_path / "store", read_only=True)
    assert _meetings(stored) == _meetings(in_memory)
    people = run_query(stored, named_queries()["actors"]).rows
    assert sorted(r[1] for r in people) == sorted(r[1] for r in run_query(in_memory, named_queries()["actors"]).rows)
    assert (tmp_path / "out" / "graph.nq").stat().st_size > 0 and (tmp_path / "out" / "graph.html").exists()


def test_query_and_params_on_the_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "in")
    assert main(["build", str(corpus), "--store", str(tmp_path / "s"), "--out", str(tmp_path / "o"), "--quiet"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "query",
                "statements",
                "--store",
                str(tmp_path / "s"),
                "--param",
                "speaker=Sergei Lavrov",
                "--format",
                "csv",
            ]
        )
        == EXIT_OK
    )
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "statement,speaker,text,stance" and len(lines) > 1
    assert all(",Sergei Lavrov," in line for line in lines[1:])
    assert main(["validate", "--store", str(tmp_path / "s")]) == EXIT_OK


def test_an_interrupted_store_build_leaves_whole_articles_and_the_next_run_finishes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", STEMS)
    for copy in range(7):  # 24 articles: extraction outlasts the first batch written
        for stem in STEMS:
            shutil.copy(corpus / f"{stem}.txt", corpus / f"{stem}-copy{copy}.txt")
    stems = tuple(p.stem for p in corpus.glob("*.txt"))
    store_dir = tmp_path / "store"
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", str(store_dir), "--quiet"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    written = 0
    while time.monotonic() < deadline and process.poll() is None:  # kill once the first articles are in
        time.sleep(0.02)
        if store_dir.exists() and any(store_dir.iterdir()):
            try:
                written = len(article_hashes(open_store(store_dir, read_only=True)))
            except Exception:  # the writer is still creating the store
                continue
            if written:
                break
    process.send_signal(signal.SIGKILL)
    process.wait()
    store = open_store(store_dir, read_only=True)
    assert 0 < len(article_hashes(store)) < len(stems) or process.returncode == 0
    for article_id in article_hashes(store):  # whatever is there is a whole article
        graph = ox.NamedNode(f"https://w3id.org/negotiation-kg/id/graph/{article_id}")
        assert len(list(store.quads_for_pattern(None, None, None, graph))) > 50
    del store
    summary = build_store([corpus], store_dir, None, progress=False)
    assert summary.added + summary.unchanged == len(stems)
    store = open_store(store_dir, read_only=True)
    assert set(article_hashes(store)) == set(stems)
    assert validate(union_graph(store)).conforms


def test_two_jobs_build_the_same_graph_as_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in")
    build([corpus], tmp_path / "one", progress=False, jobs=1)
    build([corpus], tmp_path / "two", progress=False, jobs=2)
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
    assert (tmp_path / "one" / "graph.nq").read_bytes() == (tmp_path / "two" / "graph.nq").read_bytes()


def test_two_jobs_report_skipped_articles_and_count_what_the_store_holds(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", STEMS[:2])
    furniture = "Your browser doesn't support HTML5\n\nSEE ALSO: Talks Resume\n\nCompiled by the newsroom staff\n"
    (corpus / "furniture.txt").write_text(furniture, encoding="utf-8")
    summary = build_store([corpus], tmp_path / "store", None, progress=False, jobs=2)
    assert [Path(error.path).name for error in summary.skipped] == ["furniture.txt"]
    assert "no story text" in summary.skipped[0].problem
    store = open_store(tmp_path / "store", read_only=True)
    assert summary.meetings == len(run_query(store, named_queries()["meetings"]).rows) > 0
    assert summary.actors == len(run_query(store, named_queries()["actors"]).rows) > 0


def test_a_reader_that_has_gone_away_gets_no_traceback(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in", STEMS[:1])
    assert main(["build", str(corpus), "--store", str(tmp_path / "s"), "--quiet"]) == EXIT_OK
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `kg query ... | head -1` once head has exited
    query = [sys.executable, "-m", "kg.cli", "query", "statements", "--store", str(tmp_path / "s")]
    done = subprocess.run(query, stdout=write_end, stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
    os.close(write_end)
    assert b"Traceback" not in done.stderr and done.returncode == 141


def test_write_article_reports_the_quads_it_wrote(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    node = NEG.Meeting  # any IRIs will do: the store takes triples as they come
    triples = {(node, RDF.type, NEG.Person), (node, RDFS.label, NEG.Statement)}
    assert write_article(store, "first", triples) == 4 == len(store)  # its graph and the default graph
    assert write_article(store, "first", triples) == 6  # staged, then copied into both graphs
    assert len(store) == 4


def test_builds_collect_garbage_less_often_and_restore_the_setting() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold()[0] == COLLECTION_THRESHOLD != before[0]
        raise RuntimeError("a build that fails half-way")
    assert gc.get_threshold() == before


def test_a_run_compacts_the_store_only_when_it_wrote_a_tenth_of_its_articles(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    node = NEG.Meeting
    for number in range(3):
        write_article(store, f"a{number}", {(node, RDF.type, NEG.Person), (node, RDFS.label, NEG.Statement)})
    before = sorted(map(str, store))
    assert not compact_if_grown(store, 0, 0)
    assert not compact_if_grown(store, 1, 20)  # one new article in twenty: background compaction keeps up
    assert compact_if_grown(store, 2, 20)
    assert compact_if_grown(store, 3, 3)
    assert sorted(map(str, store)) == before  # compaction changes files, not contents
