"""A meeting's status (held, ongoing or planned) from the tense and aspect of its own clause, relative to the
publication date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg.extract.base import Context, clause_verb, has_subject, headline_end, sentence_of
from kg.extract.meetings.clauses import Mention
from kg.extract.meetings.days import runs_into_a_later_month
from kg.extract.meetings.months import plan_put_off
from kg.extract.meetings.schedules import to_be_held_after
from kg.extract.meetings.words import (
    AGREEMENT_NOUNS,
    CLOSING_VERBS,
    LASTING_VERBS,
    MEETING_VERBS,
    MOVE_VERBS,
    ONGOING_WORDS,
    OPENING_VERBS,
    PLANNED_VERBS,
    POSTPONING_VERBS,
    READINESS_ADJECTIVES,
    SCHEDULING_VERBS,
    SENDING_VERBS,
    WOULD_VERBS,
)
from kg.extract.nlp import inflections
from kg.extract.tense import MAYBE_AUXILIARIES, SETTING_VERBS, arranged_by_be_to, headline_infinitive, invited_to
from kg.extract.tree import children_of, subtree_of
from kg.model import Status

PREPARATION_NOUNS = {"plan", "preparation", "arrangement", "date", "venue", "agenda", "groundwork", "timetable"}
"""Nouns of getting a meeting ready: a meeting "for" which they are set is yet to come."""


AGENDA_VERBS = {
    "focus",
    "address",
    "cover",
    "tackle",
    "concentrate",
    "aim",
    "seek",
    "discuss",
    "deal",
    "centre",
    "center",
}
"""Verbs that say what talks are about: "the talks will focus on aid" tells their agenda, not that they are to come."""


def _path_to(token: Token, verb: Token) -> list[Token]:
    """The words from a token up to (not including) the verb of its clause."""
    path = []
    while token != verb and token.head != token:
        path.append(token)
        token = token.head
    return path


def status_of(mention: Mention, ctx: Context) -> Status:
    trigger = mention.trigger
    verb = _tensed_verb(trigger)
    near = {t.lower_ for t in subtree_of(trigger)} | {verb.lower_} | {c.lower_ for c in children_of(verb)}
    under_way = any(c.lower_ == "under" and any(o.lower_ == "way" for o in children_of(c)) for c in children_of(verb))
    if (near & ONGOING_WORDS or under_way and verb.tag_ in {"VBZ", "VBP"}) and not (near & {"will", "next"}):
        return "ongoing"  # ("talks are under way in X")
    if verb.lemma_ == "continue" and verb.tag_ in {"VBZ", "VBP", "VBG"} or _taking_place_now(verb):
        return "ongoing"  # "talks continue in Doha", "talks are taking place in Lima this week"
    lasting = verb.lemma_ in LASTING_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_ in LASTING_VERBS for c in children_of(verb)
    )
    closing = lasting and mention.bound == "closes" or _opened_and_to_close(trigger, verb)
    if closing or mention.bound == "opens" and runs_into_a_later_month(trigger, ctx):
        return "ongoing"  # "the session will run until Friday", "is expected to continue until Sunday": under way;
        # "opened on Aug. 14 and is expected to run until mid-September", "which began on Monday, are expected to end"
    if (
        _still_to_come(trigger, verb)
        or verb.dep_ == "xcomp"
        and _wishes(verb.head)
        or _headed_for(trigger, verb)
        or _set_in_a_headline(mention.sentence, ctx)
    ):
        return "planned"  # ("he would love to meet X during a visit", "wants to hold talks in Y": wished for; a
        # headline's "Second round of talks between A, B set": scheduled)
    reference = ctx.dates.reference
    on_it = trigger == verb or trigger.head == verb and trigger.dep_ == "dobj"
    if on_it and _in_progress(verb) or _opened_lately(mention, reference, verb):
        return "ongoing"  # "have been meeting in Lima since Monday", "have been holding talks since Monday"; "the
        # talks began in X on Monday", told on Wednesday with no end: still under way
    if mention.dates and reference and mention.dates.start > reference:
        return "planned"
    if mention.dates and reference and mention.dates.end < reference:
        return "held"
    if mention.dates is None and mention.month and reference:
        if mention.month > (reference.year, reference.month):
            return "planned"  # "a session planned for October" in September
        if mention.month < (reference.year, reference.month):
            return "held"
    if any(t.dep_ == "prep" and t.lower_ in {"after", "following", "during"} for t in _path_to(trigger, verb)):
        return "held"  # "agreed to free 900 detainees after ten days of talks": the talks are behind them
    if _agreed_at(trigger, verb):
        return "held"  # a headline's "A, B agree to extend truce at talks in X": where they agreed
    auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}}
    own = _own_words(trigger) + _days_of_its_gathering(trigger, verb)
    if any(t.lower_ in {"last", "ago"} and t.ent_type_ == "DATE" for t in own) and not auxiliaries & {"will", "'ll"}:
        return "held"  # "met in Istanbul last week"
    about = trigger.dep_ == "nsubj" and verb.lemma_ in AGENDA_VERBS  # "the talks will focus on aid": what, not when
    # "the next round", "meet next week"; not a past verb's "signed a deal on an election next year"
    told_next = any(_next_for(t, trigger, verb) and (verb.tag_ != "VBD" or t.head == trigger) for t in own)
    if auxiliaries & {"will", "'ll", "shall"} and not about or told_next or _present_for_this_week(verb, own):
        return "planned"
    if "to" in auxiliaries and headline_infinitive(verb):
        return "planned"  # a headline's "Iran, U.S. to hold talks in Oman"
    if "would" in auxiliaries and (verb.lemma_ in WOULD_VERBS or trigger.dep_ in {"nsubj", "nsubjpass"}):
        return "planned"  # "the talks would resume", "such a summit would only make sense once ..."
    maybe = auxiliaries & MAYBE_AUXILIARIES and "have" not in auxiliaries
    if maybe and (verb.tag_ == "VB" or "be" in auxiliaries) and verb.lemma_ in WOULD_VERBS:
        return "planned"  # "a new round could take place in January", not "could have taken place"
    occasion = (
        trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "at"} and trigger.doc[trigger.head.i - 1].text == ","
    )
    brokered = verb.lemma_ == "arrange" and any(c.dep_ == "agent" for c in children_of(verb))  # "arranged by Oman"
    if (
        verb.lemma_ in {"expect", "plan", "schedule", "due", "prepare", "arrange"}
        and not brokered
        and not (lasting and verb.tag_ in {"VBZ", "VBP", "VBN"} and trigger.dep_ in {"nsubj", "nsubjpass"})
        or any(c.dep_ == "acomp" and c.lower_ == "due" for c in children_of(verb))  # "is due to take place next week"
        or (
            (verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and "to" in auxiliaries)  # "expected the sides to meet"
            and verb.head.lemma_ in PLANNED_VERBS
            and verb.lower_ not in AGREEMENT_NOUNS
        )
        and not occasion
    ):  # not a headline's "A, B agree to ceasefire in Doha talks" ("ceasefire" tagged a verb), nor
        # "agreed to resume visits, at a summit in Tokyo" (where they agreed), nor "the round is expected to last
        # three weeks" (its length, not its coming)
        return "planned"  # ("a summit is being prepared in Quito")
    if "to" in auxiliaries and verb.dep_ == "conj" and _aimed_by_a_plan(verb):
        return "planned"  # "agreed to continue to manage differences ... and to hold the 24th meeting in China"
    if arranged_by_be_to(verb) or verb.lemma_ == "be" and any(arranged_by_be_to(c) for c in children_of(verb)):
        return "planned"  # "the leaders are to meet in Paris", "it is to be signed at a conference in Paris", "a
        # follow-up meeting is to be held in X" (the meeting the subject of "is")
    if verb.dep_ == "xcomp" and "to" in auxiliaries and verb.head.pos_ == "ADJ":
        return "planned"  # "once a peace agreement was ready to be signed", "likely to meet"
    if verb.dep_ == "acl" and "to" in auxiliaries and verb.head.pos_ == "NOUN":
        return "planned"  # "an agreement to hold a meeting in the coming days", "an invitation to visit Moscow"
    told_past = trigger.dep_ == "nsubj" and trigger.head.tag_ == "VBD"  # "a summit planned in X produced nothing"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in SCHEDULING_VERBS for c in children_of(trigger)):
        return "held" if told_past else "planned"  # a headline's "Follow-up talks planned in Cairo"
    if invited_to(trigger) or trigger.lemma_ == "invite":
        return "planned"  # "has invited the two leaders to a further meeting", "will invite them to Brussels"
    return "held"


def _present_for_this_week(verb: Token, own: list[Token]) -> bool:
    """Whether a verb in the simple present tells of a meeting of the days to come: "negotiators meet in Geneva
    this week", "the leaders meet later this month" (not "have met this week")."""
    if verb.tag_ not in {"VBP", "VBZ"} or any(c.dep_ == "aux" for c in children_of(verb)):
        return False
    return any(
        t.lower_ in {"week", "weekend", "month"}
        and t.ent_type_ == "DATE"
        and any(c.lower_ in {"this", "later"} for c in subtree_of(t))
        for t in [*own, *children_of(verb)]
    )


def week_told(trigger: Token) -> bool:
    """Whether a meeting word's clause gives the week it falls in: "will meet in X this week", "met in X last week"
    (a time as close as a day's for a meeting a state alone places)."""
    verb = clause_verb(trigger)
    return any(
        t.lemma_ in {"week", "weekend"} and any(c.lower_ in {"this", "next", "last", "later"} for c in subtree_of(t))
        for w in {trigger, verb}
        for t in children_of(w)
    )


def _next_for(word: Token, trigger: Token, verb: Token) -> bool:
    """Whether a word is "next" or "upcoming" said of the meeting or its verb ("the next round", "meet next
    week"), not of something else the clause names ("signed a deal setting conditions for an election next year")."""
    if word.lower_ not in {"next", "upcoming"}:
        return False
    current = word.head
    for _ in range(4):
        if current in (trigger, verb):
            return True
        if current.dep_ not in {"pobj", "prep", "npadvmod", "compound"} or current.head == current:
            return False
        current = current.head
    return False


def _aimed_by_a_plan(verb: Token) -> bool:
    """Whether an infinitive joined to others stands under a verb of planning or agreeing, up a chain of
    infinitives and coordination."""
    current = verb
    for _ in range(4):
        if current.dep_ not in {"conj", "xcomp"} or current.head == current:
            return False
        current = current.head
        if current.lemma_ in PLANNED_VERBS:
            return True
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children_of(current)):
            return True  # "..., which will meet within three months, and to hold another meeting in X" (misparsed)
    return False


def _headline_future(verb: Token) -> bool:
    """Whether a verb is a headline's bare infinitive with its own subject ("X, Y to meet in Z"), which tells of
    what is to come."""
    return (
        sentence_of(verb).start == 0
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and has_subject(verb)
    )


def _taking_place_now(verb: Token) -> bool:
    """ "Talks are taking place in Lima": a meeting under way as the story is told."""
    now = any(c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"} for c in children_of(verb))
    return verb.lemma_ == "take" and verb.tag_ == "VBG" and now and any(c.lower_ == "place" for c in children_of(verb))


def _in_progress(verb: Token) -> bool:
    """A perfect progressive "since" a day: "have been meeting in Lima since Monday" (a present progressive alone
    is the day's meeting, told as held)."""
    if verb.tag_ != "VBG":
        return False
    auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    return (
        "been" in auxiliaries
        and bool(auxiliaries & {"have", "has"})
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in children_of(verb))
    )


def _set_in_a_headline(sentence: Span, ctx: Context) -> bool:
    """Whether a headline (a line above the story's lead) says its meeting is "set": "Talks set for Monday", "Second
    round of talks between A, B set - X" (however the parser reads the word)."""
    words = list(sentence)
    if not words or sentence.end_char > headline_end(sentence.doc, ctx.lead_start):
        return False
    after = {"-", "—", "–", "for", ":", "to"}
    return any(
        w.text == "set"
        and 0 < p
        and (p + 1 == len(words) or words[p + 1].text in after)
        and words[p - 1].lower_ not in {"is", "are", "was", "were", "be", "been", "has", "have"}
        for p, w in enumerate(words)
    )


def _days_of_its_gathering(trigger: Token, verb: Token) -> list[Token]:
    """The date words of the verb a meeting word is the purpose of: "gather in X next week for the fifth round" (the
    day of the gathering is the round's)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for" or trigger.head.head != verb:
        return []
    return [t for c in children_of(verb) if c.ent_type_ == "DATE" for t in subtree_of(c)]


def _own_words(trigger: Token) -> list[Token]:
    """The words under a meeting word, without a clause joined to it that has a subject of its own ("met in
    Istanbul last week, and a second meeting is planned there next week"), nor a relative clause with its own
    subject on a word below it ("will meet again in X, where the talks were held last year")."""
    apart = {t.i for c in children_of(trigger) if c.dep_ == "conj" and has_subject(c) for t in subtree_of(c)}
    relatives = (t for t in subtree_of(trigger) if t.dep_ == "relcl" and t.head != trigger and has_subject(t))
    apart.update(t.i for clause in relatives for t in subtree_of(clause))
    return [t for t in subtree_of(trigger) if t.i not in apart]


PLAN_WORDS = {
    "planned",
    "proposed",
    "expected",
    "upcoming",
    "coming",
    "forthcoming",
    "scheduled",
    "mooted",
    "envisaged",
}
"""Words that make a meeting one to come: "a planned summit", "the proposed talks"."""

HELD_VERBS = {"hold", "take", "open", "begin", "start", "end", "conclude", "produce", "yield", "close", "go"}
"""Verbs whose meeting took place, whatever was planned for it: "the planned summit took place on Monday"."""


def _agreed_at(trigger: Token, verb: Token) -> bool:
    """Whether talks are where an agreement told in the present or past was reached, hung "at" on what was agreed:
    "A and B agree to extend the truce at talks in X", "agreed to respect X and to stop Y, at a summit in Z" (not
    "will agree ... at talks next week")."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head  # the first of the things agreed
    agreeing = first.head
    if first.dep_ != "xcomp" or agreeing.lemma_ != "agree" or agreeing.tag_ not in {"VBP", "VBZ", "VBD"}:
        return False
    if any(c.dep_ == "aux" for c in children_of(agreeing)):
        return False
    return any(t.dep_ == "prep" and t.lower_ == "at" for t in _path_to(trigger, verb))


def _still_to_come(trigger: Token, verb: Token) -> bool:
    """Whether the words on a meeting or its verb make it one to come, whatever the tense: "welcomed plans for a
    follow-up session", "the talks, set for Monday, were postponed", a headline's "X, Y to meet in Z", "a planned
    summit" (not "the planned summit took place")."""
    if trigger.head.lower_ == "for" and trigger.head.head.lemma_ in PREPARATION_NOUNS | SETTING_VERBS:
        return True  # ("a plan for talks in early October collapsed")
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and trigger.head.head.lemma_ in CONSENTING_VERBS:
        return True  # "the two leaders have agreed to a face-to-face meeting": one to come
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and trigger.head.head.lemma_ in {"agree", "decide"}:
        return True  # "agreed on a summit in X", "agree on X's Seoul visit"
    if any(
        c.dep_ == "relcl" and any(a.dep_ == "acomp" and a.lower_ == "due" for a in children_of(c))
        for c in children_of(trigger)
    ):
        return True  # "talks that were due to begin in X on Tuesday": due, whatever became of them
    put_off = verb.lemma_ in POSTPONING_VERBS or _on_hold(verb) or plan_put_off(verb)
    postponed = put_off and trigger.dep_ in {"nsubj", "nsubjpass", "dobj"}
    if postponed and trigger.head == verb or verb == trigger and _headline_future(verb):
        return True
    if to_be_held_after(trigger) is not None or _headline_talks_to_come(trigger):
        return True  # "views on the meeting of the envoys, to be held in X later this year"; a headline's "Talks on
        # X to resume in Y, UN says"
    return (
        any(c.dep_ == "amod" and c.lower_ in PLAN_WORDS for c in children_of(trigger)) and verb.lemma_ not in HELD_VERBS
    )


CONSENTING_VERBS = frozenset({"agree", "consent", "commit"})
"""Verbs whose "to" names a meeting still to come: "agreed to a meeting"."""


def _on_hold(verb: Token) -> bool:
    """ "put the summit on hold", "the summit was put on hold", "called off the talks": a meeting still to come, or
    never held."""
    if verb.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in children_of(verb)):
        return True
    return verb.lemma_ == "put" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "hold" for o in children_of(c))
        for c in children_of(verb)
    )


WISHING_VERBS = frozenset(
    {"want", "wish", "hope", "love", "like", "seek", "offer", "propose", "ask", "commit", "pledge", "vow", "promise"}
)
"""Verbs of wanting or promising a meeting that has not happened: "would love to meet", "hopes to hold talks",
"pledged to meet again"."""

WISHING_FORMS = frozenset(form for verb in WISHING_VERBS for form in inflections(verb))
"""Their forms, for a verb the model gave another lemma ("hopes" read as "hop")."""


def _wishes(verb: Token) -> bool:
    """Whether a word wants or offers what its infinitive does: "hopes to meet", "are ready to take part"."""
    return verb.lemma_ in WISHING_VERBS or verb.lower_ in WISHING_FORMS or verb.lower_ in READINESS_ADJECTIVES


def _tensed_verb(trigger: Token) -> Token:
    """The verb whose tense tells a meeting's: its clause's, or the journey's or meeting's it is the purpose of ("will
    travel to X next week to meet Y", "will meet in X to resume negotiations")."""
    if _purpose_of_a_journey(trigger):
        return trigger.head
    verb = clause_verb(trigger)
    while (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
    ):
        verb = verb.head  # "will be mediated by X and hosted by Y", "to be held in X and hosted by Y": one tense
    infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    # "will meet to resume talks", "will travel to X to sit in talks with Y"
    return verb.head if infinitive and verb.head.lemma_ in MEETING_VERBS | MOVE_VERBS | SENDING_VERBS else verb


def _purpose_of_a_journey(trigger: Token) -> bool:
    """Whether a meeting verb is the purpose of a journey told by the verb above it: "would travel to X to meet Y"."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger))
    return infinitive and trigger.dep_ in {"advcl", "xcomp"} and trigger.head.lemma_ in MOVE_VERBS


END_TOLD_WITHIN = 120
"""How many words after talks are said to have begun an end of them may be told in (about five sentences)."""


def _opened_lately(mention: Mention, reference: date | None, verb: Token) -> bool:
    """Whether talks are told to have opened in the week before the article, in the past tense of a clause that
    tells no end ("began on Monday", not "began on Monday and ended on Tuesday" nor "had begun")."""
    dates = mention.dates
    if mention.bound != "opens" or dates is None or reference is None or dates.start != dates.end:
        return False
    begun = verb.lemma_ in {"begin", "open", "start", "commence"}  # not "resumed talks on Thursday": that day's
    told = begun and verb.tag_ == "VBD" and not any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(verb))
    if not told or not 0 <= (reference - dates.start).days <= 6:
        return False
    doc = verb.doc
    after = doc[verb.i + 1 : verb.i + 1 + END_TOLD_WITHIN]  # "... They ended on Tuesday": an end told soon after
    return not any(t.lemma_ in CLOSING_VERBS | {"break", "adjourn"} and t.pos_ == "VERB" for t in after)


def _headed_for(trigger: Token, verb: Token) -> bool:
    """Whether a headline in the present sends someone off "for" the meeting: "X heads to Y for seventh round of
    talks", "Z flies to W for summit" (the journey is the news, the meeting still to come); or a journey just made
    for it: "the delegation has arrived in X for talks", "A and B have sent envoys to Y for talks"."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for" or trigger.head.head != verb:
        return False
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in children_of(verb)
    )
    if perfect and verb.lemma_ in MOVE_VERBS | SENDING_VERBS:
        return True
    return (
        sentence_of(verb).start == 0
        and verb.lemma_ in MOVE_VERBS
        and (verb.tag_ in {"VBZ", "VBP"} or verb.dep_ == "ROOT" and verb.tag_ == "NNS")  # ("heads" read as a noun)
    )


def taken_up_again(trigger: Token) -> bool:
    """Whether a meeting word's clause takes the talks up again: "will reconvene", "are expected to resume"."""
    verb = clause_verb(trigger)
    return any(
        v.lemma_ in {"reconvene", "resume"} for v in [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]
    )


def _opened_and_to_close(trigger: Token, verb: Token) -> bool:
    """Whether talks a past clause says began are expected to close: under way ("The talks, which began on Tuesday,
    are expected to conclude on Sunday")."""
    opened = any(c.dep_ == "relcl" and c.lemma_ in OPENING_VERBS and c.tag_ == "VBD" for c in children_of(trigger))
    return opened and any(c.dep_ == "xcomp" and c.lemma_ in CLOSING_VERBS for c in children_of(verb))


def _headline_talks_to_come(trigger: Token) -> bool:
    """Whether a meeting noun opening its sentence carries a "to" infinitive of a verb that starts or holds it: a
    headline's "Talks on X to resume in Y, UN says" (future, whatever the verb of saying after it)."""
    return trigger.i == sentence_of(trigger).start and any(
        c.dep_ == "acl" and c.tag_ == "VB" and c.lemma_ in WOULD_VERBS and any(a.lower_ == "to" for a in children_of(c))
        for c in children_of(trigger)
    )
