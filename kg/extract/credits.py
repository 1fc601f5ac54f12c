"""Reporting credits: the sentences that name who wrote or reported a story ("By X", "Reporting by X", "AP writers
X and Y contributed to this report"), whose names are the story's reporters, not its people."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.base import once_per_doc, sentence_of, text_in

CREDIT_SENTENCE = re.compile(
    r"^\s*\(?\s*(?:(?:with\s+)?(?:additional\s+)?(?:reporting|writing)\s+by\b|[Bb]y\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:[,|]|and\b|in\s+(?-i:[A-Z])[^.\n]{0,40}$|$)"
    r"|[^.\n]{0,200}?\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting)\b)",
    re.I,
)  # "By X", "By X in Geneva", "With reporting by X", "AP writers X in Y and Z contributed to this report"
NOT_REPORTING = re.compile(r"\b(?:editing|edited|compiled|photos?|graphics?|production)\s+by\b", re.I)


def in_credit(span: Span) -> bool:
    """Whether a span stands in a reporting credit ("Reporting by ..."), read once per sentence."""
    sentence = sentence_of(span)
    return once_per_doc(
        span.doc, "kg_credit_sentences", sentence.start, lambda: bool(CREDIT_SENTENCE.match(text_in(sentence)))
    )
