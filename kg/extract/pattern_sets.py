"""A list of regular expressions searched together: which of them match a text, found in one pass.

Most texts match none of a long list, and a search with each expression in turn costs as many passes over the text
as there are expressions. Where the Hyperscan library is installed, the list is compiled into one Hyperscan
database that scans the text once and names the expressions that may match; without it, one Python alternation
of the whole list tells whether any does. Either way the expressions themselves, as Python's ``re`` reads them,
give the answer: Hyperscan scans a loosened copy of each (without look-arounds and word boundaries, which it does
not support), so it may name an expression that then does not match, and never misses one that does.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kg.extract.regex_openings import by_first_letter

hyperscan: Any
try:  # a compiled library with wheels for the common platforms; the alternation serves elsewhere
    import hyperscan
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    hyperscan = None


class PatternSet:
    """Regular expressions searched as one: ``matches`` gives the first match of each in a text."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = tuple(re.compile(p) for p in patterns)
        self._database = _scanner(patterns)
        self._alternation = None if self._database is not None else one_alternation(patterns)
        self._scratch = threading.local()  # Hyperscan's working memory serves one scan at a time: one per thread

    def candidates(self, text: str) -> list[int]:
        """The indices, in order, of the expressions that may match the text: a superset of those that do."""
        if self._database is None:
            assert self._alternation is not None
            return list(range(len(self.patterns))) if self._alternation.search(text) else []
        scratch = getattr(self._scratch, "space", None)
        if scratch is None:
            scratch = self._scratch.space = hyperscan.Scratch(self._database)
        found: set[int] = set()
        self._database.scan(text.encode("utf-8"), match_event_handler=_collect, context=found, scratch=scratch)
        return sorted(found)

    def matches(self, text: str) -> list[re.Match[str]]:
        """The first match of each expression in the text, in the list's order (those that match)."""
        return [m for i in self.candidates(text) if (m := self.patterns[i].search(text))]

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in the list's order, if any expression matches."""
        return next((m for i in self.candidates(text) if (m := self.patterns[i].search(text))), None)


def _collect(index: int, start: int, end: int, flags: int, found: set[int]) -> None:
    found.add(index)


def _scanner(patterns: Sequence[str]) -> Any:
    """A Hyperscan database of the loosened expressions, or None without the library or where one will not
    compile (the alternation then serves). A compiled database is kept in the user's cache folder, so that a
    later run loads it in a millisecond rather than compiling it for seconds."""
    if hyperscan is None or not patterns:
        return None
    try:
        expressions = [loosened(p).encode("utf-8") for p in patterns]
    except ValueError:
        return None
    flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY
    kept = _cache_folder() / f"{hashlib.sha256(repr((flags, expressions)).encode()).hexdigest()}.hsdb"
    with contextlib.suppress(OSError, hyperscan.error):  # none kept yet, or one of another version or machine
        database = hyperscan.loadb(kept.read_bytes(), hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)
        return database
    database = hyperscan.Database()
    try:
        database.compile(
            expressions=expressions,
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=[flags] * len(expressions),
        )
    except hyperscan.error:
        return None
    with contextlib.suppress(OSError):  # a read-only home: compiled again next time
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.partial")
        partial.write_bytes(hyperscan.dumpb(database))
        os.replace(partial, kept)
    return database


def _cache_folder() -> Path:
    """Where compiled pattern sets are kept: ``$XDG_CACHE_HOME/kg/pattern-sets`` (``~/.cache/kg/pattern-sets`` by
    default)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "pattern-sets"


_ASSERTION_OPENINGS = ("(?=", "(?!", "(?<=", "(?<!")


_WIDER = {  # Python's Unicode classes as wider classes of ASCII and any other character, outside a class and in one
    "w": ("[a-zA-Z0-9_\\x{80}-\\x{10ffff}]", "a-zA-Z0-9_\\x{80}-\\x{10ffff}"),
    "s": ("[\\t\\n\\v\\f\\r \\x{80}-\\x{10ffff}]", "\\t\\n\\v\\f\\r \\x{80}-\\x{10ffff}"),
    "d": ("[0-9\\x{80}-\\x{10ffff}]", "0-9\\x{80}-\\x{10ffff}"),
    "W": ("[^a-zA-Z0-9_]", None),
    "S": ("[^\\t\\n\\v\\f\\r ]", None),
    "D": ("[^0-9]", None),
}
"""Hyperscan's classes, read without its slow Unicode mode, are ASCII; each is widened to take in every character
Python's may match."""


def loosened(pattern: str) -> str:
    """An expression without its look-arounds and word boundaries, its classes widened: it matches wherever the
    expression does, and maybe more."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        if pattern[i] == "\\":
            letter = pattern[i + 1 : i + 2]
            if letter in _WIDER:
                wide = _WIDER[letter][1 if in_class else 0]
                if wide is None:
                    raise ValueError(f"a negated class inside a class in {pattern!r}")
                out.append(wide)
            elif letter != "b" or in_class:
                out.append(pattern[i : i + 2])
            i += 2
        elif not in_class and pattern.startswith(_ASSERTION_OPENINGS, i):
            i = _group_end(pattern, i)
        else:
            in_class = (in_class and pattern[i] != "]") or (not in_class and pattern[i] == "[")
            out.append(pattern[i])
            i += 1
    return "".join(out)


def _group_end(pattern: str, start: int) -> int:
    """The index after the group opening at ``start``, across nested groups, escapes and character classes."""
    depth = 0
    i = start
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def one_alternation(patterns: Sequence[str]) -> re.Pattern[str]:
    """One expression that matches where any of the patterns does. The word boundary most of them open with is
    tested once per position, before the alternatives, rather than once per alternative; and the alternatives are
    grouped by the letter they open with, each group behind a look-ahead for its letter, so that at each position
    only the group of the letter there is tried: six times faster on the long lists, with the same answer."""
    bounded, others = [], []
    for pattern in patterns:
        opening = _BOUNDED.match(pattern)
        if opening:  # "(?<!all )\bX" is "\b(?<!all )X": assertions at one position hold in any order
            bounded.append(opening.group(1) + pattern[opening.end() :])
        else:
            others.append(pattern)
    alternatives = [rf"\b(?:{by_first_letter(bounded)})"] if bounded else []
    alternatives += [f"(?:{p})" for p in others]
    return re.compile("|".join(alternatives) or "(?!)")


_BOUNDED = re.compile(r"^((?:\(\?<[!=][^()]*\))*)\\b")
"""A pattern's opening word boundary, after any look-behinds before it (each without groups of its own)."""
