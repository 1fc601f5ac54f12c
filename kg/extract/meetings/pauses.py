"""The days talks ran before a verb of pausing or ending them says they stopped: "the talks were paused on Friday
after five days" (that Friday the round's last day, not a day of a pause), "the round ended after two days"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.counts import days_counted_by
from kg.extract.meetings.words import CLOSING_VERBS, PAUSING_VERBS
from kg.extract.tree import children_of


def paused_after(trigger: Token) -> int | None:
    """Days the talks ran before a verb of pausing them says they stopped: "the talks were paused on Friday after
    five days" (that Friday their last day)."""
    verb = trigger.head
    paused = trigger.dep_ in {"nsubjpass", "dobj"} and verb.lemma_ in PAUSING_VERBS
    ended = trigger.dep_ == "nsubj" and verb.lemma_ in CLOSING_VERBS | {"collapse", "break"}
    ended = ended and any(p.lower_ == "on" for p in children_of(verb))  # "ended on Jan. 8 after two days": its last day
    if not (paused or ended):
        return None
    spans = (o for p in children_of(verb) if p.lower_ == "after" for o in children_of(p) if o.dep_ == "pobj")
    return next((days_counted_by(o) for o in spans if o.lemma_ in {"day", "week"}), None)
