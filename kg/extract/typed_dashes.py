"""A hyphen typed for a dash right after a word ("the co-chairs of the group- A, B and C"), split from the word
before the tagger reads it: the tokenizer keeps "group-" whole, and the model then reads the word and the names after
it as one organisation. A spaCy pipeline component :func:`kg.extract.nlp.load_pipeline` adds first."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

_WORD_THEN_HYPHEN = re.compile(r"[^\W\d_]{2}-(?=\s)")
"""Two letters and a hyphen before a space: where a word may end in a hyphen typed for a dash."""

SUSPENDING_WORDS = frozenset({"and", "or", "to", ",", "/", "&"})
"""Words after a suspended hyphen, which leaves a compound's second part to the word after them: "Brazilian- and
U.S.-brokered talks", "two- to three-day talks"."""


def _typed_for_a_dash(token: Token) -> bool:
    """Whether a word ends in a hyphen typed for a dash: letters before it, a space after it, and no word after it
    that suspends the hyphen."""
    text = token.text
    if len(text) < 3 or not text.endswith("-") or not text[-3:-1].isalpha() or not token.whitespace_:
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ not in SUSPENDING_WORDS


@Language.component("dashes_typed_as_hyphens")
def dashes_typed_as_hyphens(doc: Doc) -> Doc:
    """Split "group-" into "group" and "-" where the hyphen stands for a dash."""
    ends = [m.end() for m in _WORD_THEN_HYPHEN.finditer(doc.text)]
    if not ends:
        return doc
    spans = (doc.char_span(end - 1, end, alignment_mode="expand") for end in ends)
    found = [span[0] for span in spans if span is not None and len(span) == 1 and _typed_for_a_dash(span[0])]
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for token in found:
            retokenizer.split(token, [token.text[:-1], "-"], heads=[(token, 0), (token, 0)])
    return doc
