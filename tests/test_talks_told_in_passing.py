"""Talks told of without a meeting word of their own: the process that began somewhere, "those" talks named the
sentence before, brokers who brought the sides "to the table"; and what is no meeting or no side: a state that
"can host", a group named as a state's government, each on sentences written for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings, meetings_by_place, meetings_of

ROUNDS = (
    "Chile and Peru talk again\n\n"
    "LIMA, Nov 9 (Wire) - Chile and Peru have held three rounds of talks in four weeks.\n\n"
    "The process began in Quito on Oct. 18-19, when Brazil and Mexico brought the two defence ministers to the "
    "table. They agreed on a truce and on follow-up talks.\n\n"
    "Those took place in Bogota from Oct. 25 to 30, with Brazilian officials shuttling between the delegations.\n"
)


def test_the_process_that_began_in_a_city_is_a_meeting_there() -> None:
    found = article_meetings(ROUNDS, date(2025, 11, 9))
    [quito] = [m for m in found if m.location == "Quito"]
    assert (quito.start, quito.end) == (date(2025, 10, 18), date(2025, 10, 19))


def test_brokers_who_brought_the_sides_to_the_table_broker_the_meeting() -> None:
    [quito] = [m for m in article_meetings(ROUNDS, date(2025, 11, 9)) if m.location == "Quito"]
    assert set(quito.mediators) == {"Brazil", "Mexico"}


def test_those_talks_named_before_took_place_where_the_sentence_says() -> None:
    [bogota] = [m for m in article_meetings(ROUNDS, date(2025, 11, 9)) if m.country == "Colombia"]
    assert (bogota.start, bogota.end) == (date(2025, 10, 25), date(2025, 10, 30))


def test_a_tally_of_rounds_in_the_lead_is_not_placed_in_the_dateline_city() -> None:
    assert not [m for m in article_meetings(ROUNDS, date(2025, 11, 9)) if m.location == "Lima"]
    [days] = article_meetings(
        "LIMA, Nov 9 (Wire) - Chile and Peru ended three days of talks on Friday.\n", date(2025, 11, 9)
    )
    assert days.location == "Lima"  # days of one meeting are no tally


def test_a_state_that_can_host_hosts_no_meeting() -> None:
    text = (
        "LIMA, Nov 9 (Wire) - Chile and Peru ended talks in Quito on Friday.\n\n"
        '"Brazil and Mexico can host, but they cannot make the rebels disarm," said Ana Soto, a researcher in Lima.\n'
    )
    assert [m.location for m in article_meetings(text, date(2025, 11, 9))] == ["Quito"]


def test_a_group_named_as_a_states_government_is_that_state() -> None:
    [meeting] = meetings_of("Talks between Pakistan and Afghanistan's Taliban government opened in Doha on Monday.")
    assert set(meeting.parties) == {"Pakistan", "Afghanistan"}


def test_whoever_held_talks_between_two_others_hosted_them() -> None:
    [meeting] = meetings_of("Brazil held a round of indirect talks between Chile and Peru in Brasilia in July.")
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("Brazil",)
    [own] = meetings_of("Chile and Peru held a round of talks in Brasilia in July.")
    assert set(own.parties) == {"Chile", "Peru"} and own.mediators == ()
    # the state a relative clause of holding such talks describes
    [described] = meetings_of(
        "Ecuador, which has held separate talks between Chile and the Tacna rebel group in Quito, was represented "
        "at the ceremony by Luis Mora."
    )
    assert set(described.parties) == {"Chile", "Tacna"} and described.mediators == ("Ecuador",)


def test_rounds_in_one_place_in_one_month_and_in_another_are_two_meetings() -> None:
    found = meetings_of(
        "Brazil had held two earlier rounds of talks between the two countries' ministers in Brasilia, in July and "
        "in August, but both ended without a breakthrough.",
        published=date(2024, 12, 12),
    )
    assert len([m for m in found if m.country == "Brazil"]) == 2


def test_people_holding_talks_between_their_own_offices_are_the_sides() -> None:
    [meeting] = meetings_of(
        "Chilean Foreign Minister Ana Soto and Peruvian envoy Luis Vega held the 24th round of talks between the "
        "special representatives on the Chile-Peru boundary question in Lima on Tuesday."
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ()


def test_a_country_someone_was_visiting_does_not_host_the_talks_in_its_city() -> None:
    text = (
        "Chile and Peru meet in Mendoza\n\n"
        "Delegations of Chile and Peru met in Mendoza on February 27 for consultations on their embassies.\n\n"
        "Ana Soto, the speaker of Chile's senate, who was visiting Argentina, told reporters in Cordoba that a deal "
        "was near.\n"
    )
    [meeting] = article_meetings(text, date(2025, 2, 28))
    assert meeting.country == "Argentina" and meeting.mediators == ()


def test_the_host_of_a_summit_does_not_broker_a_meeting_on_its_sidelines() -> None:
    text = (
        "MENDOZA, Oct 23 - The presidents of Chile and Peru sat down for their first bilateral meeting in five years "
        "on Wednesday, on the sidelines of the regional summit that Argentina is hosting in Mendoza.\n"
    )
    found = article_meetings(text, date(2024, 10, 23))
    assert found and all("Argentina" not in m.mediators for m in found if set(m.parties) == {"Chile", "Peru"})


def test_help_good_offices_and_an_initiative_name_the_broker() -> None:
    for text in (
        "Chile and Peru met in Quito on Monday with the help of Brazil.",
        "Chile and Peru met in Quito on Monday with Brazilian assistance.",
        "Chile and Peru met in Quito on Monday through the good offices of Brazil.",
        "Chile and Peru held talks in Quito on Monday under a Brazilian initiative.",
    ):
        [meeting] = meetings_of(text)
        assert meeting.mediators == ("Brazil",) and set(meeting.parties) == {"Chile", "Peru"}, text


def test_observers_in_whose_presence_talks_were_held_broker_nothing() -> None:
    [meeting] = meetings_of(
        "Chile and Peru held talks in Quito on Monday in the presence of Brazilian and Mexican observers."
    )
    assert meeting.mediators == ()
    [signed] = meetings_of("Chile and Peru signed the deal in Quito on Monday in the presence of Brazil's president.")
    assert signed.mediators == ("Brazil",)


def test_the_place_hung_on_the_last_person_convened_is_the_meetings() -> None:
    found = meetings_of(
        "It was their first meeting since Brazilian President Ana Soto convened Chilean President Luis Vega and "
        "Peruvian Foreign Minister Rosa Mamani in Cusco in 2000.",
        published=date(2025, 7, 25),
    )
    [meeting] = [m for m in found if m.location == "Cusco"]
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_meal_shared_with_a_named_side_where_the_text_places_it_is_a_meeting() -> None:
    [lunch] = meetings_of("Chilean President Ana Soto had lunch with her Peruvian counterpart in Lima on Tuesday.")
    assert set(lunch.parties) == {"Chile", "Peru"} and lunch.location == "Lima"
    assert meetings_of("The leaders attended a state dinner in Lima on Tuesday.") == []
    assert meetings_of("Chilean President Ana Soto had breakfast with Peruvian President Luis Vega on Tuesday.") == []


def test_talks_someone_spoke_after_are_theirs_and_of_the_day_they_spoke() -> None:
    [meeting] = meetings_of(
        "Later on Thursday, Chilean President Ana Soto told journalists that both sides had expressed interest in a "
        "summit, speaking after her talks in Santiago with the President of Peru.",
        published=date(2025, 8, 7),
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.start == date(2025, 8, 7)
    [undated] = meetings_of(
        "Later on Thursday, Chilean President Ana Soto told journalists that both sides had expressed interest in a "
        "summit, speaking after her talks in Santiago with the President of Peru.",
        published=None,
    )
    assert undated.start is None and undated.day == "thursday"  # the article's date unknown: the weekday


def test_a_summit_told_with_days_of_its_own_is_brokered_by_its_host_the_bilateral_is_not() -> None:
    text = (
        "MENDOZA, Oct 23 - The presidents of Chile and Peru sat down for their first bilateral meeting in five years "
        "on Wednesday, on the sidelines of the regional summit that Argentina is hosting in Mendoza from October 22 "
        "to 24.\n"
    )
    found = article_meetings(text, date(2024, 10, 23))
    summit = next(m for m in found if (m.start, m.end) == (date(2024, 10, 22), date(2024, 10, 24)))
    assert summit.mediators == ("Argentina",)
    assert all("Argentina" not in m.mediators for m in found if m.start == m.end == date(2024, 10, 23))


def test_a_consensus_reached_by_the_leaders_in_a_city_is_a_meeting_held_there() -> None:
    text = (
        "Chilean President Ana Lind met Peruvian President Jorge Paz in Lima on Monday. Paz said Peru was willing to "
        "implement the important consensus reached by the two leaders in Quito.\n"
    )
    by_place = meetings_by_place(text)
    assert (by_place["Quito"].status, set(by_place["Quito"].parties)) == ("held", {"Chile", "Peru"})


def test_a_month_on_a_deal_reached_is_the_month_before_whatever_tense_frames_it() -> None:
    [meeting] = meetings_of(
        "The two sides will implement the agreement reached by their presidents in Quito in October.", date(2026, 2, 18)
    )
    assert (meeting.location, meeting.status) == ("Quito", "held")


TOPIC_TALKS = [
    "The two ministers discussed the ongoing border talks between Ecuador and Peru.",
    "Both discussed the stalled talks between Ecuador and Peru.",
]


def test_talks_of_other_sides_a_meeting_discussed_are_its_topic_not_its_sides_or_a_meeting() -> None:
    for topic in TOPIC_TALKS:
        text = "Chilean Foreign Minister Jorge Paz met Bolivian Foreign Minister Ana Lind in Lima on Monday. " + topic
        [meeting] = article_meetings(text, date(2026, 2, 18))
        assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Bolivia"}, ())  # Peru no host broker


def test_talks_a_meeting_discussed_that_their_own_phrase_places_are_a_meeting_of_their_own() -> None:
    text = (
        "Chilean Foreign Minister Jorge Paz met Bolivian Foreign Minister Ana Lind in Lima on Monday. The two "
        "ministers discussed the talks between Ecuador and Peru held in Quito last week."
    )
    meetings = article_meetings(text, date(2026, 2, 18))
    assert {(m.location, frozenset(m.parties)) for m in meetings} == {
        ("Lima", frozenset({"Chile", "Bolivia"})),
        ("Quito", frozenset({"Ecuador", "Peru"})),
    }
