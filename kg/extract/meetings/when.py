"""When a meeting is: its dates and its status (held, ongoing or planned) relative to the publication date."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.extract.base import Context
from kg.extract.dates import WEEKDAYS, DateRange, month_day, month_of
from kg.extract.meetings.clauses import Mention, anchors_of, attachment, belongs, clause_verb
from kg.extract.meetings.words import ONGOING_WORDS, PLANNED_VERBS, TIME_PREPOSITIONS, WOULD_VERBS
from kg.model import Status


def status_of(mention: Mention, ctx: Context) -> Status:
    trigger = mention.trigger
    verb = clause_verb(trigger)
    near = {t.lower_ for t in trigger.subtree} | {verb.lower_} | {c.lower_ for c in verb.children}
    if near & ONGOING_WORDS and not (near & {"will", "next"}):
        return "ongoing"
    if verb.lemma_ == "continue" and verb.tag_ in {"VBZ", "VBP", "VBG"}:
        return "ongoing"  # "talks continue in Doha"
    reference = ctx.dates.reference
    if mention.dates and reference and mention.dates.start > reference:
        return "planned"
    if mention.dates and reference and mention.dates.end < reference:
        return "held"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"will", "'ll", "shall"} or any(t.lower_ in {"next", "upcoming"} for t in trigger.subtree):
        return "planned"
    if "would" in auxiliaries and verb.lemma_ in WOULD_VERBS:
        return "planned"
    if verb.lemma_ in {"expect", "plan", "schedule", "due"} or (
        verb.dep_ == "xcomp" and verb.head.lemma_ in PLANNED_VERBS
    ):
        return "planned"
    return "held"


def date_attachment(ent: Span) -> Token:
    """What a date expression modifies ("on Monday afternoon" -> the verb)."""
    root = ent.root
    while root.dep_ in {"compound", "nmod", "amod", "nummod"} and root.head.i != root.i and root.head.ent_type_:
        root = root.head
    return attachment(root) if root.dep_ == "pobj" else root.head


def dates_of(sentence: Span, ctx: Context, anchor: date | None, trigger: Token | None = None) -> DateRange | None:
    """The widest date range in a sentence, or only those that describe the trigger's meeting."""
    anchors = anchors_of(trigger) if trigger is not None else set()
    best: tuple[timedelta, int, DateRange] | None = None
    for ent in _date_phrases(sentence, ctx):
        found = ctx.dates.resolve(ent, anchor=anchor)
        if found is not None:
            anchor = found.start  # "met on Jan. 10, then ... the following day": the day after the date before
        if trigger is not None and not (
            ent.root.i in anchors or belongs(date_attachment(ent), anchors) or trigger.i in range(ent.start, ent.end)
        ):
            continue
        if found is None:
            continue
        distance = abs(ent.start - trigger.i) if trigger is not None else 0
        width = found.end - found.start
        if best is None or width > best[0] or (width == best[0] and distance < best[1]):
            best = (width, distance, found)  # the widest; of as wide, the nearest to the meeting word
    return best[2] if best is not None else None


RELATIVE_DAY_WORDS = {"following", "next", "previous"}


def _date_phrases(sentence: Span, ctx: Context) -> list[Span]:
    """The sentence's DATE entities, with "the following day", "the next day" and "the previous day" where the
    model left them untagged, in text order."""
    found = [e for e in ctx.entities_in(sentence.start, sentence.end) if e.label_ == "DATE"]
    covered = {i for e in found for i in range(e.start, e.end)}
    for token in sentence:
        if token.lower_ == "day" and token.i not in covered and token.i >= 2:
            words = token.doc[token.i - 2 : token.i + 1]
            if words[0].lower_ == "the" and words[1].lower_ in RELATIVE_DAY_WORDS:
                found.append(words)
    return sorted(found, key=lambda s: s.start)


def weekday_named(sentence: Span, ctx: Context, trigger: Token) -> int | None:
    """The weekday a meeting's own date expression names ("since Tuesday"), for an article with no date to
    resolve it against: two meetings named for weekdays two days apart or more are not one."""
    anchors = anchors_of(trigger)
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ == "DATE" and (ent.root.i in anchors or belongs(date_attachment(ent), anchors)):
            if (day := weekday_of(ent)) is not None:
                return day
    return None


def month_day_named(sentence: Span, ctx: Context, trigger: Token) -> tuple[int, int] | None:
    """The month and day a meeting's own date expression names ("on Sept. 5 last year"), for an article with no
    year to resolve it against."""
    anchors = anchors_of(trigger)
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ == "DATE" and (ent.root.i in anchors or belongs(date_attachment(ent), anchors)):
            if (found := month_day(ent.text)) is not None:
                return found
    return None


def month_named(sentence: Span, ctx: Context, trigger: Token) -> tuple[int, int] | None:
    """The month of a year a meeting's own date expression names ("talks in October 2019"): no day to date it
    by, but enough to tell it from a meeting of another month."""
    anchors = anchors_of(trigger)
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ == "DATE" and (ent.root.i in anchors or belongs(date_attachment(ent), anchors)):
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in TIME_PREPOSITIONS:
                continue  # "the first talks since May 2020"
            if (found := month_of(ent.text)) is not None:
                return found
    return None


def weekday_of(ent: Span) -> int | None:
    """The weekday a date expression names ("on Tuesday", "Tuesday night"), Monday 0, or None."""
    return next((WEEKDAYS[word] for word in ent.text.lower().split() if word in WEEKDAYS), None)
