"""The days of a meeting: its first and last day from its mentions' dates, windows and stated length, and
whether a meeting told as held is still under way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from kg.extract.base import Context, clause_verb
from kg.extract.dates import WEEKDAY_NAMES, DateRange, month_day, shift
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.counts import count_of, days_counted_by
from kg.extract.meetings.months import month_hint
from kg.extract.meetings.rounds import earlier_rounds
from kg.extract.meetings.schedules import bounding_nouns
from kg.extract.meetings.when import date_anchors, date_phrases, describes, quoted, weekday_of
from kg.extract.meetings.words import CLOSING_VERBS, DURATION_WORDS, RUNNING_VERBS, SCHEDULING_VERBS, STAY_NOUNS
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon
from kg.model import ORDINALS, Status


def days_of(cluster: Cluster, today: date | None) -> tuple[date | None, date | None]:
    """The first and last day of a meeting from its mentions' dates, windows and stated length (a meeting told as
    over does not run past the article's day: its length counts back from its day instead)."""
    dated = [m.dates for m in cluster.mentions if m.dates]
    talks = [m.dates for m in cluster.mentions if m.dates and m.trigger.lemma_ not in STAY_NOUNS]
    if talks and len(talks) < len(dated):
        dated = talks  # "held talks on Tuesday with X", who "arrived on Monday for a three-day visit": the talks' day
    windows = [m.window for m in cluster.mentions if m.window]
    start = min(d.start for d in dated) if dated else None
    if windows:
        # a stated start inside a computed window ("opened on October 25") beats the computation
        window_end = max(w.end for w in windows)
        window_start = min(w.start for w in windows)
        stated = [d.start for d in dated if d.start < window_end]
        start = min(stated) if stated else window_start
        if stated and min(stated) > window_start and all(m.bound != "opens" for m in cluster.mentions if m.dates):
            start = window_start  # "met X on Monday", inside "three days of talks" ending Tuesday: a day within
    end = max(d.end for d in dated + windows) if dated or windows else None
    days = max((m.days for m in cluster.mentions if m.days), default=None)
    # a count one day over stated first and last days is loose ("ten days of negotiations" from October 25 to a
    # signing on November 2), not a later end
    loose = start != end and (end - start).days + 2 == days if start and end and days else False
    if start and end and days and not windows and not loose and (end - start).days + 1 < days:
        opening = any(m.bound == "opens" for m in cluster.mentions)
        closing = (
            {m.bound for m in cluster.mentions if m.dates} == {"closes"}
            or not opening
            and any(bounding_nouns(m.trigger) & CLOSING_VERBS and m.days == days for m in cluster.mentions)
        )  # ("announced on Friday the conclusion of two days of talks", the day on another word of the sentence)
        held = all(m.status == "held" for m in cluster.mentions)
        stretched = shift(start, days - 1)
        expected = any(_length_to_come(m.trigger) for m in cluster.mentions if m.days == days)
        if held and not opening and not expected and today and stretched and stretched > today and end <= today:
            closing = True  # "left Cairo after two days of talks" on the article's day: the days before it (not
            # "the first cycle is expected to last three weeks": days from the start)
        if closing:  # "two days of talks, which ended on Thursday": the days before the close
            start = shift(end, 1 - days) or start
        else:
            end = shift(start, days - 1) or end
    return start, end


def _length_to_come(trigger: Token) -> bool:
    """Whether a meeting word's length is told as to come: "is expected (due, set) to last three weeks", "will run
    for four days"."""
    verb = trigger.head
    return verb.lemma_ in SCHEDULING_VERBS or any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in children_of(verb)
    )


def under_way(status: Status, start: date | None, end: date | None, today: date | None) -> Status:
    """A meeting told as held whose days run past the article's day, or told as to come whose first day has passed,
    is under way ("met on Thursday for a four-day meeting", "began on Monday, will end on Friday")."""
    if status == "held" and start and end and today and start <= today < end:
        return "ongoing"
    if status == "planned" and start and end and today and start < today < end:
        return "ongoing"  # "The talks, which began on Monday, will end on Friday", told on Wednesday
    return status


def told_length(trigger: Token) -> int | None:
    """Days a meeting opened by its clause's verb is to last, from a verb joined to it: "opened on Monday and are
    expected to last three days", "began on Monday and will run for four days" (days it ran are counted with the
    meeting's other words)."""
    for lasting in (v for v in _verbs_of_lasting(trigger) if v.tag_ == "VB"):
        if (days := _days_long(lasting)) is not None:
            return days
    return None


def _verbs_of_lasting(trigger: Token) -> list[Token]:
    """Verbs of lasting joined to a meeting's clause or to its phrase ("opened on Monday and are expected to last
    ...", "began talks on Monday that are expected to last ..."), directly or through "expected to"."""
    holders = [c for c in children_of(clause_verb(trigger)) if c.dep_ == "conj"]
    holders += [c for t in (trigger, trigger.head) for c in children_of(t) if c.dep_ == "relcl"]
    verbs = holders + [x for c in holders for x in children_of(c) if x.dep_ == "xcomp"]
    return [v for v in verbs if v.lemma_ in LASTING]


LASTING = {"last", "run", "continue"}
"""Verbs a meeting's length is told with: "are expected to last two days"."""


def lasts_until(trigger: Token, ctx: Context) -> DateRange | None:
    """The last day a meeting opened by its clause is to run to, from a verb of lasting joined to that clause or
    to the meeting's phrase: "began talks on Monday that are expected to last until Friday", "opened on Monday and
    are scheduled to run through Friday"."""
    return next((day for ent in _dates_run_until(trigger, ctx) if (day := ctx.dates.resolve(ent)) is not None), None)


def runs_into_a_later_month(trigger: Token, ctx: Context) -> bool:
    """Whether a meeting opened by its clause is to run until the article's month or a later one, told with no day:
    "opened on Aug. 14 and is expected to run until mid-September" (still under way, its last day unknown)."""
    today = ctx.dates.reference
    if today is None:
        return False
    months = (month_hint(ent, ctx) for ent in _dates_run_until(trigger, ctx) if ctx.dates.resolve(ent) is None)
    return any(month is not None and month >= (today.year, today.month) for month in months)


def _dates_run_until(trigger: Token, ctx: Context) -> Iterator[Span]:
    """The dates after the "until", "till" or "through" of a verb of lasting joined to a meeting's clause."""
    for lasting in _verbs_of_lasting(trigger):
        for prep in (c for c in children_of(lasting) if c.dep_ == "prep" and c.lower_ in {"until", "till", "through"}):
            yield from (e for e in ctx.entities_in(prep.i + 1, prep.right_edge.i + 1) if e.label_ == "DATE")


def duration_of(trigger: Token) -> int | None:
    """Days a meeting lasted, from "three days of talks" or "two-day talks"."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "day":
        for child in children_of(head.head):
            if child.dep_ == "nummod":
                return count_of(child)
    for child in children_of(trigger):
        words = child.text.lower().split("-")
        if child.dep_ in {"amod", "compound"} and len(words) == 2 and words[1] == "day":
            return DURATION_WORDS.get(words[0])
        if child.dep_ in {"amod", "compound"} and child.lower_ == "day":  # "a twelve-day meeting", split at the hyphen
            for number in (c for c in children_of(child) if c.dep_ == "nummod"):
                return count_of(number)
    return None


def stated_length(trigger: Token) -> int | None:
    """Days a meeting word's own clause says it lasts or is to last: "the talks were expected to last two days",
    "the meeting will run for three days"."""
    if trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = trigger.head
    for lasting in [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]:
        if lasting.lemma_ in LASTING and (days := _days_long(lasting)) is not None:
            return days
    return None


def _days_long(lasting: Token) -> int | None:
    spans = [c for c in children_of(lasting) if c.dep_ in {"npadvmod", "dobj"}]
    spans += [o for p in children_of(lasting) if p.dep_ == "prep" and p.lower_ == "for" for o in children_of(p)]
    for noun in (n for n in spans if n.lemma_ in {"day", "week"}):
        if any(c.dep_ == "nummod" for c in children_of(noun)):
            return days_counted_by(noun)  # "to last three weeks"
    return None


def last_day(status: Status, start: date | None, end: date | None, today: date | None) -> date | None:
    """A meeting's last day: none yet for one under way with no day to come told ("have been meeting since Monday",
    "opened on Monday ... after Thursday's session": the last day told is not its last)."""
    if status == "ongoing" and start and end and today and (end < today or end == start <= today):
        return None
    return end


def purpose(trigger: Token) -> bool:
    """Whether a meeting word is what a verb of meeting or coming is "for": "met on Thursday for a four-day
    meeting", "arrived for three days of talks"."""
    word = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    return word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.head.pos_ == "VERB"


def told_status(cluster: Cluster, end: date | None, today: date | None, headline: int = 0) -> Status:
    """The status its first mention below the headline (which tells in the present what is done or under way:
    "A and B open talks in X") gives a meeting, unless another tells it is still going on and its last day
    is not past ("opened on Saturday ... is expected to continue until Sunday", on Sunday)."""
    closing = any(m.status == "ongoing" and m.bound == "closes" for m in cluster.mentions)  # "... until Sunday"
    going_on = closing and end is not None and today is not None and end >= today
    told = [m for m in cluster.mentions if m.sentence.start_char >= headline] or cluster.mentions
    first = told[0].status
    return "ongoing" if first == "held" and going_on else first


def spoken_after(trigger: Token) -> bool:
    """Whether a meeting word names the talks someone spoke (or agreed) after, undated ("told journalists on
    Thursday, speaking after his talks with X", "agreed to a ceasefire on Monday after talks in Malaysia", "said
    after hosting talks"): the talks of the day the words were spoken."""
    after, spoken = trigger.head, trigger.head.head
    counted = trigger.dep_ == "pobj" and after.lower_ == "of" and after.head.lemma_ in {"day", "week", "hour"}
    if counted and after.head.dep_ == "pobj":
        after, spoken = after.head.head, after.head.head.head  # "agreed ..., after three days of talks"
    elif trigger.dep_ == "dobj" and after.dep_ == "pcomp":
        after, spoken = after.head, after.head.head  # "said after hosting talks between the two leaders"
    elif trigger.dep_ in {"nsubj", "nsubjpass"} and after.dep_ == "advcl":
        # "agreed to a ceasefire early on Sunday after talks in Doha mediated by Qatar", parsed as a clause
        after = next((c for c in children_of(after) if c.dep_ == "mark"), after)
    elif trigger.dep_ != "pobj":
        return False
    if after.lower_ not in {"after", "following"}:
        return False
    verbs = lexicon().verbs_of_saying | {"speak"}
    while spoken.dep_ in {"xcomp", "conj"} and spoken.lemma_.lower() not in verbs:
        spoken = spoken.head  # "agreed to stop attacks ..., after three days of talks", hung on "stop"
    spoke = spoken.lemma_.lower() in verbs
    return spoke and not any(t.ent_type_ == "DATE" for t in subtree_of(trigger))


def dated_from_around(
    mention: Mention, mentions: list[Mention], sentence_dates: DateRange | None, beside: list[Mention]
) -> None:
    """The day of an undated meeting the words around it give: the day someone spoke "after his talks with X", or
    the last day of the meeting it follows ("After the end of the summit the president held a meeting with ...").
    A day that dates another meeting of the sentence (``beside``) is that one's: "told reporters after the talks,
    adding that the next round would be held on Sept. 17"."""
    others_day = sentence_dates is not None and any(o is not mention and o.dates == sentence_dates for o in beside)
    spoken = not _days_only_quoted(mention.sentence)  # "'Today we closed a chapter,' X said after the meeting"
    if mention.dates is None and mention.month is None and spoken_after(mention.trigger) and not others_day and spoken:
        mention.dates = sentence_dates  # "told journalists on Thursday, speaking after his talks with X"
        first = shift(sentence_dates.end, 1 - mention.days) if sentence_dates and mention.days else None
        if first is not None and sentence_dates is not None:  # "agreed on Tuesday, after three days of talks"
            mention.window, mention.dates = DateRange(first, sentence_dates.end), None
        if sentence_dates is None:  # the article's date unknown: the weekday the words were spoken
            days = (weekday_of(e) for e in mention.sentence.ents if e.label_ == "DATE")
            mention.weekday = next((d for d in days if d is not None), mention.weekday)
    if mention.dates is None and mention.window is None and _after_a_meeting(mention.trigger):
        earlier = next(
            (m for m in reversed(mentions) if (m.dates or m.weekday is not None) and m.city == mention.city),
            None,
        )
        if earlier is not None and earlier.dates is not None:
            mention.dates = DateRange(earlier.dates.end, earlier.dates.end)
        elif earlier is not None:
            mention.weekday = earlier.weekday  # the article's date unknown: the summit's weekday


def _days_only_quoted(sentence: Span) -> bool:
    """Whether the days a sentence names all stand in a quotation: a speaker's "today" is the day of speaking, which
    the article's own date does not tell."""
    days = [e for e in sentence.ents if e.label_ == "DATE"]
    return bool(days) and all(quoted(e) for e in days)


def _after_a_meeting(trigger: Token) -> bool:
    """Whether a meeting follows another named in its clause ("after the end of the summit", "after the talks")."""
    verb = clause_verb(trigger)
    for prep in (c for c in list(children_of(verb)) + list(children_of(trigger)) if c.dep_ == "prep"):
        if prep.lower_ not in {"after", "following"} or trigger in subtree_of(prep):
            continue  # not "agreed after ten rounds of talks": the rounds are the meeting itself
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            nouns = [obj] + [o for p in children_of(obj) if p.lower_ == "of" for o in children_of(p)]
            if any(n.lower_ in lexicon().meeting_nouns and n != trigger for n in nouns):
                return True
    return False


_YEAR_AT_END = re.compile(r",?\s*((?:19|20)\d\d)\s*$")


def separate_days(sentence: Span, ctx: Context, trigger: Token) -> list[DateRange]:
    """The days of a meeting word dated by two days apart ("met on May 16 and June 2, 2025": two rounds), each
    its own meeting; empty when its date names one day or one span ("on Friday and Saturday")."""
    anchors = date_anchors(trigger)
    phrases = date_phrases(sentence, ctx)
    for position, ent in enumerate(phrases):
        parts = re.split(r"\s+(?:and|&)\s+", ent.text)
        following = phrases[position + 1] if position + 1 < len(phrases) else None
        if following is not None and following.root.dep_ == "conj" and ent.start <= following.root.head.i < ent.end:
            parts = [ent.text, following.text]  # two date entities joined by "and"
        if len(parts) != 2 or not describes(ent, trigger, anchors) or not all(month_day(p) for p in parts):
            continue
        if ent.text.lower().startswith("between") or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "between":
            continue  # "between February 13 and March 10": one span
        year = _YEAR_AT_END.search(parts[1])
        first = parts[0] if _YEAR_AT_END.search(parts[0]) or year is None else f"{parts[0]}, {year.group(1)}"
        days = [ctx.dates.resolve_text(first), ctx.dates.resolve_text(parts[1])]
        if days[0] is not None and days[1] is not None and (days[1].start - days[0].end).days > 1:
            return [d for d in days if d is not None]
    return []


def told_apart(mention: Mention, ctx: Context) -> list[Mention]:
    """Another meeting a mention's dates tell apart, the mention keeping the first: "met on May 16 and June 2"."""
    days = separate_days(mention.sentence, ctx, mention.trigger)
    if len(days) != 2:
        return []
    mention.dates = days[0]
    second = replace(mention, dates=days[1], parties=list(mention.parties), apart=True)
    counted = [c for c in children_of(mention.trigger) if c.dep_ == "nummod" and c.lower_ in {"two", "2"}]
    if mention.round == 1 and counted:  # "the first two rounds, on May 16 and June 2": the first and the second
        second.round = 2
    if (numbers := earlier_rounds(mention.trigger, mention.round, 2)) is not None:
        mention.round, second.round = numbers  # "the previous rounds, on May 16 and June 2" before the third
    return [second]


def from_the_first_day(trigger: Token, dates: DateRange | None, today: date | None = None) -> DateRange | None:
    """A meeting's days from its first, where its date is "the Nth day of" it: the talks began N - 1 days before
    (the article's day, where the present tense tells it undated: "are holding a third day of talks")."""
    nth = day_of_the_talks(trigger)
    if dates is None and nth and today is not None and _told_in_the_present(clause_verb(trigger)):
        dates = DateRange(today, today)
    nth = nth if dates is not None else None
    one_day = dates is not None and dates.start == dates.end  # (not the days from its first to this one, told)
    first = shift(dates.start, 1 - nth) if dates is not None and one_day and nth is not None and nth > 1 else None
    return DateRange(first, dates.end) if first is not None and dates is not None else dates


def day_of_the_talks(trigger: Token) -> int | None:
    """Which day of the talks a date falls on, where the meeting word is what "the Nth day of" counts ("on the
    third day of the talks"): the talks began N - 1 days before it."""
    day = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if day is None or day.lemma_ != "day":
        day = _day_entered(trigger)
    if day is None:
        return None
    return next((ORDINALS[c.lower_] for c in children_of(day) if c.dep_ == "amod" and c.lower_ in ORDINALS), None)


def _day_entered(trigger: Token) -> Token | None:
    """The day noun of the talks' clause that says which day of them it is: "met for a second day", "entered a
    third day", "continued into a third day"."""
    verb = clause_verb(trigger)
    for word in {trigger, verb}:
        for child in children_of(word):
            if child.dep_ == "dobj" and child.lemma_ == "day" and word.lemma_ == "enter":
                return child
            if child.dep_ == "prep" and (
                child.lower_ == "for" or child.lower_ == "into" and word.lemma_ in RUNNING_VERBS
            ):
                day = next((o for o in children_of(child) if o.dep_ == "pobj" and o.lemma_ == "day"), None)
                if day is not None:
                    return day
    return None


def _told_in_the_present(verb: Token) -> bool:
    """Whether a verb is in the present, or the present perfect of news just in: "are holding", "enter", "is in",
    "have wrapped up"."""
    auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}}
    perfect = verb.tag_ == "VBN" and bool(auxiliaries & {"have", "has", "'ve"})
    return verb.tag_ in {"VBZ", "VBP"} or verb.tag_ == "VBG" and bool(auxiliaries & {"is", "are", "'re"}) or perfect


def day_named(cluster: Cluster) -> str | None:
    """The day an undated meeting's text names: a month and day ("--09-05"), else a weekday, else the month of a
    year ("2019-10")."""
    found = next((m.month_day for m in cluster.mentions if m.month_day), None)
    if found is not None:
        return f"--{found[0]:02d}-{found[1]:02d}"
    weekday = next((m.weekday for m in cluster.mentions if m.weekday is not None), None)
    if weekday is not None:
        return WEEKDAY_NAMES[weekday]
    month = next((m.month for m in cluster.mentions if m.month), None)
    return None if month is None else f"{month[0]:04d}-{month[1]:02d}"
