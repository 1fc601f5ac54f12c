"""Rounds told of in passing: a figure ordinal standing for a round, a round's number beside the year its whole
process began, a numbering carried on from the sentence before, and meetings in a clause of another time ("after a
first round collapsed"), each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_meetings, meetings_of


def test_a_figure_ordinal_stands_for_a_round_the_sentence_numbered() -> None:
    found = meetings_of(
        "It was the 14th round of talks between Chile and Peru; the 13th took place in Lima in March 2019.",
        published=date(2021, 1, 25),
    )
    assert [m.round for m in found if m.location == "Lima"] == [13]


def test_the_year_a_process_began_is_not_the_year_of_its_round() -> None:
    text = (
        "Chile and Peru hold talks in Quito\n\n"
        "QUITO, Jan 25 (Wire) - Chilean and Peruvian diplomats met in Quito on Monday for talks on their sea "
        "border.\n\n"
        "It was the 14th round of a process that began in 2009; the 13th took place in Lima in March 2019.\n"
    )
    found = article_meetings(text, date(2021, 1, 25))
    [quito] = [m for m in found if m.location == "Quito"]
    assert quito.round == 14 and quito.start == date(2021, 1, 25)
    assert [m.round for m in found if m.location == "Lima"] == [13]


def test_a_numbering_goes_on_into_the_next_sentence() -> None:
    found = meetings_of(
        "A fourth round between Chile and Peru was held in Quito in January 2003 and a fifth in Lima the "
        "following month. The sixth, in the mountain town of Cusco in March, was the last.",
        published=date(2006, 10, 26),
    )
    assert [m.round for m in found if m.location == "Cusco"] == [6]


def test_a_first_round_in_a_span_of_time_is_no_round_one_however_hung() -> None:
    [meeting] = meetings_of(
        'Negotiators of Chile and Peru met in Quito for the first formal round of "border" talks in more than a year.',
        published=date(2019, 10, 8),
    )
    assert meeting.round is None
    [numbered] = meetings_of("The first round of talks between Chile and Peru in Quito this year ended on Monday.")
    assert numbered.round == 1


def test_a_bare_day_in_a_paragraph_of_years_long_past_is_in_the_year_it_named() -> None:
    text = (
        "Looking back at the Quito talks\n\n"
        "By Ana Soto\n\n"
        "Over five rounds between January and July 2005, delegations of Chile and Peru met in Quito. The mediator "
        "told both sides at the first session on January 27 that nothing was agreed until everything was.\n"
    )
    found = article_meetings(text, date(2025, 8, 14))
    assert date(2005, 1, 27) in {m.start for m in found}
    assert not [m for m in found if m.start is not None and m.start.year == 2025]
    recent = meetings_of(
        "The talks began in 2024. Chile and Peru met in Quito on January 27.", published=date(2025, 8, 14)
    )
    assert [m.start for m in recent] == [date(2025, 1, 27)]  # a year just gone is no sign of an old story


def test_a_meeting_in_the_present_on_a_weekday_is_to_come() -> None:
    [meeting] = meetings_of("Chile and Peru meet in Quito on Thursday.", published=date(2019, 10, 8))
    assert meeting.start == date(2019, 10, 10) and meeting.status == "planned"


def test_sides_set_apart_by_a_dash_are_not_cast_as_the_mediators_after_them() -> None:
    from kg.extract.meetings.cast_roles import cast_as
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline()(
        "The two sides - Peru and Tacna - plus the UN, Brazil and Mexico as mediators."
    )  # the model tags "Tacna - plus" as one name
    cast = {t.text: cast_as(t) for t in doc if t.text in {"Peru", "Tacna", "Brazil", "Mexico"}}
    assert cast == {"Peru": None, "Tacna": None, "Brazil": "mediators", "Mexico": "mediators"}


def test_a_participle_set_off_after_a_round_places_and_dates_it() -> None:
    [meeting] = meetings_of(
        "During the 25th round, held in Quito on Monday and Tuesday, Chile and Peru signed a border accord.",
        published=date(2023, 10, 24),
    )
    assert (meeting.location, meeting.start, meeting.end, meeting.round) == (
        "Quito",
        date(2023, 10, 23),
        date(2023, 10, 24),
        25,
    )


def test_a_round_expected_to_continue_until_a_day_not_past_is_under_way() -> None:
    text = (
        "Live: Chile-Peru talks in Quito\n\n"
        "17:20 - Chile and Peru opened their sixth round of talks in Quito on Saturday. The sixth round is expected "
        "to continue until at least Sunday.\n"
    )
    [meeting] = article_meetings(text, date(2021, 6, 13))
    assert (meeting.start, meeting.end, meeting.status) == (date(2021, 6, 12), date(2021, 6, 13), "ongoing")


def test_a_year_that_names_a_deal_is_no_year_of_the_paragraph() -> None:
    found = meetings_of(
        "Talks between Chile and the parties to the 2015 deal opened in Quito on Saturday. The first round began "
        "in Quito on April 6.",
        published=date(2021, 6, 13),
    )
    assert date(2021, 4, 6) in {m.start for m in found}


def test_a_gathering_of_leaders_by_a_third_is_a_meeting_it_brokers() -> None:
    [meeting] = meetings_of(
        "The UN Secretary-General will gather the leaders of Chile and Peru in New York on Wednesday.",
        published=date(2025, 7, 14),
    )
    assert meeting.mediators == ("United Nations",) and meeting.status == "planned"


def test_a_day_that_names_its_year_keeps_it_in_a_paragraph_of_years_past() -> None:
    found = meetings_of(
        "The first cycle took place in Quito from November 21 to December 12, 2022, and the second one in Lima "
        "between February 13 and March 10 of this year.",
        published=date(2024, 9, 20),
    )
    assert [m.start for m in found if m.location == "Lima"] == [date(2024, 2, 13)]


def test_a_day_that_year_is_in_the_year_last_named() -> None:
    found = meetings_of(
        "Brazil has facilitated the dialogue since 2013, when Chile and Peru signed a general consensus in Lima on "
        "Feb. 28 that year.",
        published=date(2024, 2, 7),
    )
    assert [m.start for m in found if m.location == "Lima"] == [date(2013, 2, 28)]


def test_the_year_a_side_launched_an_offensive_is_not_the_year_of_its_talks() -> None:
    text = (
        "BOGOTA, Jan 20 (Wire) - Peru and the Andean Liberation Army, one of three armed groups that launched an "
        "offensive in 2023, agreed to a ceasefire on Saturday after four days of talks in Quito.\n\n"
        "The talks, which ran from Jan. 15 to 18, were facilitated by Brazil.\n"
    )
    found = article_meetings(text, date(2025, 1, 20))
    assert [(m.location, m.start, m.end) for m in found] == [("Quito", date(2025, 1, 15), date(2025, 1, 18))]


def test_an_ordinal_after_a_count_of_rounds_is_the_next_round() -> None:
    meetings = meetings_of(
        "Chile and Peru have held three rounds of talks, most recently in Lisbon on Oct. 1, and a fourth is planned "
        "there in November.",
        published=date(2025, 10, 20),
    )
    planned = [m for m in meetings if m.status == "planned"]
    assert [(m.location, m.round) for m in planned] == [("Lisbon", 4)]
    held = [m for m in meetings if m.status == "held"]
    assert [(m.start, m.round) for m in held] == [(date(2025, 10, 1), 3)]  # "most recently": the third of three


def test_the_last_one_after_a_meeting_told_is_the_meeting_before() -> None:
    meetings = meetings_of(
        "Chile's and Peru's leaders will meet in Lisbon next Monday. The meeting will be their first in a year. The "
        "last one, held in Lisbon in September, ended without a deal.",
        published=date(2025, 2, 20),
    )
    assert sorted(m.status for m in meetings) == ["held", "planned"]
    assert {m.location for m in meetings} == {"Lisbon"}


def test_rounds_placed_by_a_participle_in_a_list_of_cities_are_each_a_meeting() -> None:
    meetings = meetings_of(
        "Somalia and Somaliland met in Djibouti on Sunday. Previous rounds of talks, held in London in 2012 and in "
        "Ankara and Istanbul in 2013 and 2014, failed to produce a breakthrough.",
        published=date(2020, 6, 15),
    )
    assert {m.location for m in meetings} == {"Djibouti", "London", "Ankara", "Istanbul"}
    assert all(set(m.parties) == {"Somalia", "Somaliland"} for m in meetings)


def test_a_meeting_said_to_be_the_first_between_two_or_in_a_span_of_time_is_no_first_round() -> None:
    for said in ("the first between the two leaders in a year", "the first in more than a year"):
        (meeting,) = meetings_of(f"Chile and Peru met in Lima on Monday. The meeting was {said}.", date(2023, 11, 16))
        assert meeting.round is None, said
    (first,) = meetings_of(
        "Chile and Peru met in Lima on Monday. The meeting was the first of the new series.", date(2023, 11, 16)
    )
    assert first.round == 1


def test_an_ordinal_hung_on_a_plural_possessive_before_the_meeting_noun_numbers_it() -> None:
    [meeting] = meetings_of(
        "The three sides agreed to hold the sixth trilateral foreign ministers' dialogue in Lima at an early date."
    )
    assert (meeting.location, meeting.round) == ("Lima", 6)


@pytest.mark.parametrize("word", ["previous", "last"])
def test_the_round_held_before_a_numbered_round_to_come_is_one_less(word: str) -> None:
    found = meetings_of(
        f"Chile and Peru will hold the 24th round of border talks in Lima on Tuesday. The {word} round of the talks "
        "was held in Quito in December.",
        date(2026, 2, 18),
    )
    assert {(m.location, m.round, m.status) for m in found} == {("Lima", 24, "planned"), ("Quito", 23, "held")}


def test_an_ordinal_set_beside_the_meeting_word_numbers_its_round() -> None:
    found = meetings_of(
        "Chile and Peru have met eight times. The latest round, the eighth, was held in Lima on Friday."
    )
    assert [m.round for m in found if m.location == "Lima"] == [8]
    first = meetings_of(
        "Chile and Peru met in Lima on Friday. The meeting, the first between them since 2019, was brief."
    )
    assert [m.round for m in first] == [None]  # a count since a time, not the talks' first round


def test_a_summit_counted_within_a_year_is_no_numbered_round() -> None:
    [trip] = meetings_of(
        "Ana Lind arrived in Lima on Tuesday for a three-day trip, her third summit with Jorge Paz this year.",
        published=date(2018, 9, 19),
    )
    assert trip.round is None
    [numbered] = meetings_of("The third round this year was held in Lima.", published=date(2018, 9, 19))
    assert numbered.round == 3  # a round keeps its number


def test_a_numbered_meeting_told_of_in_passing_gives_no_number_to_a_visit() -> None:
    found = article_meetings(
        "Chilean President Ana Lind and Peruvian President Jorge Paz held their second summit in Quito on Thursday."
        "\n\nPaz remains in Quito for an official visit to Ecuador on Friday and Saturday, including talks with "
        "Ecuador's president.\n\n"
        'On a third meeting: "It might be soon."',
        date(2026, 2, 19),
    )
    [visit] = [m for m in found if m.status == "planned"]
    assert visit.round is None


def test_the_next_round_follows_the_latest_round_held_not_an_earlier_one_told_after_it() -> None:
    found = article_meetings(
        "Chile and Peru opened a sixth round of talks in Quito on Monday.\n\nThe fifth round, held in Lima in "
        "December, ended with a prisoner deal.\n\nThe next round is scheduled to take place in La Paz in April.",
        date(2026, 2, 18),
    )
    assert {m.location: m.round for m in found} == {"Quito": 6, "Lima": 5, "La Paz": 7}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru have held five rounds of talks, the last of which took place in Lima on November 30.",
        "Chile and Peru have held five rounds of talks, the latest in Lima on November 30.",
        "Chile and Peru hold regular meetings of their border commission, the most recent of which was held in Lima "
        "on November 30.",
    ],
)
def test_the_last_of_meetings_counted_or_told_in_the_plural_is_a_meeting_where_and_when_told(text: str) -> None:
    meetings = meetings_of(text, date(2026, 2, 18))
    assert [(m.location, m.start) for m in meetings] == [("Lima", date(2025, 11, 30))]


def test_the_last_of_other_things_is_no_meeting() -> None:
    meetings = meetings_of("The talks ran late in Lima on Monday, and the last of the delegates left at midnight.")
    assert [m.location for m in meetings] == ["Lima"]


def test_a_round_in_a_clause_of_another_time_is_not_the_round_of_the_talks_resumed() -> None:
    [meeting] = meetings_of(
        "Chile and Peru resumed talks in Lima on Thursday, six months after a first round collapsed.",
        date(2026, 2, 18),
    )
    assert (meeting.start, meeting.round) == (date(2026, 2, 12), None)


def test_a_summit_told_before_in_a_clause_of_another_time_keeps_its_own_sides() -> None:
    found = article_meetings(
        "Chilean President Ana Lind and Peruvian President Jorge Paz held a summit in Quito on Monday. After the "
        "end of the summit the Chilean president held a meeting with the Ecuadorian president, Luis Mora.\n",
        date(2026, 2, 18),
    )
    summit = next(m for m in found if m.start == date(2026, 2, 16))
    assert set(summit.parties) == {"Chile", "Peru"}
    assert any(set(m.parties) == {"Chile", "Ecuador"} for m in found if m is not summit)


def test_their_meeting_in_a_clause_of_another_time_is_between_the_clause_s_sides() -> None:
    found = meetings_of(
        "Bolivia is hosting the second summit between Chile's president and Peru's president, eight months after "
        "their first meeting in Quito."
    )
    assert {m.location: set(m.parties) for m in found}["Quito"] == {"Chile", "Peru"}


LIVE_BLOG = (
    "Chile-Peru talks in Lima: live updates\n\n"
    "Updated 3:45 p.m.\n\n"
    "The first direct talks between Chile and Peru in three years have ended after two hours, an official said. "
    "The two delegations met at the Torre Tagle Palace, with Ecuador's foreign minister chairing the session.\n\n"
    "Updated 1:10 p.m.\n\n"
    "Peru's delegation is led by Defence Minister Jorge Paz. The Chilean team is headed by presidential aide Ana "
    "Lind.\n\n"
    "Updated 11:30 a.m.\n\n"
    "Brazilian Foreign Minister Luis Mora met Peruvian officials in Lima this morning ahead of the talks, the "
    'ministry said. Mora said he had "low expectations" for the meeting.\n\n'
    "Updated 9:00 a.m.\n\n"
    "Chilean and Peruvian negotiators are due to meet in Lima today for their first talks since March 2022, when a "
    "round in the same city collapsed.\n"
)


def test_a_round_of_a_month_long_gone_is_not_the_lead_s_news() -> None:
    found = article_meetings(LIVE_BLOG, date(2025, 5, 16))
    assert any(m.start is None and m.location == "Lima" and set(m.parties) == {"Chile", "Peru"} for m in found)
    assert [m.start for m in found if m.venue == "Torre Tagle Palace"] != [None]


def test_talks_after_ahead_of_are_the_talks_told_before_not_the_meeting_before_them() -> None:
    found = article_meetings(LIVE_BLOG, date(2025, 5, 16))
    today = [(m.venue, tuple(sorted(m.parties)), m.status) for m in found if m.start == date(2025, 5, 16)]
    assert len(today) == 2
    assert set(today) == {(None, ("Brazil", "Peru"), "held"), ("Torre Tagle Palace", ("Chile", "Peru"), "held")}


def test_a_summit_ahead_of_which_talks_were_held_takes_none_of_their_day() -> None:
    found = meetings_of("Chile and Peru held talks in Lima on Monday, ahead of a summit in Quito next month.")
    quito = next(m for m in found if m.location == "Quito")
    assert (quito.start, quito.status) == (None, "planned")


def test_the_side_met_in_talks_ahead_of_which_a_meeting_is_held_is_not_a_side_of_that_meeting() -> None:
    found = meetings_of(
        "Chile will send a delegation to Lima for consultations with Brazilian officials ahead of next week's talks "
        "with Peru in Quito.",
        date(2024, 8, 9),
    )
    lima = next(m for m in found if m.location == "Lima")
    assert set(lima.parties) == {"Chile", "Brazil"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held talks in Geneva in 2019, Vienna in 2020 and Doha in 2021.",
        "Previous rounds between Chile and Peru were held in Geneva in 2019, Vienna in 2020 and Doha in 2021.",
    ],
)
def test_places_listed_each_with_its_year_after_the_first_are_meetings_of_their_own_and_no_brokers(text: str) -> None:
    meetings = meetings_of(text, date(2026, 2, 18))
    assert sorted(m.location or "" for m in meetings) == ["Doha", "Geneva", "Vienna"]
    assert all(set(m.parties) == {"Chile", "Peru"} and m.mediators == () for m in meetings)  # not "Vienna": Austria


def test_meeting_nouns_joined_by_and_each_with_its_own_place_are_two_meetings() -> None:
    text = "Bolivia and Chile held talks in Quito in 1975 and a round in Santiago in 2006."
    assert sorted(m.location or "" for m in meetings_of(text, date(2026, 2, 18))) == ["Quito", "Santiago"]
    one = meetings_of("Bolivia and Chile held talks and a dinner in Quito on Monday.", date(2026, 2, 18))
    assert [m.location for m in one] == ["Quito"]  # one place: one meeting named twice


def test_rounds_numbered_together_are_a_meeting_each_and_the_ordinal_after_them_is_the_next_round() -> None:
    meetings = meetings_of(
        "Brazil hosted the third and fourth rounds in Brasilia in 2024, and the fifth was held in Lima in February "
        "2025 under Ecuadorian auspices.",
        date(2026, 5, 9),
    )
    assert sorted((m.round, m.location, m.mediators) for m in meetings) == [
        (3, "Brasília", ("Brazil",)),
        (4, "Brasília", ("Brazil",)),
        (5, "Lima", ("Ecuador",)),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "The previous rounds, on May 16 and June 2, also took place in Istanbul.",
        "The previous rounds were held in Istanbul in May and in June.",
    ],
)
def test_the_previous_rounds_told_on_two_days_before_the_third_are_the_first_and_the_second(told: str) -> None:
    meetings = article_meetings(
        f"Peru and Chile held their third round of direct talks in Istanbul on Wednesday. {told}", date(2026, 7, 24)
    )
    assert sorted(m.round for m in meetings) == [1, 2, 3]


def test_a_relative_clause_hung_on_the_months_of_earlier_rounds_places_them() -> None:
    text = (
        "Kenya, Somalia end border row\n\n"
        "NAIROBI, Dec 12 (Wire) - Kenya and Somalia agreed on Wednesday to end a bitter border row after talks in "
        "Nairobi.\n\n"
        "The agreement follows two earlier rounds of talks, in March and April, which Ugandan Foreign Minister Sam "
        "Okello mediated in Kampala.\n"
    )
    found = article_meetings(text, date(2025, 12, 12))
    earlier = [m for m in found if m.location == "Kampala"]
    assert len(earlier) == 2 and all(m.status == "held" and m.mediators == ("Uganda",) for m in earlier)
    assert all(set(m.parties) == {"Kenya", "Somalia"} for m in earlier)
    assert [m.location for m in found if m.start is not None] == ["Nairobi"]


def test_talks_an_including_list_places_in_two_cities_are_two_meetings() -> None:
    found = meetings_of(
        "Earlier attempts, including talks between Chile and Peru in Lima in 2017 and in Quito in October 2022, "
        "failed.",
        published=date(2024, 7, 23),
    )
    assert sorted(m.location for m in found) == ["Lima", "Quito"]
    assert all(set(m.parties) == {"Chile", "Peru"} and m.status == "held" for m in found)


def test_a_relative_clause_hung_on_a_round_s_city_gives_its_days_and_the_round_stays_first() -> None:
    [meeting] = meetings_of(
        "The first round in Quito, which ran from Oct. 25 to 30, had appeared close to collapse.",
        published=date(2025, 10, 31),
    )
    assert (meeting.location, meeting.start, meeting.end, meeting.round) == (
        "Quito",
        date(2025, 10, 25),
        date(2025, 10, 30),
        1,
    )
    [host] = meetings_of("Talks were held in Lima, which hosted a summit in 2019.", published=date(2025, 10, 31))
    assert host.start is None  # the city's own clause: not the talks' days


@pytest.mark.parametrize("noun", ["round", "cycle"])
def test_an_ordinal_in_apposition_numbers_the_round(noun: str) -> None:
    found = meetings_of(
        f"Chilean and Peruvian negotiators have met for two years. The latest {noun}, the fifth, closed in Quito on "
        "Monday with a deal to extend the truce.",
        published=date(2024, 5, 28),
    )
    [quito] = [m for m in found if m.location == "Quito"]
    assert quito.round == 5 and quito.start == date(2024, 5, 27)


def test_an_ordinal_in_apposition_with_words_of_its_own_numbers_no_round() -> None:
    [meeting] = meetings_of(
        "The talks, the first between the two presidents of Chile and Peru in eleven years, took place in Quito on "
        "Monday.",
        published=date(2024, 5, 28),
    )
    assert meeting.location == "Quito" and meeting.round is None


def test_the_next_cycle_is_a_round_to_come_but_not_the_next_election_cycle() -> None:
    found = meetings_of(
        "Chile and the Andean Liberation Front ended a fifth round of talks in Quito on Tuesday. Their chief "
        "negotiator said the next cycle would take place in Bolivia in April, after the next election cycle.",
        published=date(2024, 2, 6),
    )
    [planned] = [m for m in found if m.status == "planned"]
    assert (planned.country, planned.day) == ("Bolivia", "2024-04")


def test_a_round_of_talks_closed_with_a_signing_keeps_its_number() -> None:
    [meeting] = meetings_of(
        "Chile's government and the Andean Liberation Front wrapped up a third round of talks on Friday in Quito "
        "with the signing of a protocol on prisoners.",
        published=date(2024, 3, 11),
    )
    assert (meeting.location, meeting.round, meeting.start) == ("Quito", 3, date(2024, 3, 8))


@pytest.mark.parametrize(
    "where",
    [
        "Bolivia, which agreed to host a fourth round",
        "Bolivia, which accepted a request by both sides to hold a fourth round in the Andean country",
    ],
)
def test_the_next_round_in_a_state_that_agreed_to_hold_it_is_planned_there(where: str) -> None:
    found = meetings_of(
        "Chile's government and the Andean Liberation Front ended a third round of talks on Friday in Quito. The "
        f"talks will continue in {where}.",
        published=date(2024, 3, 11),
    )
    [planned] = [m for m in found if m.status == "planned"]
    assert (planned.country, planned.location, planned.round) == ("Bolivia", None, 4)
    assert planned.parties == ("Chile", "Andean Liberation Front")
