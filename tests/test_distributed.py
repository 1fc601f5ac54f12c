"""The Dask path on a LocalCluster gives the same graph as a local build of the same articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from kg.backends.store import open_store, union_graph
from kg.cli import EXIT_OK, main

ROOT = Path(__file__).resolve().parent.parent


def test_dask_build_then_load_equals_a_local_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import distributed

    corpus = tmp_path / "in"
    corpus.mkdir()
    for stem in ("seed", "riyadh-2025-02-19", "geneva-2025-05-12"):
        for suffix in (".txt", ".meta.json"):
            shutil.copy(ROOT / "seeds" / f"{stem}{suffix}", corpus / f"{stem}{suffix}")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code = main(
            [
                "build",
                str(corpus),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
                "--shards",
                str(tmp_path / "shards"),
                "--quiet",
            ]
        )
    assert code == EXIT_OK
    assert len(list((tmp_path / "shards").glob("*.nq"))) == 3
    assert main(["load", str(tmp_path / "shards"), "--store", str(tmp_path / "store")]) == EXIT_OK
    assert main(["build", str(corpus), "--out", str(tmp_path / "local"), "--quiet"]) == EXIT_OK
    local = Graph().parse(tmp_path / "local" / "graph.ttl", format="turtle")
    loaded = union_graph(open_store(tmp_path / "store", read_only=True))
    assert set(loaded) == set(local)
    assert "wrote 3 shard(s)" in capsys.readouterr().out


def test_shards_are_written_batch_by_batch_without_holding_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.rdf.shards
    from kg.extract.pipeline import extract_articles
    from kg.ingest.read import read_text_file

    monkeypatch.setattr(kg.rdf.shards, "SHARD_BATCH", 2)
    stems = ("seed", "riyadh-2025-02-19", "geneva-2025-05-12", "istanbul-2025-05-16")
    facts = list(extract_articles([read_text_file(ROOT / "seeds" / f"{stem}.txt") for stem in stems]))
    written_before: list[int] = []

    def lazily():  # type: ignore[no-untyped-def]
        for found in facts:
            written_before.append(len(list(tmp_path.glob("*.nq"))))
            yield found

    shards = kg.rdf.shards.write_shards(lazily(), tmp_path)
    assert len(shards) == 4
    assert written_before == [0, 0, 2, 2]  # the third article is read only after the first batch is written
