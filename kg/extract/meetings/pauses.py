"""The days talks ran before a verb of pausing them says they stopped: "the talks were paused on Friday after five
days" (that Friday the round's last day, not a day of a pause)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.counts import days_counted_by
from kg.extract.meetings.words import PAUSING_VERBS


def paused_after(trigger: Token) -> int | None:
    """Days the talks ran before a verb of pausing them says they stopped: "the talks were paused on Friday after
    five days" (that Friday their last day)."""
    verb = trigger.head
    if trigger.dep_ not in {"nsubjpass", "dobj"} or verb.lemma_ not in PAUSING_VERBS:
        return None
    spans = (o for p in verb.children if p.lower_ == "after" for o in p.children if o.dep_ == "pobj")
    return next((days_counted_by(o) for o in spans if o.lemma_ in {"day", "week"}), None)
