"""Sides named by their capitals as the subject of a meeting verb or by the head of their governing body, lists of
capitals the entity model tagged as one organisation, and a headline's "A, B envoys to hold talks" as a meeting to
come. Sentences written for each pattern."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.conftest import article_meetings, meetings_of

_meetings = partial(meetings_of, published=date(2025, 3, 12))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kyiv and Moscow met in Geneva on Monday.", {"Ukraine", "Russia"}),
        ("Yerevan and Baku met in Almaty on Monday to discuss the border.", {"Armenia", "Azerbaijan"}),
        ("Chisinau and Tiraspol met in Bratislava on 9 and 10 March.", {"Moldova", "Transnistria"}),
    ],
)
def test_capitals_that_meet_are_their_states(text: str, sides: set[str]) -> None:
    [meeting] = _meetings(text)
    assert set(meeting.parties) == sides


def test_a_capital_on_the_meeting_noun_stays_its_place() -> None:
    [meeting] = _meetings("The Quito talks were facilitated by Norway on Monday.")
    assert meeting.location == "Quito" and not meeting.parties


def test_a_list_of_capitals_tagged_as_one_organisation_is_two_sides() -> None:
    [meeting] = _meetings(
        "The meeting, held in Bratislava on 9 and 10 March, brought together Chisinau and Tiraspol, with the OSCE "
        "as mediator."
    )
    assert set(meeting.parties) == {"Moldova", "Transnistria"}
    assert list(meeting.mediators) == ["OSCE"]


def test_a_headline_s_envoys_to_hold_talks_are_to_come_and_apart_from_the_last_round() -> None:
    meetings = article_meetings(
        "Chile, Peru envoys to hold sixth round of border talks in Lisbon\n\n"
        "SANTIAGO, June 20 (Wire) - Special envoys of Chile and Peru will meet in Lisbon next month for a sixth "
        "round of talks on their maritime border, Chile's foreign ministry said on Thursday.\n\n"
        "The two envoys last met in Lisbon in March, when they agreed to pursue the process.",
        date(2025, 6, 20),
    )
    by_status = {m.status: m for m in meetings}
    assert set(by_status) == {"planned", "held"}
    assert by_status["planned"].round == 6 and by_status["planned"].location == "Lisbon"
    assert by_status["held"].round is None


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's president met the head of Somalia's transitional council in Doha on Tuesday.",
        "Kenya's president met the chairman of Somalia's presidential council in Doha on Tuesday.",
    ],
)
def test_the_head_of_a_state_s_governing_body_stands_for_the_state(text: str) -> None:
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"Kenya", "Somalia"}


def test_the_head_of_a_movement_named_with_its_state_is_not_the_state() -> None:
    [meeting] = _meetings("Kenya's president met the head of Somalia's Islamic Courts movement in Doha on Tuesday.")
    assert "Somalia" not in meeting.parties


def test_a_headline_s_place_before_a_dash_is_the_talks_place() -> None:
    text = (
        "Live: Chile-Peru talks in Lima - latest updates\n\n"  # the place before a dash the parser took for a word
        "The first direct talks between Chilean and Peruvian delegations since 2022 have ended.\n"
    )
    assert [m.location for m in article_meetings(text, date(2026, 2, 18))] == ["Lima"]
