"""Separate an article's story from its page furniture.

The story text handed to the NLP pipeline is the article's body paragraphs joined by blank lines, with the
headline, related-link lines ("SEE ALSO: ..."), video notices and their captions, photo captions and staff
credits left out. A "With reporting by ..." credit is kept as the last paragraph: it names reporters.
Every kept paragraph remembers where it stands in the original text, so spans found in the story map back
to character offsets of the article as ingested.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kg.errors import InputError
from kg.gazetteer import load

PARAGRAPH_BREAK = "\n\n"

_SEE_ALSO = re.compile(r"^\s*(SEE ALSO|READ MORE|RELATED|WATCH|LISTEN)\s*:", re.IGNORECASE)
_VIDEO_NOTICE = re.compile(r"your browser does\s?n[’']?t support|does not support html5|enable javascript", re.I)
_CREDIT = re.compile(
    r"^\s*\(?\s*(?:(?:with\s+)?(?:additional\s+)?(?:reporting|writing)\s+by\b|[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*(?:[,|]|and\b|$))",
    re.IGNORECASE,
)
_STAFF = re.compile(
    r"^\s*(?:(?:compiled|written|edited|produced)\s+by\b|by\s+(?:a|an|our|the)\s+[a-z][\w -]{0,40}$)", re.IGNORECASE
)
"""A staff line that names nobody: "Compiled by ...", a byline such as "By a staff correspondent"."""
_PHOTO_POSITION = re.compile(r",\s*(second |third |far )?(left|right|center|centre)\s*[,)]", re.IGNORECASE)
_PHOTO_WORDS = re.compile(r"^\s*(photo|file photo|picture|image)\s*:", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAP = "[A-ZÀ-ÖØ-Þ]"
_WORD = rf"{_CAP}(?:[^\W\d_]|['.])*"
"""A capitalised word of a place's name, accents and all ("BOGOTÁ", "Türkiye", "St.")."""
_DATELINE = re.compile(
    rf"^(?P<place>{_WORD}(?:[ -]{_WORD}){{0,4}})"
    rf"(?P<others>(?:/{_WORD}(?:[ -]{_WORD}){{0,4}})*)"
    rf"(?:,\s*(?!{_MONTH}\s+\d)(?P<region>{_WORD}(?:\s(?:(?:and|of|the)\s)*{_WORD}){{0,4}}))?"
    r"(?:\s*\((?P<agency>[^)\n]{1,60})\))?"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+(?P<year>\d{{4}}))?)?"
    r"\.?\s*(?P<credit>\([^)\n]{1,40}\)|/[^/\n]{1,30}/\.?)?"
    r"\s*(?P<dash>--|—|–|-|:)?\s+"
)
"""A dateline: "ISTANBUL, May 16 (Reuters) --", "GENEVA -- ", "Pyongyang, April 28 (KCNA) --",
"GENEVA, June 16. /AGENCY/.", "JUBA, South Sudan, Oct 3 (Reuters) -" (a city with its country or state),
"DUBAI/WASHINGTON, May 9 (Reuters) -" (reporters in two cities: its date and agency count, no city places
the story), "NEW DELHI: ", "ANKARA, Türkiye — ". A place in capitals needs a dash, a colon or an agency after it;
a place in title case needs a date as well, or its state or country and a long dash ("Washington, DC – "), so an
ordinary sentence ("Kim Jong Un, chairman ...") is never one."""
_DATED_CREDIT = re.compile(
    rf"^(?P<place>)(?P<others>)(?P<region>)?(?P<agency>)?(?P<date>{_MONTH}\s+\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    r"\s*(?P<credit>\([^)\n]{1,25}\))\s*(?P<dash>--|—|–|-)\s+"
)
"""A dateline without a place: "Aug 8 (Caucasus Desk) - " (a date, the desk or agency credited and a dash)."""
_CREDIT_ONLY = re.compile(
    r"^(?P<place>)(?P<others>)(?P<region>)?(?P<agency>)?(?P<date>)?(?P<year>)?"
    r"(?P<credit>\([A-Z][A-Za-z.&' ]{1,20}\))\s*(?P<dash>--|—|–|-)\s+"
)
"""A broadcaster's credit opening a story without place or date: "(CNN) — "."""
_DATE_LINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){{0,3}})"
    r"(?:,\s*[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,3}\s*(?:--|—|–|-)\s*|,\s*|\s+(?:--|—|–)\s+)"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}),?\s+(?P<year>\d{{4}})\.?$"
)
"""A press release's dateline on a line of its own above the text: "Brussels, 27 February 2023", "Geneva, May 3,
2024", with the country and a dash: "Doha, Qatar - March 18, 2025", or the dash alone: "WASHINGTON -- Jan. 31,
2020"."""
_DATE_FIRST_LINE = re.compile(
    rf"^(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}),?\s+(?P<year>\d{{4}}),\s*"
    rf"(?P<place>[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){{0,3}})\.?$"
)
"""The same line with the date first, as a head of state's office writes it: "October 9, 2025, Dushanbe"."""
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")
"""A numbered line: a section of a readout or an explainer, not page furniture."""
_PUBLISHED = re.compile(
    r"^\s*(?:(?P<by>(?-i:[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}))\s+)?"
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?\s*:?|dated?\s*:)"
    r"\s*(?P<rest>.{0,80})$",
    re.IGNORECASE,
)
"""A time stamp line above a story or under its headline: "Published: July 7, 2025", "Updated 3:45 PM EDT, July 7,
2025", "Date: 10 May 2024", after an agency's name in capitals or a reporter's name: "AFP Published 3 Mar, 2025
9:05am", "Ana Lind Published July 03, 2025 | 11:39 PM"."""
_ENTRY_TIME = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\s*(?:--|—|–|-|:)\s+(?=\S)"
)
"""The time of a live blog's entry before its text, with its day at times: "17:40 GMT - ", "9.05am: ", "10:15 a.m.
EDT — ", "Tuesday, 18:30 GMT -- "."""
_PLACE_LINE = re.compile(r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}$")
"""A place in capitals on a line of its own above the story, where some outlets print the dateline: "ANKARA"."""
_KICKER = re.compile(
    r"^(?:ANALYSIS|EXPLAINER|FACTBOX|INSIGHT|EXCLUSIVE|FEATURE|INTERVIEW|COLUMN|TIMELINE|WRAPUP(?:\s+\d+)?"
    r"|BREAKING|LIVE|WATCH|OPINION|EDITORIAL|VIDEO|PHOTOS"
    r"|UPDATE(?:\s+\d+)?|CORRECTED|REFILE|BREAKINGVIEWS)\s*(?:--|[-:–—|])\s*(?=\S)"
)
"""A wire headline's kicker, the kind of story in capitals before it: "ANALYSIS-", "UPDATE 2-", "EXPLAINER: ",
"LIVE: " (never a dateline's place, which may now end on a colon: "NEW DELHI: ")."""
_DOTTED_DAY = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.])")
"""A day written in numbers with full stops, day first as wherever it is written so: "24.09.2017"."""
_STAMP_DAY = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_DOTTED_DAY.pattern}",
    re.IGNORECASE,
)

_BARE_DATE = re.compile(
    r"^(?:\d{1,2}:\d{2},?\s+)?(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_STAMP_DAY.pattern})(?:,?\s+(?:at\s+)?\d{{1,2}}[.:]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\.?$",
    re.IGNORECASE,
)
"""A line that is a date and nothing else, under a headline: the day a press release was issued, or a page's time
stamp with its weekday and clock time ("Mon 12 Jun 2023 17.30 BST"), or in numbers to the second ("2023-06-09
14:13:22")."""


def _dated_header_fields(line: str) -> date | None:
    """The day a header line of short fields set apart by bars gives in one of them: "Live updates | Gulf Monitor |
    Sept. 19, 2023" (the page's kind, outlet and date, above the story)."""
    fields = [f.strip() for f in line.split("|")]
    if len(fields) < 2 or len(line) > 150 or any(len(f.split()) > 6 for f in fields):
        return None
    dated = [f for f in fields if _BARE_DATE.match(f)]
    return _date_in(dated[0]) if dated else None


def _date_in(text: str) -> date | None:
    """The whole day a time stamp names, if it names one."""
    from kg.ingest.read import parse_date

    match = _STAMP_DAY.search(text)
    if match is None:
        return None
    if (dotted := _DOTTED_DAY.fullmatch(match.group(0))) is not None:
        try:
            return date(int(dotted["y"]), int(dotted["m"]), int(dotted["d"]))
        except ValueError:
            return None
    try:
        return parse_date(match.group(0), "time stamp")
    except InputError:
        return None


_SENTENCE_END = re.compile(r"[.!?\"”’'):]\s*$")


@dataclass(frozen=True)
class Segment:
    """A kept paragraph: its start in the story text, its start in the original text and its length."""

    story_start: int
    source_start: int
    length: int


@dataclass(frozen=True)
class Story:
    """The cleaned text of an article and the way back to the original offsets."""

    text: str
    segments: tuple[Segment, ...]
    headline: str | None = None
    dateline_place: str | None = None
    dateline_date: str | None = None
    dropped: tuple[str, ...] = ()
    dateline_source: str | None = None
    """The news agency a dateline credits ("(Reuters)", "/TASS/"): the organisation of the story's reporters."""
    published: date | None = None
    """The day a "Published"/"Updated" line above the story gives, where it names a whole day."""
    dateline_region: str | None = None
    """The country or state a dateline gives after its city ("JUBA, South Sudan --")."""
    lead_start: int = 0
    """Where the lead paragraph starts in the story text: after a headline in sentence case kept before the
    dateline, the dateline's paragraph."""

    def _segment(self, offset: int) -> Segment:
        starts = [s.story_start for s in self.segments]
        return self.segments[max(bisect.bisect_right(starts, offset) - 1, 0)]

    def to_source(self, offset: int) -> int:
        """Map a character offset in the story text to the same character in the original text."""
        segment = self._segment(offset)
        return segment.source_start + min(max(offset - segment.story_start, 0), segment.length)

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the story text to the original text, cut at the end of the paragraph it starts in.

        Paragraphs keep their order in the story except reporting credits, which move to its end, so a span
        that ran on from one kept paragraph into the next could otherwise end before it starts."""
        segment = self._segment(start)
        first = self.to_source(start)
        last = segment.source_start + min(max(end - segment.story_start, 0), segment.length)
        return first, max(last, first + 1)


def _place_line(paragraph: str) -> bool:
    """Whether a paragraph is a known city or town in capitals alone ("ANKARA"), not a kicker or a short headline."""
    line = paragraph.strip()
    if not _PLACE_LINE.match(line):
        return False
    gazetteer = load()
    return gazetteer.city(line.title()) is not None or gazetteer.town(line.title()) is not None


def _section_labels(paragraphs: Iterable[str]) -> bool:
    """Whether two or more paragraphs open on a word in capitals and a colon ("GAZA: ...", "UKRAINE: ..."): the
    labels of a briefing's sections, none of which is a dateline."""
    labels = 0
    for paragraph in paragraphs:
        match = _DATELINE.match(paragraph)
        if match is not None and match.group("dash") == ":" and match.group("place").isupper():
            labels += 1
    return labels >= 2


_AGENCY = re.compile(r"[A-Z][A-Za-z.&' ]{1,20}")
"""An agency's or broadcaster's short name in a dateline's brackets: "AFP", "Jiji Press"."""


def _dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline a story's first paragraph opens with, if any (see :data:`_DATELINE`)."""
    match = _DATELINE.match(paragraph)
    if match is not None and match.end() < len(paragraph):
        place = match.group("place")
        marked = match.group("dash") or match.group("agency") or match.group("credit")
        if place.isupper() and len(place) > 2:
            return match if marked else None
        if marked and match.group("date") and len(place.split()) <= 3:
            return match
        if match.group("region") and match.group("dash") in {"--", "—", "–"} and len(place.split()) <= 3:
            return match  # "Washington, DC – ": a city and its state or country before a long dash
        agency = match.group("agency") or ""
        if match.group("dash") and _AGENCY.fullmatch(agency) and len(place.split()) <= 2:
            return match  # "Geneva (AFP) - ": a city and an agency's short name
    dated = _DATED_CREDIT.match(paragraph) or _CREDIT_ONLY.match(paragraph)
    return dated if dated is not None and dated.end() < len(paragraph) else None


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their start offsets (articles put one paragraph on a line)."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group(0)
        stripped = raw.strip()
        if stripped:
            found.append((match.start() + (len(raw) - len(raw.lstrip())), stripped))
    return found


def _is_heading_like(paragraph: str) -> bool:
    """A short line in title case without a sentence end: a headline, caption or related link."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", paragraph)
    if not words or len(paragraph) > 160 or _SENTENCE_END.search(paragraph) and paragraph.endswith((".", "?", "!")):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def _untitled_headline(paragraph: str) -> bool:
    """A headline written in sentence case ("Putin and Biden hold talks in Geneva, agree on ...", 'EU says
    dialogue "not dead"'): one short line that does not end a sentence, a quoted one included; the dateline
    follows it."""
    line = paragraph.rstrip().rstrip(CLOSING_QUOTES).rstrip()  # 'EU says dialogue "not dead"' is a headline
    # a question or exclamation may be one: "Can a fourth summit revive the talks?"
    return len(paragraph) <= 200 and "\n" not in paragraph.strip() and not line.endswith((".", ",", ":"))


CLOSING_QUOTES = "\"”'’"
"""Marks that may close a line after its last word."""


def ends_a_sentence(text: str) -> bool:
    """Whether a line ends a sentence, inside a closing quote or not: '... he said "We agree."', not 'X says talks
    "not dead"'."""
    return text.rstrip().rstrip(CLOSING_QUOTES).rstrip().endswith((".", "!", "?"))


def is_credit(paragraph: str) -> bool:
    """Whether a paragraph is a reporting credit ("With reporting by ...")."""
    return bool(_CREDIT.match(paragraph))


MAX_SENTENCE_CHARS = 5000
"""Longest stretch without a sentence end that is analysed; longer ones (tables, dumps) are left out."""

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…\"”])\s+")


def _longest_sentence(paragraph: str) -> int:
    return max((len(part) for part in _SENTENCE_SPLIT.split(paragraph)), default=0)


def clean(text: str, *, max_sentence: int = MAX_SENTENCE_CHARS) -> Story:
    """Split an article into the story to analyse and its furniture.

    A paragraph holding a sentence longer than ``max_sentence`` characters is left out, and said so in
    ``Story.dropped``: the parser's time and memory grow with sentence length.
    """
    paragraphs = _paragraphs(text)
    headline = None
    first = paragraphs[0][1] if paragraphs else ""
    if paragraphs and _is_heading_like(first) and not is_credit(first) and not _place_line(first):
        headline = paragraphs[0][1]
        paragraphs = paragraphs[1:]

    kept: list[tuple[int, str]] = []
    credits: list[tuple[int, str]] = []
    dropped: list[str] = []
    dateline_place = dateline_date = dateline_source = dateline_region = None
    lead_index = 0
    labelled = _section_labels(p for _, p in paragraphs)
    published_line: date | None = None
    skip_caption = False
    foot = len(paragraphs) - 2  # the last two paragraphs: where a page prints its time stamp under the story
    for index, (start, paragraph) in enumerate(paragraphs):
        if _VIDEO_NOTICE.search(paragraph):
            skip_caption = True
            continue
        if skip_caption:
            skip_caption = False
            if _is_heading_like(paragraph):
                continue
        if _SEE_ALSO.match(paragraph) or _STAFF.match(paragraph) or _PHOTO_WORDS.match(paragraph):
            continue
        stamp = _PUBLISHED.match(paragraph) if len(kept) <= 2 or index >= foot else None
        if stamp is not None and (not stamp.group("by") or _date_in(stamp.group("rest")) is not None):
            # above the story, under its headline, or at its foot (after a name, only with its day)
            published_line = published_line or _date_in(stamp.group("rest"))
            continue  # "Published: July 7, 2025", "Last updated 1:05 a.m. Friday": the page's, not the story's
        if len(kept) <= 2 and (day := _dated_header_fields(paragraph)) is not None:
            published_line = published_line or day  # "Live updates | Gulf Monitor | Sept. 19, 2023"
            continue
        if len(kept) <= 2 and _BARE_DATE.match(paragraph.strip()):
            published_line = published_line or _date_in(paragraph)  # a press release's "July 9, 2024" line
            continue
        if is_credit(paragraph):
            if len(kept) <= 2:  # "By Jane Doe | 12 March 2024": a byline above the story dates it
                published_line = published_line or _date_in(paragraph)
            credits.append((start, paragraph))
            continue
        headed = not kept or len(kept) == 1 and _untitled_headline(kept[0][1])
        line = _DATE_LINE.match(paragraph) or _DATE_FIRST_LINE.match(paragraph)
        if headed and dateline_place is None and line is not None:
            place = line.group("place")  # a press release's "Brussels, 27 February 2023" line
            dateline_place = place.title() if place.isupper() else place
            dateline_date = f"{line.group('date')} {line.group('year')}"
            lead_index = len(kept)
            continue
        if headed and dateline_place is None and _place_line(paragraph):
            dateline_place = paragraph.strip().title()  # a place in capitals on a line of its own: "ANKARA"
            lead_index = len(kept)
            continue
        if _PHOTO_POSITION.search(paragraph) and len(paragraph) < 400:
            continue
        if _is_heading_like(paragraph) and not _NUMBERED.match(paragraph):
            continue  # a numbered section heading ("2. France-US-Syria meeting, Friday, July 25") is the story's
        longest = _longest_sentence(paragraph)
        if longest > max_sentence:
            dropped.append(
                f"a sentence of {longest} characters at character {start} is over the {max_sentence} limit; "
                "its paragraph was left out"
            )
            continue
        if not kept and (kicker := _KICKER.match(paragraph)) is not None:
            start += kicker.end()  # "ANALYSIS-In Lima, ...": the kind of story, not a word of its headline
            paragraph = paragraph[kicker.end() :]
        if (entry := _ENTRY_TIME.match(paragraph)) is not None:
            start += entry.end()  # a live blog's entry: its time is the page's, not part of what it tells
            paragraph = paragraph[entry.end() :]
        opening = not kept or (len(kept) == 1 and _untitled_headline(kept[0][1]) and dateline_place is None)
        # after a standfirst (and a byline) only a place in capitals opens the story: "CARACAS -- ..."
        standfirst = not opening and len(kept) <= 2 and dateline_place is None
        match = _dateline(paragraph) if opening or standfirst else None
        if match is not None and match.group("dash") == ":" and labelled:
            match = None  # "GAZA: ...", "UKRAINE: ...": a briefing's section labels, not a dateline
        if match is not None and (opening or match.group("place").isupper()):
            # reporters in two cities ("DUBAI/WASHINGTON") place the story in neither
            dateline_place = None if match.group("others") else match.group("place").title() or None
            dateline_region = match.group("region") or None
            dateline_date = " ".join(g for g in (match.group("date"), match.group("year")) if g) or None
            credit = match.group("agency") or match.group("credit")
            dateline_source = credit.strip("()/. ") or None if credit else None
            start += match.end()
            paragraph = paragraph[match.end() :]
            lead_index = len(kept)
        kept.append((start, paragraph))
    kept.extend(credits)

    segments = []
    parts = []
    position = 0
    lead_start = 0
    for index, (start, paragraph) in enumerate(kept):
        if index == lead_index:
            lead_start = position
        segments.append(Segment(position, start, len(paragraph)))
        parts.append(paragraph)
        position += len(paragraph) + len(PARAGRAPH_BREAK)
    if not segments:
        segments.append(Segment(0, 0, 0))
    return Story(
        PARAGRAPH_BREAK.join(parts),
        tuple(segments),
        headline,
        dateline_place,
        dateline_date,
        tuple(dropped),
        dateline_source,
        published_line,
        dateline_region,
        lead_start,
    )
