"""The places a place noun names: "the Red Sea resort of Sharm el-Sheikh", "the regional capital, Kassala", "the
outskirts of the capital, Addis Ababa"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import of_objects
from kg.extract.meetings.words import PLACE_NOUNS
from kg.extract.tree import children_of


def named_by_place_nouns(obj: Token) -> list[Token]:
    """The places a place noun names, and those the place nouns under it name: "the Red Sea resort of Sharm
    el-Sheikh", "the regional capital, Kassala", "the outskirts of the capital, Addis Ababa" (the name at times hung
    on the verb after its comma)."""
    found: list[Token] = []
    nouns = [obj]
    for _ in range(3):
        named = [
            t
            for noun in nouns
            if noun.lower_ in PLACE_NOUNS
            for t in (*of_objects(noun), *(c for c in children_of(noun) if c.dep_ == "appos"), *_name_after_comma(noun))
        ]
        found.extend(named)
        nouns = named
    return found


def _name_after_comma(noun: Token) -> list[Token]:
    """A place's name set after a place noun and a comma the parser hung elsewhere: "in the capital, Addis Ababa"."""
    doc = noun.doc
    if any(c.dep_ == "appos" for c in children_of(noun)) or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    name = next((e for e in doc[noun.i + 2 : noun.i + 6].ents if e.start == noun.i + 2), None)
    return [name.root] if name is not None and name.label_ in {"GPE", "LOC"} else []


def the_city(word: Token) -> bool:
    """ "had been meeting in the city since Tuesday": the bare noun, which points to the dateline's city as "here"
    does."""
    return (
        word.dep_ == "prep"
        and word.lower_ == "in"
        and any(
            o.dep_ == "pobj" and o.lower_ == "city" and [c.lower_ for c in children_of(o)] == ["the"]
            for o in children_of(word)
        )
    )
