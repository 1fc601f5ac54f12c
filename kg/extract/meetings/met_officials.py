"""An organisation of states whose official two sides meet together: the broker of that meeting, no third side."""

from __future__ import annotations

from kg.extract.base import Context
from kg.extract.meetings.clauses import Cluster
from kg.extract.tree import children_of


def organisation_they_met(
    cluster: Cluster, sides: list[str], mediators: list[str], ctx: Context
) -> tuple[list[str], list[str]]:
    """An organisation of states whose official two sides meet together ("A's president and B's prime minister met
    UN Secretary-General X in Geneva", "A and B will meet the UN chief") brokers that meeting, no third side."""
    for mention in cluster.mentions:
        verb = mention.trigger
        if verb.lemma_ != "meet" or verb.pos_ != "VERB":
            continue
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        met = [c for c in children_of(verb) if c.dep_ == "dobj"]
        met += [o for p in children_of(verb) if p.lower_ == "with" for o in children_of(p) if o.dep_ == "pobj"]
        words = [w for s in subjects for w in (s, *s.conjuncts)]
        joint = {m.party for w in words for m in ctx.parties_in(w.left_edge.i, w.i + 1) if m.known}
        joint |= {p.name for w in words if (p := ctx.people.named_by(w)) is not None}  # "A's president and B's ..."
        if len(met) != 1 or len(joint) < 2 or ctx.party_at(met[0].i) is not None:
            continue  # (not "A and B met the European Union for trade talks": the body itself, a side)
        named = [m.party for m in ctx.parties_in(met[0].left_edge.i, met[0].right_edge.i + 1) if m.known]
        body = named[0] if len(set(named)) == 1 else None
        if body in sides and ctx.gazetteer.is_international(body) and len(sides) >= 3:
            return [p for p in sides if p != body], [*mediators, body]
    return sides, mediators
