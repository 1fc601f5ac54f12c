"""Frozen value types that flow through the pipeline: articles, evidence and extracted facts."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Stance = Literal["positive", "negative", "neutral"]
Status = Literal["held", "ongoing", "planned"]
PartyKind = Literal[
    "state", "international_organisation", "armed_group", "community", "news_organisation", "organisation"
]


@dataclass(frozen=True, order=True)
class Article:
    """One news article as ingested: the text a reader sees plus optional metadata."""

    id: str
    """The article's stable name: its file stem, or the id field of its corpus record."""
    text: str
    source: str = ""
    """The file it was read from."""
    title: str | None = None
    published: date | None = None
    """From the sidecar, the HTML metadata, the dateline or a "Published" line, in that order."""
    publisher: str | None = None
    url: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact comes from: a character span of the article's text and the sentence holding it."""

    article_id: str
    start: int
    end: int
    sentence: str
    extractor: str
    confidence: float


@dataclass(frozen=True, order=True)
class Party:
    """A negotiating side or organisation, by canonical name."""

    name: str
    kind: PartyKind = "organisation"
    wikidata: str | None = None


@dataclass(frozen=True, order=True)
class Actor:
    """A named person with the role and side the article gives them."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    reporter: bool = False
    wikidata: str | None = None
    """The person's Wikidata item, where the office-holder table names them."""


@dataclass(frozen=True, order=True)
class Meeting:
    """A meeting, round or summit of a negotiation."""

    label: str
    location: str | None = None
    """The city; ``None`` where the article names only a country."""
    country: str | None = None
    venue: str | None = None
    """A named building or site (an air base, a palace, a hotel), resolved to its city through the places table."""
    start: date | None = None
    end: date | None = None
    round: int | None = None
    status: Status = "held"
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    day: str | None = None
    """For a meeting its article cannot date: the day its text names without a year, as an XSD gMonthDay
    ("--09-05") or a weekday ("wednesday"), or the month it names without a day, as an XSD gYearMonth ("2019-10");
    it sets the meeting apart from other undated meetings of the article."""


def meeting_identity(meeting: Meeting) -> tuple[str | None, str, tuple[str, ...]]:
    """What tells one meeting from another: where, when (the day it began; else its round; else the day its text
    names without a year, and whether it is yet to be held) and between whom."""
    if meeting.start:
        when = meeting.start.isoformat()
    elif meeting.round:
        when = f"round-{meeting.round}"
    else:
        when = "-".join(["undated", *([meeting.day.strip("-")] if meeting.day else [])])
        when += "-planned" if meeting.status == "planned" else ""
    return meeting.location, when, tuple(sorted(set(meeting.parties)))


@dataclass(frozen=True, order=True)
class Statement:
    """Something a person, or a party or its office ("Hamas said", "the Kremlin said"), said about the talks, with
    the stance it takes. ``by_party`` tells which: the speaker is then the party's canonical name."""

    speaker: str
    text: str
    stance: Stance = "neutral"
    direct: bool = True
    by_party: bool = False


@dataclass(frozen=True, order=True)
class Attendance:
    """A person the article names as taking part in one of its meetings, and the side they sat for."""

    person: str
    meeting: Meeting
    side: str | None = None


Fact = Party | Actor | Meeting | Statement | Attendance


@dataclass(frozen=True, order=True)
class Extracted:
    """A fact together with the evidence for it."""

    fact: Fact
    evidence: tuple[Evidence, ...] = field(default=())


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    parties: tuple[Extracted, ...] = ()
    actors: tuple[Extracted, ...] = ()
    meetings: tuple[Extracted, ...] = ()
    statements: tuple[Extracted, ...] = ()
    attendance: tuple[Extracted, ...] = ()


ORDINALS = {
    w: i
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
ORDINALS.update(
    {f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}": n for n in range(1, 201)}
)
"""Ordinal words and figures and their numbers ("third" -> 3, "61st" -> 61), for rounds and anniversaries."""


def label_for(meeting: Meeting) -> str:
    """A readable label: "third round of Russia-Ukraine talks in Geneva (2026-02-17)"."""
    parts = []
    if meeting.round:
        ordinal = next((w for w, n in ORDINALS.items() if n == meeting.round), str(meeting.round))
        parts.append(f"{ordinal} round of")
    sides = "-".join(meeting.parties) if meeting.parties else ""
    parts.append(f"{sides} talks".strip())
    if meeting.location:
        parts.append(f"in {meeting.location}")
    if meeting.start:
        parts.append(f"({meeting.start.isoformat()})")
    return " ".join(parts)
