"""Who took part in a meeting, for which side: sentences written for each pattern, the graph and the query."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.backends.query import load_store, named_queries, run_query
from kg.extract import meetings
from kg.model import Attendance
from tests.conftest import analyse, article_meetings


def _attendance(text: str) -> dict[str, str | None]:
    doc, ctx = analyse(text, published=date(2026, 2, 18))
    found = [f.fact for f in meetings.extract(doc, ctx) if isinstance(f.fact, Attendance)]
    return {a.person: a.side for a in found}


def test_people_who_meet_attend_for_their_side() -> None:
    found = _attendance(
        "Estonian Foreign Minister Mari Tamm met Hungarian Foreign Minister Laszlo Kis in Riga on Monday."
    )
    assert found == {"Mari Tamm": "Estonia", "Laszlo Kis": "Hungary"}


def test_leaders_of_a_delegation_and_those_flanking_them_attend() -> None:
    found = _attendance(
        "Talks between Chad and Sudan opened in Doha on Monday. "
        "Chadian Defence Minister Idriss Mahamat led the delegation, flanked by envoy Ali Saleh."
    )
    assert set(found) == {"Idriss Mahamat", "Ali Saleh"}
    assert found["Idriss Mahamat"] == "Chad"


def test_a_sides_negotiator_speaking_of_the_talks_attends() -> None:
    found = _attendance(
        "Talks between Chad and Sudan opened in Doha on Monday. "
        "\n\nSudan's chief negotiator Omar Taha said the talks in Doha had been difficult."
    )
    assert found.get("Omar Taha") == "Sudan"


def test_commentators_and_callers_do_not_attend() -> None:
    found = _attendance(
        "Talks between Chad and Sudan opened in Doha on Monday after a phone call between "
        "Chadian President Idriss Deby and Sudanese leader Abdel Burhan. "
        "\n\nAnalyst Mary Jones of the Cairo Institute said the talks in Doha on Monday were a waste of time."
    )
    assert found == {}


def test_a_negotiator_placed_in_the_meetings_city_attends() -> None:
    found = _attendance(
        "Talks between Chad and Sudan opened in Doha on Monday.\n\n"
        "The lead Chadian envoy in Doha, Ali Saleh, said there had been progress."
    )
    assert list(found) == ["Ali Saleh"]


def test_nobody_attends_a_meeting_still_to_come() -> None:
    assert _attendance("Chadian Defence Minister Idriss Mahamat will meet Sudan's army chief in Doha next week.") == {}


def test_the_seed_names_who_sat_at_geneva(seed_build: Path) -> None:
    store = load_store(seed_build / "graph.ttl")
    rows = run_query(store, named_queries()["attendance"], {}).rows
    geneva = {(person, side) for meeting, person, side in rows if "/geneva--2026-02-17" in meeting}
    assert geneva == {("Vladimir Medinsky", "Russia"), ("Steve Witkoff", "United States")}


def test_the_states_whose_representatives_accompany_a_side_are_no_sides() -> None:
    text = (
        "Chile and Peru resumed negotiations in Quito on Saturday. The talks, facilitated by Norway and hosted by "
        "Ecuador, were attended by representatives of the Netherlands and Russia, who accompany the government.\n"
    )
    [meeting] = article_meetings(text, date(2026, 2, 18))
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, {"Norway", "Ecuador"})
