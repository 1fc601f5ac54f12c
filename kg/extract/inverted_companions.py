"""Companions named after the verb that tells whom they sit with: "Sitting with X were A and B", "Accompanying X
were A, his chief of staff, and B" (the parser makes the "-ing" verb the root and the names its subject)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.tree import children_of

if TYPE_CHECKING:
    from kg.extract.base import Context

COMPANY_VERBS = frozenset({"flank", "accompany", "join"})
"""Verbs of keeping someone company: "flanked by X", "accompanied by X"."""
SEATED_BESIDE_VERBS = COMPANY_VERBS | {"sit", "stand"}
"""Verbs of company whose "-ing" may open an inverted clause: "Sitting with X were A and B"."""


def companion_before(name: Token, ctx: Context) -> str | None:
    """The person an inverted clause of company puts a name beside: X of "Sitting with X were A and B"."""
    while name.dep_ == "conj" and name.head != name:
        name = name.head
    verb = name.head
    if name.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.lemma_ not in SEATED_BESIDE_VERBS or verb.i > name.i:
        return None
    if not any(c.dep_ == "aux" and c.lemma_ == "be" and verb.i < c.i < name.i for c in children_of(verb)):
        return None  # "Sitting with X, A said ...": not inverted
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "with" for o in children_of(p)]
    person = next((p for o in objects if (p := ctx.people.named_by(o)) is not None), None)
    return person.name if person is not None else None
