"""Parties a phrase refers back to: "the group", "its", "their", "the bloc" stand for the last party of the right
kind the text named before them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.base import sentence_of
from kg.extract.tree import children_of
from kg.gazetteer import Gazetteer, lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context
    from kg.extract.parties import PartyMention


GROUP_KINDS = {"armed_group", "organisation"}
"""Kinds of side "the group", "the movement" or "the rebels" refer back to."""


def group_named_before(ctx: Context, start: int, end: int, kinds: set[str]) -> str | None:
    """The last party of the given kinds named between two tokens: one the gazetteer knows, or one the text
    casts as a side ("the Syrian opposition ... a spokesman for the rebel delegation")."""
    for mention in reversed(ctx.parties_in(start, end)):
        entry = ctx.gazetteer.entry(mention.party) if mention.known else None
        if entry is not None and entry.kind in kinds:
            return entry.name
        if entry is None and ctx.framed_sides.get(mention.party) in kinds:
            return mention.party
    return None


OWNER_KINDS = {"state", "armed_group", "organisation", "international_organisation", "community"}
"""Kinds of party "its" or "their" before a noun refers back to."""


def owner_referred_to(noun: Token, ctx: Context) -> str | None:
    """The party "its" or "their" on a noun refers back to, the last its sentence named before it: "Hamas says its
    negotiators ...", "The EU ...; its envoy X hosted ..."."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children_of(noun)):
        return None
    return group_named_before(ctx, sentence_of(noun).start, noun.i, OWNER_KINDS)


BLOC_NOUNS = {"bloc", "alliance", "organisation", "organization"}
"""Nouns that refer back to an international organisation: "the bloc's special representative"."""


def bloc_referred_to(token: Token, ctx: Context) -> str | None:
    """The international organisation "the bloc" or "the alliance" refers back to: the last the text named."""
    if token.lower_ not in BLOC_NOUNS or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return None
    return group_named_before(ctx, 0, token.i, {"international_organisation"})


def groups_told_by_demonym(mentions: list[PartyMention], gazetteer: Gazetteer) -> list[PartyMention]:
    """The mentions with a demonym on "the ... group" read as the armed group named last before it: "Hamas ... talks
    between Israel and the Palestinian militant group" (the group, not the state its demonym names)."""
    found = []
    last_group: str | None = None
    group_nouns = lexicon().group_nouns
    for mention in mentions:
        root = mention.span.root
        noun = root.head
        told = mention.how == "demonym" and root.dep_ == "amod" and noun.lower_ in group_nouns
        if told and last_group is not None and any(c.lower_ == "the" for c in children_of(noun)):
            mention = replace(mention, party=last_group)
        elif (entry := gazetteer.entry(mention.party)) is not None and entry.kind == "armed_group":
            last_group = entry.name
        found.append(mention)
    return found
