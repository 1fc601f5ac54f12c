"""Names written after a title and its brief or portfolio: "Under Secretary for Political Affairs Ana Soto", "senior
adviser for Africa Massad Boulos", "Special Envoy for Syria X Y" (the brief no part of the name)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.base import tokens_of
from kg.extract.name_runs import run_around, title_words
from kg.extract.word_index import words_with

if TYPE_CHECKING:
    from kg.extract.base import Context


def brief_before_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a run opens on the one-word brief of the title before it, then a name of two words or more:
    "adviser for Africa Massad Boulos", "Special Envoy for Syria X Y" (tagged one person at times)."""
    return (
        start >= 2
        and end - start >= 3
        and tokens[start - 1].lower_ == "for"
        and tokens[start - 2].lower_.rstrip(".") in title_words()
    )


PORTFOLIO_ENDS = frozenset(
    {
        "affairs",
        "policy",
        "security",
        "relations",
        "cooperation",
        "development",
        "defence",
        "defense",
        "control",
        "diplomacy",
        "operations",
        "planning",
        "trade",
        "energy",
        "intelligence",
        "reintegration",
        "reconciliation",
        "agriculture",
        "commerce",
        "communications",
        "culture",
        "economy",
        "education",
        "environment",
        "finance",
        "fisheries",
        "health",
        "housing",
        "industry",
        "information",
        "infrastructure",
        "interior",
        "justice",
        "labour",
        "labor",
        "mines",
        "mining",
        "production",
        "tourism",
        "transport",
        "rights",
        "resources",
        "works",
        "services",
        "youth",
        "sports",
        "refugees",
        "migration",
        "reform",
        "reforms",
        "irrigation",
        "water",
        "oil",
        "petroleum",
        "aviation",
        "welfare",
        "telecommunications",
        "technology",
        "science",
        "forestry",
        "livestock",
    }
)
"""Last words of a portfolio written between a title and a name: "Under Secretary for Political Affairs X",
"Undersecretary for Policy X", "Vice Minister of Production X" (a ministry's field)."""


def after_a_portfolio(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a name starts in a run that opens with the portfolio of the title before it ("Secretary for Political
    Affairs Ana Soto": the run after "for" starts at "Political"), at least two words kept."""
    if start < 2 or tokens[start - 1].lower_ not in {"for", "of"}:
        return start
    if tokens[start - 2].lower_.rstrip(".") not in title_words():
        return start
    ends = [i for i in range(start, end - 2) if tokens[i].lower_ in PORTFOLIO_ENDS]
    return ends[-1] + 1 if ends else start


def _region_brief_end(tokens: Sequence[Token], index: int) -> int | None:
    """Where a place named as a title's brief ends ("for Africa", "for the Middle East"), if one opens at index."""
    index += 1 if index < len(tokens) and tokens[index].lower_ == "the" else 0
    end = index
    while (
        end < len(tokens) and tokens[end].ent_type_ in {"GPE", "LOC"} and (end == index or tokens[end].ent_iob_ == "I")
    ):
        end += 1
    return end if index < end < len(tokens) else None


_FOR_OR_OF = frozenset({"for", "of"})


def runs_after_portfolios(doc: Doc, ctx: Context, titles: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Names after a title and its portfolio: "Under Secretary for Political Affairs Ana Soto", "Minister of Mines
    Ana Soto"."""
    tokens = tokens_of(doc)
    for i in (i - 1 for i in words_with(doc, lower=_FOR_OR_OF) if 1 <= i < len(tokens) - 2):
        token = tokens[i]
        if token.lower_.rstrip(".") not in titles:
            continue
        if (place_end := _region_brief_end(tokens, i + 2)) is not None:  # "senior adviser for Africa X Y"
            start, end = run_around(doc, place_end, place_end + 1, ctx)
            if start == place_end and 2 <= end - start <= 4:
                yield start, end
            continue
        start, end = run_around(doc, i + 2, i + 3, ctx)
        name_start = after_a_portfolio(tokens, start, end)
        if start == i + 2 and name_start > start and 2 <= end - name_start <= 4:
            yield name_start, end
