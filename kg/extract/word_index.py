"""Which words of a document carry given parts of speech, lower-case forms, lemmas or dependency labels, found in
one pass over spaCy's token arrays and kept with the document.

A scan that tests every word of every sentence makes a ``Token`` object and reads its attributes one word at a time;
most words fail the first test anyway. ``words_with`` answers that first test for the whole document at once, and a
scan then visits only the words that pass it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.base import tokens_of


@cache
def _hashes(words: frozenset[str]) -> np.ndarray:
    """The string-store hashes of words, as spaCy's arrays hold them."""
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


@cache
def _pos_ids(tags: frozenset[str]) -> np.ndarray:
    return np.array(sorted(POS_IDS[t] for t in tags), dtype=np.uint64)


def _columns(doc: Doc) -> np.ndarray:
    """The document's parts of speech, lower-case forms, lemmas and dependency labels, one row per attribute (each
    contiguous in memory), read once."""
    array: np.ndarray | None = doc.user_data.get("kg_token_columns")
    if array is None:
        rows = doc.to_array([POS, LOWER, LEMMA, DEP]).reshape(len(doc), 4)
        array = doc.user_data["kg_token_columns"] = np.ascontiguousarray(rows.T)
    return array


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
        columns = _columns(doc)
        chosen = np.zeros(len(doc), dtype=bool)
        for column, values in ((0, _pos_ids(pos)), (1, _hashes(lower)), (2, _hashes(lemma)), (3, _hashes(dep))):
            if len(values):
                chosen |= _among(columns[column], values)
        cached = known[(pos, lower, lemma, dep)] = tuple(np.flatnonzero(chosen).tolist())
    return cached


FEW_VALUES = 4
"""Up to this many values, comparing a column with each is quicker than a binary search per entry."""


def _among(column: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Which entries of a column are among sorted values: a comparison with each of a few values, else a binary
    search per entry (several times faster than ``np.isin`` on a document's few hundred words)."""
    if len(values) <= FEW_VALUES:
        found: np.ndarray = column == values[0]
        for value in values[1:]:
            found |= column == value
        return found
    places = np.minimum(np.searchsorted(values, column), len(values) - 1)
    found = values[places] == column
    return found


def chosen_in(span: Span, indices: tuple[int, ...]) -> Iterable[Token]:
    """The words of a span whose indices are among ``indices`` (sorted, as ``words_with`` gives them)."""
    tokens = tokens_of(span.doc)
    low = bisect.bisect_left(indices, span.start)
    high = bisect.bisect_left(indices, span.end, lo=low)
    return [tokens[i] for i in indices[low:high]]


@cache
def with_stops(words: frozenset[str]) -> frozenset[str]:
    """Words as written bare or abbreviated with a full stop ("gen" and "gen."), for ``words_with``."""
    return words | {f"{w}." for w in words}
