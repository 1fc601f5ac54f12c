"""Earlier rounds named by their city and days ("the Quito round of May 3-4"), and brokers set on the talks a
sentence opens with ("The discussions, facilitated by A and B, ..."), each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import meetings_of

OPENING = "Chile and Peru began a second round of talks in Lima on Saturday. "


def test_a_round_named_by_its_city_and_its_days_is_a_meeting_of_its_own() -> None:
    found = meetings_of(
        OPENING + "The talks follow the Quito round of May 3-4, which led to a truce.", date(2025, 6, 14)
    )
    [quito] = [m for m in found if m.location == "Quito"]
    assert (quito.start, quito.end, quito.status) == (date(2025, 5, 3), date(2025, 5, 4), "held")
    assert set(quito.parties) == {"Chile", "Peru"}


def test_a_round_of_something_other_than_days_is_still_no_meeting() -> None:
    found = meetings_of(OPENING + "Officials said a round of sanctions would follow.", date(2025, 6, 14))
    assert [m.location for m in found] == ["Lima"]


def test_brokers_set_on_the_talks_a_sentence_opens_with_broker_those_talks() -> None:
    text = OPENING + "The discussions, facilitated by Norway and Brazil, aim at a lasting truce."
    [lima] = meetings_of(text, date(2025, 6, 14))
    assert set(lima.mediators) == {"Norway", "Brazil"}


def test_brokers_of_the_talks_told_before_are_not_those_of_a_round_the_sentence_names_after_them() -> None:
    text = OPENING + "The discussions - facilitated by Norway and Brazil - follow the Quito round of May 3-4."
    found = {m.location: m for m in meetings_of(text, date(2025, 6, 14))}
    assert set(found["Lima"].mediators) == {"Norway", "Brazil"}
    assert "Norway" not in found["Quito"].mediators


@pytest.mark.parametrize(
    "spell",
    [
        "after several days of mediation by Norway and Brazil",
        "after several days of mediation led by Norway and Brazil",
        "after weeks of mediation led by Oslo and Brasilia",
    ],
)
def test_the_agents_of_a_spell_of_mediation_broker_the_talks(spell: str) -> None:
    [quito] = meetings_of(f"Talks between Chile and Peru ended in Quito on Friday {spell}.", date(2025, 6, 14))
    assert set(quito.mediators) == {"Norway", "Brazil"}
    assert set(quito.parties) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway, along with Brazil and Mexico, are the guarantors of the talks.",
        "Norway, together with Brazil and Mexico, facilitated the talks.",
    ],
)
def test_the_states_set_along_with_a_broker_subject_broker_too(sentence: str) -> None:
    [lima] = meetings_of(OPENING + sentence, date(2025, 6, 14))
    assert set(lima.mediators) == {"Norway", "Brazil", "Mexico"}
    assert set(lima.parties) == {"Chile", "Peru"}


def test_a_city_s_name_inside_a_lake_s_name_does_not_place_talks() -> None:
    found = meetings_of("The Lake Geneva fishing talks between Chile and Peru keep stalling.", date(2026, 5, 6))
    assert all(m.location != "Geneva" for m in found)


def test_a_town_the_model_tagged_a_location_places_the_round_held_there() -> None:
    [jinja] = meetings_of(
        "The previous round between Kenya and Uganda, held in Jinja in February, broke up after a day.",
        date(2026, 5, 6),
    )
    assert (jinja.location, jinja.country) == ("Jinja", "Uganda")


def test_a_deal_the_talks_are_about_named_by_its_year_does_not_make_their_broker_another_year_s() -> None:
    text = (
        "Chile's foreign minister met Peru's defence minister in Quito on May 19 to discuss the border. The "
        "discussions, mediated by Norway, centered on reducing tensions and reactivating the 1974 border agreement."
    )
    [quito] = meetings_of(text, date(2025, 8, 20))
    assert quito.mediators == ("Norway",)


def test_a_broker_of_a_deal_of_an_earlier_year_is_still_no_broker_of_the_talks() -> None:
    text = (
        "Chile's foreign minister met Peru's defence minister in Quito on May 19 to discuss the border. Norway, "
        "which brokered the 1974 border agreement, was not at the table."
    )
    [quito] = meetings_of(text, date(2025, 8, 20))
    assert quito.mediators == ()


def test_a_meeting_told_in_a_region_and_in_a_city_of_it_is_one_meeting_placed_in_the_city() -> None:
    text = (
        "A landmark meeting between President Ana Quispe and Peruvian President Julio Rojas in California concluded "
        "with no deal. The two leaders met in San Diego, marking Rojas's first visit to the country since 2015."
    )
    found = meetings_of(text, date(2025, 8, 15))
    assert [(m.location, m.country) for m in found] == [("San Diego", "United States")]
