"""Conferences of several states: a plenary told by its noun alone, the states listed after a colon with who
represents each, each on sentences written for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings, meetings_of


def test_a_plenary_the_tagger_reads_as_an_adjective_is_a_meeting() -> None:
    [plenary] = meetings_of("The UN envoy chaired a plenary in Geneva on Monday with Peru and Bolivia.")
    assert (plenary.location, set(plenary.parties)) == ("Geneva", {"Peru", "Bolivia"})
    assert not meetings_of("The plenary hall in Geneva was closed for repairs on Monday.")


def test_the_states_listed_after_a_colon_with_their_envoys_are_the_sides() -> None:
    [plenary] = meetings_of(
        "The UN envoy chaired a plenary in Geneva on Monday with the three guarantor powers: Greece, represented by "
        "Foreign Minister Luis Mora; Turkey, by Foreign Minister Eva Ruiz; and Britain, by Europe minister Sir Tom "
        "Hale."
    )
    assert set(plenary.parties) == {"Greece", "Turkey", "United Kingdom"}
    assert plenary.mediators == ("United Nations",)


def test_a_city_that_played_host_to_a_round_is_where_it_was_held_and_its_state_the_host() -> None:
    found = article_meetings(
        "Chile and Peru agreed on Monday to resume talks. Quito played host to the last round on January 12.\n",
        date(2026, 2, 18),
    )
    [quito] = [m for m in found if m.start == date(2026, 1, 12)]
    assert (quito.location, quito.mediators) == ("Quito", ("Ecuador",))
    assert "Ecuador" not in quito.parties


def test_a_meeting_noun_after_a_city_is_the_phrase_s_head_however_the_parser_joined_them() -> None:
    found = article_meetings(
        "Chile and Peru agreed on Monday to resume talks. The Quito round on January 12 produced little.\n",
        date(2026, 2, 18),
    )
    [quito] = [m for m in found if m.start == date(2026, 1, 12)]
    assert quito.location == "Quito"
