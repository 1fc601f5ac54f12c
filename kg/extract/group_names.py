"""Groups named before a lower-case group noun ("the X armed group", "the Y militia"), which the entity model may
take for a person's name or leave untagged."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.base import sentence_of, tokens_of
from kg.extract.word_index import words_with
from kg.gazetteer import Gazetteer

GROUP_NOUNS_AFTER_NAMES = frozenset(
    {"group", "militia", "faction", "rebels", "guerrillas", "insurgents", "opposition", "coalition", "bloc"}
)
"""Lower-case nouns written after a group's name: "the X armed group", "the Y militia", "the Z opposition"."""
GROUP_ADJECTIVES = frozenset({"armed", "rebel", "militant", "jihadist", "guerrilla", "dissident", "insurgent"})


def names_before_group_nouns(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Capitalised names the text sets before a lower-case group noun, which the model may take for a person's or
    leave untagged: "the Segunda Marquetalia armed group", "the Fano militia"."""
    found = []
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lower=GROUP_NOUNS_AFTER_NAMES)):
        end = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ in GROUP_ADJECTIVES else token.i
        if group_noun_after(doc, end) != token.i:
            continue  # not a lower-case noun
        start = end
        while start > 0 and end - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == end or start == sentence_of(token).start or gazetteer.party(doc[start:end].text):
            continue  # ("Bolivia's militia": a state's; the first word of a sentence, capitalised anyway)
        if doc[start - 1].lower_ == "the":
            found.append(Span(doc, start, end, label="org"))
    return found


def names_a_group(name: Span) -> bool:
    """Whether a name stands before a lower-case group noun ("the X armed group", "the Y militia"), as
    ``names_before_group_nouns`` reads it: a group's name the model took for a person's."""
    return group_noun_after(name.doc, name.end) is not None


def group_noun_after(doc: Doc, index: int) -> int | None:
    """Where a lower-case group noun stands at ``index``, after one group adjective at most, if one does."""
    index += 1 if index < len(doc) and doc[index].lower_ in GROUP_ADJECTIVES else 0
    found = index < len(doc) and doc[index].lower_ in GROUP_NOUNS_AFTER_NAMES and doc[index].text.islower()
    return index if found else None


def ends_a_body_s_name(name: Span) -> bool:
    """Whether a name the model took for a person's is the end of a body's name it joins with "and": "the Joint
    Commission on Land Border Demarcation and Marker Planting" (the commission's topics, tagged a person)."""
    root = name.root
    joined = root.head
    if root.dep_ != "conj" or joined.ent_type_ != "ORG" or joined.dep_ != "pobj":
        return False
    preposition = joined.head
    return preposition.lower_ in {"on", "for"} and preposition.ent_type_ == "ORG"  # (not "of": "the Government of
    # National Unity and Luis Prado")
