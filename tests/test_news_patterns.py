"""Meetings, people and statements on further patterns of English news writing, each on sentences written for it
(names invented, places real)."""

from __future__ import annotations

from datetime import date

from kg.extract.pipeline import extract_articles
from kg.model import Actor, Article, ArticleFacts, Statement


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


def _reporters(text: str) -> dict[str, str | None]:
    facts = _article(text)
    return {a.name: a.affiliation for e in facts.actors if isinstance((a := e.fact), Actor) and a.reporter}


def test_a_byline_s_beat_is_neither_the_reporter_nor_the_employer() -> None:
    story = "\n\nGENEVA, March 3 (Wire) - Peru and Ecuador agreed on Monday to a lasting truce after talks in Geneva."
    headline = "ANALYSIS: Peru and Ecuador inch forward, but Brussels deal remains on paper\n\n"
    assert _reporters(headline + "By Ivan Kos, Balkans correspondent" + story) == {"Ivan Kos": "Wire"}
    assert _reporters(headline + "By Tom Lee, Moscow correspondent" + story) == {"Tom Lee": "Wire"}
    plain = "\n\nPeru and Ecuador agreed on Monday to a lasting truce after talks in Geneva."
    assert _reporters(headline + "By Newsroom Staff" + plain) == {}  # a newsroom, no one person
    both = {"Oluchi Nwosu": "Wire", "Meseret Tadesse": "Wire"}  # the first name tagged an organisation by the model
    assert _reporters(headline + "By Oluchi Nwosu and Meseret Tadesse" + story) == both
    assert _reporters(headline + "By the Andes Desk" + plain) == {}
    assert _reporters(headline + "By Clara Weiss, Diplomatic Correspondent" + plain) == {"Clara Weiss": None}  # a job
