"""The times a wire story tells its meetings by: a headline's "to meet" the parser hung on its first name, meetings
told "since then" after the one before, talks in the dateline's city "last week", untimed talks of two sides
beside a truce months before, and a length told after another meeting's sentence. Sentences written for each."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings


def test_a_headline_to_meet_the_parser_hung_on_its_first_name_is_to_come() -> None:
    text = (
        "Thai, Cambodian defence chiefs to meet in Quito as border truce holds\n\n"
        "LIMA, Aug 2 (Wire) - The two defence ministers will meet in Quito on Monday, the army said on Saturday.\n\n"
        "The two countries agreed to a ceasefire at talks in Lima last week.\n"
    )
    found = article_meetings(text, date(2025, 8, 2))
    assert [(m.location, m.status) for m in found] == [("Quito", "planned"), ("Lima", "held")]


def test_meetings_told_since_then_are_later_occasions() -> None:
    text = (
        "Truce holds\n\n"
        "LIMA, Aug 2 (Wire) - Chile and Peru agreed to a ceasefire at talks in Quito on Monday, hosted by Ecuador.\n\n"
        "Since then, regional commanders from both sides have met twice at the border, on Tuesday and Wednesday.\n"
    )
    found = article_meetings(text, date(2025, 8, 2))
    assert [(m.location, m.start) for m in found] == [("Quito", date(2025, 7, 28)), (None, date(2025, 7, 29))]


def test_talks_the_dateline_s_city_held_last_week_are_not_dated_by_the_dateline() -> None:
    text = (
        "Truce holds\n\n"
        "LIMA, Aug 2 (Wire) - Chile and Peru agreed to a ceasefire at talks in Lima last week, officials said.\n"
    )
    [meeting] = article_meetings(text, date(2025, 8, 2))
    assert (meeting.location, meeting.start, meeting.status) == ("Lima", None, "held")
    today = text.replace(" last week", "")
    assert article_meetings(today, date(2025, 8, 2))[0].start == date(2025, 8, 2)  # no time told: the dateline's day


def test_untimed_talks_of_two_sides_are_of_the_story_s_days_not_a_truce_months_before() -> None:
    text = (
        "Leaders sign accord\n\n"
        "LIMA, Oct 26 (Wire) - The presidents of Chile and Peru signed the deal in Lima on Sunday.\n\n"
        "The deal builds on a truce agreed in Quito in July.\n\n"
        "Brazil's president later held bilateral talks with Bolivia's president.\n"
    )
    found = article_meetings(text, date(2025, 10, 26))
    assert [(m.location, set(m.parties)) for m in found] == [
        ("Lima", {"Chile", "Peru"}),
        ("Quito", {"Chile", "Peru"}),
        ("Lima", {"Brazil", "Bolivia"}),
    ]


def test_a_length_told_after_another_meeting_s_sentence_is_the_length_of_the_one_told_last() -> None:
    text = (
        "Talks resume\n\n"
        "MEXICO CITY, Feb 13 (Wire) - Chile and Peru resumed talks in Mexico City on Monday.\n\n"
        "The first round was held in Lima from Nov. 21 to Dec. 12.\n\n"
        "The Peruvian delegation is headed by Luis Paz, a diplomat. The round is expected to last three weeks.\n"
    )
    found = article_meetings(text, date(2023, 2, 13))
    assert [(m.location, m.end, m.status) for m in found] == [
        ("Mexico City", date(2023, 3, 5), "ongoing"),
        ("Lima", date(2022, 12, 12), "held"),
    ]


def test_the_year_a_process_began_in_a_clause_on_its_noun_is_not_the_year_of_the_day_it_resumed() -> None:
    from tests.conftest import meetings_of

    for text in (
        "Negotiations between Chile and Peru, interrupted for four years after starting in 2017, resumed on "
        "November 22 in Quito.",
        "Negotiations between Chile and Peru, which began in 2017, resumed on November 22 in Quito.",
    ):
        [quito] = meetings_of(text, date(2023, 2, 13))
        assert quito.start == date(2022, 11, 22)


def test_the_day_talks_began_told_on_their_noun_is_not_the_day_they_resume_nor_placed_where_they_resume() -> None:
    from tests.conftest import meetings_of

    found = meetings_of(
        "Chile and Peru announced on Saturday that the dialogue that began on November 21 will be resumed in Quito "
        "on Monday, February 13.",
        date(2023, 1, 22),
    )
    assert [(m.location, m.start, m.status) for m in found] == [("Quito", date(2023, 2, 13), "planned")]


def test_talks_a_pronoun_says_are_expected_to_run_until_a_day_are_under_way_until_then() -> None:
    text = (
        "Border talks resume in Quito\n\n"
        "QUITO, March 4 (Wire) - Negotiators from Chile and Peru sat down in Quito on Tuesday for a fresh round of "
        "talks on their border.\n\n"
        "The talks, chaired by an EU envoy, brought together the two deputy foreign ministers. They are expected to "
        "run until Thursday.\n"
    )
    [quito] = article_meetings(text, date(2026, 3, 4))
    assert (quito.start, quito.end, quito.status) == (date(2026, 3, 3), date(2026, 3, 5), "ongoing")


def test_the_outcome_hoped_of_a_round_under_way_is_no_other_round_to_come() -> None:
    text = (
        "Border talks resume in Quito\n\n"
        "QUITO, March 4 (Wire) - Negotiators from Chile and Peru sat down in Quito on Tuesday for a fresh round of "
        "talks on their border.\n\n"
        "Chile's president said on Monday he hoped the Quito round would produce a first agreed section of the "
        "frontier.\n"
    )
    assert [m.location for m in article_meetings(text, date(2026, 3, 4))] == ["Quito"]


def test_a_round_a_gathering_next_week_is_for_is_to_come_with_it() -> None:
    from tests.conftest import meetings_of

    found = meetings_of(
        "When Chilean and Peruvian officials gather in Arica next week for the fifth round of talks on fishing "
        "rights, they will do so with little to show.",
        date(2026, 5, 6),
    )
    assert [(m.location, m.round, m.status) for m in found] == [("Arica", 5, "planned")]


def test_a_meeting_told_a_night_after_a_dated_call_is_the_next_day() -> None:
    from tests.conftest import meetings_of

    found = meetings_of(
        "Chile's president held a phone conversation with Peru's president on late Aug. 11, just a night before "
        "the key meeting in Quito.",
        date(2024, 8, 12),
    )
    assert [(m.location, m.start) for m in found] == [("Quito", date(2024, 8, 12))]


def test_a_meeting_a_weekday_names_by_its_possessive_after_following_is_gone_by() -> None:
    from tests.conftest import meetings_of

    found = meetings_of(
        "Following progress at Monday's meeting in Quito, a second meeting between the top diplomats of Chile and "
        "Peru will be held on September 2.",
        date(2024, 7, 2),
    )
    monday = [m for m in found if m.start == date(2024, 7, 1)]
    assert len(monday) == 1 and monday[0].status == "held"


def test_a_headline_s_set_schedules_its_meeting() -> None:
    text = (
        "Second round of talks between Chile, Peru in Quito set - Ecuador FM\n\n"
        "QUITO, July 2 (Wire) - Ecuador's foreign minister said on Tuesday that progress had been made.\n"
    )
    [quito] = article_meetings(text, date(2024, 7, 2))
    assert (quito.location, quito.round, quito.status) == ("Quito", 2, "planned")
