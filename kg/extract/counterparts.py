"""Counterparts: the person a "counterpart" mirrors, and the office the counterpart holds by it ("Congolese Foreign
Minister A and her Rwandan counterpart B": B is a foreign minister)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.base import Context
from kg.extract.parties import GOVERNMENT_WORDS, state_named
from kg.extract.people import Person

COUNTERPART_REACH = 60
"""Tokens back from a "counterpart" to the person it mirrors (the model may cut the sentence between the two)."""


def mirrored_person(span: Span, ctx: Context, across_paragraphs: bool) -> tuple[Token, Person] | None:
    """The nearest other person named before a counterpart (within its paragraph unless a "his" or "her" refers
    back), and the word that names them."""
    own = ctx.people.at(span.root)
    for token in reversed(span.doc[max(span.start - COUNTERPART_REACH, 0) : span.start]):
        if "\n" in token.text and not across_paragraphs:
            return None  # the paragraph before is another story
        other = ctx.people.at(token)
        if other is not None and other is not own:
            return token, other
    return None


def mirrored_office(office: str, ctx: Context) -> str:
    """The office a counterpart holds, from the one they mirror: not acting or former, and without the other side's
    words ("chief government negotiator A and his rebel counterpart B": chief negotiator)."""
    office = re.sub(r"^(?:acting|interim|caretaker|former|then)\s+", "", office, flags=re.I)
    if re.fullmatch(OWN_NAMES_OF_A_FOREIGN_MINISTER, office, flags=re.I):
        return "Foreign Minister"  # "External Affairs Minister X and his Chinese counterpart": China's foreign minister
    return " ".join(
        w for w in office.split() if w.lower() not in GOVERNMENT_WORDS and not state_named(w, ctx.gazetteer)
    )


OWN_NAMES_OF_A_FOREIGN_MINISTER = (
    r"(?:External Affairs Minister|Minister of External Affairs|Foreign Secretary|Secretary of State)"
)
"""Names one state gives its foreign minister that a counterpart of another state does not hold: India's External
Affairs Minister, the British Foreign Secretary, the American Secretary of State."""
