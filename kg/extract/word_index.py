"""Which words of a document carry given parts of speech, lower-case forms, lemmas or dependency labels, found in
one pass over spaCy's token arrays and kept with the document.

A scan that tests every word of every sentence makes a ``Token`` object and reads its attributes one word at a time;
most words fail the first test anyway. ``words_with`` answers that first test for the whole document at once, from
a map of each value to the words that carry it, and a scan then visits only the words that pass it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.base import tokens_of


@cache
def _hashes(words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of words, as spaCy's arrays hold them."""
    return frozenset(get_string_id(w) for w in words)


@cache
def _pos_ids(tags: frozenset[str]) -> frozenset[int]:
    return frozenset(POS_IDS[t] for t in tags)


Column = dict[int, list[int]]


def _columns(doc: Doc) -> tuple[Column, Column, Column, Column]:
    """The document's parts of speech, lower-case forms, lemmas and dependency labels, each as a map from a value to
    the indices, in order, of the words that carry it; read from spaCy's arrays once."""
    columns: tuple[Column, Column, Column, Column] | None = doc.user_data.get("kg_token_columns")
    if columns is None:
        columns = ({}, {}, {}, {})
        for i, row in enumerate(doc.to_array([POS, LOWER, LEMMA, DEP]).reshape(len(doc), 4).tolist()):
            for column, value in zip(columns, row, strict=True):
                column.setdefault(int(value), []).append(i)
        doc.user_data["kg_token_columns"] = columns
    return columns


def words_with(
    doc: Doc,
    pos: frozenset[str] = frozenset(),
    lower: frozenset[str] = frozenset(),
    lemma: frozenset[str] = frozenset(),
    dep: frozenset[str] = frozenset(),
) -> tuple[int, ...]:
    """The indices, in order, of the words whose part of speech is in ``pos``, or whose lower-case form is in
    ``lower``, or whose lemma is in ``lemma``, or whose dependency label is in ``dep``; computed once per document
    for each choice of sets."""
    known: dict[tuple[frozenset[str], ...], tuple[int, ...]] = doc.user_data.setdefault("kg_words_with", {})
    cached = known.get((pos, lower, lemma, dep))
    if cached is None:
        chosen: set[int] = set()
        for column, values in zip(
            _columns(doc), (_pos_ids(pos), _hashes(lower), _hashes(lemma), _hashes(dep)), strict=True
        ):
            if values:
                for value in column.keys() & values:  # over the smaller of the two
                    chosen.update(column[value])
        cached = known[(pos, lower, lemma, dep)] = tuple(sorted(chosen))
    return cached


def chosen_in(span: Span, indices: tuple[int, ...]) -> Iterable[Token]:
    """The words of a span whose indices are among ``indices`` (sorted, as ``words_with`` gives them)."""
    tokens = tokens_of(span.doc)
    low = bisect.bisect_left(indices, span.start)
    high = bisect.bisect_left(indices, span.end, lo=low)
    return [tokens[i] for i in indices[low:high]]
