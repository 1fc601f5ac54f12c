"""Which words can be words of a person's name: proper nouns, the particles names carry ("al-", "bin", "van"),
a function word capitalised inside a sentence before a name ("To Lam") or ending one ("Moon Jae In"), the parts of a
hyphenated given name."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.base import text_of, tokens_of
from kg.extract.tree import children_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon

NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "van", "von", "der", "la", "le", "du", "abu", "-"}
ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud"}
"""The Arabic article a surname may carry and drop: "al-Murtada" and "Murtada"."""
LEADING_PARTICLES = {"Abu", "Ibn", "Bin", "Bint"}
"""Particles that open a name as written with a capital: "Abu Bakr", "Bin Zayed"."""
BAD_CHARS = re.compile(r"[\"“”‘’'0-9\n/@#:]")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")

TRAILING_MARKS = frozenset({"'s", "’s", "-", "'", ".", ",", ";", ":"})
"""What may end a name run without being part of the name: a possessive, a dash, the stop the model took in."""


def is_initial(token: Token) -> bool:
    """A single capital and its full stop ("W.", "X."): a name's initial, or the end of a sentence the model ran on
    ("in a post on X. Oman has ...")."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def bad_chars_in(text: str) -> bool:
    """Whether a text has a character no name has: quotes, digits, slashes (an apostrophe inside a word, as in
    "O'Brien", is a name's)."""
    if "'" in text or "’" in text:
        text = _INNER_APOSTROPHE.sub("", text)
    return BAD_CHARS.search(text) is not None


FORMS_OF_ADDRESS = frozenset({"dr", "mr", "mrs", "ms", "prof"})
"""Forms of address a title or a body's name may run into before a name: "Minister of Foreign Affairs Dr. X"."""
STYLES = frozenset({"highness", "excellency", "majesty", "holiness", "eminence"})
"""Styles a person may be named by, before a title or alone ("His Highness the Amir", "His Excellency affirmed")."""

_NAME_POS = frozenset({"PROPN", "ADP", "DET", "PART", "AUX", "ADV"})
"""The parts of speech a word of a name has: a proper noun, or a function word capitalised inside one."""


_ACCENTED_WORD = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*[^\x00-\x7F])[^\W\d_]+(?![^\W\d_])")
"""A capitalised word of letters with one at least that English writes without ("Nguyễn", "Đorđević")."""


def possible_name_words(doc: Doc) -> list[Token]:
    """The words of a document that may pass ``is_name_token``, found once per document (most words cannot)."""
    tokens = tokens_of(doc)
    found = words_with(doc, pos=_NAME_POS, lower=frozenset(NAME_PARTICLES))
    words = (m for m in _ACCENTED_WORD.finditer(text_of(doc)) if m.group()[0].isupper())
    accented = [span.start for m in words if (span := doc.char_span(*m.span())) is not None]
    if accented:  # "Nguyễn" tagged a verb: a capitalised word with letters English writes without
        found = tuple(sorted({*found, *accented}))
    return [tokens[i] for i in found]


def is_name_token(token: Token) -> bool:
    """Whether a word may be part of a person's name: a capitalised proper noun, a name particle ("bin", "al-"), or
    a function word capitalised inside a name (read once per document)."""
    found: frozenset[int] | None = token.doc.user_data.get("kg_name_words")
    if found is None:
        found = frozenset(t.i for t in possible_name_words(token.doc) if _is_name_token(t))
        token.doc.user_data["kg_name_words"] = found
    return token.i in found


def _is_name_token(token: Token) -> bool:
    text = token.text
    if token.lower_ in NAME_PARTICLES or _capitalised_word_of_a_name(token):
        return True
    if text[:1].isupper() and token.is_alpha and not text.isascii() and not bad_chars_in(text):
        return True  # "Nguyễn" tagged a verb: a capitalised word with letters English writes without is a name's
    return token.pos_ == "PROPN" and text[:1].isupper() and not bad_chars_in(text)


def _capitalised_word_of_a_name(token: Token) -> bool:
    """A function word capitalised inside a sentence right before a proper noun: a name's word ("To Lam")."""
    if not token.is_title or token.pos_ not in {"ADP", "DET", "PART", "AUX", "ADV"} or token.is_sent_start:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "PROPN" and following.ent_type_ == "PERSON":
        return True
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.text.islower() and previous.lower_ in lexicon().title_words and following:
        # "Vietnamese leader To Lam" (a lower-case title: not a headline's "Secretary Of State X")
        return (
            following.pos_ == "PROPN" and following.text[:1].isupper() and following.lower_ not in lexicon().title_words
        )
    # "Moon Jae In, president of ...": the last syllable of a Korean name after two words of it, before a comma
    # or a lower-case word (not "Meets Moon In Seoul")
    before = [doc[i] for i in range(max(token.i - 2, 0), token.i)]
    ending = following is None or following.is_punct or following.text.islower()
    return (
        len(before) == 2
        and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in before)
        and ending
        and len(token.text) <= 3
    )


def hyphen_part(doc: Doc, end: int) -> bool:
    """Whether ``doc[end]`` is a hyphen joined, without spaces, to the name before it and a word after it."""
    return (
        end + 1 < len(doc)
        and end > 0
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end - 1].text[:1].isupper()
    )


def joined_by_hyphen(token: Token) -> bool:
    """A lower-case part of a hyphenated name ("in" of "Jae-in")."""
    return token.i > 0 and hyphen_part(token.doc, token.i - 1)


def with_article(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))
