"""Talks between the camps of a war inside one state ("X's warring parties"): the side the state meets is a group
fighting inside it, never another state the story names. Sentences written for the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_meetings, meetings_by_place

_STORY = (
    "{camps} were continuing talks on Monday in the Chinese city of Kunming as mediators pressed for a truce.\n\n"
    "The fighting between the military and the Northern Dawn Army has displaced thousands of people. The Northern "
    "Dawn Army said it had taken two more towns last week.\n\n"
    "China's foreign minister and the Thai foreign minister discussed a plan on Friday to reduce tensions, Chinese "
    "officials said."
)


@pytest.mark.parametrize(
    "camps", ["Myanmar's warring parties", "Myanmar's rival factions", "The warring sides in Myanmar"]
)
def test_the_warring_camps_of_one_state_meet_the_group_fighting_it_not_another_state(camps: str) -> None:
    [meeting] = article_meetings(_STORY.format(camps=camps), date(2024, 1, 15))
    assert set(meeting.parties) == {"Myanmar", "Northern Dawn Army"}
    assert "China" not in meeting.parties


def test_warring_parties_named_as_two_states_keep_both_states() -> None:
    [meeting] = article_meetings(
        "The warring parties, Eritrea and Ethiopia, were continuing talks on Monday in the Kenyan city of Mombasa.\n\n"
        "Kenya's foreign minister said the mood was good.",
        date(2024, 1, 15),
    )
    assert set(meeting.parties) == {"Eritrea", "Ethiopia"}


def test_a_demonym_on_the_group_named_before_stands_for_that_group_not_the_state() -> None:
    found = meetings_by_place(
        "ELN commanders met Cuban officials in Havana on Monday.\n\n"
        "The Colombian rebel group said talks with Venezuela would resume in Caracas on Sunday.",
        date(2024, 10, 24),
    )
    assert set(found["Caracas"].parties) == {"ELN", "Venezuela"}


def test_the_state_of_the_warring_camps_is_read_over_its_whole_name() -> None:
    [meeting] = article_meetings(_STORY.format(camps="South Sudan's warring parties"), date(2024, 1, 15))
    assert set(meeting.parties) == {"South Sudan", "Northern Dawn Army"}
