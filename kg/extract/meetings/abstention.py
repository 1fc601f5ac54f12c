"""Whether a clause denies its subject a part in talks: "did not take part", "was absent", "boycotted the
meeting"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.words import ABSENT_ROLES, ABSTAINING_VERBS
from kg.extract.tree import children_of

BOYCOTTING_VERBS = {"boycott", "shun", "skip"}
"""Verbs of staying away from talks on purpose: "Saudi Arabia boycotted the meeting"."""
DENYING_LEMMAS = frozenset(
    {"take", "play", "have", "keep", "stay", "send", "be", "sit", "invite"} | ABSTAINING_VERBS | BOYCOTTING_VERBS
)
"""The verbs :func:`denies_a_part` reads; no other can deny a part."""

SENT_TEAMS = frozenset({"delegation", "team", "negotiator", "representative", "envoy", "anyone", "one"})
"""What a side sends to talks, which it says it did not send: "did not send a delegation"."""


def denies_a_part(verb: Token) -> bool:
    """Whether a verb says its subject has no part: "did not take part", "had no seat", "kept its distance",
    "stayed out of", "was absent", "did not sit in", "boycotted the talks", "had an observer at the talks", "was
    not invited", "did not send a delegation"."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in DENYING_LEMMAS:
        return False
    negated = any(c.dep_ == "neg" for c in children_of(verb))
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    negated = negated or any(
        d.lower_ == "neither" for s in subjects for d in children_of(s)
    )  # "Neither A nor B took part"
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if verb.lemma_ in {"take", "play"} and negated and any(o.lower_ in {"part", "role"} for o in objects):
        return True
    if negated and verb.lemma_ in ABSTAINING_VERBS or verb.lemma_ in BOYCOTTING_VERBS and not negated:
        return True  # ("boycotted the meeting")
    if verb.lemma_ in {"have", "play", "take"} and any(
        o.lemma_ in ABSENT_ROLES and any(d.lower_ == "no" for d in children_of(o)) for o in objects
    ):
        return True
    if verb.lemma_ in {"have", "send"} and not negated and any(o.lower_ in {"observer", "observers"} for o in objects):
        return True  # "which had an observer at the talks", "sent observers": watching, not negotiating
    if verb.lemma_ == "send" and negated and any(o.lemma_ in SENT_TEAMS for o in objects):
        return True  # "the army did not send a delegation"
    if verb.lemma_ == "invite":  # "a summit that Russia was not invited to": left out by the host
        return negated and any(c.dep_ == "nsubjpass" for c in children_of(verb))
    if verb.lemma_ == "keep" and any(o.lower_ == "distance" for o in objects):
        return True
    if verb.lemma_ == "sit":  # "Swiss diplomats provided the venue but did not sit in"
        return negated and any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(verb))
    if verb.lemma_ == "be":  # "Iran, the government's main ally, was absent"
        return not negated and any(c.dep_ == "acomp" and c.lower_ == "absent" for c in children_of(verb))
    return verb.lemma_ == "stay" and any(c.lower_ in {"out", "away"} for c in children_of(verb))
