"""World knowledge bundled as data files: parties, their aliases, demonyms and metonyms, and places.

Nothing here names the people of any article; it is the kind of knowledge an atlas or a style guide holds.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from anyascii import anyascii

from kg.model import Party, PartyKind

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_SPACED_LETTERS = re.compile(r"[0-9a-z](?: [0-9a-z])*")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for matching names ("Türkiye" ~ "turkiye", "Trinidad &
    Tobago" ~ "trinidad and tobago"); the keys of the most recent words are kept (bounded), since the same names are
    folded over and over."""
    return _NOT_ALNUM.sub(" ", (text if text.isascii() else anyascii(text)).lower().replace("&", " and ")).strip()


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


FIGHTING_GROUPS = frozenset({"forces", "rebels", "fighters", "militia", "militias", "troops"})
"""Nouns of a place's armed group: "X forces", written "X's forces" as often."""


def _with_possessive(form: str, demonyms: tuple[str, ...]) -> tuple[str, ...]:
    """A name and, for a place's armed group ("X forces", "X rebels"; not a demonym's, "Xan forces"), the same
    group with the place in the possessive ("X's forces")."""
    place, _, group = form.rpartition(" ")
    grouped = group in FIGHTING_GROUPS and place[:1].isupper() and place not in demonyms
    return (form, f"{place}'s {group}") if grouped else (form,)


def _name_forms(entry: PartyEntry) -> Iterator[str]:
    """The names a party is written by: its name and aliases, each with its possessive form where it has one."""
    for name in (entry.name, *entry.aliases):
        yield from _with_possessive(name, entry.demonyms)


@dataclass(frozen=True)
class PartyEntry:
    name: str
    kind: PartyKind
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    members: tuple[str, ...] = ()
    """For a group of states that negotiates as one ("P5+1", "E3"): the states, each a side of its meetings."""
    mediates: bool = False
    """An organisation whose work is brokering talks between others (Sant'Egidio, the Carter Center)."""
    within: str | None = None
    """For a community of a divided state that negotiates on its own (the Greek and Turkish Cypriots): that state,
    which its communities stand for at the table."""

    def party(self) -> Party:
        return Party(self.name, self.kind, self.wikidata)


class Gazetteer:
    """Look-ups from surface strings to canonical parties and places."""

    def __init__(
        self,
        parties: list[PartyEntry],
        cities: dict[str, str],
        venues: dict[str, str],
        capitals: dict[str, str] | None = None,
        towns: dict[str, str] | None = None,
        city_aliases: dict[str, str] | None = None,  # another name of a city, then the city's own
    ) -> None:
        self.parties = {p.name: p for p in parties}
        self._names: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        self._metonyms: dict[str, str] = {}
        for entry in parties:
            for form in _name_forms(entry):
                self._names.setdefault(fold(_strip_article(form)), entry.name)
            for form in entry.demonyms:
                self._demonyms.setdefault(fold(form), entry.name)
            for form in entry.metonyms:
                self._metonyms.setdefault(fold(_strip_article(form)), entry.name)
        self.cities = {fold(k): (k, v) for k, v in cities.items()}  # "Kiev" is Kyiv: one city, one name
        self.cities.update({fold(alias): self.cities[fold(city)] for alias, city in (city_aliases or {}).items()})
        self.towns = {fold(name): (name, state) for name, state in (towns or {}).items()}
        """Towns of the world table (``kg/data/world_cities.json``), for places only: a town's name may be a
        person's ("Jackson") or a word ("Split"), so nothing but a place phrase is looked up there."""
        self.venues = {fold(_strip_article(k)): v for k, v in venues.items()}
        self.capitals = dict(capitals or {})

    def surface_forms(self) -> dict[str, str]:
        """Every string that names a party, mapped to how it names it (name, demonym, metonym)."""
        forms: dict[str, str] = {}
        for entry in self.parties.values():
            for form in _name_forms(entry):
                forms.setdefault(_strip_article(form), "name")
            for form in entry.demonyms:
                forms.setdefault(form, "demonym")
            for form in entry.metonyms:
                forms.setdefault(_strip_article(form), "metonym")
        return forms

    def party(self, text: str, *, demonyms: bool = True, metonyms: bool = True) -> str | None:
        """The canonical party a string names, or None."""
        key = fold(_strip_article(text.strip()))
        key = key[:-2] if key.endswith(" s") and len(key) > 3 else key
        if len(key) > 1 and _SPACED_LETTERS.fullmatch(key):
            key = key.replace(" ", "")  # a dotted abbreviation: "U.S." as "US", "U.N." as "UN"
        if key in self._names:
            return self._names[key]
        if demonyms and key in self._demonyms:
            return self._demonyms[key]
        if metonyms and key in self._metonyms:
            return self._metonyms[key]
        return None

    def demonym(self, text: str) -> str | None:
        return self._demonyms.get(fold(text))

    def is_country(self, name: str) -> bool:
        entry = self.parties.get(name)
        return entry is not None and entry.kind == "state"

    def is_international(self, name: str) -> bool:
        """Whether a canonical party is an organisation of states (the UN, the EU, the African Union ...)."""
        entry = self.parties.get(name)
        return entry is not None and entry.kind == "international_organisation"

    def mediates(self, name: str) -> bool:
        """Whether a canonical party is an organisation whose work is brokering talks between others."""
        entry = self.parties.get(name)
        return entry is not None and entry.mediates

    def without_divided_states(self, names: Sequence[str]) -> tuple[str, ...]:
        """The sides less each state two or more of them are communities within: at a table where the Greek and
        Turkish Cypriots sit, they stand for Cyprus, which is then no side of its own."""
        within = [entry.within for name in names if (entry := self.parties.get(name)) and entry.within]
        divided = {state for state in within if within.count(state) >= 2}
        return tuple(name for name in names if name not in divided)

    def city(self, text: str) -> tuple[str, str] | None:
        """(city name, country) for a known city, or None."""
        return self.cities.get(fold(_strip_article(text)))

    def town(self, text: str) -> tuple[str, str] | None:
        """(town, state) for a place phrase's name: a known city, else a town of the world table that is not also
        the name of a first-level region ("Florida")."""
        key = fold(_strip_article(text))
        if key in self.cities:
            return self.cities[key]
        return None if key in _regions() else self.towns.get(key)  # "in Florida": the US state, not a Cuban town

    def capital(self, country: str) -> tuple[str, str] | None:
        """(capital, country) of a country by canonical name: "the Saudi capital" is Riyadh."""
        city = self.capitals.get(country)
        return (city, country) if city else None

    def venue_city(self, text: str) -> str | None:
        """The city a well-known venue (the White House, the Kremlin) stands in."""
        return self.venues.get(fold(_strip_article(text)))

    def entry(self, name: str) -> PartyEntry | None:
        return self.parties.get(name)


def _read_entries(text: str) -> list[tuple[PartyEntry, str | None]]:
    """The gazetteer lines of a JSON-lines file, each with the capital a line may give."""
    entries = []
    for line in text.splitlines():
        if line.strip():
            raw = json.loads(line)
            entry = PartyEntry(
                raw["name"],
                raw["kind"],
                raw.get("wikidata"),
                tuple(raw.get("aliases", ())),
                tuple(raw.get("demonyms", ())),
                tuple(raw.get("metonyms", ())),
                tuple(raw.get("members", ())),
                bool(raw.get("mediates", False)),
                raw.get("within"),
            )
            entries.append((entry, raw.get("capital")))
    return entries


@cache
def load() -> Gazetteer:
    """The bundled gazetteer (read once per process): the hand-kept parties first, with the official names of its
    states, then the states built from public data (``scripts/build_states.py``) that the hand-kept file does not
    name, with their capitals, and the world's towns (``scripts/build_world_cities.py``)."""
    data = resources.files("kg") / "data"
    kept = _read_entries((data / "parties.jsonl").read_text(encoding="utf-8"))
    built = _read_entries((data / "states.jsonl").read_text(encoding="utf-8"))
    places = json.loads((data / "places.json").read_text(encoding="utf-8"))
    cities: dict[str, str] = dict(places["cities"])
    capitals: dict[str, str] = dict(places.get("capitals", {}))
    for entry, capital in built:
        if capital:
            cities.setdefault(capital, entry.name)
            capitals.setdefault(entry.name, capital)
    official: dict[str, list[str]] = {}  # state -> its official names
    for name, state in json.loads((data / "official_names.json").read_text(encoding="utf-8")).items():
        official.setdefault(state, []).append(name)
    entries = [_with_official_names(entry, official) for entry, _ in kept + built]
    world = json.loads((data / "world_cities.json").read_text(encoding="utf-8"))
    return Gazetteer(entries, cities, places["venues"], capitals, world["cities"], places.get("city_aliases"))


@cache
def _regions() -> dict[str, str]:
    text = (resources.files("kg") / "data" / "regions.json").read_text(encoding="utf-8")
    return {fold(name): state for name, state in json.loads(text)["regions"].items()}


def region_state(name: str) -> str | None:
    """The state a first-level region a dateline names after a town lies in ("California", "Fla.", "Alberta"), from
    ``kg/data/regions.json`` (built by ``scripts/build_regions.py``); None for any other name."""
    return _regions().get(fold(name))


def _with_official_names(entry: PartyEntry, official: dict[str, list[str]]) -> PartyEntry:
    """A hand-kept state with its official names (``kg/data/official_names.json``, built by
    ``scripts/build_states.py``): "the Syrian Arab Republic" names Syria."""
    names = tuple(official.get(entry.name, ()))
    return replace(entry, aliases=entry.aliases + names) if names else entry


@dataclass(frozen=True)
class Lexicon:
    """The word lists the extractors share (``kg/data/lexicon.json``), each a field: a list the file lacks or one
    it adds is an error when the file is read, never a KeyError deep inside an extractor."""

    speech_verbs: frozenset[str]
    """Verbs of saying other than the reporting, framing and charging verbs ("ask", "deny", "urge" ...)."""
    charging_verbs: frozenset[str]
    """Verbs of saying that charge or credit someone "with", "of" or "for" something ("accused Washington of
    creating false hope", "thanked Qatar for its mediation")."""
    title_words: frozenset[str]
    honorifics: frozenset[str]
    meeting_nouns: frozenset[str]
    remote_meeting_words: frozenset[str]
    press_event_words: frozenset[str]
    mediation_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    """What talks are held about, not where: "the war in X", "a truce in X", "the fighting in X"."""
    non_name_heads: frozenset[str]
    organisation_heads: frozenset[str]
    group_nouns: frozenset[str]
    """Nouns that refer back to a movement or armed group ("a senior official of the movement")."""
    offices: dict[str, str]
    """Offices that name their state ("secretary of state" -> United States)."""
    reporting_verbs: frozenset[str]
    framing_verbs: frozenset[str]
    role_nouns: dict[str, tuple[str, ...]]
    """Role classes and the titles each stands for ("leader": president, prime minister ...)."""
    gendered_honorifics: dict[str, str]
    speaking_bodies: frozenset[str]
    state_bodies: frozenset[str]
    """Heads of an organisation's name that make it an organ of the state named before them ("the U.S. Treasury",
    "the Egyptian Foreign Ministry", "the Qatari Armed Forces"): it stands for that state."""
    member_nouns: dict[str, tuple[str, ...]]
    """Nouns for the members of a side, by the kind of side they make of a name the gazetteer does not know
    ("Renamo leader X", "M23 fighters": an organisation, an armed group)."""
    family_first_names: frozenset[str]
    """Family names written first in English news, the commonest of the Chinese and Korean population registers
    as the press romanises them: a two-word name opening with one is family name first ("Sun Weidong"), so the
    family name alone later in a story is that person."""

    @cached_property
    def verbs_of_saying(self) -> frozenset[str]:
        """Every verb that makes its subject a speaker: reporting, framing, charging and other verbs of saying
        (a verb stands in one list, save verbs that both frame and charge: "praised the talks as constructive",
        "praised Qatar for its mediation")."""
        return self.reporting_verbs | self.framing_verbs | self.speech_verbs | self.charging_verbs

    @cached_property
    def leader_titles(self) -> tuple[frozenset[str], frozenset[str]]:
        """(last words, first words) of the leaders' titles of ``role_nouns`` written without "of" ("prime
        minister" gives "minister" and "prime"): "the Prime Minister of X" stands for X; others serve "President
        X"."""
        titles = [t.split() for t in self.role_nouns["leader"] if " of " not in f" {t} "]
        return frozenset(t[-1] for t in titles), frozenset(t[0] for t in titles)

    @cached_property
    def serving_titles(self) -> frozenset[str]:
        """Titles of people who serve someone named after them (aides, advisers, spokespeople, envoys:
        "spokeswoman for President X"), from ``role_nouns``."""
        kinds = ("aide", "adviser", "spokesman", "envoy")
        return frozenset(t for kind in kinds for t in self.role_nouns[kind] if " " not in t)

    @cached_property
    def institution_heads(self) -> frozenset[str]:
        """Head words of organisations' and other names that are not people's ("Mission", "Ministry")."""
        return self.non_name_heads | self.organisation_heads


@cache
def lexicon() -> Lexicon:
    """The bundled word lists (read once per process)."""
    raw: dict[str, Any] = json.loads((resources.files("kg") / "data" / "lexicon.json").read_text(encoding="utf-8"))
    fields = {f.name: f.type for f in dataclasses.fields(Lexicon)}
    if set(raw) != set(fields):
        missing, extra = sorted(set(fields) - set(raw)), sorted(set(raw) - set(fields))
        raise ValueError(f"kg/data/lexicon.json: lists missing {missing}, unknown lists {extra}")
    values: dict[str, object] = {}
    for name, value in raw.items():
        if isinstance(value, dict):
            values[name] = {k: tuple(v) if isinstance(v, list) else v for k, v in value.items()}
        else:
            values[name] = frozenset(value)
    return Lexicon(**values)  # type: ignore[arg-type]
