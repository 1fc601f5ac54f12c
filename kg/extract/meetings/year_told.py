"""The year of a bare month and day: the article's, unless the paragraph tells of years long past ("Over five
rounds between January and July 2005 ... at the first session on January 27")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.extract.base import Context, paragraph_of, sentence_of, text_in
from kg.extract.dates import A_YEAR, DateRange, month_day
from kg.extract.meetings.clauses import attachment
from kg.extract.meetings.days_apart import BEGINNING_VERBS, RESUMING_VERBS
from kg.extract.meetings.words import SCHEDULING_VERBS
from kg.extract.tree import children_of


def date_attachment(ent: Span) -> Token:
    """What a date expression modifies ("on Monday afternoon" -> the verb)."""
    root = ent.root
    while (
        (root.dep_ in {"compound", "nmod", "amod", "nummod"} or root.dep_ == "conj" and root.head.ent_type_ == "DATE")
        and root.head.i != root.i
        and root.head.ent_type_
    ):
        root = root.head  # "on Friday and Saturday": the second day hangs from the first
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in DAY_PARTS:
        root = root.head.head  # "on the morning of Feb. 10": what the part of the day hangs from
    attached = attachment(root) if root.dep_ == "pobj" else root.head
    if attached.ent_type_ == "TIME" and attached.dep_ == "pobj":
        attached = attachment(attached)  # "at 9 a.m. on Monday", the day hung on the hour: what the hour modifies
    if attached.dep_ == "prep" and attached.lower_ in {"in", "at"}:
        attached = attached.head  # "in Lima on Jan. 7", the date hung on the place's preposition: what both modify
    if attached.lemma_ == "day" and attached.dep_ == "pobj" and attached.head.lower_ in {"for", "into"}:
        return attachment(attached)  # "met for a second day on Wednesday": the day of the meeting's verb
    return attached


DAY_PARTS = {"morning", "afternoon", "evening", "night", "hours"}
"""Parts of a day a date is "of": "on the evening of Feb. 10", "in the early hours of Friday" (not "the eve of", the
day before)."""


def in_the_year_told(found: DateRange | None, ent: Span, ctx: Context) -> DateRange | None:
    """A month and day without a year in a paragraph that tells of years long past take the year the paragraph
    last named ("Over five rounds between January and July 2005 ... at the first session on January 27"), not
    the article's: a year two or more before the article's cannot be meant by a bare day."""
    reference = ctx.dates.reference
    if found is None or reference is None or A_YEAR.search(ent.text) or month_day(ent.text) is None:
        return found
    lowered = ent.text.lower()
    that_year = _that_year(lowered)  # "on Feb. 28 that year": the year told
    if "year" in lowered and not that_year:
        return found  # "between February 13 and March 10 of this year": its year named
    attached = date_attachment(ent)
    if attached.lemma_ in SCHEDULING_VERBS or any(c.lower_ in {"will", "shall"} for c in children_of(attached)):
        return found  # "a summit is planned for March 31": a day to come, in the article's year
    if _the_latest(attached):
        return found  # "the last talks were held on July 10": the latest, in the article's year
    year = _year_told_before(ent, ctx, since=that_year)
    if year is None or year > reference.year - 2 and not that_year:
        return found
    start, end = _safe_replace(found.start, year), _safe_replace(found.end, year + found.end.year - found.start.year)
    return DateRange(start, end) if start and end else found


LATER = re.compile(r"\b(?:days?|weeks?|months?)\s+later\b|\blater\s+that\s+(?:week|month|year)\b", re.I)
"""A step on from the date told before: "three weeks later", "later that month"."""


def after_the_date_before(found: DateRange | None, ent: Span, anchor: date | None) -> DateRange | None:
    """A month and day without a year in a sentence that steps on from the date told before ("Three weeks later,
    on March 18, ...") fall in the first year on or after that date, not the article's."""
    if found is None or anchor is None or A_YEAR.search(ent.text) or month_day(ent.text) is None:
        return found
    if not LATER.search(text_in(ent.doc[sentence_of(ent).start : ent.start])):
        return found  # (a "later" before the date steps on from the date told before; "on Nov. 19 and ... two days
        # later" counts from the date itself)
    candidate = _safe_replace(found.start, anchor.year)
    # (within a week before: "three weeks later, on March 18" counts three weeks from the date before loosely)
    year = anchor.year if candidate is not None and candidate >= anchor - timedelta(days=7) else anchor.year + 1
    start, end = _safe_replace(found.start, year), _safe_replace(found.end, year + found.end.year - found.start.year)
    return DateRange(start, end) if start and end else found


def _safe_replace(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February


def _year_told_before(ent: Span, ctx: Context, *, since: bool = False) -> int | None:
    """The year the nearest date before a phrase names, in its sentence or the one before in its paragraph (not
    a year something happened "since", unless ``since``: "since 2013, when ... on Feb. 28 that year")."""
    doc = ent.doc
    sentence = sentence_of(ent)
    start = sentence.start
    paragraph_start, _ = paragraph_of(doc, sentence.start_char)
    if start > 0 and (before := sentence_of(doc[start - 1])).start_char >= paragraph_start:
        start = before.start
    for other in sorted(ctx.entities_in(start, ent.start), key=lambda e: -e.start):
        if other.label_ != "DATE" or not since and other.start > 0 and doc[other.start - 1].lower_ == "since":
            continue
        if other.root.dep_ not in {"pobj", "prep", "npadvmod", "conj", "appos"} and not heads_an_entry(other):
            continue  # "the 2015 deal": a name, not a time the paragraph tells of
        if other.start >= sentence.start and _of_a_clause_aside(other, ent):
            continue  # "Talks, interrupted after starting in 2017, resumed on November 22": the year of the start
        if match := A_YEAR.search(other.text):
            return int(match.group(0))
    first = doc[start]
    if first.is_digit and A_YEAR.fullmatch(first.text) and heads_an_entry(doc[start : start + 1]):
        return int(first.text)  # a timeline's entry year the model did not tag as a date
    return None


def _of_a_clause_aside(year: Span, ent: Span) -> bool:
    """Whether a date stands in a relative or participle clause set on a noun ("Talks, which began in 2017, ...",
    "Talks, interrupted after starting in 2017, ...") that does not hold the day after it: a time of the noun's
    past, not the day's year."""
    held = {t.i for t in ent.root.ancestors}
    if any(a.pos_ in {"VERB", "AUX"} and a.dep_ in {"relcl", "acl"} and a.i not in held for a in year.root.ancestors):
        return True  # (through "after starting in 2017" up to "interrupted")
    began = next((a for a in year.root.ancestors if a.pos_ == "VERB"), None)
    again = next((a for a in ent.root.ancestors if a.pos_ == "VERB"), None)
    return (  # "Talks, interrupted after starting in 2017, resumed on November 22", however parsed: a resumption
        began is not None  # comes after the start
        and again is not None
        and began.lemma_ in BEGINNING_VERBS
        and again.lemma_ in RESUMING_VERBS
    )


ENTRY_MARKS = {"—", "–", "-", ":"}
"""What follows the date that labels an entry of a timeline, digest or live blog ("1996 — ...", "Saturday: ...")."""


def heads_an_entry(date_span: Span) -> bool:
    """Whether a date opens its paragraph before a dash or colon, as the label of an entry ("1996 — Talks open in
    ... on June 10", "Saturday: Talks are expected to resume on Sunday")."""
    doc = date_span.doc
    paragraph_start, _ = paragraph_of(doc, date_span.start_char)
    return (
        date_span.start_char == paragraph_start and date_span.end < len(doc) and doc[date_span.end].text in ENTRY_MARKS
    )


LATEST_WORDS = {"last", "latest", "recent"}


def _the_latest(verb: Token) -> bool:
    """Whether a clause is about the latest meeting: "The last talks were held ...", "the latest round took place"."""
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(m.dep_ == "amod" and m.lower_ in LATEST_WORDS for s in subjects for m in children_of(s))


def year_named(ent: Span, ctx: Context) -> int | None:
    """The year a date phrase names by reference: "this year", "last year" or "next year" from the article's date;
    "that year" or "the same year", the one told last before it ("In 2013, talks in X paved the way for a deal
    reached in Y later that year")."""
    lowered = ent.text.lower()
    if _that_year(lowered):
        return _year_told_before(ent, ctx, since=True)
    match = re.fullmatch(r"(?:(?:early|late|later|earlier)\s+)?(this|last|next)\s+year", lowered.strip())
    reference = ctx.dates.reference
    if match is None or reference is None:
        return None
    return reference.year + {"this": 0, "last": -1, "next": 1}[match.group(1)]


def _that_year(text: str) -> bool:
    """Whether a date phrase (in lower case) names its year back: "that year", "the same year"."""
    return "that year" in text or "the same year" in text
