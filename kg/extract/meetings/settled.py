"""Meetings to come that the sides have settled on: "agreed to hold a meeting of the presidents of A and B", "are
due to meet again in Brazil"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.clauses import Mention
from kg.extract.tree import children_of
from kg.gazetteer import lexicon

AGREEING_WORDS = {"agree", "agreement", "decide", "decision", "plan"}
"""Words that settle a meeting to come: "agreed to hold a meeting", "an agreement to hold a summit"."""


def agreed_between_two(mention: Mention) -> bool:
    """Whether a meeting to come is settled between two named sides: its noun held ("to hold a meeting of the
    presidents of A and B") under a word of agreeing."""
    trigger = mention.trigger
    if trigger.pos_ != "NOUN" or len(set(mention.parties)) != 2 or trigger.dep_ != "dobj":
        return False
    holding = trigger.head
    settled = holding.head if holding.dep_ in {"xcomp", "acl"} else None
    return (
        holding.lemma_ in {"hold", "have", "organise", "organize"}
        and settled is not None
        and (settled.lemma_ in AGREEING_WORDS)
    )


SETTLING_WORDS = AGREEING_WORDS | {"due", "expect", "schedule", "set"}
"""Words under which a meeting "again" is settled, not hoped for: "agreed to", "are due to", "are expected to"."""


def agreed_to_meet_again(trigger: Token) -> bool:
    """Whether a meeting verb is one the sides settled to take up "again": "The two leaders agreed to meet again in
    Brazil", "are due to meet again in Brazil", "will meet again in Brazil" (a follow-up settled, its country
    known; "could meet again" is only a possibility)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "again" for c in children_of(trigger)):
        return False
    if trigger.dep_ == "xcomp":
        return trigger.head.lemma_ in SETTLING_WORDS
    reported = trigger.dep_ == "ccomp" and trigger.head.lemma_ in lexicon().verbs_of_saying  # "said ... would"
    return any(
        c.dep_ == "aux" and (c.lower_ in {"will", "shall", "'ll"} or reported and c.lower_ == "would")
        for c in children_of(trigger)
    )
