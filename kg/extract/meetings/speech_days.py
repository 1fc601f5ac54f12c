"""Days named from the day of speaking ("today", "tomorrow", "yesterday", "earlier in the day"), counted from the day
the text says they were spoken on where that is not the article's day."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.base import Context, sentence_of
from kg.extract.dates import DateRange
from kg.extract.meetings.year_told import date_attachment
from kg.gazetteer import lexicon

SPEECH_DAYS = frozenset({"today", "yesterday", "tomorrow"})
"""Days named from the day of writing, which the model at times leaves untagged at the head of a sentence."""


def from_the_day_of_saying(found: DateRange | None, ent: Span, ctx: Context) -> DateRange | None:
    """A day named from the day of speaking ("tomorrow", "today", "yesterday") in what someone said on another day
    the sentence names before it ("On Tuesday he told reporters: '... a meeting tomorrow'"): counted from that day."""
    reference = ctx.dates.reference
    if found is None or reference is None or ent.text.lower().strip() not in SPEECH_DAYS:
        return found
    speech = lexicon().verbs_of_saying
    for said in ctx.entities_in(sentence_of(ent).start, ent.start):
        if said.label_ != "DATE" or date_attachment(said).lemma_.lower() not in speech:
            continue
        day = ctx.dates.resolve(said)
        if day is not None and day.start == day.end and day.start != reference:
            step = day.start - reference
            return DateRange(found.start + step, found.end + step)
    return found


def with_its_part(phrase: Span) -> Span:
    """ "the day" the model tagged, with the "earlier in" before it: the day of writing (not "later in the day", which
    counts from the day told before)."""
    start = phrase.start
    if phrase.text.lower() != "the day" or start < 2:
        return phrase
    longer = phrase.doc[start - 2 : phrase.end]
    return longer if longer.text.lower() == "earlier in the day" else phrase
