from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import DateRange, DateResolver, infer_reference
from kg.extract.meetings.when import earlier_in_the_year
from kg.extract.nlp import load_pipeline
from tests.conftest import analyse, article_meetings, meetings_of

PUBLISHED = date(2026, 2, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("February 17-18", False, (date(2026, 2, 17), date(2026, 2, 18))),
        ("Feb. 18", False, (date(2026, 2, 18), date(2026, 2, 18))),
        ("17-18 February 2025", False, (date(2025, 2, 17), date(2025, 2, 18))),
        ("April 30 to May 2", True, (date(2026, 4, 30), date(2026, 5, 2))),
        ("April 30 to May 2", False, (date(2025, 4, 30), date(2025, 5, 2))),
        ("on Friday", False, (date(2026, 2, 13), date(2026, 2, 13))),
        ("next Saturday", False, (date(2026, 2, 21), date(2026, 2, 21))),
        ("Friday", True, (date(2026, 2, 20), date(2026, 2, 20))),
        ("the previous day", False, (date(2026, 2, 17), date(2026, 2, 17))),
        ("the weekend", False, (date(2026, 2, 14), date(2026, 2, 15))),
        ("December 30", False, (date(2025, 12, 30), date(2025, 12, 30))),
        ("3 December", False, (date(2025, 12, 3), date(2025, 12, 3))),
        ("Monday to Wednesday", False, (date(2026, 2, 16), date(2026, 2, 18))),
        ("Sunday through Tuesday", True, (date(2026, 2, 22), date(2026, 2, 24))),
        ("three days ago", False, (date(2026, 2, 15), date(2026, 2, 15))),
        ("two weeks ago", False, (date(2026, 2, 4), date(2026, 2, 4))),
        ("the 24th", True, (date(2026, 2, 24), date(2026, 2, 24))),  # a day of the month alone, to come
        ("the 14th", True, (date(2026, 3, 14), date(2026, 3, 14))),  # passed this month: the next month's
        ("the 14th", False, (date(2026, 2, 14), date(2026, 2, 14))),
        ("the 21st", False, (date(2026, 1, 21), date(2026, 1, 21))),  # not yet this month: the month before's
    ],
)
def test_expressions_resolve_against_the_publication_date(text: str, future: bool, expected: tuple[date, date]) -> None:
    assert DateResolver(PUBLISHED).resolve_text(text, future=future) == DateRange(*expected)


def test_no_reference_means_no_guess_for_a_date_without_year() -> None:
    assert DateResolver(None).resolve_text("February 17") is None


def test_year_is_inferred_from_an_anniversary() -> None:
    text = "The talks came a week before the fourth anniversary of the February 24, 2022, invasion."
    reference = infer_reference(text)
    assert reference is not None and reference.year == 2026
    assert DateResolver(reference).resolve_text("February 17-18") == DateRange(date(2026, 2, 17), date(2026, 2, 18))


def test_the_tense_of_the_dates_own_clause_decides_past_or_future() -> None:
    doc, ctx = analyse("Under a statement issued after weekend talks in Geneva, the two sides will cut tariffs.")
    [weekend] = [e for e in doc.ents if "weekend" in e.text]
    found = ctx.dates.resolve(weekend)
    assert found is not None and (found.start, found.end) == (date(2026, 2, 14), date(2026, 2, 15))
    doc, ctx = analyse("The two sides will meet again on Friday.")
    [friday] = [e for e in doc.ents if e.label_ == "DATE"]
    assert ctx.dates.resolve(friday).start == date(2026, 2, 20)  # type: ignore[union-attr]


def test_a_future_weekday_named_on_that_weekday_is_the_same_day() -> None:
    from kg.extract.dates import DateResolver

    friday = date(2025, 2, 28)
    resolver = DateResolver(friday)
    assert resolver.resolve_text("on Friday", future=True) == DateRange(friday, friday)
    assert resolver.resolve_text("next Friday", future=True) == DateRange(date(2025, 3, 7), date(2025, 3, 7))
    assert resolver.resolve_text("on Saturday", future=True) == DateRange(date(2025, 3, 1), date(2025, 3, 1))


def test_a_dateline_without_a_year_takes_it_from_the_text_that_writes_the_same_day_with_one() -> None:
    from kg.extract.nlp import load_pipeline

    nlp = load_pipeline()
    text = "The two leaders met in Lima on 23 October 2024. They met again on Friday, after talks in 2019 failed."
    resolver = DateResolver.for_doc(nlp(text), None, "Oct 23")
    assert resolver.reference == date(2024, 10, 23)
    assert resolver.resolve_text("on Friday") == DateRange(date(2024, 10, 18), date(2024, 10, 18))
    # another day, or the same day in two years, gives no year: weekdays stay unresolved
    for other in (text.replace("23 October", "24 October"), text + " A deal of 23 October 2019 lapsed."):
        assert DateResolver.for_doc(nlp(other), None, "Oct 23").resolve_text("on Friday") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14th and 15th January", (date(2025, 1, 14), date(2025, 1, 15))),
        ("the 14th of January", (date(2025, 1, 14), date(2025, 1, 14))),
        ("the 3rd and 4th of January 2025", (date(2025, 1, 3), date(2025, 1, 4))),
    ],
)
def test_day_first_dates_with_ordinal_suffixes_and_of(text: str, expected: tuple[date, date]) -> None:
    assert DateResolver(date(2025, 1, 20)).resolve_text(text) == DateRange(*expected)


def test_a_day_the_model_cuts_from_its_month_is_joined_again() -> None:
    (meeting,) = meetings_of(
        "Delegations of Norland and Sudria met in Valmora on 14 and 15 January 2025 to discuss the border.",
        published=date(2025, 1, 20),
    )
    assert (meeting.start, meeting.end) == (date(2025, 1, 14), date(2025, 1, 15))


def test_a_span_written_between_two_days_of_two_months() -> None:
    from kg.extract.dates import DateResolver

    resolver = DateResolver(date(2023, 6, 9))
    span = resolver.resolve_text("between February 13 and March 10 of this year")
    assert span is not None and (span.start, span.end) == (date(2023, 2, 13), date(2023, 3, 10))


def test_a_span_between_two_days_set_off_by_a_comma_runs_from_the_first_to_the_second() -> None:
    found = meetings_of(
        "Chile and Peru ended a third round of talks in Quito on Friday. The fourth round will be held in Bolivia, "
        "between August 14 and September 4.",
        published=date(2023, 6, 9),
    )
    [planned] = [m for m in found if m.round == 4]
    assert (planned.country, planned.start, planned.end) == ("Bolivia", date(2023, 8, 14), date(2023, 9, 4))


def test_a_stay_in_the_present_for_a_meeting_on_a_weekday_is_for_the_weekday_to_come() -> None:
    for text in (
        "The minister is in Chile to attend a meeting of foreign ministers in Santiago on Tuesday.",
        "The minister is in Chile for a meeting of foreign ministers in Santiago on Tuesday.",
    ):
        (meeting,) = meetings_of(text, date(2026, 2, 18))  # a Wednesday
        assert (meeting.start, meeting.status) == (date(2026, 2, 24), "planned"), text


def test_a_round_that_would_be_held_told_in_an_adding_clause_is_to_come() -> None:
    found = meetings_of(
        "The second round of talks between Chile and Bolivia ended in Lima on Tuesday, the Peruvian foreign minister "
        "said, adding that the third round would be held in Lima on Sept. 17.",
        date(2024, 8, 13),
    )
    third = next(m for m in found if m.round == 3)
    assert (third.start, third.status) == (date(2024, 9, 17), "planned")


@pytest.mark.parametrize("opening", ["On the same day", "The same day"])
def test_the_same_day_is_the_day_told_before(opening: str) -> None:
    meetings = meetings_of(
        f"On February 10, the foreign ministers of Chile and Peru held talks in Lisbon. {opening}, the Chilean "
        "minister met his Bolivian counterpart in Lisbon.",
        published=date(2026, 2, 18),
    )
    assert len(meetings) == 2
    assert {m.start for m in meetings} == {date(2026, 2, 10)}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru began a third round of talks in Lisbon on Monday that is expected to last until Friday.",
        "Talks between Chile and Peru opened in Lisbon on Monday and are scheduled to run through Friday.",
    ],
)
def test_talks_opened_to_last_until_a_day_run_to_it_and_are_under_way(text: str) -> None:
    [meeting] = meetings_of(text, published=date(2026, 2, 18))
    assert (meeting.start, meeting.end) == (date(2026, 2, 16), date(2026, 2, 20))
    assert meeting.status == "ongoing"


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Chile and Peru in Lisbon has been set for Friday.",
        "Talks between Chile and Peru in Lisbon were scheduled for Friday.",
    ],
)
def test_a_day_a_meeting_is_set_for_is_to_come(text: str) -> None:
    [meeting] = meetings_of(text, published=date(2026, 2, 18))
    assert meeting.start == date(2026, 2, 20)
    assert meeting.status == "planned"


@pytest.mark.parametrize(("when", "status"), [("earlier today", "held"), ("later today", "planned")])
def test_earlier_and_later_today_are_the_article_s_day(when: str, status: str) -> None:
    verb = "met" if status == "held" else "will meet"
    [meeting] = meetings_of(f"Chile and Peru {verb} in Lisbon {when}.", published=date(2026, 2, 18))
    assert meeting.start == date(2026, 2, 18)
    assert meeting.status == status


def test_a_month_in_a_timeline_entry_opening_on_a_year_is_of_that_year() -> None:
    [meeting] = meetings_of(
        "How the river talks unfolded\n\n2019: Chilean and Peruvian envoys met in Lima in October.",
        published=date(2026, 2, 18),
    )
    assert meeting.day == "2019-10"


def test_a_bare_day_weeks_later_falls_after_the_date_before() -> None:
    told = "Chile and Peru met in Lima on Feb. 27 last year. {} the two met again in Quito."
    [_, later] = meetings_of(told.format("Three weeks later, on March 18,"), published=date(2024, 3, 20))
    assert (later.location, later.start) == ("Quito", date(2023, 3, 18))
    [_, plain] = meetings_of(told.format("On March 18"), published=date(2024, 3, 20))
    assert plain.start == date(2024, 3, 18)  # no step on from the date before: the article's year


def test_talks_that_opened_on_a_weekday_after_the_day_they_closed_opened_the_week_before() -> None:
    told = "Talks between Chile and Peru opened in Geneva on Saturday and wrapped up on Thursday."
    [meeting] = meetings_of(told, published=date(2025, 8, 17))
    assert (meeting.start, meeting.end) == (date(2025, 8, 9), date(2025, 8, 14))


def test_today_the_model_leaves_untagged_is_the_article_s_day() -> None:
    [meeting] = meetings_of(
        "Today the Special Envoy for Foreign Affairs and Security Policy, Anna Berg, hosted the presidents of "
        "Norland and Sudria for a meeting in Geneva."
    )
    assert (meeting.start, meeting.end) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The president suspended the talks the next day.",
        "The talks were halted on Friday after the attack.",
    ],
)
def test_the_day_talks_are_paused_makes_no_meeting(text: str) -> None:
    assert meetings_of(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("a week later", date(2026, 1, 17)), ("two weeks later", date(2026, 1, 24)), ("a week earlier", date(2026, 1, 3))],
)
def test_weeks_later_count_from_the_date_before(text: str, day: date) -> None:
    assert DateResolver(PUBLISHED).resolve_text(text, anchor=date(2026, 1, 10)) == DateRange(day, day)


def test_a_round_held_a_week_after_the_one_before_is_dated_from_it() -> None:
    meetings = meetings_of(
        "The first round took place in Muscat on January 10. The second round was held in Rome a week later."
    )
    assert [(m.location, m.start) for m in meetings] == [("Muscat", date(2026, 1, 10)), ("Rome", date(2026, 1, 17))]


def test_a_weekday_the_model_tags_with_the_words_after_it_is_still_that_day() -> None:
    [meeting] = meetings_of(
        "Chilean President Ana Lind and Peruvian President Luis Vera held their first formal talks in five years on "
        "the sidelines of the summit in Lima on Wednesday, days after the two countries reached a deal on their border."
    )
    assert (meeting.location, meeting.start) == ("Lima", PUBLISHED)


def test_the_day_a_meeting_to_come_is_announced_is_no_day_of_it() -> None:
    meetings = meetings_of('The president said on Friday he would meet his Peruvian counterpart in Lima "soon".')
    assert [(m.location, m.start, m.status) for m in meetings] == [("Lima", None, "planned")]


def test_that_month_is_of_the_year_told_before() -> None:
    meetings = meetings_of(
        "The two leaders met in Lima in February 2019. Working-level talks in Quito that October lasted a day.",
        published=date(2025, 10, 20),
    )
    assert [(m.location, m.day) for m in meetings] == [("Lima", "2019-02"), ("Quito", "2019-10")]


def test_a_weekday_set_after_the_day_before_it_in_the_sentence_follows_that_day() -> None:
    meetings = meetings_of(
        "The envoy met the Peruvian president in Lima on Monday before flying to Quito for talks with the Ecuadorean "
        "president on Tuesday.",
        published=date(2024, 8, 19),
    )
    assert [(m.location, m.start) for m in meetings] == [("Lima", date(2024, 8, 19)), ("Quito", date(2024, 8, 20))]


def test_without_the_story_s_year_talks_told_of_last_year_are_another_meeting() -> None:
    from tests.conftest import article_meetings

    text = (
        "Sudan deal signed in Juba\n\nJUBA, Oct 3 (Wire) - Sudan's government and a coalition of rebel groups "
        "signed a peace deal in Juba on Saturday, in talks mediated by South Sudan.\n\nTalks began in Juba in "
        "October last year, with South Sudan as mediator."
    )
    assert len([m for m in article_meetings(text, None) if m.location == "Juba"]) == 2


def test_a_timeline_entry_opening_on_a_month_and_year_dates_its_meeting_to_that_month() -> None:
    from tests.conftest import article_meetings

    text = (
        "TIMELINE: Talks on the river\n\nHere are key moments:\n\nApril 2021 - A round in Kinshasa, hosted by the "
        "Democratic Republic of Congo as AU chair, ends without agreement.\n\nDecember 2023 - A final round in "
        "Addis Ababa fails."
    )
    days = {m.location: m.day for m in article_meetings(text, date(2024, 1, 5))}
    assert days == {"Kinshasa": "2021-04", "Addis Ababa": "2023-12"}


@pytest.mark.parametrize(
    ("deal", "start"),
    [
        ("announced on Wednesday that they had signed a final agreement in Havana.", date(2016, 8, 24)),
        ("said on Wednesday they had reached an agreement at talks in Havana.", date(2016, 8, 24)),
        (
            "announced on Wednesday that they had reached an agreement to end their 52-year war, at talks in Havana.",
            date(2016, 8, 24),
        ),
        (
            "announced on Wednesday that they had reached a final agreement after four years of talks in Havana.",
            date(2016, 8, 24),
        ),  # a span of talks after "after" is no day of the deal's own
        ("said on Wednesday that they had signed a final agreement in Havana in June.", None),
        ("said on Wednesday that they would sign a final agreement in Havana.", None),
    ],
)
def test_a_deal_announced_as_made_is_of_the_day_of_the_announcing(deal: str, start: date | None) -> None:
    [meeting] = meetings_of(f"Colombia's government and the FARC {deal}", published=date(2016, 8, 26))
    assert meeting.start == start


def test_next_on_a_past_verb_s_object_makes_no_meeting_to_come() -> None:
    from tests.conftest import article_meetings

    text = (
        "Venezuela government, opposition sign election deal\n\nBRIDGETOWN, Barbados - Representatives of President "
        "Nicolas Maduro's government and Venezuela's opposition signed an agreement on Tuesday on conditions for a "
        "presidential election next year, reviving negotiations that had stalled for almost a year."
    )
    [meeting] = article_meetings(text, date(2023, 10, 17))
    assert meeting.status == "held"
    [meeting] = meetings_of(
        "Iran's foreign minister on Monday discussed the next round of talks with the United States in Rome."
    )
    assert meeting.status == "planned"


def test_a_day_that_dates_another_meeting_of_the_sentence_is_not_the_day_spoken_after_talks() -> None:
    from tests.conftest import article_meetings

    text = (
        "The foreign ministers of Somalia and Ethiopia met in Ankara on Tuesday for a third round of talks.\n\n"
        '"We have made progress," the host told a joint press conference after the talks, adding that the fourth '
        "round would take place in Ankara on Sept. 17."
    )
    found = {(m.start, m.status) for m in article_meetings(text, date(2024, 9, 3))}
    assert found == {(date(2024, 9, 3), "held"), (date(2024, 9, 17), "planned")}


def test_a_day_hung_on_the_deal_agreed_at_talks_is_the_day_of_the_talks() -> None:
    [meeting] = meetings_of(
        "The two countries agreed to a ceasefire on July 28 at talks in Putrajaya mediated by Malaysia.",
        published=date(2025, 8, 4),
    )
    assert meeting.start == date(2025, 7, 28)


def test_a_step_from_the_date_before_restated_as_a_date_is_that_date() -> None:
    first, _ = sorted(
        article_meetings(
            "QUITO, Nov 14 (Wire) — Chile and Peru met in Quito on Saturday and agreed that elections should be held "
            "by Jan. 1.\n\nThe ministers first met in the Ecuadorean capital two weeks earlier, on Oct. 30.",
            date(2015, 11, 14),
        ),
        key=lambda m: m.start or date.max,
    )
    assert (first.location, first.start, first.status) == ("Quito", date(2015, 10, 30), "held")


def test_talks_said_to_have_begun_with_no_date_began_on_the_article_s_day() -> None:
    (begun,) = meetings_of("Chile and Peru have begun a seventh round of talks in Lima.", date(2021, 11, 29))
    assert (begun.start, begun.round) == (date(2021, 11, 29), 7)
    (preparing,) = meetings_of(
        "Chile and Peru have begun preparations for a summit in Lima, officials said.", date(2021, 11, 29)
    )
    assert preparing.start is None
    (earlier,) = meetings_of("Chile and Peru had begun a seventh round of talks in Lima.", date(2021, 11, 29))
    assert earlier.start is None


def test_a_factbox_entry_s_capitalised_day_dates_its_meeting_but_not_one_still_to_come_in_it() -> None:
    found = article_meetings(
        "TIMELINE-Chile-Peru border talks\n\n"
        "DEC 5-6, 2018 - Ecuador hosts the first talks in six years at a chateau near Quito. The sides agree to meet "
        "again.\n\n"
        "MARCH 21-22, 2019 - A second meeting is held near Quito. The participants agree that a third meeting would "
        "follow.",
        date(2024, 3, 21),
    )
    dated = sorted((m.start, m.end, m.status) for m in found if m.start)
    assert dated == [
        (date(2018, 12, 5), date(2018, 12, 6), "held"),
        (date(2019, 3, 21), date(2019, 3, 22), "held"),
    ]


def test_delegations_said_to_attend_are_sides_of_the_talks_before() -> None:
    (meeting,) = meetings_of(
        "Chile and Peru held talks in Lima on Monday. Delegations from Bolivia and Ecuador attended.", date(2019, 1, 1)
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Ecuador"}


def test_a_month_a_round_was_scheduled_for_before_it_was_postponed_is_gone_by() -> None:
    found = meetings_of(
        "Two earlier rounds, held in Quito in July and August under Ecuadorean mediation, ended without agreement. "
        "A third round scheduled for September was postponed.",
        date(2024, 12, 12),
    )
    assert next(m for m in found if m.round == 3).day == "2024-09"


def test_talks_in_their_third_day_told_in_the_present_began_two_days_before_the_article() -> None:
    (meeting,) = meetings_of(
        "Negotiators from Chile and Peru are holding a third day of indirect talks in Lima.", date(2025, 10, 9)
    )
    assert (meeting.start, meeting.end) == (date(2025, 10, 7), date(2025, 10, 9))
    (past,) = meetings_of("Negotiators from Chile and Peru held a third day of talks in Lima.", date(2025, 10, 9))
    assert past.start is None


def test_a_month_a_plan_had_been_due_for_is_behind_the_article() -> None:
    [meeting] = meetings_of(
        "Chile and Peru signed the accord in Lima on Nov. 2. The talks had been due to start in late October in "
        "Quito, but were moved twice.",
        published=date(2026, 11, 20),
    )[1:]
    assert (meeting.location, meeting.day) == ("Quito", "2026-10")
    [ahead] = meetings_of("Chile and Peru are due to hold talks in Quito in late October.", date(2026, 11, 20))
    assert ahead.day == "2027-10"


def test_a_meeting_a_report_says_the_sides_had_agreed_to_hold_is_still_to_come() -> None:
    found = meetings_of(
        "Chile and Peru resumed negotiations in Lima on Saturday. The mediator said the parties had agreed to meet "
        "again in December.",
        published=date(2026, 11, 21),
    )
    later = next(m for m in found if m.location != "Lima")
    assert (later.day, later.status) == ("2026-12", "planned")


def test_a_speaker_s_today_does_not_date_the_meeting_he_spoke_after() -> None:
    found = meetings_of(
        "Chile's president and Peru's president met in Lima on Thursday, where they agreed on a treaty.\n\n"
        '"Today we closed a chapter of conflict," the Chilean president told reporters after the meeting.',
        published=date(2026, 3, 10),
    )
    assert [(m.location, m.start) for m in found] == [("Lima", date(2026, 3, 5))]


def test_a_day_range_whose_second_day_the_model_left_out_is_whole() -> None:
    [summit] = meetings_of("Brazil is hosting a regional summit in Brasilia from October 22 to 24.", date(2024, 10, 23))
    assert (summit.start, summit.end, summit.status) == (date(2024, 10, 22), date(2024, 10, 24), "ongoing")


@pytest.mark.parametrize(
    "said",
    [
        "On Tuesday the Chilean minister told reporters: \"There will be a meeting with Peru's minister in Lima "
        'tomorrow."',
        "The Chilean minister said on Tuesday that he would meet Peru's minister in Lima tomorrow.",
    ],
)
def test_tomorrow_in_what_was_said_on_another_day_counts_from_that_day(said: str) -> None:
    [meeting] = meetings_of(said, date(2024, 10, 23))  # a Wednesday
    assert meeting.start == date(2024, 10, 23)


def test_talks_told_to_have_begun_days_ago_with_no_end_told_are_under_way() -> None:
    [begun] = meetings_of("The talks began in Quito on Monday.", date(2026, 2, 18))  # a Wednesday
    assert (begun.start, begun.status) == (date(2026, 2, 16), "ongoing")
    [ended] = meetings_of(
        "The talks began in Quito on Monday. They ended on Tuesday without a deal.", date(2026, 2, 18)
    )
    assert ended.status == "held"
    [long_ago] = meetings_of("The talks began in Quito on Jan. 5.", date(2026, 2, 18))
    assert long_ago.status == "held"


def test_a_meeting_that_ended_in_the_early_hours_of_a_day_ends_that_day() -> None:
    [meeting] = meetings_of(
        "Chile and Peru met in Quito on Thursday. The meeting lasted more than four hours and ended in the early "
        "hours of Friday.",
        date(2022, 10, 7),
    )
    assert (meeting.start, meeting.end) == (date(2022, 10, 6), date(2022, 10, 7))


def test_a_range_of_weekdays_the_model_tags_as_two_dates_is_one_span() -> None:
    [meeting] = meetings_of("Chile and Peru are meeting in Lima from Tuesday to Thursday.", date(2025, 6, 17))
    assert (meeting.start, meeting.end, meeting.status) == (date(2025, 6, 17), date(2025, 6, 19), "ongoing")


def test_a_week_of_a_month_dates_a_meeting_to_that_month() -> None:
    [coming] = meetings_of(
        "The next round of talks will take place in Quito in the first week of March.", date(2026, 2, 18)
    )
    assert (coming.day, coming.status) == ("2026-03", "planned")
    [held] = meetings_of("Chile and Peru met in Quito in the last week of January.", date(2026, 2, 18))
    assert (held.day, held.status) == ("2026-01", "held")


def test_a_meeting_told_in_a_when_clause_on_a_month_since_which_talks_stalled_is_of_that_month() -> None:
    found = article_meetings(
        "Chile and Peru signed a deal in Quito on Tuesday. The talks had been suspended since November 2022, when "
        "the two sides met in Lima and agreed to create a humanitarian fund.\n",
        date(2023, 10, 17),
    )
    assert [m.day for m in found if m.location == "Lima"] == ["2022-11"]


def test_a_host_s_meeting_in_a_where_clause_on_talks_dated_by_month_is_those_talks() -> None:
    found = meetings_of(
        "It was the first meeting of the two ministers since talks in Lima in February, where Peruvian President "
        "Ivan Soto hosted the pair.",
        published=date(2024, 5, 11),
    )
    assert [(m.location, m.day) for m in found] == [("Lima", "2024-02")]


def test_a_weekday_of_next_week_is_that_day_in_the_week_after() -> None:
    resolver = DateResolver(date(2024, 5, 16))  # a Thursday
    assert resolver.resolve_text("Thursday next week", future=True) == DateRange(date(2024, 5, 23), date(2024, 5, 23))
    assert resolver.resolve_text("Monday next week", future=True) == DateRange(date(2024, 5, 20), date(2024, 5, 20))
    assert resolver.resolve_text("Thursday", future=True) == DateRange(date(2024, 5, 16), date(2024, 5, 16))


def test_a_weekday_of_last_week_is_that_day_in_the_week_before() -> None:
    resolver = DateResolver(date(2024, 5, 17))  # a Friday
    assert resolver.resolve_text("Thursday last week") == DateRange(date(2024, 5, 9), date(2024, 5, 9))
    assert resolver.resolve_text("Monday of last week") == DateRange(date(2024, 5, 6), date(2024, 5, 6))
    assert resolver.resolve_text("Thursday") == DateRange(date(2024, 5, 16), date(2024, 5, 16))


def test_days_or_weeks_ahead_after_in_date_what_is_to_come() -> None:
    [meeting] = meetings_of(
        "The delegations will return to Quito in two weeks to continue the talks.", published=date(2019, 10, 5)
    )
    assert (meeting.location, meeting.start, meeting.status) == ("Quito", date(2019, 10, 19), "planned")
    [held] = meetings_of("They met in Quito in two weeks of talks.", published=date(2019, 10, 5))
    assert held.start is None  # a span of time the talks took, no day


def test_a_lead_in_the_present_perfect_reports_the_undated_talks_of_the_article_s_day() -> None:
    text = (
        "Chile and Peru agree to work towards ending border war\n\n"
        "Chilean and Peruvian officials have agreed to start working towards ending the border war, after their first "
        "high-level talks since the fighting began nearly three years ago.\n\n"
        "Chilean Foreign Minister Ana Lind was speaking after four hours of talks in Quito with her Peruvian "
        "counterpart Jorge Paz.\n"
    )
    [meeting] = article_meetings(text, date(2025, 2, 18))
    assert (meeting.location, meeting.start) == ("Quito", date(2025, 2, 18))
    past = text.replace("have agreed", "agreed in January")  # a lead that dates what it tells
    assert [m.start for m in article_meetings(past, date(2025, 2, 18))] == [None]


def test_talks_paused_on_a_day_after_some_days_ran_those_days_up_to_it() -> None:
    [meeting] = meetings_of("The talks in Vienna were paused on Friday after five days.", published=date(2021, 12, 3))
    assert (meeting.start, meeting.end) == (date(2021, 11, 29), date(2021, 12, 3))
    [suspended] = meetings_of("Chile suspended the talks in Lima on Monday.", published=date(2021, 12, 3))
    assert suspended.start is None  # the day of a pause is no day of the talks


def test_talks_with_a_month_of_their_own_do_not_take_the_day_of_the_act_they_are_named_in() -> None:
    found = meetings_of(
        "Chile and the Tacna Front signed a ceasefire on Friday in Quito, the most significant step yet in peace "
        "talks that began in Lima last November.",
        published=date(2023, 6, 9),
    )
    assert {(m.location, m.start, m.day) for m in found} == {
        ("Quito", date(2023, 6, 9), None),
        ("Lima", None, "2022-11"),
    }


def test_the_month_of_a_planned_round_told_postponed_is_the_one_just_past() -> None:
    found = article_meetings(
        "Chile and Peru signed a truce in Lima on Nov. 2. A planned round of talks between them in Quito in October "
        "was postponed for logistical reasons.",
        date(2022, 11, 10),
    )
    assert [(m.location, m.day) for m in found] == [("Lima", None), ("Quito", "2022-10")]


def test_a_month_on_a_meeting_whose_clause_is_told_in_the_past_is_past_whatever_the_clause_beside_it() -> None:
    found = article_meetings(
        "Chile and Peru signed a truce in Lima on Nov. 2. A planned round in Quito in October was postponed, and a "
        "secret meeting in La Paz in June, brokered by the United States, produced no agreement.",
        date(2022, 11, 10),
    )
    [la_paz] = [m for m in found if m.location == "La Paz"]
    assert (la_paz.day, la_paz.status) == ("2022-06", "held")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held a marathon session in Quito that stretched past midnight into Wednesday.",
        "Talks between Chile and Peru in Quito went on into Wednesday.",
    ],
)
def test_talks_that_ran_into_a_day_began_the_day_before(text: str) -> None:
    [meeting] = meetings_of(text, date(2026, 2, 19))
    assert (meeting.start, meeting.end) == (date(2026, 2, 17), date(2026, 2, 18))


@pytest.mark.parametrize(
    "lead",
    [
        "Negotiators from Chile and Peru have met three times in Geneva since January.",
        "Negotiators from Chile and Peru have met in Geneva since January.",
    ],
)
def test_a_lead_s_present_perfect_over_a_time_is_not_the_day_s_news(lead: str) -> None:
    [meeting] = article_meetings(lead, date(2026, 2, 18))
    assert meeting.start is None


@pytest.mark.parametrize(
    "span",
    [
        "from Feb. 9 through Feb. 12",
        "from February 9 through February 12",
        "from Feb. 9 through 12",
        "from Feb. 9 until 12",
    ],
)
def test_a_span_of_days_of_a_month_ends_on_its_last_day_whatever_word_links_them(span: str) -> None:
    [meeting] = article_meetings(f"Chile and Peru held talks in Quito {span}.", PUBLISHED)
    assert (meeting.start, meeting.end) == (date(2026, 2, 9), date(2026, 2, 12))


def test_a_span_of_days_across_two_months_linked_by_until_ends_in_the_second_month() -> None:
    [meeting] = article_meetings("Chile and Peru held talks in Quito from January 29 until February 2.", PUBLISHED)
    assert (meeting.start, meeting.end) == (date(2026, 1, 29), date(2026, 2, 2))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The Chilean and Peruvian delegations met in Quito for a second day on Wednesday.", 17, 18),
        ("Talks between Chile and Peru in Quito entered a third day on Tuesday.", 15, 17),
        ("Chile and Peru resumed talks in Quito on Tuesday for a second day.", 16, 17),
        (
            "The talks between Chile and Peru in Quito, which opened on Sunday, went into a third day on Tuesday.",
            15,
            17,
        ),
    ],
)
def test_the_nth_day_of_talks_on_a_day_counts_back_to_their_first(text: str, first: int, last: int) -> None:
    [meeting] = article_meetings(text, PUBLISHED)
    assert (meeting.start, meeting.end) == (date(2026, 2, first), date(2026, 2, last))


def test_talks_that_began_on_a_day_and_ended_on_another_run_between_them_however_the_first_day_is_hung() -> None:
    [meeting] = article_meetings(
        "Talks between Chile and Peru that began in Quito on Monday ended on Wednesday without a deal.", PUBLISHED
    )
    assert (meeting.start, meeting.end) == (date(2026, 2, 16), date(2026, 2, 18))


@pytest.mark.parametrize(
    ("months", "day"),
    [("February and March last year", "2025-02"), ("May to July", "2025-05"), ("July and August 2023", "2023-07")],
)
def test_a_span_of_months_dates_a_meeting_from_its_first_in_the_year_told_after_the_last(months: str, day: str) -> None:
    [meeting] = article_meetings(f"A second round was held in Lima in {months}.", PUBLISHED)
    assert meeting.day == day


def test_the_day_a_deal_made_at_a_meeting_took_effect_does_not_date_the_meeting() -> None:
    found = article_meetings(
        "Chile and Peru opened a sixth round of talks in Quito on Monday.\n\nAt the third round, in Lima, they agreed "
        "a six-month ceasefire that took effect on Aug. 3.",
        PUBLISHED,
    )
    third = next(m for m in found if m.round == 3)
    assert (third.location, third.start) == ("Lima", None)


def test_the_day_of_talks_held_does_not_date_the_round_they_came_weeks_after() -> None:
    found = article_meetings(
        "Chile and Peru held talks in Quito on Tuesday, two weeks after a round in Lima.", PUBLISHED
    )
    assert {m.location: m.start for m in found} == {"Quito": date(2026, 2, 17), "Lima": None}


def test_a_date_the_parser_hung_on_the_place_s_preposition_dates_the_meeting() -> None:
    [meeting] = meetings_of("The first round, in Cairo on Jan. 7, ended with a joint call for calm.", date(2026, 2, 18))
    assert (meeting.location, meeting.start, meeting.round) == ("Cairo", date(2026, 1, 7), 1)


def test_talks_that_ended_on_a_day_after_some_days_began_that_many_days_before() -> None:
    [meeting] = meetings_of(
        "The first round of talks in Cairo ended on Jan. 8 after two days with a joint call for calm.",
        date(2026, 2, 18),
    )
    assert (meeting.start, meeting.end) == (date(2026, 1, 7), date(2026, 1, 8))


def test_a_round_that_ended_a_day_before_a_dated_act_ended_the_day_before() -> None:
    text = (
        "Ecuadorian Foreign Minister Luis Mora has hosted four rounds of talks between Chile and Peru since "
        "January. He spoke to Andes Wire in Quito on Tuesday, a day after the latest round ended.\n"
    )
    [meeting] = article_meetings(text, date(2026, 2, 18))
    assert meeting.start == date(2026, 2, 16)


def test_a_meeting_counted_days_before_the_one_told_is_dated_that_many_days_before_it() -> None:
    meetings = meetings_of("Peru and Chile met in Quito on Feb. 10, two days after a first round in Lima.")
    assert {(m.location, m.start) for m in meetings} == {("Quito", date(2026, 2, 10)), ("Lima", date(2026, 2, 8))}


@pytest.mark.parametrize("apart", ["days after talks", "weeks before a summit", "a week after a first round"])
def test_a_meeting_some_time_apart_from_the_one_told_is_not_dated_on_its_day(apart: str) -> None:
    meetings = meetings_of(f"Peru and Chile met in Quito on Monday, {apart} in Lima.")
    assert {(m.location, m.start) for m in meetings} == {("Quito", date(2026, 2, 16)), ("Lima", None)}


@pytest.mark.parametrize(
    ("when", "day"), [("in June", "2023-06"), ("that June", "2023-06"), ("in February", "2024-02")]
)
def test_a_month_told_in_the_past_after_a_sentence_naming_a_past_year_falls_in_or_after_that_year(
    when: str, day: str
) -> None:
    meetings = article_meetings(
        "Peru and Chile held a first round of talks in Quito in March 2023, when their foreign ministers agreed to "
        f"set up a joint commission. A second round followed in Lima {when}.",
        date(2026, 5, 9),
    )
    assert {(m.location, m.round, m.day) for m in meetings} == {("Quito", 1, "2023-03"), ("Lima", 2, day)}


def test_a_month_to_come_after_a_sentence_naming_a_past_year_is_still_the_month_to_come() -> None:
    meetings = article_meetings(
        "Talks were held in Geneva in March 2023. Peru and Chile will meet in Lima in June.", date(2026, 5, 9)
    )
    assert {m.location: m.day for m in meetings} == {"Geneva": "2023-03", "Lima": "2026-06"}


def test_a_meeting_a_speaker_expected_the_sides_to_hold_is_to_come_even_undated() -> None:
    meetings = article_meetings(
        "Luis Mora has attended every session. Mora said he expected the delegations to meet again in Lima after "
        "the holidays.",
        date(2026, 4, 2),
    )
    assert [(m.location, m.status) for m in meetings] == [("Lima", "planned")]


def test_a_summit_at_which_leaders_agreed_to_two_things_is_held_there() -> None:
    [meeting] = article_meetings(
        "World leaders agreed to respect an arms embargo on Bolivia and to stop interfering in its civil war, at a "
        "summit in Lima hosted by Peru.",
        date(2026, 2, 16),
    )
    assert (meeting.location, meeting.status) == ("Lima", "held")


def test_a_month_a_clause_of_when_tells_in_the_past_is_gone_by() -> None:
    [meeting] = meetings_of(
        "Chile and Peru first agreed to negotiate in September, when their presidents met in New York.",
        date(2026, 3, 4),
    )
    assert (meeting.location, meeting.day, meeting.status) == ("New York", "2025-09", "held")
    [ahead] = meetings_of("Chile and Peru agreed to negotiate in Lima in September.", date(2026, 3, 4))
    assert ahead.day == "2026-09"


def test_the_second_day_of_talks_told_in_the_present_perfect_ends_on_the_article_s_day() -> None:
    (meeting,) = meetings_of(
        "Delegations from Chile and Peru have wrapped up the second day of talks in Montevideo.", date(2026, 3, 10)
    )
    assert (meeting.start, meeting.end) == (date(2026, 3, 9), date(2026, 3, 10))


@pytest.mark.parametrize("bullet", ["- ", "– ", "* ", ""])
def test_a_bulleted_timeline_entry_dates_its_meeting_to_its_month(bullet: str) -> None:
    found = meetings_of(
        f"How the talks unfolded\n\n{bullet}June 2025: First round of talks between Chile and Peru held in Quito.",
        published=date(2026, 5, 20),
    )
    assert [(m.location, m.day) for m in found] == [("Quito", "2025-06")]


def test_a_first_day_the_model_leaves_out_as_a_number_is_joined_to_its_month() -> None:
    (meeting,) = meetings_of(
        "The working groups of Chile and Peru met in Lima on 12 and 13 May.", published=date(2026, 6, 3)
    )
    assert (meeting.start, meeting.end) == (date(2026, 5, 12), date(2026, 5, 13))
    (counted,) = meetings_of("Chile and Peru met in Lima on 13 May, and 12 people were hurt.", date(2026, 6, 3))
    assert (counted.start, counted.end) == (date(2026, 5, 13), date(2026, 5, 13))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two sides will meet again in Lima on Jan. 10.", date(2027, 1, 10)),  # "will": the next January
        ("The next round will be held in Lima on Jan. 10.", date(2027, 1, 10)),
        ("Talks are scheduled to resume in Lima on Jan. 10.", date(2027, 1, 10)),
        ("The two sides will meet again in Lima on Feb. 16.", date(2026, 2, 16)),  # days behind: written before
        ("In December the envoys said they would meet in Lima on Jan. 10.", date(2026, 1, 10)),  # told back then
    ],
)
def test_a_day_plainly_to_come_lies_ahead_of_the_story(sentence: str, expected: date) -> None:
    opening = "Peru and Chile ended a round of border talks in Quito on Monday. "
    [later] = [m for m in meetings_of(opening + sentence) if m.location == "Lima"]
    assert later.start == expected
    assert later.status == ("planned" if expected > PUBLISHED else "held")


def test_the_parties_as_the_subject_of_a_meeting_to_come() -> None:
    """ "The parties" of negotiation news are its sides: "the parties will meet again in X" is their next meeting."""
    found = meetings_of(
        "Peru and Chile ended a round of border talks in Quito on Monday. The parties will meet again in Lima."
    )
    [later] = [m for m in found if m.location == "Lima"]
    assert later.status == "planned" and set(later.parties) == {"Peru", "Chile"}


def test_a_clause_of_beginning_on_another_noun_of_the_sentence_does_not_open_the_talks() -> None:
    found = meetings_of(
        "Chile and Peru signed a deal in Quito on Wednesday. The two sides had reached a preliminary agreement on "
        "July 5 after two days of talks mediated by the AU, ending a standoff that began when security forces broke "
        "up a protest camp on June 3.",
        published=date(2019, 7, 17),
    )
    assert [(m.location, m.start, m.end) for m in found] == [
        ("Quito", date(2019, 7, 17), date(2019, 7, 17)),
        (None, date(2019, 7, 4), date(2019, 7, 5)),
    ]


def test_a_timeline_s_present_closing_the_tagger_read_as_a_noun_closes_the_round_it_opened() -> None:
    found = meetings_of(
        "* Nov. 21, 2022 - Chile and Peru open the first round of talks in Lima.\n\n"
        "* Dec. 12, 2022 - The first round closes in Lima with agreements on humanitarian relief.\n\n"
        "* May 2 - June 9, 2023 - The second round, held in Quito, produces a ceasefire.",
        published=date(2023, 8, 5),
    )
    assert [(m.location, m.start, m.end) for m in found] == [
        ("Lima", date(2022, 11, 21), date(2022, 12, 12)),
        ("Quito", date(2023, 5, 2), date(2023, 6, 9)),
    ]


def test_it_ending_on_a_day_after_a_meeting_opened_closes_that_meeting() -> None:
    [meeting] = meetings_of(
        "A second round of talks between Chile and Peru opened in Quito on Feb. 13. It ended on March 10 with an "
        "agreement on the agenda.",
        published=date(2023, 8, 5),
    )
    assert (meeting.location, meeting.start, meeting.end) == ("Quito", date(2023, 2, 13), date(2023, 3, 10))


def test_they_opening_on_a_day_dates_the_talks_the_sentence_before_was_about() -> None:
    [meeting] = meetings_of(
        "Talks between Chile and Peru in Quito, known as the Andes Initiative, are mediated by Bolivia. They opened on "
        "May 9.",
        published=date(2024, 6, 20),
    )
    assert (meeting.location, meeting.start, meeting.mediators) == ("Quito", date(2024, 5, 9), ("Bolivia",))


def test_the_past_day_of_one_verb_does_not_date_a_meeting_to_come_joined_to_it() -> None:
    found = meetings_of(
        "Chilean and Peruvian defence ministers agreed on Thursday at a meeting in Quito to allow observers, and will "
        "meet again in Lima in September.",
        published=date(2025, 8, 8),
    )
    assert [(m.location, m.start, m.day, m.status) for m in found] == [
        ("Quito", date(2025, 8, 7), None, "held"),
        ("Lima", None, "2025-09", "planned"),
    ]


def test_a_later_after_a_day_does_not_move_that_day_into_the_next_year() -> None:
    found = meetings_of(
        "A ceasefire took effect on Wednesday, after weeks of shuttle diplomacy by the U.S. envoy.\n\nThe envoy met "
        "Peru's foreign minister, who negotiated on Lima's behalf, in Lima on Nov. 19 and Chile's foreign minister in "
        "Santiago two days later.",
        published=date(2024, 11, 27),
    )
    lima = next(m for m in found if m.location == "Lima")
    assert (lima.start, lima.status) == (date(2024, 11, 19), "held")


def test_an_ordinal_that_numbers_a_meeting_is_no_day_of_the_month() -> None:
    [earlier] = meetings_of("The 22nd meeting was held in Lima in December 2019.", published=date(2024, 12, 18))
    assert (earlier.location, earlier.round, earlier.start) == ("Lima", 22, None)
    [to_come] = meetings_of("The talks will resume on the 22nd in Lima.", published=date(2024, 12, 18))
    assert to_come.start == date(2024, 12, 22)  # a day of the month told alone


def test_a_timeline_s_sides_resuming_talks_the_tagger_read_as_a_noun_are_the_round_s_sides() -> None:
    found = meetings_of(
        "Key rounds of border talks\n\n"
        "* March 2015 - The leaders of Chile, Peru and Bolivia sign a declaration of principles in Lima.\n\n"
        "* August 2023 - Chile and Peru resume talks in Quito after a two-year freeze.\n",
        published=date(2024, 2, 20),
    )
    assert [(m.location, set(m.parties)) for m in found] == [
        ("Lima", {"Chile", "Peru", "Bolivia"}),
        ("Quito", {"Chile", "Peru"}),  # the two that resume them, not the three of the declaration
    ]


def test_a_day_fronted_on_a_timetable_dates_the_talks_a_day_of_agreeing_does_not() -> None:
    [scheduled] = meetings_of(
        "On April 12, Chile is scheduled to hold talks with Peru in Lima.", published=date(2025, 4, 11)
    )
    assert scheduled.start == date(2025, 4, 12)
    [agreed] = meetings_of("Chile agreed on Thursday to hold talks with Peru in Lima.", published=date(2025, 4, 11))
    assert agreed.start is None  # the day of the decision


def test_earlier_in_the_day_which_the_model_tags_as_the_day_is_the_day_of_writing() -> None:
    [meeting] = meetings_of(
        "The foreign minister of Chile met Peruvian officials in Lima earlier in the day.", published=date(2025, 5, 16)
    )
    assert meeting.start == date(2025, 5, 16)


def test_days_of_talks_that_began_on_a_day_run_from_that_day() -> None:
    [meeting] = meetings_of(
        "The foreign ministers of Chile and Peru signed an accord Friday settling their river border after three "
        "days of talks that began Wednesday in Quito.",
        date(2024, 5, 10),
    )
    assert (meeting.location, meeting.start, meeting.end) == ("Quito", date(2024, 5, 8), date(2024, 5, 10))


def test_a_participle_of_ending_after_days_of_talks_gives_their_last_day() -> None:
    [meeting] = meetings_of(
        "Chile and Peru held two days of talks in Quito this week, ending Thursday.", date(2024, 5, 10)
    )
    assert (meeting.start, meeting.end) == (date(2024, 5, 8), date(2024, 5, 9))


@pytest.mark.parametrize(
    "text",
    [
        "The UN envoy, Jorge Paz, met both sides separately earlier this month.",
        "The UN envoy met the two delegations separately earlier this year.",
    ],
)
def test_a_meeting_earlier_this_month_is_another_than_the_one_the_story_tells_of(text: str) -> None:
    met = next(t for t in load_pipeline()(text) if t.lemma_ == "meet")
    assert earlier_in_the_year(met)


def test_a_bare_day_after_talks_a_verb_of_announcing_is_about_is_the_announcing_s_day() -> None:
    found = meetings_of(
        "Chile's government and opposition will resume their dialogue with talks scheduled for Tuesday in Quito. "
        "Norway's embassy in Lima announced the resumption of talks Monday in a brief statement.",
        date(2023, 10, 16),
    )
    assert date(2023, 10, 17) in [m.start for m in found] and date(2023, 10, 16) not in [m.start for m in found]


def test_the_meeting_an_agreement_was_reached_at_has_the_day_the_sentence_before_agreed_on() -> None:
    found = meetings_of(
        "Chile and Peru agreed Thursday to a 13-point plan to ease tensions along their border. The agreement was "
        "reached during a border committee meeting in Quito. On July 28, during a trilateral meeting with Ecuador's "
        "president, they agreed to a ceasefire.",
        date(2025, 8, 7),
    )
    [quito] = [m for m in found if m.location == "Quito"]
    assert quito.start == date(2025, 8, 7)


def test_a_day_the_parser_hung_on_the_subject_right_before_its_verb_dates_the_meeting() -> None:
    text = (
        "Chile's chief border negotiator on Thursday met the European Union's Ana Lind, who coordinates indirect "
        "talks between Santiago and Lima."
    )
    day = next(t for t in load_pipeline()(text) if t.text == "Thursday")
    assert day.head.head.text == "negotiator"  # "on Thursday" hung on the subject
    assert date(2022, 8, 4) in [m.start for m in meetings_of(text, date(2022, 8, 4))]


@pytest.mark.parametrize("written", [date(2024, 8, 24), date(2024, 8, 25)])
def test_the_weekend_to_come_told_on_a_weekend_day_is_the_weekend_it_is(written: date) -> None:
    resolver = DateResolver(written)
    assert resolver.resolve_text("over the weekend", future=True) == DateRange(date(2024, 8, 24), date(2024, 8, 25))
    assert resolver.resolve_text("next weekend", future=True) == DateRange(date(2024, 8, 31), date(2024, 9, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Delegations of Chile and Peru are in Quito for consultations. The consultations, which began on Tuesday, are "
        "expected to conclude on Sunday.",
        "The consultations between Chile and Peru began in Quito on Tuesday and are expected to end on Sunday.",
    ],
)
def test_talks_that_began_and_are_expected_to_close_on_a_day_run_to_it_and_are_under_way(text: str) -> None:
    [meeting] = meetings_of(text, published=date(2024, 4, 12))
    assert (meeting.location, meeting.start, meeting.end) == ("Quito", date(2024, 4, 9), date(2024, 4, 14))
    assert meeting.status == "ongoing"


def test_a_meeting_expected_in_a_month_is_the_month_to_come() -> None:
    [meeting] = meetings_of(
        "Diplomats expect a follow-up meeting between Chile and Peru in Lima in May.", published=date(2023, 4, 24)
    )
    assert (meeting.status, meeting.day) == ("planned", "2023-05")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and the ELN rebel group on Saturday held talks in Doha.",
        "Chile and the ELN rebel group on Saturday signed a declaration of principles in Doha.",
        "Chile on Saturday held talks with Peru in Doha.",
    ],
)
def test_a_day_set_between_the_subject_and_its_verb_dates_the_verb_s_meeting(text: str) -> None:
    [meeting] = meetings_of(text, published=date(2025, 7, 20))
    assert (meeting.start, meeting.end) == (date(2025, 7, 19), date(2025, 7, 19))


def test_a_day_hung_on_the_hour_of_a_meeting_dates_the_meeting() -> None:
    [meeting] = meetings_of("Chile and Peru will hold talks at 10 a.m. on Monday in Lima.", published=date(2020, 9, 20))
    assert (meeting.start, meeting.status) == (date(2020, 9, 21), "planned")
