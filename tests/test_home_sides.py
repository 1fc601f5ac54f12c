"""The side of an officer the article does not qualify: from where they speak (a town of one side of the story, or
the capital a story is filed from when that state is a side), or from the principal they are listed "for", each on
sentences written for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import actors_of, article_actors

DAY = date(2025, 10, 25)
TALKS = "The second round of talks between Peru and Chile began in Quito on Saturday.\n\n"


def test_an_officer_who_speaks_in_a_town_of_one_side_speaks_for_it() -> None:
    found = actors_of(
        TALKS + '"The talks resumed today," Defence Minister Jorge Salas told reporters in Arequipa.',
        DAY,
    )
    assert found["Jorge Salas"].affiliation == "Peru"


def test_a_story_filed_from_a_side_s_capital_gives_its_unqualified_ministers_that_side() -> None:
    found = article_actors(
        "SANTIAGO: " + TALKS + "Foreign Minister Ana Vidal said the talks were useful.", date(2025, 10, 25)
    )
    assert found["Ana Vidal"].affiliation == "Chile"


def test_a_capital_of_no_side_of_the_story_gives_no_side() -> None:
    found = article_actors(
        "MADRID: " + TALKS + "Foreign Minister Ana Vidal said the talks were useful.", date(2025, 10, 25)
    )
    assert found["Ana Vidal"].affiliation is None


def test_an_envoy_filed_about_from_a_side_s_capital_keeps_no_side() -> None:
    found = article_actors(
        "SANTIAGO: " + TALKS + "Special envoy Ana Vidal said the talks were useful.", date(2025, 10, 25)
    )
    assert found["Ana Vidal"].affiliation is None


def test_the_town_spoken_in_outweighs_the_dateline() -> None:
    found = article_actors(
        "SANTIAGO: " + TALKS + "Defence Minister Jorge Salas told reporters in Arequipa the talks were useful.",
        DAY,
    )
    assert found["Jorge Salas"].affiliation == "Peru"


def test_an_officer_whose_sentence_names_another_state_takes_no_side_from_the_dateline() -> None:
    found = article_actors(
        "SANTIAGO: " + TALKS + "Foreign Minister Ana Vidal said Peru still hoped the talks would continue.", DAY
    )
    assert found["Ana Vidal"].affiliation != "Chile"


def test_aides_listed_for_a_principal_speak_for_the_principal_s_side() -> None:
    found = actors_of(
        "The pair were joined by their aides: Foreign Minister Marta Vidal and special envoy Julio Rojas for "
        "President Ana Quispe of Chile, and envoy Lena Berg for President Musa Bello of Nigeria."
    )
    assert found["Julio Rojas"].affiliation == "Chile"
    assert found["Lena Berg"].affiliation == "Nigeria"


def test_the_backer_hyphened_to_a_delegation_is_not_the_side_of_the_one_who_leads_it() -> None:
    led = "The Chile-backed government delegation is led by deputy foreign minister Julio Rojas."
    assert actors_of(led)["Julio Rojas"].affiliation is None
    assert actors_of("Peru's government and the rebels met in Quito. " + led)["Julio Rojas"].affiliation == "Peru"
