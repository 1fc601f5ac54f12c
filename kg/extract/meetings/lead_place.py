"""The dateline's city for the meeting a wire story's lead reports, when the lead names no place for it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.base import Context, clause_verb, paragraph_of, sentences_of, text_of
from kg.extract.meetings.clauses import Mention
from kg.extract.meetings.story_days import at_the_border, long_after
from kg.extract.meetings.story_sides import lead_subjects
from kg.extract.meetings.verb_chains import counted
from kg.extract.meetings.when import date_attachment, dates_of, weekday_of
from kg.extract.tense import reported_as_over
from kg.extract.tree import children_of


def place_the_lead(doc: Doc, ctx: Context, mentions: list[Mention]) -> None:
    """The meeting a wire story's lead reports happened where its dateline says ("SINGAPORE -- X and Y shook
    hands ..."), on the one date the lead gives, when the lead itself names no city or country for it."""
    if (city := ctx.dateline_city) is None or not mentions:
        return
    lead = paragraph_of(doc, ctx.lead_start)
    in_lead = [m for m in mentions if lead[0] <= m.sentence.start_char < lead[1]]
    told = _told_next(doc, mentions, lead[1])  # "The meeting ..." opening the paragraph after the lead
    if not in_lead:  # "VIENNA - Ministers agreed on Saturday ... // The meeting, the second in two weeks, ..."
        if told is None:
            return
        # "VIENNA - Ministers of A and B agreed ... // The meeting also brought together C": the lead's sides too
        told.parties = list(dict.fromkeys([*lead_subjects(doc, ctx), *told.parties]))
        in_lead = [told]
    elif told is not None and told.city not in (None, city[0]):
        return  # "BEIRUT - ... sent envoys to a meeting of the committee // The meeting ... took place in Naqoura"
    if any(_several(m.trigger) for m in in_lead):
        return  # "have held three rounds of talks in four weeks": a tally of meetings held elsewhere
    # "Seven years after the X conference, ...", "X said on Tuesday that the latest round had ended": over elsewhere
    in_lead = [m for m in in_lead if not (long_after(m.trigger) or reported_as_over(m.trigger) or _asked(m.trigger))]
    if any(_somewhere_unnamed(m.trigger) or at_the_border(m.trigger) for m in in_lead):
        return  # "SEOUL - ... held talks on Tuesday at a border village", "at the border meeting point": not in the
        # dateline's city
    # a venue alone ("at a U.N. base in this border town") is in the dateline's city; a meeting the text places
    # there itself ("The two-day meeting in the Malaysian capital") takes the lead's date
    # ("talks hosted by Malaysia" under "KUALA LUMPUR": the host's country, the dateline's, is placed there; not
    # "talks in Switzerland", which the story may place in another city)
    placed = [m for m in in_lead if m.city or m.country and (m.in_country or m.country != city[1])]
    if placed and not any(m.city == city[0] for m in placed):
        return
    mention = next((m for m in placed if m.city == city[0]), None) or next(
        (m for m in in_lead if m.status != "planned"), None
    )
    if mention is None:
        return
    mention.city, mention.country = city
    # (not "in mid-April"; not a meeting to come, whose lead's day is the day it was announced)
    if mention.dates is None and mention.window is None and mention.month is None and mention.status != "planned":
        sentences = [s for s in sentences_of(doc) if s.start_char < lead[1]]
        dates = {d for s in sentences if (d := dates_of(s, ctx, None)) is not None}
        if len(dates) == 1:
            mention.dates = dates.pop()
        elif not dates and ctx.dates.reference is None:
            named = {  # the weekday of the lead's main verb ("agreed on Thursday to a ceasefire from Sunday")
                day
                for s in sentences
                for ent in ctx.entities_in(s.start, s.end)
                if ent.label_ == "DATE" and date_attachment(ent).i == s.root.i and (day := weekday_of(ent)) is not None
            }
            mention.weekday = named.pop() if len(named) == 1 else mention.weekday


def _asked(trigger: Token) -> bool:
    """Whether a meeting word stands in a clause of "how" or "why" ("Here is how the talks have unfolded"): the
    talks as a whole, which an explainer goes on to tell, not one meeting where the story is filed."""
    return any(c.tag_ == "WRB" and c.lower_ in {"how", "why"} for c in children_of(clause_verb(trigger)))


def _several(trigger: Token) -> bool:
    """ "three rounds of talks", "several sessions", "have met three times", "met twice": a meeting word counting
    several meetings (not "three days of talks": one meeting over days)."""
    if trigger.pos_ == "VERB":
        return any(
            c.lower_ in TALLY_ADVERBS or (c.lemma_ == "time" and any(_more_than_one(n) for n in children_of(c)))
            for c in children_of(trigger)
            if c.dep_ in {"advmod", "npadvmod"}
        )
    noun = counted(trigger)
    several = any(_more_than_one(c) for c in children_of(noun))
    return several and noun.lemma_ not in {"day", "hour", "week", "month"}


TALLY_ADVERBS = {"twice", "thrice", "repeatedly"}
"""Adverbs that count the meetings a verb reports: "they have met twice"."""


def _more_than_one(word: Token) -> bool:
    """A count of more than one: "three", "12", "several", "many", "multiple"."""
    if word.dep_ == "nummod":
        return word.lower_ not in {"one", "1"}
    return word.dep_ == "amod" and word.lower_ in {"several", "many", "multiple", "numerous"}


def _told_next(doc: Doc, mentions: list[Mention], lead_end: int) -> Mention | None:
    """The first meeting word of the paragraph after the lead, where it points back at the lead's ("The meeting")."""
    text = text_of(doc)
    after = paragraph_of(doc, len(text) - len(text[lead_end:].lstrip()))
    first = next((m for m in mentions if after[0] <= m.sentence.start_char < after[1]), None)
    return first if first is not None and _told_of_before(first) else None


def _told_of_before(mention: Mention) -> bool:
    """Whether a meeting word points back at an event already told of: "The meeting", "The talks", undated."""
    trigger = mention.trigger
    return (
        mention.dates is None
        and mention.window is None
        and trigger.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(trigger))
    )


UNNAMED_PLACES = {"village", "town", "resort", "island", "base", "outpost", "crossing", "city"}
"""Nouns of a place a lead may put a meeting in without naming it: "at a border village"."""


def _somewhere_unnamed(trigger: Token) -> bool:
    """Whether the clause of a meeting word puts it at a place it does not name, with an indefinite article ("held
    talks at a border village", "met in a resort town"), which is then not the dateline's city."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    places = (
        o
        for word in (trigger, verb)
        for p in children_of(word)
        if p.dep_ == "prep" and p.lower_ in {"at", "in"}
        for o in children_of(p)
        if o.dep_ == "pobj"
    )
    return any(o.lower_ in UNNAMED_PLACES and any(c.lower_ in {"a", "an"} for c in children_of(o)) for o in places)
