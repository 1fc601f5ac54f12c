"""When a meeting is: its dates, read from its own clause and around it (its status is in status.py)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.extract.base import Context, clause_verb, once_per_doc, paragraph_of, sentence_of, text_of
from kg.extract.dates import (
    A_YEAR,
    MONTHS,
    PARTS_OF_TODAY,
    RELATIVE_DAY_PHRASES,
    WEEKDAYS,
    DateRange,
    month_day,
    year_of,
)
from kg.extract.meetings.clauses import anchors_of, belongs, dated_subject
from kg.extract.meetings.days_apart import begun_before_resuming, days_apart_from_the_story, uncounted_time_apart
from kg.extract.meetings.deal_days import announced_deal, deal_agreed_at, of_the_deal_made, subject_dated_before
from kg.extract.meetings.months import month_hint
from kg.extract.meetings.pauses import paused_after
from kg.extract.meetings.schedules import HUNG_PARTICIPLES, set_to_begin
from kg.extract.meetings.speech_days import SPEECH_DAYS, from_the_day_of_saying, with_its_part
from kg.extract.meetings.trigger_filters import set_after_another, times_another
from kg.extract.meetings.words import (
    DISCUSSING_VERBS,
    PAUSING_VERBS,
    PLANNED_VERBS,
    POSTPONING_VERBS,
    RUNNING_VERBS,
    SCHEDULING_VERBS,
    TIME_PREPOSITIONS,
)
from kg.extract.meetings.year_told import (
    after_the_date_before,
    date_attachment,
    heads_an_entry,
    in_the_year_told,
    year_named,
)
from kg.extract.tense import had_been, reported_as_over
from kg.extract.tree import ancestors_of, children_of, is_ancestor, subtree_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import lexicon
from kg.model import ORDINALS


def _again_on(ent: Span) -> bool:
    """Whether a date phrase follows "and again" ("on Tuesday and again on Wednesday")."""
    doc = ent.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ in {"on", "in"} else ent.start
    return start >= 2 and doc[start - 1].lower_ == "again" and doc[start - 2].lower_ == "and"


def dates_of(sentence: Span, ctx: Context, anchor: date | None, trigger: Token | None = None) -> DateRange | None:
    """The widest date range in a sentence, or only those that describe the trigger's meeting."""
    anchors = date_anchors(trigger) if trigger is not None else set()
    best: tuple[tuple[bool, bool, bool, timedelta, int], DateRange] | None = None
    reference = ctx.dates.reference
    future = trigger is not None and any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in children_of(clause_verb(trigger))
    )
    resolved: dict[int, DateRange] = {}
    prior: tuple[Span, DateRange] | None = None
    undated_own = False
    for ent in date_phrases(sentence, ctx):
        found = in_the_year_told(ctx.dates.resolve(ent, anchor=anchor), ent, ctx)
        found = after_the_date_before(found, ent, anchor)  # "three weeks later, on March 18"
        found = from_the_day_of_saying(found, ent, ctx)  # "On Tuesday he said: '... tomorrow'": Wednesday
        if found is not None and _ran_into(ent) and found.start == found.end:
            found = DateRange(found.start - timedelta(days=1), found.end)  # "stretched past midnight into Wednesday"
        if found is not None and prior is not None and _a_weekday_after(ent, found, *prior):
            found = DateRange(found.start + timedelta(days=7), found.end + timedelta(days=7))
        if found is not None:
            prior = ent, found
            anchor = found.start  # "met on Jan. 10, then ... the following day": the day after the date before
            first = resolved.get(ent.root.head.i) if ent.root.dep_ == "conj" else None
            if first is None and _again_on(ent):  # "met on Tuesday and again on Wednesday"
                first = next(reversed(resolved.values()), None)
            between = ent.root.dep_ == "conj" and ent.root.head.head.lower_ == "between"  # "between May 2 and 9"
            if first is not None and (0 <= (found.start - first.end).days <= 1 or between and first.end < found.start):
                found = DateRange(first.start, found.end)  # "on Friday and Saturday": one span of two days
            resolved[ent.root.i] = found
        if trigger is not None and (not describes(ent, trigger, anchors) or _deadline(ent)):
            continue  # ("negotiations on a final deal by Aug. 18": a deadline, no day of the talks)
        if trigger is not None and trigger.lower_ in ORDINALS and ent.end <= trigger.i:
            continue  # "held in A on May 3, the second in B on July 9": the date before is the round before's
        if found is None:
            clause = date_attachment(ent)  # "talks that began in X last May", not "that had stalled for a year"
            own = trigger is not None and clause.head == trigger and clause.dep_ in {"relcl", "acl"}
            since = ent.root.dep_ == "pobj" and ent.root.head.lower_ == "since"  # "talks stalled since June": a
            undated_own = undated_own or own and not since and month_hint(ent, ctx) is not None  # state, no month
            continue
        distance = abs(ent.start - trigger.i) if trigger is not None else 0
        width = found.end - found.start
        # "said on Friday he would meet X on Aug. 15": a day gone by is not the day of a meeting to come
        gone = future and reference is not None and found.end < reference
        # "the first round was held in A on May 3, the second in B on July 9": the meeting word's own date first
        attached = date_attachment(ent)
        if any(c.dep_ == "advmod" and c.lower_ in {"originally", "initially"} for c in children_of(attached)):
            continue  # "the talks, originally set for Monday, were postponed": a day they no longer have
        if had_been(attached) and any(t.lemma_ in POSTPONING_VERBS for t in sentence_of(ent)):
            continue  # "the talks, which had been scheduled for Monday, were postponed": the same
        if trigger is not None and _paused(trigger, attached):
            continue  # "X suspended the talks the next day": the day of the pause, no day of talks
        if trigger is not None and (future or reported_as_over(trigger)) and _day_of_saying(ent, trigger):
            continue  # "Trump said on Friday he would meet Putin", "X said on Tuesday the talks had ended": the day
            # of the saying, no day of the meeting
        own = attached == trigger or attached.dep_ in {"relcl", "acl"} and attached.head == trigger
        own = own or set_to_begin(attached, anchors)  # "talks, set to begin on Aug. 14": their own first day
        own = (
            own
            or attached.dep_ == "acl"
            and attached.lemma_ in HUNG_PARTICIPLES
            and trigger is not None
            and is_ancestor(trigger, attached)
        )
        borrowed = trigger is not None and trigger.pos_ != "VERB" and not own
        # "The talks, which opened on 9 May, were suspended over the weekend": a pause is no day of the talks
        borrowed = borrowed or attached.lemma_ in PAUSING_VERBS
        gone = gone and not own  # (not "The talks, which began on Monday, will end on Friday": their own first day)
        if gone and trigger is not None and attached.pos_ == "VERB" and attached != clause_verb(trigger):
            continue  # "agreed on Thursday ... and will meet again in September": the day of the other verb
        gone = gone or heads_an_entry(ent)  # "Saturday: Talks are expected to resume on Sunday": the entry's day
        # a verb's own date before another's of a verb it is joined to ("arrived on Friday and met X on Saturday")
        other_verb = trigger is not None and trigger.pos_ == "VERB" and attached != trigger and attached.pos_ == "VERB"
        rank = (gone, borrowed, other_verb, -width, distance)  # the widest; of as wide, the nearest to the word
        if best is None or rank < best[0]:
            best = (rank, found)
    if trigger is not None and prior is not None and (apart := days_apart_from_the_story(trigger, anchor, True)):
        return apart  # "spoke on Tuesday, a day after the round ended": the Monday
    if best is None and trigger is not None:
        return days_apart_from_the_story(trigger, anchor or reference)
    if trigger is not None and uncounted_time_apart(trigger):
        return None  # "met on Monday, days after talks in Lima": some day before, not the Monday
    if best is not None and best[0][1] and undated_own:
        return None  # a month of the talks' own clause, not the day of the act they are named in
    return best[1] if best is not None else None


def _a_weekday_after(ent: Span, found: DateRange, before: Span, day: DateRange) -> bool:
    """Whether a weekday the sentence sets after a day it named first fell before that day: "met X on Monday ...
    before flying to Cairo for talks on Tuesday" (the Tuesday after, not the one before)."""
    between = ent.doc[before.end : ent.start]
    return (
        weekday_of(ent) is not None
        and found.end < day.start
        and any(t.lower_ in {"before", "then", "later", "afterwards"} for t in between)
    )


def _day_of_saying(ent: Span, trigger: Token) -> bool:
    """Whether a date stands between a verb of saying and the subject of the clause it reports, the meeting's: "said
    on Friday he would meet X" (the parser may hang the day on either verb)."""
    verb = clause_verb(trigger)
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_ not in lexicon().verbs_of_saying:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and saying.i < ent.start and ent.end <= subject.i


def told_paused(trigger: Token) -> bool:
    """Whether a meeting word is what a verb of pausing acts on, as a clause or as a headline's participle ("Talks
    suspended after a border clash")."""
    participle = any(c.dep_ == "acl" and c.lemma_ in PAUSING_VERBS for c in children_of(trigger))
    return participle or _paused(trigger, trigger.head)


def _paused(trigger: Token, verb: Token) -> bool:
    """Whether the meeting word is what a verb of pausing dated elsewhere acts on: "suspended the talks on
    Monday", "the talks were halted on Friday"."""
    return (
        verb.lemma_ in PAUSING_VERBS
        and trigger.pos_ != "VERB"
        and trigger.head == verb
        and trigger.dep_ in {"dobj", "nsubjpass"}
        and paused_after(trigger) is None  # ("paused on Friday after five days": the round's last day)
    )


_ENTRY_DATE = re.compile(
    r"^\s*(?:[*•·]\s*|[-–]\s+)?(?P<date>(?:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}"
    r"(?:\s*[-–]\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+(?:19|20)\d\d)?)\s*(?:[-–—:]|\s\|)\s"
)
"""A timeline entry's date: a paragraph that opens "Feb. 18 - ", "March 23-25 — ", "May 2 - June 9, 2023 - ", "5 June
2024: ", after any bullet ("* Dec. 14, 2021 - "), or a factbox's "DEC 5-6, 2018 - "."""


def entry_date(sentence: Span, ctx: Context, trigger: Token | None = None) -> DateRange | None:
    """The date a timeline entry opens its paragraph with, for the meetings of the entry that give none (not one
    dated in words of its own: "A follow-up round in Cairo later that month")."""
    start, end = paragraph_of(sentence.doc, sentence.start_char)
    match = _ENTRY_DATE.match(text_of(sentence.doc)[start:end])
    told = match["date"] if match else ""
    told = told.title() if told[:3].isupper() else told  # "DEC 5-6, 2018" as "Dec 5-6, 2018"
    if not match or not month_day(told):
        return None
    if trigger is not None and sentence.start_char > start + match.end():
        anchors = date_anchors(trigger)
        if any(describes(e, trigger, anchors) for e in date_phrases(sentence, ctx)):
            return None
    return ctx.dates.resolve_text(told)


def date_anchors(trigger: Token) -> frozenset[int]:
    """Where a date of the meeting word may hang: its own words (:func:`anchors_of`) and what a "when" clause
    holding it hangs from (read once per word of a document)."""
    return once_per_doc(trigger.doc, "kg_date_anchors", trigger.i, lambda: _date_anchors(trigger))


def _date_anchors(trigger: Token) -> frozenset[int]:
    return frozenset(anchors_of(trigger) | _when_clause_heads(trigger) | announced_deal(trigger))


def _deadline(ent: Span) -> bool:
    """Whether a date is a deadline: "by Aug. 18", "by the end of the month"."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ == "by" or ent[0].lower_ == "by"


def describes(ent: Span, trigger: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a date expression dates the meeting word whose :func:`date_anchors` are given."""
    attached = date_attachment(ent)
    if _decided_on(attached, trigger) or begun_before_resuming(attached, trigger):
        return False  # "agreed on Thursday to resume talks in Rome": the day of the decision, not of the talks
    if attached.lemma_ in TALKING_ABOUT and trigger.dep_ == "dobj" and trigger.head == attached and _next(trigger):
        return False  # "discussed on Monday the next round of talks": the day of the discussion
    if of_the_deal_made(attached, trigger):
        return False  # "agreed a ceasefire that took effect on Aug. 3": the deal's day, not the meeting's
    if _day_of_announcing(ent, trigger):
        return False  # "announced the resumption of talks Monday": the day of the announcing
    if times_another(trigger, attached):
        return False  # "held talks in X on Tuesday, two weeks after a round in Y": the day of the talks held
    if set_after_another(trigger) and not is_ancestor(trigger, ent.root):
        return False  # "The Ohrid meeting followed talks in Brussels on Feb. 27": the day of the talks it followed
    return (
        ent.root.i in anchors
        or belongs(attached, anchors)
        or trigger.i in range(ent.start, ent.end)
        or attached
        in (dated_subject(trigger), subject_dated_before(trigger, ent))  # "On May 9 X met", "X on May 9 met"
        or deal_agreed_at(attached, anchors)
    )


TALKING_ABOUT = DISCUSSING_VERBS | {"announce", "propose", "raise", "mention", "prepare", "arrange"}
"""Verbs of talking about or preparing a meeting, whose day is not the meeting's."""


def _day_of_announcing(ent: Span, trigger: Token) -> bool:
    """Whether a bare day the parser hung on talks a verb of announcing is about ("announced the resumption of talks
    Monday", a day without "on") is the announcing's day."""
    root, of = ent.root, trigger.head
    about = of.lower_ == "of" and of.head.dep_ == "dobj" and of.head.head.lemma_ in TALKING_ABOUT
    return root.dep_ == "npadvmod" and root.head == trigger and trigger.dep_ == "pobj" and about


def _next(trigger: Token) -> bool:
    return any(
        c.dep_ == "amod" and c.lower_ in {"next", "new", "further", "upcoming", "another"} for c in children_of(trigger)
    )


def _decided_on(verb: Token, trigger: Token) -> bool:
    """Whether a verb is one of agreeing or planning that the meeting word's clause is the aim of."""
    clause = clause_verb(trigger)
    aimed = trigger == clause or trigger.head == clause and trigger.dep_ in {"dobj", "nsubjpass"}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))
    first = clause
    while first.dep_ == "conj" and first.head != first and infinitive:
        first = first.head  # "agreed to open crossings and to meet again in July": the second aim too
    timetable = verb.lemma_ in SCHEDULING_VERBS and any(c.dep_ == "auxpass" for c in children_of(verb))
    return (
        (aimed and not timetable and verb.lemma_ in PLANNED_VERBS or verb.lemma_ == "invite")
        # "agreed to meet", "agreed to resume talks" (not "agreed not to ..., after a meeting"; "On April 12, X is
        # scheduled to hold talks": the talks' day); "On July 23, X invited A and B to take part in talks"
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
        if verb.dep_ in {"advcl", "relcl"} and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(verb)
        ):
            if not _dates_another_event(verb.head):
                found.add(verb.head.i)  # the verb, or the date itself ("on Aug. 6, 2017, when ...")
            break
        if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(verb)):
            place, held = verb.head, verb.head.head.head  # "ended on Thursday in Vienna, where the two met": its day
            if place.dep_ == "pobj" and (held.pos_ == "VERB" or held.lower_ in lexicon().meeting_nouns):  # "talks in"
                found.add(held.i)
            break
        if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head == verb:
            break
        verb = verb.head
    return found


def quoted(span: Span) -> bool:
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
        phrase = _with_the_first_day(phrase)
        before = joined[-1] if joined else None
        if before is not None and before.end == phrase.start and _OPEN_DAY.match(before.text):
            joined[-1] = phrase.doc[before.start : phrase.end]
            continue
        joined.append(phrase)
    return joined


def _with_the_first_day(phrase: Span) -> Span:
    """A day and month with the day before it that "and" or "to" joins to it, which the model leaves out as a
    number: "on 12 and 13 May", "from 12 to 13 May"."""
    doc, start = phrase.doc, phrase.start
    opens_on_a_day = phrase[0].like_num and len(phrase) > 1 and phrase[1].lower_.rstrip(".") in MONTHS
    if not opens_on_a_day or start < 2 or doc[start - 1].lower_ not in {"and", "to"} or phrase.label_ != "DATE":
        return phrase
    first = doc[start - 2]
    return doc[start - 2 : phrase.end] if first.text.isdigit() and 1 <= int(first.text) <= 31 else phrase


def date_phrases(sentence: Span, ctx: Context) -> tuple[Span, ...]:
    """The sentence's DATE entities, with the relative days the model left untagged ("the following day"), in
    text order; read once per sentence of a document (every meeting word of the sentence asks)."""
    bounds = (sentence.start, sentence.end)
    return once_per_doc(sentence.doc, "kg_date_phrases", bounds, lambda: _date_phrases(sentence, ctx))


_DAY_WORDS = frozenset({"day", *SPEECH_DAYS})
"""Words that may tell a day the model left untagged ("the next day", "today")."""


def _date_phrases(sentence: Span, ctx: Context) -> tuple[Span, ...]:
    found = [
        e
        for e in ctx.entities_in(sentence.start, sentence.end)
        if e.label_ == "DATE"
        or e.label_ == "TIME"
        and (PARTS_OF_TODAY.match(e.text) or weekday_of(e) is not None)
        and not quoted(e)
    ]  # "this morning", and "late Wednesday" or "Monday night", which the model tags as times
    found = [with_its_part(e) for e in _joined_days(found)]
    covered = {i for e in found for i in range(e.start, e.end)}
    for token in chosen_in(sentence, words_with(sentence.doc, lower=_DAY_WORDS)):
        if token.i in covered:
            continue
        if token.lower_ == "day" and token.i - 2 >= sentence.start:
            words = token.doc[token.i - 2 : token.i + 1]
            if words.text.lower() in RELATIVE_DAY_PHRASES:
                found.append(words)
        elif token.lower_ in SPEECH_DAYS and not (token.dep_ == "pobj" and token.head.lower_ == "of"):
            found.append(token.doc[token.i : token.i + 1])  # "Today, the minister hosted ...", left untagged
    found.sort(key=lambda s: s.start)
    return tuple(e for e, after in zip(found, [*found[1:], None], strict=False) if not _restated(e, after))


_STEP = re.compile(r"^(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:earlier|later|before|after|ago)$", re.I)
"""A step from a date told before: "two weeks earlier", "three days later", "a month before"."""


def _restated(phrase: Span, after: Span | None) -> bool:
    """Whether a step from a date told before is restated at once as a date of its own ("two weeks earlier, on
    Oct. 30", "a day later, on Friday"): the date named is the one meant, whatever date the step counts from."""
    if after is None or not _STEP.match(phrase.text):
        return False
    between = phrase.doc[phrase.end : after.start]
    return len(between) <= 2 and between[:1].text == "," and all(t.lower_ in {",", "on", "in"} for t in between)


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
        when = any(a.dep_ == "relcl" and ent.start <= a.head.i < ent.end for a in (trigger, *ancestors_of(trigger)))
        if when or not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in TIME_PREPOSITIONS | {"by"}):
            # not "the first talks since May 2020", "elections by December"; but "since May 2020, when they met"
            month = month or month_hint(ent, ctx)
            year = year or year_of(ent.text) or year_named(ent, ctx)  # "in Bali in 2022", "next year", "that year"
    # "the 2022 negotiations in Istanbul": a year on the meeting word, which the model may take for a number
    written = [c for c in children_of(trigger) if c.dep_ in {"nummod", "compound", "amod"} and A_YEAR.fullmatch(c.text)]
    return DayHints(weekday, day, month, year or (int(written[0].text) if written else None))


def weekday_of(ent: Span) -> int | None:
    """The weekday a date expression names ("on Tuesday", "Tuesday night"), Monday 0, or None."""
    return next((WEEKDAYS[word] for word in ent.text.lower().split() if word in WEEKDAYS), None)


EARLIER_WORDS = {"earlier", "previously"}
"""Adverbs that put a meeting before the time the story tells of: "contacts hosted by X earlier in the year"."""


def earlier_in_the_year(trigger: Token) -> bool:
    """Whether a meeting's own clause sets it months before the story's ("earlier in the year", "earlier this
    month"): another occasion than the one the story reports, not one more mention of it."""
    words = [*children_of(trigger), *children_of(clause_verb(trigger))]
    dated = [
        {t.lower_ for t in subtree_of(c)} for c in words if c.dep_ in {"advmod", "npadvmod"} and c.ent_type_ == "DATE"
    ]
    return any(w & EARLIER_WORDS and w & {"year", "month"} for w in dated)  # ("earlier" on the verb or on its "month")


def _dates_another_event(word: Token) -> bool:
    """Whether a word a "when" clause hangs on stands in a clause of time of its own: "weeks after fighting broke out
    in April 2023, when X brought the sides to Jeddah" (April dates the fighting; the meeting came weeks later)."""
    clause = word
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    return clause is not word and any(c.dep_ == "mark" and c.lower_ in TIME_PREPOSITIONS for c in children_of(clause))


_ANOTHER_YEAR = re.compile(
    r"\b(?:(?:last|previous)\s+year|years?\s+(?:ago|earlier|before)|the\s+year\s+before)\b", re.I
)


def in_another_year(sentence: Span, ctx: Context, trigger: Token) -> bool:
    """Whether a meeting word's own date says it was in another year than the story's, where the story's date is
    unknown and cannot resolve it: "talks began in October last year", "a summit two years ago"."""
    if ctx.dates.reference is not None:
        return False
    anchors = date_anchors(trigger)
    return any(
        describes(ent, trigger, anchors) and _ANOTHER_YEAR.search(ent.text) for ent in date_phrases(sentence, ctx)
    )


def begun_today(trigger: Token, sentence_dates: DateRange | None, ctx: Context) -> DateRange | None:
    """The article's day for a meeting its undated sentence says has just opened (:func:`begun_just_now`)."""
    today = ctx.dates.reference
    return DateRange(today, today) if today and sentence_dates is None and begun_just_now(trigger) else None


def begun_just_now(trigger: Token) -> bool:
    """Whether a meeting's clause says, in the present perfect and with no date, that it has opened: "A and B
    have begun a seventh round of talks" (the news of the article's day), not "had begun" or "have not begun"."""
    verb = clause_verb(trigger)
    if verb.lemma_ not in {"begin", "start", "open", "resume", "convene"} or verb.tag_ != "VBN":
        return False
    noun = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger  # "a round of"
    if noun != verb and not (noun.head == verb and noun.dep_ in {"dobj", "nsubj", "nsubjpass"}):
        return False  # not "have begun preparations for the summit": the meeting itself begun
    perfect = [c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"}]
    return bool(perfect) and not any(c.dep_ == "neg" for c in children_of(verb))


def _ran_into(ent: Span) -> bool:
    """Whether a day is the one a meeting ran on into overnight: "a session that stretched past midnight into
    Wednesday", "talks that went on into Saturday" (the day before is its first)."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "into" and root.head.head.lemma_ in RUNNING_VERBS
