"""Brokers and sides around mediators who meet a side: the side "in attendance" when the mediators are the subject,
brokers meeting each other before a session, a conflict's place beside the talks' own, and talks spoken about on a
telephone call. Sentences written for each."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings, meetings_of


def test_a_conflict_placed_already_leaves_the_place_after_it_to_the_talks() -> None:
    [meeting] = meetings_of(
        "Chile and Peru held talks on a Bolivian ceasefire in Lima on Thursday.", published=date(2024, 8, 15)
    )
    assert meeting.location == "Lima"
    [unplaced] = meetings_of(
        "Chile and Peru held talks on a ceasefire in Bolivia on Thursday.", published=date(2024, 8, 15)
    )
    assert unplaced.location is None  # the truce's place, what the talks are about


def test_mediators_meeting_a_side_in_attendance_broker_and_the_side_attends() -> None:
    text = (
        "Truce talks resume\n\n"
        "Mediators from Chile and Brazil resumed talks on a border truce in Lima on Thursday, with Bolivian "
        "negotiators in attendance.\n"
    )
    [meeting] = article_meetings(text, date(2024, 8, 15))
    assert (meeting.parties, set(meeting.mediators)) == (("Bolivia",), {"Chile", "Brazil"})


def test_one_spoken_with_about_the_talks_is_no_side_of_them() -> None:
    text = (
        "Chile and Peru resumed talks in Lima on Thursday, with Brazil mediating.\n\n"
        "Argentine Foreign Minister Ana Ruiz spoke by phone with her Uruguayan counterpart, Luis Paz, about the "
        "talks.\n"
    )
    [meeting] = article_meetings(text, date(2024, 8, 15))
    assert set(meeting.parties) == {"Chile", "Peru"} and "Uruguay" not in meeting.parties


def test_brokers_meeting_each_other_before_a_session_stay_brokers() -> None:
    text = (
        "Truce talks resume\n\n"
        "Mediators from Chile and Brazil resumed talks on a border truce in Lima on Thursday, with Bolivian "
        "negotiators in attendance.\n\n"
        "Chilean Prime Minister Ana Ruiz met Brazilian intelligence chief Luis Paz before the session.\n"
    )
    [meeting] = article_meetings(text, date(2024, 8, 15))
    assert (meeting.parties, set(meeting.mediators)) == (("Bolivia",), {"Chile", "Brazil"})


def test_states_also_present_as_guarantors_broker_and_those_only_present_attend() -> None:
    deal = "Chile's government and the Chilean opposition signed a deal in Lima on Tuesday. "
    [cast] = meetings_of(
        deal + "Representatives of Brazil, Mexico and Peru were also present as guarantors.",
        published=date(2023, 10, 17),
    )
    assert set(cast.mediators) == {"Brazil", "Mexico", "Peru"} and "Brazil" not in cast.parties
    [present] = meetings_of(deal + "Brazil was also present.", published=date(2023, 10, 17))
    assert "Brazil" in present.parties  # present in no capacity: one more side at the table
