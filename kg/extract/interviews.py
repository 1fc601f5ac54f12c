"""Answers in an interview printed as questions and answers: each paragraph opened by "A:" (or "Answer:") is a
statement of the person interviewed, and one opened by a person's name and a colon ("Soto: We ...") is that
person's. The person interviewed is the one the text names before its first question ("X, the envoy for Y,
spoke to us on Monday"), reporters aside."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Turn:
    """An answer or a named turn of an interview: where its words start and end, and whose they are (``None``:
    the person interviewed)."""

    start: int
    end: int
    name: str | None


def interview_turns(text: str) -> tuple[int, list[Turn]]:
    """Where a text printed as questions and answers asks its first question, and its answer paragraphs ("A:"
    and "Name:" turns after it); (-1, []) for a text with fewer than :data:`MIN_QUESTIONS` questions."""
    paragraphs = _paragraphs(text)
    questions = [start for start, body in paragraphs if QUESTION.match(body)]
    if len(questions) < MIN_QUESTIONS:
        return -1, []
    turns = []
    for start, body in paragraphs:
        if start < questions[0] or QUESTION.match(body):
            continue
        if (mark := ANSWER.match(body)) is not None:
            turns.append(Turn(start + mark.end(), start + len(body), None))
        elif (mark := NAMED_TURN.match(body)) is not None:
            turns.append(Turn(start + mark.end(), start + len(body), mark.group(1)))
    return questions[0], turns


def turns_of(doc: Doc) -> tuple[int, list[Turn]]:
    """:func:`interview_turns` of a document's text, found once per document."""
    found = doc.user_data.get("kg_interview")
    if found is None:
        found = doc.user_data["kg_interview"] = interview_turns(text_of(doc))
    return found  # type: ignore[no-any-return]


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """One statement per answer paragraph of an interview, in text order."""
    text = text_of(doc)
    first_question, turns = turns_of(doc)
    interviewed = _interviewed(ctx, first_question) if turns else None
    for turn in turns:
        speaker = interviewed if turn.name is None else _named(turn.name, ctx)
        said = text[turn.start : turn.end]
        span = doc.char_span(turn.start, turn.end, alignment_mode="expand")
        if speaker is None or span is None or len(said.split()) < MIN_ANSWER_WORDS:
            continue
        found_stance, _ = stance(said)
        yield Finding(Statement(speaker.name, said, found_stance, direct=True), (span,), 0.7)


def answer_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of the turns of an interview a document prints as questions and answers: words the
    person speaking says, whatever verbs of saying they contain ("Kinshasa believes ..." is the answer's)."""
    return [(turn.start, turn.end) for turn in turns_of(doc)[1]]


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
