"""Extraction in worker processes: each loads spaCy once and analyses batches of articles.

Extraction is a pure function of one article, so batches go to ``jobs`` processes and come back in input
order; only a bounded window of batches is in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from kg.errors import InputError
from kg.model import Article, ArticleFacts
from kg.pipeline import Report, extract_articles

BATCH = 16


def _work(batch: list[Article], max_sentence: int) -> tuple[list[ArticleFacts], list[InputError], list[InputError]]:
    skipped: list[InputError] = []
    warnings: list[InputError] = []
    facts = list(extract_articles(batch, on_skip=skipped.append, on_warning=warnings.append, max_sentence=max_sentence))
    return facts, skipped, warnings


def _warm() -> None:
    from kg.nlp import load_pipeline

    load_pipeline()


def extract_parallel(
    articles: Iterable[Article],
    *,
    jobs: int,
    on_skip: Report,
    on_warning: Report,
    max_sentence: int,
) -> Iterator[ArticleFacts]:
    """Facts of every article, in input order, from ``jobs`` worker processes (``jobs`` <= 1: in this one)."""
    if jobs <= 1:
        yield from extract_articles(articles, on_skip=on_skip, on_warning=on_warning, max_sentence=max_sentence)
        return
    context = multiprocessing.get_context("fork")
    source = iter(articles)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm) as pool:
        window: deque[Future[tuple[list[ArticleFacts], list[InputError], list[InputError]]]] = deque()

        def submit() -> bool:
            batch = list(islice(source, BATCH))
            if batch:
                window.append(pool.submit(_work, batch, max_sentence))
            return bool(batch)

        for _ in range(jobs * 2):
            if not submit():
                break
        while window:
            facts, skipped, warnings = window.popleft().result()
            submit()
            for problem in skipped:
                on_skip(problem)
            for warning in warnings:
                on_warning(warning)
            yield from facts
