"""The bundled table of who held a state's or organisation's top offices when (``kg/data/office_holders.json``), the
user's own table consulted before it, and the look-ups of a name or a surname in them on a day."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from kg.gazetteer import fold
from kg.holder_names import same_person, skeleton, spelled_alike, surname_first


@dataclass(frozen=True)
class OfficeHolder:
    """A term in a state's or organisation's top office (``kg/data/office_holders.json``, built by
    ``scripts/build_office_holders.py`` from Wikipedia and Wikidata): head of state or government or foreign
    minister, from ``since`` to ``until`` (ISO days; ``until`` is None where no source gives an end)."""

    name: str
    side: str
    offices: tuple[str, ...]
    since: str
    until: str | None
    wikidata: str | None

    def ended_by(self, on: str) -> bool:
        """Whether the term was over by a day (an ISO date)."""
        return self.until is not None and self.until < on


@cache
def office_holders() -> tuple[OfficeHolder, ...]:
    """The bundled table of office holders (read once per process), then the user's (:func:`use_people`)."""
    text = (resources.files("kg") / "data" / "office_holders.json").read_text(encoding="utf-8")
    bundled = tuple(
        OfficeHolder(h["name"], h["side"], tuple(h["offices"]), h["since"], h.get("until"), h.get("wikidata"))
        for h in json.loads(text)["holders"]
    )
    return bundled + _PEOPLE


_PEOPLE: tuple[OfficeHolder, ...] = ()
"""The user's own table of people (``kg build --people FILE.csv``), consulted before the bundled one."""


def use_people(people: tuple[OfficeHolder, ...]) -> None:
    """Consult a user's table of people before the bundled office holders, in this process and the worker
    processes it starts from now on."""
    global _PEOPLE
    if people != _PEOPLE:
        _PEOPLE = people
        office_holders.cache_clear()
        _holders_by_word.cache_clear()
        _holders_by_surname.cache_clear()
        _holders_by_skeleton.cache_clear()
        _users_people.cache_clear()
        _short_names.cache_clear()
        full_names.cache_clear()
        sitting_holder.cache_clear()


def people_in_use() -> tuple[OfficeHolder, ...]:
    """The user's table of people this process consults."""
    return _PEOPLE


@cache
def _users_people() -> frozenset[OfficeHolder]:
    """The user's table of people, for membership tests."""
    return frozenset(_PEOPLE)


@cache
def _holders_by_word() -> dict[str, tuple[tuple[str, OfficeHolder], ...]]:
    """Terms by each word of their holder's folded name, for looking a name up without a scan of the table."""
    found: dict[str, list[tuple[str, OfficeHolder]]] = {}
    for holder in office_holders():
        key = _name_key(holder.name)
        for word in set(key.split()):
            found.setdefault(word, []).append((key, holder))
    return {word: tuple(rows) for word, rows in found.items()}


@cache
def _holders_by_surname() -> dict[str, tuple[OfficeHolder, ...]]:
    """Terms by their holder's folded surname (``_surname_of``), for the look-up of a surname alone."""
    found: dict[str, list[OfficeHolder]] = {}
    for holder in office_holders():
        key = _name_key(holder.name)
        if key:
            found.setdefault(_surname_of(key, holder), []).append(holder)
    return {word: tuple(rows) for word, rows in found.items()}


@cache
def _holders_by_skeleton() -> dict[str, tuple[tuple[str, str, OfficeHolder], ...]]:
    """(folded name, its skeleton, term) by the skeleton of the holder's surname."""
    found: dict[str, list[tuple[str, str, OfficeHolder]]] = {}
    for holder in office_holders():
        key = _name_key(holder.name)
        if key:
            sound = skeleton(key)
            found.setdefault(sound.split()[-1], []).append((key, sound, holder))
    return {word: tuple(rows) for word, rows in found.items()}


@lru_cache(maxsize=16384)
def _name_key(name: str) -> str:
    """A name folded, with "y" read as "i" so that transliterations of one name meet ("Sergey"/"Sergei",
    "Dmitry"/"Dmitri"), without a generational suffix ("Joseph R. Biden Jr."; a regnal number stays: "Charles
    III")."""
    return _GENERATION.sub("", fold(name)).replace("y", "i")


_GENERATION = re.compile(r",?\s+(?:jr|sr)\.?$")


@cache
def _short_names() -> dict[str, tuple[str, ...]]:
    """The folded names of each Wikidata item's holder that are two words long ("ivan duque")."""
    found: dict[str, list[str]] = {}
    for holder in office_holders():
        key = _name_key(holder.name)
        if holder.wikidata and len(key.split()) == 2:
            found.setdefault(holder.wikidata, []).append(key)
    return {item: tuple(names) for item, names in found.items()}


@cache
def full_names() -> frozenset[str]:
    """The folded names of two words or more of every holder of the table (any term): a run of words spelling
    one is a person's name, whatever label a tagger gives it."""
    return frozenset(key for holder in office_holders() if len((key := _name_key(holder.name)).split()) >= 2)


def is_full_name(words: list[str]) -> bool:
    """Whether words spell, folded, the whole name of a holder of the table ("Olusegun Obasanjo")."""
    return len(words) >= 2 and _name_key(" ".join(words)) in full_names()


def _other_surname(words: list[str], holder: OfficeHolder) -> bool:
    """Whether a holder the table also names by given name and one surname is known by another surname than the
    one a two-word name gives: "Tomas Rios" is not "Tomas Vela Rios", who is "Tomas Vela"."""
    if len(words) != 2 or not holder.wikidata:
        return False
    short = _short_names().get(holder.wikidata, ())
    return bool(short) and all(name.split()[0] == words[0] and name.split()[1] != words[1] for name in short)


@lru_cache(maxsize=8192)
def sitting_holder(surname: str, on: str) -> OfficeHolder | None:
    """The one person in office on a day (an ISO date) whose surname a single word is: a head of state or
    government or a foreign minister the news names by surname alone ("Pashinyan", "Aliyev"); None when no one or
    several people fit, or the one who fits holds offices of several states at once and governs none or several
    of them (the president of France is Andorra's co-prince too: "Macron" is France's)."""
    key = _name_key(surname)
    if " " in key or len(key) < 2:
        return None
    matches = [h for h in _holders_by_surname().get(key, ()) if h.since <= on]
    if _mostly_a_given_name(key) and not any(_name_key(h.name) == key for h in matches):
        return None  # "Ahmed" is more often a given name than a surname (not a king known by one name: "Salman")
    if len(key) < 3 and not all(_family_name_first(h.name) for h in matches):
        return None  # "Xi", "Li": a short word is a surname only where it opens the name
    running = [h for h in matches if not h.ended_by(on)]
    if len({_name_key(h.name) for h in running}) != 1:
        return None  # several people
    if len({h.side for h in running}) != 1:  # one holding offices of several states ("Macron", Andorra's co-prince
        running = [h for h in running if EXECUTIVE_OFFICES & set(h.offices)]  # too): the state they govern
        if len({h.side for h in running}) != 1:
            return None
    return max(running, key=lambda h: h.since)


EXECUTIVE_OFFICES = frozenset({"President", "Prime Minister", "Foreign Minister", "Chancellor"})
"""Offices of a state's own government, which outweigh an office held ex officio in another state's (a president of
France is co-prince of Andorra)."""


@cache
def _name_word_uses() -> tuple[Counter[str], Counter[str]]:
    """How many of the table's names have each word for their given name, and how many for their family name."""
    opening: Counter[str] = Counter()
    closing: Counter[str] = Counter()
    for holder in office_holders():
        words = _name_key(holder.name).split()
        if len(words) > 1:
            given, family = (words[-1], words[0]) if _family_name_first(holder.name) else (words[0], words[-1])
            opening[given] += 1  # ("Wang Yi": "Wang" is the family name, written first)
            closing[family] += 1
    return opening, closing


def _mostly_a_given_name(word: str) -> bool:
    """Whether a word is the given name of more of the table's names than it is the family name of ("Ahmed",
    "Ibrahim"): a given name too common to stand alone for the one holder whose surname it is."""
    opening, closing = _name_word_uses()
    return opening[word] > closing[word]


def _surname_of(key: str, holder: OfficeHolder) -> str:
    """The folded surname of a holder's folded name: its first word where the name is written family name first
    ("Xi Jinping", "Moon Jae-in"), else its last."""
    words = key.split()
    return words[0] if _family_name_first(holder.name) else words[-1]


@cache
def _family_name_first(name: str) -> bool:
    """Whether a holder's name is written family name first (read once per name)."""
    return surname_first(name.split())


_MINISTER_OF_AFFAIRS = re.compile(r"\bminister (?:of|for) (\w+) affairs\b")
"""The long form of a ministry's title, read as its short one: "minister of foreign affairs", "foreign minister"."""

UNDATED_DAY = "9999-12-31"
"""The day an undated look-up reads the table on: every term begun."""


def _holders_named(key: str, on: str) -> list[OfficeHolder]:
    """The holders whose name a folded name stands for (by its last word), among the terms begun by ``on``."""
    words = key.split()
    return [
        h
        for k, h in _holders_by_word().get(words[-1], ())
        if h.since <= on and same_person(key, k) and not _other_surname(words, h)
    ]


def office_holder(name: str, on: str | None, role: str | None = None) -> OfficeHolder | None:
    """The holder a person's name stands for, among the terms that had begun by ``on`` (an ISO date), when they
    all belong to one state or organisation (a former president still speaks for their state); None without a
    date, a match, or with matches in several ("Charles III" is king of three states), unless the role the
    article gives is the office of only one of them, or only one is of a state's own government (a president,
    prime minister, chancellor or foreign minister: "Emmanuel Macron", president of France, not Andorra's
    co-prince). Of
    one side's terms, the one running on that day, else the latest, with a Wikidata item where any of them has
    one. Without a date, a role the article gives that is an office of the holder still tells their side
    ("President X" where X was only ever president of one state), the term unknown."""
    undated = not on
    if undated and not role:
        return None
    on = on or UNDATED_DAY
    key = _name_key(name)
    words = key.split()
    if len(words) < 2:
        return None if undated else sitting_holder(name, on)
    matches = _holders_named(key, on)
    if not matches:  # "Vladimir Zelensky" for "Volodymyr Zelenskyy": one name in two transliterations
        sound = skeleton(key)
        matches = [
            h
            for k, their_sound, h in _holders_by_skeleton().get(sound.split()[-1], ())
            if h.since <= on and same_person(sound, their_sound) and spelled_alike(key, k)
        ]
    if not matches and len(words) == 2:  # "Ishiba Shigeru", the family name first, for "Shigeru Ishiba"
        matches = _holders_named(f"{words[1]} {words[0]}", on)
    if not matches and (sitting := sitting_holder(words[-1], on)) is not None:
        # "Joseph R. Biden, Jr." for "Joe Biden": the one person of that surname in office, whose first name opens
        # the same way (not "Jill Biden")
        if _name_key(sitting.name)[:2] == key[:2] and not _other_surname(words, sitting):
            matches = [sitting]
    if _PEOPLE:  # the user's table speaks first
        matches = [h for h in matches if h in _users_people()] or matches
    if (undated or len({h.side for h in matches}) != 1) and role:
        held = _MINISTER_OF_AFFAIRS.sub(r"\1 minister", fold(role))  # "minister of foreign affairs"
        # (the office in the article's words, or the article's words opening the office's own: "High Representative")
        short = len(held.split()) >= 2
        matches = [h for h in matches if any(fold(o) in held or short and fold(o).startswith(held) for o in h.offices)]
    running = [h for h in matches if not h.ended_by(on)]
    if not undated and len({h.side for h in matches}) != 1 and len({h.side for h in running}) == 1:
        matches = running  # offices of several sides, one held on the article's day: that one
    if len({h.side for h in matches}) != 1:  # offices of several states: the one whose own government they lead
        matches = [h for h in matches if EXECUTIVE_OFFICES & set(h.offices)]
    if len({h.side for h in matches}) != 1:
        return None
    running = [h for h in matches if not h.ended_by(on)]
    chosen = max(running or matches, key=lambda h: h.since)
    item = chosen.wikidata or next((h.wikidata for h in matches if h.wikidata), None)
    return chosen if item == chosen.wikidata else replace(chosen, wikidata=item)
