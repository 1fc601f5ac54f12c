"""Meetings, people and statements on further patterns of English news writing, each on sentences written for it
(names invented, places real)."""

from __future__ import annotations

from datetime import date

from kg.extract.pipeline import extract_articles
from kg.model import Article, ArticleFacts, Statement


def _article(text: str, published: date = date(2026, 3, 3)) -> ArticleFacts:
    [facts] = list(extract_articles([Article("a", text, published=published)]))
    return facts


def _said(text: str) -> list[tuple[str, str]]:
    facts = _article(text)
    return [(s.speaker, s.text) for e in facts.statements if isinstance((s := e.fact), Statement)]


def test_a_headline_s_scare_quotes_and_pledges_are_no_statement() -> None:
    said = _said(
        "Peru, Ecuador agree 'unconditional' ceasefire at Chile talks\n\n"
        "Guyana, Venezuela pledge not to use force in Essequibo row\n\n"
        "GENEVA, March 3 (Wire) - Peru and Ecuador agreed on Monday to a lasting truce after talks chaired by "
        'Switzerland. "This is a good day," Swiss Foreign Minister Karl Imhof said.'
    )
    assert said == [("Karl Imhof", "This is a good day")]
