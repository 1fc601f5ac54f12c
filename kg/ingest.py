"""Read articles from plain text (with an optional ``STEM.meta.json`` sidecar), JSON Lines and HTML files.

Each reader yields :class:`~kg.model.Article` values; a file that cannot be used raises or yields an
:class:`~kg.errors.InputError` naming the file and the problem, so the caller can report it and go on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
META_FIELDS = ("title", "published", "publisher", "url")

_ID_RE = re.compile(r"[^A-Za-z0-9._-]+")


def article_id(raw: str) -> str:
    """A file-name-safe identifier for an article."""
    cleaned = _ID_RE.sub("-", raw.strip()).strip("-.")
    return cleaned or "article"


def parse_date(value: object, where: Path | str) -> date | None:
    """Parse an ISO date (``YYYY-MM-DD``, optionally with a time part) or return None for empty values."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, f"'published' must be an ISO date string, got {type(value).__name__}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(where, f"'published' is not an ISO date (YYYY-MM-DD): {value!r}") from None


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(path, "file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII text with a few high bytes is almost always Windows-1252 (smart quotes, accents);
    # detectors guess poorly on such short evidence, so try it first.
    high = sum(1 for byte in data if byte >= 0x80)
    if high <= len(data) // 10:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "text encoding could not be detected")
    return str(best)


def _read_meta(path: Path) -> dict[str, object]:
    sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(sidecar, f"sidecar is not valid JSON: {exc}") from None
    if not isinstance(meta, dict):
        raise InputError(sidecar, "sidecar must hold a JSON object")
    return meta


def _article(ident: str, text: str, meta: dict[str, object], where: Path | str) -> Article:
    def text_field(name: str) -> str | None:
        value = meta.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise InputError(where, f"'{name}' must be a string")
        return value.strip()

    if not text.strip():
        raise InputError(where, "article has no text")
    return Article(
        id=article_id(ident),
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        title=text_field("title"),
        published=parse_date(meta.get("published"), where),
        publisher=text_field("publisher"),
        url=text_field("url"),
        source=str(where),
    )


def read_text_file(path: Path) -> Article:
    """A ``.txt`` article with its optional sidecar."""
    return _article(path.stem, _decode(path), _read_meta(path), path)


def read_html_file(path: Path) -> Article:
    """An HTML page: main text and metadata through trafilatura (boilerplate removed)."""
    import trafilatura

    html = _decode(path)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise InputError(path, "no article text found in the HTML page")
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = doc.get("text") or ""
    meta: dict[str, object] = {"title": doc.get("title"), "published": doc.get("date"), "url": doc.get("url")}
    meta["publisher"] = doc.get("sitename")
    meta.update(_read_meta(path))
    title = meta.get("title")
    text = f"{title}\n\n{body}" if isinstance(title, str) and title else body
    return _article(path.stem, text, meta, path)


def read_jsonl_file(path: Path) -> Iterator[Article | InputError]:
    """One article per line with ``id, title, published, publisher, url, text``; bad lines become errors."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"line is not valid JSON: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield InputError(where, "line must hold a JSON object")
                continue
            text = record.get("text")
            if not isinstance(text, str):
                yield InputError(where, "record has no 'text' string")
                continue
            ident = str(record.get("id") or f"{path.stem}-{number}")
            title = record.get("title")
            if isinstance(title, str) and title and text.lstrip().split("\n", 1)[0].strip() != title.strip():
                text = f"{title}\n\n{text}"
            try:
                yield _article(ident, text, {k: record.get(k) for k in META_FIELDS}, where)
            except InputError as exc:
                yield exc


def discover(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Files to read, in a stable order: folders are walked, sidecars and gold files skipped."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED:
                yield path
            else:
                yield InputError(path, f"unsupported file type '{path.suffix}' (use {', '.join(SUPPORTED)})")
        else:
            yield InputError(path, "no such file or folder")


def read_articles(paths: Iterable[Path]) -> Iterator[Article | InputError]:
    """Every article under ``paths``; problems are yielded as errors in place of articles."""
    for found in discover(paths):
        if isinstance(found, InputError):
            yield found
            continue
        suffix = found.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl_file(found)
            elif suffix in HTML_SUFFIXES:
                yield read_html_file(found)
            else:
                yield read_text_file(found)
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield InputError(found, exc.strerror or str(exc))
