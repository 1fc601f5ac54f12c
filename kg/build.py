"""The main job: articles in, graph files out (Turtle, an interactive HTML network, GraphML)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kg.errors import InputError
from kg.files import atomic_write_text
from kg.graph import build_graph, to_turtle
from kg.ingest import read_articles
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
    outputs: list[Path] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.articles} articles, {self.actors} actors, {self.meetings} meetings, "
            f"{self.statements} statements, {self.triples} triples in {self.seconds:.1f} s"
        )


def collect(paths: Iterable[Path], summary: BuildSummary) -> list[Article]:
    articles = []
    for item in read_articles(paths):
        if isinstance(item, InputError):
            summary.skipped.append(item)
        else:
            articles.append(item)
    return articles


def build(paths: Iterable[Path], out_dir: Path, *, progress: bool = True) -> BuildSummary:
    """Extract the facts of every article under ``paths``; write ``graph.ttl``, ``graph.html``, ``timeline.html``
    and ``graph.graphml``."""
    started = time.perf_counter()
    summary = BuildSummary()
    articles = collect(paths, summary)
    if not articles:
        summary.seconds = time.perf_counter() - started
        return summary
    facts: list[ArticleFacts] = []
    bar = tqdm(total=len(articles), unit="article", file=sys.stderr, disable=not progress, desc="extracting")
    for article_facts in extract_articles(articles):
        facts.append(article_facts)
        bar.update()
    bar.close()
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
        atomic_write_text(target, text)
        summary.outputs.append(target)
    summary.articles = len(facts)
    summary.actors = len(set(graph.subjects(RDF.type, NEG.Person)))
    summary.meetings = len(set(graph.subjects(RDF.type, NEG.Meeting)))
    summary.statements = sum(len(f.statements) for f in facts)
    summary.triples = len(graph)
    summary.seconds = time.perf_counter() - started
    return summary
