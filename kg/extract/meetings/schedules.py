"""The schedule a meeting word carries: "the next round, due to open in Doha on Aug. 8", "talks expected to be held
in Geneva", "the fourth round, which had been scheduled to take place in Rome", "the next round, to be held in
Lima": where and when it is set to be; and participles set off after a meeting noun ("the round, held in X")."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from kg.extract.base import has_subject
from kg.extract.meetings.words import CLOSING_VERBS, OPENING_VERBS, SCHEDULING_VERBS
from kg.extract.tree import children_of, subtree_of


def _schedules(word: Token) -> bool:
    """Whether a word sets a meeting's time and place ahead of it: "due", "scheduled", "expected", "set"."""
    return word.lemma_ in SCHEDULING_VERBS and word.tag_ in {"VBN", "JJ"}


def apposed_schedule(trigger: Token) -> set[int]:
    """The words of a schedule set off by a comma right after a meeting word that the parser hung on the verb
    instead ("The next round, due to open in Doha on Aug. 8, will test ..."): where and when the meeting is."""
    doc = trigger.doc
    after = trigger.right_edge.i + 1
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or after + 1 >= len(doc) or doc[after].text != ",":
        return set()
    word = doc[after + 1]
    if not _schedules(word) or word.head != trigger.head:
        return set()
    return {word.i} | {t.i for c in children_of(word) if c.dep_ in {"xcomp", "prep"} for t in subtree_of(c)}


def scheduled_by_a_relative(words: Iterable[Token]) -> set[int]:
    """The verbs of a relative clause that schedules a meeting noun: "the fourth round of the talks, which had been
    scheduled to take place in Rome on Saturday"."""
    found: set[int] = set()
    for noun in (w for w in words if w.pos_ in {"NOUN", "PROPN"}):  # (however the parser hung the clause)
        for clause in (c for c in children_of(noun) if c.dep_ == "relcl" and c.lemma_ in SCHEDULING_VERBS):
            found.update([clause.i, *(c.i for c in children_of(clause) if c.dep_ == "xcomp")])
    return found


def _due_to(word: Token) -> bool:
    """Whether a word is the "due" of "due to start", which the tagger may read as the preposition of "due to the
    war": "due" with an infinitive under it."""
    return word.lower_ == "due" and any(
        c.dep_ in {"xcomp", "pcomp"} and c.tag_ == "VB" and any(a.lower_ == "to" for a in children_of(c))
        for c in children_of(word)
    )


def scheduled_after(anchors: set[int], doc: Doc) -> set[int]:
    """The verbs of a schedule a meeting's noun carries after it ("the second round of the consultations,
    scheduled to take place in Lima in June", "talks expected to be held in Doha", "talks in X due to start on
    Monday", however the parser hung "due"): where and when it is."""
    found: set[int] = set()
    ends = {doc[i].right_edge.i for i in anchors if doc[i].pos_ in {"NOUN", "PROPN"}}
    for word in (doc[i] for i in anchors):
        noun = word.pos_ in {"NOUN", "PROPN"}
        for planned in (
            c
            for c in children_of(word)
            if noun and c.dep_ in {"acl", "amod"} and _schedules(c) or _due_to(c) and (noun or c.i - 1 in ends)
        ):
            found.add(planned.i)
            verbs = [c for c in children_of(planned) if c.dep_ in {"xcomp", "pcomp"}]
            verbs += [g for v in verbs for g in children_of(v) if g.dep_ == "xcomp"]  # "expected to be able to meet"
            found.update(v.i for v in verbs)
    return found


HUNG_PARTICIPLES = {"hold", "open", "begin", "start", "resume", "end", "conclude", "close"}
"""Verbs of a meeting's place and day the parser may hang on a name inside the meeting's phrase."""


def to_be_held_after(trigger: Token) -> Token | None:
    """The participle of "to be held" (or opened, convened) after a comma that ends a meeting word's phrase, which
    it describes however the parser hung it: "the meeting of the envoys on the border, to be held in X"."""
    doc = trigger.doc
    for clause in (c for c in children_of(trigger) if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN"):
        auxiliaries = [a.lower_ for a in children_of(clause) if a.dep_ in {"aux", "auxpass"}]
        if auxiliaries == ["to", "be"] and clause.lemma_ in HUNG_PARTICIPLES | {"convene"}:
            return clause  # "A second round, to be held by video link, will ...", hung on the meeting word
    comma = trigger.right_edge.i + 1
    if (
        comma + 3 >= len(doc)
        or doc[comma].text != ","
        or [t.lower_ for t in doc[comma + 1 : comma + 3]] != ["to", "be"]
    ):
        return None
    participle = doc[comma + 3]
    return participle if participle.tag_ == "VBN" and participle.lemma_ in HUNG_PARTICIPLES | {"convene"} else None


def participles_after(trigger: Token) -> set[int]:
    """A participle set off by a comma after a meeting noun or its phrase, which describes it however the parser hung
    it: "During the 25th round, held in X on Monday, ...", "at the next round, to be held in X in April", "the meeting
    of the envoys on the border, to be held in X later this year", "the talks between A and B, resuming today in X"."""
    if trigger.pos_ != "NOUN":
        return set()
    doc = trigger.doc
    found = set()
    if (arranged := to_be_held_after(trigger)) is not None:
        found.add(arranged.i)
    for end in dict.fromkeys((trigger.i, trigger.right_edge.i)):  # "the talks between A and B, resuming today in X"
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        participle = doc[end + 2]  # (", to be held" is to_be_held_after's)
        described = participle.tag_ == "VBN" or participle.tag_ == "VBG" and participle.lemma_ in HUNG_PARTICIPLES
        if described and not any(c.dep_ == "nsubj" for c in children_of(participle)):
            found.add(participle.i)
            if participle.lemma_ in SCHEDULING_VERBS:  # "talks, set to begin on Aug. 14 in X": the day it begins
                found.update(c.i for c in children_of(participle) if c.dep_ == "xcomp")
    return found


def set_to_begin(verb: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a verb is the infinitive of a scheduling participle that describes the meeting (one of its date
    ``anchors``): "the negotiations, set to begin on Aug. 14", "talks, scheduled to open in X on Monday"."""
    opens = verb.lemma_ in OPENING_VERBS | {"take", "meet", "hold", "be"}  # (not "expected to last until Friday")
    return opens and verb.dep_ == "xcomp" and verb.head.lemma_ in SCHEDULING_VERBS and verb.head.i in anchors


def verb_of_a_verbless_head(trigger: Token) -> list[int]:
    """The one verb of a sentence headed by its meeting word, hung as a participle on a name inside the meeting's
    phrase: "Talks between the government and the rebel Liberty Movement stalled in X last week" (the parser read
    "stalled" as describing the movement; it tells where and when the talks stalled)."""
    if trigger.dep_ != "ROOT" or trigger.pos_ != "NOUN":
        return []
    verbs = [t for t in subtree_of(trigger) if t.pos_ in {"VERB", "AUX"}]
    return [verbs[0].i] if len(verbs) == 1 and verbs[0].dep_ == "acl" and not has_subject(verbs[0]) else []


def bounding_participles(verb: Token) -> list[Token]:
    """The participles set after a verb that say when its talks began or ended ("will hold two days of talks,
    starting on Thursday", "held two days of talks this week, ending Thursday"); not one with an object of its own
    ("ending a standoff")."""
    return [
        c
        for c in children_of(verb)
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.lemma_ in OPENING_VERBS | CLOSING_VERBS
        and not any(g.dep_ == "dobj" for g in children_of(c))
    ]


BOUNDING_NOUNS = {
    "conclusion": "conclude",
    "end": "end",
    "close": "close",
    "closing": "close",
    "opening": "open",
    "start": "start",
    "launch": "launch",
    "beginning": "begin",
}
"""Nouns of a meeting's first or last day, with the verb each stands for: "announced the conclusion of the talks"."""


def bounding_nouns(trigger: Token) -> set[str]:
    """The verbs of opening or closing that a noun the meeting word is "of" stands for ("announced the conclusion of
    two days of talks on Friday": Friday is the day they closed)."""
    found: set[str] = set()
    word = trigger
    for _ in range(2):  # ("the end of two rounds of talks")
        if word.dep_ != "pobj" or word.head.lower_ != "of":
            break
        word = word.head.head
        if word.lower_ in BOUNDING_NOUNS:
            found.add(BOUNDING_NOUNS[word.lower_])
    return found


def verbs_of_closing(verb: Token, opened: bool) -> list[Token]:
    """The verbs of closing a meeting's verb of opening is coordinated with ("opened on Oct. 25 and ended on Nov.
    2", "began on Tuesday and are expected to end on Sunday"), or that its own verb expects after a clause of
    opening ("The talks, which began on Tuesday, are expected to conclude on Sunday")."""
    joined = [c for c in children_of(verb) if c.dep_ == "conj"]
    found = [c for c in joined if c.lemma_ in CLOSING_VERBS]
    found += [x for c in (*joined, *([verb] if opened else [])) for x in children_of(c) if _expected_to_close(x)]
    return found


def _expected_to_close(word: Token) -> bool:
    return word.dep_ == "xcomp" and word.lemma_ in CLOSING_VERBS
