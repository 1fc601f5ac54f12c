"""Talks a broker invites the sides to, talks the sides say they are ready to join on a set day, and sides that
say "they" will take part, each on sentences written for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings, meetings_of

WEDNESDAY = date(2022, 10, 5)


def test_a_body_that_invites_a_state_s_government_and_a_group_s_forces_to_talks_brokers_them() -> None:
    [talks] = meetings_of(
        "The African Union has invited Peru's government and rival Sendero forces to peace talks in Quito this "
        "weekend.",
        WEDNESDAY,
    )
    assert talks.mediators == ("African Union",)
    assert "African Union" not in talks.parties


def test_sides_ready_to_take_part_in_talks_on_a_set_day_plan_a_meeting() -> None:
    [talks] = meetings_of("Chile and Peru are ready to take part in talks in Quito this weekend.", WEDNESDAY)
    assert (talks.location, talks.status) == ("Quito", "planned")
    assert (talks.start, talks.end) == (date(2022, 10, 8), date(2022, 10, 9))
    assert set(talks.parties) == {"Chile", "Peru"}


def test_readiness_with_no_day_is_no_meeting() -> None:
    assert meetings_of("Chile said it is ready to meet Peru at any time.", WEDNESDAY) == []


def test_sides_who_say_they_will_take_part_in_talks_are_their_sides() -> None:
    [talks] = meetings_of("Chile and Peru said they will take part in talks in Quito on Monday.", WEDNESDAY)
    assert set(talks.parties) == {"Chile", "Peru"}


def test_a_state_that_says_it_will_host_talks_is_no_side_of_them() -> None:
    [talks] = meetings_of("Ecuador said it would host talks between Chile and Peru in Quito on Monday.", WEDNESDAY)
    assert set(talks.parties) == {"Chile", "Peru"}


def test_a_bare_weekday_before_the_verb_dates_it_whatever_word_of_the_subject_the_parser_hung_it_on() -> None:
    [talks] = meetings_of(
        "Negotiators in the peace process involving the government of President Ana Quispe and the Sendero "
        "Luminoso (SL) guerrillas Friday agreed in Quito to ratify Norway and Brazil as guarantor countries in the "
        "talks.",
        date(2022, 11, 26),
    )
    assert (talks.location, talks.start, talks.status) == ("Quito", date(2022, 11, 25), "held")
    assert set(talks.mediators) == {"Norway", "Brazil"}


def test_a_state_that_attended_talks_between_two_others_as_an_observer_is_no_side_and_the_two_are() -> None:
    for verb in ("attended", "has attended"):
        [talks] = meetings_of(
            f"Bolivia {verb} the talks between Chile and Peru in Arica as an observer.", date(2026, 5, 6)
        )
        assert set(talks.parties) == {"Chile", "Peru"}


def test_talks_due_to_start_right_after_the_delegations_arrived_in_a_city_are_placed_there() -> None:
    [talks] = meetings_of(
        "Delegations from Chile and Peru have arrived at the foreign ministry in Quito, an official said. Talks are "
        "due to start within the hour.",
        date(2026, 6, 10),
    )
    assert (talks.location, set(talks.parties)) == ("Quito", {"Chile", "Peru"})


def test_talks_after_someone_else_arrived_somewhere_are_not_placed_there() -> None:
    found = meetings_of(
        "The foreign minister has arrived in Quito, an official said. Talks between Chile and Peru are due to start "
        "on Monday.",
        date(2026, 6, 10),
    )
    assert all(m.location != "Quito" for m in found)


def test_a_state_s_minister_named_beside_the_title_who_opens_the_session_hosts_it_and_is_no_side() -> None:
    [talks] = meetings_of(
        "Delegations from Chile and Peru met in Quito on Monday. Ecuador's foreign minister Ana Vidal opened the "
        "session, according to her ministry.",
        date(2026, 6, 10),
    )
    assert "Ecuador" not in talks.parties


def test_talks_resumed_via_video_conference_are_no_meeting_of_a_place() -> None:
    text = (
        "QUITO, Nov. 21 (Wire) -- The trade ministers of Chile, Peru and Bolivia on Saturday resumed negotiations on "
        "the lake via video conference, the ministry said in a statement.\n"
    )
    assert all(m.location is None for m in article_meetings(text, date(2020, 11, 21)))


def test_a_counted_party_meeting_is_a_meeting_of_the_parties_not_of_one_party_s_body() -> None:
    [talks] = meetings_of(
        "The ministers of Chile, Peru and Bolivia agreed to hold a six-party meeting including their foreign "
        "ministers on Nov. 29.",
        date(2020, 11, 21),
    )
    assert (talks.start, talks.status) == (date(2020, 11, 29), "planned")
    assert meetings_of("The party meeting in Quito on Monday elected a new leader.", date(2020, 11, 21)) == []


def test_talks_the_sides_will_pursue_are_no_meeting() -> None:
    text = "Chile and Peru will seek a peace agreement, pursuing three-party talks with Bolivia in Quito."
    assert meetings_of(text, date(2020, 11, 21)) == []


def test_a_state_set_off_by_a_relative_clause_that_attended_as_an_observer_is_no_side() -> None:
    text = (
        "Chilean and Peruvian officials met in Arica on Monday for the fifth round of their lake talks. Bolivia, "
        "which shares the lake, has attended as an observer since the second round in Tacna."
    )
    assert all("Bolivia" not in m.parties for m in meetings_of(text, date(2026, 5, 6)))
