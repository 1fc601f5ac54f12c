"""The names a brokers' noun lists: the next items of a list read as an apposition, the names a clause gives for
its subject ("The co-chairs were A and B", "X is one of the guarantor countries"), and those a noun of the brokers'
kind lists ("guarantor countries Cuba and Norway", "the guarantor countries, among them ..."); the words of
mediation work and of the bodies that mediate."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context, sentence_of, tokens_in
from kg.extract.meetings.words import COPULAS
from kg.extract.tree import children_of
from kg.gazetteer import lexicon

MEDIATION_WORK = frozenset({"mediation", "facilitation"})
"""Patronage nouns whose owner brokers wherever the noun stands, not only after "under" or "with"."""

MEDIATION_BODIES = {"team", "panel", "group", "committee", "troika", "quartet"}
"""Nouns of a body that mediates as one: "the mediation team, including ..."."""

MEMBERSHIP_VERBS = {"include", "comprise"}
"""Verbs a brokers' body lists its members with: "the mediation team included X and Y"."""

PART_NOUNS = {"part", "member", "one"}
"""Nouns of belonging to a body: "X was part of the mediation team", "one of the mediators"."""


def listed_apposition(appos: Token, head: Token, ctx: Context) -> bool:
    """Whether an apposition names another known party than its head: the next item of a list."""
    own, other = ctx.party_at(head.i), ctx.party_at(appos.i)
    return own is not None and other is not None and other.known and other.party != own.party


def names_told_for(subject: Token) -> list[Token]:
    """The names a clause gives for its subject, a noun of brokers: what the subject is said to be ("The co-chairs
    were A and B"), or the list after the colon that closes its clause ("Two co-chairs joined the delegations: A,
    the EU's envoy, and B"), whatever the parser hung the list on."""
    verb = subject.head
    if subject.dep_ != "nsubj":
        return []
    if verb.lemma_ in COPULAS:
        return [c for c in children_of(verb) if c.dep_ == "attr"]
    colon = next((c for c in children_of(verb) if c.text == ":" and c.i > verb.i), None)
    if colon is None:
        return []
    listed = (t for t in tokens_in(sentence_of(verb)) if t.i > colon.i and t.dep_ == "appos" and t.head.i < colon.i)
    first = next(listed, None)
    return [first] if first is not None else []


def kinds_listed(noun: Token) -> list[Token]:
    """The names a noun of the brokers' kind lists: its appositions and conjuncts after it ("guarantor countries
    Cuba and Norway"), or the names after its phrase and ", among them" or ", including", whatever the parser hung
    them on ("representatives of the guarantor countries, among them Cuba's foreign minister X and Norway's envoy
    Y": the first word of each name)."""
    listed = [c for c in children_of(noun) if c.dep_ in {"appos", "conj"} and c.i > noun.i]
    doc = noun.doc
    end = noun.right_edge.i
    words = [t.lower_ for t in doc[end + 1 : end + 4]]
    if words[:3] != [",", "among", "them"] and words[:2] != [",", "including"]:
        return listed
    start = end + (4 if words[1] == "among" else 3)
    named = {"PERSON", "GPE", "NORP", "ORG"}
    return listed + [t for t in doc[start : sentence_of(noun).end] if t.ent_type_ in named and t.ent_iob_ == "B"]


def speaker_after_meetings(preposition: Token) -> Token | None:
    """The verb whose subject had separate meetings with two or more named sides before speaking: "Speaking after
    meetings with A's president and B's prime minister, X said ..." (X met each: their go-between)."""
    meetings = preposition.head
    if preposition.lower_ != "with" or meetings.tag_ != "NNS" or meetings.lower_ not in lexicon().meeting_nouns:
        return None
    met = [o for o in children_of(preposition) if o.dep_ == "pobj"]
    if not met or not any(c.dep_ == "conj" for c in children_of(met[0])) or meetings.dep_ != "pobj":
        return None
    after, speaking = meetings.head, meetings.head.head
    if after.lower_ not in {"after", "following"} or speaking.tag_ != "VBG" or speaking.dep_ != "advcl":
        return None
    return speaking.head if not any(c.dep_ == "nsubj" for c in children_of(speaking)) else None


def said_to_be(noun: Token) -> tuple[Token, ...]:
    """What a brokers' noun is said to be by: its copula, and the "one" it is "one of" ("A and B are the guarantor
    countries", "X is one of the guarantor countries"), the copula last (the verb whose subject brokers)."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    held = part if part is not None and part.lower_ == "one" else noun
    return (held, held.head) if held.dep_ == "attr" and held.head.lemma_ in COPULAS else ()


PATRON_PREPOSITIONS = frozenset({"under", "with", "through", "via", "after", "following", "amid", "at"})
"""Prepositions before a patronage noun its broker qualifies: "under EU mediation", "with Qatari mediation"."""

RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
"""Pronouns that open a relative clause on a broker: "Cuba and Norway, which have acted as guarantors"."""
