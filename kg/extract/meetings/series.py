"""The meetings of one series of talks: a round or a planned session that goes on with the story's talks has
their sides and brokers."""

from __future__ import annotations

from kg.extract.base import clause_verb, of_objects
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.named_sides import BROKERING_WORDS, hyphened_to
from kg.extract.meetings.sides import follows_on
from kg.extract.tree import ancestors_of, children_of
from kg.extract.word_index import words_with
from kg.model import Meeting


def _same_talks_again(
    cluster: Cluster, main: Meeting, sides: list[str], mediators: list[str], place: tuple[str | None, str | None]
) -> bool:
    """Whether a planned meeting goes on with the story's talks, and so with their brokers: the same sides, where
    the talks are, naming no broker but the host ("return to Cairo for another round"); a further meeting that
    names no broker, anywhere; or a later round anywhere ("a second round will be held in Istanbul")."""
    if set(sides) != set(main.parties):
        return False
    city, country = place
    number = cluster.first("round")
    if isinstance(number, int) and number > 1 and set(mediators) <= {country}:
        return True
    again = any(follows_on(m.trigger) for m in cluster.mentions)
    if again and not mediators:
        return True  # "invited the two leaders to a further meeting in North Macedonia": the talks go on
    here = city in (None, main.location) and country in (None, main.country)
    again = again or any(_met_again(m) for m in cluster.mentions)  # "will meet again in Istanbul", where they met
    return here and (not mediators or set(mediators) == {country} and city == main.location and again)


PROCESS_NOUNS = frozenset({"dialogue", "process"})
"""Nouns of the whole of a series of talks: "the EU-facilitated dialogue", "the Norwegian-brokered process"."""


def _a_brokered_process(cluster: Cluster) -> bool:
    """Whether the story names its talks as a process a broker carries ("the EU-facilitated dialogue"): a hyphened
    participle of brokering on a noun of the whole series."""
    doc = cluster.mentions[0].sentence.doc
    return any(i >= 3 and hyphened_to(doc, i - 3) in BROKERING_WORDS for i in words_with(doc, lower=PROCESS_NOUNS))


def met_again_days_later(cluster: Cluster, main: Cluster | None) -> bool:
    """Whether a meeting to come that the sides will hold "again" falls within days of the story's main meeting:
    "Negotiators are expected to meet again on Monday" after Saturday's opening session is another session of the
    same talks (a meeting weeks or months away may be anywhere)."""
    if main is None or main is cluster or not any(_met_again(m) for m in cluster.mentions):
        return False
    days = [m.dates.start for m in cluster.mentions if m.dates]
    held = [m.dates.end for m in main.mentions if m.dates]
    return bool(days and held) and 0 < (min(days) - max(held)).days <= 7


def _met_again(mention: Mention) -> bool:
    """Whether a planned meeting's verb says "again": "the two sides will meet again in Istanbul"."""
    verb = clause_verb(mention.trigger)
    return mention.status == "planned" and any(c.dep_ == "advmod" and c.lower_ == "again" for c in children_of(verb))


def with_the_talks_brokers(
    cluster: Cluster, main: Meeting, sides: list[str], mediators: list[str], place: tuple[str | None, str | None]
) -> list[str]:
    """A meeting's brokers, with those of the story's talks where it goes on with them: "the two delegations will
    meet again" (the same brokers, not a summit elsewhere), or another numbered round of the series (its brokers
    but the host of the story's round)."""
    planned = cluster.mentions[0].status == "planned"
    if not mediators and main.mediators and set(sides) == set(main.parties) and _a_brokered_process(cluster):
        return [p for p in main.mediators if p not in sides]  # "another round of the EU-facilitated dialogue": every
        # meeting of its sides is one of the dialogue the broker facilitates
    if not planned and mediators and set(mediators) < set(main.mediators) and set(sides) == set(main.parties):
        # some of the talks' brokers at an earlier meeting of their sides where they are held: all of them
        return [p for p in main.mediators if p not in sides] if place[0] == main.location else mediators
    a_round = isinstance(cluster.first("round"), int) or any(m.trigger.lemma_ == "round" for m in cluster.mentions)
    if not (planned or a_round):  # ("a previous round of talks in X": a round of the same series, unnumbered)
        return mediators
    if not _same_talks_again(cluster, main, sides, mediators, place):
        return mediators
    # a state that alone brokered the talks it hosted hosts them again at home only (not a group of brokers)
    at_home = planned and (place[1] in (None, main.country) or len(main.mediators) > 1)
    brokers = [p for p in main.mediators if p not in sides and (at_home or p != main.country)]
    return list(dict.fromkeys([*mediators, *brokers]))


def all_of_the_talks_sides(cluster: Cluster, sides: list[str], mediators: list[str], main: Meeting | None) -> list[str]:
    """A round of the story's talks ("the first was held in Cairo", "the next round") that names only some of its
    sides has them all: three states negotiating meet as three, whichever two the sentence before named."""
    if main is None or not sides or not set(sides) < set(main.parties):
        return sides
    if cluster.first("round") is None and not any(follows_on(m.trigger) for m in cluster.mentions):
        return sides
    return [p for p in main.parties if p not in mediators]


def sides_of_another_round(cluster: Cluster, clusters: list[Cluster]) -> list[str]:
    """The sides another numbered round of the same talks names, for a numbered round that names none: "the
    second round of the trilateral consultations among A, B and C ... The first round was held in X"."""
    if cluster.first("round") is None:
        return []
    named = [
        list(dict.fromkeys(p for m in other.mentions for p in m.parties if p not in m.mediators))
        for other in clusters  # (not "with a U.S. mediator shuttling between the delegations": its broker)
        if other is not cluster and other.first("round") is not None
    ]
    return max((sides for sides in named if len(sides) >= 2), key=len, default=[])


def _talks_words(mention: Mention) -> set[tuple[str, str]]:
    """(qualifier, meeting word) pairs a mention's words name: "the fourth round of the indirect talks" gives
    ("indirect", "talks")."""
    trigger = mention.trigger
    nouns = [trigger, *of_objects(trigger)]
    return {(c.lower_, noun.lemma_) for noun in nouns for c in children_of(noun) if c.dep_ == "amod"}


def sides_of_the_same_talks(cluster: Cluster, mentions: list[Mention]) -> list[str]:
    """The sides of the talks told before with the same qualified words, for a meeting that names none: "the next
    round of indirect talks between A and B ... the fourth round of the indirect talks, ..., was postponed"."""
    first = cluster.mentions[0]
    words = set().union(*(_talks_words(m) for m in cluster.mentions))
    for earlier in reversed([m for m in mentions if m.trigger.i < first.trigger.i]):
        if len(set(earlier.parties)) >= 2 and words & _talks_words(earlier):
            return list(dict.fromkeys(earlier.parties))
    return []


def sides_of_the_talks_where_held(cluster: Cluster, mentions: list[Mention]) -> list[str]:
    """The sides of talks a sentence places in a city, for a meeting its "where" clause on that city tells of and
    names none: "talks between A and B continued in X, where negotiators were expected to meet again"."""
    trigger = cluster.mentions[0].trigger
    chain = [trigger]
    while chain[-1].dep_ != "relcl" and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    clause = chain[-1]
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for t in chain for c in children_of(t)):
        return []  # ("where" hung on the clause's verb or on the meeting verb under it)
    place = clause.head
    for other in mentions:
        if other.trigger.i < trigger.i and place in other.trigger.sent and len(set(other.parties)) >= 2:
            if place.dep_ == "pobj" and place.head.head in (other.trigger, *ancestors_of(other.trigger)):
                return list(dict.fromkeys(other.parties))  # ("in X" hung on the talks or on their verb)
    return []


def sides_told_before(
    cluster: Cluster, clusters: list[Cluster], mediators: list[str], main: Meeting | None
) -> list[str]:
    """The sides of a meeting that names none: those of another numbered round of the talks, for a numbered
    round; else the story's main meeting's ("builds on an interim accord struck in Geneva")."""
    found = [p for p in sides_of_another_round(cluster, clusters) if p not in mediators]
    if not found and main is not None:
        found = [p for p in main.parties if p not in mediators]
    return found
