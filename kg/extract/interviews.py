"""Answers in an interview printed as questions and answers: each paragraph opened by "A:" (or "Answer:") is a
statement of the person interviewed, and one opened by a person's name and a colon ("Soto: We ...") is that
person's. The person interviewed is the one the text names before its first question ("X, the envoy for Y,
spoke to us on Monday"), reporters aside."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.extract.base import Context, Finding, text_of
from kg.extract.people import Person
from kg.extract.stance import stance
from kg.model import Statement

QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
"""The mark that opens an interviewer's question: "Q:", "Question:"."""

ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
"""The mark that opens the answer of the person interviewed: "A:", "Answer:"."""

NAMED_TURN = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\s*:\s+")
"""A name and a colon opening a turn of a transcript: "Soto: We ...", "Ana Soto: ..."."""

MIN_QUESTIONS = 2
"""Questions a text needs before its answers are read as an interview."""

MIN_ANSWER_WORDS = 3
"""Words an answer needs to be a statement ("No." alone is none)."""


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """One statement per answer paragraph of an interview, in text order."""
    text = text_of(doc)
    paragraphs = _paragraphs(text)
    questions = [start for start, body in paragraphs if QUESTION.match(body)]
    if len(questions) < MIN_QUESTIONS:
        return
    interviewed = _interviewed(ctx, questions[0])
    for start, body in paragraphs:
        if start < questions[0]:
            continue
        speaker: Person | None = None
        if (mark := ANSWER.match(body)) is not None:
            speaker = interviewed
        elif (mark := NAMED_TURN.match(body)) is not None and not QUESTION.match(body):
            speaker = _named(mark.group(1), ctx)
        if speaker is None or mark is None:
            continue
        said = body[mark.end() :].strip()
        span = doc.char_span(start + mark.end(), start + mark.end() + len(said), alignment_mode="expand")
        if span is None or len(said.split()) < MIN_ANSWER_WORDS:
            continue
        found_stance, _ = stance(said)
        yield Finding(Statement(speaker.name, said, found_stance, direct=True), (span,), 0.7)


def answer_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) characters of the answers of an interview a text prints as questions and answers: words the
    person interviewed says, whatever verbs of saying they contain ("Kinshasa believes ..." is the answer's)."""
    paragraphs = _paragraphs(text)
    if sum(1 for _, body in paragraphs if QUESTION.match(body)) < MIN_QUESTIONS:
        return []
    return [(start, start + len(body)) for start, body in paragraphs if ANSWER.match(body)]


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(start, text) of each non-empty line of a text."""
    found = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start + len(line) - len(line.lstrip()), line.strip()))
        start += len(line) + 1
    return found


def _interviewed(ctx: Context, before: int) -> Person | None:
    """The first person the text names before its first question (credits are no people of the story)."""
    named = [p for p in ctx.people.persons if p.first.start_char < before]
    return min(named, key=lambda p: p.first.start_char) if named else None


def _named(name: str, ctx: Context) -> Person | None:
    """The person a transcript's turn names, by full name or the last word of it."""
    for person in ctx.people.persons:
        if name == person.name or name in person.aliases or name == person.name.split()[-1]:
            return person
    return None
