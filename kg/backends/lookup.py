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

LOOKED_UP = {
    "name": ("person",),
    "person": ("person",),
    "speaker": ("person", "party"),
    "party": ("party",),
    "place": ("place",),
}
"""The parameters that name something, and what they may name."""
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


_NAMES = {
    "person": f"""
SELECT ?name ?alias WHERE {{
  ?person a <{NEG.Person}> ; <{SDO.name}> ?name .
  OPTIONAL {{ ?person <{SDO.alternateName}> ?alias }}
}}""",
    "party": f"SELECT ?name ?alias WHERE {{ ?party <{NEG.partyKind}> ?kind ; <{SDO.name}> ?name }}",
    "place": f"SELECT ?name ?alias WHERE {{ ?place a <{NEG.Place}> ; <{SDO.name}> ?name }}",
}


def _names(store: ox.Store, kind: str, union: bool) -> dict[str, set[str]]:
    """Folded form -> the graph's names of one kind it stands for (names, aliases and, for people, surnames)."""
    found: dict[str, set[str]] = {}
    for solution in store.query(_NAMES[kind], use_default_graph_as_union=union):  # type: ignore[union-attr]
        name = solution["name"].value  # type: ignore[union-attr]
        alias = solution["alias"]
        forms = {name} | ({alias.value} if alias is not None else set())
        if kind == "person":
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
        kinds = LOOKED_UP.get(name)
        if kinds is None or _exists(store, value, union):
            resolved[name] = expand(value)
            continue
        by_kind = {kind: _names(store, kind, union) for kind in kinds}
        names: dict[str, set[str]] = {}
        for found in by_kind.values():
            for key, graph_names in found.items():
                names.setdefault(key, set()).update(graph_names)
        matches = _match(value, names, by_kind.get("person", {}), parties="party" in kinds)
        what = name if name in {"party", "speaker", "place"} else "person"
        if len(matches) == 1:
            resolved[name] = matches.pop()
        elif matches:
            raise NotFoundError(f"{what} {value!r} is ambiguous: {', '.join(sorted(matches)[:5])}")
        else:
            hint = _suggestions(value, names)
            raise NotFoundError(f"no {what} named {value!r}" + (f"; did you mean {', '.join(hint)}?" if hint else ""))
    return resolved
