"""Dates: calendar dates, ranges, weekdays and relative expressions resolved to ISO dates.

Expressions are resolved against a reference date: the article's publication date, or, where that is
missing, a date the text itself pins down (an explicit year, "the fourth anniversary of the February 24,
2022, invasion"). Without any reference, expressions without a year stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from kg.extract.base import clause_verb, sentence_of, text_of
from kg.model import ORDINALS

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year written in figures ("2015", "in 2002"), wherever it stands in a phrase."""

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = {d: i for i, d in enumerate(WEEKDAY_NAMES)}

STORY_LAG_DAYS = 7
"""How long before its publication date a story may have been written: a day to come is at most this far behind."""

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d{2}))?"
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|through|until|till)\s*(?P<d2>\d{{1,2}}))?\b{_YEAR}",
    re.I,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b", re.I)
_DAY_MONTH = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}{_YEAR}",
    re.I,
)
_CROSS_MONTH = re.compile(
    rf"\b{_MONTH}\s+(?P<d1>\d{{1,2}})\s*(?:-|–|to|through|until|till)\s*(?P<month2>[a-z]+)\.?\s+(?P<d2>\d{{1,2}})\b{_YEAR}",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+(?P<first>.+?)\s+and\s+", re.I)
"""A span written "between February 13 and March 10": its first day, read as "February 13 to March 10"."""
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_WEEKDAY = re.compile(
    r"\b(?P<mod>last|next|this|on|coming)?\s*(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_WEEKDAY_RANGE = re.compile(
    r"\b(?P<first>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:-|–|to|through|until|and)\s*"
    r"(?P<last>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
_RELATIVE = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the previous day": -1,
    "the day before": -1,
    "the next day": 1,
    "the following day": 1,
    "the day after": 1,
    "earlier in the day": 0,
    "that day": 0,
    "the same day": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "last night": -1,
}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT = rf"(?P<n>{'|'.join(_COUNTS)}|\d{{1,2}})"
_DAYS_LATER = re.compile(rf"\b{_COUNT}\s+(?P<unit>days?|weeks?)\s+(?P<way>later|earlier)\b")
_AGO = re.compile(rf"\b{_COUNT}\s+(?P<unit>days?|weeks?)\s+ago\b")
"""Days counted back from the article's date: "three days ago", "two weeks ago"."""


def _count(word: str) -> int:
    """The number a counting word or figure gives ("two", "a", "12")."""
    return int(word) if word.isdigit() else _COUNTS.get(word, 0)


_SPAN_OF_DAYS = re.compile(rf"^{_COUNT}\s+(?P<unit>days?|nights?|weeks?)$", re.IGNORECASE)


def days_counted(text: str) -> int | None:
    """The days a span of time written alone counts: "a day" 1, "two weeks" 14; None for anything else."""
    match = _SPAN_OF_DAYS.match(text.strip())
    if match is None or not (count := _count(match["n"].lower())):
        return None
    return count * (7 if match["unit"].lower().startswith("week") else 1)


RELATIVE_DAY_PHRASES = tuple(p for p in _RELATIVE if p.startswith("the ") and p.endswith(" day"))
"""The relative days of three words ("the next day", "the following day") that the model may leave untagged."""
PARTS_OF_TODAY = re.compile(
    r"^(?:(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tonight|last\s+night|(?:earlier|later)\s+today)$",
    re.IGNORECASE,
)
"""Times the model tags as times that name a day: "this morning", "yesterday evening", "last night", "earlier today"."""
_ANNIVERSARY = re.compile(r"\b(?P<ord>[a-z]+)\s+anniversary\b", re.I)
_DURATION = re.compile(r"\b(days?|weeks?|months?|years?|decades?|hours?|minutes?)\b", re.I)


@dataclass(frozen=True, order=True)
class DateRange:
    start: date
    end: date


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def shift(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or None past either end of the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _told_as_done(span: Span) -> bool:
    """Whether the verb a date hangs on is itself in the simple past: "held talks on March 6" (not "the round is due
    to end on March 12", whose nearest verb tells of what is to come)."""
    return clause_verb(span.root).tag_ == "VBD"


@dataclass
class DateResolver:
    """Resolves date expressions of one document."""

    reference: date | None
    explicit_reference: bool = True
    _resolved: dict[tuple[int, int, date | None], DateRange | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def for_doc(cls, doc: Doc, published: date | None, dateline: str | None = None) -> DateResolver:
        """A resolver against the publication date; without one, against the day a dateline gives with its year
        ("ISTANBUL, May 16, 2025 --"); without either, only dates that name their year are resolved (weekdays,
        "yesterday" and a month and day alone stay unresolved)."""
        if published is not None:
            return cls(published)
        if dateline is not None and (day := dated_dateline(dateline, text_of(doc))):
            return cls(day)
        return cls(infer_reference(text_of(doc)), explicit_reference=False)

    def _year_for(
        self, month: int, day: int, future: bool, text: str = "", past: bool = False, ahead: bool = False
    ) -> int | None:
        if self.reference is None:
            return None
        year = self.reference.year
        if which := _WHICH_YEAR.search(text):
            return year + _WHICH_STEP[which["which"].lower()]  # "on May 10 last year"
        candidate = _safe_date(year, month, day)
        if candidate is None:
            return year
        if not future and candidate > self.reference + timedelta(days=1 if past else 31):
            return year - 1  # ("held talks on March 6" in a story of February: the March before)
        if future and candidate < self.reference - timedelta(days=STORY_LAG_DAYS if ahead else 180):
            return year + 1  # ("will meet again on Jan. 12" in a story of March: the next January)
        return year

    def resolve_text(
        self, text: str, *, future: bool = False, anchor: date | None = None, past: bool = False, ahead: bool = False
    ) -> DateRange | None:
        """A date expression as a range of days, or None if it names no day (or a day outside the calendar, as
        "the next day" of a publication date of 31 December 9999); ``past`` when its clause tells of what was done,
        whose day the publication's cannot precede; ``ahead`` when it plainly tells of a day to come, which cannot
        precede the publication's by more than a story's lag."""
        try:
            return self._resolve_text(text, future=future, anchor=anchor, past=past, ahead=ahead)
        except OverflowError:
            return None

    def _resolve_text(
        self, text: str, *, future: bool, anchor: date | None, past: bool = False, ahead: bool = False
    ) -> DateRange | None:
        lowered = text.lower().strip()
        relative_ok = self.explicit_reference or anchor is not None
        for phrase, offset in _RELATIVE.items() if relative_ok else ():
            if phrase in lowered:
                base = anchor if anchor is not None and phrase.startswith("the ") else self.reference
                if base is None:
                    return None
                day = base + timedelta(days=offset)
                return DateRange(day, day)
        match = _DAYS_LATER.search(lowered)
        if match and anchor is not None:
            if count := _count(match["n"]) * (7 if match["unit"].startswith("week") else 1):
                day = anchor + timedelta(days=count if match["way"] == "later" else -count)
                return DateRange(day, day)  # "a day later", "two weeks earlier": from the date before
        match = _AGO.search(lowered)
        if match and self.explicit_reference and self.reference is not None and (count := _count(match["n"])):
            day = self.reference - timedelta(days=count * (7 if match["unit"].startswith("week") else 1))
            return DateRange(day, day)  # "three days ago", "two weeks ago"
        match = _ISO.search(text)
        if match:
            iso_day = _safe_date(int(match["year"]), int(match["m"]), int(match["d"]))
            return DateRange(iso_day, iso_day) if iso_day else None
        match = _CROSS_MONTH.search(_BETWEEN.sub(r"\g<first> to ", text, count=1))
        if match and _month(match["month"]) and _month(match["month2"]):
            m1, m2 = _month(match["month"]), _month(match["month2"])
            assert m1 is not None and m2 is not None
            year = int(match["year"]) if match["year"] else self._year_for(m1, int(match["d1"]), future, text, past)
            if year is None:
                return None
            start, end = _safe_date(year, m1, int(match["d1"])), _safe_date(year, m2, int(match["d2"]))
            return DateRange(start, end) if start and end and start <= end else None
        for pattern in (_MONTH_DAY, _DAY_MONTH):
            match = pattern.search(text)
            if match:
                month = _month(match["month"])
                if month is None:
                    continue
                d1 = int(match["d1"])
                d2 = int(match["d2"]) if match["d2"] else d1
                year = int(match["year"]) if match["year"] else self._year_for(month, d1, future, text, past, ahead)
                if year is None:
                    return None
                start, end = _safe_date(year, month, d1), _safe_date(year, month, d2)
                if start and end and start <= end:
                    return DateRange(start, end)
                return None
        if not self.explicit_reference:
            return None  # a weekday or weekend needs the day the article was written
        if "weekend" in lowered and self.reference is not None:
            ref = self.reference
            if "next" in lowered or "coming" in lowered:
                saturday = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
            elif future:  # "will go on over the weekend", written on a Saturday or a Sunday: the weekend it is
                saturday = ref + timedelta(days=(5 - ref.weekday()) % 7 - (7 if ref.weekday() == 6 else 0))
            else:
                saturday = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
            return DateRange(saturday, saturday + timedelta(days=1))
        match = _WEEKDAY_RANGE.search(text)
        if match and self.reference is not None:
            # "from Monday to Wednesday": the first day as a weekday, the last the next such day after it
            first = self._resolve_text(match["first"], future=future, anchor=None)
            if first is not None:
                length = (WEEKDAYS[match["last"].lower()] - first.start.weekday()) % 7
                return DateRange(first.start, first.start + timedelta(days=length))
        match = _WEEKDAY.search(text)
        if match and self.reference is not None:
            return _weekday_day(match, lowered, self.reference, future)
        match = _ORDINAL_DAY.match(lowered)
        if match and self.reference is not None:
            return _day_of_month(int(match["day"]), self.reference, future)
        return None

    def resolve(self, span: Span, *, anchor: date | None = None) -> DateRange | None:
        """Resolve a DATE entity, reading the tense of its sentence for weekdays (once per entity and anchor:
        each meeting word of a sentence reads the same dates)."""
        key = (span.start, span.end, anchor)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(span, anchor)
        return self._resolved[key]

    def _resolve(self, span: Span, anchor: date | None) -> DateRange | None:
        if _ordinal_of_a_thing(span):
            return None  # "the 22nd meeting": a count of meetings, not a day of the month
        if (ahead := self._days_ahead(span)) is not None:
            return ahead  # "will return in two weeks"
        if (
            _DURATION.search(span.text)
            and not any(ch.isdigit() for ch in span.text)
            and "weekend" not in span.text.lower()
        ):
            lowered = span.text.lower()
            counted = _DAYS_LATER.search(lowered) or _AGO.search(lowered)
            weekday = any(
                word in WEEKDAYS for word in re.findall(r"[a-z]+", lowered)
            )  # "Friday last week", "Friday, days"
            if not any(p in lowered for p in _RELATIVE) and not counted and not weekday:
                return None
        from kg.extract.tense import clause_is_future, is_future_context, plainly_to_come

        told = clause_is_future(span)
        future = is_future_context(sentence_of(span)) if told is None else told
        past = told is False and _told_as_done(span)
        return self.resolve_text(
            span.text, future=future, anchor=anchor, past=past, ahead=told is True and plainly_to_come(span)
        )

    def _days_ahead(self, span: Span) -> DateRange | None:
        """The day "in two weeks" or "in 10 days" names from the article's, said of what is to come."""
        from kg.extract.tense import clause_is_future, is_future_context

        if not self.reference or not span.start or span.doc[span.start - 1].lower_ != "in":
            return None
        days = days_counted(span.text)
        if days is None or not (clause_is_future(span) or is_future_context(sentence_of(span))):
            return None
        day = self.reference + timedelta(days=days)
        return DateRange(day, day)


def _ordinal_of_a_thing(span: Span) -> bool:
    """Whether a date the model read is an ordinal alone that numbers a noun ("the 22nd meeting", "its 3rd round"),
    not a day ("on the 22nd")."""
    if len(span) != 1 or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", span.text, re.I):
        return False
    word = span[0]
    return word.dep_ in {"amod", "nummod", "compound"} and word.head.pos_ == "NOUN" and word.head.i > word.i


def month_of(text: str) -> tuple[int, int] | None:
    """(year, month) of a date expression that names only a month of a year ("in October 2019")."""
    match = _MONTH_YEAR.search(text)
    if match is None or _MONTH_DAY.search(text) or _DAY_MONTH.search(text):
        return None
    month = _month(match["month"])
    return None if month is None else (int(match["year"]), month)


_MONTH_ALONE = re.compile(
    rf"^(?:(?:in|early|late|mid|by|until|since|from|for)[\s-]+)?"
    rf"(?:(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|half)\s+of\s+)?"  # a week of it
    rf"(?:(?P<before>this|last|next)\s+)?{_MONTH}"
    rf"(?:\s*(?:and|or|to|through|-|–)\s*[a-z]+\.?)?"  # "in February and March last year": from the first
    rf"(?:\s+(?P<which>this|last|next)\s+year)?$",
    re.I,
)
_WHICH_STEP = {"this": 0, "last": -1, "next": 1}
"""How far "this", "last" and "next" year or month are from the article's."""
_WHICH_YEAR = re.compile(r"\b(?P<which>this|last|next)\s+year\b", re.I)
_MONTH_AWAY = re.compile(r"^(?:(?:earlier|later|early|late)\s+)?(?P<which>this|last|next)\s+month$", re.I)


_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)$")
"""A day of the month named alone ("on the 14th"): of the article's month, or the month after or before it."""


def _day_of_month(day: int, ref: date, future: bool) -> DateRange | None:
    """The nearest date with that day of the month, on or after the article's day for a meeting to come, on or
    before it otherwise ("will resume on the 24th", "met on the 14th")."""
    found = _safe_date(ref.year, ref.month, day)
    step = 1 if future else -1
    if found is None or (found < ref if future else found > ref):
        month = ref.month + step
        year = ref.year + (month - 1) // 12
        found = _safe_date(year, (month - 1) % 12 + 1, day)
    return DateRange(found, found) if found is not None else None


def _weekday_day(match: re.Match[str], lowered: str, ref: date, future: bool) -> DateRange:
    """The day a weekday names against the article's: the one before it, or after it in the future ("will meet on
    Friday", written on a Friday: that day); "next Friday", "on Thursday next week" in the week after; "on Thursday
    last week" in the week before."""
    weekday = WEEKDAYS[match["day"].lower()]
    mod = (match["mod"] or "").lower()
    if re.search(r"\b(?:next|following)\s+week\b", lowered) and mod != "last":
        monday = ref + timedelta(days=7 - ref.weekday())  # "on Thursday next week": in the week after
        return DateRange(monday + timedelta(days=weekday), monday + timedelta(days=weekday))
    if re.search(r"\b(?:last|previous)\s+week\b", lowered) and mod not in {"next", "coming"}:
        monday = ref - timedelta(days=ref.weekday() + 7)  # "on Thursday last week": in the week before
        return DateRange(monday + timedelta(days=weekday), monday + timedelta(days=weekday))
    if mod in {"next", "coming"} or (future and mod != "last"):
        ahead = (weekday - ref.weekday()) % 7
        if mod in {"next", "coming"} and ahead == 0:
            ahead = 7
        if mod == "next" and ahead < 2:
            ahead += 7
        day = ref + timedelta(days=ahead)
    else:
        day = ref - timedelta(days=(ref.weekday() - weekday) % 7)
        if mod == "last" and day == ref:
            day -= timedelta(days=7)
    return DateRange(day, day)


def month_in(text: str, reference: date, future: bool) -> tuple[int, int] | None:
    """(year, month) of a month named without its year, read against the article's date: "in February this year",
    "last month"; a bare "in October" is the nearest October before the article, or after it in a clause about what
    is to come."""
    text = text.strip()
    if away := _MONTH_AWAY.match(text):
        step = _WHICH_STEP[away["which"].lower()]
        index = reference.year * 12 + reference.month - 1 + step
        return index // 12, index % 12 + 1
    match = _MONTH_ALONE.match(text)
    month = _month(match["month"]) if match else None
    if match is None or month is None:
        return None
    if match["which"]:
        return reference.year + _WHICH_STEP[match["which"].lower()], month
    if before := (match["before"] or "").lower():  # "last March": the latest March before the article's month
        step = {"this": 0, "last": -(month >= reference.month), "next": int(month <= reference.month)}[before]
        return reference.year + step, month
    if future:
        return (reference.year, month) if month >= reference.month else (reference.year + 1, month)
    return (reference.year, month) if month <= reference.month else (reference.year - 1, month)


_YEAR_ONLY = re.compile(
    r"^(?:in\s+|early\s+|late\s+|mid-)?(?P<year>(?:19|20)\d\d)(?:\s*(?:and|to|-|–)\s*(?:19|20)\d\d)?$", re.I
)


def year_of(text: str) -> int | None:
    """The year of a date expression that names nothing but a year ("in 2022", "early 2019"), or the first of two
    ("in 2021 and 2022", "2019-2020")."""
    match = _YEAR_ONLY.match(text.strip())
    return int(match["year"]) if match else None


def month_day(text: str) -> tuple[int, int] | None:
    """The month and day a date expression names, with or without a year ("Sept. 5", "5 September")."""
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(text)
        if match and (month := _month(match["month"])) is not None and 1 <= int(match["d1"]) <= 31:
            return month, int(match["d1"])
    return None


def dateline_day(dateline: str) -> date | None:
    """The day a dateline names with its year ("Oct. 3, 2025"); None without a year: the years an article
    mentions are mostly of past events, so none of them can stand in for the year it was written."""
    match = _MONTH_DAY.search(dateline) or _DAY_MONTH.search(dateline)  # "Oct. 3, 2025", "23rd May, 2024"
    month = _month(match["month"]) if match else None
    if match is None or month is None or not match["year"]:
        return None
    return _safe_date(int(match["year"]), month, int(match["d1"]))


def dated_dateline(dateline: str, text: str) -> date | None:
    """The day a dateline names, its year written on it or, failing that, on the same day in the text."""
    return dateline_day(dateline) or _dateline_day_in_text(dateline, text)


def _dateline_day_in_text(dateline: str, text: str) -> date | None:
    """The day of a dateline without a year ("KAZAN, Oct 23 -") when the text writes that same day with its year
    ("on 23 October 2024") and with no other year: the story's own day, its year given."""
    match = _MONTH_DAY.search(dateline)
    month = _month(match["month"]) if match else None
    if match is None or month is None:
        return None
    day = int(match["d1"])
    years = {
        int(m["year"])
        for pattern in (_MONTH_DAY, _DAY_MONTH)
        for m in pattern.finditer(text)
        if m["year"] and _month(m["month"]) == month and int(m["d1"]) == day
    }
    return _safe_date(years.pop(), month, day) if len(years) == 1 else None


def infer_reference(text: str) -> date | None:
    """A reference date read from the text when no publication date is given.

    "a week before the fourth anniversary of the February 24, 2022, invasion" gives 2026; otherwise the
    latest explicit year the text mentions, at its end, is the best available guess.
    """
    full_dates = [(m.start(), m) for m in _MONTH_DAY.finditer(text) if m["year"]]
    anniversary = _ANNIVERSARY.search(text)
    if anniversary and anniversary["ord"].lower() in ORDINALS:
        following = [m for pos, m in full_dates if pos > anniversary.start()]
        if following:
            m = following[0]
            month = _month(m["month"])
            if month:
                base = _safe_date(int(m["year"]) + ORDINALS[anniversary["ord"].lower()], month, int(m["d1"]))
                if base:
                    return base
    return None
