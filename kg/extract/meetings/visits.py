"""Visits: a state that hosts or receives one other side alone, or that a side travels to for talks, is the other
side of the meeting ("Putin hosted Erdogan in Sochi", "X's minister travelled to Y's capital for talks"); a state
that hosts talks of others in its country brokers them. One who signs alone at home meets no one ("President X
had signed the text earlier in the day in his capital")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context, clause_verb, tokens_in
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.named_sides import side_of
from kg.extract.meetings.words import (
    HOST_VERBS,
    MOVE_VERBS,
    RECEIVE_VERBS,
    SENDING_VERBS,
    SIGNING_VERBS,
    STAY_NOUNS,
    VISIT_NOUNS,
)
from kg.extract.tense import invited_to
from kg.extract.tree import children_of
from kg.gazetteer import fold, lexicon


def a_visit(
    cluster: Cluster, sides: list[str], mediators: list[str], host: str | None, ctx: Context
) -> tuple[list[str], list[str]]:
    """A state that hosts or receives one other side alone receives a visit: both are sides ("Putin hosted Erdogan
    in Sochi for talks", "X received a delegation of Y in X's capital": the state named as host, else ``host``,
    the meeting's country where it acts in the story); a host of two or more sides brokers them."""
    if len(sides) != 1 or not (_receives(cluster) or paid_a_visit(cluster)):
        return sides, mediators
    if len(mediators) == 1 and ctx.gazetteer.is_country(mediators[0]):
        return mediators + sides, []
    if host is not None and host not in sides and host not in mediators:
        return [host, *sides], mediators
    return sides, mediators


def paid_a_visit(cluster: Cluster) -> bool:
    """Whether a meeting is told as a visit to a place ("will pay a state visit to Chile", "arrived in Lima for a
    two-day visit", "during his visit to Quito"), whose state receives the visitor as the other side."""
    return any(m.trigger.lemma_ == "visit" and not _in_a_meeting_phrase(m.trigger) for m in cluster.mentions)


def _receives(cluster: Cluster) -> bool:
    """Whether a meeting is told as hosting or receiving someone ("Putin hosted Erdogan", "X received Y"), not as
    hosting talks ("X hosted rounds of talks")."""
    nouns = lexicon().meeting_nouns
    return any(
        m.trigger.lemma_ in HOST_VERBS | RECEIVE_VERBS
        and not any(c.dep_ == "dobj" and c.lower_ in nouns for c in children_of(m.trigger))
        and not _in_a_meeting_phrase(m.trigger)
        or any(t.lower_ == "invitation" for t in tokens_in(m.sentence))  # "visited Beijing at the invitation of X"
        or invited_to(m.trigger)  # "Chile has invited Peru to a summit in Santiago"
        or _come_for_talks(m.trigger)
        for m in cluster.mentions
    )


def _in_a_meeting_phrase(participle: Token) -> bool:
    """Whether a participle stands in the phrase of a meeting noun, up to the first verb above it: "talks with the
    rebels, hosted by Cuba" (the talks hosted, not the rebels received)."""
    if participle.dep_ != "acl":
        return False
    head = participle.head
    while head.pos_ not in {"VERB", "AUX"} and head.head != head:
        if head.lower_ in lexicon().meeting_nouns:
            return True
        head = head.head
    return head.lower_ in lexicon().meeting_nouns


def _come_for_talks(trigger: Token) -> bool:
    """ "X's minister travelled to Y's capital for talks", "X sent a delegation to Y's capital for talks": the
    talks of a visit, whose host is the other side."""
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    brokered = any(  # "arrived in Cairo for talks with Egyptian mediators": the host brokers them
        o.lower_ in lexicon().mediation_nouns
        for p in children_of(trigger)
        if p.lower_ == "with"
        for o in children_of(p)
    )
    return (
        verb is not None
        and verb.lemma_ in MOVE_VERBS | SENDING_VERBS
        and trigger.lower_ in {"talks", "talk"}
        and not brokered
    )


def seat_the_host(country: str, sides: list[str], mediators: list[str], multi: int, ctx: Context) -> None:
    """A state acting in the story that hosts a meeting in its country brokers it, unless the meeting counts more
    sides than it has ("the trilateral meeting was held in Busan": the host is the third) or its one side is the
    state's own opposition ("the Mozambican opposition" in Maputo faces the government)."""
    entry = ctx.gazetteer.entry(country)
    own = entry is not None and sides == [s for s in sides if s.split()[0] in entry.demonyms]
    if multi and len(sides) < multi or own and len(sides) == 1:
        sides.append(country)
    else:
        mediators.append(country)


def signed_alone_at_home(trigger: Token, city: str | None, ctx: Context) -> bool:
    """ "President X had signed the text earlier in the day in his capital": one person signing alone, in the
    capital of the state he speaks for, with no other side named (the deal's own signing is elsewhere)."""
    if trigger.lemma_ not in SIGNING_VERBS or city is None or any(c.lower_ == "with" for c in children_of(trigger)):
        return False
    subjects = [c for c in children_of(trigger) if c.dep_ == "nsubj"]
    person = ctx.people.named_by(subjects[0]) if len(subjects) == 1 and not subjects[0].conjuncts else None
    side = side_of(person.name, ctx) if person is not None else None
    capital = ctx.gazetteer.capital(side) if side else None
    return capital is not None and fold(capital[0]) == fold(city)


def years_before(cluster: Cluster, ctx: Context) -> bool:
    """Whether a meeting is told as held in a year before the story's last: a state acting in the story does not
    broker a meeting held in its country long before ("the first meeting between A and B took place in X in
    November 1985")."""
    reference = ctx.dates.reference
    if reference is None or any(t.lemma_ in HOST_VERBS for m in cluster.mentions for t in tokens_in(m.sentence)):
        return False  # (a host the meeting's own sentence names: "Montevideo hosted three rounds in 2022")
    years = [m.dates.start.year if m.dates else m.month[0] if m.month else m.year for m in cluster.mentions]
    return any(year is not None and year < reference.year - 1 for year in years)


def numbered_and_a_visit(numbered: Mention, other: Mention) -> bool:
    """Whether a numbered meeting ("a third meeting", "the fifth round") and a visit are two mentions of two events."""
    return numbered.trigger.lemma_ not in STAY_NOUNS and other.trigger.lemma_ in STAY_NOUNS


def visit_abroad(mention: Mention) -> bool:
    """Whether a mention is a visit "to" somewhere: it went there, not to the story's place."""
    trigger = mention.trigger
    return trigger.lower_ in VISIT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(trigger))


def hosted_in_a_state(mention: Mention, placed: set[str | None]) -> bool:
    """Whether a mention names a state hosting two sides it names, in a clause of its own ("X will host a new round
    of talks between A and B"; not "X, which has hosted separate talks between A and B"), where no meeting the story
    places in a city of that state may be the same."""
    own = clause_verb(mention.trigger).dep_ != "relcl"
    sides = set(mention.parties) - mention.hosts
    return own and mention.country in mention.hosts and len(sides) >= 2 and mention.country not in placed
