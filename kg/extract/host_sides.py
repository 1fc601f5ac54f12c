"""The side of a host the article does not qualify: "Foreign Minister X hosted her Finnish counterpart in
Stockholm" makes X Swedish. A minister or head of state or government receives guests in their own capital."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context, capital_state
from kg.extract.role_phrases import apposed_title

HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
"""Verbs of a host receiving guests."""

STATE_OFFICE_WORDS = ("minister", "president", "premier", "chancellor", "king", "emir", "vice-president")
"""Words of the offices whose holders host guests in their state's capital (not envoys or ambassadors, who serve
abroad)."""


def _capital_state(verb: Token, ctx: Context) -> str | None:
    """The state whose capital a hosting verb places the meeting in: "in Stockholm" on the verb or its object, or
    the guest's visit to it ("received X, who is on an official visit to Stockholm")."""
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    for holder in (verb, *guests):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                if (state := capital_state(place, ctx)) is not None:
                    return state
    for place in (p for guest in guests for p in _visited(guest)):
        if (state := capital_state(place, ctx)) is not None:
            return state
    return None


def _visited(guest: Token) -> list[Token]:
    """The places a guest's own phrase says they visit: "X, who is on a visit to Stockholm", "X, visiting Oslo"."""
    found: list[Token] = []
    for word in guest.subtree:
        if word.lemma_ == "visit" and word.pos_ == "NOUN":
            found.extend(o for p in word.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj")
        elif word.lemma_ == "visit" and word.pos_ == "VERB" and word.tag_ == "VBG":
            found.extend(o for o in word.children if o.dep_ == "dobj")
    return found


def sides_of_hosts(ctx: Context) -> None:
    """A minister or head of state or government the article gives no side, who hosts, receives or welcomes guests
    in a capital, takes that capital's state as side (one state for all such sentences)."""
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if affiliation is not None or role is None or not any(w in role.lower() for w in STATE_OFFICE_WORDS):
            continue
        if any(w in role.lower() for w in ("former", "envoy", "ambassador")):
            continue
        states = set()
        for mention in person.mentions:
            subject = apposed_title(mention.root) or mention.root  # "The Minister of Foreign Affairs, X, received"
            verb = subject.head
            if subject.dep_ == "nsubj" and verb.lemma_ in HOSTING_VERBS and verb.pos_ == "VERB":
                if (state := _capital_state(verb, ctx)) is not None:
                    states.add(state)
        if len(states) == 1:
            ctx.people.descriptions[person.name] = (role, states.pop(), evidence)
