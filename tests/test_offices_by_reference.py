"""Offices whose side the text gives by reference: "his deputy" (the side of the person "his" refers to), "the
Union, whose chairperson, X," (the Union's), and a meeting in one side's country between the story's two sides,
each on sentences written for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import actors_of, article_meetings


def test_his_deputy_speaks_for_the_side_of_the_person_his_refers_to() -> None:
    actors = actors_of(
        "Chile's chief negotiator, Ana Soto, said the talks had been useful. Her deputy, Ambassador Luis Vega, "
        "described Peru's position as a colonial-era claim."
    )
    assert actors["Luis Vega"].affiliation == "Chile"


def test_whose_before_an_office_gives_the_office_holders_side() -> None:
    for text in (
        "Observers from the African Union, whose chairperson, Ana Soto, had urged a deal, attended every session.",
        "The African Union, whose chairperson Ana Soto had urged a deal, sent observers.",
    ):
        assert actors_of(text)["Ana Soto"].affiliation == "African Union", text


def test_the_story_sides_meet_in_one_sides_country_without_it_hosting() -> None:
    text = (
        "Inside the room: how Chile and Peru's negotiators failed again\n\n"
        "SANTIAGO, Dec 20 - The fourth and final round of talks on the shared aquifer ended in Santiago on Tuesday "
        "without agreement, and both delegations left blaming the other.\n\n"
        "Peru's team was led by Luis Vega, the country's water minister. Chile's chief negotiator, Ana Soto, said "
        "the talks had been useful.\n"
    )
    [meeting] = [m for m in article_meetings(text, date(2023, 12, 20)) if m.location == "Santiago"]
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ()


def test_a_role_a_copula_says_of_one_person_is_not_told_before_another() -> None:
    found = actors_of(
        "Chilean diplomat Ana Lind has spent a decade on the talks.\n\n"
        "Lind, a career diplomat, was Chile's special envoy to the talks. She has since worked on Bolivia, where Chile "
        "facilitated talks between the government of Jorge Paz and the opposition.\n"
    )
    assert found["Jorge Paz"].role != "special envoy"
