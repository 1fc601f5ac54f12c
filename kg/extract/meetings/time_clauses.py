"""Meeting words in a clause of another time than a meeting word beside them: "resumed talks, six months after a
first round collapsed", "After the end of the summit, X held a meeting with Y" (the round and the summit are
earlier occasions, with sides of their own)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.base import Context, clause_verb, first_conjunct
from kg.extract.meetings.words import LASTING_VERBS
from kg.extract.tree import ancestors_of, children_of, subtree_of
from kg.extract.word_index import words_with

if TYPE_CHECKING:
    from kg.extract.meetings.clauses import Mention

TIME_JOINS = frozenset({"after", "since", "before", "following", "until"})
"""Words that open a clause of another time: "resumed talks, six months after a first round collapsed"."""

TIME_PHRASES = {"ahead": "of", "prior": "to"}
"""Words whose preposition opens a clause of another time: "met X this morning ahead of the talks"."""


def a_later_phrase(preposition: Token) -> bool:
    """Whether a preposition is the "of" of "ahead of" (the "to" of "prior to"): what follows comes later."""
    return preposition.dep_ == "prep" and TIME_PHRASES.get(preposition.head.lower_) == preposition.lower_


def time_clause(token: Token, trigger: Token) -> Token | None:
    """The head of the clause of another time than ``trigger``'s that a word stands in ("after" of "after the end
    of the summit"; "collapsed" of "after a first round collapsed"), or None."""
    openers, under = _time_clauses(token.doc)
    if not under[token.i]:
        return None  # (most words: no pair to compare)
    holding = {trigger.i, *(a.i for a in ancestors_of(trigger))}  # the words whose subtree holds the trigger
    for above in (token, *ancestors_of(token)):
        if above.i in holding:
            return None
        if above.i in openers:
            return above
        if above.dep_ in {"relcl", "acl", "ccomp"} and above.head.ent_type_ not in {"DATE", "TIME"}:
            return None  # "after X, who brokered the meeting, pressed them": the meeting of the clause around it
            # (not "since March 2022, when a round collapsed": a clause on the time itself)
    return None


def _time_clauses(doc: Doc) -> tuple[frozenset[int], list[bool]]:
    """The words of a document that open a clause of another time ("after" as a preposition, a verb "after" marks,
    the "of" of "ahead of"), and for each word whether it stands under one (worked out once per document, from the
    few time words a document has)."""
    found: tuple[frozenset[int], list[bool]] | None = doc.user_data.get("kg_time_clauses")
    if found is None:
        openers: set[int] = set()
        for index in words_with(doc, lower=TIME_JOINS | frozenset(TIME_PHRASES)):
            word = doc[index]
            if word.lower_ in TIME_JOINS and word.dep_ in {"prep", "mark"}:
                openers.add(word.i if word.dep_ == "prep" else word.head.i)
            openers.update(c.i for c in children_of(word) if a_later_phrase(c))
        under = [False] * len(doc)
        for below in (b for i in openers for b in subtree_of(doc[i])):
            under[below.i] = True
        found = doc.user_data["kg_time_clauses"] = (frozenset(openers), under)
    return found


def in_a_time_clause(token: Token, trigger: Token) -> bool:
    """Whether a word stands in a clause of another time than the meeting word ``trigger``'s."""
    return time_clause(token, trigger) is not None


def _head_without_its_sides(token: Token, trigger: Token) -> Token | None:
    """The head of the clause of another time a meeting word told of before stands in, where that clause does not
    point back to the sides of the clause around it: "After the summit, X met Y", not "eight months after their first
    meeting" (X's and Y's) nor "X and Y signed the deal after months of talks in Z" (theirs)."""
    head = time_clause(token, trigger)
    if head is None or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in subtree_of(head)):
        return None
    told_before = any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in children_of(token))
    return head if told_before else None


def without_its_sides(token: Token, trigger: Token) -> bool:
    """Whether a meeting word told of before stands in a clause of another time that does not point back to the
    sides of the clause around it (:func:`_head_without_its_sides`)."""
    return _head_without_its_sides(token, trigger) is not None


def own_sides(trigger: Token, others: list[Token], parties: list[str], ctx: Context) -> list[str]:
    """The sides of a meeting word in a clause of another time than a meeting word beside it: only those its clause
    names ("After the summit, X met Y": the summit's sides are not X and Y)."""
    head = next((h for o in others if o != trigger and (h := _head_without_its_sides(trigger, o)) is not None), None)
    if head is None:
        return parties
    named = {p.party for p in ctx.parties_in(head.left_edge.i, head.right_edge.i + 1)}
    return [p for p in parties if p in named]


RELATIVE_WORDS = frozenset({"which", "that"})

RUNNING_WORDS = frozenset(LASTING_VERBS | {"hold", "take", "stretch"})
"""Verbs whose "which" can only be the meeting, not the place it is hung on: "talks in X, which ran from A to B"."""


def hung_beside(verb: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a relative clause the parser hung on the months or the place of a meeting tells of that meeting: "two
    earlier rounds of talks, in July and August, which X mediated in Y" (the place of the clause is the rounds'),
    "the first round in X, which ran from Oct. 25 to 30" (its days)."""
    owner = first_conjunct(verb.head)
    preposition = owner.head
    if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"} or owner.dep_ != "pobj":
        return False
    if preposition.lower_ not in {"in", "on", "at"} or preposition.head.i not in anchors:
        return False
    relative = [c for c in children_of(verb) if c.lower_ in RELATIVE_WORDS]
    if owner.ent_type_ == "DATE":
        return any(c.dep_ in {"dobj", "nsubjpass"} for c in relative)
    return owner.ent_type_ in {"GPE", "FAC", "LOC"} and verb.lemma_ in RUNNING_WORDS and bool(relative)


def told_since_then(mention: Mention) -> bool:
    """Whether a meeting word's clause opens on "since then" ("Since then, the two sides have met twice"): meetings
    after the one told before, not more of its telling."""
    verb = clause_verb(mention.trigger)
    return any(
        c.lower_ == "since" and c.i < verb.i and any(o.lower_ == "then" for o in children_of(c))
        for c in children_of(verb)
    )


def of_the_story_time(mention: Mention) -> bool:
    """Whether a mention is of the story's days: placed where the story is, or naming two sides or more and no place
    or time of its own ("X later held bilateral talks with Y"), not a meeting a month or years before."""
    untimed = mention.dates is None and mention.month is None and mention.year is None and mention.window is None
    return mention.of_the_story or untimed and not mention.city and len(set(mention.parties)) >= 2


PERIOD_NOUNS = frozenset({"day", "date", "eve", "anniversary", "week", "weekend", "month", "year", "morning"})
"""Nouns that may stand beside a date as another name for it: "on Monday, the first day of talks"."""


def set_beside_a_date(word: Token) -> bool:
    """Whether a phrase the parser set in apposition to a date is no other name for that day: "on Aug. 3, the
    biggest step yet in talks" (not "on Monday, the first day of talks")."""
    if word.dep_ != "appos" or word.pos_ != "NOUN":
        return False  # ("on May 3, the second in X on July 9": an elided round, which the parser hangs so too)
    return word.head.ent_type_ in {"DATE", "TIME"} and word.lemma_ not in PERIOD_NOUNS
