"""Summits and conferences as wire stories tell them: where a government sits is not where its talks are, and
sentences written for each pattern."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_meetings, meetings_of


def test_the_city_a_government_sits_in_is_not_where_talks_that_bring_it_together_are() -> None:
    found = article_meetings(
        "LIMA, May 9 (Andes Wire) - Talks between the Ecuadorian government and rebel groups resumed in Lima on "
        "Thursday.\n\nThe talks are mediated by Chile and bring together the government in Quito and a coalition "
        "of armed groups.",
        date(2024, 5, 9),
    )
    assert [m.location for m in found] == ["Lima"]


def test_a_region_of_a_state_is_no_city_and_the_datelines_town_in_it_places_the_summit() -> None:
    found = article_meetings(
        "WOODSIDE, Calif. (Pacific Wire) - The presidents of Chile and Peru ended their summit at a ranch in "
        "California on Friday without a deal.\n\nThe two leaders met for three hours at the Filoli estate.",
        date(2024, 11, 15),
    )
    assert [(m.location, m.country, m.start) for m in found] == [("Woodside", "United States", date(2024, 11, 15))]


def test_a_state_named_with_a_word_before_it_is_no_city() -> None:
    (summit,) = article_meetings(
        "LUCERNE, Switzerland (Alpine Wire) - Leaders of Chile and Peru met on Sunday at a mountain resort in "
        "central Switzerland for a summit hosted by the Swiss government.",
        date(2024, 6, 16),
    )
    assert (summit.location, summit.country) == ("Lucerne", "Switzerland")


def test_a_meeting_named_then_said_to_be_attended_by_a_list_has_the_list_as_its_sides() -> None:
    (summit,) = article_meetings(
        "QUITO, March 3 (Andes Wire) - Leaders of the region met Venezuela's president in Quito on Saturday to "
        "discuss the border crisis."
        "\n\nThe meeting was the first of its kind in a decade. It was attended by the presidents of Chile, Peru "
        "and Bolivia, and by the foreign ministers of Thailand, the Philippines and Laos.",
        date(2024, 3, 3),
    )
    assert set(summit.parties) == {"Venezuela", "Chile", "Peru", "Bolivia", "Thailand", "Philippines", "Laos"}


def test_the_closing_day_of_talks_long_past_takes_the_year_of_their_opening_day() -> None:
    (talks,) = article_meetings(
        "Forty years ago, the presidents of Chile and Peru met for secret talks in Lima.\n\n"
        "The talks, chaired by a United Nations envoy, began on March 5, 1984, and ended on March 17.",
        date(2024, 3, 17),
    )
    assert (talks.start, talks.end) == (date(1984, 3, 5), date(1984, 3, 17))


def test_a_visit_abroad_a_speaker_talks_during_is_not_held_where_the_story_is() -> None:
    found = article_meetings(
        "LIMA, March 29 (Andes Wire) - Chilean and Peruvian negotiators held talks in Lima on Tuesday.\n\n"
        '"We have not seen anything serious," Bolivian Foreign Minister Ana Lind said during a visit to Ecuador.',
        date(2024, 3, 29),
    )
    assert [(m.location, set(m.parties)) for m in found] == [("Lima", {"Chile", "Peru"})]


def test_talks_a_side_would_continue_next_week_are_to_come() -> None:
    found = article_meetings(
        "LIMA, Sept. 4 (Andes Wire) - Chile and Peru signed a trade deal in Lima on Friday.\n\n"
        "The Chilean minister said Chile would continue the dialogue with Peru in Quito next week. The Ecuadorian "
        "foreign minister is due to host the two delegations in Quito on Monday.",
        date(2020, 9, 4),
    )
    assert [(m.location, m.status) for m in found] == [("Lima", "held"), ("Quito", "planned")]


def test_a_summit_brings_together_the_states_of_the_leaders_listed_from_its_countries() -> None:
    (summit,) = article_meetings(
        "QUITO, June 16 (Andes Wire) - A two-day summit on the border crisis ended in Quito on Sunday.\n\n"
        "The summit, hosted by Ecuador, brought together leaders and officials from some 40 countries, including "
        "Chile's president, Ana Lind, Peru's prime minister, Jorge Paz, and Bolivia's foreign minister, Luis Mora.",
        date(2024, 6, 16),
    )
    assert (set(summit.parties), summit.mediators) == ({"Chile", "Peru", "Bolivia"}, ("Ecuador",))


def test_a_state_not_invited_to_a_summit_is_not_one_of_its_sides() -> None:
    (summit,) = article_meetings(
        "QUITO, June 16 (Andes Wire) - Chile and its allies ended a summit in Quito on Sunday that Peru was not "
        "invited to.\n\nChilean President Ana Lind said the summit had been a success. Peru dismissed it.",
        date(2024, 6, 16),
    )
    assert "Peru" not in summit.parties


def test_the_leaders_of_sides_that_agreed_a_truce_are_not_witnesses_of_its_announcement() -> None:
    (talks,) = article_meetings(
        "Colombia's government and the ELN rebels have agreed a ceasefire of six months, the biggest "
        "breakthrough yet in their talks.\n\nThe agreement was announced on Friday in Lima, where the two sides "
        "have been negotiating since May, in the presence of Colombian President Ana Lind and the ELN "
        "commander Jorge Paz.",
        date(2023, 6, 10),
    )
    assert (set(talks.parties), talks.mediators) == ({"Colombia", "ELN"}, ())


def test_talks_moved_to_another_city_in_a_month_meet_there_in_that_month() -> None:
    found = article_meetings(
        "The negotiations between Chile and Peru began in Quito in November last year, moved to Lima in "
        "February and then to La Paz.",
        date(2023, 6, 10),
    )
    assert ("Lima", "2023-02") in {(m.location, m.day) for m in found}


def test_leaders_a_host_will_invite_to_its_city_are_the_sides_of_a_meeting_to_come_there() -> None:
    (meeting,) = article_meetings(
        "Chilean President Ana Lind said she will invite the leaders of Peru and Bolivia to Santiago next month.",
        date(2024, 2, 1),
    )
    assert (meeting.location, meeting.status, set(meeting.parties), meeting.mediators) == (
        "Santiago",
        "planned",
        {"Peru", "Bolivia"},
        ("Chile",),
    )


def test_states_also_represented_and_a_side_s_delegation_join_the_placed_meeting_not_the_headline_s() -> None:
    found = article_meetings(
        "Chile hosts Peru border talks with Bolivia, Brazil and 20 other countries\n\n"
        "SANTIAGO, Aug 6 (Andes Wire) - Senior officials from around 20 countries, including Peru and Bolivia, "
        "ended two days of talks in Santiago on Sunday.\n\n"
        "The talks were chaired by Chilean Foreign Minister Ana Lind. Ecuador's delegation was led by Jorge Paz.\n\n"
        "Uruguay, Paraguay and Colombia were also represented.",
        date(2023, 8, 6),
    )
    assert [(m.location, set(m.parties)) for m in found] == [
        ("Santiago", {"Peru", "Bolivia", "Ecuador", "Uruguay", "Paraguay", "Colombia"})
    ]


def test_the_lead_s_meeting_in_a_month_to_come_takes_no_day_of_the_headline() -> None:
    found = article_meetings(
        "Negotiators to resume talks after weekend breakthrough\n\n"
        "QUITO, March 18 (Andes Wire) - Chilean and Peruvian negotiators will resume talks in Quito in mid-April, "
        "officials said on Monday, after reaching a breakthrough on fishing quotas over the weekend.",
        date(2024, 3, 18),
    )
    assert [(m.location, m.start, m.day, m.status) for m in found] == [("Quito", None, "2024-04", "planned")]


def test_states_whose_envoys_are_in_attendance_at_a_chaired_meeting_watch_over_it() -> None:
    (meeting,) = article_meetings(
        "Chile and Peru agreed to an immediate ceasefire on Monday at a meeting in Quito chaired by Ecuadorian "
        "President Ana Lind, with American and Brazilian representatives in attendance.",
        date(2025, 7, 28),
    )
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, {"Ecuador", "United States", "Brazil"})


def test_support_given_beside_a_patron_s_aegis_makes_a_second_broker() -> None:
    (talks,) = article_meetings(
        "The accord, negotiated in Quito under the aegis of the African Union and with the support of the United "
        "Nations, was signed by Chile and Peru last year.",
        date(2019, 2, 6),
    )
    assert set(talks.mediators) == {"African Union", "United Nations"}


def test_a_headline_that_sends_someone_off_for_talks_tells_of_talks_to_come() -> None:
    found = article_meetings(
        "Chile's trade negotiator heads to Lima for seventh round of talks\n\n"
        "SANTIAGO, June 26 (Andes Wire) - Chile's chief trade negotiator Ana Lind will travel to Lima this week "
        "for a seventh round of talks with Peru, the government said on Thursday.",
        date(2025, 6, 26),
    )
    assert [(m.location, m.round, m.status) for m in found] == [("Lima", 7, "planned")]


def test_a_state_inviting_a_named_side_and_another_to_talks_brokers_them() -> None:
    (talks,) = article_meetings(
        "RABAT, July 23 (Wire) - France has invited Morocco's government and the Polisario Front to talks in "
        "Switzerland starting on Aug. 14, the foreign minister said on Tuesday.",
        date(2024, 7, 23),
    )
    assert (talks.status, set(talks.parties), talks.mediators) == (
        "planned",
        {"Morocco", "Polisario Front"},
        ("France",),
    )


def test_the_series_a_meeting_is_the_latest_of_is_no_meeting_of_its_own_but_lends_its_broker() -> None:
    found = article_meetings(
        "LIMA, May 6 (Andes Wire) - Chile and Peru held talks in Lima on Monday, the latest in a series of meetings "
        "convened by Brazil.",
        date(2024, 5, 7),
    )
    assert [(m.location, set(m.parties), m.mediators) for m in found] == [("Lima", {"Chile", "Peru"}, ("Brazil",))]


def test_talks_resumed_at_a_state_s_initiative_have_it_as_their_broker() -> None:
    (talks,) = article_meetings(
        "LIMA, May 6 (Andes Wire) - Chile and Peru resumed talks in Lima on Monday at Brazil's initiative.",
        date(2024, 5, 7),
    )
    assert (set(talks.parties), talks.mediators) == ({"Chile", "Peru"}, ("Brazil",))


def test_a_follow_up_meeting_that_is_to_be_held_in_a_country_is_a_meeting_to_come_there() -> None:
    found = meetings_of(
        "The presidents of Chile and Peru met in Quito on Dec. 14. A follow-up meeting of the two presidents is to be "
        "held in Brazil within the next three months.",
        date(2024, 1, 26),
    )
    follow_up = next(m for m in found if m.country == "Brazil")
    assert (follow_up.location, follow_up.status, set(follow_up.parties)) == (None, "planned", {"Chile", "Peru"})
    [dated] = meetings_of("A meeting of the border committee is to be held in Brazil on Aug. 4.", date(2025, 7, 29))
    assert (dated.country, dated.start, dated.status) == ("Brazil", date(2025, 8, 4), "planned")


def test_a_meeting_to_hold_joined_to_a_clause_of_will_is_to_come() -> None:
    found = meetings_of(
        "Chile and Peru agreed in Quito on Monday to set up a commission to address the issue, which will meet "
        "within three months, and to hold another meeting in Brazil.",
        date(2024, 1, 26),
    )
    assert [m.status for m in found if m.country == "Brazil"] == ["planned"]


def test_a_deal_finalised_somewhere_is_a_meeting_there_a_cabinet_meeting_and_a_signing_alone_at_home_are_not() -> None:
    found = meetings_of(
        "Chile and Peru on Thursday finalised a maritime border agreement in separate ceremonies at a UN base in the "
        "border town of Tacna. Chilean President Ana Lind had signed the text earlier in the day in Santiago, while "
        "Peruvian President Jorge Paz approved it at a cabinet meeting in Lima.",
        date(2022, 10, 27),
    )
    assert [(m.location, m.start) for m in found] == [("Tacna", date(2022, 10, 27))]


def test_a_venue_named_later_wins_over_one_only_described_first() -> None:
    found = article_meetings(
        "Chile's president and Peru's president met for four hours in Quito on Wednesday at a country estate outside "
        "the city.\n\nThe two leaders agreed to reopen the border, the Chilean president said after the talks at the "
        "Carmen Alto estate.",
        date(2026, 2, 18),
    )
    assert [(m.location, m.venue) for m in found] == [("Quito", "Carmen Alto estate")]


def test_a_place_the_parser_hangs_on_the_length_of_a_meeting_places_it() -> None:
    [meeting] = meetings_of(
        "Chile's president and Peru's president met for four hours in Quito on Wednesday at a country estate."
    )
    assert (meeting.location, meeting.country) == ("Quito", "Ecuador")


@pytest.mark.parametrize(
    ("where", "city"),
    [
        ("on the margins of the Munich Security Conference", "Munich"),
        ("on the sidelines of the Doha Forum", "Doha"),
        ("at the annual Munich Security Conference", "Munich"),
        ("on the sidelines of the Lima Group meeting", None),  # a group named after a city meets anywhere
    ],
)
def test_a_gathering_named_after_its_city_places_the_meetings_held_at_it(where: str, city: str | None) -> None:
    [meeting] = meetings_of(f"The presidents of Chile and Peru met {where} on Saturday.")
    assert meeting.location == city


def test_a_summit_named_after_the_seat_of_its_host_is_the_story_s_summit_not_a_meeting_of_the_host() -> None:
    text = (
        "Chile and Peru initial peace deal at White House summit\n\n"
        "WASHINGTON (Newswire) — The leaders of Chile and Peru initialed a peace agreement at the White House on "
        "Friday at a summit hosted by the U.S. president, a step toward ending decades of conflict.\n\n"
        "Chilean President Ana Lind and Peruvian President Jorge Paz shook hands in front of reporters after the "
        "signing, which also included a deal to open a transit route.\n"
    )
    [meeting] = article_meetings(text, date(2026, 2, 21))
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("United States",))
