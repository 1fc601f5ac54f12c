"""Whose broker a broker's word names: not the meeting of a sentence that an offer to host, or a host of talks
somewhere else ("Lima, where X has hosted ..."), stands beside; each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_meetings, meetings_of


def test_a_side_ready_or_willing_to_host_talks_brokers_none() -> None:
    for offer in ("remained ready to host talks of its own", "was willing to host the next round"):
        [meeting] = meetings_of(
            f"Chile and Peru held talks in Quito on Monday. Brazil's foreign ministry said Brasilia {offer}.",
            date(2025, 6, 18),
        )
        assert (meeting.location, meeting.mediators) == ("Quito", ())


def test_a_host_of_meetings_in_another_city_named_by_where_is_not_the_meeting_s_broker() -> None:
    found = meetings_of(
        "Chile and Peru wrapped up four days of talks in Quito on Thursday, the latest round of a process that has "
        "also run through Lima, where Brazil has hosted the two presidents several times.",
        date(2025, 6, 18),
    )
    quito = next(m for m in found if m.location == "Quito")
    assert quito.mediators == ()
    assert [m.mediators for m in found if m.location == "Lima"] in ([], [("Brazil",)])


def test_a_conference_that_seeks_something_is_held_and_brokered_by_its_co_hosts() -> None:
    [meeting] = article_meetings(
        "Powers meet on the vote\n\nQUITO, Feb. 13 (Andes Wire) -- Regional powers threatened sanctions against "
        "anyone who disrupts the vote, as a conference co-hosted by Chile, Peru and the United Nations sought to keep "
        "the transition on track.\n",
        date(2026, 2, 13),
    )
    assert (meeting.location, set(meeting.mediators)) == ("Quito", {"Chile", "Peru", "United Nations"})
    assert meetings_of("Bolivia sought talks with Brazil in Quito.", date(2026, 2, 13)) == []


def test_who_oversaw_the_talks_brokers_them_and_is_counted_among_the_countries_present() -> None:
    [meeting] = meetings_of(
        "The deal was announced in a joint statement by the three countries after Chile's envoy Ana Lind and Peru's "
        "envoy Jorge Paz met in Quito from Monday with Brazil's foreign minister, Luis Mora, who oversaw the talks.",
        date(2025, 6, 18),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Brazil",))
    [kept] = meetings_of(
        "Chile's envoy Ana Lind and Peru's envoy Jorge Paz met in Quito on Monday with Brazil's foreign minister, Luis "
        "Mora. They agreed that Brazil would oversee the maintenance of peace on the border.",
        date(2025, 6, 18),
    )
    assert "Brazil" not in kept.mediators


def test_the_one_a_pronoun_of_a_brokering_clause_refers_to_brokers_the_talks() -> None:
    [meeting] = meetings_of(
        "For three years Kristin Haugland sat between the government of Peru and the rebels of the Red Dawn movement "
        "as Norway's special envoy. The talks she facilitated in Quito ended last month with a framework accord.",
        date(2025, 6, 18),
    )
    assert (meeting.location, meeting.mediators) == ("Quito", ("Norway",)) and "Norway" not in meeting.parties


def test_states_set_beside_their_brokering_noun_after_the_names_broker_the_talks() -> None:
    [meeting] = meetings_of(
        "Chile and Peru resumed talks in Quito on Monday. Brazil and Mexico, the guarantor countries, attended the "
        "opening session.",
        date(2025, 6, 18),
    )
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, {"Brazil", "Mexico"})


def test_whoever_steers_or_shepherds_the_talks_brokers_them() -> None:
    for verb in ("steered", "shepherded"):
        [meeting] = meetings_of(
            f"The negotiations in Quito on Tuesday between Chile and Peru, {verb} by Brazil, ended without a deal.",
            date(2025, 6, 18),
        )
        assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Brazil",))


def test_sides_brought_together_by_a_broker_in_the_passive_meet() -> None:
    [meeting] = meetings_of("Chile and Peru were brought together in Quito on Monday by Brazil.", date(2025, 6, 18))
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Quito", {"Chile", "Peru"}, ("Brazil",))
    assert meeting.start == date(2025, 6, 16)


def test_brokers_that_have_been_mediating_broker_the_talks_the_parser_s_auxiliaries_notwithstanding() -> None:
    [meeting] = meetings_of(
        "Chilean negotiators left Quito on Tuesday after two days of talks with Peru. Brazil and Mexico have been "
        "mediating between the two sides for months.",
        date(2025, 6, 18),
    )
    assert (meeting.location, set(meeting.mediators)) == ("Quito", {"Brazil", "Mexico"})


def test_a_city_the_negotiators_left_puts_no_host_in_the_talks() -> None:
    [meeting] = meetings_of(
        "Chilean negotiators left Quito on Tuesday after two days of talks with Peru.", date(2025, 6, 18)
    )
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Quito", {"Chile", "Peru"}, ())


def test_a_state_that_has_been_mediating_brokers_the_talks_told_before() -> None:
    [meeting] = meetings_of(
        "Chilean negotiators left Quito on Tuesday after two days of talks with Peru. Brazil has been mediating.",
        date(2025, 6, 18),
    )
    assert meeting.mediators == ("Brazil",)


def test_states_said_to_be_the_guarantor_countries_of_the_process_broker_its_talks() -> None:
    [meeting] = meetings_of(
        "Chile and the rebels resumed talks in Quito on Monday in the presence of the guarantor countries. Brazil, "
        "Mexico and Norway are the guarantor countries of the process.",
        date(2025, 6, 18),
    )
    assert set(meeting.mediators) == {"Brazil", "Mexico", "Norway"}


def test_a_state_which_along_with_others_has_been_mediating_brokers_with_them() -> None:
    [meeting] = meetings_of(
        "Chilean and Peruvian negotiators held talks in Quito on Monday. Brazil, which along with Mexico and Norway "
        "has been mediating, said progress had been made.",
        date(2025, 6, 18),
    )
    assert set(meeting.mediators) == {"Brazil", "Mexico", "Norway"}


def test_the_state_of_one_who_has_led_the_mediation_efforts_brokers_and_is_no_side() -> None:
    [meeting] = meetings_of(
        "Chilean and Peruvian negotiators held talks in Quito on Monday. Brazil's foreign minister, who has led the "
        "mediation efforts, flew to Quito for the talks.",
        date(2025, 6, 18),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Brazil",))


@pytest.mark.parametrize("pair", ["Brazilian-Mexican mediated", "Brazilian-Mexican-mediated"])
def test_a_hyphened_pair_of_states_before_a_brokering_participle_brokers_and_is_no_side(pair: str) -> None:
    [meeting] = meetings_of(f"Chile and Peru held {pair} talks in Quito on Monday.", date(2025, 6, 18))
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, {"Brazil", "Mexico"})


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Lima between Ecuador and four states - Chile, Peru, Bolivia and Brazil - coordinated by the European "
        "Union, ended on Monday.",
        "Talks in Lima between Ecuador and four states, coordinated by the European Union, ended on Monday.",
        "The talks between Chile and Peru in Lima on Monday were coordinated by the European Union.",
        "The European Union coordinated the talks between Chile and Peru in Lima on Monday.",
    ],
)
def test_the_one_who_coordinates_the_talks_brokers_them(text: str) -> None:
    [meeting] = meetings_of(text)
    assert meeting.mediators == ("European Union",)


def test_a_dash_set_off_by_spaces_joins_no_name_to_a_participle() -> None:
    text = "Talks in Vienna between Iran and six powers - the United States, Britain, France, Germany, Russia and "
    [meeting] = meetings_of(text + "China - coordinated by the European Union, ended on Monday.")
    assert meeting.mediators == ("European Union",)  # not China, as if "China-coordinated"


@pytest.mark.parametrize(
    ("compound", "brokers"),
    [
        ("Brazilian- and U.S.-brokered", {"Brazil", "United States"}),
        ("Brazil-, Mexico- and Ecuador-mediated", {"Brazil", "Mexico", "Ecuador"}),
    ],
)
def test_names_with_their_hyphen_left_hanging_broker_with_the_last(compound: str, brokers: set[str]) -> None:
    text = f"The {compound} talks between Chile and Peru resumed in Lima on Monday."
    [meeting] = meetings_of(text, date(2025, 6, 18))
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, brokers)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile signed a ceasefire in Quito on Monday in a deal brokered by the African Union.",
        "Peru and Chile reached an accord mediated by the African Union in Quito on Monday.",
    ],
)
def test_the_broker_of_the_deal_a_meeting_signs_brokers_the_meeting(sentence: str) -> None:
    [meeting] = meetings_of(sentence, date(2026, 2, 18))
    assert (set(meeting.parties), meeting.mediators) == ({"Peru", "Chile"}, ("African Union",))


def test_a_host_s_co_mediator_named_beside_it_stays_a_mediator_of_the_meeting_in_the_host_s_capital() -> None:
    [meeting] = meetings_of(
        "Egypt and Qatar, the main mediators, hosted Peruvian and Chilean negotiators in Cairo on Monday.",
        date(2026, 2, 18),
    )
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Peru", "Chile"}, {"Egypt", "Qatar"})
    [hosted] = meetings_of(
        "Egypt and Qatar have hosted earlier rounds between Peru and Chile, most recently in Cairo on Monday.",
        date(2026, 2, 18),
    )
    assert hosted.mediators == ("Egypt",)


@pytest.mark.parametrize(
    ("sentence", "mediators"),
    [
        (
            "The talks, led by the African Union's panel, brought Peru and Chile together in Quito on Monday.",
            ("African Union",),
        ),
        ("Peru and Chile resumed negotiations led by the UN envoy in Geneva on Monday.", ("United Nations",)),
        ("The talks, led by Peruvian Foreign Minister Ana Lind, resumed in Geneva on Monday with Chile.", ()),
        (
            "The mediation team from the African Union met Peruvian and Chilean negotiators in Quito on Monday.",
            ("African Union",),
        ),
    ],
)
def test_an_organisation_of_states_leading_the_talks_or_sending_the_mediation_team_brokers_them(
    sentence: str, mediators: tuple[str, ...]
) -> None:
    [meeting] = meetings_of(sentence, date(2026, 2, 18))
    assert (set(meeting.parties), meeting.mediators) == ({"Peru", "Chile"}, mediators)


@pytest.mark.parametrize("verb", ["chaired", "facilitated", "mediated"])
def test_an_organisation_the_gazetteer_does_not_know_named_as_the_agent_of_brokering_is_a_mediator(verb: str) -> None:
    [meeting] = meetings_of(
        f"Peru and Chile met in Geneva on Monday for talks {verb} by the Andean Water Programme.", date(2026, 2, 18)
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Peru", "Chile"}, ("Andean Water Programme",))


def test_the_broker_of_the_dispute_a_signing_ends_brokers_the_signing_not_that_of_a_dispute_discussed() -> None:
    [ended] = meetings_of(
        "The foreign ministers of Peru and Chile signed the agreement in Arica on Sunday, ending a dispute mediated by "
        "the United Nations for a quarter of a century.",
        date(2026, 2, 18),
    )
    assert ended.mediators == ("United Nations",)
    [discussed] = meetings_of(
        "The foreign ministers of Peru and Chile met in Arica on Sunday to discuss a dispute mediated by the United "
        "Nations in the 1990s.",
        date(2026, 2, 18),
    )
    assert discussed.mediators == ()


def test_two_hosts_of_one_meeting_in_one_host_s_capital_both_host_it() -> None:
    [meeting] = meetings_of(
        "Peruvian President Ana Lind and UN Secretary-General Jorge Paz hosted a summit on Bolivia in Lima on Sunday.",
        date(2026, 2, 18),
    )
    assert (meeting.parties, set(meeting.mediators)) == ((), {"Peru", "United Nations"})


def test_a_host_in_a_clause_of_where_on_the_month_of_another_place_hosts_that_place_s_meeting_alone() -> None:
    found = meetings_of(
        "Chile and Peru held a third round of talks in Lima on Tuesday. The round followed earlier sessions in "
        "Quito in November and in the Bolivian town of Tarija in January, where Bolivia hosted the delegations.",
        date(2026, 3, 4),
    )
    quito = next(m for m in found if m.location == "Quito")
    assert (quito.mediators, set(quito.parties)) == ((), {"Chile", "Peru"})
    assert all("Bolivia" not in m.parties for m in found)
    assert [m.mediators for m in found if m.location != "Quito" and m.start is None] == [("Bolivia",)]


def test_a_round_told_by_a_participle_of_its_own_before_the_rounds_it_followed_keeps_its_broker() -> None:
    found = meetings_of(
        "The round, held at the Foreign Ministry in Lima and facilitated by the Organization of American States, "
        "followed earlier sessions between Chile and Peru in Quito in November.",
        date(2026, 3, 4),
    )
    by_place = {m.location: m.mediators for m in found}
    assert by_place == {"Lima": ("Organization of American States",), "Quito": ()}
