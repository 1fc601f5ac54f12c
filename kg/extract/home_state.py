"""The state "the government" means where the text names none on it: the one whose government the text named
before, else the state whose war or conflict the article tells of ("Ethiopia's war in Tigray ... the federal
government and the TPLF")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import Context, named_as_a_place, sentences_of, tokens_of
from kg.extract.parties import conflict_state, government_named_before, state_named_on, state_where
from kg.extract.person_cues import PLACE_DESCRIPTIONS
from kg.extract.role_bodies import hyphened_as_backer
from kg.extract.tree import children_of
from kg.extract.word_index import words_with
from kg.gazetteer import Gazetteer, lexicon

BARE_GOVERNMENT_NOUNS = frozenset({"government"})
"""Nouns that stand for a state's government when no state is written on them."""


def bare_government(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a token is "the government" (or "the federal government") with no state written on it or after it."""
    if token.lower_ not in BARE_GOVERNMENT_NOUNS or token.pos_ != "NOUN":
        return False
    if state_named_on(token, gazetteer):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)):
        return False  # "the government of Yemen": named after it
    if token.dep_ == "compound" and token.head.lower_ in DELEGATION_NOUNS and not state_named_on(token.head, gazetteer):
        token = token.head  # "the government delegation", "the government side"
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))


DELEGATION_NOUNS = {"delegation", "team", "side", "negotiators", "representatives", "camp"}
"""Nouns for the people a government sends, which "government" may stand before: "the government delegation"."""


def government_states(ctx: Context) -> dict[int, str]:
    """The state of each bare "the government" of an article, by token index: the one whose government the text
    named last before it, else the article's :func:`home_state` (read only where an article has such a word)."""
    doc, gazetteer = ctx.doc, ctx.gazetteer
    tokens = tokens_of(doc)
    bare = [
        t for t in (tokens[i] for i in words_with(doc, lower=BARE_GOVERNMENT_NOUNS)) if bare_government(t, gazetteer)
    ]
    home = ctx.home_state if bare else None
    found = {t.i: state_where(t, gazetteer) or government_named_before(doc, t.i, gazetteer) or home for t in bare}
    return {i: state for i, state in found.items() if state}


def home_state(ctx: Context) -> str | None:
    """The state "the government" means where the text names none on it: the one whose war or conflict the article
    tells of, else the one state it sets against an armed group (:func:`state_facing_a_group`), else the state
    whose capital the dateline names ("LA PAZ (Wire) - ... the government's chief negotiator")."""
    return conflict_state(ctx.doc, ctx.gazetteer) or state_facing_a_group(ctx) or _dateline_capital_s_state(ctx)


def _dateline_capital_s_state(ctx: Context) -> str | None:
    """The state whose capital the dateline names, or None (a dateline of another city names no government)."""
    place = ctx.dateline_city
    return place[1] if place is not None and ctx.gazetteer.capital(place[1]) == place else None


def state_facing_a_group(ctx: Context) -> str | None:
    """The one state the article names in the sentences that name an armed group, when every such sentence names
    the same one ("Peace talks between Colombia and the ELN ... the government delegation"): the government of
    talks with rebels is that state's."""
    found: set[str] = set()
    for sentence in sentences_of(ctx.doc):
        named = ctx.parties_in(sentence.start, sentence.end)
        if not any(m.known and (e := ctx.gazetteer.entry(m.party)) and e.kind == "armed_group" for m in named):
            continue
        found |= {
            m.party
            for m in named
            if m.how in {"name", "demonym", "metonym"}
            and ctx.gazetteer.is_country(m.party)
            and not named_as_a_place(m.span.root)
            and not _describes_a_place(m.span.root)
            and not _sends_an_envoy(m.span)
            and not hyphened_as_backer(m.span[-1])  # "the Saudi-backed government": not the state facing it
        }
        if len(found) > 1:
            return None
    return found.pop() if found else None


PLACE_WORDS = (PLACE_DESCRIPTIONS - {"region", "province", "district"}) | {"coast", "countryside", "soil"}
"""Nouns of a place a state's adjective or name may describe: "the Peruvian capital", "on Qatari soil" (not a
region of the state, where its war with a group is fought: "Ethiopia's Tigray region")."""


def _describes_a_place(word: Token) -> bool:
    """Whether a state's name or adjective only says where a place is ("on the edge of the Peruvian capital")."""
    return word.dep_ in {"amod", "compound", "poss"} and word.head.lower_ in PLACE_WORDS


def _sends_an_envoy(span: Span) -> bool:
    """Whether a state is named as the one whose envoy or mediator a person is ("as Norway's special envoy to the
    process"): a third party, not the state facing the group."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in {"'s", "’s"}:
        return False
    nouns = lexicon().mediation_nouns | {"envoy", "envoys"}
    return any(t.lower_ in nouns for t in doc[span.end + 1 : span.end + 4] if t.pos_ in {"ADJ", "NOUN", "PROPN"})
