"""Meetings told as some time apart from another day: "a day after envoys met in Seoul", "met on Feb. 10, two days
after a first round in Lima" (dated so many days before), "days after talks in Lima" (some day before: undated)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from kg.extract.dates import DateRange, days_counted
from kg.extract.tree import children_of


def days_apart_from_the_story(trigger: Token, day: date | None, dated: bool = False) -> DateRange | None:
    """ "His remarks came a day after U.S. and South Korean envoys met in Seoul": a meeting told as some days
    before (or after) what the story reports, dated from the day the story last gave (or the article's); with
    ``dated``, from the day its sentence gives whatever its verb ("spoke on Tuesday, a day after the round ended"),
    the meeting word the verb's subject or the verb itself."""
    if day is not None and dated and trigger.dep_ == "pobj" and trigger.head.lower_ in {"after", "before"}:
        days = [c for c in children_of(trigger.head) if c.dep_ == "npadvmod" and c.lemma_ in {"day", "night"}]
        return _apart_by(trigger.head, days, day)  # "met on Feb. 10, two days after a first round in Lima": Feb. 8
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ in {"nsubj", "nsubjpass"} else None
    if day is None or verb is None or verb.dep_ != "advcl" or verb is not trigger and not dated:
        return None
    if not dated and verb.head.lemma_ not in {"come", "follow"}:
        return None
    for mark in (c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ in {"after", "before"}):
        amounts = [c for c in (*children_of(mark), *children_of(verb)) if c.dep_ == "npadvmod" and c.i < mark.i]
        if (apart := _apart_by(mark, amounts, day)) is not None:  # "a day" hung on "after" or on the verb
            return apart
    return None


def uncounted_time_apart(trigger: Token) -> bool:
    """Whether a meeting word is what a time not counted in days comes "after" or "before": "days after talks in
    X", "a week before the summit" (weeks are most often round figures; not "hours after", most often the same
    day)."""
    mark = trigger.head
    if trigger.dep_ != "pobj" or mark.lower_ not in {"after", "before"}:
        return False
    spans = [c for c in children_of(mark) if c.dep_ == "npadvmod" and c.lemma_ in {"day", "week", "month", "year"}]
    return any(s.lemma_ != "day" or days_counted(mark.doc[s.left_edge.i : s.i + 1].text) is None for s in spans)


def _apart_by(mark: Token, amounts: list[Token], day: date) -> DateRange | None:
    """The day some days before (for "after") or after (for "before") a day, by the first span of days counted
    before the word ("a day after", "two weeks before")."""
    for amount in (a for a in amounts if a.i < mark.i):
        words = [t for t in amount.doc[amount.left_edge.i : amount.i + 1] if t.dep_ != "advmod"]  # ("just a day")
        count = days_counted(" ".join(t.text for t in words))
        if count is not None:
            shifted = day + timedelta(days=-count if mark.lower_ == "after" else count)
            return DateRange(shifted, shifted)
    return None


BEGINNING_VERBS = frozenset({"begin", "start", "open", "launch"})
"""Verbs of a process's first start: "the dialogue that began on November 21"."""
RESUMING_VERBS = frozenset({"resume", "restart", "reconvene", "reopen", "revive"})
"""Verbs of talks taken up again after a pause, which comes after their start."""


def begun_before_resuming(attached: Token, trigger: Token) -> bool:
    """Whether a date's verb is a relative clause of beginning on talks whose own verb resumes them: "the dialogue
    that began on November 21 will be resumed in X on February 13" (the day it began is no day of its resumption)."""
    verb = trigger.head
    return (
        attached.dep_ == "relcl"
        and attached.head == trigger
        and attached.lemma_ in BEGINNING_VERBS
        and trigger.dep_ in {"nsubj", "nsubjpass"}
        and verb.lemma_ in RESUMING_VERBS
    )
