"""Groups named before or after a lower-case group noun ("the X armed group", "the Y militia", "the rebel group
Z"), which the entity model may take for a person's name or leave untagged."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.base import sentence_of, tokens_of
from kg.extract.word_index import words_with
from kg.gazetteer import Gazetteer

GROUP_NOUNS_AFTER_NAMES = frozenset(
    {"group", "militia", "faction", "rebels", "guerrillas", "insurgents", "opposition", "coalition", "bloc"}
)
"""Lower-case nouns written after a group's name: "the X armed group", "the Y militia", "the Z opposition"."""
POLITICAL_GROUP_HEADS = frozenset({"movement", "front", "alliance", "coalition"})
"""Capitalised last words of a political group's name, which a state's name may open ("the X People's Movement"):
the group, not the state; after a name in lower case ("the rebel X movement") they make it a group too."""
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


GROUP_NOUNS_BEFORE_NAMES = frozenset({"group", "militia", "faction", "movement", "alliance", "coalition"})
"""Lower-case nouns a group's name follows: "the rebel group X", "the Islamist militia Y"."""


def names_after_group_nouns(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Capitalised names the text sets right after a lower-case group noun that "the" opens: "the Chadian rebel group
    X", "the Islamist militia Y" (the model may tag them a person or nothing)."""
    found = []
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lower=GROUP_NOUNS_BEFORE_NAMES)):
        if not _after_the(token):
            continue
        start = end = token.i + 1
        while end < sentence_of(token).end and end - start < 5 and _name_word(doc[end]):
            end += 1
        name = doc[start:end]
        if not len(name) or gazetteer.party(name.text) or any(t.ent_type_ in PLACE_LABELS for t in name):
            continue
        if end < len(doc) and doc[end].pos_ in {"VERB", "AUX"}:
            continue  # "the group Jorge Paz leads": the subject of a clause on the group
        found.append(Span(doc, start, end, label="org"))
    return found


PLACE_LABELS = {"GPE", "LOC", "NORP", "DATE"}
"""Entity labels a group's name after its noun does not carry."""


def _after_the(noun: Token) -> bool:
    """Whether a lower-case group noun opens with "the" and nothing but lower-case words or a nationality between:
    "the Chadian rebel group", "the armed group"."""
    if not noun.text.islower() or noun.pos_ != "NOUN":
        return False
    for back in range(1, 5):
        if noun.i - back < 0:
            return False
        word = noun.doc[noun.i - back]
        if word.lower_ == "the":
            return True
        if not (word.text.islower() or word.ent_type_ == "NORP"):
            return False
    return False


def _name_word(token: Token) -> bool:
    """A word of a group's name: a capitalised word, however tagged ("Shining" of a name read as a verb), or an
    acronym with digits ("M23")."""
    return (
        token.pos_ not in {"DET", "ADP", "PRON", "CCONJ", "PUNCT"} and token.text[:1].isupper() and token.text.isalnum()
    )


def names_a_group(name: Span) -> bool:
    """Whether a name stands before a lower-case group noun ("the X armed group", "the Y militia"), or right after
    one ("the rebel group Z"), as the readers of group names read it: a group's name the model took for a
    person's."""
    doc = name.doc
    noun = doc[name.start - 1] if name.start > 0 else None
    after = noun is not None and noun.lower_ in GROUP_NOUNS_BEFORE_NAMES and _after_the(noun)
    followed = name.end < len(doc) and doc[name.end].pos_ in {"VERB", "AUX"}
    owner = name[-1].text in {"'s", "’s"}  # "X's faction": a person's faction, not a group named "X"
    return group_noun_after(doc, name.end) is not None and not owner or after and not followed


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
