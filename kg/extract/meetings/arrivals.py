"""The city a side had just arrived in, for a meeting its own words do not place: "When the envoy landed in Caracas
on Friday, few expected ... by evening he was flying home, after meeting the president at the palace"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import Context, sentence_of
from kg.extract.meetings.clauses import Mention
from kg.extract.meetings.when import dates_of
from kg.extract.meetings.words import OPENING_VERBS, PARTICIPANT_NOUNS
from kg.extract.tree import children_of

ARRIVAL_VERBS = frozenset({"arrive", "land"})
"""Verbs of arriving somewhere: "arrived in Kabul", "landed in Caracas"."""
INVITING_VERBS = frozenset({"invite"})
"""Verbs that bring others to a city: "invited the two ministers to Moscow"."""


def place_by_arrival(mention: Mention, ctx: Context) -> None:
    """Places (and, where it has no date of its own, dates) a meeting told by a verb ("after meeting X at the
    palace"), with neither city nor country, in the one city its sentence or the one before says someone arrived
    in."""
    if mention.city or mention.country or mention.same_place:
        return
    sentence = mention.sentence
    before = sentence_of(sentence.doc[sentence.start - 1]) if sentence.start else None
    if mention.trigger.pos_ != "VERB":  # (not "arrived in Beijing to seek help in reviving talks": talks of no place)
        if before is not None and _talks_open(mention.trigger):  # "Delegations arrived at the ministry in X. Talks
            found = [(v, c) for v, c in _arrivals(before, ctx) if _sides_arrive(v)]  # are due to start at noon."
            if len({city for _, city in found}) == 1:
                mention.city, mention.country = found[-1][1]
        return
    found = [(verb, city) for span in (before, sentence) if span is not None for verb, city in _arrivals(span, ctx)]
    if not found and before is not None and any(_arrived_unplaced(t) for t in sentence):
        found = _cities_of(before, ctx, INVITING_VERBS, {"to"})  # "invited the two ministers to Moscow. They flew in"
    if len({city for _, city in found}) != 1:
        return
    verb, (mention.city, mention.country) = found[-1]
    if mention.dates is None:
        mention.dates = dates_of(sentence_of(verb), ctx, None, verb)


def _arrivals(span: Span, ctx: Context) -> list[tuple[Token, tuple[str, str]]]:
    """The verbs of arriving in a span with the known city they arrive in ("landed in Caracas")."""
    return _cities_of(span, ctx, ARRIVAL_VERBS, {"in", "at"})


def _talks_open(noun: Token) -> bool:
    """Whether a meeting noun opens its sentence as the subject of a verb of starting: "Talks are due to start"."""
    verb = noun.head
    starting = OPENING_VERBS | {"get"}  # ("get under way")
    chain = [c for c in children_of(verb) if c.dep_ in {"xcomp", "acomp"}]  # "are set to begin", "are due to start"
    chain += [g for c in chain for g in children_of(c) if g.dep_ == "xcomp"]
    return noun.dep_ in {"nsubj", "nsubjpass"} and (verb.lemma_ in starting or any(c.lemma_ in starting for c in chain))


def _sides_arrive(verb: Token) -> bool:
    """Whether the subject of a verb of arriving is the sides' people: "Delegations from the two parties arrived"."""
    return any(c.dep_ == "nsubj" and c.lower_ in PARTICIPANT_NOUNS for c in children_of(verb))


def _cities_of(
    span: Span, ctx: Context, lemmas: frozenset[str], prepositions: set[str]
) -> list[tuple[Token, tuple[str, str]]]:
    """The verbs of a span with one of ``lemmas``, with the known city one of their ``prepositions`` names."""
    return [
        (verb, city)
        for verb in span
        if verb.lemma_ in lemmas and verb.pos_ == "VERB"
        for prep in children_of(verb)
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in _places_in(prep)
        if (city := ctx.gazetteer.city(obj.text)) is not None
    ]


def _places_in(preposition: Token) -> list[Token]:
    """The objects of a preposition, and of an "in" on them: "at the foreign ministry in X" (X)."""
    objects = [o for o in children_of(preposition) if o.dep_ == "pobj"]
    inner = [i for o in objects for p in children_of(o) if p.lower_ == "in" for i in children_of(p) if i.dep_ == "pobj"]
    return objects + inner


def _arrived_unplaced(verb: Token) -> bool:
    """A verb of arriving that names no place: "flew in on Friday", "arrived on Friday"."""
    if verb.pos_ != "VERB" or verb.lemma_ not in ARRIVAL_VERBS | {"fly"}:
        return False
    places = [p for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in {"in", "at", "to", "into"}]
    landed = verb.lemma_ != "fly" or any(c.dep_ in {"prt", "advmod"} and c.lower_ == "in" for c in children_of(verb))
    return landed and not places


def fold_invitations(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the undated invitations a meeting held in the same city right after took up ("X invited
    the ministers of A and B to Moscow. They flew in on Friday and sat down with X's minister"): the inviter hosts
    that meeting."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept and (invitation := kept[-1]).trigger.lemma_ in INVITING_VERBS and _taken_up(invitation, mention):
            kept[-1] = mention
            mention.mediators = [*mention.mediators, *(p for p in invitation.mediators if p not in mention.mediators)]
            continue
        kept.append(mention)
    return kept


def _taken_up(invitation: Mention, meeting: Mention) -> bool:
    doc = invitation.sentence.doc
    after = invitation.sentence.end < len(doc) and sentence_of(doc[invitation.sentence.end]) == meeting.sentence
    return (
        invitation.status == "planned"
        and invitation.dates is None
        and meeting.status == "held"
        and meeting.city is not None
        and meeting.city == invitation.city
        and (after or meeting.sentence == invitation.sentence)
    )
