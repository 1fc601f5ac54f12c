"""What talks are about, not where they are held: "talks on Sudan", "a summit on Gaza", "a truce in Gaza", "the war
in Sudan"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.meetings.words import AGREEMENT_VERBS
from kg.extract.parties import state_named
from kg.extract.tree import children_of
from kg.gazetteer import lexicon, load


def names_a_topic(preposition: Token, obj: Token) -> bool:
    """Whether a place preposition's object is what the talks are about: a state or a name after "on" on a meeting
    noun ("talks on Sudan", "a summit on Gaza"), or the place of a conflict ("a pause in the fighting in Gaza", "talks
    to end the war in Sudan")."""
    if preposition.lower_ == "on":
        return state_named(obj, load()) is not None or obj.pos_ == "PROPN" and _on_talks(preposition)
    return preposition.lower_ == "in" and (_of_a_conflict(preposition) or _of_people_held(preposition.head))


def _of_people_held(noun: Token) -> bool:
    """Whether a noun names people a deal is about, or their release: "hostages in X", "the release of hostages in
    X" (where they are held, not where the talks are)."""
    held = [o for p in children_of(noun) if p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
    return any(n.lemma_ in HELD_PEOPLE for n in (noun, *held))


HELD_PEOPLE = frozenset({"hostage", "prisoner", "detainee", "captive", "civilian", "resident", "population"})
"""People a deal is about, placed where they are held or live: "talks on the release of hostages in X"."""


def _on_talks(preposition: Token) -> bool:
    """Whether "on" hangs on a meeting noun ("a summit on Gaza"): a topic, not "on the border"."""
    return preposition.head.lower_ in lexicon().meeting_nouns


def _of_a_conflict(preposition: Token) -> bool:
    """Whether "in" hangs on a noun of war or its ending ("the fighting in X", "talks aimed at a ceasefire in X"); not
    on a deal that a verb signs or agrees there ("signed the ceasefire in X", "a cessation of hostilities in X")."""
    noun = preposition.head
    if noun.pos_ != "NOUN" or noun.lower_ not in lexicon().conflict_nouns:
        return False
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in {"GPE", "LOC", "NORP"} for c in children_of(noun)):
        return False  # "talks on a Gaza ceasefire in Cairo": the conflict is placed already, the talks are in Cairo
    deal = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return not _agreed(deal)


def _agreed(deal: Token) -> bool:
    """Whether a deal is what a verb of agreeing or signing acts on: "signed the truce", "agreed on a truce"."""
    if deal.lemma_.lower() not in AGREEMENT_NOUNS:
        return False
    verb = deal.head.head if deal.dep_ == "pobj" else deal.head
    return verb.lemma_ in AGREEMENT_VERBS
