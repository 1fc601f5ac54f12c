"""Meeting words used in other senses: a means of settling things ("through dialogue"), a thing wanted ("the
region needs dialogue"), what a delegation leaves a place for to consult its own side, and a cycle that is not one
of talks."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.rounds import ordinal_word_of
from kg.extract.meetings.words import LEAVING_VERBS
from kg.extract.tree import children_of

MEANS_PREPOSITIONS = {"through", "via", "by"}
_MODIFIERS = frozenset({"det", "poss", "amod", "nummod", "compound"})
"""What makes a meeting noun a particular meeting rather than the thing in general: "the", "their", "a first"."""


def a_means(noun: Token) -> bool:
    """Whether a meeting noun without determiner names a means after "through", "via" or "by" ("resolve the dispute
    through dialogue", "by negotiation"), not a meeting."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in MEANS_PREPOSITIONS
        and noun.head.head.pos_ == "VERB"
        and not any(c.dep_ in _MODIFIERS for c in children_of(noun))
    )


NEEDING_VERBS = frozenset({"need", "want", "require", "prefer", "deserve"})
"""Verbs of wanting a thing in general: "the region needs dialogue", "we want negotiations, not war"."""


def a_thing_wanted(noun: Token) -> bool:
    """Whether a meeting noun without determiner is what a speaker wants in general ("the region needed dialogue,
    not division", "we want negotiations, not war"), not a meeting."""
    return (
        noun.dep_ in {"dobj", "npadvmod"}
        and noun.head.lemma_ in NEEDING_VERBS
        and not any(c.dep_ in _MODIFIERS for c in children_of(noun))
    )


def reason_to_leave(noun: Token) -> bool:
    """Whether a meeting noun is what someone leaves a place for to consult their own side ("the delegation left
    Cairo for consultations with its leadership"): talks at home, not where they leave, nor with others."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_ in LEAVING_VERBS):
        return False
    partners = [o for p in children_of(noun) if p.lower_ == "with" for o in children_of(p) if o.dep_ == "pobj"]
    own = [o for o in partners if any(c.dep_ == "poss" and c.pos_ in {"PRON", "NOUN"} for c in children_of(o))]
    return noun.lemma_ == "consultation" and not partners or bool(partners) and len(own) == len(partners)


def cycle_of_talks(token: Token) -> bool:
    """ "the third cycle of talks", "The first cycle was held in Caracas", "the next cycle": a cycle counted, placed
    in a series or of talks is a round (not "the cycle of violence", "the news cycle")."""
    of = [o for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c)]
    if of:
        return any(o.lower_ in {"talks", "negotiations", "dialogue"} or _table_of_talks(o) for o in of)
    if any(c.dep_ == "compound" for c in children_of(token)):
        return False  # "the next election cycle", "the news cycle"
    return ordinal_word_of(token) is not None or any(c.lower_ in SEQUENCE_WORDS for c in children_of(token))


def _table_of_talks(noun: Token) -> bool:
    """ "the third cycle of the dialogue table", "of the negotiating table": the table the talks are held at, as
    writers translating from Spanish ("mesa de diálogo") name the talks themselves."""
    return noun.lemma_ == "table" and any(
        c.dep_ in {"compound", "amod"} and c.lemma_ in TABLE_TALK_WORDS for c in children_of(noun)
    )


TABLE_TALK_WORDS = frozenset({"dialogue", "negotiation", "negotiating", "talk", "talks"})
"""What a table of talks is called after: "the dialogue table", "the negotiating table"."""


SEQUENCE_WORDS = frozenset({"next", "latest", "previous", "last", "new", "coming"})
"""Adjectives that place a cycle in a series of talks: "the next cycle would take place in Cuba"."""


def series_summed_up(token: Token) -> bool:
    """Whether a plural meeting word names the series a meeting told beside it belongs to: "held talks in X on
    Monday, the latest in a series of meetings convened by Y" (the talks are the meeting; the series no other)."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    series = token.head.head
    return (
        series.lemma_ in {"series", "string", "succession"}
        and series.dep_ == "pobj"
        and series.head.lower_ == "in"
        and series.head.head.lower_ in {"latest", "last", "first", "second", "third", "fourth", "fifth", "newest"}
    )


CONDITION_MARKS = {"unless", "if"}
"""Words that open a condition: "unless Iran resumes negotiations with the US"."""


def a_condition(noun: Token) -> bool:
    """Whether a meeting noun is what a condition asks for ("sanctions return unless X resumes negotiations with Y",
    "if the two sides hold talks"): talks that may or may not be held, no meeting (not "if the talks in X
    succeed", which presupposes them)."""
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "unless X restores cooperation and resumes negotiations"
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children_of(verb))
