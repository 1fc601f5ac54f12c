"""Whether a form of "meet" tells of a meeting of sides: "the two men met", "Chile's president met Peru's
president", "a technical committee met in Arica"; not "met with farmers" nor "their requirements were met"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.clauses import dated_subject
from kg.extract.meetings.meeting_words import is_side, meets_an_audience
from kg.extract.meetings.words import PARTICIPANT_NOUNS
from kg.extract.tree import children_of, lefts_of, subtree_of
from kg.gazetteer import lexicon

BODIES = {"committee", "commission", "panel", "group", "mechanism"}
BODY_WORDS = {"joint", "technical", "bilateral", "trilateral", "military", "border", "ceasefire", "mixed", "working"}
"""A body both sides sit on, whose meeting is one of the talks: "the joint border commission met"."""


def a_joint_body(noun: Token) -> bool:
    """Whether a noun names a body both sides sit on: "the joint border commission", "a technical committee"."""
    return noun.lemma_ in BODIES and any(c.lower_ in BODY_WORDS for c in lefts_of(noun))


COUNTED_PAIRS = {"two", "both", "three", "four"}
"""Counts before a plural subject that make a meeting of "met": "the two men met"."""


def meets_someone(token: Token) -> bool:
    """Whether "meet" tells of a meeting between sides: its subject names sides or a body they sit on, or it
    meets someone; not "met with farmers" nor "their requirements were met"."""
    if meets_an_audience(token):
        return False  # "met with farmers in Cusco", "met reporters in Santiago"
    subject = dated_subject(token)
    if subject is not None and (subject.lower_ in PARTICIPANT_NOUNS or subject.ent_type_ == "PERSON"):
        return True
    for child in children_of(token):
        if (
            child.dep_ == "nsubj"
            and any(c.ent_type_ == "NORP" for c in children_of(child))
            and any(c.dep_ == "conj" for c in subtree_of(child))
        ):
            return True  # "Armenian and Azerbaijani border guards met": sides named by their adjectives
        if child.dep_ == "nsubj" and any(c.dep_ == "conj" for c in children_of(child)) and _names_a_side(child):
            return True  # "Bolivia's government and an alliance of rebel groups met": two subjects met each other
        if child.dep_ == "nsubj" and any(
            c.dep_ == "appos" and c.ent_type_ in {"GPE", "ORG"} for c in children_of(child)
        ):
            return True  # "the warring parties, A and B, met"
        if child.dep_ == "nsubj" and (
            child.tag_ == "NNS"
            and any(c.lower_ in COUNTED_PAIRS for c in children_of(child))
            or child.pos_ == "NUM"
            and child.lower_ in COUNTED_PAIRS
            and child.i > 0
            and child.nbor(-1).lower_ == "the"
        ):
            return True  # "the two men first met in Paris", "both women met", "the two met in Ohrid"
        if child.dep_ == "nsubj" and a_joint_body(child):
            return True  # "a technical committee met in Arica", "the joint border commission met"
        if child.dep_ == "nsubj" and child.lemma_ in BODIES and any(c.lower_ == "again" for c in children_of(token)):
            return True  # "The committee ... will meet again on December 19": the body told of before
    for child in children_of(token):
        if child.dep_ == "nsubjpass":
            return False
        if child.dep_ == "prep" and child.lower_ == "with":
            return True
        if child.dep_ in {"nsubj", "dobj"} and (
            child.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}
            or child.pos_ in {"PRON", "PROPN"}
            or child.lower_ in PARTICIPANT_NOUNS
            or child.lower_ in lexicon().title_words  # "Chile's president met Peru's president"
            or child.lemma_.lower() in lexicon().title_words
            and child.tag_ == "NNS"  # "the two presidents met"
        ):
            return True
    if token.dep_ == "acl" and token.head.lemma_ in SETTLED_NOUNS:
        return True  # "ended with an agreement to meet again on Oct. 28", "a decision to meet in X"
    return token.dep_ in {"xcomp", "relcl", "conj", "advcl"}


SETTLED_NOUNS = {"agreement", "plan", "decision", "deal", "understanding", "pledge", "commitment", "arrangement"}
"""Nouns of a meeting settled on, whose "to meet" is that meeting: "an agreement to meet again on Oct. 28"."""


def _names_a_side(token: Token) -> bool:
    """Whether a subject names a side: a person, state or group, or a side's delegation ("Bolivia's government")."""
    return is_side(token) or any(
        c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"GPE", "NORP", "ORG"} for c in children_of(token)
    )
