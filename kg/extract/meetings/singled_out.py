"""The words that single out when and where a meeting was: an apposition on the meetings a word counts ("hosted five
rounds, the last in April 2022"), without the other event a time phrase inside it names, and a cleft ("It was in X,
in May, that A sat down with B")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.meetings.words import TIME_PREPOSITIONS
from kg.extract.tree import children_of, subtree_of

SINGLED_OUT = {"last", "latest", "first", "most"}
"""Words of an apposition that singles out one of the meetings a word counts: "five rounds, the last in May"."""


def singled_out(anchors: set[int], doc: Doc) -> set[int]:
    """The words of an apposition that singles out one of several meetings, on a meeting's word, its object or the
    place it names ("hosted five rounds, the last in April 2022", "three rounds in Lima, the last on May 4"): where
    and when that one was, the closest the story comes to placing them."""
    words = [doc[i] for i in anchors]
    words += [o for t in words for p in children_of(t) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    found: set[int] = set()
    for apposed in (c for word in words for c in children_of(word) if c.dep_ == "appos" and c.lower_ in SINGLED_OUT):
        # not "the first of its kind since the collapse of talks at X": the other event a time phrase names
        other = {t.i for p in children_of(apposed) if p.lower_ in TIME_PREPOSITIONS for t in subtree_of(p)}
        other |= {
            t.i for c in children_of(apposed) if _marked_by_time(c) for t in subtree_of(c)
        }  # "since X collapsed in May"
        found.update(t.i for t in subtree_of(apposed) if t.i not in other)
    return found


def _marked_by_time(clause: Token) -> bool:
    """Whether a clause dates one event by another: "since the ceasefire collapsed in May"."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_PREPOSITIONS for c in children_of(clause)
    )


def cleft_focus(verb: Token) -> bool:
    """Whether a clause is what a cleft sentence says of the time or place it puts first: "It was in X, in May, that A
    sat down with B" (the "in X" and "in May" hung on "was" are the clause's)."""
    be = verb.head
    return (
        verb.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb))
        and be.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(be))
    )
