"""A user's own table of people and the sides they speak for (``kg build --people FILE.csv``), read from CSV and
consulted before the bundled office holders (:func:`kg.office_holders.use_people`)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from kg.errors import InputError
from kg.gazetteer import load
from kg.office_holders import OfficeHolder

PEOPLE_COLUMNS = ("name", "side", "office", "since", "until", "wikidata")
"""Columns of a people table: name and side are required; office, since and until (YYYY-MM-DD) and wikidata (a Q
id) may be empty (no since: from any date; no until: still in office)."""


def read_people(path: Path) -> tuple[OfficeHolder, ...]:
    """A user's table of people and the sides they speak for (CSV with a header row, :data:`PEOPLE_COLUMNS`).

    Raises InputError naming the file, and the line, of the first problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "no such people table") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the people table: {exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [c.strip().lower() for c in reader.fieldnames or []]
    for required in ("name", "side"):
        if required not in header:
            columns = ", ".join(PEOPLE_COLUMNS)
            raise InputError(path, f"the people table has no '{required}' column (columns: {columns})")
    unknown = sorted(set(header) - set(PEOPLE_COLUMNS))
    if unknown:
        raise InputError(path, f"unknown column '{unknown[0]}' (columns: {', '.join(PEOPLE_COLUMNS)})")
    rows = []
    for line, raw in enumerate(reader, start=2):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not row.get("name") or not row.get("side"):
            raise InputError(path, f"line {line}: a person needs a name and a side")
        for column in ("since", "until"):
            if row.get(column) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[column]):
                raise InputError(path, f"line {line}: {column} '{row[column]}' is not a date (YYYY-MM-DD)")
        if row.get("wikidata") and not re.fullmatch(r"Q\d+", row["wikidata"]):
            raise InputError(path, f"line {line}: wikidata '{row['wikidata']}' is not a Wikidata id (Q123)")
        side = load().party(row["side"]) or row["side"]
        office = (row["office"],) if row.get("office") else ()
        until = row.get("until") or None
        since = row.get("since") or "0001-01-01"
        rows.append(OfficeHolder(row["name"], side, office, since, until, row.get("wikidata") or None))
    return tuple(rows)
