"""The talks a span of time before a meeting's act names: "spoke face to face on Saturday after hours of indirect
exchanges in X" (where they spoke is where the exchanges were)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.words import SPAN_NOUNS
from kg.gazetteer import lexicon

CONTACT_LEMMAS = frozenset({"exchange", "contact", "discussion", "deliberation", "consultation"})
"""Nouns of talking that are no meeting word of their own: "indirect exchanges", "hours of contacts"."""


def act_after_talks(word: Token) -> Token | None:
    """The verb an "after hours (days) of talks" phrase hangs on, from the talks' noun: the act that ended them, in
    their place (not "after days of fighting in X": no talks)."""
    of, span = word.head, word.head.head
    after = span.head
    talks = word.lemma_ in CONTACT_LEMMAS or word.lower_ in lexicon().meeting_nouns
    if not talks or word.dep_ != "pobj" or of.lower_ != "of" or span.lemma_ not in SPAN_NOUNS:
        return None
    return after.head if span.dep_ == "pobj" and after.lower_ == "after" else None
