"""Verbs that move a meeting's place: leaving the place a meeting was held in ("left Cairo after two days of
talks"), and moving talks elsewhere ("began in Quito and were later moved to Lima")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import clause_verb
from kg.extract.meetings.words import LEAVING_VERBS, SENDING_VERBS
from kg.extract.tree import children_of


def left_after(trigger: Token) -> Token | None:
    """The verb of leaving a meeting's "after" phrase hangs from: the place left is where the meeting was."""
    current = trigger
    while current.head != current and current.pos_ not in {"VERB", "AUX"}:
        if current.dep_ == "prep" and current.lower_ in {"after", "following"}:
            return current.head if current.head.lemma_ in LEAVING_VERBS else None
        current = current.head
    return None


RELOCATION_VERBS = {"move", "shift", "relocate", "transfer"}


def relocated(trigger: Token) -> Token | None:
    """The verb that moves a meeting elsewhere in a clause joined to the one that places it: "talks began in
    Quito in 2017 and were later moved to Lima"; or the clause of talks a relative clause opens elsewhere."""
    verb = clause_verb(trigger)
    opened = any(c.dep_ == "relcl" and c.lemma_ in {"begin", "start", "open"} for c in children_of(trigger))
    moved = [verb] if opened and trigger.head == verb and verb.lemma_ in RELOCATION_VERBS else []  # "talks, which
    # began in Quito on Monday, moved to Lima on Wednesday"
    for conj in [*moved, *(c for c in children_of(verb) if c.dep_ == "conj" and c.lemma_ in RELOCATION_VERBS)]:
        if any(p.dep_ == "prep" and p.lower_ == "to" for p in children_of(conj)):
            return conj
    return None


def sender_of(preposition: Token) -> Token | None:
    """The verb of sending whose object a "to" hangs on, where the parser hung the place on the people sent: "will
    send a delegation to X to attend talks" (X is where the talks are)."""
    sent = preposition.head
    if preposition.lower_ == "to" and sent.dep_ == "dobj" and sent.head.lemma_ in SENDING_VERBS:
        return sent.head
    return None
