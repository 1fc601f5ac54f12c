"""The days talks ran before a verb of pausing them says they stopped: "the talks were paused on Friday after five
days" (that Friday the round's last day, not a day of a pause)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.words import DURATION_WORDS


def paused_after(trigger: Token) -> int | None:
    """Days the talks ran before a verb of pausing them says they stopped: "the talks were paused on Friday after
    five days" (that Friday their last day)."""
    verb = trigger.head
    if trigger.dep_ not in {"nsubjpass", "dobj"} or verb.lemma_ not in PAUSING_LEMMAS:
        return None
    for span in (o for p in verb.children if p.lower_ == "after" for o in p.children if o.dep_ == "pobj"):
        count = next((c for c in span.children if c.dep_ == "nummod"), None)
        if count is not None and span.lemma_ in {"day", "week"}:
            number = DURATION_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else None)
            return number * (7 if span.lemma_ == "week" else 1) if number else None
    return None


PAUSING_LEMMAS = frozenset({"pause", "suspend", "adjourn", "halt", "break"})
"""Verbs of stopping talks for a while, whose day may be the last of a round: "paused on Friday after five days"."""
