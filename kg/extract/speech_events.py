"""A verb of saying with its speaker, reported clause and quotes, and which of several such events a quote beside
them belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.people import Person
from kg.extract.quotes import Quote
from kg.extract.tree import children_of


@dataclass
class SpeechEvent:
    verb: Token
    speaker: Person | None
    content: Span | None
    quotes: list[Quote] = field(default_factory=list)
    party: str | None = None
    """The party speaking, when no person does ("Hamas said", "the Kremlin said", "Israel's foreign ministry said")."""
    sure: float = 1.0
    """How sure the speaker's resolution is: lower for a pronoun or role noun that two people could fit."""

    @property
    def name(self) -> str:
        return self.party or (self.speaker.name if self.speaker else "")


def but_after(verb: Token, quote: Quote) -> bool:
    """Whether a verb of saying comes after a quote, joined by "but" or "yet" to the verb before it."""
    return (
        verb.idx > quote.end and verb.dep_ == "conj" and any(c.lower_ in {"but", "yet"} for c in children_of(verb.head))
    )


CLOSING_MARKS = 2
"""Characters a quote may run past the last word of the clause that holds it: its closing stop or comma and mark
('... had "kept the peace,"')."""


def in_clause(quote: Quote, clause: Span | None, closing: int = CLOSING_MARKS) -> bool:
    """Whether a quote lies inside a reported clause, ``closing`` characters past its end allowed."""
    return clause is not None and clause.start_char <= quote.start and quote.end <= clause.end_char + closing


CONTRAST_JOINS = {"while", "whereas"}
"""Words that set one speaker's words against another's: "X said ..., while Y called it ..."."""


def before_a_contrast(doc: Doc, quote: Quote, same: list[SpeechEvent], nearest: SpeechEvent) -> SpeechEvent:
    """A quote that "while" or "whereas" parts from the verb after it is the words of the verb before it: "X said
    the deal had 'kept the peace,' while Y called it ..." (X's, though Y's verb stands nearer)."""
    if nearest.verb.idx < quote.end:
        return nearest
    between = doc.char_span(quote.end, nearest.verb.idx, alignment_mode="expand")
    if between is None or not any(t.lower_ in CONTRAST_JOINS for t in between):
        return nearest
    before = [e for e in same if e.verb.idx < quote.start]
    return max(before, key=lambda e: e.verb.idx) if before else nearest
