"""Conferences of several states and the meetings, brokers and days told around them: a plenary told by its noun
alone, the states listed after a colon with who represents each, brokers named in the sentence after a signing, a
meeting told again, a meeting agreed on with no place yet, rounds before and after, a readout's dateline, each on
sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

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


SIGNED = "Chile and Peru signed a peace deal in Geneva on Sunday. "


def _brokers_of_the_signing(then: str) -> set[str]:
    [signing] = article_meetings(SIGNED + then + "\n", date(2026, 2, 18))
    assert (signing.location, set(signing.parties)) == ("Geneva", {"Chile", "Peru"})
    return set(signing.mediators)


def test_brokers_of_the_deal_told_in_the_sentence_after_its_signing_broker_it() -> None:
    assert _brokers_of_the_signing("The agreement was brokered by Ecuador and Brazil.") == {"Ecuador", "Brazil"}
    assert _brokers_of_the_signing("The deal was reached with the help of Ecuador and Brazil.") == {
        "Ecuador",
        "Brazil",
    }
    assert _brokers_of_the_signing("Brazil, which helped mediate the accord, will monitor it.") == {"Brazil"}
    assert _brokers_of_the_signing("A mediation effort led by Ecuador and Brazil paid off.") == {"Ecuador", "Brazil"}
    assert _brokers_of_the_signing("The deal was reached after Brazil cut its tariffs.") == set()


def test_a_minister_who_opened_the_talks_between_two_sides_hosts_them() -> None:
    [talks] = meetings_of(
        "Peruvian Foreign Minister Luis Mora opened the talks between the Chilean and Bolivian delegations in Lima "
        "on Wednesday."
    )
    assert (set(talks.parties), talks.mediators) == ({"Chile", "Bolivia"}, ("Peru",))
    [talks] = meetings_of("Peruvian Foreign Minister Luis Mora opened talks with Chile in Lima on Wednesday.")
    assert set(talks.parties) == {"Peru", "Chile"}


def test_the_deal_signed_in_a_city_the_sentence_after_its_dated_signing_takes_that_day() -> None:
    [signing] = article_meetings(
        "Chile and Peru signed a peace deal on Saturday. The deal was signed in Doha by Chile's envoy Ana Lind and "
        "Peru's Jorge Paz.\n",
        date(2020, 3, 1),
    )
    assert (signing.location, signing.start, signing.end) == ("Doha", date(2020, 2, 29), date(2020, 2, 29))
    [other] = article_meetings(
        "Chile and Peru signed a peace deal on Saturday. A separate deal was signed in Doha by the two.\n",
        date(2020, 3, 1),
    )
    assert other.start is None


def test_a_state_that_is_mediating_brokers_the_talks_told_and_one_that_was_does_not() -> None:
    talks = "Chile and Peru held talks in Geneva on Sunday. "
    [held] = article_meetings(talks + "Ecuador is mediating.\n", date(2026, 2, 18))
    assert held.mediators == ("Ecuador",)
    [held] = article_meetings(talks + "Brazil and Argentina are mediating.\n", date(2026, 2, 18))
    assert set(held.mediators) == {"Brazil", "Argentina"}
    [held] = article_meetings(
        "Chile and Peru held talks in Geneva on Sunday, according to Ecuador, which is mediating.\n", date(2026, 2, 18)
    )
    assert held.mediators == ("Ecuador",)
    [held] = article_meetings(talks + "Ecuador was mediating.\n", date(2026, 2, 18))
    assert held.mediators == ()


def test_go_betweens_one_who_led_the_mediation_and_one_who_presided_over_the_signing_broker() -> None:
    [held] = article_meetings(
        "Chilean and Peruvian delegations met in Geneva on Sunday, with Ecuadorian officials acting as go-betweens.\n",
        date(2026, 2, 18),
    )
    assert held.mediators == ("Ecuador",)
    talks = "Chile and Peru held talks in Geneva on Sunday. "
    [held] = article_meetings(
        talks + "Ecuador's envoy Jorge Paz, who has led the mediation, said progress was made.\n", date(2026, 2, 18)
    )
    assert held.mediators == ("Ecuador",)
    [signing] = article_meetings(
        "Chile and Peru signed a border accord in Geneva on Sunday. Ecuadorian President Luis Mora presided over the "
        "signing.\n",
        date(2026, 2, 18),
    )
    assert signing.mediators == ("Ecuador",)
    [held] = article_meetings(
        talks + "Ecuadorian President Luis Mora presided over the opening of a museum.\n", date(2026, 2, 18)
    )
    assert held.mediators == ()


def test_brokers_of_a_meeting_told_by_it_in_the_sentence_after_broker_it() -> None:
    [held] = article_meetings(
        "The latest round of talks brought together delegations from Chile and Peru in Geneva on Wednesday. It was "
        "co-chaired by the European Union, the United Nations and the OSCE.\n",
        date(2026, 2, 18),
    )
    assert set(held.mediators) == {"European Union", "United Nations", "OSCE"}
    [held] = article_meetings(
        "The latest round of talks brought together delegations from Chile and Peru in Geneva on Wednesday. It "
        "chaired a debate on trade.\n",
        date(2026, 2, 18),
    )
    assert held.mediators == ()


def test_a_length_talks_are_expected_to_last_runs_from_their_opening_day_not_back_from_it() -> None:
    [talks] = article_meetings(
        "Chile and Peru formally restarted talks in Quito on Monday. The first cycle is expected to last about three "
        "weeks, officials said.\n",
        date(2026, 2, 17),
    )
    assert (talks.location, talks.start) == ("Quito", date(2026, 2, 16))
    assert talks.end is None or talks.end >= talks.start


def test_the_meeting_told_again_in_the_next_sentence_adds_the_sides_it_brought_to_the_table() -> None:
    [meeting] = article_meetings(
        "UN Secretary-General António Guterres hosted an informal meeting in Geneva on Thursday with the foreign "
        "ministers of Bolivia, Ecuador and Brazil. The meeting brought Chilean President Ana Lind and Peruvian "
        "President Jorge Paz to the same table.\n",
        date(2026, 2, 20),
    )
    assert set(meeting.parties) == {"Bolivia", "Ecuador", "Brazil", "Chile", "Peru"}
    assert (meeting.location, meeting.start) == ("Geneva", date(2026, 2, 19))


def test_a_gathering_is_a_meeting_but_not_one_others_held_nor_intelligence_gathered() -> None:
    talks = "Chile and Peru agreed on Monday to resume talks. "
    found = article_meetings(talks + "A first gathering in Quito on January 12 produced a draft.\n", date(2026, 2, 18))
    assert [(m.location, m.start) for m in found if m.status == "held"] == [("Quito", date(2026, 1, 12))]
    for other in (
        "Protesters held a gathering in Quito on January 12.",
        "Students held a meeting in Quito on January 12.",
        "Intelligence gathering in Quito on January 12 showed troop movements.",
    ):
        assert [m for m in article_meetings(talks + other + "\n", date(2026, 2, 18)) if m.status == "held"] == []
    found = article_meetings(talks + "Chilean and Peruvian officials held a meeting in Quito on January 12.\n", None)
    assert [m.location for m in found if m.status == "held"] == ["Quito"]


def test_the_previous_round_is_one_less_than_the_last_round_held() -> None:
    found = article_meetings(
        "Chile and Peru held the 23rd round of their border talks in Lima on Wednesday. The two sides agreed to hold "
        "the 24th round in Santiago next year. The previous round was held in Quito in December 2019.\n",
        date(2026, 2, 19),
    )
    assert {(m.location, m.round, m.status) for m in found} == {
        ("Lima", 23, "held"),
        ("Santiago", 24, "planned"),
        ("Quito", 22, "held"),
    }


def test_a_readout_s_meeting_told_with_no_day_is_on_its_dateline_s_day() -> None:
    found = article_meetings(
        "Talks with the President of Peru\n\nMarch 4, 2024, Lima\n\nThe President of Chile, Ana Lind, met with the "
        "President of Peru, Jorge Paz, in Lima.\n\nThe talks were held in a restricted format.\n",
        None,
    )
    assert [(m.location, m.start) for m in found] == [("Lima", date(2024, 3, 4))]
    found = article_meetings(
        "Talks with the President of Peru\n\nMarch 4, 2024, Lima\n\nThe President of Chile, Ana Lind, met with the "
        "President of Peru, Jorge Paz, in Lima in January.\n",
        None,
    )
    assert [m.start for m in found] == [None]  # a month of its own


def test_a_meeting_of_two_sides_agreed_on_with_no_place_yet_is_planned_and_unplaced() -> None:
    found = article_meetings(
        "LIMA, May 3 (Wire) - Chile and Peru have reached an agreement in principle to hold a meeting of the "
        "presidents of Chile and Peru in the coming days, an aide said.\n",
        date(2026, 5, 3),
    )
    assert [(m.location, m.start, m.status, set(m.parties)) for m in found] == [
        (None, None, "planned", {"Chile", "Peru"})
    ]
    assert article_meetings("Chile and Peru said further meetings would follow.\n", date(2026, 5, 3)) == []


def test_a_place_fronted_on_another_act_is_not_that_of_the_ceremony_it_follows() -> None:
    found = article_meetings(
        "Chile and Peru signed a peace deal in Quito on Sunday. In Santiago, President Ana Lind spoke to the nation "
        "on television soon after the ceremony.\n",
        date(2026, 2, 18),
    )
    assert [m.location for m in found] == ["Quito"]
    found = article_meetings(
        "Chile and Peru signed a peace deal in Quito on Sunday. In Santiago, President Ana Lind met the Peruvian "
        "envoy after the ceremony.\n",
        date(2026, 2, 18),
    )
    assert sorted(m.location for m in found) == ["Quito", "Santiago"]  # a meeting of its own there


@pytest.mark.parametrize("part", ["afternoon", "evening", "night"])
def test_a_meeting_on_a_part_of_a_day_is_on_that_day(part: str) -> None:
    [met] = meetings_of(f"Chile and Peru met in Quito on the {part} of Feb. 10.")
    assert (met.location, met.start, met.end) == ("Quito", date(2026, 2, 10), date(2026, 2, 10))


def test_delegations_a_conference_drew_are_its_sides_criticism_it_drew_is_not() -> None:
    [meeting] = meetings_of(
        "A conference on the river dispute opened in Quito on Monday. The conference also drew delegations from "
        "Chile, Peru, Bolivia and the European Union."
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "European Union"}
    [talks] = meetings_of("Chile and Peru held talks in Quito on Monday. The talks drew criticism from Brazil.")
    assert set(talks.parties) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    "joined",
    [
        "Chile and Peru sent lower-level delegations.",
        "Envoys from about 30 countries took part in all, including Chile and Peru.",
        "Delegations from about 30 countries took part, including Chile and Peru.",
    ],
)
def test_sides_sending_teams_or_taking_part_join_the_conference_told_before(joined: str) -> None:
    [meeting] = meetings_of(f"A conference on the river dispute was held in Quito on Friday. {joined}")
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_team_sent_somewhere_or_troops_sent_join_nothing() -> None:
    found = meetings_of(
        "A conference on the river dispute was held in Quito on Friday. Chile sent troops to the border, and Peru "
        "sent a delegation to Brasilia."
    )
    assert next(m for m in found if m.location == "Quito").parties == ()


def test_leaders_said_to_be_among_those_at_the_table_are_sides_of_the_talks_told_before() -> None:
    [meeting] = meetings_of(
        "Chile and Peru held a conference on the river dispute in Quito on Friday. Bolivian President Luis Mora and "
        "Brazilian President Ana Lind were among the leaders at the table."
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Brazil"}
    [apart] = meetings_of(
        "Chile and Peru held a conference on the river dispute in Quito on Friday. Bolivian President Luis Mora was "
        "among the leaders who stayed away."
    )
    assert set(apart.parties) == {"Chile", "Peru"}


def test_representatives_of_a_count_of_states_who_took_part_including_some_make_those_the_sides() -> None:
    [meeting] = meetings_of(
        "A conference on Bolivia was held in Quito on Sunday. Representatives of 12 countries took part, including "
        "Chile, Peru and Brazil.",
        date(2025, 6, 18),
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Brazil"}
    [meeting] = meetings_of(
        "A conference on Bolivia was held in Quito on Sunday. Representatives of the press took part, including "
        "Chile's.",
        date(2025, 6, 18),
    )
    assert "Chile" not in meeting.parties


def test_the_countries_at_the_conference_including_some_make_those_the_sides() -> None:
    [meeting] = meetings_of(
        "Leaders met in Quito on Sunday for a conference on Bolivia. The 12 countries at the conference, including "
        "Chile, Peru and Brazil, pledged to respect the arms embargo.",
        date(2025, 6, 18),
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Brazil"}


def test_where_a_person_in_the_meeting_works_is_no_venue_and_a_partner_in_work_agreed_on_no_side() -> None:
    [meeting] = meetings_of(
        "Chile and Peru held their first security dialogue in five years in Lima on Monday. The session took place "
        "with the participation of Ana Lind, director-general of the Andean Affairs Bureau at Chile's foreign "
        "ministry. During the talks, the two sides agreed to work closely with Brazil.",
        date(2025, 6, 18),
    )
    assert (meeting.location, meeting.venue, set(meeting.parties)) == ("Lima", None, {"Chile", "Peru"})
