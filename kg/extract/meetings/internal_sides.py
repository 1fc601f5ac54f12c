"""Talks between the sides of a war inside one state: "Sudan's warring parties were continuing talks in X" names one
state and tells that the side it meets is a group fighting inside it, never another state."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

from kg.extract.base import Context, tokens_in
from kg.extract.meetings.clauses import Cluster
from kg.extract.meetings.sides import is_participant
from kg.extract.meetings.story_sides import an_envoy_s_body
from kg.extract.tree import children_of

WARRING_WORDS = frozenset({"warring", "feuding", "fighting", "rival", "opposing"})
"""Adjectives that make the sides named after them the two camps of one war: "the warring parties"."""

CAMP_NOUNS = frozenset({"party", "side", "faction", "camp", "general"})
"""Nouns for the camps of a war: "Sudan's warring parties", "the country's rival factions"."""


def warring_state(cluster: Cluster, ctx: Context) -> str | None:
    """The state whose warring camps a meeting's sides are told as ("Sudan's warring parties", "the rival factions
    in Libya"), taking part in it."""
    for mention in cluster.mentions:
        for noun in tokens_in(mention.sentence):
            if noun.lemma_ not in CAMP_NOUNS or not any(
                c.dep_ == "amod" and c.lower_ in WARRING_WORDS for c in children_of(noun)
            ):
                continue
            owners = [c for c in children_of(noun) if c.dep_ == "poss"]
            owners += [o for p in children_of(noun) if p.lower_ == "in" for o in children_of(p) if o.dep_ == "pobj"]
            named = [m for o in owners if (m := ctx.party_at(o.i)) is not None and m.known]  # ("South Sudan's")
            states = [m.party for m in named if ctx.gazetteer.is_country(m.party)]
            if states and is_participant(noun, mention.trigger):
                return states[0]
    return None


def other_camps(ranking: Iterable[str], brokers: AbstractSet[str], cluster: Cluster, ctx: Context) -> Iterator[str]:
    """The parties a meeting's missing sides may be filled from: where the talks are between the camps of a war
    inside one state (:func:`warring_state`), that state, then the story's ranking with no other state; else the
    ranking; never a broker or an envoy's body."""
    state = warring_state(cluster, ctx)
    if state is not None:
        yield state  # the state the camps fight in: one side, named or not
    for party in ranking:
        other_state = state is not None and party != state and ctx.gazetteer.is_country(party)
        if party not in brokers and not an_envoy_s_body(party, ctx) and not other_state:
            yield party
