"""Sides a report gives a meeting it does not name on the meeting's own words: the side that reports its own talks
"with" others ("Peru said the latest round of negotiations with Chile and Bolivia had failed": Peru negotiates; it is
no go-between of the two it names), and those whose agreement a speaker reports after the meeting ("A and B agreed
..., the UN chief said after a meeting in X")."""

from __future__ import annotations

from kg.extract.base import SUBJECT_DEPS, Context, clause_verb, of_objects
from kg.extract.meetings.clauses import Mention
from kg.extract.meetings.named_sides import participant_tokens
from kg.extract.meetings.places import place_tokens
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


REPORTED_AFTER = frozenset({"after", "following", "at"})


def agreed_before_the_report(mention: Mention, ctx: Context) -> list[str]:
    """The sides named in the subject of a clause a speaker reports "after" (or "at") the meeting: "A and B agreed on
    Tuesday to open new crossings, the UN chief said after an informal meeting in X" (A and B met there)."""
    trigger = mention.trigger
    preposition = trigger.head
    saying = preposition.head
    if trigger.dep_ != "pobj" or preposition.lower_ not in REPORTED_AFTER:
        return []
    if saying.lemma_.lower() not in lexicon().verbs_of_saying:
        return []
    reported = [c for c in children_of(saying) if c.dep_ == "ccomp" and c.i < saying.i]
    hung = saying.dep_ in {"conj", "ccomp"} and saying.head.pos_ == "VERB" and saying.head.i < saying.i
    reported += [saying.head] if hung else []  # ("said" hung on "agreed", however parsed)
    subjects = {t.i for r in reported for c in children_of(r) if c.dep_ == "nsubj" for t in c.subtree}
    sentence = mention.sentence
    found = [side for token, side in participant_tokens(sentence, ctx, place_tokens(sentence)) if token.i in subjects]
    return list(dict.fromkeys(found)) if len(set(found)) >= 2 else []
