"""The main job: articles in, graph files out (Turtle, an interactive HTML network, GraphML)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kg.clean import MAX_SENTENCE_CHARS
from kg.errors import InputError, OutputError
from kg.files import atomic_write_text
from kg.graph import build_graph, to_turtle
from kg.ingest import MAX_ARTICLE_BYTES, read_articles
from kg.model import Article, ArticleFacts
from kg.namespaces import NEG, RDF
from kg.page import render_page
from kg.pipeline import extract_articles
from kg.timeline import render_timeline
from kg.viz import graphml, project, view


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

    def line(self) -> str:
        return (
            f"{self.articles} articles, {self.actors} actors, {self.meetings} meetings, "
            f"{self.statements} statements, {self.triples} triples in {self.seconds:.1f} s"
        )


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


def articles_of(paths: Iterable[Path], summary: BuildSummary, limit: int) -> Iterator[Article]:
    """The readable articles under ``paths``, streamed; the rest recorded as skipped."""
    for item in read_articles(paths, limit=limit):
        if isinstance(item, InputError):
            summary.skipped.append(item)
        else:
            yield item


def build(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    progress: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_sentence: int = MAX_SENTENCE_CHARS,
) -> BuildSummary:
    """Extract the facts of every article under ``paths``; write ``graph.ttl``, ``graph.html``, ``timeline.html``
    and ``graph.graphml``, each atomically. Nothing is written when no article could be used."""
    started = time.perf_counter()
    summary = BuildSummary()
    check_writable(out_dir)
    facts: list[ArticleFacts] = []
    bar = tqdm(unit="article", file=sys.stderr, disable=not progress, desc="extracting")
    stream = extract_articles(
        articles_of(paths, summary, max_article_bytes),
        on_skip=summary.skipped.append,
        on_warning=summary.warnings.append,
        max_sentence=max_sentence,
    )
    for article_facts in stream:
        facts.append(article_facts)
        bar.update()
    bar.close()
    if not facts:
        summary.seconds = time.perf_counter() - started
        return summary
    graph = build_graph(facts)
    network = project(graph)
    outputs = {
        "graph.ttl": to_turtle(graph),
        "graph.html": render_page(view(network)),
        "timeline.html": render_timeline(graph),
        "graph.graphml": graphml(network),
    }
    for name, text in outputs.items():
        target = out_dir / name
        try:
            atomic_write_text(target, text)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        summary.outputs.append(target)
    summary.articles = len(facts)
    summary.actors = len(set(graph.subjects(RDF.type, NEG.Person)))
    summary.meetings = len(set(graph.subjects(RDF.type, NEG.Meeting)))
    summary.statements = sum(len(f.statements) for f in facts)
    summary.triples = len(graph)
    summary.seconds = time.perf_counter() - started
    return summary
