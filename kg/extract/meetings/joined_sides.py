"""Sides a meeting's sentence joins to it by other roads than its subject or object: the person a relative clause
of meeting is about, whom a meeting "brought together", the states a joint body it is "of" names, and how many
sides its sentences count."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.clauses import Cluster, reduced_relative
from kg.extract.meetings.words import JOINT_BODIES, PARTICIPANT_NOUNS, TAKING_IN_VERBS
from kg.extract.tree import children_of

HOLDING_VERBS = {"hold", "have", "conduct", "open", "begin", "start"}
"""Verbs whose subject holds the talks they govern: "which held talks with X" (not "who attended the ceremony")."""


def who_met(token: Token, trigger: Token) -> bool:
    """ "McGurk, who met Qatari officials in Doha": the person a relative clause of meeting is about met them; "A and
    B, who met in X": all the names of the list it follows."""
    named = token.pos_ == "PROPN" and token.ent_type_ in {"PERSON", ""}  # a person's name, however tagged
    listed = token in trigger.head.conjuncts and token.i < trigger.i  # "A and B, who met": said of the list
    if trigger.dep_ != "relcl" or not (trigger.head == token or listed) or not named or trigger.lemma_ != "meet":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in children_of(trigger))


def brought_to_it(path: Token, trigger: Token) -> bool:
    """Whether a side is the object of a verb that brings it to the meeting: "brought X and Y together for their
    first meeting", "the talks in Quito brought together A, B and C", "the conference drew delegations from A"."""
    head = path.head
    if path.dep_ == "dobj" and trigger.head.lower_ == "for" and trigger.head.head == head:
        return True
    if path.dep_ == "pobj" and head.lower_ in {"from", "of"}:  # "the conference drew delegations from A and B"
        holder = head.head  # (the "from" hung on the noun or on the verb): as "delegations"
        teams = [holder] if holder.lower_ in PARTICIPANT_NOUNS else []
        teams = teams or [c for c in children_of(holder) if c.dep_ == "dobj" and c.lower_ in PARTICIPANT_NOUNS]
        if teams:
            path, head = teams[0], teams[0].head
    gathered = path.dep_ in {"dobj", "npadvmod"} and trigger.dep_ == "nsubj" and trigger.head == head
    return gathered and head.lemma_ in TAKING_IN_VERBS


def in_the_joint_body(path: Token, trigger: Token) -> bool:
    """Whether a side names the joint body the meeting is "of": "the second meeting of the A-B joint commission"."""
    body = path.head
    return (
        path.dep_ in {"nmod", "compound", "amod"}
        and body.lemma_ in JOINT_BODIES
        and body.dep_ == "pobj"
        and body.head.lower_ == "of"
        and body.head.head == trigger
    )


def acted_together_after(subject: Token, verb: Token, trigger: Token) -> bool:
    """Whether two sides joined as one subject did something "after" or "following" the talks, in their own clause
    or an infinitive under it: "A and B restored ties after talks in X", "A and B agreed to restore ties following
    talks in X" (they held the talks)."""
    return any(c.dep_ == "conj" for c in children_of(subject)) and acted_after(verb, trigger)


def acted_after(verb: Token, trigger: Token) -> bool:
    """Whether a verb tells what was done "after" or "following" the talks, in its clause or an infinitive under it:
    "restored ties after talks in X", "agreed to restore ties following two days of talks in X"."""
    held = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.dep_ == "pobj":
        held = trigger.head.head  # "after two days of talks in X", "following a week of negotiations"
    if reduced_relative(trigger.head, trigger):
        current = trigger.head.head  # "after talks in X mediated by Y", parsed as a clause "after talks were ..."
    elif held.dep_ == "pobj" and held.head.lower_ in {"after", "following", "since"}:
        current = held.head.head  # what the "after" hangs on: the verb, its infinitive or their object
    else:  # ("have exchanged prisoners since talks in X")
        return False
    for _ in range(3):
        if current == verb:
            return True
        if current.dep_ not in {"xcomp", "dobj"}:
            return False
        current = current.head
    return False


def relative_subject_of(path: Token, trigger: Token) -> bool:
    """Whether a name (or the noun it owns) is what a "which" or "who" clause holding the meeting is said of."""
    noun = path.head if path.dep_ in {"amod", "compound", "poss", "nmod"} else path
    for clause in (c for c in children_of(noun) if c.dep_ == "relcl"):
        relative = any(g.dep_ == "nsubj" and g.lower_ in {"which", "who", "that"} for g in children_of(clause))
        if (
            relative
            and trigger.head == clause
            and trigger.dep_ == "dobj"
            and clause.lemma_ in HOLDING_VERBS
            and clause.tag_ in {"VBD", "VBN"}
        ):
            return True
    return False


def sides_wanted(cluster: Cluster, sides: list[str], mediators: list[str]) -> int:
    """How many sides a meeting's sentences count ("the ministers of the three countries"), two at least; a count
    its brokers fill ("a statement by the three countries" after A and B met with C's envoy overseeing) wants no
    more sides than it has."""
    wanted = max(2, *(m.counted for m in cluster.mentions))
    return len(sides) if len(sides) >= 2 and len(sides) + len(mediators) >= wanted else wanted
