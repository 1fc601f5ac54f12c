"""Which mentions tell of one meeting: the same place, days that meet or touch, an opening and a closing, and
nothing that sets them apart (other sides, another round, a month or year of their own)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from kg.extract.base import Context, clause_verb, once_per_doc, paragraph_of, text_of
from kg.extract.dates import DateRange
from kg.extract.meetings.clauses import Bound, Cluster, Mention, opens_or_closes_within
from kg.extract.meetings.days import day_of_the_talks
from kg.extract.meetings.elided import LATEST_WORDS
from kg.extract.meetings.joining import also_attends, attendance_listed, attended_by_pronoun, delegation_led, said_also
from kg.extract.meetings.meeting_words import definite
from kg.extract.meetings.place_names import other_places
from kg.extract.meetings.rounds import counted_occasions
from kg.extract.meetings.schedules import bounding_nouns, bounding_participles, verbs_of_closing
from kg.extract.meetings.settled import agreed_between_two, agreed_to_meet_again
from kg.extract.meetings.sides import follows_on
from kg.extract.meetings.status import week_told
from kg.extract.meetings.time_clauses import in_a_time_clause, of_the_story_time, told_since_then
from kg.extract.meetings.visits import hosted_in_a_state, numbered_and_a_visit, visit_abroad
from kg.extract.meetings.when import entry_date
from kg.extract.meetings.words import (
    CLOSING_VERBS,
    JOINING_VERBS,
    LASTING_VERBS,
    OPENING_VERBS,
    SENDING_VERBS,
    SPAN_NOUNS,
    TAKING_IN_VERBS,
)
from kg.extract.meetings.year_told import in_the_year_told
from kg.extract.tree import children_of, subtree_of


def compatible(cluster: Cluster, mention: Mention, ctx: Context) -> bool:
    """Whether a mention can be one more telling of the meeting a cluster of mentions stands for."""
    restated = any(_restated(mention, other) for other in cluster.mentions)
    for other in cluster.mentions:
        if other_places(mention.city, other.city, ctx):
            return False  # (not "a meeting in Alaska", "met in Anchorage": a region and its city)
        if (
            mention.sentence == other.sentence
            and mention.dates
            and other.dates
            and mention.dates != other.dates
            and not (mention.bound or other.bound)  # not "opened on Monday, and the round is due to end on May 2"
        ):
            return False  # "received Kim on Sunday evening and hosted Trump for talks on Monday": two occasions
        for a, b in ((mention, other), (other, mention)):
            if (
                a.country
                and b.city
                and not a.city
                and (ctx.gazetteer.city(b.city) or (None, a.country))[1] != a.country
            ):
                return False
        if mention.round and other.round and mention.round != other.round:
            return False
        if mention.sentence == other.sentence and any(
            in_a_time_clause(a.trigger, b.trigger) and bool(b.city or b.venue or b.round) and not _lasted(a.trigger)
            for a, b in ((mention, other), (other, mention))
        ):
            return False  # "resumed talks in X on Monday, months after a first round collapsed": an earlier occasion
            # (not "signed a deal in X on Tuesday after three days of talks": the talks that led to it)
        if any(
            a.round and b.round is None and numbered_and_a_visit(a, b) for a, b in ((mention, other), (other, mention))
        ):
            return False  # "On a third meeting: 'It might be soon'" is no visit told of before
        if any(of_the_story_time(a) and _long_before(b, ctx) for a, b in ((mention, other), (other, mention))):
            return False  # "X had earlier joined Y for a meeting" (where the story is) is not "talks in March 2022"
        if _first_and_a_later_round(mention, other) or _other_entries(mention, other, ctx):
            return False  # "Feb. 28 - first talks ... March 7 - Third round ends": not the first talks' last day;
            # "July 28: A and B meet in X ... July 29: commanders meet at the border": the entries of two days
        if mention.status != other.status and "planned" in (mention.status, other.status):
            # held and ongoing are the same talks seen at different moments; an attendance list of the talks
            # before has no time of its own ("Leaders will gather on Sunday. Those invited include A and B")
            if not (_continued(mention) or _continued(other) or attendance_listed(mention.trigger)):
                return False
        mine, theirs = _without_brokers(mention, other), _without_brokers(other, mention)
        more = _also(mention) or restated  # "C and D also attended": more sides of the talks,
        # not other talks; "The meeting brought A and B to the same table" right after it was told
        if len(mine) >= 2 and len(theirs) >= 2 and not (mine <= theirs or theirs <= mine) and not more:
            return False  # other sides, another meeting: "Trump met Trong at the palace" beside the Trump-Kim summit
        if mine and theirs and not mine & theirs and not substantial(mention) and not more:
            return False  # a mention with nothing but its sides joins only a meeting it shares a side with
        if mention.weekday is not None and other.weekday is not None:
            apart = (mention.weekday - other.weekday) % 7
            if min(apart, 7 - apart) > 1:
                return False
        if mention.month_day and other.month_day and days_apart(mention.month_day, other.month_day) > 1:
            return False
        if _far_from_the_week(mention, other, ctx) or _far_from_the_week(other, mention, ctx):
            return False
        if not _same_period(mention, other):
            return False
        when, other_when = mention.dates or mention.window, other.dates or other.window
        if when and other_when and not _one_span(mention, when, other, other_when):
            return False
    return True


def _other_entries(mention: Mention, other: Mention, ctx: Context) -> bool:
    """Whether two mentions stand in timeline entries of different days, neither opening or closing what the other
    does in the same city, or the later opens on "since then" ("Since then, they met twice": later meetings)."""
    if mention.bound or other.bound or mention.city and mention.city == other.city:
        return told_since_then(mention)
    day, other_day = _entry_day(mention, ctx), _entry_day(other, ctx)
    return told_since_then(mention) or day is not None and other_day is not None and day != other_day


def _entry_day(mention: Mention, ctx: Context) -> DateRange | None:
    """The day of the timeline entry a mention stands in, read once per meeting word (grouping asks for each pair)."""
    return once_per_doc(
        ctx.doc, "kg_entry_days", mention.trigger.i, lambda: entry_date(mention.sentence, ctx, mention.trigger)
    )


def _without_brokers(mention: Mention, other: Mention) -> set[str]:
    """A mention's sides less the other's brokers, where two sides are left: the sides of "A and B sat down with
    the UN envoy" beside talks the UN sponsors; none where all it names are its own brokers ("The round was hosted
    by A, one of the guarantor countries along with B and C")."""
    sides = set(mention.parties)
    if sides <= set(mention.mediators):
        return set()
    left = sides - set(other.mediators)
    return left if len(left) >= 2 else sides


def _restated(mention: Mention, other: Mention) -> bool:
    """Whether a mention tells again, with "the" and neither place nor day, the meeting of the sentence just
    before: "X hosted the leaders of A and B in Y on Thursday, along with C and D. The meeting brought E and F to
    the same table" (more of its sides, not another meeting)."""
    trigger = mention.trigger
    if mention.city or mention.dates or mention.month:
        return False
    if other.sentence == mention.sentence and any(
        c == other.trigger for c in children_of(trigger) if c.dep_ == "nsubj"
    ):
        return True  # the verb the restating noun is the subject of: "The meeting brought E and F to the table"
    if trigger.pos_ != "NOUN" or not definite(trigger):
        return False
    return other.sentence.end == mention.sentence.start or other.sentence == mention.sentence


def _long_before(mention: Mention, ctx: Context) -> bool:
    """Whether a mention is told as of a month or year other than the story's own or the one before."""
    today = ctx.dates.reference
    if today is None or mention.dates is not None:
        return False
    if mention.month is not None:
        return abs(mention.month[0] * 12 + mention.month[1] - today.year * 12 - today.month) > 1
    return mention.year is not None and mention.year != today.year


def _first_and_a_later_round(a: Mention, b: Mention) -> bool:
    """Whether one mention is of "first" talks and the other of a later numbered round on another day."""
    for later, first in ((a, b), (b, a)):
        told_first = any(c.dep_ == "amod" and c.lower_ == "first" for c in children_of(first.trigger))
        if later.round and later.round > 1 and not first.round and told_first and later.dates and first.dates:
            return later.dates.start != first.dates.start
    return False


OUTCOME_VERBS = frozenset({"produce", "yield", "deliver", "achieve", "bring", "result"})
"""Verbs of what talks bring about: the tense is of the outcome, not of the talks."""


def _continued(mention: Mention) -> bool:
    """Whether a meeting word is of talks said to go on ("the talks are expected to continue on Wednesday") or to
    close on a day to come: more days of the talks told before, not other talks (the days still have to fit)."""
    if mention.bound == "closes" and mention.status == "planned":
        return True  # "the delegations will stay until Dec. 12, when the first cycle ends": the talks' last day
    verb = clause_verb(mention.trigger)
    if verb.lemma_ == "join" and mention.trigger.head == verb and mention.trigger.dep_ == "dobj":
        return any(c.lower_ == "the" for c in children_of(mention.trigger))  # "X is expected to join the talks"
    if verb.lemma_ == "host" and verb.tag_ == "VBG" and mention.trigger.head == verb and definite(mention.trigger):
        return mention.dates is None and mention.month is None  # "X is hosting the talks at Y": the talks told of
    if verb.lemma_ in OUTCOME_VERBS and mention.trigger.dep_ == "nsubj" and definite(mention.trigger):
        return mention.dates is None and mention.month is None  # "hoped the X round would produce a deal": the
        # talks told of, whose outcome is to come
    going_on = verb.lemma_ == "continue" or any(
        c.dep_ in {"xcomp", "conj"} and c.lemma_ == "continue" for c in children_of(verb)
    )  # ("the talks were intensive and would continue on Saturday")
    return going_on and mention.trigger.dep_ in {"nsubj", "nsubjpass"} and mention.trigger.head == verb


def _also(mention: Mention) -> bool:
    """Whether a mention adds sides to talks told of before: "A and B also sent delegations to the talks", "C also
    attended", "C and D attended the meeting" (not "A and B had also met in X": another meeting)."""
    trigger = mention.trigger
    verb = clause_verb(trigger)
    if (
        verb.lemma_ in {"attend", "join"}
        and trigger.head == verb
        and any(c.lower_ == "the" for c in children_of(trigger))
    ):
        return True  # "X and Y attended the meeting", "X will join the talks": the one told of before
    if attended_by_pronoun(trigger):
        return True  # "It was attended by the leaders of C and D": those at the meeting named just before
    if trigger.dep_ == "nsubj" and verb.lemma_ in TAKING_IN_VERBS and said_also(verb):
        return True  # "The meeting also brought together the ministers of C and D": more sides of the same one
    if delegation_led(trigger):
        return True  # "Ukraine's delegation was led by X": one more side at the talks
    return also_attends(trigger) or verb.lemma_ in SENDING_VERBS | JOINING_VERBS and said_also(verb)


def headline_only(cluster: Cluster, ctx: Context) -> bool:
    """Whether a meeting is told of only in the headline: before the lead a dateline opens, or in a first
    paragraph that does not end like a sentence."""
    doc = cluster.mentions[0].sentence.doc
    start, end = paragraph_of(doc, 0)
    unfinished = not text_of(doc)[start:end].rstrip().endswith((".", "!", "?", '"', "”"))
    headline = ctx.lead_start or (end if unfinished else 0)
    return all(m.sentence.start_char < headline for m in cluster.mentions)


SPAN_DAYS = 45
"""The longest a meeting an opening and a closing mention join may last (a conference of several weeks)."""


def bound_of(trigger: Token) -> Bound | None:
    """Whether a meeting mention's date is the day it opened or the day it closed, by the verb it hangs from."""
    verb = clause_verb(trigger)
    verbs = {verb, *bounding_participles(verb)} | {c for c in children_of(trigger) if c.dep_ in {"relcl", "acl"}}
    verbs |= {c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_ in LASTING_VERBS}  # "expected to continue"
    verbs |= {  # "is due to end on March 12", "is expected to close on Friday"
        c
        for v in (verb, *(a for a in children_of(verb) if a.dep_ == "acomp"))
        for c in children_of(v)
        if c.dep_ == "xcomp" and c.lemma_ in OPENING_VERBS | CLOSING_VERBS
    }
    verbs |= {t for t in subtree_of(trigger) if opens_or_closes_within(t, {trigger.i})}
    lemmas = {v.lemma_ for v in verbs} | bounding_nouns(trigger)  # "the conclusion of two days of talks"
    if lemmas & OPENING_VERBS:
        return "opens"
    if lemmas & CLOSING_VERBS:
        return "closes"
    if any(
        v.lemma_ in LASTING_VERBS and any(c.lower_ in {"until", "till", "through"} for c in children_of(v))
        for v in verbs
    ):
        return "closes"  # "the session will run until Friday": the day it closes
    return None


def closing_day(trigger: Token, ctx: Context) -> DateRange | None:
    """The date a verb of closing coordinated with the meeting's verb of opening gives: "talks opened on Oct. 25
    and ended on Nov. 2", "the talks, which began on June 9, ended on Friday"."""
    verb = clause_verb(trigger)
    # "The talks, which began ..."; "Talks between A and B in X, which began ...", the clause hung on the place
    opened = any(c.dep_ == "relcl" and c.lemma_ in OPENING_VERBS for c in subtree_of(trigger))
    closings = verbs_of_closing(verb, opened)
    if opened and (verb.lemma_ in CLOSING_VERBS or day_of_the_talks(trigger)):
        closings.append(verb)  # "The talks, which began on June 9, ended on Friday" (or "went into a third day on
        # Friday": the last day yet)
    for closing in closings:
        for ent in ctx.entities_in(closing.left_edge.i, closing.right_edge.i + 1):
            if ent.label_ != "DATE" or closing is verb and (ent.root.head.head != verb or ent.start < verb.i):
                continue  # the main verb's own date, not the relative clause's (however the parser hung "talks
                # that began on Monday ended on Wednesday")
            if (day := in_the_year_told(ctx.dates.resolve(ent), ent, ctx)) is not None:
                return day  # ("began on Sept. 5, 1978, and ended on Sept. 17": of 1978)
    return None


SEPARATE_ROUND_DAYS = 14
"""How long after talks opened a round named as one of several ("the last round") is a meeting of its own."""


def _a_round_of_its_own(mention: Mention, opening: Mention) -> bool:
    """Whether a mention names one round among several ("the last round", "the fourth round"), where the other
    names the talks."""
    trigger = mention.trigger
    return (
        trigger.lemma_ == "round"
        and opening.trigger.lemma_ != "round"
        and any(
            c.dep_ == "amod" and (c.lower_ in ROUND_PLACES or c.ent_type_ == "ORDINAL") for c in children_of(trigger)
        )
    )


ROUND_PLACES = LATEST_WORDS | {"first", "next", "final"}
"""Words that set a round among several: "the last round", "the previous round"."""


def _one_span(a: Mention, when: DateRange, b: Mention, other: DateRange) -> bool:
    """Whether two dated mentions can be one meeting: their days meet or touch, or one gives the day the meeting
    opened and the other a later day, or one the day it closed and the other an earlier day, within
    :data:`SPAN_DAYS`."""
    if (when.start - other.end).days <= 1 and (other.start - when.end).days <= 1:
        return True
    for first, span, second, later in ((a, when, other, b), (b, other, when, a)):
        if _a_round_of_its_own(later, first) and (second.start - span.start).days > SEPARATE_ROUND_DAYS:
            continue  # "The talks began in X on April 12 ... the last round, held in X on May 11": a round of its own
        if first.bound == "opens" and 0 <= (second.end - span.start).days <= SPAN_DAYS:
            return True
        if first.bound == "closes" and 0 <= (span.end - second.start).days <= SPAN_DAYS:
            return True
    return False


def _same_period(a: Mention, b: Mention) -> bool:
    """Whether two mentions can be of one month and year: "talks in October 2019" are not talks of October 2024,
    and "the summit in Bali in 2022" is not the one of October 2019."""
    for first, second in ((a, b), (b, a)):
        when = second.dates or second.window
        if first.month is not None:
            if second.month is not None and second.month != first.month:
                return False
            if when is not None and not (when.start.year, when.start.month) <= first.month <= (
                when.end.year,
                when.end.month,
            ):
                return False
        if first.year is not None:
            years = {second.year, second.month[0] if second.month else None, when.start.year if when else None}
            if years - {None} and first.year not in years:
                return False
    return True


def _far_from_the_week(dated: Mention, other: Mention, ctx: Context) -> bool:
    """Whether a mention dated by month and day lies weeks away from the dateline's day ("MINSK, Feb 12"), while
    the other is named by weekday, that is, in the week of the story: "signed here on Sept. 5 last year" is not
    the meeting "on Wednesday"."""
    written = ctx.dateline_month_day
    if other.weekday is None or other.month_day is not None or written is None:
        return False
    if dated.month is not None and dated.month_day is None and dated.dates is None:
        return dated.month[1] != written[0]  # "a meeting in X in November 1985" is not the week of "X, June 16"
    day = dated.month_day or (
        (dated.dates.start.month, dated.dates.start.day) if dated.dates and ctx.dates.reference is None else None
    )
    return day is not None and days_apart(day, written) > 7


def days_apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two month-and-day dates of an unknown year (taken as a leap year), across the year's end."""
    first, second = date(2000, *a), date(2000, *b)
    apart = abs((first - second).days)
    return min(apart, 366 - apart)


def substantial(mention: Mention) -> bool:
    return bool(
        mention.city
        or mention.venue
        or mention.country
        or mention.round
        or mention.dates
        or mention.window
        or mention.weekday is not None
        or mention.month_day is not None
        or mention.month is not None
        or mention.mediators
    )


def lead_ins(mentions: list[Mention]) -> dict[int, int]:
    """Mentions that only name who brought the sides together, with the index of the mention in the next sentence of
    the same paragraph that tells where and when ("Turkey then brought the two ministers together. They met on
    March 10 in Antalya"): the broker is that meeting's, not the first meeting's the grouping would offer."""
    found: dict[int, int] = {}
    for index, mention in enumerate(mentions[:-1]):
        if not mention.mediators or mention.status != "held" or _placed_or_dated(mention):
            continue
        following = next((k for k in range(index + 1, len(mentions)) if mentions[k].sentence != mention.sentence), None)
        if following is None or index + 1 < following and mentions[index + 1].sentence == mention.sentence:
            continue  # one meeting word to a sentence
        after = mentions[following]
        paragraph = paragraph_of(mention.sentence.doc, mention.sentence.start_char)
        if after.sentence.start != mention.sentence.end or after.sentence.start_char >= paragraph[1]:
            continue
        if _placed_or_dated(after) and after.status == "held" and not after.apart and not after.mediators:
            found[index] = following
    return found


def _placed_or_dated(mention: Mention) -> bool:
    """Whether a mention says anything of where or when ("in 2021", "on Monday", "the third round")."""
    when = mention.weekday is not None or mention.month_day or mention.month or mention.year or mention.window
    return bool(mention.city or mention.venue or mention.country or mention.dates or mention.round or when)


def cluster_mentions(mentions: list[Mention], ctx: Context) -> list[Cluster]:
    """The meetings a story's mentions tell of: each mention joins the first meeting it is compatible with, or
    starts one; a meeting needs a place or a date."""
    clusters: list[Cluster] = []
    leading = lead_ins(mentions)
    waiting = {after: mentions[before] for before, after in leading.items()}
    for number, mention in enumerate(mentions):
        if number in leading or not substantial(mention) and not mention.parties:
            if (told := _length_of(mention, clusters)) is not None:
                told.mentions.append(mention)  # "met in X on Sunday. The two-day meeting ..."
            continue
        # "the two men met again": another occasion than those before, but the one its headline tells of; of the
        # meetings a mention may tell of, the one of its own day first
        open_to = [c for c in clusters if not mention.apart or headline_only(c, ctx) or _both_to_come(c, mention)]
        if any(c.dep_ == "det" and c.lower_ == "those" for c in children_of(mention.trigger)):
            open_to.reverse()  # "Those talks were mediated by Qatar": the meeting named last
        if not _placed_or_dated(mention):  # "C and D were also represented": the placed meeting before one that
            open_to.sort(key=lambda c: not any(m.city or m.venue or m.dates for m in c.mentions))  # may go unkept
        same_day = [c for c in open_to if mention.dates and c.first("dates") == mention.dates]
        # "talks in Brussels between A and B hosted by X": a mention with nothing but brokers, the meeting its
        # sentence places
        unplaced = not (mention.city or mention.venue or mention.country or mention.dates)
        start = mention.sentence.start
        same_sentence = [c for c in open_to if any(m.sentence.start == start for m in c.mentions)] if unplaced else []
        home = next((c for c in same_day + same_sentence + open_to if compatible(c, mention, ctx)), None)
        if home is None:
            if not substantial(mention) and mention.status == "planned" and agreed_between_two(mention):
                mention.agreed = True  # "agreed to hold a meeting of the presidents of A and B": a meeting to come,
                clusters.append(Cluster([mention]))  # its place and day not yet told
                continue
            if not substantial(mention):
                if len(set(mention.parties)) < 2 or not clusters or not (main_city := clusters[0].first("city")):
                    continue
                if mention.status == "planned" or visit_abroad(mention):
                    continue  # "further meetings would follow": no place of the story's meeting for a future one;
                    # "X said during a visit to Morocco": where the visit went, not where the story is
                # "After the summit, the president held a meeting with the host": other sides, the same place
                mention.city, mention.country = main_city, clusters[0].first("country")  # type: ignore[assignment]
                mention.of_the_story = True
            clusters.append(Cluster([mention]))
            home = clusters[-1]
        else:
            home.mentions.append(mention)
        if number in waiting:
            home.mentions.append(waiting[number])
    # A meeting needs a city or venue, or a date; a country alone is too vague ("a summit in Albania") unless the
    # clause that places it there also gives its year, month or round ("talks held in Malta in 2019"), or its days.
    placed = {m.country for c in clusters for m in c.mentions if m.city}
    clusters = [
        c
        for c in clusters
        if any(
            m.city
            or m.venue
            or m.dates
            or m.weekday is not None
            or m.month_day
            or m.in_country
            and (
                m.year
                or m.month
                or m.round
                or follows_on(m.trigger)
                or agreed_to_meet_again(m.trigger)
                or counted_occasions(m.trigger)
                or week_told(m.trigger)
            )
            # "the fifth round in Turkey in autumn", "a follow-up is to be held in Brazil", "held three rounds in X"
            or m.round
            and (m.month or m.country in m.hosts)  # "the next round is scheduled for April", "C will host it"
            or m.month
            and agreed_to_meet_again(m.trigger)  # "will meet again in late January": a follow-up, its month set
            or m.window
            and m.country  # "announced on March 10 after four days of talks hosted by China": its days known
            or hosted_in_a_state(m, placed)  # "X will host talks between A and B"
            or m.agreed
            for m in c.mentions
        )
        or any(m.in_country for m in c.mentions)
        and any(m.round for m in c.mentions)  # "C agreed to hold round 3"
    ]
    return clusters


def _both_to_come(cluster: Cluster, mention: Mention) -> bool:
    """Whether a mention told "again" and the meeting it may join are both to come: "will hold a fifth round in Rome
    on Friday ... the talks would again be held at the embassy" (the same round, held as the last one was)."""
    return mention.status == "planned" and cluster.mentions[0].status == "planned"


def _lasted(trigger: Token) -> bool:
    """Whether a meeting word is the hours or days just before its sentence's act: "after three days of talks"."""
    span = trigger.head.head if trigger.head.lower_ == "of" else trigger
    return (
        span.lemma_ in SPAN_NOUNS
        and span.dep_ == "pobj"
        and span.head.lower_ in {"after", "following"}
        and any(c.dep_ == "nummod" or c.lower_ in {"several", "few"} for c in children_of(span))
    )


def _length_of(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The meeting told last, in the sentence before or the one before that, whose length a mention with nothing
    but a length tells ("The two-day meeting ..."): "the" meeting."""
    cluster = max(clusters, key=lambda c: c.mentions[-1].trigger.i, default=None)
    if cluster is None or not mention.days or not definite(mention.trigger):
        return None
    between = mention.sentence.doc[cluster.mentions[-1].sentence.start : mention.sentence.start]
    return cluster if 0 < len(between) and sum(1 for t in between if t.is_sent_start) <= 2 else None
