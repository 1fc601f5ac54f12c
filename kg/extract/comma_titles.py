"""A title set before a name and its comma that the parser did not make the name's apposition: "Armenia's envoy,
deputy parliament speaker X" at the opening of a sentence, "X sent its special envoy for Y affairs, NAME, to the
talks" after a verb; and not the title of the name before it ("A, Deputy Minister of X, B, Ambassador of Y")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import ends_its_sentence, sentence_of
from kg.extract.role_phrases import is_title


def phrase_before_comma(span: Span, chain: list[Token]) -> list[Token]:
    """ "Armenia's envoy, deputy parliament speaker X": a side's title set before the name's own title and a
    comma at the opening of its sentence, which the parser did not make an apposition (read on the words)."""
    doc = span.doc
    start = chain[0].i if chain else span.start
    sentence = sentence_of(span)
    if start - 1 <= sentence.start or doc[start - 1].text != ",":
        return []
    words = list(doc[sentence.start : start - 1])
    if not 2 <= len(words) <= 6 or any(t.is_punct and t.text not in {"'s", "’s", "'"} for t in words):
        return _object_before_comma(span, start)
    owned = any(t.text in {"'s", "’s"} for t in words)
    return words if owned and is_title(words[-1]) else []


NON_TITLE_PREPOSITIONS = frozenset({"with", "by", "from", "between", "among", "during", "after", "before"})
"""Prepositions no title is built with ("Minister of", "envoy to", "ambassador in" are): a phrase they open ("met
with the President of X, NAME") holds the title from its "the"."""


def _object_before_comma(span: Span, start: int) -> list[Token]:
    """ "X sent its special envoy for Y affairs, NAME, to the talks": a title phrase after a verb, set off before a
    name that a comma or the sentence's end closes, which the parser did not make an apposition."""
    doc = span.doc
    closed = span.end < len(doc) and (doc[span.end].text in {",", ";"} or ends_its_sentence(doc[span.end]))
    if not closed:
        return []
    words: list[Token] = []
    for token in reversed(doc[sentence_of(span).start : start - 1]):
        if token.pos_ == "CCONJ" and _between_capitals(token):
            words.insert(0, token)  # "the Minister of Foreign Affairs and Cooperation of X, NAME": one portfolio
            continue
        inside_a_word = token.text == "-" and not token.whitespace_ and not doc[token.i - 1].whitespace_
        if (
            token.is_punct
            and token.text not in {"'s", "’s", "'", "’"}
            and not inside_a_word
            or token.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"}
        ):
            break  # (not at the "'" of "the Houthis' council", nor at the hyphen of "vice-chairman")
        if token.pos_ == "ADP" and token.head.pos_ in {"VERB", "AUX"} and any(is_title(w) for w in words):
            break  # "represented by its ambassador to X, NAME": the phrase after the verb's "by"
        words.insert(0, token)
    root = span.root  # (a name in a list the parser hung on the name before it, as "conj" or as "appos")
    listed = root.dep_ == "conj" or root.dep_ == "appos" and root.head.ent_type_ == "PERSON"
    listed_after = root.head if listed else None
    if listed_after is not None and any(t.dep_ == "appos" and t.head == listed_after for t in words):
        return []  # "accompanied by A, chairman of X, B, director of Y": the phrase is apposed to A, A's title
    if words and _set_after_a_name(words, span):
        return []  # "a delegation led by A, Deputy Minister of X, B, Ambassador of Y": A's title, B's follows B
    if root.dep_ == "appos" and root.head.dep_ == "appos" and root.head.head.ent_type_ == "PERSON":
        return []  # "A, the foreign minister, B, the defence minister", B hung on A's title: A's
    opening = [
        p
        for p, t in enumerate(words)
        if p > 0
        and t.lower_ in {"the", "a", "an"}
        and (words[p - 1].pos_ != "ADP" or words[p - 1].lower_ in NON_TITLE_PREPOSITIONS)
    ]
    words = words[opening[-1] :] if opening else words  # "received in X the Minister of Y, NAME": from "the"
    titles = [position for position, t in enumerate(words) if is_title(t)]
    prepositions = [position for position, t in enumerate(words) if t.pos_ == "ADP"]
    if not 2 <= len(words) <= 10 or not titles or prepositions and prepositions[0] < titles[0]:
        return []
    return words


def _set_after_a_name(words: list[Token], span: Span) -> bool:
    """Whether a phrase opens right after a name and its comma, and the name after it has a title of its own after
    it ("A, Deputy Minister of X, B, Ambassador of Y, ..."): the phrase is the first name's apposition, whatever the
    parser hung it on (not "A, Qatar's prime minister, B, and ...", B's title set before B)."""
    doc, first = span.doc, words[0]
    name = doc[first.i - 2] if first.i >= 2 and doc[first.i - 1].text == "," else None
    after_a_name = name is not None and (
        name.ent_type_ == "PERSON" or any(t.dep_ == "appos" and t.head == name for t in words)
    )  # (a name the model did not take for a person's, the phrase apposed to it)
    if not after_a_name or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    return doc[span.end + 1].pos_ != "CCONJ" and any(is_title(t) for t in doc[span.end + 1 : span.end + 5])


def _between_capitals(conjunction: Token) -> bool:
    """Whether "and" joins two capitalised words inside a name or a portfolio: "Foreign Affairs and Cooperation"."""
    doc = conjunction.doc
    i = conjunction.i
    return 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title
