"""The state "the government" means where the text names none on it: the one whose government the text named
before, else the state whose war or conflict the article tells of ("Ethiopia's war in Tigray ... the federal
government and the TPLF")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.base import tokens_of
from kg.extract.parties import government_named_before, state_named_on
from kg.gazetteer import Gazetteer

CONFLICT_NOUNS = {"war", "conflict", "insurgency", "rebellion", "uprising"}
"""Nouns of a fight within a state that a possessive or adjective names the state of: "Ethiopia's war in Tigray",
"the Colombian conflict"."""

BARE_GOVERNMENT_NOUNS = {"government"}
"""Nouns that stand for a state's government when no state is written on them."""


def conflict_state(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The one state the article writes a war or conflict noun for ("Ethiopia's war", "the Sudanese conflict");
    None when it names none or several."""
    states = {state for t in tokens_of(doc) if t.lower_ in CONFLICT_NOUNS and (state := state_named_on(t, gazetteer))}
    return states.pop() if len(states) == 1 else None


def bare_government(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a token is "the government" (or "the federal government") with no state written on it or after it."""
    if token.lower_ not in BARE_GOVERNMENT_NOUNS or token.pos_ != "NOUN":
        return False
    if state_named_on(token, gazetteer):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the government of Yemen": named after it
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def government_states(doc: Doc, gazetteer: Gazetteer) -> dict[int, str]:
    """The state of each bare "the government" of an article, by token index: the one whose government the text
    named last before it, else the state whose war the article tells of (:func:`conflict_state`, read only where
    an article has such a word)."""
    bare = [t for t in tokens_of(doc) if bare_government(t, gazetteer)]
    home = conflict_state(doc, gazetteer) if bare else None
    found = {t.i: government_named_before(doc, t.i, gazetteer) or home for t in bare}
    return {i: state for i, state in found.items() if state}
