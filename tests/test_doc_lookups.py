"""The per-document look-ups the extractors share answer as spaCy's own attributes do, only faster."""

from __future__ import annotations

from kg.extract.base import sentence_of, sentences_of, text_in
from tests.conftest import analyse

TEXT = (
    "Envoys of Norland and Sudria met in Valmora on Monday. The talks, the third round, ended without a deal. "
    '"We will return," said Anna Berg, the Norland negotiator. Another round is planned for June.'
)


def test_sentences_are_spacys() -> None:
    doc, _ = analyse(TEXT)
    assert [(s.start, s.end) for s in sentences_of(doc)] == [(s.start, s.end) for s in doc.sents]


def test_sentence_of_a_token_and_of_a_span() -> None:
    doc, _ = analyse(TEXT)
    for token in doc:
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)
    for start in range(len(doc)):
        for end in (start, start + 1, start + 7, start + 20):
            span = doc[start : min(end, len(doc))]
            assert (sentence_of(span).start, sentence_of(span).end) == (span.sent.start, span.sent.end)


def test_text_in_is_the_span_text() -> None:
    doc, _ = analyse(TEXT)
    for sentence in doc.sents:
        assert text_in(sentence) == sentence.text
    assert text_in(doc[3:9]) == doc[3:9].text
