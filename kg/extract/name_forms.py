"""The forms one person's name takes in a story: a name written family name first, a shorter name that is part
of a fuller one, and an alias the text gives ("X, better known as Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.extract.base import sentence_of, text_of
from kg.gazetteer import fold

if TYPE_CHECKING:
    from kg.extract.people import Person


_ALIAS_LINK = re.compile(
    r"^\s*,?\s*\(?\s*(?:(?:better|also|widely|popularly|commonly)\s+)?"
    r"(?:known\s+as|whose\s+real\s+name\s+is|alias|a\.k\.a\.|aka|nicknamed|whose\s+nom\s+de\s+guerre\s+is)\s*$",
    re.IGNORECASE,
)
"""The words between a name and another name the text gives the same person ("X, better known as Y", "X,
whose real name is Y")."""


def merge_aliases(doc: Doc, persons: list[Person]) -> list[Person]:
    """People the text names twice over ("Rodrigo Londono, better known as Timochenko") as one person, under the
    name that comes first, the other an alias."""
    text = text_of(doc)
    owner = {id(span): person for person in persons for span in person.mentions}
    spans = sorted((span for person in persons for span in person.mentions), key=lambda s: s.start)
    merged: dict[int, Person] = {}
    for first, second in zip(spans, spans[1:], strict=False):
        a, b = owner[id(first)], owner[id(second)]
        while id(a) in merged:
            a = merged[id(a)]
        while id(b) in merged:
            b = merged[id(b)]
        if (
            a is b
            or sentence_of(first) != sentence_of(second)
            or not _ALIAS_LINK.match(text[first.end_char : second.start_char])
        ):
            continue
        a.aliases |= {b.name} | b.aliases
        a.mentions.extend(b.mentions)
        merged[id(b)] = a
    return [p for p in persons if id(p) not in merged]


PATRONYMICS = {"bin", "ibn", "bint", "ben", "ould"}
"""Particles after which a name is the father's ("son of"), never the person's own surname."""


def find_owner(persons: list[Person], words: list[str]) -> Person | None:
    """The person whose full name a shorter name is part of (its end, or its first word used alone)."""
    folded = fold(" ".join(words)).split()
    for person in persons:
        full = fold(person.name).split()
        if len(folded) < len(full) and full[-len(folded) :] == folded and full[-len(folded) - 1] not in PATRONYMICS:
            return person  # not "Salman" for "Mohammed bin Salman": the name after "bin" is the father's
    if len(folded) >= 2:
        return _first_names_owner(persons, folded)
    if len(folded) == 1:
        for person in persons:
            full = fold(person.name).split()
            if full and full[0] == folded[0]:
                return person
        return _middle_name_owner(persons, folded[0])
    return None


def _first_names_owner(persons: list[Person], folded: list[str]) -> Person | None:
    """The one person whose full name of three words or more opens with a name of two or more: the name a leader
    goes by without the family name ("Hassan Sheikh" of "Hassan Sheikh Mohamud"); never one that ends on the "bin"
    before a father's name."""
    if folded[-1] in PATRONYMICS:
        return None
    owners = [
        p for p in persons if len(full := fold(p.name).split()) > len(folded) >= 2 and full[: len(folded)] == folded
    ]
    return owners[0] if len(owners) == 1 and len(fold(owners[0].name).split()) >= 3 else None


def _middle_name_owner(persons: list[Person], word: str) -> Person | None:
    """The one person of three names or more whose middle name a single name is: the paternal surname Spanish
    names are called by ("Petro" of "Gustavo Petro Urrego"), the name a Somali leader goes by ("Bihi" of "Muse
    Bihi Abdi"); never the father's name after "bin"."""
    owners = []
    for person in persons:
        full = fold(person.name).split()
        middle = [w for i, w in enumerate(full[1:-1], 1) if full[i - 1] not in PATRONYMICS]
        if len(full) >= 3 and word in middle:
            owners.append(person)
    return owners[0] if len(owners) == 1 else None


SURNAME_PARTICLES = {"de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "del", "della", "dos", "das"}
"""Particles a surname is written with ("von der Leyen", "de la Vega"); not the patronymic "bin"."""


def with_particles(span: Span, full_name: str) -> Span:
    """A short name with the particles the text writes before it that are part of the full name's surname:
    "Von der Leyen" for Ursula von der Leyen, where the model found "Leyen" alone."""
    words = [w.lower() for w in full_name.split()]
    start = span.start
    while start > 0 and (word := span.doc[start - 1].lower_) in SURNAME_PARTICLES:
        position = len(words) - (span.end - start) - 1
        if position < 1 or words[position] != word:
            break
        start -= 1
    return span.doc[start : span.end]
