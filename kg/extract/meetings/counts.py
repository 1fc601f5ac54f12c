"""What a number word counts in a meeting's phrase: "three" of "three rounds", "twelve" of "a twelve-day meeting",
and the days "five days" or "two weeks" make."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.words import DURATION_WORDS
from kg.extract.tree import children_of


def count_of(number: Token) -> int | None:
    """The number a counting word or figure gives ("three", "12"), or None."""
    return DURATION_WORDS.get(number.lower_) or (int(number.text) if number.text.isdigit() else None)


def days_counted_by(noun: Token) -> int | None:
    """The days a day or week noun counts with its number ("five days" 5, "two weeks" 14), or None."""
    number = next((c for c in children_of(noun) if c.dep_ == "nummod"), None)
    count = count_of(number) if number is not None else None
    return count * 7 if count and noun.lemma_ == "week" else count
