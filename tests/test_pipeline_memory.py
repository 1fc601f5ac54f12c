"""Long builds: words seen once do not stay in spaCy's vocabulary, and analysing in memory zones changes no fact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import pipeline
from kg.extract.nlp import load_pipeline
from kg.extract.pipeline import extract_articles
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent


def _seed() -> Article:
    return Article("seed", (ROOT / "seeds" / "seed.txt").read_text(encoding="utf-8"), published=date(2025, 5, 16))


def _invented(index: int) -> Article:
    names = " ".join(f"Qorvath{index}x{n} Blentrix{index}y{n}" for n in range(40))
    text = f"Negotiators met in Geneva on Monday.\n\nThe delegations of {names} said the talks were useful.\n"
    return Article(f"invented-{index}", text, published=date(2025, 5, 16))


def test_words_seen_in_a_zoned_chunk_leave_the_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 1)
    monkeypatch.setattr(pipeline, "_WARMED", set())  # as in a fresh process
    strings = load_pipeline().vocab.strings
    found = list(extract_articles([_invented(0), _invented(1), _invented(2)]))
    assert [f.article.id for f in found] == ["invented-0", "invented-1", "invented-2"]
    assert "Qorvath0x0" in strings  # the first chunk warms caches outside a zone and keeps its words
    assert not any(f"Qorvath{i}x{n}" in strings or f"Blentrix{i}y{n}" in strings for i in (1, 2) for n in range(40))


def test_a_process_warms_once_and_zones_every_later_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker gets batch after batch, each one call: only its first batch runs outside a zone."""
    monkeypatch.setattr(pipeline, "_WARMED", set())
    strings = load_pipeline().vocab.strings
    list(extract_articles([_invented(4)]))
    list(extract_articles([_invented(5)]))
    assert "Qorvath4x0" in strings
    assert not any(f"Qorvath5x{n}" in strings or f"Blentrix5y{n}" in strings for n in range(40))


def test_facts_found_inside_a_memory_zone_equal_those_found_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 1)
    monkeypatch.setattr(pipeline, "_WARMED", set())
    outside = list(extract_articles([_seed()]))[0]  # alone: its chunk is the first, outside a zone
    inside = list(extract_articles([_invented(3), _seed()]))[1]
    assert inside == outside
    assert inside.parties and inside.actors and inside.meetings and inside.statements
