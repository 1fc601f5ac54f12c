"""Meetings told without the usual words ("the two men first met", "an earlier contact between ... took place"), a
summit planned for a day in a paragraph that names an earlier year, and the presidents or ministers of several
states listed with their names, each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.nlp import load_pipeline
from tests.conftest import actors_of, article_meetings, meetings_of


def test_the_two_men_who_first_met_somewhere_held_a_meeting_there() -> None:
    found = meetings_of(
        "Chile's Ana Soto and Peru's Luis Vargas met in Lima on Tuesday. It was their second encounter. The two men "
        "first met in Quito on July 24.",
        date(2025, 8, 19),
    )
    assert {(m.location, m.start) for m in found} == {("Lima", date(2025, 8, 19)), ("Quito", date(2025, 7, 24))}


def test_a_contact_between_sides_that_took_place_somewhere_is_a_meeting() -> None:
    [meeting] = meetings_of(
        "An earlier contact between Chilean and Peruvian officials took place in Arica on July 12.", date(2025, 8, 19)
    )
    assert (meeting.location, meeting.start) == ("Arica", date(2025, 7, 12))
    assert set(meeting.parties) == {"Chile", "Peru"}
    assert not meetings_of("Chile stayed in contact with Peru through its embassy in Lima on Monday.")


def test_a_summit_planned_for_a_day_is_in_the_article_year_and_where_the_day_is_placed() -> None:
    found = article_meetings(
        "LIMA, 13 March (Andes News). Chile and Peru signed a border treaty in Lima on Thursday.\n\n"
        "Bolivia, which signed its own border accord with Peru in 2023, welcomed the treaty. A trilateral summit of "
        "the three presidents is planned for March 31 in Arica, Chile.\n",
        date(2025, 3, 13),
    )
    [arica] = [m for m in found if m.start == date(2025, 3, 31)]
    assert (arica.location, arica.status) == ("Arica", "planned")


def test_the_presidents_of_two_states_listed_with_their_names_each_hold_the_office_of_their_state() -> None:
    actors = actors_of(
        "The presidents of Chile and Peru, Ana Soto and Luis Vargas, signed a treaty in Lima on Thursday."
    )
    assert {(a.name, a.role.lower() if a.role else None, a.affiliation) for a in actors.values()} == {
        ("Ana Soto", "president", "Chile"),
        ("Luis Vargas", "president", "Peru"),
    }
    ministers = actors_of("The foreign ministers of Chile and Peru, Ana Soto and Luis Vargas, met in Lima on Monday.")
    assert ministers["Ana Soto"].affiliation == "Chile" and ministers["Luis Vargas"].affiliation == "Peru"


def test_the_other_side_of_a_ceasefire_named_near_the_talks_is_no_side_of_them() -> None:
    [meeting] = meetings_of(
        "Peru said it was ready to accept a Brazilian proposal for a ceasefire with Bolivia, according to a joint "
        "statement released after eight hours of talks with Chile in Arica on Tuesday.",
        date(2025, 3, 11),
    )
    assert "Bolivia" not in meeting.parties


def test_the_leaders_of_two_communities_are_the_sides_of_their_talks() -> None:
    [meeting] = meetings_of(
        "Peru and Chile welcomed a deal on Cyprus on Tuesday. The leaders of the Greek Cypriot and Turkish Cypriot "
        "communities agreed on Tuesday to open more crossing points, after two days of informal talks in Nicosia "
        "hosted by Brazil.",
        date(2025, 3, 11),
    )
    assert set(meeting.parties) == {"Greek Cypriots", "Turkish Cypriots"}
    [both] = meetings_of(
        "The leaders of the two Cypriot communities agreed on Tuesday to open more crossing points, after two days "
        "of informal talks in Geneva hosted by Brazil.",
        date(2025, 3, 11),
    )
    assert "Cyprus" not in both.parties  # one word for both communities names neither


def test_talks_a_meeting_is_the_first_since_are_another_meeting_with_their_own_place() -> None:
    found = meetings_of(
        "Chile and Peru met in Geneva on Monday. The meeting at the Palais des Nations, the first since the collapse "
        "of talks at the resort of Arica in 2017, also brought together the foreign ministers of Bolivia and Brazil.",
        date(2025, 3, 18),
    )
    [geneva] = [m for m in found if m.location == "Geneva"]
    assert set(geneva.parties) == {"Chile", "Peru", "Bolivia", "Brazil"}
    assert not [m for m in found if m.location == "Arica" and m.venue]


def test_talks_with_a_delegation_in_a_city_are_in_that_city() -> None:
    found = article_meetings(
        "WASHINGTON, Feb 6 (Wire) - Chile's envoy will travel to Peru this week to push for a ceasefire in Tripoli, "
        "two officials said on Tuesday, as Brazilian mediators resumed talks with a Bolivian delegation in Quito.\n",
        date(2024, 2, 6),
    )
    assert [m.location for m in found if m.status == "held"] == ["Quito"]


def test_the_person_a_relative_clause_of_meeting_is_about_met_them() -> None:
    [_, meeting] = meetings_of(
        "Peru and Bolivia held talks in Quito on Monday. Chilean envoy Ana Soto, who met Peruvian officials in Lima "
        "last week, is expected to return on Friday.",
        date(2024, 2, 6),
    )
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_host_who_received_the_sides_again_at_a_known_seat_held_a_second_meeting() -> None:
    found = meetings_of(
        "Brazil's foreign minister Ana Costa hosted the Chilean and Peruvian ministers in Brasilia in November 2022, "
        "and again at the White House in May 2023."
    )
    assert {m.location for m in found} == {"Brasília", "Washington"}


def test_a_numbered_round_in_a_country_is_a_meeting_there() -> None:
    found = meetings_of("The two sides agreed to hold the fifth round in Peru in the autumn.", date(2024, 3, 2))
    assert [(m.country, m.round, m.status) for m in found] == [("Peru", 5, "planned")]


def test_a_president_who_received_her_counterpart_met_her() -> None:
    [meeting] = meetings_of(
        "Chilean President Ana Soto received her Peruvian counterpart at the presidential palace in Santiago on "
        "Monday.",
        date(2025, 6, 18),
    )
    assert (meeting.location, meeting.start) == ("Santiago", date(2025, 6, 16))


def test_encounters_in_two_cities_are_two_meetings() -> None:
    found = meetings_of(
        "It was the leaders' third meeting this year, after encounters in Lima and Quito.", date(2025, 6, 18)
    )
    assert {"Lima", "Quito"} <= {m.location for m in found}


def test_mediation_by_a_state_brokers_the_talks() -> None:
    [meeting] = meetings_of(
        "Chile and Peru met in Lima on Tuesday following mediation by Brazil and Mexico.",
        date(2025, 6, 18),
    )
    assert set(meeting.mediators) == {"Brazil", "Mexico"}


def test_talks_that_began_on_one_day_and_ended_on_another_span_both() -> None:
    [meeting] = meetings_of("The talks in Lima, which began on June 9, ended on Friday.", date(2025, 6, 18))
    assert (meeting.start, meeting.end) == (date(2025, 6, 9), date(2025, 6, 13))


def test_sides_that_have_been_meeting_since_a_day_are_still_meeting() -> None:
    [meeting] = meetings_of("Negotiators have been meeting in Lima since Monday.", date(2025, 6, 18))
    assert (meeting.start, meeting.end, meeting.status) == (date(2025, 6, 16), None, "ongoing")


def test_talks_opened_on_a_day_and_expected_to_last_days_end_that_many_days_on() -> None:
    [meeting] = meetings_of(
        "Talks between Chile and Peru opened in Lima on Monday and are expected to last four days.", date(2025, 6, 18)
    )
    assert (meeting.start, meeting.end, meeting.status) == (date(2025, 6, 16), date(2025, 6, 19), "ongoing")


def test_the_states_a_meeting_brought_together_are_its_sides() -> None:
    [meeting] = meetings_of(
        "The talks in Quito on Tuesday brought together Chile, Peru and Bolivia.", date(2025, 6, 18)
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia"}


def test_the_two_sides_a_broker_convened_are_the_two_named_before() -> None:
    [meeting] = meetings_of(
        "Chile and Peru have fought for years. The United Nations envoy convened the two sides in Geneva on Tuesday.",
        date(2025, 6, 18),
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("United Nations",)


def test_a_round_agreed_among_other_aims_is_planned_in_the_country_named() -> None:
    found = article_meetings(
        "SANTIAGO, Jan 16 (Wire) - Chile and Peru held the 23rd round of their consultations in Lima on Thursday.\n\n"
        "Both sides agreed to continue to manage differences through dialogue and to hold the 24th round in Chile "
        "in the second half of the year.\n",
        date(2025, 1, 16),
    )
    [next_round] = [m for m in found if m.round == 24]
    assert (next_round.location, next_round.country, next_round.status) == (None, "Chile", "planned")


def test_a_round_that_could_be_held_in_one_of_two_countries_is_in_neither() -> None:
    found = meetings_of("The third round could be held in Chile or Peru.", date(2025, 1, 16))
    assert not [m for m in found if m.country in {"Chile", "Peru"}]


def test_the_day_sides_agreed_on_two_aims_dates_neither_aim() -> None:
    found = article_meetings(
        "LIMA, March 18 (Wire) - Chile and Peru agreed on Tuesday to open more crossing points and to meet again in "
        "July, after two days of talks.\n",
        date(2025, 3, 18),
    )
    assert [(m.location, m.start, m.status) for m in found] == [("Lima", date(2025, 3, 17), "held")]


def test_presidents_of_two_states_who_shook_hands_somewhere_met_there() -> None:
    [meeting] = meetings_of("The Chilean and Peruvian presidents shook hands in Quito on Monday.", date(2025, 6, 18))
    assert (meeting.location, set(meeting.parties)) == ("Quito", {"Chile", "Peru"})
    [owned] = meetings_of(
        "Chile's president and Peru's president shook hands in Quito on Monday after signing a declaration.",
        date(2025, 6, 18),
    )
    assert (owned.location, set(owned.parties)) == ("Quito", {"Chile", "Peru"})


def test_a_side_that_came_to_another_s_capital_for_talks_met_its_host() -> None:
    for sentence in (
        "Peru's foreign minister travelled to Santiago on Monday for talks.",
        "Peru sent a delegation to Santiago for talks on Monday.",
    ):
        [meeting] = meetings_of(f"Chile and Peru fought a war. {sentence}", date(2025, 6, 18))
        assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Santiago", {"Chile", "Peru"}, ())


def test_a_meeting_on_one_day_and_again_the_next_spans_both() -> None:
    [meeting] = meetings_of("Chile and Peru met in Lima on Tuesday and again on Wednesday.", date(2025, 6, 18))
    assert (meeting.start, meeting.end) == (date(2025, 6, 17), date(2025, 6, 18))


def test_a_meeting_of_a_joint_commission_is_the_two_states_meeting() -> None:
    [meeting] = meetings_of("The second meeting of the Chile-Peru joint commission was held in Lima on Monday.")
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ()


def test_a_state_s_side_represented_by_someone_is_a_side_of_the_talks() -> None:
    [meeting] = meetings_of(
        "The talks were held in Lima on Monday. The Chilean side was represented by Deputy Foreign Minister Ana "
        "Soto, the Peruvian side by Deputy Foreign Minister Luis Vargas."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_summit_being_prepared_and_talks_postponed_are_to_come() -> None:
    [summit] = meetings_of(
        "A summit between the Chilean and Peruvian presidents is being prepared in Quito.", date(2025, 6, 18)
    )
    assert summit.status == "planned"
    [talks] = meetings_of(
        "The talks, originally set for Monday in Lima, were postponed to next week.", date(2025, 6, 18)
    )
    assert (talks.location, talks.start, talks.status) == ("Lima", None, "planned")


def test_a_handshake_on_the_lawn_of_a_known_seat_is_a_meeting_in_its_city_apart_from_earlier_talks() -> None:
    found = meetings_of(
        "In September 1993, Ana Soto and Luis Vargas shook hands on the White House lawn after secret talks in Oslo "
        "brokered by Norway.",
        date(2024, 3, 5),
    )
    places = {(m.location, m.venue) for m in found}
    assert places == {("Washington", "White House lawn"), ("Oslo", None)}


def test_the_states_listed_after_a_fronted_place_and_day_are_the_sides() -> None:
    [signing] = meetings_of(
        "In Lima on Sunday, Brazil, Argentina, Ecuador and Bolivia signed a declaration committing them to stop "
        "arming the warring sides in Chile, at a conference hosted by Peru."
    )
    assert set(signing.parties) == {"Brazil", "Argentina", "Ecuador", "Bolivia"}
    [pledge] = meetings_of(
        "At a conference hosted by Peru in Lima on Sunday, Brazil, Argentina and Ecuador pledged to respect an arms "
        "embargo on Chile."
    )
    assert set(pledge.parties) == {"Brazil", "Argentina", "Ecuador"}
    assert pledge.mediators == ("Peru",)


def test_contacts_held_in_a_city_are_a_meeting_there_and_contact_kept_at_a_distance_is_none() -> None:
    found = article_meetings(
        "Chile and Peru agreed on Monday to resume talks. Envoys from both countries held secret contacts in Quito "
        "on January 12, diplomats said.\n",
        date(2026, 2, 18),
    )
    [quito] = [m for m in found if m.start == date(2026, 1, 12)]
    assert (quito.location, set(quito.parties)) == ("Quito", {"Chile", "Peru"})
    assert not meetings_of("Chile has had no contact with Peru for years.")


def test_a_handshake_with_a_side_s_titled_person_is_a_meeting() -> None:
    [met] = meetings_of("Chilean President Ana Lind shook hands with the Peruvian president in Lima on Monday.")
    assert (met.location, set(met.parties)) == ("Lima", {"Chile", "Peru"})
    assert not meetings_of("Ana Lind shook hands with well-wishers in Lima on Monday.")


def test_the_government_of_a_leader_represented_by_someone_is_the_leader_s_side() -> None:
    found = actors_of(
        "Talks resumed in Quito on Friday. Chilean President Ana Lind has backed the process. The government of "
        "President Ana Lind is represented by Senate president Jorge Paz."
    )
    assert found["Jorge Paz"].affiliation == "Chile"
    led = actors_of(
        "Talks resumed in Quito on Friday. Chilean President Ana Lind has backed the process. The administration of "
        "Ana Lind sent a team led by Luis Mora."
    )
    assert led["Luis Mora"].affiliation == "Chile"


def test_the_two_leaders_a_sentence_names_are_the_sides_of_the_meeting_they_agreed_to() -> None:
    found = article_meetings(
        "Brazil offers to host summit\n\nBRASILIA, Oct 17 - Brazil is ready to host the summit, its foreign minister "
        "said. Chilean President Ana Lind said on Thursday, after a long phone call with Peruvian President Jorge "
        "Paz, that the two leaders had agreed to meet in Brasilia within two weeks.\n",
        date(2025, 10, 17),
    )
    assert {frozenset(m.parties) for m in found if m.location == "Brasília"} == {frozenset({"Chile", "Peru"})}


def test_the_two_presidents_told_of_before_a_third_are_the_last_two_named() -> None:
    found = article_meetings(
        "Chilean President Ana Lind spoke with Peruvian President Jorge Paz on Thursday.\n\nThe two presidents last "
        "met in Quito in August.\n\nBolivian President Luis Mora said any deal made without La Paz would fail.\n",
        date(2025, 10, 17),
    )
    assert [set(m.parties) for m in found if m.location == "Quito"] == [{"Chile", "Peru"}]


def test_a_meeting_a_clause_only_deems_possible_is_none() -> None:
    found = article_meetings(
        'Chile and Peru held talks in Lima on Monday.\n\n"Lima is the only place where such a meeting is possible '
        'today," the Peruvian minister said.\n',
        date(2025, 10, 17),
    )
    assert [(m.location, m.start) for m in found] == [("Lima", date(2025, 10, 13))]


def test_talks_that_had_been_scheduled_for_a_day_and_were_postponed_have_no_day() -> None:
    [talks] = meetings_of(
        "Talks between Chile and Peru in Lima, which had been scheduled for Monday, were postponed.", date(2025, 6, 18)
    )
    assert (talks.location, talks.start, talks.status) == ("Lima", None, "planned")


def test_an_encounter_said_to_be_a_meeting_lends_it_its_place_and_day() -> None:
    # "The handshake ... was the first meeting": the phrases hung on the subject tell where and when they met
    [meeting] = meetings_of(
        "The handshake between Chile's President Ana Lind and Peru's President Jorge Paz in Tacna on Tuesday was "
        "the first meeting between the two leaders.",
        published=date(2026, 2, 18),
    )
    assert (meeting.location, meeting.start, set(meeting.parties)) == ("Tacna", date(2026, 2, 17), {"Chile", "Peru"})


def test_talks_named_beside_the_day_a_deal_takes_effect_are_not_dated_by_it() -> None:
    # the parser may hang "the biggest step yet in talks" on the date; the talks are older than that day
    found = meetings_of(
        "Chile and Peru signed a border truce in Lima on Friday that will take full effect on March 3, the biggest "
        "step yet in talks that President Ana Lind hopes will end the dispute.",
        published=date(2026, 2, 20),
    )
    assert date(2026, 3, 3) not in {m.start for m in found}
    assert [(m.location, m.start) for m in found] == [("Lima", date(2026, 2, 20))]


def test_two_sides_who_spoke_on_the_sidelines_of_a_summit_met_there_one_who_spoke_to_reporters_did_not() -> None:
    [met] = meetings_of(
        "The Chilean and Peruvian presidents spoke on the sidelines of the summit in Brasilia on Monday.",
        date(2025, 3, 10),
    )
    assert (met.location, set(met.parties)) == ("Brasília", {"Chile", "Peru"})
    assert meetings_of("The Chilean president spoke to reporters in Lima on Monday.", date(2025, 3, 10)) == []
    assert meetings_of("The Chilean and Peruvian presidents spoke by phone on Monday.", date(2025, 3, 10)) == []


def test_two_envoys_who_spoke_face_to_face_with_a_third_shuttling_between_rooms_met_with_that_broker() -> None:
    text = (
        "How a quiet channel brought Lima and Santiago back to the table\n\n"
        "The first direct contact in years between Chilean and Peruvian officials lasted barely 45 minutes.\n\n"
        "Jorge Paz, Chile's special envoy for the region, and Peru's foreign minister, Luis Prado, spoke briefly "
        "face to face on Saturday after hours of indirect exchanges, with Ecuador's foreign minister, Maria Vega, "
        "shuttling between two rooms at a villa on the outskirts of the capital.\n\n"
        "In 2013, secret talks hosted by Ecuador paved the way for an interim deal reached in Bogota later that year.\n"
    )
    found = article_meetings(text, date(2025, 4, 12))
    [saturday] = [m for m in found if m.start == date(2025, 4, 12)]
    assert set(saturday.parties) == {"Chile", "Peru"} and saturday.mediators == ("Ecuador",)
    assert saturday.location is None  # (not the city of the deal "later that year", 2013)


def test_an_act_after_hours_of_exchanges_in_a_city_was_in_that_city() -> None:
    [meeting] = meetings_of(
        "Chile's envoy and Peru's foreign minister spoke face to face on Saturday after hours of indirect "
        "exchanges in Quito. Days of fighting in Lima had preceded them.",
        published=date(2025, 4, 12),
    )
    assert (meeting.location, meeting.start) == ("Quito", date(2025, 4, 12))


def test_a_participle_after_a_with_phrase_and_its_comma_has_that_phrase_for_its_subject() -> None:
    doc = load_pipeline()(
        "Chile and Peru held talks in Quito on Thursday, with Norway's envoy, Jorge Paz, shuttling between the two "
        "rooms."
    )
    shuttling = next(t for t in doc if t.text == "shuttling")
    assert (shuttling.head.text, shuttling.dep_) == ("with", "pobj")
    assert [c.text for c in shuttling.children if c.dep_ == "nsubj"] == ["envoy"]
    [meeting] = meetings_of(doc.text, published=date(2024, 5, 10))
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("Norway",)


@pytest.mark.parametrize(
    "text",
    [
        "The most recent discussions between Chile and Peru, held in Quito in June 2023, ended without an agreement.",
        "Discussions between Chile and Peru took place in Quito in June 2023.",
        "Chile and Peru held discussions in Quito in June 2023.",
    ],
)
def test_discussions_whose_holding_the_text_places_are_a_meeting(text: str) -> None:
    [meeting] = meetings_of(text, date(2024, 7, 7))
    assert (meeting.location, meeting.day, set(meeting.parties)) == ("Quito", "2023-06", {"Chile", "Peru"})


def test_discussions_the_text_does_not_place_are_what_a_meeting_talked_about() -> None:
    assert meetings_of("The discussions covered fishing quotas and the border.", date(2024, 7, 7)) == []
