"""The group a person's description refers back to without naming it: "a senior official of the movement", "a
member of the coalition", "the bloc's envoy"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.framed_sides import ARMED_WORDS
from kg.extract.referred_parties import GROUP_KINDS, bloc_referred_to, group_named_before, owner_referred_to
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context


GROUP_ORGANS = {"bureau", "wing", "politburo"}
"""The organs of an armed or political group told with "the" and an adjective: "the political bureau", "the
military wing" (the group named before)."""

NAMED_BODY_NOUNS = {"coalition", "platform", "front", "party", "council", "union", "congress"}
"""Nouns that refer back to the body whose name they end or follow: "the coalition" for "the Forces of Freedom and
Change coalition"."""


def group_referred_to(tokens: list[Token], span: Span, ctx: Context) -> str | None:
    """The movement, group or bloc "the movement", "the group's", "the bloc's" refers back to in a person's
    description ("Osama Hamdan, a senior official of the movement"): the last one the article named before."""
    referring = [t for t in tokens if t.i > 0 and t.doc[t.i - 1].lower_ == "the"]
    fighters = any(t.lower_ in ARMED_WORDS for t in referring)  # "the rebels": an armed group before any other
    if fighters and (found := group_named_before(ctx, 0, span.start, {"armed_group"})):
        return found  # ("X, the rebels' prime minister in exile" after a mediating institute and the rebel movement)
    if any(t.lower_ in lexicon().group_nouns for t in referring) and (
        found := group_named_before(ctx, 0, span.start, GROUP_KINDS)
    ):
        return found  # (else "the organisation's envoy" may be an international body's: the bloc's below)
    if any(t.lower_ in GROUP_ORGANS and t.i > 1 and t.doc[t.i - 2].lower_ == "the" for t in tokens):
        return group_named_before(ctx, 0, span.start, GROUP_KINDS)  # "a member of the political bureau"
    for noun in (t for t in referring if t.lower_ in NAMED_BODY_NOUNS):
        for mention in reversed(ctx.parties_in(0, span.start)):
            doc = mention.span.doc
            after = doc[mention.span.end] if mention.span.end < len(doc) else None
            if mention.span[-1].lower_ == noun.lower_ or after is not None and after.lower_ == noun.lower_:
                return mention.party  # "the Forces of Freedom and Change coalition ... a member of the coalition"
    return next((bloc for t in referring if (bloc := bloc_referred_to(t, ctx)) is not None), None)


def owner_of_a_body(tokens: list[Token], ctx: Context) -> str | None:
    """The party "its" or "their" refers back to on a body in a person's description: "Egypt is represented by the
    chief of its General Intelligence Service, X" (Egypt's, not the service's own)."""
    owned = (owner_referred_to(t.head, ctx) for t in tokens if t.dep_ == "poss" and t.lower_ in {"its", "their"})
    return next((o for o in owned if o is not None), None)
