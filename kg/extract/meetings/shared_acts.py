"""Acts two sides do together that tell of a meeting without a meeting word: hours spent together, their names
put to a text, signed copies swapped."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.meetings.words import SIGNATURE_NOUNS
from kg.extract.tree import children_of


def spent_together(token: Token) -> bool:
    """ "The two presidents spent three hours together at an air base": time spent together by a subject."""
    return (
        token.lemma_ == "spend"
        and any(t.dep_ == "advmod" and t.lower_ == "together" for c in children_of(token) for t in (c, *children_of(c)))
        and any(c.dep_ == "nsubj" for c in children_of(token))
        and any(
            t.dep_ in {"dobj", "npadvmod"} and t.lemma_ in TIME_UNITS
            for c in children_of(token)
            for t in (c, *children_of(c))
        )  # ("three hours" at times hung on "together")
    )


TIME_UNITS = {"minute", "hour", "day", "evening", "afternoon", "morning", "night", "week"}
"""What two sides may spend together: "spent three hours together"."""


def puts_names_to(token: Token) -> bool:
    """ "put their names to a peace agreement", "put their signatures on the accord", "exchanged copies of the
    accord" (signed texts swapped at the ceremony): a signing."""
    if token.lemma_ not in {"exchange", "put"}:
        return False
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    if token.lemma_ == "exchange" and any(o.lemma_ in {"copy", "instrument"} for o in objects):
        token, wanted = objects[0], {"of"}
    elif token.lemma_ != "put" or not any(o.lemma_ in SIGNATURE_NOUNS for o in objects):
        return False
    else:
        wanted = {"to", "on"}
    return any(
        c.dep_ == "prep" and c.lower_ in wanted and any(o.lower_ in AGREEMENT_NOUNS for o in children_of(c))
        for c in children_of(token)
    )
