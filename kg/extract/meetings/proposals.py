"""Meetings only proposed, asked for or offered, which no meeting was held or planned for: "proposed reviving
talks", "is ready to host a meeting", "renewed its offer to host talks"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import apart_by_semicolon
from kg.extract.meetings.words import PROPOSAL_NOUNS, PROPOSAL_VERBS, READINESS_ADJECTIVES, TAKING_PART_VERBS
from kg.extract.tree import children_of, subtree_of

OCCASION_PREPOSITIONS = frozenset({"after", "following", "during", "at"})
"""Prepositions whose meeting is the occasion of a proposal, held: "sought an extension after talks in X"."""


def proposed(trigger: Token) -> bool:
    """Whether a meeting is only proposed, asked for or rejected ("proposed reviving talks", "asked for a meeting"),
    or only in prospect ("the prospects for resuming negotiations")."""
    if _in_prospect(trigger):
        return True
    current = trigger
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        if (
            current.dep_ == "conj"
            and current.pos_ == "VERB"
            and any(c.lower_ in {"but", "yet"} for c in children_of(head))
        ):
            return False  # "refused to receive X, but held talks with Y": what was done instead
        if head.pos_ == "VERB" and head.lemma_ == "call" and current.lower_ != "for":
            return False  # "what both sides called constructive talks": naming, not "called for talks"
        if current.dep_ == "prep" and current.lower_ in OCCASION_PREPOSITIONS:
            return False  # "agreed to seek an extension after two days of talks in X": where it was sought
        if head.pos_ == "VERB" and head.lemma_ in PROPOSAL_VERBS:
            # not "a conference co-hosted by X sought to keep the transition on track": the meeting seeks; nor
            # "suggested their next meeting could be in X": the next meeting is to come, its place proposed
            next_one = current.dep_ == "ccomp" and trigger.dep_ in {"nsubj", "nsubjpass"} and _the_next(trigger)
            return current.dep_ != "nsubj" and not apart_by_semicolon(current, head) and not next_one
        if head.pos_ == "ADJ" and head.lower_ in READINESS_ADJECTIVES and current.dep_ == "xcomp":
            return not _set_for_a_day(current, head)  # "is ready to meet him", "was willing to host talks in May"
            # (not "are ready to take part in talks in X this weekend": a meeting set for a day)
        if head.pos_ == "ADJ" and head.lower_ in READINESS_ADJECTIVES and current.lower_ in {"for", "to"}:
            return True  # "was ready for direct dialogue with the government", "open to talks"
        if head.lemma_ in PROPOSAL_NOUNS and current.dep_ == "acl" or _after_a_proposal(current):
            # "renewed its offer to host a meeting", "repeated its offer to host talks"; not an offer taken up
            return not _taken_up(head if current.dep_ == "acl" else current.doc[current.i - 1])
        if current.pos_ == "VERB" and current.dep_ not in {"xcomp", "ccomp", "conj"}:
            return False
        current = head
    return False


def _set_for_a_day(verb: Token, ready: Token) -> bool:
    """Whether sides say now they are ready to take part in talks their phrase sets for a day: "are ready to take
    part in talks in X this weekend" (not "was willing to host talks in May": an offer)."""
    present = ready.head.tag_ in {"VBP", "VBZ"}
    dated = any(t.ent_type_ == "DATE" and t.lower_ not in VAGUE_TIMES for t in subtree_of(verb))
    return present and dated and verb.lemma_ in TAKING_PART_VERBS


VAGUE_TIMES = frozenset({"soon", "now", "today", "eventually", "later", "future", "time", "any"})
"""Words of a date entity that set no day for a meeting ("at any time", "in the future")."""


def _the_next(trigger: Token) -> bool:
    """Whether a meeting word is "the next" one ("their next meeting", "the next round")."""
    return any(c.lower_ in {"next", "following"} for c in children_of(trigger))


def _after_a_proposal(word: Token) -> bool:
    """ "an offer to host talks" where the parser hangs "to" on the verb before the noun: "to" straight after a
    noun of proposing."""
    if word.dep_ != "prep" or word.lower_ != "to" or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    return before.pos_ == "NOUN" and before.lemma_ in PROPOSAL_NOUNS


def _taken_up(noun: Token) -> bool:
    """Whether a proposal is accepted, which plans the meeting it proposes: "accepted a proposal to hold talks"."""
    return noun.head.lemma_ in {"accept", "welcome", "approve", "endorse", "embrace"}


PROSPECT_NOUNS = {"prospect", "chance", "possibility", "hope", "likelihood", "odds", "outlook"}
"""Nouns of what may or may not come: "the prospects for resuming negotiations", "hopes of new talks"."""


AIM_NOUNS = {"help", "effort", "push", "attempt", "drive"}
"""Nouns of what is sought: "help in reviving talks", "efforts to restart negotiations" (talks aimed at)."""


def _in_prospect(trigger: Token) -> bool:
    """Whether a meeting word stands under "prospects for", "chances of" or "hopes of", through a verb at most
    ("the prospects for resuming negotiations between A and B")."""
    word = trigger
    for _ in range(3):
        head = word.head
        if head.i == word.i:
            return False
        if head.lower_ in {"for", "of"} and head.head.lemma_.lower() in PROSPECT_NOUNS:
            return True
        offered = head.lower_ == "of" and head.head.lemma_.lower() in PROPOSAL_NOUNS
        if offered and not _taken_up(head.head):
            return True  # "dismissed an offer of dialogue" (not "proposals for the second round", made at it)
        aimed = head.lower_ in {"in", "at", "for"} and head.head.lemma_.lower() in AIM_NOUNS
        if aimed or word.dep_ == "acl" and head.lemma_.lower() in AIM_NOUNS and word.pos_ == "VERB":
            return True  # "to seek China's help in reviving talks", "efforts to restart negotiations"
        if not (word.dep_ in {"dobj", "pobj", "pcomp"} or head.pos_ == "VERB" and head.dep_ == "pcomp"):
            return False
        word = head
    return False
