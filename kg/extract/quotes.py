"""Quoted stretches of an article: where each quote starts and ends, in characters of the story text.

Quote marks are straight or curly double quotes, curly single quotes (‘...’, British style, or doubled ‘‘...’’),
guillemets and low opening quotes („ ... “ or „ ... "). A straight quote
opens at a paragraph's start or after a space or bracket. A quote left open at a paragraph's end continues when
the next paragraph reopens it, as news style does for a quote running over paragraphs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.base import text_in, text_of

OPEN_QUOTES = {"“": ("”",), '"': ('"',), "«": ("»",), "„": ("“", "”", '"'), "‘": ("’",)}
"""Each opening mark and the marks that close it."""
CLOSE_QUOTES = ("”", '"', "»")
_MARK = re.compile("[" + "".join(sorted(set("".join(OPEN_QUOTES) + "".join(CLOSE_QUOTES) + "’"))) + "]")
"""Any character that can open or close a quote."""
APOSTROPHE = "’"
"""Closes a single-quoted stretch (‘...’) only where no letter follows it: "don’t" and "Kyiv’s" go on."""


@dataclass(frozen=True)
class Quote:
    """A quote's span in the story text, without its marks."""

    start: int
    end: int

    def words(self, doc: Doc) -> int:
        return len(text_of(doc)[self.start : self.end].split())


def find_quotes(text: str) -> list[Quote]:
    """Quoted stretches of a text; a quote left open at a paragraph's end continues if the next paragraph reopens."""
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None
    for index, (offset, paragraph) in enumerate(paragraphs):
        position = 0
        if open_at is not None:
            stripped = paragraph.lstrip()
            if stripped[:1] in OPEN_QUOTES:
                position = len(paragraph) - len(stripped) + 1
            else:
                open_at = None
        closers: tuple[str, ...] = CLOSE_QUOTES
        while (mark := _MARK.search(paragraph, position)) is not None:
            position = mark.start()  # only a quote mark opens or closes: the words between are skipped
            char = paragraph[position]
            closing = next((c for c in closers if paragraph.startswith(c, position)), None) if open_at else None
            if open_at is None and char in OPEN_QUOTES and _opens(paragraph, position):
                doubled = paragraph.startswith("‘‘", position)  # ‘‘...’’: two single marks for a double one
                open_at = offset + position + (2 if doubled else 1)
                closers = ("’’",) if doubled else OPEN_QUOTES[char]
                position += 1 if doubled else 0
            elif closing is not None:
                if closing == APOSTROPHE and position + 1 < len(paragraph) and paragraph[position + 1].isalpha():
                    position += 1
                    continue
                if open_at is not None and offset + position > open_at:
                    quotes.append(Quote(open_at, offset + position))
                open_at = None
                position += len(closing) - 1
                closers = CLOSE_QUOTES
            position += 1
        if open_at is not None:
            following = paragraphs[index + 1][1].lstrip() if index + 1 < len(paragraphs) else ""
            if following[:1] not in OPEN_QUOTES:
                quotes.append(Quote(open_at, offset + len(paragraph)))
                open_at = None
    # Merge stretches that continue one quote across paragraphs.
    return [q for q in quotes if text[q.start : q.end].strip()]


def quotes_of(doc: Doc) -> tuple[Quote, ...]:
    """The quoted stretches of a document (:func:`find_quotes`), found once: statements and the descriptions told
    before a name both read them."""
    known: tuple[Quote, ...] | None = doc.user_data.get("kg_quotes")
    if known is None:
        known = doc.user_data["kg_quotes"] = tuple(find_quotes(text_of(doc)))
    return known


def _opens(paragraph: str, position: int) -> bool:
    """A straight quote opens at a paragraph start or after a space or bracket."""
    return position == 0 or paragraph[position - 1] in " ([—–-\t:"


def inside(quotes: Sequence[Quote], char: int) -> Quote | None:
    """The quote holding a character offset (quotes are in text order and do not overlap), by bisection."""
    position = bisect.bisect_right(quotes, char, key=lambda q: q.start) - 1
    if position >= 0 and quotes[position].start <= char < quotes[position].end:
        return quotes[position]
    return None


def one_line(text: str) -> str:
    """One line of text; the quote mark that reopens a quote in a new paragraph is dropped."""
    text = re.sub(r"\n\s*[\"“«]", " ", text)
    return " ".join(text.split()).strip(" ,")


def quoted_text(span: Span) -> str:
    """What a span of an article says, on one line, without the quote marks around it (or an unpaired one)."""
    text = one_line(text_in(span)).strip('"“”')
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


_NAMING = re.compile(r"\b(?:alias|a\.k\.a\.|aka|known as|nicknamed|dubbed|nom de guerre)\s*$", re.I)
"""Words that give a name in quotes: 'the commander, alias "X"', 'a plan dubbed "Y"'."""


def a_name_given(text: str, quote: Quote) -> bool:
    """Whether quoted words are a name the text gives ('alias "X"', 'dubbed "Y"'), not words anyone said."""
    return _NAMING.search(text[max(quote.start - 40, 0) : max(quote.start - 1, 0)]) is not None


def modifies_a_noun(doc: Doc, quote: Quote) -> bool:
    """Whether quoted words only qualify the noun right after them ('an "immediate and unconditional"
    ceasefire'): a label the story borrows, not something the subject said."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    after = next((t for t in doc[span.end : span.end + 2] if not t.is_punct), None)
    return after is not None and after.pos_ == "NOUN" and all(t.head == after or t.head in span for t in span)
