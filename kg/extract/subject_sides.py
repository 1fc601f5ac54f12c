"""The side a name's "its" refers to: the subject of the clause the name stands in ("the United States is taking
part, with its envoy X"), the side a gapped clause names ("A was represented by X, and B by its adviser, Y"), or the
subject of the sentence before ("Its leader, X, said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.base import sentence_of
from kg.extract.tree import children_of, is_ancestor, lefts_of, subtree_of
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context


def subject_side(span: Span, ctx: Context) -> str | None:
    """The side that is the subject of the clause a name stands in, which "its" of the name's phrase refers to."""
    if (gapped := _gapped_subject(span, ctx)) is not None:
        return gapped  # "A was represented by X, and B by its adviser, Y": B's
    verb = span.root
    for _ in range(4):  # "with its envoy X based in a hotel": the verb the phrase hangs from has no subject
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and (subject == span.root or is_ancestor(subject, span.root)):
            subject = None  # the person's own phrase: "its envoy X based in a hotel"
        if subject is None and verb.dep_ == "conj" and (agent := _agent_party(verb.head, ctx)) is not None:
            return agent  # "hosted by A and chaired by its adviser X": A's
        if subject is not None:
            mention = ctx.party_at(subject.i)
            return mention.party if mention is not None and mention.known else None
        if verb.head == verb:
            return _previous_subject_side(span, ctx)
        verb = verb.head
    return None


def _gapped_subject(span: Span, ctx: Context) -> str | None:
    """The side named right before the "by" a name's phrase hangs on, in a clause whose verb is left out: "A was
    represented by X, and B by its adviser, Y", "A was represented by X, B by its prime minister, Y"."""
    node = span.root
    while node.dep_ in {"appos", "compound"} and node.head != node:
        node = node.head
    by = node.head
    if node.dep_ != "pobj" or by.lower_ != "by" or by.i < 2:
        return None
    named = by.doc[by.i - 1]  # "..., and B by", or "..., B by" with the "and" left out too
    if named.dep_ != "conj" and not (named.dep_ in {"appos", "dep", "npadvmod"} and by.doc[by.i - 2].text == ","):
        return None
    mention = ctx.party_at(by.i - 1)
    return mention.party if mention is not None and mention.known else None


def _agent_party(verb: Token, ctx: Context) -> str | None:
    """The known party a passive verb's "by" names."""
    objects = (o for a in children_of(verb) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj")
    mentions = (ctx.party_at(o.i) for o in objects)
    return next((m.party for m in mentions if m is not None and m.known), None)


def _previous_subject_side(span: Span, ctx: Context) -> str | None:
    """The side that is the subject of the sentence before, when "its" opens the name's own sentence: "Hezbollah,
    the Iran-backed group, had threatened ... Its leader, X, said"."""
    sentence = sentence_of(span)
    if sentence.start == 0 or sentence[0].lower_ not in {"its", "their"} or sentence[0].i >= span.start:
        return None
    before = sentence_of(span.doc[sentence.start - 1]).root
    subject = next((c for c in children_of(before) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    subject = subject or (before if before.pos_ in {"PROPN", "NOUN"} else None)  # "Who runs the talks? The EU."
    if subject is None:
        return None
    # "The United Nations mission in Mali ...": the owner named in the subject's own words
    for word in [subject, *(c for c in lefts_of(subject) if c.dep_ in {"compound", "poss"})]:
        mention = ctx.party_at(word.i)
        if mention is not None and (mention.known or len(mention.span) > 1 and mention.span.root == subject):
            return mention.party  # "The High Negotiations Committee, an opposition group, ... Its coordinator"
    return None


OWNING_VERBS = {"lose", "appoint", "name", "elect", "choose", "mourn", "replace", "pick"}
"""Verbs whose subject owns the people in their object: "Hamas had lost two leaders, X and Y", "the group named a
new leader, X"."""


def owner_of_the_object(span: Span, ctx: Context) -> str | None:
    """The side that is the subject of a verb of owning whose object a name stands in apposition to ("Hamas had lost
    two leaders, X, killed in July, and Y"), or is listed after."""
    word = span.root
    while word.dep_ == "conj" and word.head != word and word.head.pos_ in {"PROPN", "NOUN"}:
        word = word.head
    noun = word.head
    if word.dep_ != "appos" or noun.dep_ != "dobj" or noun.head.lemma_ not in OWNING_VERBS:
        return None
    subject = next((c for c in children_of(noun.head) if c.dep_ == "nsubj"), None)
    mention = ctx.party_at(subject.i) if subject is not None else None
    return mention.party if mention is not None and mention.known else None


def state_of_the_clause_before(span: Span, ctx: Context) -> str | None:
    """The state that is the subject of the clause a titled person's clause is joined to: "Turkey is hosting the
    talks, and Foreign Minister X will open the session" (X is Turkey's)."""
    word = span.root
    while word.dep_ in {"appos", "compound"} and word.head != word and word.head.pos_ in {"PROPN", "NOUN"}:
        word = word.head
    verb = word.head
    if word.dep_ != "nsubj" or verb.dep_ != "conj" or not any(c.lower_ == "and" for c in children_of(verb.head)):
        return None
    first = verb.head
    talks = any(c.dep_ == "dobj" and c.lower_ in lexicon().meeting_nouns for c in children_of(first))
    if first.lemma_ not in ACTING_FOR_TALKS and not talks:
        return None  # not "A attacked the city, and President X condemned it": X may be the other side's
    subject = next((c for c in children_of(first) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    mention = ctx.party_at(subject.i) if subject is not None else None
    if mention is None or not mention.known or mention.span.root != subject or ctx.people.at(subject) is not None:
        return None
    return mention.party if ctx.gazetteer.is_country(mention.party) else None


ACTING_FOR_TALKS = frozenset({"host", "mediate", "chair", "broker", "facilitate", "convene", "send", "lead"})
"""Verbs of a state's part in talks, whose officials named in a clause joined to them act for it."""


TEAM_NOUNS = {"team", "delegation", "contingent", "panel"}
"""A side's body that "it" may stand for in the sentence after it names it."""


def team_referred_to(span: Span, ctx: Context) -> str | None:
    """The side of the team "it" stands for when "it includes" a person: "Russia's delegation is led by A. It
    includes B and C" (the subject of the sentence before)."""
    word = span.root
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    verb = word.head
    if word.dep_ != "dobj" or verb.lemma_ not in {"include", "comprise"}:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    sentence = sentence_of(verb)
    if subject is None or subject.lower_ not in {"it", "they"} or sentence.start == 0:
        return None
    before = sentence_of(span.doc[sentence.start - 1]).root
    team = next((c for c in children_of(before) if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ in TEAM_NOUNS), None)
    if team is None:
        return None
    mentions = (ctx.party_at(t.i) for t in subtree_of(team) if t.i < team.i)
    return next((m.party for m in mentions if m is not None and m.known), None)
