"""Sides of people whose title the article also gives an international organisation.

"Secretary-General X said ..." names no organisation, but an article that also writes "the Secretary-General of
the United Nations" or "U.N. Secretary-General" says whose secretary-general is meant; "the Personal Envoy of the
Secretary-General" is then that organisation's envoy too.
"""

from __future__ import annotations

import re

from kg.extract.base import Context, text_of


def _titles(role: str) -> list[str]:
    """The titles a role may be told with an organisation: itself, and the principal's title it is "of" ("Personal
    Envoy of the Secretary-General" -> "Secretary-General")."""
    found = [role.removeprefix("former ").strip()]
    if (tail := re.split(r"\s+of\s+(?:the\s+)?", role, maxsplit=1)) and len(tail) == 2:
        found.append(tail[1])
    return [t for t in found if t]


def organisation_of_title(role: str, ctx: Context) -> str | None:
    """The one international organisation the article writes the role's title with ("U.N. Secretary-General", "the
    Secretary-General of the United Nations"), or None when it writes none or several."""
    text = text_of(ctx.doc)
    organisations = [m for m in ctx.party_mentions if ctx.gazetteer.is_international(m.party)]
    found: set[str] = set()
    for title in _titles(role):
        after = re.compile(rf"\s*(?:'s\s+|’s\s+)?{re.escape(title)}\b", re.IGNORECASE)
        before = re.compile(rf"\b{re.escape(title)}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        for mention in organisations:
            start, end = mention.span.start_char, mention.span.end_char
            if after.match(text, end) or before.search(text[max(0, start - len(title) - 10) : start]):
                found.add(mention.party)
    return found.pop() if len(found) == 1 else None


ORGANISATION_TITLES = (
    "secretary-general",
    "secretary general",
    "director-general",
    "director general",
    "high representative",
    "high commissioner",
    "personal envoy",
    "special representative",
    "chairperson",
)
"""Titles of the officers of organisations of states, not of states' governments (which a state's "President" or
"Foreign Minister" shares with "the European Council President")."""


def sides_from_organisation_titles(ctx: Context) -> None:
    """People with an organisation's title but no side take the organisation the article writes that title with,
    else the one organisation of states the article names ("The United Nations' envoy ... reported to
    Secretary-General X")."""
    named = {m.party for m in ctx.party_mentions if ctx.gazetteer.is_international(m.party)}
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if role is None or affiliation is not None or not any(t in role.lower() for t in ORGANISATION_TITLES):
            continue
        organisation = organisation_of_title(role, ctx) or (next(iter(named)) if len(named) == 1 else None)
        if organisation is not None:
            ctx.people.descriptions[person.name] = (role, organisation, evidence)
