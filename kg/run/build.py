"""The main job: articles in, graph files out (Turtle, an interactive HTML network, GraphML)."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import URIRef
from tqdm import tqdm

from kg.errors import InputError, OutputError, UsageError
from kg.files import atomic_write_text
from kg.ingest.clean import MAX_SENTENCE_CHARS
from kg.ingest.read import MAX_ARTICLE_BYTES, Inventory, UniqueIds, read_articles
from kg.model import Article, ArticleFacts
from kg.rdf.graph import build_graphs, to_nquads, to_turtle, union
from kg.rdf.namespaces import NEG, PREFIXES, RDF
from kg.run.parallel import extract_parallel
from kg.views.network import graphml, project, view
from kg.views.page import render_page
from kg.views.timeline import render_timeline

if TYPE_CHECKING:
    from kg.backends.store import StoreIndex


@dataclass
class BuildSummary:
    """What a build found and wrote."""

    articles: int = 0
    actors: int = 0
    meetings: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    compacted: bool = False

    def line(self) -> str:
        counts = (
            (self.articles, "article"),
            (self.actors, "actor"),
            (self.meetings, "meeting"),
            (self.statements, "statement"),
            (self.triples, "triple"),
        )
        text = ", ".join(plural(n, word) for n, word in counts) + f" in {self.seconds:.1f} s"
        if self.added or self.replaced or self.unchanged:
            text += f" ({self.added} added, {self.replaced} replaced, {self.unchanged} unchanged)"
        if self.compacted:
            text += ", store compacted"
        return text


def plural(count: int, word: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def check_writable(out_dir: Path) -> None:
    """Fail before any work when the output folder cannot be written; clear temporary files a killed run left."""
    existing = out_dir
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"{out_dir}: {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        what = "output folder" if existing == out_dir else f"folder {existing}"
        raise OutputError(f"{out_dir}: {what} is not writable")
    if not out_dir.exists():
        return
    for stale in out_dir.glob(".graph.*.tmp"):
        stale.unlink(missing_ok=True)
    for stale in out_dir.glob(".timeline.*.tmp"):
        stale.unlink(missing_ok=True)
    for folder in out_dir.glob(f"{TEMPORARY_STORE}*"):  # a killed large build's temporary store
        shutil.rmtree(folder, ignore_errors=True)


def _write_outputs(out_dir: Path, outputs: dict[str, str], summary: BuildSummary) -> None:
    """Write each output atomically; a file that cannot be written stops the build with its name."""
    for name, text in outputs.items():
        target = out_dir / name
        try:
            atomic_write_text(target, text)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        summary.outputs.append(target)


@dataclass(frozen=True)
class Inputs:
    """Where a build reads its articles and how it treats them."""

    paths: tuple[Path | str, ...]
    """Files, folders and ``http(s)://`` pages."""
    limit: int = MAX_ARTICLE_BYTES
    exclude: tuple[Path, ...] = ()
    """Folders never read as input (the build's own output folder and store)."""
    strict_ids: bool = False
    """Stop before writing anything when two inputs claim one article id, instead of renaming the second."""


def articles_of(inputs: Inputs, summary: BuildSummary) -> Iterator[Article]:
    """The readable articles of ``inputs``, streamed, each with an id of its own; the rest recorded as skipped."""
    inventory = Inventory()
    ids = UniqueIds()
    for item in read_articles(inputs.paths, limit=inputs.limit, inventory=inventory, exclude=inputs.exclude):
        if isinstance(item, InputError):
            summary.skipped.append(item)
            continue
        article, clash = ids.assign(item)
        if clash is not None:
            summary.warnings.append(clash)
        yield article
    if note := inventory.note():
        summary.notes.append(note)


def check_unique_ids(inputs: Inputs) -> None:
    """Raise a UsageError naming both inputs when two of them claim one article id (``--strict-ids``)."""
    ids = UniqueIds()
    for item in read_articles(inputs.paths, limit=inputs.limit, exclude=inputs.exclude):
        if isinstance(item, InputError):
            continue
        _, clash = ids.assign(item)
        if clash is not None:
            raise UsageError(f"{clash.path}: {clash.problem.split(';')[0]} (--strict-ids: nothing written)")


def build(
    paths: Iterable[Path | str],
    out_dir: Path,
    *,
    progress: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_sentence: int = MAX_SENTENCE_CHARS,
    jobs: int = 1,
    strict_ids: bool = False,
) -> BuildSummary:
    """Extract the facts of every article under ``paths``; write ``graph.ttl``, ``graph.nq`` (one named graph
    per article), ``graph.html``, ``timeline.html`` and ``graph.graphml``, each atomically. Nothing is written
    when no article could be used."""
    started = time.perf_counter()
    summary = BuildSummary()
    check_writable(out_dir)
    inputs = Inputs(tuple(paths), max_article_bytes, (out_dir,), strict_ids)
    if strict_ids:
        check_unique_ids(inputs)
    facts: list[ArticleFacts] = []
    bar = _progress(progress, "extracting")
    stream = extract_parallel(
        articles_of(inputs, summary),
        jobs=jobs,
        on_skip=summary.skipped.append,
        on_warning=summary.warnings.append,
        max_sentence=max_sentence,
    )
    with fewer_collections():
        for article_facts in stream:
            facts.append(article_facts)
            bar.update()
            if len(facts) >= MEMORY_ARTICLES:
                _continue_in_store(chain(facts, _counted(stream, bar, summary)), out_dir, summary)
                bar.close()
                summary.seconds = time.perf_counter() - started
                return summary
    bar.close()
    if not facts:
        summary.seconds = time.perf_counter() - started
        return summary
    graphs = build_graphs(facts)
    graph = union(graphs.values())
    network = project(graph)
    outputs = {
        "graph.ttl": to_turtle(graph),
        "graph.nq": to_nquads(graphs),
        "graph.html": render_page(view(network)),
        "timeline.html": render_timeline(graph),
        "graph.graphml": graphml(network),
    }
    _write_outputs(out_dir, outputs, summary)
    summary.articles = len(set(graph.subjects(RDF.type, NEG.NewsArticle)))
    summary.actors = len(set(graph.subjects(RDF.type, NEG.Person)))
    summary.meetings = len(set(graph.subjects(RDF.type, NEG.Meeting)))
    summary.statements = len(set(graph.subjects(RDF.type, NEG.Statement)))
    summary.triples = len(graph)
    summary.seconds = time.perf_counter() - started
    return summary


TEMPORARY_STORE = ".kg-build-"
"""Name prefix of the temporary store a large build without ``--store`` keeps in its output folder."""
MEMORY_ARTICLES = 1000
"""Past this many articles a build without ``--store`` goes on in a temporary on-disk store, so its memory does not
grow with the corpus: graphs, pages and serialisations of a large corpus held in memory took gigabytes (8.6 GB
for 5,000 articles). The outputs are the same files, exported from the store."""


def _counted(
    stream: Iterable[ArticleFacts],
    bar: tqdm,  # type: ignore[type-arg]
    summary: BuildSummary,
) -> Iterator[ArticleFacts]:
    """The stream, moving the progress bar and counting statements as articles pass."""
    for item in stream:
        bar.update()
        summary.statements += len(item.statements)
        yield item


def _continue_in_store(stream: Iterable[ArticleFacts], out_dir: Path, summary: BuildSummary) -> None:
    """Write every article of ``stream`` into a temporary store, export the outputs from it, then delete it."""
    from kg.backends.store import StoreIndex, open_store

    out_dir.mkdir(parents=True, exist_ok=True)
    with TemporaryDirectory(prefix=TEMPORARY_STORE, dir=out_dir) as folder:
        store = open_store(Path(folder))
        _write_facts(store, stream, summary, {}, StoreIndex(store), None, batch=8)
        summary.added = 0  # a build without --store reports no store changes
        _finish_store(store, summary, None)
        if summary.articles:
            export_store(store, out_dir, summary)
        del store


def _progress(shown: bool, what: str) -> tqdm:  # type: ignore[type-arg]
    """A progress bar on stderr that appears only once there is progress to show (no empty bar when a run
    has nothing to do)."""
    return tqdm(unit="article", file=sys.stderr, disable=not shown, desc=what, delay=0.5)


FLUSH_QUADS = 60_000
"""Quads written between flushes of the store's in-memory tables to disk. RocksDB keeps writes in memtables until
they fill; flushing bounds the build's memory, and flushing seldom keeps down the number of small files and the
background compaction that merges them (flushing every 10,000 quads instead cost a 3,000-article build a third
more CPU in the writing process, for 50 MiB less peak memory)."""
COLLECTION_THRESHOLD = 20_000
"""Allocations between runs of Python's cyclic garbage collector during a build (the default is 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often for the duration (worker processes forked inside inherit it).

    Extraction and graph building allocate millions of short-lived objects; at the default threshold the
    collector walks the long-lived heap (spaCy's pipeline, the store index) again and again. Reference counting
    still frees those objects at once, so memory does not grow; the collector still runs, less often.
    """
    before = gc.get_threshold()
    gc.set_threshold(COLLECTION_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


STORE_EXPORT_LIMIT = 300_000
"""Past this many triples a store build writes N-Quads only; draw parts with ``kg viz --store``."""


def build_store(
    paths: Iterable[Path | str],
    store_dir: Path,
    out_dir: Path | None,
    *,
    progress: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_sentence: int = MAX_SENTENCE_CHARS,
    jobs: int = 1,
    batch: int = 8,
    strict_ids: bool = False,
) -> BuildSummary:
    """Add new and changed articles to the on-disk store, one atomic named graph each; then export."""
    from kg.backends.store import StoreIndex, article_hashes, drop_staging, open_store

    started = time.perf_counter()
    summary = BuildSummary()
    if out_dir is not None:
        check_writable(out_dir)
    inputs = Inputs(tuple(paths), max_article_bytes, (store_dir, *([out_dir] if out_dir else [])), strict_ids)
    if strict_ids:
        check_unique_ids(inputs)
    store = open_store(store_dir)
    if dropped := drop_staging(store):
        summary.notes.append(f"{dropped} unfinished article(s) of an interrupted run discarded")
    known = article_hashes(store)
    index = StoreIndex(store)

    def fresh(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if known.get(article.id) == article.sha256:
                summary.unchanged += 1
                continue
            yield article

    bar = _progress(progress, "extracting")
    stream = extract_parallel(
        fresh(articles_of(inputs, summary)),
        jobs=jobs,
        on_skip=summary.skipped.append,
        on_warning=summary.warnings.append,
        max_sentence=max_sentence,
    )
    with fewer_collections():
        _write_facts(store, stream, summary, known, index, bar, batch)
    _finish_store(store, summary, len(known))
    if out_dir is not None and summary.articles:
        export_store(store, out_dir, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_facts(
    store: ox.Store,
    stream: Iterable[ArticleFacts],
    summary: BuildSummary,
    known: dict[str, str],
    index: StoreIndex,
    bar: tqdm | None,  # type: ignore[type-arg]
    batch: int,
) -> None:
    """Write each article's graph into the store, a batch at a time, resolved against what the store holds."""
    from kg.backends.store import build_article_graphs, write_article

    pending: list[ArticleFacts] = []
    unflushed = 0

    def flush() -> None:
        nonlocal unflushed
        for article_id, graph in build_article_graphs(store, pending, index).items():
            if article_id in known:
                summary.replaced += 1
            else:
                summary.added += 1
            unflushed += write_article(store, article_id, graph)
        pending.clear()
        if unflushed >= FLUSH_QUADS:
            store.flush()
            unflushed = 0

    for article_facts in stream:
        pending.append(article_facts)
        if bar is not None:
            bar.update()
        if len(pending) >= batch:
            flush()
    flush()
    if bar is not None:
        bar.close()
    store.flush()


def _finish_store(store: ox.Store, summary: BuildSummary, stored_before: int | None) -> None:
    """Compact a store that grew by a tenth or more (``stored_before`` None: a temporary store, never compacted),
    then count what it holds."""
    from kg.backends.store import compact_if_grown

    if stored_before is not None:
        written = summary.added + summary.replaced
        summary.compacted = compact_if_grown(store, written, stored_before + summary.added)
    summary.triples = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)  # type: ignore[union-attr,index,arg-type]
    summary.articles = _count_typed(store, NEG.NewsArticle)
    summary.actors = _count_typed(store, NEG.Person)
    summary.meetings = _count_typed(store, NEG.Meeting)
    summary.statements = _count_typed(store, NEG.Statement)


_RDF_TYPE = ox.NamedNode(str(RDF.type))


def _count_typed(store: ox.Store, kind: URIRef) -> int:
    """How many resources of one class the store's default graph holds."""
    return sum(1 for _ in store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(str(kind)), ox.DefaultGraph()))


def export_store(store: ox.Store, out_dir: Path, summary: BuildSummary) -> None:
    """N-Quads of the whole store; the Turtle union, the page and the timeline while the store is small."""
    from kg.backends.store import union_graph

    target = out_dir / "graph.nq"
    out_dir.mkdir(parents=True, exist_ok=True)
    temporary = out_dir / ".graph.nq.export.tmp"
    store.dump(str(temporary), format=ox.RdfFormat.N_QUADS)
    os.replace(temporary, target)
    summary.outputs.append(target)
    if summary.triples > STORE_EXPORT_LIMIT:
        turtle = out_dir / "graph.ttl"
        temporary = out_dir / ".graph.ttl.export.tmp"
        store.dump(
            str(temporary),
            format=ox.RdfFormat.TURTLE,
            from_graph=ox.DefaultGraph(),
            prefixes={k: str(v) for k, v in PREFIXES.items()},
        )
        os.replace(temporary, turtle)
        summary.outputs.append(turtle)
        summary.notes.append(
            f"{summary.triples} triples: wrote graph.nq and graph.ttl only; draw parts with kg viz --focus NAME"
        )
        return
    graph = union_graph(store)
    network = project(graph)
    outputs = {
        "graph.ttl": to_turtle(graph),
        "graph.html": render_page(view(network)),
        "timeline.html": render_timeline(graph),
        "graph.graphml": graphml(network),
    }
    _write_outputs(out_dir, outputs, summary)


def build_shards(
    paths: Iterable[Path | str],
    shard_dir: Path,
    scheduler: str,
    *,
    progress: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_sentence: int = MAX_SENTENCE_CHARS,
) -> BuildSummary:
    """Extract on a Dask cluster and write one N-Quads shard per article into ``shard_dir``."""
    from kg.rdf.shards import write_shards
    from kg.run.distributed import extract_on_dask

    started = time.perf_counter()
    summary = BuildSummary()
    check_writable(shard_dir)
    bar = _progress(progress, "extracting on dask")
    stream = extract_on_dask(
        articles_of(Inputs(tuple(paths), max_article_bytes, (shard_dir,)), summary),
        scheduler,
        on_skip=summary.skipped.append,
        on_warning=summary.warnings.append,
        max_sentence=max_sentence,
    )
    summary.outputs = write_shards(_counted(stream, bar, summary), shard_dir)
    bar.close()
    summary.articles = len(summary.outputs)
    summary.seconds = time.perf_counter() - started
    return summary
