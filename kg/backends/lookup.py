"""Query parameters as people type them, matched to the names the graph holds.

``--param party=us``, ``party=the Kremlin``, ``speaker=zelensky`` and ``name=Lavrov`` find "United States",
"Russia", "Volodymyr Zelenskyy" and "Sergey Lavrov": a value is compared with the graph's names and aliases
without regard to case, accents or punctuation (the folding the resolver uses), parties also through the
gazetteer's aliases, demonyms and metonyms, people also by surname, places (``place=geneva``) by name. A value
that names nothing is an error that says so and suggests the nearest names; a date that is not ``YYYY-MM-DD``
is a usage error.
Meeting and other IRIs may be given in the prefixed form the table output shows (``meeting:geneva--...``).
"""

from __future__ import annotations

import difflib
import re
from datetime import date

import pyoxigraph as ox

from kg.errors import NotFoundError, UsageError
from kg.gazetteer import fold
from kg.gazetteer import load as gazetteer
from kg.rdf.namespaces import ID, NEG, SDO

PERSON_PARAMETERS = {"name", "person"}
PARTY_PARAMETERS = {"party"}
AGENT_PARAMETERS = {"speaker"}
PLACE_PARAMETERS = {"place"}
DATE_PARAMETERS = {"from", "to"}
CLOSE_ENOUGH = 0.85
"""How alike (difflib's ratio) a value and a name must be to be taken for it when no name matches outright."""

_KINDS = {"meeting", "person", "party", "place", "venue", "statement", "article", "process", "evidence"}


def compact(iri: str) -> str:
    """An instance IRI in the prefixed form tables show (``meeting:geneva--2026-02-17--...``); others unchanged."""
    base = str(ID)
    if iri.startswith(base):
        kind, sep, rest = iri[len(base) :].partition("/")
        if sep and kind in _KINDS and rest:
            return f"{kind}:{rest}"
    return iri


def expand(value: str) -> str:
    """The full IRI of a prefixed instance name (``meeting:...``); any other value unchanged."""
    kind, sep, rest = value.strip().partition(":")
    if sep and kind in _KINDS and rest and not rest.startswith("//"):
        return f"{ID}{kind}/{rest}"
    return value


def _exists(store: ox.Store, name: str, union: bool) -> bool:
    query = f"ASK {{ ?thing <{SDO.name}> ?name }}"
    return bool(
        store.query(query, substitutions={ox.Variable("name"): ox.Literal(name)}, use_default_graph_as_union=union)
    )


_PEOPLE = f"""
SELECT ?name ?alias WHERE {{
  ?person a <{NEG.Person}> ; <{SDO.name}> ?name .
  OPTIONAL {{ ?person <{SDO.alternateName}> ?alias }}
}}"""
_PARTIES = f"SELECT ?name WHERE {{ ?party <{NEG.partyKind}> ?kind ; <{SDO.name}> ?name }}"
_PLACES = f"SELECT ?name WHERE {{ ?place a <{NEG.Place}> ; <{SDO.name}> ?name }}"


def _names(store: ox.Store, query: str, union: bool) -> dict[str, set[str]]:
    """Folded form -> the graph's names it stands for (names, aliases and, for people, surnames)."""
    found: dict[str, set[str]] = {}
    for solution in store.query(query, use_default_graph_as_union=union):  # type: ignore[union-attr]
        name = solution["name"].value  # type: ignore[union-attr]
        forms = {name}
        if query is _PEOPLE:
            alias = solution["alias"]
            if alias is not None:
                forms.add(alias.value)
            forms.update(form.split()[-1] for form in list(forms) if len(form.split()) > 1)  # surnames
        for form in forms:
            found.setdefault(fold(form), set()).add(name)
    return found


def _match(value: str, names: dict[str, set[str]], people: dict[str, set[str]], parties: bool) -> set[str]:
    """The graph's names a value stands for. People's names are also matched one transliteration away
    ("Zelensky" for "Zelenskyy", "Sergey" for "Sergei"); parties' only through the gazetteer, so a misspelt
    side is reported rather than guessed."""
    key = fold(value)
    if key in names:
        return names[key]
    if parties and (canonical := gazetteer().party(value)) is not None and fold(canonical) in names:
        return names[fold(canonical)]
    close = difflib.get_close_matches(key, list(people), n=2, cutoff=CLOSE_ENOUGH)
    if len(close) == 1:  # one spelling away, and nothing else is
        return people[close[0]]
    return set()


def _suggestions(value: str, names: dict[str, set[str]]) -> list[str]:
    close = difflib.get_close_matches(fold(value), list(names), n=3, cutoff=0.6)
    return sorted({name for key in close for name in names[key]})[:3]


def _check_date(name: str, value: str) -> None:
    text = value.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--param {name}={value!r}: write a date as YYYY-MM-DD") from None


def resolve(store: ox.Store, params: dict[str, str], *, union: bool = False) -> dict[str, str]:
    """Parameters with names replaced by the graph's own, dates checked and prefixed IRIs expanded.

    Raises NotFoundError for a name that matches nothing (or several people equally), UsageError for a bad date.
    """
    resolved: dict[str, str] = {}
    for name, value in params.items():
        if name in DATE_PARAMETERS:
            _check_date(name, value)
            resolved[name] = value.strip()
            continue
        wanted = name in PERSON_PARAMETERS | PARTY_PARAMETERS | AGENT_PARAMETERS | PLACE_PARAMETERS
        if not wanted or _exists(store, value, union):
            resolved[name] = expand(value)
            continue
        people = _names(store, _PEOPLE, union) if name in PERSON_PARAMETERS | AGENT_PARAMETERS else {}
        names = {key: set(found) for key, found in people.items()}
        if name in PARTY_PARAMETERS | AGENT_PARAMETERS:
            for key, found in _names(store, _PARTIES, union).items():
                names.setdefault(key, set()).update(found)
        if name in PLACE_PARAMETERS:
            names = _names(store, _PLACES, union)
        matches = _match(value, names, people, parties=name in PARTY_PARAMETERS | AGENT_PARAMETERS)
        what = {"party": "party", "speaker": "speaker", "place": "place"}.get(name, "person")
        if len(matches) == 1:
            resolved[name] = matches.pop()
        elif matches:
            raise NotFoundError(f"{what} {value!r} is ambiguous: {', '.join(sorted(matches)[:5])}")
        else:
            hint = _suggestions(value, names)
            raise NotFoundError(f"no {what} named {value!r}" + (f"; did you mean {', '.join(hint)}?" if hint else ""))
    return resolved
