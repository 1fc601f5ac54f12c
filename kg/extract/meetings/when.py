"""When a meeting is: its dates and its status (held, ongoing or planned) relative to the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.extract.base import Context, has_subject, paragraph_of, sentence_of, text_of, tokens_in
from kg.extract.dates import (
    MAYBE_AUXILIARIES,
    PARTS_OF_TODAY,
    RELATIVE_DAY_PHRASES,
    WEEKDAYS,
    DateRange,
    clause_is_future,
    days_counted,
    headline_infinitive,
    invited_to,
    is_future_context,
    month_day,
    month_in,
    month_of,
    year_of,
)
from kg.extract.meetings.clauses import HUNG_PARTICIPLES, Mention, anchors_of, belongs, clause_verb, dated_subject
from kg.extract.meetings.words import (
    AGREEMENT_NOUNS,
    LASTING_VERBS,
    ONGOING_WORDS,
    PLANNED_VERBS,
    SCHEDULING_VERBS,
    TIME_PREPOSITIONS,
    WOULD_VERBS,
)
from kg.extract.meetings.year_told import date_attachment, heads_an_entry, in_the_year_told
from kg.model import ORDINALS, Status

PREPARATION_NOUNS = {"plan", "preparation", "arrangement", "date", "venue", "agenda", "groundwork", "timetable"}
"""Nouns of getting a meeting ready: a meeting "for" which they are set is yet to come."""


AGENDA_VERBS = {
    "focus",
    "address",
    "cover",
    "tackle",
    "concentrate",
    "aim",
    "seek",
    "discuss",
    "deal",
    "centre",
    "center",
}
"""Verbs that say what talks are about: "the talks will focus on aid" tells their agenda, not that they are to come."""


SETTING_VERBS = {"set", "schedule", "fix", "arrange"}
"""Verbs of fixing when a meeting will be: "no date has been set for a meeting"."""


def _path_to(token: Token, verb: Token) -> list[Token]:
    """The words from a token up to (not including) the verb of its clause."""
    path = []
    while token != verb and token.head != token:
        path.append(token)
        token = token.head
    return path


def status_of(mention: Mention, ctx: Context) -> Status:
    trigger = mention.trigger
    verb = clause_verb(trigger)
    near = {t.lower_ for t in trigger.subtree} | {verb.lower_} | {c.lower_ for c in verb.children}
    if near & ONGOING_WORDS and not (near & {"will", "next"}):
        return "ongoing"
    if verb.lemma_ == "continue" and verb.tag_ in {"VBZ", "VBP", "VBG"}:
        return "ongoing"  # "talks continue in Doha"
    lasting = verb.lemma_ in LASTING_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_ in LASTING_VERBS for c in verb.children
    )
    if mention.bound == "closes" and lasting:
        return "ongoing"  # "the session will run until Friday", "is expected to continue until Sunday": under way
    if trigger.head.lower_ == "for" and trigger.head.head.lemma_ in PREPARATION_NOUNS | SETTING_VERBS:
        return "planned"  # "welcomed plans for a follow-up session", "a plan for talks in early October collapsed"
    reference = ctx.dates.reference
    postponed = verb.lemma_ in POSTPONING_VERBS and trigger.dep_ in {"nsubj", "nsubjpass", "dobj"}
    if postponed and trigger.head == verb or verb == trigger and _headline_future(verb):
        return "planned"  # "the talks, set for Monday, were postponed to next week", "X, Y to meet in Z": to come
    if (trigger == verb or trigger.head == verb and trigger.dep_ == "dobj") and _in_progress(verb):
        return "ongoing"  # "have been meeting in Lima since Monday", "have been holding talks since Monday"
    if mention.dates and reference and mention.dates.start > reference:
        return "planned"
    if mention.dates and reference and mention.dates.end < reference:
        return "held"
    if mention.dates is None and mention.month and reference:
        if mention.month > (reference.year, reference.month):
            return "planned"  # "a session planned for October" in September
        if mention.month < (reference.year, reference.month):
            return "held"
    if any(t.dep_ == "prep" and t.lower_ in {"after", "following", "during"} for t in _path_to(trigger, verb)):
        return "held"  # "agreed to free 900 detainees after ten days of talks": the talks are behind them
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    own = _own_words(trigger)
    if any(t.lower_ in {"last", "ago"} and t.ent_type_ == "DATE" for t in own) and not auxiliaries & {"will", "'ll"}:
        return "held"  # "met in Istanbul last week"
    about = trigger.dep_ == "nsubj" and verb.lemma_ in AGENDA_VERBS  # "the talks will focus on aid": what, not when
    if auxiliaries & {"will", "'ll", "shall"} and not about or any(_next_for(t, trigger, verb) for t in own):
        return "planned"
    if "to" in auxiliaries and headline_infinitive(verb):
        return "planned"  # a headline's "Iran, U.S. to hold talks in Oman"
    if "would" in auxiliaries and (verb.lemma_ in WOULD_VERBS or trigger.dep_ in {"nsubj", "nsubjpass"}):
        return "planned"  # "the talks would resume", "such a summit would only make sense once ..."
    maybe = auxiliaries & MAYBE_AUXILIARIES and "have" not in auxiliaries
    if maybe and (verb.tag_ == "VB" or "be" in auxiliaries) and verb.lemma_ in WOULD_VERBS:
        return "planned"  # "a new round could take place in January", not "could have taken place"
    occasion = (
        trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "at"} and trigger.doc[trigger.head.i - 1].text == ","
    )
    if (
        verb.lemma_ in {"expect", "plan", "schedule", "due", "prepare", "arrange"}
        or any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)  # "is due to take place next week"
        or (verb.dep_ == "xcomp" and verb.head.lemma_ in PLANNED_VERBS and verb.lower_ not in AGREEMENT_NOUNS)
        and not occasion
    ):  # not a headline's "A, B agree to ceasefire in Doha talks" ("ceasefire" tagged a verb), nor
        # "agreed to resume visits, at a summit in Tokyo" (where they agreed)
        return "planned"  # ("a summit is being prepared in Quito")
    if "to" in auxiliaries and verb.dep_ == "conj" and _aimed_by_a_plan(verb):
        return "planned"  # "agreed to continue to manage differences ... and to hold the 24th meeting in China"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in {"VBZ", "VBP"} and "to" in auxiliaries:
        return "planned"  # "the leaders are to meet in Paris", "it is to be signed at a conference in Paris"
    if verb.dep_ == "xcomp" and "to" in auxiliaries and verb.head.pos_ == "ADJ":
        return "planned"  # "once a peace agreement was ready to be signed", "likely to meet"
    if verb.dep_ == "acl" and "to" in auxiliaries and verb.head.pos_ == "NOUN":
        return "planned"  # "an agreement to hold a meeting in the coming days", "an invitation to visit Moscow"
    told_past = trigger.dep_ == "nsubj" and trigger.head.tag_ == "VBD"  # "a summit planned in X produced nothing"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in SCHEDULING_VERBS for c in trigger.children):
        return "held" if told_past else "planned"  # a headline's "Follow-up talks planned in Cairo"
    if invited_to(trigger):
        return "planned"  # "has invited the two leaders to a further meeting"
    return "held"


def _next_for(word: Token, trigger: Token, verb: Token) -> bool:
    """Whether a word is "next" or "upcoming" said of the meeting or its verb ("the next round", "meet next
    week"), not of something else the clause names ("signed a deal setting conditions for an election next year")."""
    if word.lower_ not in {"next", "upcoming"}:
        return False
    current = word.head
    for _ in range(4):
        if current in (trigger, verb):
            return True
        if current.dep_ not in {"pobj", "prep", "npadvmod", "compound"} or current.head == current:
            return False
        current = current.head
    return False


def _aimed_by_a_plan(verb: Token) -> bool:
    """Whether an infinitive joined to others stands under a verb of planning or agreeing, up a chain of
    infinitives and coordination."""
    current = verb
    for _ in range(4):
        if current.dep_ not in {"conj", "xcomp"} or current.head == current:
            return False
        current = current.head
        if current.lemma_ in PLANNED_VERBS:
            return True
    return False


def _headline_future(verb: Token) -> bool:
    """Whether a verb is a headline's bare infinitive with its own subject ("X, Y to meet in Z"), which tells of
    what is to come."""
    return (
        sentence_of(verb).start == 0
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and has_subject(verb)
    )


def _in_progress(verb: Token) -> bool:
    """A perfect progressive "since" a day: "have been meeting in Lima since Monday" (a present progressive alone
    is the day's meeting, told as held)."""
    if verb.tag_ != "VBG":
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        "been" in auxiliaries
        and bool(auxiliaries & {"have", "has"})
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    )


def _own_words(trigger: Token) -> list[Token]:
    """The words under a meeting word, without a clause joined to it that has a subject of its own ("met in
    Istanbul last week, and a second meeting is planned there next week")."""
    apart = {t.i for c in trigger.children if c.dep_ == "conj" and has_subject(c) for t in c.subtree}
    return [t for t in trigger.subtree if t.i not in apart]


def _again_on(ent: Span) -> bool:
    """Whether a date phrase follows "and again" ("on Tuesday and again on Wednesday")."""
    doc = ent.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ in {"on", "in"} else ent.start
    return start >= 2 and doc[start - 1].lower_ == "again" and doc[start - 2].lower_ == "and"


POSTPONING_VERBS = {"postpone", "delay", "reschedule", "defer"}
"""Verbs that move a meeting to a later day: it is still to come."""

PAUSING_VERBS = {"suspend", "pause", "adjourn", "interrupt", "halt"}
"""Verbs of a pause in talks, whose date is no day the talks were held on."""


def dates_of(sentence: Span, ctx: Context, anchor: date | None, trigger: Token | None = None) -> DateRange | None:
    """The widest date range in a sentence, or only those that describe the trigger's meeting."""
    anchors = date_anchors(trigger) if trigger is not None else set()
    best: tuple[bool, bool, timedelta, int, DateRange] | None = None
    reference = ctx.dates.reference
    future = trigger is not None and any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in clause_verb(trigger).children
    )
    resolved: dict[int, DateRange] = {}
    for ent in date_phrases(sentence, ctx):
        found = in_the_year_told(ctx.dates.resolve(ent, anchor=anchor), ent, ctx)
        if found is not None:
            anchor = found.start  # "met on Jan. 10, then ... the following day": the day after the date before
            first = resolved.get(ent.root.head.i) if ent.root.dep_ == "conj" else None
            if first is None and _again_on(ent):  # "met on Tuesday and again on Wednesday"
                first = next(reversed(resolved.values()), None)
            if first is not None and 0 <= (found.start - first.end).days <= 1:
                found = DateRange(first.start, found.end)  # "on Friday and Saturday": one span of two days
            resolved[ent.root.i] = found
        if trigger is not None and not describes(ent, trigger, anchors):
            continue
        if trigger is not None and trigger.lower_ in ORDINALS and ent.end <= trigger.i:
            continue  # "held in A on May 3, the second in B on July 9": the date before is the round before's
        if found is None:
            continue
        distance = abs(ent.start - trigger.i) if trigger is not None else 0
        width = found.end - found.start
        # "said on Friday he would meet X on Aug. 15": a day gone by is not the day of a meeting to come
        gone = future and reference is not None and found.end < reference
        # "the first round was held in A on May 3, the second in B on July 9": a date on the meeting word's own
        # phrase dates it before one on the clause it stands in
        attached = date_attachment(ent)
        if any(c.dep_ == "advmod" and c.lower_ in {"originally", "initially"} for c in attached.children):
            continue  # "the talks, originally set for Monday, were postponed": a day they no longer have
        own = attached == trigger or attached.dep_ in {"relcl", "acl"} and attached.head == trigger
        own = (
            own
            or attached.dep_ == "acl"
            and attached.lemma_ in HUNG_PARTICIPLES
            and trigger is not None
            and trigger.is_ancestor(attached)
        )
        borrowed = trigger is not None and trigger.pos_ != "VERB" and not own
        # "The talks, which opened on 9 May, were suspended over the weekend": a pause is no day of the talks
        borrowed = borrowed or attached.lemma_ in PAUSING_VERBS
        gone = gone or heads_an_entry(ent)  # "Saturday: Talks are expected to resume on Sunday": the entry's day
        if best is None or (gone, borrowed, -width, distance) < (best[0], best[1], -best[2], best[3]):
            best = (gone, borrowed, width, distance, found)  # the widest; of as wide, the nearest to the word
    if best is None and trigger is not None:
        return _days_apart_from_the_story(trigger, anchor or reference)
    return best[4] if best is not None else None


def _days_apart_from_the_story(trigger: Token, day: date | None) -> DateRange | None:
    """ "His remarks came a day after U.S. and South Korean envoys met in Seoul": a meeting told as some days
    before (or after) what the story reports, dated from the day the story last gave (or the article's)."""
    if (
        day is None
        or trigger.pos_ != "VERB"
        or trigger.dep_ != "advcl"
        or trigger.head.lemma_ not in {"come", "follow"}
    ):
        return None
    for mark in (c for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}):
        amounts = [c for c in (*mark.children, *trigger.children) if c.dep_ == "npadvmod" and c.i < mark.i]
        for amount in amounts:  # "a day" hung on "after" or on the verb
            count = days_counted(trigger.doc[amount.left_edge.i : amount.i + 1].text)
            if count is None:
                continue
            shifted = day + timedelta(days=-count if mark.lower_ == "after" else count)
            return DateRange(shifted, shifted)
    return None


_ENTRY_DATE = re.compile(
    r"^\s*(?:[*•·]\s*|[-–]\s+)?(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+(?:19|20)\d\d)?)\s*(?:[-–—:]|\s\|)\s"
)
"""A timeline entry's date: a paragraph that opens "Feb. 18 - ", "March 23-25 — ", "5 June 2024: ", after any
bullet ("* Dec. 14, 2021 - ")."""


def entry_date(sentence: Span, ctx: Context, trigger: Token | None = None) -> DateRange | None:
    """The date a timeline entry opens its paragraph with, for the meetings of the entry that give none (not one
    dated in words of its own: "A follow-up round in Cairo later that month")."""
    start, end = paragraph_of(sentence.doc, sentence.start_char)
    match = _ENTRY_DATE.match(text_of(sentence.doc)[start:end])
    if not match or not month_day(match["date"]):
        return None
    if trigger is not None and sentence.start_char > start + match.end():
        anchors = date_anchors(trigger)
        if any(describes(e, trigger, anchors) for e in date_phrases(sentence, ctx)):
            return None
    return ctx.dates.resolve_text(match["date"])


def date_anchors(trigger: Token) -> set[int]:
    """Where a date of the meeting word may hang: its own words (:func:`anchors_of`) and what a "when" clause
    holding it hangs from."""
    return anchors_of(trigger) | _when_clause_heads(trigger)


def describes(ent: Span, trigger: Token, anchors: set[int]) -> bool:
    """Whether a date expression dates the meeting word whose :func:`date_anchors` are given."""
    attached = date_attachment(ent)
    if _decided_on(attached, trigger):
        return False  # "agreed on Thursday to resume talks in Rome": the day of the decision, not of the talks
    return (
        ent.root.i in anchors
        or belongs(attached, anchors)
        or trigger.i in range(ent.start, ent.end)
        or attached == dated_subject(trigger)  # "On May 9 Peruvian negotiators met", misparsed
    )


def _decided_on(verb: Token, trigger: Token) -> bool:
    """Whether a verb is one of agreeing or planning that the meeting word's clause is the aim of."""
    clause = clause_verb(trigger)
    aimed = trigger == clause or trigger.head == clause and trigger.dep_ in {"dobj", "nsubjpass"}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    first = clause
    while first.dep_ == "conj" and first.head != first and infinitive:
        first = first.head  # "agreed to open crossings and to meet again in July": the second aim too
    return (
        aimed  # "agreed to meet", "agreed to resume talks" (not "agreed not to ..., after a meeting")
        and verb.lemma_ in PLANNED_VERBS
        and verb != clause
        and first.dep_ == "xcomp"
        and first.head == verb
        and infinitive
    )


def _when_clause_heads(trigger: Token) -> set[int]:
    """What a "when" clause holding the meeting hangs from, the day or the verb dated: "The road began on Aug. 6,
    2017, when X flew in to meet Y", "It ended on Monday, when the two met"."""
    found: set[int] = set()
    verb = clause_verb(trigger)
    for _ in range(3):
        if verb.dep_ in {"advcl", "relcl"} and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            if not _dates_another_event(verb.head):
                found.add(verb.head.i)  # the verb, or the date itself ("on Aug. 6, 2017, when ...")
            break
        if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            place = verb.head  # "ended on Thursday in Vienna, where the two ministers met": the day there
            if place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.pos_ == "VERB":
                found.add(place.head.head.i)
            break
        if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head == verb:
            break
        verb = verb.head
    return found


def _quoted(span: Span) -> bool:
    """Whether a phrase stands inside a quotation its sentence opens ("I met this evening with ..." is the day
    the words were written, not the article's)."""
    before = span.doc[sentence_of(span).start : span.start].text
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


_OPEN_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)$", re.I)
"""The first day of a pair the model cut from its month ("14 and" of "14 and 15 January")."""


def _joined_days(phrases: list[Span]) -> list[Span]:
    """Date phrases with a day cut from the month after it joined to it again: "on 14 and 15 January", which
    the model tags as "14 and" and "15 January"."""
    joined: list[Span] = []
    for phrase in phrases:
        before = joined[-1] if joined else None
        if before is not None and before.end == phrase.start and _OPEN_DAY.match(before.text):
            joined[-1] = phrase.doc[before.start : phrase.end]
            continue
        joined.append(phrase)
    return joined


def date_phrases(sentence: Span, ctx: Context) -> list[Span]:
    """The sentence's DATE entities, with the relative days the model left untagged ("the following day"), in
    text order."""
    found = [
        e
        for e in ctx.entities_in(sentence.start, sentence.end)
        if e.label_ == "DATE"
        or e.label_ == "TIME"
        and (PARTS_OF_TODAY.match(e.text) or weekday_of(e) is not None)
        and not _quoted(e)
    ]  # "this morning", and "late Wednesday" or "Monday night", which the model tags as times
    found = _joined_days(found)
    covered = {i for e in found for i in range(e.start, e.end)}
    for token in tokens_in(sentence):
        if token.lower_ == "day" and token.i not in covered and token.i - 2 >= sentence.start:
            words = token.doc[token.i - 2 : token.i + 1]
            if words.text.lower() in RELATIVE_DAY_PHRASES:
                found.append(words)
    return sorted(found, key=lambda s: s.start)


@dataclass(frozen=True)
class DayHints:
    """What a meeting's own date expressions say of its day when they cannot date it: a weekday (the article's
    date unknown), a month and day (its year unknown), or a month of a year with no day ("in October 2019")."""

    weekday: int | None = None
    month_day: tuple[int, int] | None = None
    month: tuple[int, int] | None = None
    year: int | None = None


def day_hints(sentence: Span, ctx: Context, trigger: Token) -> DayHints:
    """The day hints of the date expressions attached to a meeting word (the nearest of each kind); a month "since"
    or "after" which something happened is another time, not the meeting's."""
    anchors = date_anchors(trigger)
    weekday = day = month = year = None
    entities = sorted(ctx.entities_in(sentence.start, sentence.end), key=lambda e: abs(e.start - trigger.i))
    for ent in entities:  # the nearest first: "received him on April 25, and on April 11 the two held talks"
        if ent.label_ != "DATE" or not describes(ent, trigger, anchors):
            continue
        weekday = weekday if weekday is not None else weekday_of(ent)
        day = day or month_day(ent.text)
        if not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in TIME_PREPOSITIONS | {"by"}):
            month = month or month_hint(ent, ctx)  # not "the first talks since May 2020", "elections by December"
            year = year or year_of(ent.text)  # "the G20 summit in Bali in 2022"
    return DayHints(weekday, day, month, year)


def month_hint(ent: Span, ctx: Context) -> tuple[int, int] | None:
    """(year, month) of a date expression that names a month but no day ("in October 2019", "in May")."""
    return month_of(ent.text) or _month_without_year(ent, ctx)


def _month_without_year(ent: Span, ctx: Context) -> tuple[int, int] | None:
    """The month of "in February this year", "last month", "a session planned for October", read against the
    article's date (none without one)."""
    reference = ctx.dates.reference
    if reference is None:
        return None
    verb = date_attachment(ent)
    future = clause_is_future(ent) or is_future_context(sentence_of(ent)) or verb.lemma_ in PLANNING_VERBS
    past = verb.tag_ == "VBD" and verb.lemma_ not in PLANNING_VERBS  # "the body, which met in February, is due to"
    return month_in(ent.text, reference, bool(future) and not past)


PLANNING_VERBS = {"plan", "schedule", "set", "due", "expect", "slate"}
"""Verbs that date what is yet to come ("a session planned for October")."""


def weekday_of(ent: Span) -> int | None:
    """The weekday a date expression names ("on Tuesday", "Tuesday night"), Monday 0, or None."""
    return next((WEEKDAYS[word] for word in ent.text.lower().split() if word in WEEKDAYS), None)


EARLIER_WORDS = {"earlier", "previously"}
"""Adverbs that put a meeting before the time the story tells of: "contacts hosted by X earlier in the year"."""


def earlier_in_the_year(trigger: Token) -> bool:
    """Whether a meeting's own clause sets it months before the story's ("earlier in the year", "earlier this
    month"): another occasion than the one the story reports, not one more mention of it."""
    words = [*trigger.children, *clause_verb(trigger).children]
    return any(
        c.dep_ == "advmod"
        and c.lower_ in EARLIER_WORDS
        and c.ent_type_ == "DATE"
        and any(t.lower_ in {"year", "month"} for t in c.subtree)
        for c in words
    )


def _dates_another_event(word: Token) -> bool:
    """Whether a word a "when" clause hangs on stands in a clause of time of its own: "weeks after fighting broke out
    in April 2023, when X brought the sides to Jeddah" (April dates the fighting; the meeting came weeks later)."""
    clause = word
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return clause is not word and any(c.dep_ == "mark" and c.lower_ in TIME_PREPOSITIONS for c in clause.children)
