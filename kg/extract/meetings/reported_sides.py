"""The side that reports its own talks "with" others: "Peru said the latest round of negotiations with Chile and
Bolivia had failed" (Peru negotiates; it is no go-between of the two it names)."""

from __future__ import annotations

from kg.extract.base import SUBJECT_DEPS, Context, clause_verb, of_objects
from kg.extract.meetings.clauses import Mention
from kg.extract.tree import children_of
from kg.gazetteer import lexicon


def with_the_reporting_side(mention: Mention, parties: list[str], ctx: Context) -> list[str]:
    """A meeting's sides with the one side that speaks of the talks "with" the others in the clause it reports,
    where nothing else on the meeting word names whose talks they are ("A's talks with B" names A), unless the talks
    with two others are in its own country (their host)."""
    trigger = mention.trigger
    if (trigger.pos_ != "NOUN" and trigger.dep_ not in SUBJECT_DEPS) or not parties:
        return parties  # (a meeting noun the tagger took for a verb, in a subject's place)
    nouns = [trigger, *of_objects(trigger)]  # "the latest round of negotiations with B"
    if not any(p.dep_ == "prep" and p.lower_ == "with" for n in nouns for p in children_of(n)):
        return parties
    if any(c.dep_ in {"poss", "compound", "amod"} and ctx.party_at(c.i) for n in nouns for c in children_of(n)):
        return parties
    verb = clause_verb(trigger)
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in lexicon().verbs_of_saying:
        return parties
    subject = next((c for c in children_of(saying) if c.dep_ == "nsubj"), None)
    if subject is None:
        return parties
    found = {m.party for m in ctx.parties_in(subject.left_edge.i, subject.right_edge.i + 1)}
    if len(found) != 1 or found <= set(parties) or len(parties) >= 2 and mention.country in found:
        return parties  # ("Qatar said the talks with A and B in Doha had made progress": their host)
    return [*found, *parties]
