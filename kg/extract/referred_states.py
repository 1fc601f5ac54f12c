"""The state a description names back with a common noun: "the government delegation", "the council's deputy
head", "ministry spokesman X", "the country's envoy"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.base import sentence_of
from kg.extract.group_names import GROUP_ADJECTIVES
from kg.extract.parties import GOVERNMENT_WORDS, government_named_before

if TYPE_CHECKING:
    from kg.extract.base import Context


STATE_BODY_NOUNS = frozenset({"council", "junta", "cabinet", "presidency", "military"})
"""Bodies of a state a description may name back ("the council's deputy head" after "Sudan's ruling council")."""


def government_referred_to(words: list[str], span: Span, ctx: Context) -> str | None:
    """The state "the government" of a description stands for ("the head of the government delegation", "who
    headed the government delegation"): the one whose government the article named last before ("Colombia's
    government and the ELN ..."); for "the army", the state whose army it named before ("Sudan's army ... an
    army delegate")."""
    if "army" in words and not GOVERNMENT_WORDS.intersection(words):  # "an army delegate": the state's army
        return government_named_before(span.doc, span.start, ctx.gazetteer, {"army"})
    bodies = STATE_BODY_NOUNS.intersection(w.removesuffix("'s").removesuffix("’s") for w in words)
    if bodies and not GOVERNMENT_WORDS.intersection(words):  # "the council's deputy head": the state whose
        return government_named_before(span.doc, span.start, ctx.gazetteer, bodies)  # council was named before
    if not GOVERNMENT_WORDS.intersection(words) or GROUP_ADJECTIVES.intersection(words):
        return None  # (not "Prime Minister A of the government and rebel commander B": B's side is no government)
    return government_named_before(span.doc, span.start, ctx.gazetteer) or ctx.home_state


def ministry_referred_to(words: list[str], span: Span, ctx: Context) -> str | None:
    """The state of "the ministry" of a description ("ministry spokesman X"): the one whose ministry the sentence
    or the one before named last ("Ukraine's foreign ministry said in a statement ...")."""
    if "ministry" not in words:
        return None
    sentence = sentence_of(span)
    start = sentence_of(span.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    for mention in reversed(ctx.parties_in(start, span.start)):
        doc = mention.span.doc
        after = doc[mention.span.end : mention.span.end + 3]
        if ctx.gazetteer.is_country(mention.party) and any(t.lower_ == "ministry" for t in (*mention.span, *after)):
            return mention.party
    return None


def country_referred_to(span: Span, ctx: Context) -> str | None:
    """The state "the country" stands for: the last one named before it, in its sentence or the one before."""
    sentence = sentence_of(span)
    start = sentence_of(span.doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    named = [
        m.party
        for m in ctx.parties_in(start, span.start)
        if m.known and ctx.gazetteer.is_country(m.party) and m.how in {"name", "demonym"}
    ]
    return named[-1] if named else None
