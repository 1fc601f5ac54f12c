"""Conferences of several states: a plenary told by its noun alone, the states listed after a colon with who
represents each, each on sentences written for it."""

from __future__ import annotations

from tests.conftest import meetings_of


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
