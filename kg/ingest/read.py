"""Read articles from plain text (with an optional ``STEM.meta.json`` sidecar), JSON Lines and HTML files.

Each reader yields :class:`~kg.model.Article` values; a file that cannot be used raises or yields an
:class:`~kg.errors.InputError` naming the file and the problem, so the caller can report it and go on.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from anyascii import anyascii

from kg.errors import InputError, KGError
from kg.model import Article

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
META_FIELDS = ("title", "published", "publisher", "url")

_ID_RE = re.compile(r"[^A-Za-z0-9._-]+")


def article_id(raw: str, text: str = "") -> str:
    """A file-name-safe ASCII identifier for an article: the name transliterated ("переговоры" -> "peregovory"),
    case kept; where nothing is left, ``article-`` and a short hash of the text."""
    cleaned = _ID_RE.sub("-", anyascii(raw.strip())).strip("-.")
    return cleaned or "article-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse_date(value: object, where: Path | str) -> date | None:
    """A publication date: ISO (``2025-07-07``, with or without a time), the common written forms
    ("July 7, 2025", "7 July 2025", "Jul. 7 2025") or an RFC 2822 date ("Mon, 07 Jul 2025 10:00:00 +0000");
    None for an empty value. A value that names no whole day ("July 2025") is refused."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(where, f"'published' must be a date string, got {type(value).__name__}")
    text = " ".join(value.split())
    if _ISO_DAY.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise InputError(where, f"'published' is not a valid date: {value!r}") from None
    from dateutil import parser as dateparser

    first: datetime | None = None
    second: datetime | None = None
    try:  # parsed twice with different defaults: a part the text does not give shows as a difference
        first = dateparser.parse(text, default=datetime(2000, 1, 1), fuzzy=False)
        second = dateparser.parse(text, default=datetime(2001, 2, 2), fuzzy=False)
    except (ValueError, OverflowError):
        pass
    if first is None or second is None or first.date() != second.date():
        raise InputError(where, f"'published' is not a date (use YYYY-MM-DD or e.g. 'July 7, 2025'): {value!r}")
    return first.date()


MAX_ARTICLE_BYTES = 1_000_000
"""Largest article read, in bytes: news articles are a few kilobytes, spaCy takes at most a million characters."""

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"{\\rtf", "an RTF document"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _size_checked(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when it is larger than ``limit``."""
    size = path.stat().st_size
    if size > limit:
        raise InputError(path, f"file is {_human(size)}, over the {_human(limit)} limit for one article")
    return path.read_bytes()


def _human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"


def decode_bytes(data: bytes, where: Path | str) -> str:
    """Text from bytes: refuse binary formats by their signature, honour byte-order marks, else detect."""
    if not data.strip():
        raise InputError(where, "file is empty")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(where, f"file is {kind}, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(where, f"text is not valid {encoding}: {exc.reason}") from None
    if b"\x00" in data[:4096]:
        raise InputError(where, "file is binary, not text")
    try:
        return data.decode("utf-8")
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
        raise InputError(where, "text encoding could not be detected")
    return str(best)


def _decode(path: Path, limit: int = MAX_ARTICLE_BYTES) -> str:
    return decode_bytes(_size_checked(path, limit), path)


def _read_meta(path: Path) -> dict[str, object]:
    sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(sidecar, f"sidecar is not valid JSON ({exc}); its article {path.name} was skipped") from None
    if not isinstance(meta, dict):
        raise InputError(sidecar, f"sidecar must hold a JSON object; its article {path.name} was skipped")
    return meta


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def normalise_text(text: str) -> str:
    """Line ends as newlines; control characters (which no news text means, and XML cannot hold) as spaces."""
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def _article(ident: str, text: str, meta: dict[str, object], where: Path | str) -> Article:
    def text_field(name: str) -> str | None:
        value = meta.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise InputError(where, f"'{name}' must be a string")
        return " ".join(_CONTROL.sub("", value).split()) or None  # metadata is one line, without control codes

    if not text.strip():
        raise InputError(where, "article has no text")
    return Article(
        id=article_id(ident, text),
        text=normalise_text(text),
        title=text_field("title"),
        published=parse_date(meta.get("published"), where),
        publisher=text_field("publisher"),
        url=text_field("url"),
        source=str(where),
    )


def read_text_file(path: Path, limit: int = MAX_ARTICLE_BYTES, ident: str | None = None) -> Article:
    """A ``.txt`` article with its optional sidecar; its id is ``ident`` or the file's stem."""
    return _article(ident or path.stem, _decode(path, limit), _read_meta(path), path)


def read_html_file(path: Path, limit: int = MAX_ARTICLE_BYTES, ident: str | None = None) -> Article:
    """An HTML page: main text and metadata through trafilatura (boilerplate and scripts removed)."""
    return _html_article(_decode(path, limit * 5), path, ident or path.stem, _read_meta(path))  # markup around text


URL_DEADLINE = 60.0
"""Seconds a download may take in all."""


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def read_url(url: str, limit: int = MAX_ARTICLE_BYTES) -> Article:
    """A web page downloaded and read like an ``.html`` file; its id is the last part of its path (or its host)."""
    import requests

    from kg.backends.remote import within

    def fetch() -> bytes:
        with requests.get(url, timeout=URL_DEADLINE, stream=True) as response:
            if response.status_code != 200:
                raise InputError(url, f"the server answered {response.status_code}")
            body = b""
            for chunk in response.iter_content(1 << 16):
                body += chunk
                if len(body) > limit * 5:
                    raise InputError(url, f"page is over the {_human(limit * 5)} limit")
            return body

    try:
        data = within(URL_DEADLINE, fetch, url)
    except requests.RequestException as exc:
        raise InputError(url, f"cannot download: {type(exc).__name__}") from None
    except KGError as exc:
        raise InputError(url, str(exc).removeprefix(f"{url}: ")) from None
    parts = [p for p in url.split("?")[0].split("#")[0].split("/")[2:] if p]
    ident = re.sub(r"\.html?$", "", parts[-1], flags=re.I) if parts else "page"
    meta: dict[str, object] = {"url": url}
    return _html_article(decode_bytes(data, url), url, ident, meta)


def _html_article(html: str, where: Path | str, ident: str, sidecar: dict[str, object]) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise InputError(where, "no article text found in the HTML page")
    doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = doc.get("text") or ""
    meta: dict[str, object] = {"title": doc.get("title"), "published": doc.get("date"), "url": doc.get("url")}
    meta["publisher"] = doc.get("sitename")
    meta.update({k: v for k, v in sidecar.items() if v})
    title = meta.get("title")
    text = f"{title}\n\n{body}" if isinstance(title, str) and title else body
    return _article(ident, text, meta, where)


def _lines(path: Path, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a file read in bounded chunks; a line longer than ``limit`` comes as None."""
    with path.open("rb") as handle:
        number = 0
        while True:
            line = handle.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while True:  # skip the rest of the over-long line without holding it
                    rest = handle.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield number, None
                continue
            yield number, line


def read_jsonl_file(path: Path, limit: int = MAX_ARTICLE_BYTES) -> Iterator[Article | InputError]:
    """One article per line with ``id, title, published, publisher, url, text``; bad lines become errors.

    The file is streamed: memory holds one line at a time, and a line over ``limit`` bytes is skipped unread.
    """
    for number, raw in _lines(path, limit):
        where = f"{path}:{number}"
        if raw is None:
            yield InputError(where, f"line is over the {_human(limit)} limit for one article")
            continue
        line = raw.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"line is not valid JSON: {exc.msg} (column {exc.colno})")
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


SIDECAR_SUFFIXES = (".meta.json", ".gold.json")


@dataclass
class Inventory:
    """What discovery passed over: files that are not articles (by suffix) and folders it could not read."""

    not_articles: Counter[str] = field(default_factory=Counter)
    unreadable: list[InputError] = field(default_factory=list)

    def note(self) -> str | None:
        """One line on the files left out, or None."""
        if not self.not_articles:
            return None
        total = sum(self.not_articles.values())
        kinds = ", ".join(
            f"{n} {suffix}" for suffix, n in sorted(self.not_articles.items(), key=lambda i: (-i[1], i[0]))
        )
        return f"{total} file(s) that are not articles ({kinds}) left out; articles are {', '.join(SUPPORTED)}"


@dataclass(frozen=True)
class Found:
    """A file to read and the identifier its place under the input root gives it."""

    path: Path
    ident: str


def _walk(root: Path, inventory: Inventory, exclude: frozenset[Path]) -> Iterator[Path]:
    """Files under ``root`` in a stable order, hidden ones and ``exclude``d folders left out."""

    def failed(error: OSError) -> None:
        where = error.filename or root
        inventory.unreadable.append(InputError(where, f"folder cannot be read: {error.strerror or error}"))

    found = []
    for folder, dirs, files in os.walk(root, onerror=failed):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".") and (here / d).resolve() not in exclude]
        found += [here / f for f in files if not f.startswith(".")]
    return iter(sorted(found))


def discover(
    paths: Iterable[Path], *, inventory: Inventory | None = None, exclude: Iterable[Path] = ()
) -> Iterator[Found | InputError]:
    """Files to read, in a stable order: folders are walked (hidden files and folders, sidecars, and the
    ``exclude``d folders such as the build's own output left out); other files are counted in ``inventory``.

    A file's identifier is its path relative to the folder given, without the suffix ("x/same.txt" -> "x-same"),
    so files of the same name in two sub-folders stay two articles; a file given by name is its stem."""
    inventory = inventory if inventory is not None else Inventory()
    skip = frozenset(p.resolve() for p in exclude)
    for path in paths:
        if path.is_dir():
            for child in _walk(path, inventory, skip):
                name = child.name.lower()
                if name.endswith(SIDECAR_SUFFIXES):
                    continue
                if child.suffix.lower() not in SUPPORTED:
                    inventory.not_articles[child.suffix.lower() or "(no suffix)"] += 1
                    continue
                relative = child.relative_to(path)
                yield Found(child, "-".join([*relative.parts[:-1], child.stem]))
            yield from inventory.unreadable
            inventory.unreadable.clear()
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED:
                yield Found(path, path.stem)
            else:
                yield InputError(path, f"unsupported file type '{path.suffix}' (use {', '.join(SUPPORTED)})")
        else:
            yield InputError(path, "no such file or folder")


def read_articles(
    paths: Iterable[Path | str],
    *,
    limit: int = MAX_ARTICLE_BYTES,
    inventory: Inventory | None = None,
    exclude: Iterable[Path] = (),
) -> Iterator[Article | InputError]:
    """Every article under ``paths`` (files, folders, or ``http(s)://`` pages to download); problems are yielded
    as errors in place of articles."""
    inventory = inventory if inventory is not None else Inventory()
    excluded = tuple(exclude)
    for source in paths:
        if isinstance(source, str) and is_url(source):
            try:
                yield read_url(source, limit)
            except InputError as exc:
                yield exc
            continue
        yield from _read_files(Path(source), limit, inventory, excluded)


def _read_files(
    root: Path, limit: int, inventory: Inventory, exclude: tuple[Path, ...]
) -> Iterator[Article | InputError]:
    """The articles of one file or folder given as input."""
    for found in discover([root], inventory=inventory, exclude=exclude):
        if isinstance(found, InputError):
            yield found
            continue
        path = found.path
        suffix = path.suffix.lower()
        try:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl_file(path, limit)
            elif suffix in HTML_SUFFIXES:
                yield read_html_file(path, limit, found.ident)
            else:
                yield read_text_file(path, limit, found.ident)
        except InputError as exc:
            yield exc
        except OSError as exc:
            yield InputError(path, exc.strerror or str(exc))


class UniqueIds:
    """Gives every article of a run its own identifier: the second of two articles that claim one id gets a
    stable suffix (``-2``, ``-3`` ...) and a warning naming both sources. Identifiers that differ only in case
    stay distinct articles."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.sources: dict[str, str] = {ident: "" for ident in taken}

    def assign(self, article: Article) -> tuple[Article, InputError | None]:
        source = article.source or article.id
        if article.id not in self.sources:
            self.sources[article.id] = source
            return article, None
        number = 2
        while f"{article.id}-{number}" in self.sources:
            number += 1
        ident = f"{article.id}-{number}"
        first = self.sources[article.id] or "an earlier input"
        self.sources[ident] = source
        warning = InputError(source, f"id {article.id!r} is also the id of {first}; this one is built as {ident!r}")
        return replace(article, id=ident), warning
