"""Annotated articles: ``STEM.gold.json`` beside ``STEM.txt`` (schema in ``docs/gold-schema.md``), read into
frozen records, and found under the folders given."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.ingest.read import parse_date


@dataclass(frozen=True)
class GoldActor:
    name: str
    aliases: tuple[str, ...]
    role: str | None
    affiliation: str | None
    optional: bool


@dataclass(frozen=True)
class GoldMeeting:
    label: str
    location: str | None
    venue: str | None
    country: str | None
    start: date | None
    end: date | None
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    round: int | None
    status: str


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    quote: str
    stance: str
    optional: bool


@dataclass(frozen=True)
class Gold:
    id: str
    published: date | None
    actors: tuple[GoldActor, ...]
    meetings: tuple[GoldMeeting, ...]
    statements: tuple[GoldStatement, ...]
    publisher: str | None = None


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def read_gold(path: Path) -> Gold:
    """Parse a ``STEM.gold.json`` file; raise :class:`InputError` naming the file on any problem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"gold file is not readable JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise InputError(path, "gold file must hold a JSON object")
    try:
        actors = tuple(
            GoldActor(
                str(a["name"]),
                _strings(a.get("aliases")),
                a.get("role"),
                a.get("affiliation"),
                bool(a.get("optional", False)),
            )
            for a in raw.get("actors", [])
        )
        meetings = tuple(
            GoldMeeting(
                str(m.get("label", "")),
                m.get("location"),
                m.get("venue"),
                m.get("country"),
                parse_date(m.get("start"), path),
                parse_date(m.get("end"), path),
                _strings(m.get("parties")),
                _strings(m.get("mediators")),
                m.get("round"),
                str(m.get("status", "held")),
            )
            for m in raw.get("meetings", [])
        )
        statements = tuple(
            GoldStatement(str(s["speaker"]), str(s["quote"]), str(s.get("stance", "neutral")), bool(s.get("optional")))
            for s in raw.get("statements", [])
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(path, f"gold file does not follow the schema: {exc!r}") from None
    publisher = raw.get("publisher")
    return Gold(
        str(raw.get("id", path.name)),
        parse_date(raw.get("published"), path),
        actors,
        meetings,
        statements,
        publisher if isinstance(publisher, str) and publisher.strip() else None,
    )


def discover_gold(paths: Iterable[Path]) -> Iterator[tuple[Path, Path] | InputError]:
    """``(STEM.txt, STEM.gold.json)`` pairs under the given files and folders, sorted by path."""
    for path in paths:
        if path.is_dir():
            texts = sorted(path.rglob("*.txt"))
        elif path.is_file():
            texts = [path]
        else:
            yield InputError(path, "no such file or folder")
            continue
        for text in texts:
            gold = text.with_name(text.name[: -len(text.suffix)] + ".gold.json")
            if gold.is_file():
                yield text, gold
            elif path.is_file():
                yield InputError(text, f"no gold file {gold.name} beside it")


# --- matching -------------------------------------------------------------------------------------------
