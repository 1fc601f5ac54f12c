"""The only place instance IRIs are minted: readable, deterministic slugs under one base."""

from __future__ import annotations

import hashlib
import re

from anyascii import anyascii
from rdflib import URIRef

from kg.model import Meeting, meeting_identity
from kg.rdf.namespaces import ID


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: "Türkiye's Palace" -> "turkiyes-palace"."""
    ascii_text = anyascii(text).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "unnamed"


def article_slug(article_id: str) -> str:
    """An article's part of an IRI: its id in ASCII with case kept, so "Report" and "report" stay two articles."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", anyascii(article_id)).strip("-") or "unnamed"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def person(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def party(name: str) -> URIRef:
    return ID[f"party/{slug(name)}"]


def place(name: str, country: str | None) -> URIRef:
    return ID[f"place/{slug(name)}" + (f"--{slug(country)}" if country else "")]


def venue(name: str, city: str | None) -> URIRef:
    return ID[f"venue/{slug(city or 'unknown')}--{slug(name)}"]


def meeting(fact: Meeting) -> URIRef:
    """A meeting is identified by where and when it took place (its round, when there is no date) and its sides
    (:func:`kg.model.meeting_identity`): two meetings in one palace on one day with different sides are two."""
    location, when, parties = meeting_identity(fact)
    where = slug(location) if location else "unknown"
    sides = "-".join(slug(p) for p in parties) or "unknown"
    return ID[f"meeting/{where}--{when}--{sides}"]


def process(parties: tuple[str, ...]) -> URIRef:
    return ID[f"process/{'--'.join(slug(p) for p in sorted(set(parties))) or 'unknown'}"]


def attendance(meeting_iri: str, person_name: str, side: str | None) -> URIRef:
    """A person's attendance at a meeting, for one side (articles that differ on the side make two)."""
    meeting_part = meeting_iri.rsplit("/", 1)[-1]
    return ID[f"attendance/{meeting_part}--{slug(person_name)}--{slug(side) if side else 'unknown'}"]


def statement(article_id: str, speaker: str, text: str) -> URIRef:
    return ID[f"statement/{article_slug(article_id)}--{slug(speaker)}--{_digest(speaker, text)}"]


def article(article_id: str) -> URIRef:
    return ID[f"article/{article_slug(article_id)}"]


def evidence(article_id: str, extractor: str, start: int, end: int, subject: str) -> URIRef:
    """Evidence of one fact: the same sentence supporting two facts gives two evidence nodes."""
    return ID[f"evidence/{article_slug(article_id)}--{extractor}--{start}-{end}--{_digest(subject)[:8]}"]


def conflicting_report(fact: str, attribute: str, value: str, article_id: str) -> URIRef:
    """One source's value for a disputed attribute of a fact."""
    return ID[f"report/{article_slug(article_id)}--{attribute}--{_digest(fact, attribute, value)}"]


def article_graph(article_id: str) -> URIRef:
    """The named graph of one article's facts."""
    return ID[f"graph/{article_slug(article_id)}"]
