"""Who sat at a meeting as a list of attendees tells it: "participants ... included", "the talks ... included",
sides described by their demonym ("the Chilean government"). Sentences written for each pattern."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from kg.extract.nlp import load_pipeline
from tests.conftest import article_meetings, meetings_of

_meetings = partial(meetings_of, published=date(2026, 2, 18))


def test_an_attendance_list_names_a_side_by_its_government_and_the_host_stays_a_broker() -> None:
    [meeting] = _meetings(
        "Participants at Thursday's talks in Lima, hosted by Peru, included the Chilean government and the ELN."
    )
    assert set(meeting.parties) == {"Chile", "ELN"}
    assert meeting.mediators == ("Peru",)


def test_talks_that_included_sides_have_them_as_sides() -> None:
    [meeting] = _meetings(
        "The talks in Lima on Thursday were hosted by Peru and included the Chilean government and the ELN."
    )
    assert set(meeting.parties) == {"Chile", "ELN"}
    assert meeting.mediators == ("Peru",)


def test_talks_that_included_a_topic_have_no_side_from_it() -> None:
    [meeting] = _meetings("Chile and Peru held talks in Lima on Thursday that included the Bolivian border.")
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_leaders_named_by_their_demonyms_are_their_states() -> None:
    [meeting] = _meetings(
        "The EU hosted the Serbian and Kosovan leaders for a round of dialogue in Brussels on Tuesday."
    )
    assert set(meeting.parties) == {"Serbia", "Kosovo"}


def test_a_list_the_parser_hung_on_a_fronted_phrase_is_the_subject() -> None:
    [meeting] = _meetings("At Sunday's conference in Lima, Chile, Bolivia and Ecuador pledged to reopen the border.")
    assert meeting.location == "Lima"
    assert set(meeting.parties) == {"Chile", "Bolivia", "Ecuador"}


def test_a_fronted_phrase_with_a_subject_of_its_own_keeps_its_list() -> None:
    doc = load_pipeline()("In Lima, Quito and La Paz, officials welcomed the talks.")
    quito = next(t for t in doc if t.text == "Quito")
    assert quito.dep_ == "conj"
    hung = load_pipeline()("At Sunday's conference in Lima, Chile, Bolivia and Ecuador pledged to reopen the border.")
    chile = next(t for t in hung if t.text == "Chile")
    assert (chile.dep_, chile.head.text) == ("nsubj", "pledged")


@pytest.mark.parametrize(
    "fronted",
    ["With the help of Swiss diplomats", "With the help of Switzerland", "Under pressure from Washington"],
)
def test_the_sides_after_a_fronted_phrase_of_help_or_pressure_are_the_subject_not_more_of_its_objects(
    fronted: str,
) -> None:
    [meeting] = _meetings(f"{fronted}, Peru and Chile opened talks in Geneva on Monday.")
    assert set(meeting.parties) == {"Peru", "Chile"}
    assert not {"Peru", "Chile"} & set(meeting.mediators)


def test_sides_present_at_a_meeting_or_among_those_represented_there() -> None:
    [present] = _meetings("Also present at the Lima conference on Sunday were Chile, Bolivia and Ecuador.")
    assert set(present.parties) == {"Chile", "Bolivia", "Ecuador"}
    [among] = _meetings("Chile and Bolivia were among the countries represented at the Lima conference on Sunday.")
    assert set(among.parties) == {"Chile", "Bolivia"}
    [critics] = _meetings(
        "Chile and Peru met in Lima on Sunday. Bolivia was among the critics of the talks in Lima on Sunday."
    )
    assert "Bolivia" not in critics.parties


def test_joint_conveners_on_the_meeting_word_are_both_brokers() -> None:
    [meeting] = _meetings(
        "The summit in Lima on Sunday, convened by Peru and the United Nations, was attended by Chile and Bolivia."
    )
    assert set(meeting.mediators) == {"Peru", "United Nations"}
    assert set(meeting.parties) == {"Chile", "Bolivia"}


@pytest.mark.parametrize(
    "listing",
    [
        "Among those attending were Chile and Bolivia.",
        "Those attending included Chile and Bolivia.",
        "Those taking part included Chile and Bolivia.",
        "Participants included Chile and Bolivia.",
        "Attending were Chile and Bolivia.",
    ],
)
def test_an_attendance_list_after_the_meeting_adds_its_sides(listing: str) -> None:
    [meeting] = _meetings(f"The conference in Lima on Monday was hosted by Peru. {listing}")
    assert set(meeting.parties) == {"Chile", "Bolivia"}
    assert meeting.mediators == ("Peru",)


def test_a_list_of_topics_or_speakers_is_no_attendance_list() -> None:
    [meeting] = _meetings(
        "Chile and Peru held talks in Lima on Monday. The topics included Bolivia and Ecuador. Among those who spoke "
        "were Argentina and Uruguay."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's government and the Lowland Autonomy Council met in Lima on Monday.",
        "Bolivia's government and the Lowland Autonomy Council held talks in Lima on Monday.",
        "Bolivia's government and the Lowland Autonomy Council agreed a roadmap on Monday at a meeting in Lima.",
    ],
)
def test_an_unknown_council_meeting_beside_a_known_side_is_a_side(text: str) -> None:
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"Bolivia", "Lowland Autonomy Council"}


def test_an_unknown_council_that_only_comments_is_no_side() -> None:
    [meeting] = _meetings(
        "Bolivia and Chile met in Lima on Monday. Bolivia's government and the Lowland Autonomy Council welcomed it."
    )
    assert set(meeting.parties) == {"Bolivia", "Chile"}


def test_a_state_that_boycotted_the_meeting_is_not_seated_as_its_host() -> None:
    [meeting] = _meetings(
        "Bolivia's government met the ELN in Lima on Monday in talks mediated by Norway. Peru boycotted the meeting."
    )
    assert set(meeting.parties) == {"Bolivia", "ELN"}
    assert meeting.mediators == ("Norway",)


def test_the_two_countries_of_a_bilateral_on_a_summit_s_sidelines_are_its_two_not_the_summit_s() -> None:
    summit, earlier = _meetings(
        "Leaders of Chile, Peru, Bolivia and Ecuador met in Lima on Wednesday. Chilean President Ana Lind and Peruvian "
        "President Luis Vera met on the sidelines, their first meeting since the two countries signed a border "
        "treaty in Arica in March."
    )
    assert set(summit.parties) == {"Chile", "Peru", "Bolivia", "Ecuador"}
    assert earlier.location == "Arica"
    assert set(earlier.parties) == {"Chile", "Peru"}


def test_a_participle_hung_on_a_meeting_s_topic_places_the_meeting() -> None:
    talks, forum = _meetings(
        "Chile's foreign minister met Peru's foreign minister in Lima on Wednesday. The minister welcomed Chile's role "
        "as co-host, with Ecuador, of a regional meeting on fisheries cooperation held in Arica in January."
    )
    assert (talks.location, set(talks.parties), talks.mediators) == ("Lima", {"Chile", "Peru"}, ())
    assert forum.location == "Arica"
    assert set(forum.mediators) == {"Chile", "Ecuador"}


def test_a_host_that_welcomes_both_sides_delegations_for_talks_brokers_them() -> None:
    [meeting] = _meetings(
        "The Community of Sant'Egidio today welcomed the delegations of the Government of Chile and of the ELN to its "
        "headquarters in Rome for a new round of peace talks."
    )
    assert set(meeting.parties) == {"Chile", "ELN"}
    assert meeting.mediators == ("Community of Sant'Egidio",)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president welcomed the Peruvian delegation to Santiago for talks on Monday.",
        "Chile's president welcomed Peru's foreign minister in Santiago on Monday.",
        "Chile's president received the Peruvian foreign minister in Santiago on Monday.",
    ],
)
def test_welcoming_or_receiving_one_side_s_guest_is_a_meeting_of_the_two(text: str) -> None:
    [meeting] = _meetings(text)
    assert (meeting.location, meeting.mediators) == ("Santiago", ())
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_welcoming_a_deal_is_no_meeting() -> None:
    assert _meetings("Chile's president welcomed the agreement in Santiago on Monday.") == []


def test_a_separate_deal_s_sides_after_a_meeting_are_not_that_meeting_s() -> None:
    lima, quito, santiago = _meetings(
        "Bolivia and the ELN signed a framework agreement in Lima on Saturday.\n\n"
        "It builds on a declaration of principles the two sides signed in Quito in July and on a separate peace deal "
        "between Bolivia and Chile concluded in Santiago in June."
    )
    assert (lima.location, quito.location, santiago.location) == ("Lima", "Quito", "Santiago")
    assert set(quito.parties) == {"Bolivia", "ELN"}
    assert set(santiago.parties) == {"Bolivia", "Chile"}


def test_a_coalition_s_other_name_is_the_known_group() -> None:
    [meeting] = _meetings(
        "The government of Congo and the Alliance Fleuve Congo signed a framework agreement in Doha on Saturday."
    )
    assert set(meeting.parties) == {"Democratic Republic of the Congo", "M23"}


def test_a_state_s_administrative_or_commercial_capital_is_not_its_capital() -> None:
    [meeting] = _meetings(
        "The leaders of Chile and Peru agreed to a ceasefire after talks in Malaysia's administrative capital "
        "on Monday."
    )
    assert meeting.location != "Kuala Lumpur"
    [seat] = _meetings(
        "The leaders of Chile and Peru agreed to a ceasefire after talks in the Malaysian capital on Monday."
    )
    assert seat.location == "Kuala Lumpur"


def test_the_reporting_chief_a_he_of_the_report_stands_for_hosts_the_talks() -> None:
    [meeting] = _meetings(
        "The leaders of Chile and Peru failed to agree on Thursday, the European Union's foreign policy chief said "
        "after a day of talks he hosted in Brussels."
    )
    assert meeting.mediators == ("European Union",)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was discussed at Chile-Peru talks in Arica in March.",
        "The proposal was put forward at Chile-Peru talks in Arica in March.",
    ],
)
def test_sides_named_before_a_meeting_word_after_at_are_its_sides_not_a_place(text: str) -> None:
    [meeting] = _meetings(text)
    assert meeting.location == "Arica"
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_those_who_attend_a_ceremony_the_sides_sign_at_stay_witnesses() -> None:
    [meeting] = _meetings(
        "On June 23 the two presidents of Chile and Peru met in Arica to sign a ceasefire, at a ceremony attended "
        "by Bolivian President Ana Lind."
    )
    assert "Bolivia" not in meeting.parties


def test_sides_that_acted_since_talks_or_agreed_a_deal_at_them_held_them() -> None:
    [since] = _meetings(
        "Chile and Peru have exchanged prisoners several times since talks in Quito brokered by Brazil."
    )
    assert set(since.parties) == {"Chile", "Peru"} and since.mediators == ("Brazil",)
    [agreed] = article_meetings(  # (their states from the office-holder table, which the whole pipeline reads)
        "The deal was agreed by Presidents Vladimir Putin and Recep Tayyip Erdogan at a summit in Sochi.",
        date(2026, 2, 18),
    )
    assert set(agreed.parties) == {"Russia", "Turkey"}
    [brokered] = _meetings("The deal was brokered by Brazil at talks between Chile and Peru in Quito on Monday.")
    assert set(brokered.parties) == {"Chile", "Peru"} and brokered.mediators == ("Brazil",)


def test_a_broker_hyphened_to_led_before_a_topic_and_talks_leads_them() -> None:
    [meeting] = _meetings("Chile and the ELN joined U.S.-led ceasefire talks in Lima on Wednesday.")
    assert set(meeting.parties) == {"Chile", "ELN"}
    assert meeting.mediators == ("United States",)


def test_a_side_that_says_it_sent_a_delegation_to_the_talks_is_a_side() -> None:
    [meeting] = _meetings(
        "Chile and Peru met in Lima on Monday. The ELN said it had sent a delegation to the talks in Lima."
    )
    assert "ELN" in meeting.parties


@pytest.mark.parametrize(
    "text",
    [
        "The participants, who included the United States, China, Russia and France, met in Rome on Sunday.",
        "The participants, who included the United States, China, Russia and France, agreed in Rome on Sunday to "
        "respect the arms embargo.",
    ],
)
def test_those_a_relative_clause_on_the_participants_says_they_included_take_part(text: str) -> None:
    [meeting] = meetings_of(text)
    assert set(meeting.parties) == {"United States", "China", "Russia", "France"}


@pytest.mark.parametrize(
    "told",
    [
        "Brazil, Bolivia and Uruguay were among the other countries represented.",
        "Brazil, Bolivia and Uruguay were among the countries taking part.",
        "Brazil, Bolivia and Uruguay were also represented.",
        "Among the other delegations were those of Brazil, Bolivia and Uruguay.",
        "Among the participants were Brazil, Bolivia and Uruguay.",
        "Brazil, Bolivia and Uruguay were among the 12 countries that signed the final communique.",
    ],
)
def test_states_said_to_be_among_those_represented_are_sides_of_the_talks_before(told: str) -> None:
    (meeting,) = meetings_of("Chile and Peru held talks in Quito on Monday. " + told, date(2015, 11, 14))
    assert set(meeting.parties) == {"Chile", "Peru", "Brazil", "Bolivia", "Uruguay"}


def test_states_among_others_of_another_kind_or_represented_by_someone_are_no_more_sides() -> None:
    for told in (
        "Brazil and Bolivia were among the countries that condemned the coup.",
        "Brazil was represented by its ambassador.",
        "Among the delegations that stayed away were those of Brazil and Bolivia.",
        "Brazil and Bolivia were among the countries that did not sign the communique.",
    ):
        (meeting,) = meetings_of("Chile and Peru held talks in Quito on Monday. " + told, date(2015, 11, 14))
        assert set(meeting.parties) == {"Chile", "Peru"}, told


def test_the_ministers_of_a_datelined_lead_are_sides_of_the_meeting_the_next_paragraph_tells_of() -> None:
    (meeting,) = article_meetings(
        "Ministers agree road map at Quito talks\n\n"
        "QUITO, Nov 14 (Wire) — Foreign ministers from 12 countries, including Chile, Peru and Bolivia, agreed on "
        "Saturday on a timetable for elections.\n\n"
        "The meeting also brought together the European Union and the United Nations.",
        date(2015, 11, 14),
    )
    assert (meeting.location, meeting.start) == ("Quito", date(2015, 11, 14))
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "European Union", "United Nations"}


def test_a_conference_a_host_held_and_those_who_attended_it_are_one_meeting() -> None:
    (meeting,) = meetings_of(
        "Brazil on Thursday hosted a conference in Brasilia attended by a Chilean delegation and a team from the "
        "Peruvian government, as well as senior envoys from Bolivia, Uruguay and Paraguay.",
        date(2021, 3, 18),
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Uruguay", "Paraguay"}
    assert meeting.mediators == ("Brazil",)


def test_leaders_said_to_be_among_those_at_a_summit_are_its_sides() -> None:
    (meeting,) = meetings_of(
        "Leaders met in Quito on Sunday for a summit on the border. Chilean President Ana Lind, Peruvian President "
        "Jorge Paz and Bolivian Foreign Minister Luis Mora were among those at the summit.",
        date(2020, 1, 20),
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia"}


def test_a_list_set_off_by_dashes_restates_the_plural_sides_before_it_whatever_the_parse() -> None:
    (meeting,) = meetings_of(
        "Negotiators from Chile and the remaining parties to the 2015 border deal — Peru, Bolivia and Ecuador — "
        "have begun a seventh round of talks in Quito.",
        date(2021, 11, 29),
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Ecuador"}


@pytest.mark.parametrize(
    "text",
    [
        "Brazil has invited Chile, Peru, Bolivia and Uruguay to a conference in Brasilia on Sunday.",
        "Brazil invited Chile, Peru, Bolivia and Uruguay to talks in Brasilia on Sunday.",
    ],
)
def test_states_invited_to_a_meeting_to_come_are_its_sides_and_the_host_inviting_them_brokers(text: str) -> None:
    (meeting,) = meetings_of(text, date(2020, 1, 18))
    assert (meeting.start, meeting.status) == (date(2020, 1, 19), "planned")
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru", "Bolivia", "Uruguay"}, ("Brazil",))


@pytest.mark.parametrize("verb", ["to take part in", "to participate in", "to attend", "to join", "to sit down for"])
def test_states_invited_to_do_what_guests_do_at_talks_are_their_sides_and_the_talks_are_to_come(verb: str) -> None:
    (meeting,) = meetings_of(f"Brazil has invited Chile and Uruguay {verb} talks in Brasilia.", date(2020, 1, 18))
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Uruguay"}, ("Brazil",))
    assert meeting.status == "planned"


def test_a_state_invited_to_broker_talks_is_no_side_of_them() -> None:
    (meeting,) = meetings_of(
        "Brazil invited Norway to mediate talks between Chile and Uruguay in Brasilia.", date(2020, 1, 18)
    )
    assert set(meeting.parties) == {"Chile", "Uruguay"}


def test_the_day_of_an_invitation_to_take_part_in_talks_is_not_their_day() -> None:
    (meeting,) = meetings_of(
        "On January 3, Brazil invited Chile and Uruguay to participate in talks in Brasilia, set to begin on "
        "January 20.",
        date(2020, 1, 8),
    )
    assert (meeting.start, meeting.status) == (date(2020, 1, 20), "planned")


@pytest.mark.parametrize(
    ("verb", "participle"),
    [("announced", "scheduled to begin"), ("confirmed", "set to open"), ("welcomed", "expected to start")],
)
def test_a_scheduling_participle_after_the_talks_gives_their_day_not_the_day_they_were_told_of(
    verb: str, participle: str
) -> None:
    (meeting,) = meetings_of(
        f"On January 3, Brazil {verb} talks between Chile and Uruguay, {participle} on January 20 in Brasilia.",
        date(2020, 1, 8),
    )
    assert (meeting.start, meeting.status, meeting.location) == (date(2020, 1, 20), "planned", "Brasília")


@pytest.mark.parametrize("listed", ["Those invited include", "Those attending include"])
def test_the_attendance_list_of_a_meeting_to_come_names_its_sides_and_no_meeting_of_its_own(listed: str) -> None:
    (meeting,) = article_meetings(
        f"QUITO, Jan 18 (Wire) - Leaders will gather in Quito on Sunday. {listed} Chile, Peru and Bolivia.",
        date(2020, 1, 18),
    )
    assert (meeting.status, set(meeting.parties)) == ("planned", {"Chile", "Peru", "Bolivia"})


@pytest.mark.parametrize(
    "text",
    [
        "Chile boycotted the regional summit in Quito on Friday, which was attended by Peru and Bolivia.",
        "Chile boycotted the regional summit in Quito, which was attended by Peru and Bolivia.",
    ],
)
def test_those_a_relative_clause_on_the_meeting_s_day_or_place_says_attended_are_its_sides(text: str) -> None:
    [meeting] = _meetings(text)
    assert (meeting.location, set(meeting.parties)) == ("Quito", {"Peru", "Bolivia"})


def test_the_states_after_as_well_as_are_more_of_the_list_before_them() -> None:
    [meeting] = _meetings(
        "The one-day summit in Lima, hosted by Peru, brought together the leaders of Brazil, Argentina, Colombia, "
        "Chile and Mexico, as well as the United States, China, Russia and the European Union."
    )
    assert set(meeting.parties) == {
        *("Brazil", "Argentina", "Colombia", "Chile", "Mexico"),
        *("United States", "China", "Russia", "European Union"),
    }
    assert meeting.mediators == ("Peru",)


def test_the_delegations_attending_a_ceremony_are_its_sides_the_guests_attending_one_are_not() -> None:
    [meeting] = _meetings(
        "Luis Mora announced the deal at a closing ceremony in Rimbo attended by the delegations of the "
        "internationally recognised government of Peru and the Andean Liberation Front."
    )
    assert {"Peru", "Andean Liberation Front"} <= set(meeting.parties)
    [signed] = _meetings(
        "Chile's president and the leader of the Andean Liberation Front signed a ceasefire in Lima on Monday, at a "
        "ceremony attended by Cuban President Ana Lind and UN Secretary-General Jorge Paz."
    )
    assert set(signed.parties) == {"Chile", "Andean Liberation Front"}


def test_those_attending_told_with_a_companion_along_with_them_are_all_sides_of_the_meeting_before() -> None:
    meetings = article_meetings(
        "Leaders agreed on Sunday to respect an arms embargo, at a summit in Lima. Chilean President Ana Lind, "
        "Bolivian President Luis Mora and Ecuadorian President Ivan Soto were among those attending, along with "
        "Brazil's foreign minister, Jorge Paz.",
        date(2026, 2, 16),
    )
    [summit] = [m for m in meetings if m.location == "Lima"]
    assert {"Chile", "Bolivia", "Ecuador", "Brazil"} <= set(summit.parties)


def test_the_leaders_of_states_a_ceremony_is_attended_by_are_its_sides() -> None:
    [meeting] = _meetings(
        "The deal was signed at a ceremony in Lima attended by the presidents of Chile, Peru and Ecuador."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru", "Ecuador"}, ())


@pytest.mark.parametrize(
    "denial", ["Neither Chile nor Peru took part in the talks.", "Neither Chile nor Peru was invited."]
)
def test_sides_a_clause_of_neither_and_nor_denies_a_part_are_no_sides(denial: str) -> None:
    [meeting] = _meetings(f"Ministers from Brazil, Argentina and Ecuador met in Madrid on Thursday. {denial}")
    assert set(meeting.parties) == {"Brazil", "Argentina", "Ecuador"}


def test_who_attended_a_meeting_a_participle_describes_are_its_sides_and_its_day_is_the_participle_s() -> None:
    text = (
        "A framework for a deal was drawn up at a meeting in Lima late last month attended by the CIA director and "
        "the intelligence chiefs of Chile and Peru, as well as the Bolivian foreign minister."
    )
    attended = next(t for t in load_pipeline()(text) if t.text == "attended")
    assert (attended.dep_, attended.head.text) == ("acl", "meeting")
    [meeting] = meetings_of(text, published=date(2024, 2, 8))
    assert meeting.location == "Lima" and meeting.day == "2024-01"
    assert {"Chile", "Peru"} <= set(meeting.parties)
