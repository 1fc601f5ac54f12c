"""Names and the titles around them: a name after a title that ends on its state ("Minister of Foreign Affairs of
the Republic of Kazakhstan Murat Nurtleu", which official readouts write and the small model often leaves
untagged), and a word between two title words that is no name ("the chief Brexit negotiator")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.base import Context, sentence_of
from kg.extract.parties import state_named
from kg.gazetteer import lexicon

TITLE_REACH = 12
"""How many words before the state the title may start ("Minister of Foreign Affairs of the Republic of")."""


def after_state_titles(doc: Doc, ctx: Context) -> Iterator[int]:
    """Positions of the first word of a name that follows a title ending "of STATE"."""
    titles = lexicon().title_words
    for mention in ctx.party_mentions:
        span = mention.span
        if span.end < len(doc) and mention.how == "org" and _office_for_a_state(span, ctx):
            span = span[-1:]  # "Director of the Office for Kosovo Petar Petkovic": the office's name ends on a state
        elif not mention.known or mention.how not in {"name", "metonym"} or span.end >= len(doc):
            continue
        following = doc[span.end]
        if following.pos_ != "PROPN" or not following.text[:1].isupper():
            continue
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
        before = doc[max(start - TITLE_REACH, sentence_of(span).start) : start]  # "... of the Republic of Peru NAME"
        if len(before) and before[-1].lower_ in {"of", "for"} and any(t.lower_ in titles for t in before):
            yield span.end


def _office_for_a_state(span: Span, ctx: Context) -> bool:
    """Whether an organisation's name ends "for STATE" or "of STATE" ("the Office for Kosovo")."""
    return len(span) >= 3 and span[-2].lower_ in {"of", "for"} and state_named(span[-1:], ctx.gazetteer) is not None


def between_titles(span: Span) -> bool:
    """A single word between two title words is what the title is about, not a name: "the chief Brexit
    negotiator", "a senior Gaza official"."""
    if len(span) != 1 or span.start == 0:
        return False
    token, before = span[0], span.doc[span.start - 1]
    titles = lexicon().title_words
    return token.dep_ == "compound" and token.head.lower_ in titles and before.lower_ in titles
