"""Whether a meeting is one of the story's days: the dateline's city is where a story is written, and so where
its meetings of those days are, not where its past meetings were."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.base import Context, clause_verb, lead_paragraph, paragraph_of, sentences_of, text_of
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.status import week_told
from kg.extract.meetings.triggers import triggers_of
from kg.extract.meetings.words import SIGNING_VERBS
from kg.extract.tree import ancestors_of, children_of, subtree_of

STORY_DAYS = 7
"""How far from the article's date a meeting may be for its dateline's city to place it."""


def of_the_story_days(cluster: Cluster, ctx: Context) -> bool:
    """Whether a meeting is undated, dated within :data:`STORY_DAYS` of the article, or told of in a paragraph that
    says "here": the dateline's city is where the story is written, not where its past meetings were ("last met on
    Aug. 30-31 on the border")."""
    if any(at_the_border(m.trigger) for m in cluster.mentions):
        return False  # "commanders met at the border": a place of its own, not the dateline's city
    reference = ctx.dates.reference
    dated = [d for m in cluster.mentions if (d := m.dates or m.window) is not None]
    if reference is not None and not dated:
        months = [m.month for m in cluster.mentions if m.month] + [(m.year, 0) for m in cluster.mentions if m.year]
        # "a summit in October 2019": a month or year long before the story
        return all(
            abs(year * 12 + month - reference.year * 12 - reference.month) <= 1
            or (month == 0 and year == reference.year)
            for year, month in months
        )
    if reference is None or not dated:
        return True
    text = text_of(cluster.mentions[0].sentence.doc)
    for mention in cluster.mentions:  # "the partial deals struck here": the dateline's city, whenever they were
        start, end = paragraph_of(mention.sentence.doc, mention.sentence.start_char)
        if re.search(r"\bhere\b", text[start:end], re.IGNORECASE):
            return True
    return any(min(abs((d.start - reference).days), abs((d.end - reference).days)) <= STORY_DAYS for d in dated)


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
"""Nouns of a border, a place of its own a meeting may be held at."""


def at_the_border(trigger: Token) -> bool:
    """Whether a meeting word or its clause's verb is placed at, near or along a border, or a point on it ("talks at
    the border meeting point", "met on the border"), not "the border with X" (a dateline's state beyond it) nor talks
    "on the border" (what they are about)."""
    preps = [w for w in subtree_of(trigger) if w.dep_ == "prep" and w.lower_ in {"at", "along", "near"}]  # no "on"
    verb = clause_verb(trigger)
    preps += [w for w in children_of(verb) if w.dep_ == "prep" and w.lower_ in {"at", "on", "along", "near"}]
    places = [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return any(
        w.lemma_ in BORDER_NOUNS and not any(c.lower_ == "with" for c in children_of(w))
        for o in places
        for w in o.doc[o.left_edge.i : o.i + 1]
    )


SIGNED_TODAY_DAYS = 2
"""How near the article's date a signing by two named signatories may be for the dateline to place it."""


def signed_together_lately(mention: Mention, ctx: Context) -> bool:
    """ "A and B signed a roadmap on Tuesday" in a datelined story of that week: two signatories who signed on one
    of the story's days signed where the story is written, though the sentence names no place."""
    trigger, reference = mention.trigger, ctx.dates.reference
    if trigger.pos_ != "VERB" or trigger.lemma_ not in SIGNING_VERBS or ctx.dateline_city is None:
        return False
    if mention.dates is None or reference is None or abs((mention.dates.end - reference).days) > SIGNED_TODAY_DAYS:
        return False
    subjects = [c for c in children_of(trigger) if c.dep_ == "nsubj"]
    return any(any(c.dep_ == "conj" for c in children_of(s)) for s in subjects)


def not_yet_placed(cluster: Cluster, city: str | None, country: object) -> tuple[str | None, object]:
    """No place for a meeting agreed on whose place is not yet told (not the dateline's nor the story's); the place
    found otherwise, as where another mention of it names its city ("agreed to hold follow-up meetings ... would
    meet again in Istanbul on Oct. 25")."""
    told = any(m.city and not m.of_the_story and m.city in m.sentence.text for m in cluster.mentions)
    return (None, None) if any(m.agreed for m in cluster.mentions) and not told else (city, country)


def on_the_dateline_s_day(cluster: Cluster, city: object, ctx: Context) -> bool:
    """Whether the story's held meeting, told with no day, month or year, is placed in words in the city of a
    dateline that gives the story's day: the meeting the dateline reports."""
    here = ctx.dateline_city
    if here is None or here[0] != city or ctx.dateline_date is None or ctx.dates.reference is None:
        return False
    told = _a_time_told(cluster)
    placed = any(m.city == city and city in m.sentence.text for m in cluster.mentions)  # named, not the dateline's
    return placed and not told and all(m.status == "held" for m in cluster.mentions)


def told_as_just_done(cluster: Cluster, ctx: Context) -> bool:
    """Whether the story's held meeting, told with no day, month or year, is what a lead in the present perfect
    reports without a date of its own ("US and Russian officials have agreed to start working ... after their first
    high-level talks"): news of the article's day."""
    if ctx.dates.reference is None or not all(m.status == "held" for m in cluster.mentions):
        return False
    if _a_time_told(cluster) or any(m.dates or long_after(m.trigger) for m in cluster.mentions):
        return False  # ("Three months after A and B signed a deal in X, the talks have stalled": not today's)
    start, end = lead_paragraph(ctx.doc, ctx.lead_start)
    lead = next((s for s in sentences_of(ctx.doc) if start <= s.start_char < end), None)
    if lead is None or not triggers_of(lead):
        return False  # (the lead's own meeting word, placed by none, joins the story's meeting told next)
    root = lead.root
    perfect = any(c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in children_of(root))
    return root.tag_ == "VBN" and perfect and not _over_a_time(root)


def _over_a_time(verb: Token) -> bool:
    """Whether a present perfect tells of meetings over a time, not of the day's: "have met three times since
    January", "have met repeatedly" (not "have met for the first time since 2019")."""
    first = any(t.lower_ == "first" for t in subtree_of(verb))
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in children_of(verb)) and not first
    counted = any(
        t.lower_ in {"twice", "repeatedly"} or t.lemma_ == "time" and t.tag_ == "NNS" for t in children_of(verb)
    )
    return since or counted


def _a_time_told(cluster: Cluster) -> bool:
    """Whether a meeting's text tells any time of it short of a day: a month, a year, a weekday, a span of days, a
    week ("last week")."""
    told = (m.month or m.year or m.weekday is not None or m.window or m.month_day for m in cluster.mentions)
    return any(told) or any(week_told(m.trigger) for m in cluster.mentions)


LONG_SPANS = {"year", "decade", "month"}
"""Spans of time that set a meeting far from the story's days: "seven years after the conference"."""


def long_after(trigger: Token) -> bool:
    """Whether a meeting word stands in a phrase set months or years from the story's time ("Seven years after the
    collapse of the X conference", "two decades since the summit"): an event long past, not the story's."""
    marks = [c for c in children_of(trigger) if c.dep_ == "mark"]  # "Three months after A and B signed ...": a clause's
    return any(
        a.lower_ in {"after", "since", "before"}
        and any(c.dep_ == "npadvmod" and c.lemma_ in LONG_SPANS for c in children_of(a))
        for a in (*marks, *ancestors_of(trigger))
    )
