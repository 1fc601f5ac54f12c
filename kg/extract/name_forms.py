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


_LINK = (
    r"(?:(?:better|also|widely|popularly|commonly)\s+)?"
    r"(?:known\s+as|whose\s+real\s+name\s+is|alias|a\.k\.a\.|aka|nicknamed|whose\s+nom\s+de\s+guerre\s+is"
    r"|known\s+by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|alias|nickname|(?:war\s+|code\s+)?name)"
    r"|(?:who\s+)?goes\s+by(?:\s+the\s+name(?:\s+of)?)?|under\s+the\s+(?:nom\s+de\s+guerre|alias|name))"
)
"""The words that give a person's other name: "better known as", "whose real name is", "alias", "better known by
his nom de guerre", "who goes by"."""
_ALIAS_LINK = re.compile(rf"^\s*,?\s*\(?\s*{_LINK}\s*[\"“‘']?(?:(?:el|la|al|the)\s+)?$", re.IGNORECASE)
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
    kept = [p for p in persons if id(p) not in merged]
    return _merge_written_aliases(text, kept)


_NAMED_AFTER = re.compile(
    rf"^\s*,?\s*\(?\s*(?i:{_LINK})\s+[\"“‘']?((?:(?:El|La|Al|The)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
)
"""An alias written after a name, whether or not the model took it for a name: "X, known as "El Tigre"",
"X, widely known as Hemedti"."""


def _merge_written_aliases(text: str, persons: list[Person]) -> list[Person]:
    """People an alias written after another's name names ("El Tigre" said, after "X, known as 'El Tigre'") as that
    person; the alias kept with the person either way, for its later uses."""
    merged: set[int] = set()
    for person in persons:
        if id(person) in merged:
            continue
        for mention in list(person.mentions):
            found = _NAMED_AFTER.match(text[mention.end_char : mention.end_char + 80])
            if found is None:
                continue
            alias = found.group(1)
            person.aliases.add(alias)
            words = fold(alias).split()
            for other in persons:
                own = fold(other.name).split()
                if other is not person and id(other) not in merged and words[-len(own) :] == own:
                    person.aliases |= {other.name} | other.aliases
                    person.mentions.extend(other.mentions)
                    merged.add(id(other))
    return [p for p in persons if id(p) not in merged]


PATRONYMICS = {"bin", "ibn", "bint", "ben", "ould"}
"""Particles after which a name is the father's ("son of"), never the person's own surname."""


def find_owner(persons: list[Person], words: list[str]) -> Person | None:
    """The person whose full name a shorter name is part of (its end, or its first word used alone), or whose two
    names it writes the other way round ("Hayashi Yoshimasa" for "Yoshimasa Hayashi": family name first)."""
    folded = fold(" ".join(words)).split()
    for person in persons:
        full = fold(person.name).split()
        if len(folded) == len(full) == 2 and folded == full[::-1]:
            return person
        if len(folded) < len(full) and full[-len(folded) :] == folded and full[-len(folded) - 1] not in PATRONYMICS:
            return person  # not "Salman" for "Mohammed bin Salman": the name after "bin" is the father's
    if len(folded) >= 3 and (owner := _lineage_owner(persons, folded)) is not None:
        return owner  # "Mohammed bin Abdulrahman Al Thani" of "Mohammed bin Abdulrahman bin Jassim Al Thani"
    if len(folded) >= 2:
        return _first_names_owner(persons, folded)
    if len(folded) == 1:
        for person in persons:
            full = fold(person.name).split()
            if full and full[0] == folded[0]:
                return person
        return _middle_name_owner(persons, folded[0])
    return None


def _lineage_owner(persons: list[Person], folded: list[str]) -> Person | None:
    """The one person whose fuller name is a shorter one with some of the "bin ..." links of its lineage written
    out: the same first and last words, every word left out a father's name after its particle."""
    owners = [p for p in persons if _fewer_links(fold(p.name).split(), folded)]
    return owners[0] if len(owners) == 1 else None


def _fewer_links(full: list[str], short: list[str]) -> bool:
    """Whether ``short`` is ``full`` with whole "bin X" pairs left out (and nothing else)."""
    if len(full) <= len(short) or full[0] != short[0] or full[-1] != short[-1]:
        return False
    return _aligned(full, short, 0, 0)


def _aligned(full: list[str], short: list[str], i: int, j: int) -> bool:
    if i == len(full):
        return j == len(short)
    if j < len(short) and full[i] == short[j] and _aligned(full, short, i + 1, j + 1):
        return True
    return full[i] in PATRONYMICS and i + 2 < len(full) and _aligned(full, short, i + 2, j)  # "bin X" left out


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
