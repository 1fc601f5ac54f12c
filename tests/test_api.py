"""The library's KnowledgeGraph: one object over a file, a store and a live SPARQL server, with the same answers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import KnowledgeGraph
from kg.errors import NotFoundError, UsageError
from kg.rdf.ontology import CONTEXT_FILE, context_document
from tests.test_remote import server  # noqa: F401 - the live oxigraph server fixture

ROOT = Path(__file__).resolve().parent.parent

QUERIES = [
    ("meetings", {}),
    ("meetings", {"place": "Geneva"}),
    ("statements", {"party": "Russia"}),
    ("statements", {"speaker": "Dmitry Peskov", "from": "2025-01-01"}),
    ("trajectory", {"party": "Iran"}),
    ("attendance", {"party": "United States"}),
    (
        "participants",
        {"meeting": "https://w3id.org/negotiation-kg/id/meeting/geneva--2026-02-17--russia-ukraine-united-states"},
    ),
    ("actors", {"name": "Sergei Lavrov"}),
]


@pytest.fixture(scope="module")
def store(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("api") / "store"
    KnowledgeGraph.build([ROOT / "seeds"], store=folder)
    return folder


def _sorted(rows: object) -> list[tuple[tuple[str, object], ...]]:
    return sorted((tuple(sorted(row.items())) for row in rows), key=repr)  # type: ignore[attr-defined]


def test_the_same_query_gives_the_same_rows_on_a_file_a_store_and_a_server(
    seed_build: Path,
    store: Path,
    server: str,  # noqa: F811
) -> None:
    file = KnowledgeGraph.open(seed_build / "graph.ttl")
    on_disk = KnowledgeGraph.open(store)
    assert KnowledgeGraph.open(seed_build / "graph.nq").push(server) == 10  # nine articles and the default graph
    remote = KnowledgeGraph.open(server)
    for name, params in QUERIES:
        here = file.query(name, **params)
        assert len(here) > 0, name
        assert _sorted(here) == _sorted(on_disk.query(name, **params)) == _sorted(remote.query(name, **params)), name


def test_rows_are_plain_python_values(seed_build: Path) -> None:
    rows = KnowledgeGraph.open(seed_build / "graph.ttl").query("meetings", place="geneva")
    row = next(r for r in rows if r["round"] is not None)
    assert isinstance(row["start"], date) and isinstance(row["round"], int) and isinstance(row["meeting"], str)
    assert rows.columns == ["meeting", "label", "location", "country", "start", "end", "round", "status"]
    frame = rows.to_pandas()
    assert list(frame.columns) == rows.columns and len(frame) == len(rows)


def test_paging_and_look_ups(seed_build: Path) -> None:
    graph = KnowledgeGraph.open(seed_build / "graph.ttl")
    everything = list(graph.query("statements"))
    assert list(graph.query("statements", limit=5)) == everything[:5]
    assert list(graph.query("statements", limit=5, offset=5)) == everything[5:10]
    assert graph.query("statements", party="the kremlin")  # the same forgiving look-ups as the command line
    with pytest.raises(NotFoundError):
        graph.query("statements", party="Atlantis")


def test_exports_read_back_as_the_same_graph(seed_build: Path, tmp_path: Path) -> None:
    graph = KnowledgeGraph.open(seed_build / "graph.ttl")
    turtle = Graph().parse(seed_build / "graph.ttl")
    jsonld = graph.export(tmp_path / "graph.jsonld")
    assert isomorphic(Graph().parse(jsonld, format="json-ld"), turtle)
    assert json.loads(jsonld.read_text(encoding="utf-8"))["@context"] == json.loads(context_document())["@context"]
    assert graph.export(tmp_path / "again.jsonld").read_bytes() == jsonld.read_bytes()  # stable bytes
    for suffix in (".nq", ".trig", ".ttl"):
        written = graph.export(tmp_path / f"graph{suffix}")
        assert isomorphic(KnowledgeGraph.open(written).rdf(), turtle), suffix
    assert "<graphml" in graph.export(tmp_path / "graph.graphml").read_text(encoding="utf-8")


def test_the_published_context_is_the_ontologys() -> None:
    assert CONTEXT_FILE.read_text(encoding="utf-8") == context_document()


def test_a_store_grows_and_shrinks_and_a_file_says_it_cannot(store: Path, seed_build: Path, tmp_path: Path) -> None:
    graph = KnowledgeGraph.open(store)
    assert graph.validate()
    exported = KnowledgeGraph.open(graph.export(tmp_path / "store.nq"))  # its article graphs, read as their union
    assert isomorphic(exported.rdf(), graph.rdf())
    before = len(graph.query("statements"))
    assert graph.remove("seed") is True
    assert len(graph.query("statements")) < before
    graph.add([ROOT / "seeds" / "seed.txt"])
    assert len(graph.query("statements")) == before
    with pytest.raises(UsageError, match="store"):
        KnowledgeGraph.open(seed_build / "graph.ttl").remove("seed")


def test_the_view_is_the_network_page_and_shows_inline(seed_build: Path, tmp_path: Path) -> None:
    graph = KnowledgeGraph.open(seed_build / "graph.ttl")
    page = graph.view(tmp_path / "page.html", focus="Sergei Lavrov")
    assert page.startswith("<!DOCTYPE html>") and (tmp_path / "page.html").read_text(encoding="utf-8") == page
    inline = graph._repr_html_()
    assert inline.startswith("<iframe srcdoc=") and "<script" not in inline  # the page escaped inside the frame


def test_a_large_answer_arrives_in_parts_and_writes_the_same_bytes(seed_build: Path) -> None:
    import io

    from kg.backends.query import CHUNK
    from kg.backends.table import write_stream

    graph = KnowledgeGraph.open(seed_build / "graph.ttl")
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    answer = graph.query(everything)
    parts = list(answer.tables())
    whole = graph.query(everything).table
    assert list(answer.tables()) == parts and answer.table.rows == whole.rows  # read once, kept
    assert len(whole.rows) > 2 * CHUNK and len(parts) >= 3  # the header, then rows as the engine finds them
    assert [row for part in parts for row in part.rows] == whole.rows
    for fmt, render in (("csv", whole.to_csv), ("json", whole.to_json), ("table", whole.to_text)):
        out = io.StringIO()
        write_stream(iter(parts), fmt, out)
        assert out.getvalue() == render(), fmt
