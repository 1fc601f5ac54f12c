"""Extraction elsewhere than in this process: worker processes here, or any executor with ``submit``.

Extraction is a pure function of one article, so batches of articles go to workers (each loads spaCy once)
and come back in input order; only a bounded window of batches is in flight, so memory does not grow with the
corpus. :func:`run_batches` serves both the local process pool and a Dask cluster (:mod:`kg.run.distributed`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Protocol

from kg.errors import InputError, UsageError
from kg.extract.pipeline import Report, extract_articles
from kg.model import Article, ArticleFacts
from kg.office_holders import OfficeHolder, people_in_use, use_people

BATCH = 16
WINDOW_PER_JOB = 4
"""Batches in flight per worker: enough queued work that the workers keep busy while this process writes to
the store (a flush or a compaction stall can hold it up for a second), few enough that memory stays bounded.
With two per worker, a 10,000-article build on two cores took 4% longer."""

Outcome = tuple[list[ArticleFacts], list[InputError], list[InputError]]


class Pending(Protocol):
    """A future of either kind (concurrent.futures or dask.distributed)."""

    def result(self) -> Outcome: ...


def extract_batch(batch: list[Article], max_sentence: int, people: tuple[OfficeHolder, ...] = ()) -> Outcome:
    """Facts, skipped articles and warnings of one batch: the work a worker does (with the user's table of
    people, :func:`kg.office_holders.use_people`, sent along, so a worker on another machine consults it too)."""
    use_people(people)
    skipped: list[InputError] = []
    warnings: list[InputError] = []
    facts = list(extract_articles(batch, on_skip=skipped.append, on_warning=warnings.append, max_sentence=max_sentence))
    return facts, skipped, warnings


def run_batches(
    articles: Iterable[Article],
    submit: Callable[[list[Article]], Pending],
    *,
    window: int,
    on_skip: Report,
    on_warning: Report,
) -> Iterator[ArticleFacts]:
    """Send batches through ``submit``, at most ``window`` in flight, and yield their facts in input order."""
    source = iter(articles)
    in_flight: deque[Pending] = deque()

    def send() -> bool:
        batch = list(islice(source, BATCH))
        if batch:
            in_flight.append(submit(batch))
        return bool(batch)

    for _ in range(window):
        if not send():
            break
    while in_flight:
        facts, skipped, warnings = in_flight.popleft().result()
        send()
        for problem in skipped:
            on_skip(problem)
        for warning in warnings:
            on_warning(warning)
        yield from facts


def _start_worker(parent: int) -> None:
    """A worker dies with the process that feeds it, then loads spaCy once."""
    from kg.extract.nlp import load_pipeline
    from kg.run.lifetime import die_with_parent

    die_with_parent(parent)
    load_pipeline()


def extract_parallel(
    articles: Iterable[Article],
    *,
    jobs: int,
    on_skip: Report,
    on_warning: Report,
    max_sentence: int,
) -> Iterator[ArticleFacts]:
    """Facts of every article, in input order, from ``jobs`` worker processes (1: in this one)."""
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        yield from extract_articles(articles, on_skip=on_skip, on_warning=on_warning, max_sentence=max_sentence)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    ) as pool:
        yield from run_batches(
            articles,
            lambda batch: pool.submit(extract_batch, batch, max_sentence, people_in_use()),
            window=jobs * WINDOW_PER_JOB,
            on_skip=on_skip,
            on_warning=on_warning,
        )
