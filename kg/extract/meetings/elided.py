"""Ordinals that stand for a round their sentence, or the one before it, has numbered or counted: "the first
round, in Geneva, ..., and the second, held in London", "They held four rounds. The first took place in Cairo"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import sentence_of
from kg.extract.meetings.rounds import ROUND_NOUNS, round_of
from kg.extract.tree import children_of
from kg.gazetteer import lexicon
from kg.model import ORDINALS


def elided_round(token: Token) -> bool:
    """An ordinal standing for a round its sentence has numbered already: "the first round, in Geneva, ..., and
    the second, held in London on June 9-10, ...", "and the second one in Lima"; the last of meetings its sentence
    counts or tells of in the plural: "five rounds of talks, the last of which took place in X", "the latest in X"."""
    if _last_of_those(token):
        return True
    one = token.lower_ == "one" and any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in children_of(token))
    if token.lower_ == "one" and any(c.dep_ == "amod" and c.lower_ in LATEST_WORDS for c in children_of(token)):
        return _meeting_told_before(token)  # "The meeting will be the first ... The last one, held in X, ..."
    if (
        token.lower_ not in ORDINALS
        and not one
        or token.dep_
        not in {
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
            "conj",
            "appos",
            "advmod",
            "npadvmod",
        }
    ):
        return False
    if not any(c.dep_ == "det" for c in children_of(token)) and not (
        token.i > 0 and token.doc[token.i - 1].lower_ == "the"
    ):
        return False  # "the first opened in Geneva", however parsed
    if token.dep_ == "conj" and token.head.lemma_ == "be" and any(c.dep_ == "attr" for c in children_of(token.head)):
        return False  # "The meeting was the seventh round ..., and the first under X": the same meeting again
    if any(t.i < token.i and t.lower_ in ROUND_NOUNS and round_of(t) is not None for t in sentence_of(token)):
        return True
    if any(t.i < token.i and t.lemma_ in ROUND_NOUNS and _numbered(t) for t in sentence_of(token)):
        return True  # "hosted the third and fourth rounds in X, and the fifth was held in Y"
    if any(t.i < token.i and t.lemma_ in ROUND_NOUNS and _counted(t) for t in sentence_of(token)):
        return True  # "have held three rounds ..., and a fourth is planned for November"
    return numbers_rounds_before(token)


def _last_of_those(token: Token) -> bool:
    """ "the last of which took place in X", "the most recent of them in Y", "the latest in Z on May 2", after a
    plural meeting noun of its sentence ("regular meetings of the commission", "five rounds of talks")."""
    latest = (
        token.lower_ in LATEST_WORDS or token.lower_ == "recent" and any(c.lower_ == "most" for c in children_of(token))
    )
    if not latest or token.pos_ not in {"ADJ", "NOUN"} or token.dep_ not in {"nsubj", "nsubjpass", "appos", "npadvmod"}:
        return False
    if (
        token.i == 0
        or token.doc[token.i - 1].lower_ != "the"
        and not any(c.lower_ == "the" for c in children_of(token))
    ):
        return False
    of = [o.lower_ for p in children_of(token) if p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
    if of and not set(of) <= {"which", "them", "those", "these"}:
        return False  # not "the last of the delegates"
    within = [o for p in children_of(token) if p.lower_ == "in" for o in children_of(p) if o.dep_ == "pobj"]
    if any(o.pos_ == "NOUN" for o in within):
        return False  # "held talks on Monday, the latest in a series of meetings": those talks, told again
    nouns = lexicon().meeting_nouns
    sentence = sentence_of(token)
    return any(t.i < token.i and t.tag_ == "NNS" and (t.lower_ in nouns or t.lemma_ in ROUND_NOUNS) for t in sentence)


def _numbered(noun: Token) -> bool:
    """Whether a plural meeting noun has ordinals on it: "the third and fourth rounds"."""
    return noun.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in children_of(noun))


def _counted(noun: Token) -> bool:
    """Whether a plural meeting noun has a number on it: "three rounds"."""
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(noun))


LATEST_WORDS = {"last", "previous", "latest"}
"""Words that make "one" the meeting before the one just told: "the last one"."""


def _meeting_told_before(token: Token) -> bool:
    """Whether a meeting word stands before a word in its sentence or in the sentence before it."""
    sentence = sentence_of(token)
    start = sentence_of(token.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    nouns = lexicon().meeting_nouns
    return any(t.lower_ in nouns or t.lemma_ in ROUND_NOUNS for t in token.doc[start : token.i])


def numbers_rounds_before(token: Token) -> bool:
    """Whether a sentence opening with an ordinal ("The first took place in Cairo ..., the second in ...") numbers
    the rounds the sentence before it counts."""
    sentence = sentence_of(token)
    opening = token.doc[sentence.start + 1] if sentence.start + 1 < sentence.end else token
    return opening.lower_ in ORDINALS and _counts_rounds(sentence)


def _counts_rounds(sentence: Span) -> bool:
    """Whether the sentence before this one counts or numbers rounds its successor goes on to number: "They held
    four rounds this year. The first took place in Cairo ...", "A fourth round was held in X. The fifth ..."."""
    if sentence.start == 0:
        return False
    before = sentence_of(sentence.doc[sentence.start - 1])
    nouns = lexicon().meeting_nouns
    return (
        any(
            t.lemma_ in ROUND_NOUNS and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(t))
            for t in before
        )
        or any(  # "A fourth round was held in X ... The sixth, in Y, was the last": the numbering goes on
            t.lemma_ in ROUND_NOUNS and round_of(t) is not None for t in before
        )
        or any(  # "The meeting in Addis Ababa was the second since ... The first was held in Cairo"
            t.lower_ in ORDINALS
            and t.dep_ == "attr"
            and any(c.dep_ == "nsubj" and c.lower_ in nouns for c in children_of(t.head))
            for t in before
        )
    )
