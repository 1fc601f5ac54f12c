"""The month and year a timeline entry opens its paragraph with ("April 2021 - ", "2015: ", a factbox's "NOV
2019 - "): the date of the entry's meetings that give none of their own."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.base import paragraph_of, text_of
from kg.extract.dates import MONTHS

_ENTRY_OPENING = re.compile(
    r"^\s*(?:[*•·]\s*|[-–]\s+)?(?:(?P<month>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+)?(?P<year>(?:19|20)\d\d)\s*(?:[-–—:]|\s\|)\s"
)
"""A timeline entry's year, with or without a month before it: a paragraph that opens "2015: ", "2023 - ", "April
2021 - ", "March 2015: ", a factbox's "NOV 2019 - ", a bulleted "- June 2025: " (not a span of years "2019-2020:")."""


def _entry_opening(sentence: Span) -> re.Match[str] | None:
    """The month and year a timeline entry opens the sentence's paragraph with, if it does."""
    start, end = paragraph_of(sentence.doc, sentence.start_char)
    return _ENTRY_OPENING.match(text_of(sentence.doc)[start:end])


def entry_month(sentence: Span) -> tuple[int, int] | None:
    """(year, month) a timeline entry opens its paragraph with ("April 2021 - A round in X ..."): the month of
    the entry's meetings that give no date of their own."""
    match = _entry_opening(sentence)
    month = MONTHS.get(match["month"].lower()) if match and match["month"] else None
    return (int(match["year"]), month) if match and month else None


def entry_year(sentence: Span) -> int | None:
    """The year a timeline entry opens its paragraph with, alone ("2015: The leaders signed ... in March"): the year
    of the months the entry names without one."""
    match = _entry_opening(sentence)
    return int(match["year"]) if match and not match["month"] else None
