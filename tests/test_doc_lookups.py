"""The per-document look-ups the extractors share answer as spaCy's own attributes do, only faster."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.base import sentence_of, sentences_of, text_in
from kg.extract.tree import ancestors_of, children_of, is_ancestor, lefts_of, rights_of, subtree_of
from kg.extract.word_index import chosen_in, words_with
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


def test_words_with_answers_as_the_attributes_do() -> None:
    doc, _ = analyse(TEXT)
    found = words_with(doc, pos=frozenset({"VERB"}), lower=frozenset({"talks", "round"}))
    expected = [t.i for t in doc if t.pos_ == "VERB" or t.lower_ in {"talks", "round"}]
    assert list(found) == expected
    assert found  # the text has verbs and meeting nouns
    by_lemma = words_with(doc, lemma=frozenset({"meet", "end"}))
    assert [doc[i].lemma_ for i in by_lemma] == ["meet", "end"]


def test_chosen_in_keeps_a_span_s_words() -> None:
    doc, _ = analyse(TEXT)
    found = words_with(doc, lower=frozenset({"round", "talks"}))
    for sentence in sentences_of(doc):
        assert [t.i for t in chosen_in(sentence, found)] == [t.i for t in sentence if t.lower_ in {"round", "talks"}]


def test_named_between_lists_the_words_of_names_in_a_range() -> None:
    doc, ctx = analyse(TEXT)
    for sentence in sentences_of(doc):
        expected = [(t.i, ctx.people.at(t)) for t in sentence if ctx.people.at(t) is not None]
        assert ctx.people.named_between(sentence.start, sentence.end) == expected
    names = [p.name for _, p in ctx.people.named_between(0, len(doc))]
    assert names.count("Anna Berg") == 2 and names == [p.name for t in doc if (p := ctx.people.at(t)) is not None]


def _same_tree(doc: Doc) -> None:
    def at(words: object) -> list[int]:
        return [w.i for w in words]  # type: ignore[attr-defined]

    for token in doc:
        assert at(children_of(token)) == at(token.children)
        assert at(lefts_of(token)) == at(token.lefts)
        assert at(rights_of(token)) == at(token.rights)
        assert at(subtree_of(token)) == at(token.subtree)
        assert at(ancestors_of(token)) == at(token.ancestors)
        for other in doc:
            assert is_ancestor(token, other) == token.is_ancestor(other)


def test_tree_tables_answer_as_spacy_does() -> None:
    doc, _ = analyse(TEXT)
    _same_tree(doc)


def test_tree_tables_follow_a_crossing_arc() -> None:
    """A non-projective parse (two arcs cross): subtrees in spaCy's order, which is not the words' order."""
    words = ["They", "held", "talks", "that", "today", "matter"]
    heads = [1, 1, 1, 5, 2, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "npadvmod", "ccomp"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert [t.i for t in subtree_of(doc[1])] != sorted(t.i for t in subtree_of(doc[1]))  # the arcs do cross
    _same_tree(doc)


def test_a_parse_chained_word_to_word_reads_without_recursion() -> None:
    """A long list the parser chains word to word is deeper than Python's recursion limit: read all the same."""
    words = 3000
    doc = Doc(Vocab(), words=["w"] * words, heads=[max(i - 1, 0) for i in range(words)], deps=["dep"] * words)
    assert [t.i for t in subtree_of(doc[0])] == list(range(words))
    assert [t.i for t in subtree_of(doc[words // 2])] == list(range(words // 2, words))
    assert [t.i for t in ancestors_of(doc[words - 1])] == list(range(words - 2, -1, -1))
