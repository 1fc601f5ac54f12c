"""The extractors, registered in one place and run in this order (later ones read what earlier ones found)."""

from __future__ import annotations

from kg.extract import actors, interviews, meetings, parties, statements
from kg.extract.base import Context, Extractor, Finding

EXTRACTORS: dict[str, Extractor] = {
    "parties": parties.extract,
    "actors": actors.extract,
    "reporters": actors.extract_reporters,
    "meetings": meetings.extract,
    "statements": statements.extract,
    "interviews": interviews.extract,
}

__all__ = ["EXTRACTORS", "Context", "Extractor", "Finding"]
