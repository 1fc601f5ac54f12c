"""The month of a meeting its text names without a day: "in October 2019", "in May", "last month", "that
October", read against the article's date and the tense of the clause that dates it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.base import Context, sentence_of
from kg.extract.dates import A_YEAR, MONTHS, month_in, month_of
from kg.extract.meetings.timeline_entries import entry_year
from kg.extract.meetings.words import CONCLUDING_VERBS, POSTPONING_VERBS, SCHEDULING_VERBS, SIGNING_VERBS
from kg.extract.meetings.year_told import date_attachment
from kg.extract.nlp import INFINITIVE_VERBS
from kg.extract.tense import clause_is_future, is_future_context, overtaken_plan
from kg.extract.tree import children_of


def month_hint(ent: Span, ctx: Context) -> tuple[int, int] | None:
    """(year, month) of a date expression that names a month but no day ("in October 2019", "in May"), in the year
    the month joined to it gives ("in February and March last year")."""
    joined = _with_the_year_after(ent, ctx)
    year = A_YEAR.search(joined.text) if joined is not ent else None
    return month_of(f"{ent.text} {year.group(0)}" if year else ent.text) or _month_without_year(joined, ctx)


def _with_the_year_after(ent: Span, ctx: Context) -> Span:
    """A month alone with the month "and" joins to it, where that one's year is told ("February and March last
    year", "July and August 2023"): the two, read as one date; else the month as it stands."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent
    after = ctx.entities_in(ent.end + 1, sentence_of(ent).end)
    second = next((e for e in after if e.start == ent.end + 1), None)
    if second is None or second.label_ != "DATE" or len(second) < 2 or second[0].lower_.rstrip(".") not in MONTHS:
        return ent
    return doc[ent.start : second.end] if not second[1].like_num or A_YEAR.fullmatch(second[1].text) else ent


def _month_without_year(ent: Span, ctx: Context) -> tuple[int, int] | None:
    """The month of "in February this year", "last month", "a session planned for October", read against the
    article's date (none without one)."""
    reference = ctx.dates.reference
    if reference is None:
        return None
    that = _THAT.search(ent.text)  # (also "Ashgabat that June", a place the model took into the date)
    named_that = that is not None or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "that"
    if named_that and (month := month_in(ent.text[that.end() :] if that else ent.text, reference, False)):
        year = next((int(m.group(0)) for e in _dates_before(ent, ctx) if (m := A_YEAR.search(e.text))), None)
        if year is not None:
            return year, month[1]  # "in Hanoi in February 2019 ... talks in Stockholm that October": 2019's
    told = re.search(r"\b(?:last|next|this|month)\b", ent.text, re.I)  # not "last month" in a timeline entry
    before = _month_told_before(ent, ctx) or _year_of_the_story_before(ent, ctx)
    if not told and (month := month_in(ent.text, reference, False)) and before:
        return before[0] + (month[1] < before[1]), month[1]  # "in September 2016, then ... in November": 2016's
    if not told and (year := entry_year(sentence_of(ent))) and (month := month_in(ent.text, reference, False)):
        return year, month[1]  # "2015: The three leaders signed a declaration in March"
    verb = date_attachment(ent)
    to_come = any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.lemma_ in INFINITIVE_VERBS for c in children_of(verb))
    expected = verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.lemma_ in SCHEDULING_VERBS - {"set"}
    to_come = to_come or expected and verb.head.tag_ in {"VBP", "VBZ"}  # "diplomats expect a meeting in May"
    future = clause_is_future(ent) or is_future_context(sentence_of(ent)) or verb.lemma_ in SCHEDULING_VERBS or to_come
    past = verb.tag_ == "VBD" and verb.lemma_ not in SCHEDULING_VERBS and not to_come  # not "agreed to meet in July"
    # "the talks had been due to start in October" (a plan overtaken), not "said they had agreed to meet in December"
    # (a decision told in the past before the past, of a meeting still to come)
    past = past or verb.dep_ == "xcomp" and overtaken_plan(verb.head)
    clause = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "nsubj" else None  # "a meeting in June produced nothing"
    past = past or clause is not None and clause.tag_ == "VBD" and clause.lemma_ not in SCHEDULING_VERBS
    done = verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_ in CONCLUDING_VERBS | SIGNING_VERBS
    past = past or done  # "will implement the agreement reached in Quito in October": the October before
    past = past or _told_when(ent)  # "agreed to negotiate in September, when the presidents met": gone by
    return month_in(ent.text, reference, bool(future) and not past and not _plan_undone(verb))


def _told_when(ent: Span) -> bool:
    """Whether a month carries a clause of "when" in the past tense ("in September, when the two presidents met"):
    the month of what the clause tells, gone by."""
    return any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and any(a.lower_ == "when" for a in children_of(c))
        for c in children_of(ent.root)
    )


def _plan_undone(verb: Token) -> bool:
    """Whether a verb of planning describes a meeting put back or called off ("a round set for May was postponed"),
    or the month hangs on the meeting that was ("a planned round in October was postponed")."""
    if plan_put_off(verb):
        return True
    if verb.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ == "NOUN":
        main = verb.head
    elif verb.dep_ != "acl" or verb.lemma_ not in SCHEDULING_VERBS:
        return False
    else:
        main = verb.head.head
    told_past = main.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were"} for c in children_of(main)
    )
    never = main.lemma_ in {"take", "happen", "materialise", "materialize"} and any(
        c.dep_ == "neg" for c in children_of(main)
    )  # "a round planned for October never took place"
    return told_past and (main.lemma_ in POSTPONING_VERBS or never)


def plan_put_off(verb: Token) -> bool:
    """ "Talks planned for October were postponed", with the plan read as the main verb and the postponing joined to
    it, or as the subject of the postponing."""
    joined = [c for c in children_of(verb) if c.dep_ == "conj"] + ([verb.head] if verb.head != verb else [])
    return verb.lemma_ in SCHEDULING_VERBS and any(c.lemma_ in POSTPONING_VERBS for c in joined)


def _month_told_before(ent: Span, ctx: Context) -> tuple[int, int] | None:
    """The (year, month) of the nearest month and year named before a date in its own sentence."""
    return _last_month_named(ctx, sentence_of(ent).start, ent.start)


def _last_month_named(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The (year, month) of the last date between two words that names a month and its year."""
    dates = [e for e in ctx.entities_in(start, end) if e.label_ == "DATE"]
    return next((found for e in reversed(dates) if (found := month_of(e.text))), None)


_THAT = re.compile(r"^(?:\S+\s+)?that\s+", re.I)


def _year_of_the_story_before(ent: Span, ctx: Context) -> tuple[int, int] | None:
    """The (year, month) the sentence before a past clause's month names, in the same paragraph, when that year is
    past: "The process began in Baku in March 2023 ... A second round followed in Ashgabat in June" (2023's June,
    not the last June before the article)."""
    sentence = sentence_of(ent)
    verb = date_attachment(ent)
    bare = (
        verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
    )
    if sentence.start == 0 or verb.tag_ != "VBD" and not bare or "\n" in ent.doc[sentence.start - 1].text_with_ws:
        return None  # (a past tense the tagger took for a participle: "A second round followed in X in June")
    before = sentence_of(ent.doc[sentence.start - 1])
    reference = ctx.dates.reference
    found = _last_month_named(ctx, before.start, before.end)
    return found if found and reference and found[0] < reference.year else None


def _dates_before(ent: Span, ctx: Context) -> list[Span]:
    """The dates the text names before a date expression, nearest first."""
    return [e for e in reversed(ctx.entities_in(0, ent.start)) if e.label_ == "DATE"]
