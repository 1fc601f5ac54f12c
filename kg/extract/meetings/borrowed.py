"""What a meeting told without it borrows from the meetings told before: the place of "at the same venue", and
the day of a deal whose signing the lead dated ("A and B signed a deal on Saturday. The deal was signed in X")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import Context, sentence_of
from kg.extract.dates import DateRange
from kg.extract.meetings.clauses import Mention
from kg.extract.meetings.meeting_words import definite
from kg.extract.meetings.places import SAME_PLACE_NOUNS
from kg.extract.meetings.triggers import is_trigger
from kg.extract.meetings.when import dates_of
from kg.extract.meetings.words import SIGNING_VERBS
from kg.extract.tree import children_of, subtree_of


def same_place_as_before(mention: Mention, before: list[Mention]) -> None:
    """ "at the same venue": where the meeting before was; "in the same palace": where the palace named before
    is (the city of the mentions before it, when its own gives none)."""
    earlier = next((m for m in reversed(before) if m.city), None)
    noun = next((t.lower_ for t in mention.sentence if any(c.lower_ == "same" for c in children_of(t))), None)
    if noun is not None and noun not in SAME_PLACE_NOUNS:
        at = next((i for i in range(len(before) - 1, -1, -1) if noun in (before[i].venue or "").lower().split()), None)
        if at is not None:
            placed = next((m for m in reversed(before[: at + 1]) if m.city), None)
            mention.venue = before[at].venue
            earlier = placed if placed is not None else earlier
    if earlier is not None:
        mention.city, mention.country = earlier.city, earlier.country
        mention.venue = mention.venue or earlier.venue


def deal_day_before(mention: Mention, unplaced: list[Mention], ctx: Context) -> DateRange | None:
    """The day of a signing told without a place in the sentence before, for a placed, undated signing of "the"
    deal: "A and B signed a peace deal on Saturday. The deal was signed in X by ..."; or the day the sentence before
    says sides agreed, for the meeting "the agreement was reached" at ("A and B agreed Thursday to a plan. The
    agreement was reached during a meeting in X"); None otherwise."""
    trigger = mention.trigger
    if (agreed := _agreed_before(mention)) is not None:
        return dates_of(sentence_of(agreed), ctx, None, agreed)
    if not unplaced or trigger.lemma_ not in SIGNING_VERBS or not (mention.city or mention.venue) or mention.month:
        return None
    deal = next(
        (c for c in children_of(trigger) if c.dep_ in {"nsubjpass", "dobj"} and c.lower_ in AGREEMENT_NOUNS), None
    )
    if deal is None or not definite(deal):
        return None
    before = unplaced[-1]
    near = 0 <= mention.sentence.start - before.sentence.end < 80
    return before.dates if near and before.trigger.lemma_ in SIGNING_VERBS else None


TIME_PREPOSITIONS = {"after", "before", "following", "since"}
"""Prepositions that date an act by a meeting told before: "addressed the nation shortly after the ceremony"."""


def placed_by_another_act(mention: Mention) -> bool:
    """Whether a definite meeting noun only dates another act ("In X, the president addressed the nation shortly
    after the ceremony"): the place the sentence gives is that act's, not the meeting's, whose own phrase names
    none."""
    trigger = mention.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in TIME_PREPOSITIONS:
        return False
    if not definite(trigger):
        return False
    act = trigger.head.head
    if is_trigger(act) or act.pos_ != "VERB":
        return False  # "met X in Y after the signing": a meeting of its own there
    fronted = [
        o for p in children_of(act) if p.dep_ == "prep" and p.i < act.i for o in children_of(p) if o.dep_ == "pobj"
    ]
    own = any(t.ent_type_ in {"GPE", "FAC", "LOC"} for t in subtree_of(trigger))
    return mention.city is not None and not own and any(o.ent_type_ in {"GPE", "FAC", "LOC"} for o in fronted)


def sides_of_they(mention: Mention, before: list[Mention]) -> list[str]:
    """The sides of a meeting whose subject is "they", with those it names: the sides of the meeting told last with
    two or more ("While in Washington they met with X": the two ministers of the talks before, and X's side)."""
    verb = mention.trigger
    if verb.lemma_ not in {"meet", "talk", "sit"} or not any(
        c.dep_ == "nsubj" and c.lower_ == "they" for c in children_of(verb)
    ):
        return mention.parties
    earlier = [m for m in before if len(set(m.parties)) >= 2]
    return list(dict.fromkeys([*earlier[-1].parties, *mention.parties])) if earlier else mention.parties


def _agreed_before(mention: Mention) -> Token | None:
    """The verb "agree" of the sentence before a placed meeting noun that "the agreement was reached" during or at."""
    trigger, sentence = mention.trigger, mention.sentence
    reached = trigger.head.head
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in {"during", "at"} or reached.lemma_ != "reach":
        return None
    deals = [c for c in children_of(reached) if c.dep_ == "nsubjpass" and c.lower_ in AGREEMENT_NOUNS]
    if not deals or not definite(deals[0]) or not mention.city or sentence.start == 0:
        return None
    before = sentence_of(sentence.doc[sentence.start - 1])
    return next((t for t in before if t.lemma_ == "agree" and t.pos_ == "VERB"), None)
