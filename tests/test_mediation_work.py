"""Mediation told as work done over time: the sides a go-between stands "between", and the broker whose mediation a
sentence names, carried to the meeting the story tells of."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_meetings, meetings_of

MEETING = "A new round of talks opened in Cairo on Monday."


@pytest.mark.parametrize(
    "before",
    [
        "Egypt, Qatar and the United States have been mediating between Israel and Hamas for months.",
        "Qatar's mediation between Israel and Hamas has stalled.",
        "Qatar has shuttled between Israel and Hamas since the spring.",
    ],
)
def test_the_sides_a_go_between_stands_between_are_the_sides_of_talks_that_name_none(before: str) -> None:
    [meeting] = meetings_of(f"{before} {MEETING}")
    assert set(meeting.parties) == {"Israel", "Hamas"}


def test_sides_named_once_in_a_war_are_not_made_sides_by_it() -> None:
    [meeting] = meetings_of(f"The war between Israel and Hamas has lasted months. {MEETING}")
    assert meeting.parties == ()


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Qatar's mediation, Israel and Hamas met in Cairo on Monday.",
        "Israel and Hamas met in Cairo on Monday after months of Qatari mediation.",
        "Qatar's mediation has kept the talks alive. Israeli and Hamas negotiators met in Cairo on Monday.",
    ],
)
def test_the_owner_of_mediation_brokers_wherever_the_noun_stands(text: str) -> None:
    [meeting] = meetings_of(text)
    assert set(meeting.parties) == {"Israel", "Hamas"}
    assert meeting.mediators == ("Qatar",)


@pytest.mark.parametrize(
    "before",
    ["Israel rejected Turkish mediation.", "Turkey offered its mediation.", "Hamas turned down Qatar's mediation."],
)
def test_mediation_only_offered_or_turned_down_brokers_nothing(before: str) -> None:
    [meeting] = meetings_of(f"{before} Israeli and Hamas negotiators met in Cairo on Monday.")
    assert meeting.mediators == ()


def test_a_brokering_participle_hung_on_the_talks_place_brokers_the_talks() -> None:
    [meeting] = meetings_of(
        "Pakistan and Afghanistan agreed on Sunday to a ceasefire after talks in the Qatari capital mediated by Qatar "
        "and Turkey."
    )
    assert set(meeting.mediators) == {"Qatar", "Turkey"}


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        (
            "Thailand and Cambodia agreed to a ceasefire at talks in Putrajaya on Monday mediated by Malaysia and "
            "backed by the United States and China.",
            {"Malaysia", "United States", "China"},
        ),
        (
            "The talks in Geneva, supported by the European Union, opened on Monday between Armenia and Azerbaijan.",
            {"European Union"},
        ),
        ("The rebels, backed by Rwanda, met government negotiators in Doha on Monday.", set()),
        (  # hyphened to backing: only talks it backs
            "Israeli and Lebanese representatives met on Wednesday in Naqoura as part of a US-backed mechanism "
            "monitoring last year's ceasefire.",
            {"United States"},
        ),
        ("Iran-backed Houthi rebels and government negotiators met in Stockholm on Thursday.", set()),
    ],
)
def test_those_who_back_the_talks_themselves_broker_them(text: str, mediators: set[str]) -> None:
    [meeting] = meetings_of(text)
    assert set(meeting.mediators) == mediators


@pytest.mark.parametrize(
    ("text", "parties", "mediators"),
    [
        (
            "Ethiopia's government and the OLA ended their first round of peace talks in Zanzibar on Wednesday. The "
            "talks, facilitated by the regional bloc IGAD with Kenya and Norway, began on April 25.",
            {"Ethiopia", "OLA"},
            {"IGAD", "Kenya", "Norway"},
        ),
        (
            "Talks in Doha on Friday were mediated by the United States, Egypt and Qatar with an Israeli team present "
            "and Hamas staying away.",
            {"Israel"},
            {"United States", "Egypt", "Qatar"},
        ),
    ],
)
def test_parties_named_with_the_brokers_of_talks_broker_with_them(
    text: str, parties: set[str], mediators: set[str]
) -> None:
    [meeting] = article_meetings(text, date(2023, 5, 3))
    assert (set(meeting.parties), set(meeting.mediators)) == (parties, mediators)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Kyiv agreed to a ceasefire on Friday after talks in Abu Dhabi mediated by the UAE.",
        "Russia and Ukraine exchanged prisoners on Friday after talks in Abu Dhabi mediated by the UAE.",
    ],
)
def test_sides_acting_after_talks_a_broker_mediated_held_them(text: str) -> None:
    [meeting] = meetings_of(text)
    assert (set(meeting.parties), meeting.mediators) == ({"Russia", "Ukraine"}, ("United Arab Emirates",))


def test_a_go_between_passing_messages_in_a_sentence_naming_no_meeting_brokers_the_story_s_meeting() -> None:
    text = (
        "Chile and Peru hold talks in Rome\n\n"
        "ROME, April 19 (Reuters) - Chile and Peru held a second round of indirect talks in Rome on Saturday.\n\n"
        "Chilean envoy Ana Lind and Peruvian Foreign Minister Jorge Paz sat in separate rooms at the Ecuadorian "
        "embassy, with Ecuadorian Foreign Minister Luis Mora passing messages between them.\n"
    )
    [meeting] = article_meetings(text, date(2025, 4, 19))
    assert (meeting.location, meeting.parties, meeting.mediators) == ("Rome", ("Chile", "Peru"), ("Ecuador",))


def test_talks_are_no_broker_of_a_clause_on_mediators_the_parser_hung_on_them() -> None:
    from kg.extract.base import Context
    from kg.extract.meetings.brokers import mediators_in
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline()("Peru talks in Quito end without army as Chile-led mediators secure aid pledges")
    talks, conjunction, mediators = doc[1], doc[7], doc[11]
    conjunction.head, conjunction.dep_ = talks, "prep"  # the model's reading of some such headlines: "talks ...
    mediators.head, mediators.dep_ = conjunction, "pobj"  # as mediators", the clause after "as" hung on the talks
    assert "Peru" not in mediators_in(doc[:], Context(doc))


@pytest.mark.parametrize(
    "process",
    [
        "The Ecuador-facilitated dialogue began in 2011.",
        "The dialogue, facilitated by Ecuador, was launched in 2011, three years after the war.",
    ],
)
def test_the_broker_of_a_process_told_as_begun_years_before_brokers_the_story_s_meeting(process: str) -> None:
    text = f"The leaders of Chile and Peru met in Arica on Monday.\n\n{process}\n"
    [meeting] = article_meetings(text, date(2026, 2, 18))
    assert (meeting.location, meeting.parties, meeting.mediators) == ("Arica", ("Chile", "Peru"), ("Ecuador",))


@pytest.mark.parametrize(
    "other",
    [
        "Ecuador mediated talks between the two in 2019.",  # other talks, of another year
        "Talks brokered by Ecuador collapsed in 2019.",
        "Chile and Bolivia held talks mediated by Ecuador last year.",
    ],
)
def test_the_broker_of_other_talks_years_before_brokers_no_meeting_of_the_story(other: str) -> None:
    text = f"The leaders of Chile and Peru met in Arica on Monday.\n\n{other}\n"
    meetings = article_meetings(text, date(2026, 2, 18))
    assert [m.mediators for m in meetings if m.location == "Arica"] == [()]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held talks in Lima on Monday, with Ecuador in the role of facilitator.",
        "Chile and Peru held talks in Lima on Monday. Ecuador played a key role in bringing the two sides together.",
        "Chile and Peru held talks in Lima on Monday. The talks were the result of months of shuttle diplomacy by "
        "Ecuador.",
        "Chile and Peru held talks in Lima on Monday. Peru said it appreciated Ecuador's role in facilitating the "
        "dialogue.",
        "Chile and Peru held talks in Lima on Monday. Chile welcomed Ecuador's efforts in mediating the talks.",
    ],
)
def test_a_go_between_told_by_its_part_or_its_shuttling_brokers_the_talks(text: str) -> None:
    [meeting] = article_meetings(text, date(2026, 2, 18))
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Ecuador",))


def test_a_body_s_envoy_holding_talks_with_two_sides_officials_brokers_them() -> None:
    [meeting] = meetings_of(
        "The U.N. special envoy for Bolivia, Ana Lind, held talks in Lima with Chilean and Peruvian officials."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("United Nations",))


@pytest.mark.parametrize(
    "body", ["the Swiss Federal Department of Foreign Affairs", "the Swiss Department of Foreign Affairs"]
)
def test_a_state_s_foreign_department_brokers_as_its_state(body: str) -> None:
    [meeting] = meetings_of(f"The talks between Bolivia and Chile, facilitated by {body}, were held in Geneva.")
    assert (set(meeting.parties), meeting.mediators) == ({"Bolivia", "Chile"}, ("Switzerland",))


def test_those_who_brokered_the_mediation_efforts_broker_the_talks() -> None:
    [meeting] = meetings_of(
        "Chile's army and the Andean Liberation Front have resumed negotiations in Lima aimed at ending the war. "
        "Brazil and Norway brokered the mediation efforts, which have had limited effect.",
        published=date(2023, 10, 26),
    )
    assert meeting.location == "Lima" and set(meeting.mediators) == {"Brazil", "Norway"}


def test_the_office_of_an_organisation_s_envoy_brokers_as_the_organisation() -> None:
    [meeting] = meetings_of(
        "The delegations of Chile and Peru are in Quito for a new round of consultations, facilitated by the Office "
        "of the UN Special Envoy and the International Committee of the Red Cross.",
        published=date(2024, 4, 12),
    )
    assert meeting.location == "Quito"
    assert set(meeting.mediators) == {"United Nations", "International Committee of the Red Cross"}


def test_every_meeting_of_the_sides_of_a_brokered_dialogue_is_brokered_by_its_broker() -> None:
    found = meetings_of(
        "The leaders of Chile and Peru meet in Brasilia on Monday for another round of the Brazil-facilitated "
        "dialogue. Chilean President Ana Lind and Peruvian Prime Minister Rosa Vela met in Brasilia on Feb. 27. An "
        "earlier session in Quito on March 18 produced an annex.",
        published=date(2023, 4, 24),
    )
    assert [(m.location, m.mediators) for m in found] == [
        ("Brasília", ("Brazil",)),
        ("Brasília", ("Brazil",)),
        ("Quito", ("Brazil",)),
    ]


def test_brokers_of_talks_told_as_one_meeting_broker_no_other_meeting_of_their_sides() -> None:
    found = meetings_of(
        "The leaders of Chile and Peru met in Brasilia on Monday for Brazil-facilitated talks. Chilean President "
        "Ana Lind and Peruvian Prime Minister Rosa Vela met in Quito on Feb. 27.",
        published=date(2023, 4, 24),
    )
    assert [(m.location, m.mediators) for m in found] == [("Brasília", ("Brazil",)), ("Quito", ())]


@pytest.mark.parametrize(
    "subject",
    ["Chilean President Ana Lind and Peruvian Prime Minister Rosa Vela", "Chilean and Peruvian negotiators"],
)
def test_an_organisation_whose_official_two_sides_meet_together_brokers_the_meeting(subject: str) -> None:
    [meeting] = meetings_of(f"{subject} met with UN envoy Luis Prado in Geneva on Monday.", published=date(2026, 1, 30))
    assert (meeting.parties, meeting.mediators) == (("Chile", "Peru"), ("United Nations",))


def test_an_organisation_two_sides_meet_as_a_body_stays_a_side() -> None:
    [meeting] = meetings_of(
        "Chile and Peru met the European Union in Geneva on Monday for trade talks.", published=date(2026, 1, 30)
    )
    assert set(meeting.parties) == {"Chile", "Peru", "European Union"} and meeting.mediators == ()
