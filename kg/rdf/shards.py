"""N-Quads shards: one article's named graph and the same triples for the default graph, written in batches
resolved against the batches before them, and bulk-loaded into a store (``kg load``), each whole or not at all.

Nothing here analyses text: writing and loading shards needs no language model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError
from kg.files import atomic_write_text
from kg.model import ArticleFacts
from kg.rdf.graph import build_graphs


def shard_text(article_id: str, graph: Graph) -> str:
    """One article's N-Quads: its named graph, and the same triples for the default graph."""
    from kg.rdf.graph import to_nquads

    named = to_nquads({article_id: graph})
    default = graph.serialize(format="nt")
    return named + "".join(sorted(line + "\n" for line in default.splitlines() if line.strip()))


SHARD_BATCH = 256
"""Articles resolved and written together; earlier batches are known through an index of people and meetings."""


def write_shards(facts: Iterable[ArticleFacts], folder: Path) -> list[Path]:
    """A shard per article, streamed: each batch's people and meetings are resolved among themselves and against
    those of the batches before (as a store build resolves new articles against the store), so memory holds one
    batch of facts and the index, not the corpus."""
    import pyoxigraph as ox

    from kg.backends.store import StoreIndex

    index = StoreIndex(ox.Store())
    written = []
    stream = iter(facts)
    while batch := list(islice(stream, SHARD_BATCH)):
        resolution = index.resolve(batch)
        for article_id, graph in build_graphs(batch, resolution).items():
            target = folder / f"{article_id}.nq"
            atomic_write_text(target, shard_text(article_id, graph))
            written.append(target)
        index.learn(resolution)
    return written


def load_shards(shards: Iterable[Path], store_dir: Path, on_skip: Callable[[InputError], None] | None = None) -> int:
    """Load shards into the store, each whole or not at all; the number of shards loaded.

    A shard that cannot be read or parsed goes to ``on_skip`` (or raises) and leaves the store as it was: each
    shard (one article) is parsed completely before its quads are written in one transaction."""
    import pyoxigraph as ox

    from kg.backends.store import open_store

    store = open_store(store_dir)
    count = 0
    for shard in shards:
        try:
            with shard.open("rb") as handle:
                quads = list(ox.parse(handle, format=ox.RdfFormat.N_QUADS))
        except (OSError, SyntaxError, ValueError) as exc:
            problem = InputError(shard, f"not a valid N-Quads shard, not loaded: {' '.join(str(exc).split())}")
            if on_skip is None:
                raise problem from None
            on_skip(problem)
            continue
        store.extend(quads)
        count += 1
    store.flush()
    store.optimize()  # bulk loading leaves overlapping files that every lookup would search
    return count
