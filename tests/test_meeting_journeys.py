"""Meetings told around their own sentence: the purpose of a journey ("will travel to X next week to meet Y": the
journey's tense is the meeting's, and the traveller, named or a pronoun, is a side), an agreement to meet again, a
round expected to last weeks, a broker named by its unit. Sentences written for each pattern."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from kg.extract.nlp import load_pipeline
from tests.conftest import article_meetings, meetings_of

_meetings = partial(meetings_of, published=date(2026, 2, 18))


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean envoy, Ana Lind, said she would travel to Lima next week to meet Peruvian officials.",
        "The Chilean envoy, Ana Lind, will travel to Lima next week to meet Peruvian officials.",
        "The Chilean envoy, Ana Lind, said she would fly to Lima to meet Peruvian officials.",
    ],
)
def test_a_meeting_that_a_journey_to_come_is_for_is_planned_with_the_traveller_a_side(text: str) -> None:
    [meeting] = _meetings(text)
    assert meeting.status == "planned"
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_journey_made_to_meet_is_held() -> None:
    [meeting] = _meetings("The Chilean envoy, Ana Lind, travelled to Lima on Monday to meet Peruvian officials.")
    assert meeting.status == "held"
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_an_agreement_to_meet_again_on_a_day_is_a_planned_meeting() -> None:
    held, planned = _meetings(
        "Chilean and Peruvian negotiators met in Arica on Monday. The meeting ended with an agreement to meet again "
        "on March 3."
    )
    assert (held.start, held.status) == (date(2026, 2, 16), "held")
    assert (planned.start, planned.status) == (date(2026, 3, 3), "planned")
    assert set(planned.parties) == {"Chile", "Peru"}
    assert set(planned.parties) == {"Chile", "Peru"}


def test_a_broker_named_by_a_known_body_s_unknown_unit_is_that_body() -> None:
    [meeting] = _meetings(
        "Israeli and Lebanese negotiators met in Naqoura on Monday in a session mediated by the United States and "
        "hosted by the UN peacekeeping force UNIFIL."
    )
    assert set(meeting.mediators) == {"United States", "United Nations"}


def test_a_round_expected_to_last_weeks_is_the_one_under_way_and_numbers_it() -> None:
    [meeting] = _meetings(
        "Chile and the ELN resumed peace talks in Lima on Monday.\n\n"
        "The second round, hosted by the Peruvian government, is expected to last three weeks."
    )
    assert (meeting.location, meeting.round, meeting.start) == ("Lima", 2, date(2026, 2, 16))
    assert meeting.end == date(2026, 3, 8)
    assert meeting.mediators == ("Peru",)
    assert meeting.status == "ongoing"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Chile's and Peru's envoys met for a second time, in Lima, on Monday.", 2),
        ("Chile's and Peru's envoys met in Lima on Monday for the third time.", 3),
        ("Chile's and Peru's envoys met in Lima on Monday for the second time this year.", None),
        ("Chile's and Peru's envoys met in Lima on Monday for the first time.", None),
    ],
)
def test_a_meeting_held_for_the_nth_time_is_that_round(text: str, count: int | None) -> None:
    [meeting] = _meetings(text)
    assert meeting.round == count


def test_a_round_said_to_be_the_fourth_numbers_the_meeting_told_before() -> None:
    [meeting] = _meetings(
        "The latest round of talks between Chile, Peru and Bolivia ended in Lima on Tuesday without agreement.\n\n"
        "The round was the fourth since the leaders agreed in July to finalise a deal."
    )
    assert (meeting.location, meeting.round) == ("Lima", 4)


def test_talks_to_come_told_again_are_the_round_to_come_not_another() -> None:
    meetings = _meetings(
        "LIMA, Feb 18 (Wire) - Chile and Peru will hold a fifth round of talks in Quito on Friday, Ecuador's foreign "
        "minister said.\n\nThe talks would again be held at the Ecuadorean foreign ministry, a diplomat said."
    )
    assert [(m.location, m.round, m.status) for m in meetings] == [("Quito", 5, "planned")]


def test_a_visit_agreed_to_happen_is_planned() -> None:
    [visit] = _meetings("The two ministers agreed that the Chilean president would visit Lima at an early date.")
    assert (visit.location, visit.status) == ("Lima", "planned")


def test_a_negotiating_table_installed_in_a_capital_opens_talks_there() -> None:
    [meeting] = _meetings(
        "The Government of Colombia and the dissident group EMC installed a negotiating table in the Venezuelan "
        "capital this Sunday."
    )
    assert (meeting.location, meeting.status) == ("Caracas", "held")
    assert "Colombia" in meeting.parties


def test_someone_expected_to_join_the_talks_joins_the_round_under_way() -> None:
    [meeting] = _meetings(
        "Chilean negotiators returned to Lima on Monday for a new round of talks with Peru.\n\n"
        "Bolivia's foreign minister is expected to join the talks on Tuesday, an official said.",
        published=date(2026, 2, 16),
    )
    assert (meeting.location, meeting.start, meeting.end) == ("Lima", date(2026, 2, 16), date(2026, 2, 17))
    assert {"Chile", "Peru", "Bolivia"} <= set(meeting.parties)


def test_the_next_round_after_a_numbered_one_is_one_more() -> None:
    held, planned = _meetings(
        "Chilean and Peruvian diplomats met in Lima on Thursday for the 24th meeting of their consultation "
        "mechanism.\n\nThe next round will be held in Peru in the second half of the year."
    )
    assert (held.round, planned.round, planned.status) == (24, 25, "planned")


def test_a_committee_that_will_meet_again_is_a_meeting_to_come() -> None:
    held, planned = _meetings(
        "Chile and Peru each sent a civilian representative to a meeting of the ceasefire monitoring committee in "
        "Arica on Monday.\n\n"
        "The committee, which also includes Brazil, will meet again on March 3."
    )
    assert (held.start, held.status) == (date(2026, 2, 16), "held")
    assert (planned.start, planned.status) == (date(2026, 3, 3), "planned")
    assert set(planned.parties) == {"Chile", "Peru"}


def test_a_meeting_with_a_venue_only_is_in_the_city_its_side_had_just_landed_in_on_that_day() -> None:
    text = (
        "When the American envoy, Mark Dale, landed in Caracas on Friday, few expected him to leave with the "
        "detainees. Yet by evening he was flying home with them, after meeting Venezuelan President Nicolás Maduro at "
        "the presidential palace."
    )
    [meeting] = meetings_of(text, published=date(2025, 2, 3))
    assert (meeting.location, meeting.start, set(meeting.parties)) == (
        "Caracas",
        date(2025, 1, 31),
        {"United States", "Venezuela"},
    )


def test_talks_counted_since_are_another_meeting_and_those_talks_are_the_last_named() -> None:
    text = (
        "The American envoy, Mark Dale, met Venezuelan President Nicolás Maduro at the presidential palace in Caracas "
        "on Friday. The meeting was the first high-level contact between the two governments since talks in Doha in "
        "2023 that led to a prisoner exchange. Those talks were mediated by Qatar."
    )
    found = {(m.location, m.mediators) for m in meetings_of(text, published=date(2025, 2, 3))}
    assert found == {("Caracas", ()), ("Doha", ("Qatar",))}


def test_he_who_is_expected_to_meet_someone_is_a_side_of_that_meeting() -> None:
    text = (
        "CIA director Will Burnside arrived in Cairo on Wednesday, according to two Egyptian security sources. He is "
        "expected to meet Egyptian intelligence chief Abbas Kamel."
    )
    [meeting] = meetings_of(text, published=date(2024, 8, 14))
    assert (meeting.location, set(meeting.parties)) == ("Cairo", {"Egypt", "United States"})


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL (Wire) — The North dismissed an offer of dialogue, hours before Seoul's special envoy arrived in "
        "Beijing to seek China's help in reviving talks.",
        "SEOUL (Wire) — Diplomats stepped up efforts to restart negotiations on Tuesday.",
    ],
)
def test_talks_only_aimed_at_or_offered_are_no_meeting(text: str) -> None:
    assert meetings_of(text, published=date(2025, 7, 1)) == []


def test_talks_after_which_the_sides_agreed_to_seek_something_were_held() -> None:
    [meeting] = meetings_of(
        "Chilean and Peruvian officials agreed on Tuesday to seek an extension of their truce after two days of talks "
        "in Quito, Chile's finance minister said.",
        published=date(2025, 7, 30),
    )
    assert (meeting.location, meeting.status, set(meeting.parties)) == ("Quito", "held", {"Chile", "Peru"})


def test_a_place_after_a_list_of_sides_places_the_talks() -> None:
    [meeting] = meetings_of(
        "Former Chilean President John Smith will lead talks between Peru's government and armed groups in Lima next "
        "week.",
        published=date(2022, 11, 20),
    )
    assert (meeting.location, meeting.status) == ("Lima", "planned")


def test_the_day_a_lead_announces_talks_to_come_in_the_dateline_s_city_does_not_date_them() -> None:
    [meeting] = article_meetings(
        "Chilean ex-president to lead Peru peace push\n\nLIMA — Former Chilean President Jorge Salas will lead a new "
        "round of talks between Peru's government and armed groups in Lima next week, the Andean Community said on "
        "Sunday.",
        published=date(2022, 11, 20),
    )
    assert (meeting.location, meeting.start, meeting.status) == ("Lima", None, "planned")


@pytest.mark.parametrize(
    "text",
    [
        'Paul Jones, the Nuba Front\'s political spokesman, said the group was "ready for direct dialogue" with the '
        "government.",
        'Paul Jones, the Nuba Front\'s political spokesman, said the group was "open to talks" with the government.',
    ],
)
def test_a_side_ready_or_open_for_talks_holds_none(text: str) -> None:
    lead = (
        "QUITO — A former Peruvian president will lead talks between Chile's government and armed groups in Quito.\n\n"
    )
    assert [m.status for m in meetings_of(lead + text, published=date(2022, 11, 20))] == ["planned"]


def test_places_talks_moved_between_are_not_their_sides() -> None:
    [meeting] = meetings_of(
        "The talks between the government and the rebels began in Caracas in November 2022 and have since moved "
        "between Mexico City and Havana."
    )
    assert not {"Mexico", "Cuba"} & set(meeting.parties)


def test_sides_who_met_by_video_link_met_nowhere() -> None:
    text = "WASHINGTON, March 18 (Wire) - The two ministers met by video link on Tuesday."
    assert meetings_of(text, published=date(2025, 3, 18)) == []
    placed = "WASHINGTON, March 18 (Wire) - The two ministers met in Geneva on Tuesday."
    assert [m.location for m in meetings_of(placed, published=date(2025, 3, 18))] == ["Geneva"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "NIAMEY, Aug 12 (Wire) - Niger's military rulers on Saturday refused to receive a joint delegation from "
            "ECOWAS, but held talks with Togo's foreign minister in Niamey.",
            [("Niamey", date(2023, 8, 12))],
        ),
        ("NIAMEY, Aug 12 (Wire) - The junta refused to receive or meet the ECOWAS envoys in Niamey.", []),
    ],
)
def test_what_was_done_instead_of_a_refused_meeting_is_a_meeting(text: str, found: list[tuple[str, date]]) -> None:
    assert [(m.location, m.start) for m in meetings_of(text, published=date(2023, 8, 12))] == found


def test_a_meeting_verb_is_dated_by_its_own_day_not_by_the_day_of_the_verb_joined_to_it() -> None:
    text = "NIAMEY, Aug 12 (Wire) - The envoys arrived on Friday and met the junta's leader in Niamey on Saturday."
    [meeting] = meetings_of(text, published=date(2023, 8, 12))
    assert meeting.start == date(2023, 8, 12)


def test_talks_that_began_on_a_past_day_and_will_end_on_a_later_one_are_under_way_over_those_days() -> None:
    text = "GENEVA, June 12 (Wire) - The talks, which began in Geneva on Monday, will end on Friday."
    [meeting] = article_meetings(text, date(2025, 6, 12))
    assert (meeting.start, meeting.end, meeting.status) == (date(2025, 6, 9), date(2025, 6, 13), "ongoing")
    said = "GENEVA, June 12 (Wire) - The president said on Monday he would meet his counterpart in Geneva on June 20."
    [planned] = article_meetings(said, date(2025, 6, 12))
    assert (planned.start, planned.status) == (date(2025, 6, 20), "planned")


def test_a_side_that_sent_its_envoy_somewhere_to_meet_the_other_met_it_there() -> None:
    [meeting] = meetings_of(
        "Chile dispatched its envoy to Quito on Monday to meet Peruvian officials.", published=date(2024, 5, 6)
    )
    assert (meeting.location, meeting.start, set(meeting.parties)) == ("Quito", date(2024, 5, 6), {"Chile", "Peru"})


@pytest.mark.parametrize(
    "trip",
    [
        "Peru's foreign minister will be in Santiago next week for talks with his Chilean counterpart.",
        "Peru's foreign minister is due in Santiago next week for talks with his Chilean counterpart.",
        "The Peruvian envoy flew to Santiago on Sunday for a second day of talks with Chilean officials.",
    ],
)
def test_one_who_is_in_a_city_for_talks_or_comes_for_a_day_of_them_is_their_side(trip: str) -> None:
    [meeting] = meetings_of(trip)
    assert set(meeting.parties) == {"Peru", "Chile"}


def test_talks_one_state_invites_another_to_its_capital_for_are_planned_between_the_two() -> None:
    [meeting] = meetings_of("Chile has invited Peru's president to Santiago for talks in April.")
    assert (meeting.location, meeting.status, set(meeting.parties)) == ("Santiago", "planned", {"Chile", "Peru"})


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean delegation has arrived in Lima for talks with Peru.",
        "Chile and Peru have sent envoys to the Andean city of Lima for talks, officials said.",
    ],
)
def test_talks_a_journey_just_made_is_for_are_still_to_come(text: str) -> None:
    [meeting] = _meetings(text)
    assert (meeting.location, meeting.status, meeting.start) == ("Lima", "planned", None)


def test_a_journey_for_talks_and_the_day_they_are_expected_to_start_are_one_meeting() -> None:
    text = "Chile and Peru have sent envoys to Lima for talks. The talks are expected to start on Saturday."
    [meeting] = _meetings(text)
    assert (meeting.location, meeting.status, meeting.start) == ("Lima", "planned", date(2026, 2, 21))


def test_talks_a_journey_in_the_past_was_for_were_held() -> None:
    [meeting] = _meetings("Chile sent a delegation to Lima for talks with Peru last week.")
    assert (meeting.location, meeting.status) == ("Lima", "held")


def test_the_day_of_arriving_to_resume_talks_stalled_since_a_month_dates_them() -> None:
    [meeting] = _meetings(
        "Delegations of Chile and Peru arrived in Quito on Wednesday to resume negotiations stalled since June, "
        "officials said."
    )
    assert meeting.location == "Quito" and meeting.start == date(2026, 2, 18)


def test_the_place_day_and_purpose_after_a_delegation_s_leader_are_the_sending_s() -> None:
    text = (
        "Peru will send a delegation led by its intelligence chief, Luis Prado, to Quito on Monday for talks on a "
        "ceasefire and the release of hostages, a source said on Sunday."
    )
    doc = load_pipeline()(text)
    assert next(t for t in doc if t.text == "Monday").head.head.lemma_ == "send"
    [meeting] = _meetings(text, published=date(2026, 2, 15))
    assert (meeting.location, meeting.start, meeting.status) == ("Quito", date(2026, 2, 16), "planned")


@pytest.mark.parametrize(
    "purpose", ["to sit in talks with", "to take part in talks with", "to participate in talks with"]
)
def test_a_journey_to_take_part_in_talks_gives_them_its_tense_and_its_traveller_as_a_side(purpose: str) -> None:
    [meeting] = _meetings(f"Chile's foreign minister will travel to Lima {purpose} Peru.")
    assert (meeting.status, set(meeting.parties), meeting.location) == ("planned", {"Chile", "Peru"}, "Lima")


@pytest.mark.parametrize("purpose", ["to attend talks with", "to take part in talks with"])
def test_a_delegation_sent_to_a_city_to_take_part_in_talks_places_them_there_with_its_sender_a_side(
    purpose: str,
) -> None:
    [meeting] = _meetings(f"Chile will send a delegation to Lima {purpose} Peru.")
    assert (meeting.status, set(meeting.parties), meeting.location) == ("planned", {"Chile", "Peru"}, "Lima")
