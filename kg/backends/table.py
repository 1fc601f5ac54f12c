"""Query results as a table: column names, rows as text and as plain Python values, rendered as an aligned
text table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TextIO

import pyoxigraph as ox

from kg.rdf.namespaces import XSD

MAX_COLUMN = 60
"""Widest column of a table, in characters; longer cells wrap."""

_PRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
"""Control characters, shown as spaces in a table: a terminal would act on them."""


@dataclass(frozen=True)
class Table:
    """Query results: column names, each row as text (for tables and CSV) and, where known, as Python values
    (``str`` for IRIs and strings, ``int``, ``Decimal``, ``float``, ``bool``, ``datetime.date``, ``None``
    for an unbound column)."""

    header: list[str]
    rows: list[list[str]]
    values: list[list[object]] | None = None

    @classmethod
    def concat(cls, parts: list[Table]) -> Table:
        """One table of the parts of an answer (the header comes with the first part)."""
        return cls(
            parts[0].header,
            [row for part in parts for row in part.rows],
            [row for part in parts for row in (part.values or [])],
        )

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return (
            json.dumps([dict(zip(self.header, row, strict=True)) for row in self.rows], indent=2, ensure_ascii=False)
            + "\n"
        )

    def to_text(self) -> str:
        """An aligned table for a terminal: instance IRIs in their prefixed form (``meeting:...``, which
        ``--param`` takes back), long cells wrapped over several lines rather than cut."""
        from kg.backends.lookup import compact

        rows = [[compact(_PRINTABLE.sub(" ", c)) for c in row] for row in self.rows]
        widths = [
            max(
                len(h),
                min(max((len(r[i]) for r in rows), default=0), MAX_COLUMN),
                max((len(r[i]) for r in rows if " " not in r[i]), default=0),  # an IRI is never broken
            )
            for i, h in enumerate(self.header)
        ]

        def lines(cells: list[str]) -> list[str]:
            wrapped = [
                textwrap.wrap(c, w, break_on_hyphens=False, break_long_words=False) or [""]
                for c, w in zip(cells, widths, strict=True)
            ]
            return [
                "  ".join(
                    (part[n] if n < len(part) else "").ljust(w) for part, w in zip(wrapped, widths, strict=True)
                ).rstrip()
                for n in range(max(len(part) for part in wrapped))
            ]

        out = [*lines(self.header), "  ".join("-" * w for w in widths)]
        for row in rows:
            out.extend(lines(row))
        return "\n".join(out) + "\n"

    def render(self, fmt: str) -> str:
        return {"table": self.to_text, "csv": self.to_csv, "json": self.to_json}[fmt]()


_NUMBERS: dict[str, type] = {
    str(XSD.integer): int,
    str(XSD.int): int,
    str(XSD.long): int,
    str(XSD.decimal): Decimal,
    str(XSD.double): float,
    str(XSD.float): float,
}


def python_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> object:
    """An RDF term as a plain Python value: IRIs and strings as ``str``, numbers, booleans and dates as such."""
    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return plain(term)
    datatype = term.datatype.value
    try:
        if datatype in _NUMBERS:
            return _NUMBERS[datatype](term.value)
        if datatype == str(XSD.boolean):
            return term.value in {"true", "1"}
        if datatype == str(XSD.date):
            return date.fromisoformat(term.value)
        if datatype == str(XSD.dateTime):
            return datetime.fromisoformat(term.value.replace("Z", "+00:00"))
    except (ValueError, ArithmeticError):
        return term.value  # an ill-typed literal stays text
    return term.value


def plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def write_stream(parts: Iterator[Table], fmt: str, out: TextIO) -> None:
    """Write an answer that arrives in parts: CSV and JSON row by row as the parts come (the first rows of a large
    answer show at once), the aligned table once all rows are in (its columns fit the widest cell)."""
    first = next(parts, None)
    if first is None:
        return
    if fmt == "table":
        out.write(Table.concat([first, *parts]).to_text())
        return
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(first.header)
        for part in _chain(first, parts):
            writer.writerows(part.rows)
            out.flush()
        return
    out.write("[")
    separator = "\n"
    for part in _chain(first, parts):
        for row in part.rows:
            item = json.dumps(dict(zip(part.header, row, strict=True)), indent=2, ensure_ascii=False)
            out.write(separator + textwrap.indent(item, "  "))
            separator = ",\n"
        out.flush()
    out.write("\n]\n" if separator != "\n" else "]\n")


def _chain(first: Table, rest: Iterator[Table]) -> Iterator[Table]:
    yield first
    yield from rest
