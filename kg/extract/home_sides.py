"""The side of a state's officer the article does not qualify, from where they speak: "Defence Minister X told
reporters in Sialkot" (a town of one side of the story) makes X that side's; and, failing that, a story filed from a
side's capital ("ISLAMABAD: ... Defence Minister X said") makes its unqualified ministers that side's, as a home
paper writes its own government's officers without their state, unless their sentence names another state (a
visitor to the capital may speak for it)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import Context
from kg.extract.host_sides import STATE_OFFICE_WORDS
from kg.extract.tree import children_of
from kg.gazetteer import lexicon

NOT_AT_HOME = ("former", "envoy", "ambassador", "general", "representative", "special")
"""Words of a role whose holder serves abroad or no more: their side is not where they speak."""


def sides_at_home(ctx: Context) -> None:
    """A minister or head of state or government the article gives no side, and whose story names at least two
    sides, takes the side of the one state of the story they speak in ("told reporters in X", "said in X"), else
    that of the dateline's capital when it is a side of the story."""
    sides = {m.party for m in ctx.party_mentions if m.known and ctx.gazetteer.is_country(m.party)}
    if len(sides) < 2:
        return
    dateline = ctx.dateline_city
    home = dateline[1] if dateline is not None and ctx.gazetteer.capital(dateline[1]) == dateline else None
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if affiliation is not None or role is None or not _holds_a_state_office(role):
            continue
        spoken = {state for mention in person.mentions if (state := _spoken_in(mention.root, ctx)) is not None}
        if spoken:
            states = spoken & sides
        elif home is not None and not any(_names_another_state(m, home, ctx) for m in person.mentions):
            states = {home} & sides
        else:
            states = set()
        if len(states) == 1:
            ctx.people.descriptions[person.name] = (role, states.pop(), evidence)


def _names_another_state(mention: Span, home: str, ctx: Context) -> bool:
    """Whether the sentence of a mention names a state other than the dateline's ("REYKJAVIK - Foreign Minister X
    said the Soviet Union still hoped ..."): the officer may speak for it, a visitor to the capital."""
    sentence = mention.sent
    return any(
        m.known and m.party != home and ctx.gazetteer.is_country(m.party)
        for m in ctx.parties_in(sentence.start, sentence.end)
    )


def _holds_a_state_office(role: str) -> bool:
    """Whether a role is a state's office held at home: a minister's, a president's, not an envoy's."""
    words = role.lower()
    return any(w in words for w in STATE_OFFICE_WORDS) and not any(w in words for w in NOT_AT_HOME)


def _spoken_in(name: Token, ctx: Context) -> str | None:
    """The state of the town a subject says something in: "X told reporters in Sialkot", "X said in Lahore"."""
    if name.dep_ != "nsubj":
        return None
    verb = name.head
    if verb.lemma_.lower() not in lexicon().verbs_of_saying:
        return None
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    for preposition in (c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in children_of(preposition) if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            town = ctx.gazetteer.town(place.text)
            if town is not None:
                return town[1]
    return None
