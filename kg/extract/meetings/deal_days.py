"""The days of deals told around a meeting: a deal announced as made takes the day of the announcing, and a day the
parser hangs on the deal agreed at talks is the day of the talks."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import clause_verb
from kg.extract.meetings.words import CONCLUDING_VERBS, SIGNING_VERBS
from kg.extract.tree import ancestors_of, children_of

ANNOUNCING_VERBS = frozenset({"announce", "confirm", "say"})
"""Verbs that tell a deal on the day it was made: "announced on Wednesday that they had reached an agreement"."""


def _dated_by(word: Token) -> bool:
    """Whether a word hung on a verb or noun dates it: "in June", "last week" (not "a 52-year war", nor "after four
    years of talks", a span of something done)."""
    if word.dep_ == "prep":
        objects = (o for o in children_of(word) if o.dep_ == "pobj")
        return any(o.ent_type_ == "DATE" and not any(c.lower_ == "of" for c in children_of(o)) for o in objects)
    return word.ent_type_ == "DATE" and word.dep_ in {"npadvmod", "tmod"}


def announced_deal(trigger: Token) -> set[int]:
    """The verb of announcing a deal just made, whose day is the deal's: "A and B announced on Wednesday that they
    had reached a final agreement" (not "said on Monday they would sign")."""
    verb = clause_verb(trigger)
    saying = verb.head
    if verb.lemma_ not in CONCLUDING_VERBS | SIGNING_VERBS or verb.dep_ != "ccomp" or verb.tag_ not in {"VBD", "VBN"}:
        return set()
    perfect = {"had", "have", "has", "was", "were"}
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ not in perfect for c in children_of(verb)):
        return set()  # "said they could reach a deal", "would be signed"
    if any(_dated_by(c) for w in (verb, *(c for c in children_of(verb) if c.dep_ == "dobj")) for c in children_of(w)):
        return set()  # "said on Wednesday they had signed a deal in June": the deal's own day
    return {saying.i} if saying.lemma_ in ANNOUNCING_VERBS and saying.tag_ == "VBD" else set()


def deal_agreed_at(noun: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a date hangs on the deal agreed at the meeting, the parser's reading of "agreed to a ceasefire on
    July 28 at talks in X" (the day of the agreeing)."""
    agreed = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    return noun.lower_ in AGREEMENT_NOUNS and noun.dep_ in {"pobj", "dobj"} and agreed.i in anchors


EFFECT_VERBS = frozenset({"take", "come", "enter", "expire", "lapse", "run", "end"})
"""Verbs of a deal's own course, whose day is not that of the meeting that made it: "took effect", "came into force",
"expires"."""


def of_the_deal_made(attached: Token, trigger: Token) -> bool:
    """Whether a date's word is a clause on the deal a meeting's verb made, of the deal's own course: "agreed a
    ceasefire that took effect on Aug. 3" (the day it took effect, not the day it was agreed)."""
    clause = next((t for t in (attached, *ancestors_of(attached)) if t.dep_ in {"relcl", "acl"}), None)
    if clause is None or clause.lemma_ not in EFFECT_VERBS:
        return False
    deal = clause.head
    return deal.lemma_.lower() in AGREEMENT_NOUNS and deal.dep_ == "dobj" and deal.head == clause_verb(trigger)


def subject_dated_before(verb: Token, ent: Span) -> Token | None:
    """The subject (or the subject's last conjunct) a day set right before its verb hangs on, as the parser at times
    hangs it ("X on Thursday met Y", "A and B on Saturday held talks"): the day of the verb, or of its object."""
    verb = verb.head if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" else verb  # "X on Monday held talks"
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or ent.end != verb.i:
        return None
    hung = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    inside = subject.left_edge.i <= hung.i <= subject.right_edge.i  # ("negotiators in the process involving A and
    # B Friday agreed": hung on a word of the subject's phrase)
    return hung if hung in subject.conjuncts or inside else subject  # ("A and B on Saturday signed": hung on B)
