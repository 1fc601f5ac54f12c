"""Meeting words in a clause of another time than a meeting word beside them: "resumed talks, six months after a
first round collapsed", "After the end of the summit, X held a meeting with Y" (the round and the summit are
earlier occasions, with sides of their own)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.word_index import words_with

TIME_JOINS = frozenset({"after", "since", "before", "following", "until"})
"""Words that open a clause of another time: "resumed talks, six months after a first round collapsed"."""

TIME_PHRASES = {"ahead": "of", "prior": "to"}
"""Words whose preposition opens a clause of another time: "met X this morning ahead of the talks"."""


def _of_a_phrase(preposition: Token) -> bool:
    """Whether a preposition is the "of" of "ahead of" (the "to" of "prior to")."""
    return TIME_PHRASES.get(preposition.head.lower_) == preposition.lower_


def time_clause(token: Token, trigger: Token) -> Token | None:
    """The head of the clause of another time than ``trigger``'s that a word stands in ("after" of "after the end
    of the summit"; "collapsed" of "after a first round collapsed"), or None."""
    if not _under_a_time(token):
        return None  # (most words: no pair to compare)
    path = [token, *token.ancestors]
    holding = {trigger.i, *(a.i for a in trigger.ancestors)}  # the words whose subtree holds the trigger
    for above in path:
        if above.i in holding:
            return None
        if _opens_a_time(above):
            return above
        if above.dep_ in {"relcl", "acl", "ccomp"} and above.head.ent_type_ not in {"DATE", "TIME"}:
            return None  # "after X, who brokered the meeting, pressed them": the meeting of the clause around it
            # (not "since March 2022, when a round collapsed": a clause on the time itself)
    return None


def _under_a_time(token: Token) -> bool:
    """Whether a word or one above it opens a clause of another time (worked out once per document)."""
    doc = token.doc
    under: list[bool] | None = doc.user_data.get("kg_under_a_time")
    if under is None:
        under = [False] * len(doc)
        for index in words_with(doc, lower=TIME_JOINS | frozenset(TIME_PHRASES)):  # "after" as a preposition, or
            word = doc[index]  # marking its verb; the "of" of "ahead of"
            openers = [word] if word.dep_ == "prep" else [word.head] if word.dep_ == "mark" else []
            openers += [c for c in word.children if c.dep_ == "prep" and c.lower_ == TIME_PHRASES.get(word.lower_)]
            for below in (b for opener in openers for b in opener.subtree):
                under[below.i] = True
        doc.user_data["kg_under_a_time"] = under
    return under[token.i]


def _opens_a_time(word: Token) -> bool:
    """Whether a word opens a clause of another time: "after" as a preposition, the "of" of "ahead of", or a verb
    marked by "after"."""
    joins = word.lower_ in TIME_JOINS and word.dep_ == "prep" or word.dep_ == "prep" and _of_a_phrase(word)
    return joins or any(c.dep_ == "mark" and c.lower_ in TIME_JOINS for c in word.children)


def in_a_time_clause(token: Token, trigger: Token) -> bool:
    """Whether a word stands in a clause of another time than the meeting word ``trigger``'s."""
    return time_clause(token, trigger) is not None


def without_its_sides(token: Token, trigger: Token) -> bool:
    """Whether a meeting word told of before stands in a clause of another time that does not point back to the
    sides of the clause around it: "After the summit, X met Y", not "eight months after their first meeting" (X's
    and Y's) nor "X and Y signed the deal after months of talks in Z" (theirs)."""
    head = time_clause(token, trigger)
    if head is None or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in head.subtree):
        return False
    return any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in token.children)  # told before


def own_sides(trigger: Token, others: list[Token], parties: list[str], ctx: Context) -> list[str]:
    """The sides of a meeting word in a clause of another time than a meeting word beside it: only those its clause
    names ("After the summit, X met Y": the summit's sides are not X and Y)."""
    heads = [h for o in others if o != trigger and (h := time_clause(trigger, o)) is not None]
    if not heads or not without_its_sides(trigger, next(o for o in others if time_clause(trigger, o) == heads[0])):
        return parties
    named = {p.party for p in ctx.parties_in(heads[0].left_edge.i, heads[0].right_edge.i + 1)}
    return [p for p in parties if p in named]
