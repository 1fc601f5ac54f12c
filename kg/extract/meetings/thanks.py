"""Thanks extended to those who hosted or brokered talks: "thanked Indonesia for hosting the talks" names a
broker; "extended his appreciation to the representatives of A and B for their participation" names no side."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.tree import ancestors_of, children_of

GRATITUDE_NOUNS = frozenset({"appreciation", "gratitude", "thanks"})
"""Nouns of thanks a verb extends "to" someone "for" what they did: "expressed his gratitude to X for hosting"."""


def thanked_for(preposition: Token) -> list[Token]:
    """Those a "for" of praise or thanks says did what follows it: the object of the verb ("thanked Indonesia for
    hosting the talks"), or, after a noun of thanks, the last one thanked "to" before the "for" ("extended his
    appreciation to Malaysia for hosting the meeting, and to X for ...")."""
    verb = preposition.head
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not any(o.lower_ in GRATITUDE_NOUNS for o in objects):
        return objects
    to = [p for h in (verb, *objects) for p in children_of(h) if p.lower_ == "to" and p.i < preposition.i]
    told = [o for p in to for o in children_of(p) if o.dep_ == "pobj"]
    return [max(told, key=lambda o: o.i)] if told else []


def thanked(token: Token) -> bool:
    """Whether a name stands among those thanks are extended "to" ("extended his appreciation to Malaysia ..., and
    to the representatives of A and B for their participation"): praised, not sides."""
    for above in (token, *ancestors_of(token)):
        if above.dep_ == "pobj" and above.head.lower_ == "to":
            holder = above.head.head
            holder = holder.head if holder.dep_ == "cc" else holder  # "..., as well as to the representatives of X"
            return any(o.lower_ in GRATITUDE_NOUNS for o in (holder, *children_of(holder)) if o.dep_ != "prep")
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False
