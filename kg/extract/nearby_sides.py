"""Sides told in the few words right before or after a name: "X, whose Libyan National Army ...", "the African
Union, whose chairperson, X, ...", "X as the African Union's special envoy"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.base import sentence_of
from kg.extract.role_bodies import places_a_body
from kg.extract.role_phrases import is_title

if TYPE_CHECKING:
    from kg.extract.base import Context


def whose_party(span: Span, ctx: Context) -> str | None:
    """The side a "whose" clause right after a name owns: "Khalifa Haftar, whose Libyan National Army controls the
    east" (read on the words, which the parser often hangs elsewhere)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "whose":
        return None
    return party_before_clause_ends(doc[span.end + 2 : min(span.end + 7, sentence_of(span).end)], ctx, owner_only=False)


def whose_office(span: Span, ctx: Context) -> str | None:
    """The side a "whose" before a name's office stands for: "the African Union, whose chairperson, X, had urged
    a deal" (X is the Union's)."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].text == "," else span.start
    words = doc[max(start - 4, 0) : start]
    whose = next((t for t in words if t.lower_ == "whose"), None)
    if whose is None or whose.i == 0 or not any(is_title(t) for t in doc[whose.i + 1 : start]):
        return None
    before = doc[whose.i - 1] if doc[whose.i - 1].text != "," else doc[max(whose.i - 2, 0)]
    mention = ctx.party_at(before.i)
    return mention.party if mention is not None else None


def acting_as(span: Span, ctx: Context) -> str | None:
    """The side of the capacity "as" gives right after a name: "facilitated by X as the African Union's special
    envoy" (the capacity, not the state X once led)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].lower_ != "as":
        return None
    return party_before_clause_ends(doc[span.end + 1 : min(span.end + 8, sentence_of(span).end)], ctx, owner_only=True)


def party_before_clause_ends(words: Span, ctx: Context, *, owner_only: bool) -> str | None:
    """The first side named in a few words after a name, before a comma or a verb ends the phrase: any party (or
    organisation the gazetteer does not know), or with ``owner_only`` a known one owning a noun ("the African
    Union's special envoy")."""
    for token in words:
        if token.text == "," or token.pos_ in {"VERB", "AUX"}:
            break
        mention = ctx.party_at(token.i)
        if mention is None:
            continue
        if owner_only and mention.known and token.dep_ in {"poss", "compound", "amod"} and not places_a_body(token):
            return mention.party
        if not owner_only and (mention.known or mention.how == "org"):
            return mention.party
    return None
