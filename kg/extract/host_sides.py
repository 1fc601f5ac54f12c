"""The side of a host the article does not qualify: "Foreign Minister X hosted her Finnish counterpart in
Stockholm" makes X Swedish; "Vice President X held talks with Peruvian Foreign Minister Y in Beijing" makes X Chinese.
A minister or head of state or government receives guests in their own capital."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context, capital_state, sentence_of
from kg.extract.role_phrases import apposed_title
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon

HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
"""Verbs of a host receiving guests."""

STATE_OFFICE_WORDS = ("minister", "president", "premier", "chancellor", "king", "emir", "vice-president", "secretary")
"""Words of the offices whose holders host guests in their state's capital (not envoys or ambassadors, who serve
abroad)."""


def _capital_state(verb: Token, ctx: Context, guests: list[Token] | None = None) -> str | None:
    """The state whose capital a hosting verb places the meeting in: "here" under a capital's dateline, "in
    Stockholm" on the verb or its object (or the guests given), the guest's visit to it ("received X, who is on an
    official visit to Stockholm"), or, where the sentence names no place at all, the capital of the dateline."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    guests = list(dict.fromkeys([*objects, *(guests or [])]))  # the objects and the guests given, each read once
    here = any(c.dep_ == "advmod" and c.lower_ == "here" for c in children_of(verb))
    if here and (city := ctx.dateline_city) is not None and ctx.gazetteer.capital(city[1]) == city:
        return city[1]  # "held talks here", under a capital's dateline
    for holder in (verb, *guests):
        for prep in (c for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (o for o in children_of(prep) if o.dep_ == "pobj"):
                if (state := capital_state(place, ctx)) is not None:
                    return state
    for place in (p for guest in guests for p in _visited(guest)):
        if (state := capital_state(place, ctx)) is not None:
            return state
    placed = any(
        t.ent_type_ in {"GPE", "LOC"} and t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} for t in sentence_of(verb)
    )
    if not placed and (city := ctx.dateline_city) is not None and ctx.gazetteer.capital(city[1]) == city:
        return city[1]  # "ADDIS ABABA - Foreign Minister X today received Y at the ministry": the dateline's capital
    return None


def _visited(guest: Token) -> list[Token]:
    """The places a guest's own phrase says they visit: "X, who is on a visit to Stockholm", "X, visiting Oslo"."""
    found: list[Token] = []
    for word in subtree_of(guest):
        if word.lemma_ == "visit" and word.pos_ == "NOUN":
            found.extend(o for p in children_of(word) if p.lower_ == "to" for o in children_of(p) if o.dep_ == "pobj")
        elif word.lemma_ == "visit" and word.pos_ == "VERB" and word.tag_ == "VBG":
            found.extend(o for o in children_of(word) if o.dep_ == "dobj")
    return found


GUEST_MEETING_VERBS = frozenset({"meet", "hold"})
"""Verbs of meeting a guest: "met (with) X", "held talks with X"."""


def _guests_met(verb: Token) -> list[Token]:
    """Whom a verb of meeting says its subject met: "met X", "met with X", "held talks with X"."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if verb.lemma_ == "meet" and objects:
        return objects
    talks = [o for o in objects if o.lower_ in lexicon().meeting_nouns] if verb.lemma_ == "hold" else []
    holders = [verb, *talks]
    return [
        o for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "with" for o in children_of(p)
    ]


def _foreign_guests_capital(verb: Token, ctx: Context) -> str | None:
    """The capital's state of a meeting of a guest from another state there: "held talks with Peruvian Foreign
    Minister Y in Beijing" (not "... in Lima", where the guest is at home and the subject the visitor)."""
    guests = _guests_met(verb)
    sides = {side for guest in guests if (side := _side_of(guest, ctx)) is not None}
    state = _capital_state(verb, ctx, guests) if sides else None
    return state if state is not None and state not in sides else None


def _side_of(guest: Token, ctx: Context) -> str | None:
    person = ctx.people.named_by(guest)
    if person is not None:
        return ctx.people.descriptions[person.name][1]
    for word in (guest, *(c for c in children_of(guest) if c.dep_ in {"amod", "compound", "poss"})):
        mention = ctx.party_at(word.i)  # "the Peruvian delegation", "Peru's envoy"
        if mention is not None and mention.known:
            return mention.party
    return None


def sides_of_hosts(ctx: Context) -> None:
    """A minister or head of state or government the article gives no side, who hosts, receives or welcomes guests
    in a capital, takes that capital's state as side (one state for all such sentences)."""
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if affiliation is not None or role is None or not any(w in role.lower() for w in STATE_OFFICE_WORDS):
            continue
        if any(w in role.lower() for w in ("former", "envoy", "ambassador", "general")):  # not "Secretary-General"
            continue
        states = set()
        for mention in person.mentions:
            subject = apposed_title(mention.root) or mention.root  # "The Minister of Foreign Affairs, X, received"
            verb = subject.head
            if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
                continue
            if verb.lemma_ in HOSTING_VERBS and (state := _capital_state(verb, ctx)) is not None:
                states.add(state)
            elif verb.lemma_ in GUEST_MEETING_VERBS and (state := _foreign_guests_capital(verb, ctx)) is not None:
                states.add(state)
        if len(states) == 1:
            ctx.people.descriptions[person.name] = (role, states.pop(), evidence)
