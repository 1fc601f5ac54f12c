"""One meeting per event: mentions gathered into meetings, each with its place, dates, sides and brokers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from kg.extract.base import Context, Finding, clause_verb, headline_end, lead_paragraph, sentences_of, tokens_in
from kg.extract.dates import DateRange, shift
from kg.extract.meetings import place_names
from kg.extract.meetings.arrivals import fold_invitations, place_by_arrival
from kg.extract.meetings.attendance import attendance_of
from kg.extract.meetings.borrowed import deal_day_before, placed_by_another_act, same_place_as_before, sides_of_they
from kg.extract.meetings.broker_scope import (
    broker_seated,
    brokers_of,
    embassy_host,
    hosting_elsewhere,
    hosting_sides,
    hosts_only,
    in_the_host_state,
    own_host,
    without_hosting_sides,
)
from kg.extract.meetings.brokers import brokers_in
from kg.extract.meetings.clauses import Cluster, Mention, sides_counted, subject_counted
from kg.extract.meetings.days import (
    dated_from_around,
    day_named,
    days_of,
    duration_of,
    from_the_first_day,
    last_day,
    lasts_until,
    purpose,
    stated_length,
    told_apart,
    told_length,
    told_status,
    under_way,
)
from kg.extract.meetings.elided import numbers_rounds_before
from kg.extract.meetings.folding import fold_modifiers, join_conclusions
from kg.extract.meetings.grouping import bound_of, closing_day, cluster_mentions
from kg.extract.meetings.internal_sides import other_camps
from kg.extract.meetings.joined_sides import sides_wanted
from kg.extract.meetings.joining import also_attends
from kg.extract.meetings.lead_place import place_the_lead
from kg.extract.meetings.loose_brokers import brokers_of_the_process, loose_mediators
from kg.extract.meetings.meeting_words import MEAL_NOUNS, definite, heads_counted, held_remotely, in_person, sides_named
from kg.extract.meetings.merging import one_per_event
from kg.extract.meetings.met_officials import organisation_they_met
from kg.extract.meetings.occasions import more_occasions
from kg.extract.meetings.pauses import paused_after
from kg.extract.meetings.place_names import (
    city_just_before,
    country_described,
    most_precise,
    named_venue,
    placed_neighbour,
)
from kg.extract.meetings.places import (
    framing_meeting,
    locate,
    locate_by_reference,
    locate_loosely,
    place_objects,
)
from kg.extract.meetings.proposals import proposed
from kg.extract.meetings.reported_sides import agreed_before_the_report, with_the_reporting_side
from kg.extract.meetings.rounds import round_after, sentence_round
from kg.extract.meetings.series import (
    all_of_the_talks_sides,
    met_again_days_later,
    sides_of_the_same_talks,
    sides_of_the_talks_where_held,
    sides_told_before,
    with_the_talks_brokers,
)
from kg.extract.meetings.sides import follows_on, is_participant, parties_of
from kg.extract.meetings.status import status_of, taken_up_again
from kg.extract.meetings.story_days import (
    not_yet_placed,
    of_the_story_days,
    on_the_dateline_s_day,
    signed_together_lately,
    told_as_just_done,
)
from kg.extract.meetings.story_sides import (
    acting_countries,
    mediators_by_trade,
    pair_named_earlier,
    side_ranking,
    the_pair_and_another,
    the_pair_meeting_a_broker,
    the_two_sides_of_the_story,
    the_two_told,
)
from kg.extract.meetings.time_clauses import own_sides, without_its_sides
from kg.extract.meetings.timeline_entries import entry_month
from kg.extract.meetings.trigger_filters import (
    a_broker_s,
    asked_about,
    beside_the_meeting,
    followed,
    follows_another,
    only_possible,
)
from kg.extract.meetings.triggers import habitual, is_weak, triggers_of
from kg.extract.meetings.visits import a_visit, paid_a_visit, seat_the_host, signed_alone_at_home, years_before
from kg.extract.meetings.when import (
    begun_today,
    dates_of,
    day_hints,
    earlier_in_the_year,
    entry_date,
    in_another_year,
    told_paused,
)
from kg.extract.meetings.words import AGAIN_WORDS, APART_WORDS, UNNAMED_BROKERS
from kg.extract.tree import ancestors_of, children_of, is_ancestor, subtree_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import lexicon
from kg.model import Meeting, label_for


def _mentions(doc: Doc, ctx: Context) -> list[Mention]:
    mentions: list[Mention] = []
    last_date: date | None = None
    remote: set[str] = set()  # the words of meetings held by video or phone: "the meeting" later is that one
    unplaced_deals: list[Mention] = []  # dated signings nothing places: "A and B signed a deal on Saturday"
    named_meetings = words_with(doc, lower=lexicon().meeting_nouns)
    for sentence in sentences_of(doc):
        remote.update(t.lemma_ for t in chosen_in(sentence, named_meetings) if held_remotely(t))
        sentence_dates = dates_of(sentence, ctx, last_date)
        triggers = [
            t
            for t in triggers_of(sentence)
            if not (
                proposed(t)
                or follows_another(t)
                or asked_about(t)
                or beside_the_meeting(t)
                or a_broker_s(t)
                or only_possible(t)
            )
        ]
        brokers = brokers_in(sentence, ctx) if triggers else []
        multi = sides_named(tokens_in(sentence)) if triggers else 0
        counted = max((sides_counted(t) for t in tokens_in(sentence)), default=0) if len(triggers) == 1 else 0
        own: list[Mention] = []
        for trigger in (t for t in triggers if not habitual(t)):  # not "the group met for years"
            mention = Mention(sentence, trigger, dates=dates_of(sentence, ctx, last_date, trigger))
            mention.dates = _entry_day(mention, ctx) or mention.dates  # "Feb. 18 - Delegations meet in Riyadh"
            mention.dates = mention.dates or begun_today(trigger, sentence_dates, ctx)  # "have begun talks"
            if mention.dates is None:
                hints = day_hints(sentence, ctx, trigger)
                mention.month, mention.year = hints.month or entry_month(sentence), hints.year
                if ctx.dates.reference is None:  # a weekday or a month and day the article's date would resolve
                    mention.weekday, mention.month_day = hints.weekday, hints.month_day
            mention.bound = bound_of(trigger) if mention.dates is not None else None
            if mention.bound == "opens" and mention.dates and (closed := closing_day(trigger, ctx)) is not None:
                start = mention.dates.start
                if 0 < (start - closed.end).days < 7:  # "opened on Saturday and wrapped up on Thursday": a week
                    start -= timedelta(days=7)  # before, the nearest Saturday being after that Thursday
                if closed.end > start:  # "opened in Lima on Oct. 25 and ended on Nov. 2"
                    mention.dates, mention.bound = DateRange(start, closed.end), None
            elif mention.bound == "opens" and mention.dates and (until := lasts_until(trigger, ctx)) is not None:
                if until.end > mention.dates.start:  # "began on Monday ... expected to last until Friday"
                    mention.dates = DateRange(mention.dates.start, until.end)
            elif mention.bound == "opens" and mention.dates and (length := told_length(trigger)):
                last = shift(mention.dates.start, length - 1)  # "opened on Monday and are expected to last 3 days"
                mention.dates = DateRange(mention.dates.start, last) if last else mention.dates
            mention.dates = from_the_first_day(trigger, mention.dates, ctx.dates.reference)  # "the third day of"
            mention.round = sentence_round(sentence, trigger, len(triggers) == 1) or round_after(trigger, mentions)
            locate(mention, ctx)
            if not mention.city and (not mention.venue or _told_where(trigger)):  # ("..., where X hosted them at a
                locate_by_reference(mention, ctx)  # naval base": a venue in the place "where" stands for)
            if not (mention.city or mention.country) and (
                state := country_described(place_objects(sentence, trigger), ctx)
            ):
                # "held in the Swiss resort": the city of that state told before or in the dateline ("GENEVA - ...
                # travelled to the Swiss city"), else that state alone
                told = next((m.city for m in reversed(mentions) if m.country == state and m.city), None)
                here = ctx.dateline_city
                told = told or (here[0] if here and here[1] == state else None)
                mention.city, mention.country, mention.in_country = told, state, told is None
            if placed_by_another_act(mention):
                mention.city = mention.country = mention.venue = None  # "In X, ... shortly after the ceremony"
            mention.dates = mention.dates or deal_day_before(mention, unplaced_deals, ctx)
            if _no_meeting_here(mention, remote, brokers, ctx):
                unplaced_deals.extend([mention] if is_weak(trigger) and mention.dates else [])
                continue
            if not (mention.city or mention.venue or mention.same_place or mention.in_country):
                locate_loosely(mention, ctx)  # not "began in Ecuador ... after a bombing in Bogota"
            place_by_arrival(mention, ctx)  # "landed in Caracas on Friday ... after meeting X at the palace"
            mention.status = status_of(mention, ctx)
            mention.mediators = own_host(mention, brokers_of(trigger, brokers, tuple(triggers)), brokers)
            mention.hosts = hosts_only(mention, brokers)
            in_the_host_state(mention, brokers, ctx, mentions, own)
            mention.counted = counted or subject_counted(trigger)  # "the ministers of the three countries met"
            others = {
                t.i
                for other in triggers
                if other != trigger and not is_ancestor(other, trigger)
                for t in subtree_of(other)
            }
            # not "a trilateral summit" another word heads
            words = [t for t in subtree_of(trigger) if t.i not in others]
            mention.multi = sides_named(words) or (multi if len(triggers) == 1 else 0)
            mention.parties = parties_of(mention, ctx, frozenset(t.i for t in triggers if t != trigger))
            mention.parties = with_the_reporting_side(mention, mention.parties, ctx)  # "X said talks with Y ..."
            mention.parties = mention.parties or agreed_before_the_report(mention, ctx)  # "A, B agreed, X said after"
            mention.parties = own_sides(trigger, triggers, mention.parties, ctx)  # "After the summit, X met Y"
            elsewhere = hosting_elsewhere(trigger, brokers, ctx)  # "..., where X hosted the delegations"
            mention.parties = [p for p in mention.parties if p not in elsewhere]
            embassy_host(mention, ctx)  # "talks at the Ecuadorian embassy in Rome": Ecuador hosts
            paused = paused_after(trigger)  # "the talks were paused on Friday after five days"
            mention.days = duration_of(trigger) or stated_length(trigger) or paused
            if mention.days and mention.dates and purpose(trigger):
                mention.bound = "opens"  # "met on Thursday for a four-day meeting": the first of the days
            mention.unnamed_brokers = any(
                t.lower_ in UNNAMED_BROKERS
                and not any(c.dep_ in {"amod", "compound", "poss", "prep"} for c in children_of(t))
                and is_participant(t, trigger)
                for t in tokens_in(sentence)
            )
            mention.apart = (
                any(c.dep_ == "amod" and c.lower_ in APART_WORDS for c in children_of(trigger))
                or any(c.dep_ == "advmod" and c.lower_ in AGAIN_WORDS for c in children_of(clause_verb(trigger)))
                or followed(trigger)
                or earlier_in_the_year(trigger)
                or in_another_year(sentence, ctx, trigger)  # "began in October last year", the year unknown
            )  # "a separate meeting", "the two men met again", "the talks follow a summit": another occasion
            if mention.days and mention.dates and (paused or any(a.lower_ == "after" for a in ancestors_of(trigger))):
                # "agreed on Wednesday after ten days of talks": the date ends them ("... that began Wednesday": starts)
                opens, day = mention.bound == "opens", mention.dates.end
                first, end = (day, shift(day, mention.days - 1)) if opens else (shift(day, 1 - mention.days), day)
                mention.window = DateRange(first, end) if first and end else None
                mention.dates = None
            own.append(mention)
            own.extend(more_occasions(mention, ctx))
            own.extend(told_apart(mention, ctx))  # "met on May 16 and June 2": two meetings
        for mention in own:
            if mention.same_place and mention.city is None:
                same_place_as_before(mention, [m for m in mentions + own if m.trigger.i < mention.trigger.i])
        for mention in own:
            if mention.city is None and mention.venue is None and (frame := framing_meeting(mention, own)):
                # "At a meeting in Manama in February, A and B held secret talks": the talks are that meeting
                mention.city, mention.country, mention.venue = frame.city, frame.country, frame.venue
                if mention.dates is None:
                    mention.dates, mention.month, mention.year = frame.dates, frame.month, frame.year
        for mention in own:
            dated_from_around(mention, mentions, sentence_dates, own)
        own = fold_modifiers(join_conclusions(own))
        _borrow_parties(own, mentions)
        mentions.extend(own)
        if sentence_dates is not None:
            last_date = sentence_dates.start
    return mentions


def _told_where(trigger: Token) -> bool:
    """Whether a meeting word's clause is one of "where", on a place told before it ("..., where X hosted them")."""
    return any(c.lower_ == "where" for c in children_of(clause_verb(trigger)))


def _no_meeting_here(mention: Mention, remote: set[str], brokers: list[tuple[str, Token]], ctx: Context) -> bool:
    """Whether a mention names no meeting of its own: "the meeting" after one held by video link, a signing or a
    deal nothing places (the dateline places the lead's)."""
    trigger = mention.trigger
    here = mention.city or mention.venue
    if not here and trigger.lemma_ in remote and definite(trigger):
        return True  # "a meeting held by video link ... chaired the meeting": no place of its own
    if also_attends(trigger) and trigger.dep_ == "conj" and any(w == trigger.head for _, w in brokers):
        return True  # "the talks were co-organised by A, and B also attended": B sits with the brokers, no side
    if signed_alone_at_home(trigger, mention.city, ctx):
        return True  # "President X had signed the text earlier in the day in his capital"
    placed = bool(here or (mention.in_country or mention.same_place) and (mention.dates or mention.month))  # "there"
    placed = placed or bool(trigger.lower_ in MEAL_NOUNS and mention.dates and ctx.dateline_city)  # a day's breakfast
    placed = placed or bool(mention.dates and in_person(trigger))  # "spoke face to face on Saturday"
    if (
        is_weak(trigger)
        and not placed
        and not _in_datelined_lead(mention, ctx)
        and not signed_together_lately(mention, ctx)
    ):
        # "X brokered an agreement between A and B on Friday": the lead's brokered deal, placed by the story
        return not (mention.dates and brokers_of(trigger, brokers) and _in_lead(mention, ctx))
    return False


def _entry_day(mention: Mention, ctx: Context) -> DateRange | None:
    """The day a timeline entry opens with, for a meeting of the entry that gives none (or the same day without
    the year the model split off: "Oct. 6, 2022 - ..."), not one still to come in it ("agreed to meet again")."""
    entry = entry_date(mention.sentence, ctx, mention.trigger)
    day = (entry.start.month, entry.start.day) if entry is not None else None
    if entry is None or mention.dates is not None and (mention.dates.start.month, mention.dates.start.day) != day:
        return None
    if told_paused(mention.trigger):
        return None  # "Jan. 20: Talks suspended after a clash": the day of a pause, no day the talks were held
    return None if status_of(replace(mention, dates=None), ctx) == "planned" else entry


def _borrow_parties(own: list[Mention], earlier: list[Mention]) -> None:
    """Sides for the mentions of a sentence that name none: those another meeting word of the clause names ("met
    ... for talks"), those of the meeting before for a follow-up ("plans for a follow-up session in Bangkok"), and
    those of the rounds the sentence before counts ("A and B held four rounds. The first took place in Cairo")."""
    for position, mention in enumerate(own):
        mention.parties = sides_of_they(mention, earlier + own[:position])  # "While in X they met with Y"
        if not mention.parties:
            verb = clause_verb(mention.trigger)
            clause = [m for m in own if clause_verb(m.trigger) == verb or m.trigger == verb]
            clause = [m for m in clause if not without_its_sides(mention.trigger, m.trigger)]  # "After the summit"
            mention.parties = list(dict.fromkeys(p for m in clause for p in m.parties))
        if not mention.parties and follows_on(mention.trigger):
            before = [m for m in earlier + own[:position] if m.parties]
            if mention.city is not None and any(m.city == mention.city for m in earlier + own[:position]):
                # "The next round, due to open in Doha": the talks in Doha go on, not the meeting told last
                before = [m for m in before if m.city == mention.city]
            elif mention.trigger.lemma_ == "round" and (rounds := [m for m in before if m.round]):
                before = rounds  # "The next round is scheduled for ...": the rounds' sides, not a visit told between
            # its sides, not a broker told of before ("after hosting the two", "the EU's envoy also took part")
            brokers = {p for m in earlier + own[:position] for p in m.mediators}
            mention.parties = [p for p in before[-1].parties if p not in brokers] if before else []
        if not mention.parties and numbers_rounds_before(mention.trigger):
            counted = [m for m in earlier if m.parties and m.sentence.end == mention.sentence.start]
            mention.parties = list(counted[-1].parties) if counted else []


def _acting_in_order(ctx: Context, acting: set[str]) -> list[str]:
    """The countries acting in the story, in the order it first names them (a headline's list first)."""
    return list(dict.fromkeys(m.party for m in ctx.party_mentions if m.party in acting))


def _told_first(clusters: list[Cluster], ctx: Context) -> Cluster | None:
    """The story's first meeting, when it is one to come that the lead tells of."""
    first = clusters[0] if clusters else None
    return first if first and first.mentions[0].status == "planned" and _in_lead(first.mentions[0], ctx) else None


def _in_datelined_lead(mention: Mention, ctx: Context) -> bool:
    """Whether a mention stands in the lead paragraph of a story whose dateline names a known city."""
    return ctx.dateline_city is not None and _in_lead(mention, ctx)


def _in_lead(mention: Mention, ctx: Context) -> bool:
    return mention.sentence.start_char < lead_paragraph(mention.sentence.doc, ctx.lead_start)[1]


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """Meetings of the article, the one mentioned first first; two that come out with the same place, day (or
    round) and sides are one meeting (see :func:`one_per_event`)."""
    yield from one_per_event(list(_findings(doc, ctx)))


def _findings(doc: Doc, ctx: Context) -> Iterator[Finding]:
    mentions = fold_invitations(_mentions(doc, ctx))
    place_the_lead(doc, ctx, mentions)
    clusters = cluster_mentions(mentions, ctx)
    acting = acting_countries(doc, ctx)
    ranking = side_ranking(doc, ctx, mentions, acting)
    clustered = {m.sentence.start for c in clusters for m in c.mentions}
    # brokers named outside any meeting, or where its word has no place, date or sides ("helped bring them together")
    main = next((c for c in clusters if c.mentions[0].status in {"held", "ongoing"}), None)
    main_city = main.first("city") if main else None
    main_sides = frozenset(p for m in main.mentions for p in m.parties) if main else frozenset()
    loose = loose_mediators(doc, ctx, clustered, main_city if isinstance(main_city, str) else None, main_sides)
    loose.extend(p for p in mediators_by_trade(doc, ctx) + brokers_of_the_process(mentions, clusters) if p not in loose)
    named_brokers = list(dict.fromkeys([p for c in clusters for m in c.mentions for p in m.mediators] + loose))
    brokers = set(named_brokers)
    main_meeting: Meeting | None = None
    made: dict[int, list[Finding]] = {}
    # the story's main meeting first: later rounds and planned sessions of the same talks borrow from it
    story = [p for p in ranking if p not in brokers][:2]  # the story's two sides may meet in either's country
    loose_home = _told_first(clusters, ctx) or main  # the meeting the story's brokers named apart broker
    headline = headline_end(doc, ctx.lead_start)
    for cluster in sorted(clusters, key=lambda c: c is not main):
        written = {p for m in cluster.mentions for p in m.written_on}  # "X hosted the X-A-B dialogue": a side
        mediators = list(dict.fromkeys(p for m in cluster.mentions for p in m.mediators if p not in written))
        if cluster is loose_home:
            mediators.extend(p for p in loose if p not in mediators)
        parties = list(dict.fromkeys(p for m in cluster.mentions for p in m.parties))
        mediators.extend(p for p in parties if ctx.gazetteer.mediates(p) and p not in mediators)  # never a side
        multi = max(m.multi for m in cluster.mentions)
        sides = [p for p in parties if p not in mediators]
        if len(sides) == 1 and (met := broker_seated(cluster, mediators)) is not None:
            sides.append(mediators.pop(mediators.index(met)))  # "US officials met X ... as the US tried to broker"
        sides, mediators = organisation_they_met(cluster, sides, mediators, ctx)  # "A and B met the UN's chief"
        if multi and len(sides) < multi:
            sides.extend(p for p in mediators if p not in sides)
            sides = sides[:multi]
        located = most_precise(cluster.mentions, ctx)  # ("in Anchorage" over "in Alaska")
        city = located.city if located else None
        country = located.country if located else cluster.first("country")
        if city is None and (found := ctx.dateline_city) and of_the_story_days(cluster, ctx):
            told_in_country = any(m.in_country for m in cluster.mentions) and cluster.mentions[0].status == "planned"
            if country in (None, found[1]) and not told_in_country:  # not "to hold the next round in China"
                city, country = found
        if city is None and (neighbour := placed_neighbour(cluster, clusters)) is not None:
            city, country = neighbour  # "Friday: the French, US and Syrian ministers met" after Thursday's in Paris
        if (
            city is None
            and isinstance(country, str)
            and (before := city_just_before(cluster.mentions[0].sentence, country, ctx))
        ):
            city = before[0]  # "The breakthrough came in Beijing. ... after talks hosted by China"
        again = any(taken_up_again(m.trigger) for m in cluster.mentions) or met_again_days_later(cluster, main)
        if city is None and country is None and (cluster.first("round") or again) and main not in (None, cluster):
            # "The sixth round ended on June 20", "will reconvene on Oct. 28": the story's talks, where they are held
            located = next((m for m in main.mentions if m.city), None)
            city, country = (located.city, located.country) if located else (None, None)
        if any(m.unnamed_brokers for m in cluster.mentions):
            mediators.extend(p for p in named_brokers if p not in mediators and p not in sides)
        sides = sides or [p for p in sides_of_the_talks_where_held(cluster, mentions) if p not in mediators]
        sides = sides or [p for p in sides_of_the_same_talks(cluster, mentions) if p not in mediators]
        sides = sides or [p for p in pair_named_earlier(cluster, ctx) if p not in mediators]  # "... the two countries"
        the_two = the_two_told(cluster, ctx, frozenset(brokers))  # "the two leaders agreed to meet"
        sides = sides or list(the_two)
        sides = sides or sides_told_before(cluster, clusters, mediators, main_meeting)
        if pair := the_pair_meeting_a_broker(cluster, ctx, sides, brokers):
            mediators.extend(p for p in sides if p in brokers and p not in mediators)  # "... met the EU envoy"
            sides = pair
        host = country if isinstance(country, str) and (country in acting or paid_a_visit(cluster)) else None
        sides, mediators = a_visit(cluster, sides, mediators, host, ctx)  # before a side is borrowed from the story
        sides = sides or list(the_two) or the_two_sides_of_the_story(cluster, ctx, frozenset(brokers), story)
        sides = all_of_the_talks_sides(cluster, sides, mediators, main_meeting)
        if len(sides) == 1 and the_pair_and_another(cluster):  # "the two leaders met in X for a summit with Y"
            sides.extend([p for p in the_two or ranking if p not in brokers and p not in sides + mediators][:2])
        wanted = sides_wanted(cluster, sides, mediators)
        if len(sides) < wanted:
            for party in other_camps(ranking, brokers, cluster, ctx):
                if len(sides) >= wanted:
                    break
                if party not in sides and party not in mediators and (party != country or party in story):
                    sides.append(party)
        if len(sides) < wanted and wanted > 2:  # "the ministers of the three countries", one named only once
            sides.extend(p for p in _acting_in_order(ctx, acting) if p not in sides and p not in brokers)
            sides = sides[:wanted]
        if not mediators and sum(p in brokers for p in sides) >= 2 and any(p not in brokers for p in sides):
            # several brokers meeting one side broker it ("the three mediators and Israeli negotiators met in X")
            mediators = [p for p in sides if p in brokers]
            sides = [p for p in sides if p not in brokers]
        if len(sides) < 2:  # "A and B last met at a summit that A hosted": A is the other side
            sides.extend(p for p in hosting_sides(cluster, mediators) if p not in sides)
        mediators = without_hosting_sides(cluster, mediators, sides)  # "C's president hosted the others"
        margins = any(place_names.on_the_margins(m.trigger) for m in cluster.mentions)  # no summit host's bilateral
        # no host of a meeting of a side of the story's talks, nor of one years before the story
        set_apart = main_meeting is not None and host in main_meeting.parties or years_before(cluster, ctx)
        brokered = bool(mediators) and len(sides) >= 2  # "X met the A and B officials in Paris": X's, not France's
        if host and host not in sides and host not in mediators and not margins and not set_apart and not brokered:
            heads = max((heads_counted(t) for m in cluster.mentions for t in subtree_of(m.trigger)), default=0)
            seat_the_host(host, sides, mediators, max(multi, heads), ctx)  # "the three leaders signed in X"
        city, country = not_yet_placed(cluster, city, country)
        place = (city, country if isinstance(country, str) else None)
        if main_meeting is not None:
            mediators = with_the_talks_brokers(cluster, main_meeting, sides, mediators, place)
        today = ctx.dates.reference
        start, end = days_of(cluster, today)
        if (
            start is None
            and cluster is main
            and (on_the_dateline_s_day(cluster, city, ctx) or told_as_just_done(cluster, ctx))
        ):
            start = end = today  # "October 9, 2025, Dushanbe ... X met Y in Dushanbe": the dateline's day
        status = under_way(told_status(cluster, end, today, headline), start, end, today)
        meeting = Meeting(
            label="",
            location=city,  # type: ignore[arg-type]
            country=country,  # type: ignore[arg-type]
            venue=named_venue(cluster),
            start=start,
            end=last_day(status, start, end, today),
            round=cluster.first("round"),  # type: ignore[arg-type]
            status=status,
            parties=ctx.gazetteer.without_divided_states(sides),
            mediators=tuple(mediators),
            day=None if start else day_named(cluster),
        )
        meeting = Meeting(**{**meeting.__dict__, "label": label_for(meeting)})
        if cluster is main:
            main_meeting = meeting
        spans = tuple(m.sentence for m in cluster.mentions)
        confidence = 0.5 + 0.1 * min(len(cluster.mentions), 4)
        sole = sum(1 for c in clusters if c.mentions[0].status != "planned" and c.first("city") == city) == 1
        made[id(cluster)] = [
            Finding(meeting, spans, confidence),
            *attendance_of(cluster, meeting, ctx, sole_in_city=sole),
        ]
    for cluster in clusters:
        yield from made[id(cluster)]
