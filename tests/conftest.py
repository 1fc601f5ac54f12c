from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.extract.base import Context
from kg.extract.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def analyse(text: str, published: date | None = date(2026, 2, 18), **kwargs: object) -> tuple[Doc, Context]:
    """A document and a fresh context for a sentence or two."""
    doc = load_pipeline()(text)
    return doc, Context(doc, published=published, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of every article in seeds/, built once for the session."""
    from kg.run.build import build

    out = tmp_path_factory.mktemp("seed-build")
    summary = build([SEEDS], out, progress=False)
    assert summary.articles == len(list(SEEDS.glob("*.txt")))
    return out
