from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.extract.base import Context
from kg.extract.nlp import load_pipeline
from kg.model import Actor, Meeting, Statement

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


RIVALS_BROUGHT_TOGETHER = (
    "Ana Lind, head of the Government of National Accord, and commander Ivan Soto met in Tunis on Monday. The "
    "gathering built on a May conference in Paris, where President Luis Vega brought Lind and Soto together and won "
    "a promise of elections by December."
)
"""Two rivals a broker brought together at a conference told in passing, with a deadline after "by"."""


def analyse(text: str, published: date | None = date(2026, 2, 18), **kwargs: object) -> tuple[Doc, Context]:
    """A document and a fresh context for a sentence or two."""
    doc = load_pipeline()(text)
    return doc, Context(doc, published=published, **kwargs)  # type: ignore[arg-type]


def meetings_of(text: str, published: date | None = date(2026, 2, 18), **kwargs: object) -> list[Meeting]:
    """The meetings the meeting extractor finds in a sentence or two."""
    from kg.extract import meetings

    doc, ctx = analyse(text, published=published, **kwargs)
    return [f.fact for f in meetings.extract(doc, ctx) if isinstance(f.fact, Meeting)]


def article_meetings(text: str, published: date | None) -> list[Meeting]:
    """The meetings of a whole article run through the pipeline (cleaning, dateline and all)."""
    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    [facts] = list(extract_articles([Article("a", text, published=published)]))
    return [m for e in facts.meetings if isinstance((m := e.fact), Meeting)]


def meetings_by_place(text: str, published: date | None = date(2026, 2, 18)) -> dict[str | None, Meeting]:
    """The meetings of a whole article (:func:`article_meetings`), by the city each is placed in."""
    return {m.location: m for m in article_meetings(text, published)}


def article_statements(text: str, published: date = date(2026, 2, 18)) -> list[Statement]:
    """The statements of a whole article run through the pipeline (cleaning, dateline and all)."""
    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    [facts] = list(extract_articles([Article("a", text, published=published)]))
    return [s for e in facts.statements if isinstance((s := e.fact), Statement)]


def statements_of(text: str) -> list[Statement]:
    """The statements the statement extractor finds in a sentence or two."""
    from kg.extract.statements import extract

    doc, ctx = analyse(text)
    return [f.fact for f in extract(doc, ctx) if isinstance(f.fact, Statement)]


def actors_of(text: str, published: date | None = date(2026, 2, 18), **kwargs: object) -> dict[str, Actor]:
    """The people the actor extractor finds in a sentence or two, by name."""
    from kg.extract import actors

    doc, ctx = analyse(text, published=published, **kwargs)
    return {f.fact.name: f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)}


def article_actors(text: str, published: date | None = date(2024, 3, 14)) -> dict[str, Actor]:
    """The people of a whole article run through the pipeline (its dateline read), by name."""
    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    [facts] = list(extract_articles([Article("a", text, published=published)]))
    return {e.fact.name: e.fact for e in facts.actors if isinstance(e.fact, Actor)}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of every article in seeds/, built once for the session."""
    from kg.run.build import build

    out = tmp_path_factory.mktemp("seed-build")
    summary = build([SEEDS], out, progress=False)
    assert summary.articles == len(list(SEEDS.glob("*.txt")))
    return out
