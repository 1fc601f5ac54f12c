"""Extraction on a Dask cluster (dask.distributed): the same facts as a local build, computed elsewhere.

Extraction is a pure function of one article, so batches of articles go to the cluster's workers (each loads
spaCy once) and their facts come back in input order. The client then resolves people and meetings across
the whole corpus, as a local build does, and writes one N-Quads shard per article (:mod:`kg.rdf.shards`). Spark or
Ray users call :func:`kg.extract.pipeline.extract_articles` on each partition the same way and write shards with
:func:`kg.rdf.shards.write_shards`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract.pipeline import Report
from kg.model import Article, ArticleFacts
from kg.office_holders import people_in_use
from kg.run.parallel import extract_batch, run_batches

WINDOW = 8


def extract_on_dask(
    articles: Iterable[Article], scheduler: str, *, on_skip: Report, on_warning: Report, max_sentence: int
) -> Iterator[ArticleFacts]:
    """Facts of every article, in input order, computed by the workers of the cluster at ``scheduler``."""
    from distributed import Client

    with Client(scheduler) as client:
        yield from run_batches(
            articles,
            lambda batch: client.submit(extract_batch, batch, max_sentence, people_in_use(), pure=False),
            window=WINDOW,
            on_skip=on_skip,
            on_warning=on_warning,
        )
