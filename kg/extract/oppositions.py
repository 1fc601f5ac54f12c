"""A state's political opposition as a side of its own: "the Syrian opposition", "the government and the
opposition", "opposition leaders"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.base import sentences_of, tokens_of
from kg.extract.parties import (
    GOVERNMENT_NOUNS,
    conflict_state,
    possessor,
    state_named,
    state_named_on,
    state_where,
)
from kg.extract.tree import children_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import Gazetteer

OPPOSITION_ADJECTIVES = {"armed", "political", "main", "exiled", "democratic", "moderate", "united"}
"""Adjectives of an opposition that is a side ("the armed opposition"); others make it disagreement ("strong
opposition")."""


def oppositions_in(doc: Doc, gazetteer: Gazetteer) -> Iterator[tuple[Span, str]]:
    """A state's political opposition as a side: "the Syrian opposition", "Belarus's opposition", "the government
    and the opposition" (the state of the government it faces, in its sentence or before), "opposition leaders"
    -> "<demonym> opposition". Not opposition as disagreement ("opposition to the plan", "strong opposition"),
    nor the word in an organisation's name ("the opposition Unity Platform": that name is the side)."""
    last_state: str | None = None
    faced: str | None = None  # the state of the opposition named before: another government may host its talks
    home: str | None = None  # the state whose war the article tells of ("" for none), read when needed
    governing = _governing_words(doc)
    opposing = words_with(doc, lower=OPPOSING_WORDS)
    for sentence in sentences_of(doc):
        governed = [
            s
            for t in chosen_in(sentence, governing)
            if (t.lower_ in GOVERNMENT_NOUNS or _ruling(t))
            and (s := state_named_on(t, gazetteer) or possessor(t, gazetteer))
        ]  # "South Sudan's government", however the parser hung the possessive; "X's ruling military council"
        if governed:
            last_state = governed[0]
        for token in chosen_in(sentence, opposing):
            if (faced_by := _its_opponents(token, gazetteer)) is not None:
                entry = gazetteer.entry(faced_by)
                if entry is not None and entry.demonyms:  # "the Syrian government and its opponents"
                    yield Span(doc, token.i, token.i + 1, label="opposition"), f"{entry.demonyms[0]} opposition"
                continue
            if token.lower_ != "opposition" or token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(token)) or token.head.lower_ == "in":
                continue
            if _names_the_opposition(token) and _tagged_body(token):
                continue  # the body's own name is the side (a name the model missed leaves the opposition)
            modifiers = [c for c in children_of(token) if c.dep_ in {"amod", "compound", "poss"} and c.i < token.i]
            if any(
                c.dep_ == "amod"
                and c.pos_ == "ADJ"
                and not c.text[:1].isupper()
                and c.lower_ not in OPPOSITION_ADJECTIVES
                for c in modifiers
            ):
                continue  # "strong opposition", "growing opposition": disagreement
            owners = [c for c in children_of(token.head) if c.dep_ == "poss" and c.i < token.i]
            owners = owners if token.dep_ == "compound" else []  # "Peru's opposition leader": the state owns it
            stating = [c for c in modifiers + owners if state_named(doc[c.left_edge.i : c.i + 1], gazetteer)]
            # the whole name ("South Sudan's", not "Sudan"), else the government the opposition is joined to
            named = state_named(doc[stating[0].left_edge.i : stating[0].i + 1], gazetteer) if stating else None
            named = named or _faced_government(token, gazetteer) or state_where(token, gazetteer)
            faced = named or faced
            bound = token.dep_ == "compound" or any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))
            if bound and not (faced or last_state) and home is None:
                home = conflict_state(doc, gazetteer) or ""  # "Syria's civil war ... the main opposition bloc"
            state = named or ((faced or last_state or home) if bound else None)
            entry = gazetteer.entry(state) if state else None
            if entry is None or not entry.demonyms:
                continue
            # the span takes in the words naming the state, an owner's only beside it ("Peru's opposition leader")
            start = min((c.left_edge.i for c in stating if c in modifiers or token.i - c.i <= 2), default=token.i)
            yield Span(doc, start, token.i + 1, label="opposition"), f"{entry.demonyms[0]} opposition"


def _its_opponents(token: Token, gazetteer: Gazetteer) -> str | None:
    """The state of a government joined to "its opponents": "talks between the Syrian government and its
    opponents" (that state's opposition)."""
    if token.lower_ != "opponents":
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children_of(token))
    return _faced_government(token, gazetteer) if owned else None


OPPOSING_WORDS = frozenset({"opposition", "opponents"})
"""The words an opposition is named by ("the opposition", "its opponents")."""


def _governing_words(doc: Doc) -> tuple[int, ...]:
    """The indices, in order, of the words that may name those in power: a government noun, or the word "ruling"
    qualifies ("the ruling junta")."""
    tokens = tokens_of(doc)
    ruling = {tokens[i].head.i for i in words_with(doc, lower=frozenset({"ruling"}))}
    return tuple(sorted(ruling.union(words_with(doc, lower=GOVERNMENT_NOUNS))))


def _ruling(noun: Token) -> bool:
    """Whether a noun names those in power by "ruling": "the ruling military council", "the ruling junta"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "ruling" for c in children_of(noun))


def _tagged_body(token: Token) -> bool:
    """Whether the name after "the opposition" is one the entity model tagged, and so a party mention of its own."""
    after = token.head if token.dep_ in {"compound", "amod"} and token.head.pos_ == "PROPN" else token.doc[token.i + 1]
    return after.ent_type_ == "ORG"


def _names_the_opposition(token: Token) -> bool:
    """ "the opposition Unity Platform": "opposition" before the name of the body it is."""
    if token.text != "opposition" or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    if token.dep_ in {"compound", "amod"} and token.head.pos_ == "PROPN":
        after = token.head
    return (
        after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.ent_type_ not in {"PERSON", "DATE", "TIME", "GPE", "NORP"}
        and not after.is_sent_start
    )


def named_the_opposition(span: Span) -> bool:
    """Whether a party's name follows "the opposition" as the body it is ("the opposition Unity Platform")."""
    if len(span) > 1 and span[0].text == "opposition":
        return _names_the_opposition(span[0])
    return span.start > 0 and _names_the_opposition(span.doc[span.start - 1])


def _faced_government(opposition: Token, gazetteer: Gazetteer) -> str | None:
    """The state of a government joined to an opposition: "the Venezuelan government and opposition", "Peru's
    government and its opponents"."""
    if opposition.dep_ == "conj" and opposition.head.lower_ in GOVERNMENT_NOUNS:
        return state_named_on(opposition.head, gazetteer) or possessor(opposition.head, gazetteer)
    return None
