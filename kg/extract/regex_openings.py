"""The characters a regular expression's matches can open with, read with the standard library's own parser of
regular expressions (``re._parser``), and long alternations grouped by them."""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
from collections.abc import Iterable
from typing import Any

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def first_letters(pattern: str) -> frozenset[str] | None:
    """The characters every match of a pattern opens with ("g" and "d" for "(?:gaps|differences)\\s+remain"),
    passing over zero-width assertions; None when a match may open with a class of characters, a wildcard or
    nothing at all."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None  # an inline "(?i)": the letters may be written in either case
    found = _first(parsed)
    return frozenset(found) if found else None


def _first(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return {chr(arg)}
        if op is sre.SUBPATTERN:
            return _first(arg[-1])
        if op is sre.BRANCH:
            letters: set[str] = set()
            for branch in arg[1]:
                found = _first(branch)
                if not found:
                    return None
                letters |= found
            return letters
        if op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            return {chr(code) for _, code in arg}
        return None
    return None


def by_first_letter(patterns: list[str]) -> str:
    """One alternation of patterns, grouped by the letter each opens with, each group behind a look-ahead for its
    letter: at each position of a text only the group of the letter there is tried (patterns whose opening cannot
    be read form a group of their own). Within a group the patterns keep their order. Empty for no patterns."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        for letter in sorted(first_letters(pattern) or {""}):
            groups.setdefault(letter, []).append(pattern)
    return "|".join(
        (f"(?={re.escape(letter)})" if letter else "") + f"(?:{'|'.join(f'(?:{p})' for p in members)})"
        for letter, members in sorted(groups.items())
    )
