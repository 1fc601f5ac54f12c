"""The side a government's noun stands for: the state of "the government delegation" named before, or the leader
whose government it is ("the government of President X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.leaders import LEADERS_GOVERNMENTS
from kg.extract.parties import GOVERNMENT_WORDS, government_named_before
from kg.extract.tree import children_of

if TYPE_CHECKING:
    from kg.extract.base import Context


def government_side(group: Token, ctx: Context) -> str | None:
    """The state of "the government delegation", "the federal team" (or "the army delegation"): the one whose
    government (or army) was named before."""
    words = {c.lower_ for c in children_of(group) if c.i < group.i}
    if words & GOVERNMENT_WORDS:
        return government_named_before(group.doc, group.i, ctx.gazetteer)
    # "Sudan's army ... the army delegation"
    return government_named_before(group.doc, group.i, ctx.gazetteer, ARMY_WORDS) if words & ARMY_WORDS else None


ARMY_WORDS = {"army", "military"}
"""Words that make a delegation a state's armed forces': "the army delegation" after "Sudan's army"."""


def leader_s_government(noun: Token, ctx: Context) -> str | None:
    """The person whose government a noun is: X of "the government of President X", "the administration of X"."""
    if noun.lower_ not in LEADERS_GOVERNMENTS:
        return None
    objects = (o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c))
    person = next((p for o in objects if o.dep_ == "pobj" and (p := ctx.people.named_by(o)) is not None), None)
    return person.name if person is not None else None
