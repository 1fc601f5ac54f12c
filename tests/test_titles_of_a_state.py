"""Translated-wire titles that run "TITLE of BODY of STATE Name" with no comma before the name: the state's organ,
the state and the person are three things, each on sentences written for it."""

from __future__ import annotations

from tests.conftest import actors_of


def test_a_state_organ_named_of_its_state_before_its_head_s_name() -> None:
    actors = actors_of(
        "The delegations were headed by the chairman of the State Committee for National Security of Chile Pablo "
        "Rojas and the head of the State Committee for National Security of Peru Luis Vargas."
    )
    assert set(actors) == {"Pablo Rojas", "Luis Vargas"}
    assert actors["Pablo Rojas"].affiliation == "Chile" and actors["Luis Vargas"].affiliation == "Peru"


def test_a_minister_of_a_state_before_the_name_with_no_comma() -> None:
    actors = actors_of(
        "The talks were attended by the Minister of Foreign Affairs of Kazakhstan Aidos Serikbay and the Deputy Prime "
        "Minister of Uzbekistan Rustam Karimbek."
    )
    assert actors["Aidos Serikbay"].affiliation == "Kazakhstan"
    assert actors["Rustam Karimbek"].affiliation == "Uzbekistan"
