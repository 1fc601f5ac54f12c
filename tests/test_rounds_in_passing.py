"""Rounds told of in passing: a figure ordinal standing for a round, a round's number beside the year its whole
process began, and a numbering carried on from the sentence before, each on sentences written for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings, meetings_of


def test_a_figure_ordinal_stands_for_a_round_the_sentence_numbered() -> None:
    found = meetings_of(
        "It was the 14th round of talks between Chile and Peru; the 13th took place in Lima in March 2019.",
        published=date(2021, 1, 25),
    )
    assert [m.round for m in found if m.location == "Lima"] == [13]


def test_the_year_a_process_began_is_not_the_year_of_its_round() -> None:
    text = (
        "Chile and Peru hold talks in Quito\n\n"
        "QUITO, Jan 25 (Wire) - Chilean and Peruvian diplomats met in Quito on Monday for talks on their sea "
        "border.\n\n"
        "It was the 14th round of a process that began in 2009; the 13th took place in Lima in March 2019.\n"
    )
    found = article_meetings(text, date(2021, 1, 25))
    [quito] = [m for m in found if m.location == "Quito"]
    assert quito.round == 14 and quito.start == date(2021, 1, 25)
    assert [m.round for m in found if m.location == "Lima"] == [13]


def test_a_numbering_goes_on_into_the_next_sentence() -> None:
    found = meetings_of(
        "A fourth round between Chile and Peru was held in Quito in January 2003 and a fifth in Lima the "
        "following month. The sixth, in the mountain town of Cusco in March, was the last.",
        published=date(2006, 10, 26),
    )
    assert [m.round for m in found if m.location == "Cusco"] == [6]
