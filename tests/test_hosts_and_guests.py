"""Who hosts a meeting, who only attends it, and what a meeting is about rather than where it is. Sentences
written for each pattern."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from kg.extract.nlp import load_pipeline
from kg.extract.role_text import clean_role
from tests.conftest import actors_of, analyse, article_meetings, meetings_of

_meetings = partial(meetings_of, published=date(2024, 9, 20))


def test_a_co_verb_stays_one_verb_with_its_own_lemma() -> None:
    doc = load_pipeline()("Chile and Peru co-hosted the talks that Norway co-chaired.")
    assert [(t.text, t.lemma_, t.pos_) for t in doc if t.lower_.startswith("co-")] == [
        ("co-hosted", "co-host", "VERB"),
        ("co-chaired", "co-chair", "VERB"),
    ]


def test_states_that_co_host_talks_broker_them() -> None:
    [meeting] = _meetings(
        "Chile, Peru and Norway co-hosted three days of talks in Lima between Bolivia and Paraguay on Sept. 10."
    )
    assert set(meeting.mediators) == {"Chile", "Peru", "Norway"}
    assert set(meeting.parties) == {"Bolivia", "Paraguay"}


def test_a_country_after_on_is_what_the_talks_are_about() -> None:
    [meeting] = _meetings("Talks on Bolivia between Chile and Peru were held in Switzerland on Sept. 12.")
    assert (meeting.location, meeting.country) == (None, "Switzerland")


def test_the_place_of_a_meeting_of_a_body_hangs_on_the_body() -> None:
    found = _meetings("A meeting of the joint border committee in Peru on Oct. 4 will follow, Chile's envoy said.")
    assert [(m.country, m.status) for m in found] == [("Peru", "planned")]


def test_those_who_also_attended_the_meeting_are_guests_not_sides() -> None:
    found = _meetings(
        "Chile and Peru held talks in Lima on Sept. 18. Representatives of Brazil and Japan also attended the meeting."
    )
    assert [(m.location, set(m.parties)) for m in found] == [("Lima", {"Chile", "Peru"})]


def test_a_meeting_planned_in_another_country_does_not_take_the_brokers_of_the_talks() -> None:
    found = _meetings(
        "Norway hosted talks between Chile and Peru in Oslo on Sept. 18. The two sides will meet again in "
        "Argentina on Oct. 4."
    )
    assert [(m.country, m.mediators) for m in found] == [("Norway", ("Norway",)), ("Argentina", ())]


def test_a_place_noun_in_apposition_to_a_city_places_the_meeting_there() -> None:
    [meeting] = _meetings("Envoys of Chile and Peru met in the regional capital, Tacna, on Monday.")
    assert meeting.location == "Tacna"


def test_a_state_in_a_former_holder_s_title_is_neither_side_nor_host() -> None:
    found = _meetings(
        "Negotiators of Chile and the rebels met in Quito on Sept. 12. Former Peruvian President Ana Quispe led "
        "the talks with former Ecuadorean President Luis Mamani. A meeting of commanders was held in Lima on "
        "Sept. 15."
    )
    assert all("Ecuador" not in m.parties and "Peru" not in m.mediators for m in found)


def test_a_first_visit_since_a_deal_was_signed_is_no_round_one() -> None:
    [meeting] = _meetings(
        "Envoys of Chile and Peru met in Lima on Monday, the first such visit since a deal was signed last month."
    )
    assert meeting.round is None


def test_states_acting_as_guarantor_countries_broker_the_talks() -> None:
    [meeting] = _meetings(
        "Chile and the rebels resumed formal talks in Quito on Sept. 2, with Peru, Norway and Brazil acting as "
        "guarantor countries."
    )
    assert set(meeting.mediators) == {"Peru", "Norway", "Brazil"}
    assert set(meeting.parties) <= {"Chile", "rebels"}


def test_who_spoke_after_hosting_the_two_hosted_them() -> None:
    [meeting] = _meetings(
        "The leaders of Chile and Peru failed to agree on Sept. 19, the European Union's foreign policy chief said "
        "after hosting the two in Brussels."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("European Union",))


def test_the_co_chairs_named_in_apposition_broker_the_numbered_round() -> None:
    found = _meetings(
        "The 61st round of the Lake Titicaca Discussions took place on 3-4 December 2024 in Geneva. The co-chairs "
        "of the discussions - the OSCE, the United Nations and the European Union - welcomed all delegations.",
        published=date(2024, 12, 5),
    )
    assert [(m.round, m.start, m.end, set(m.mediators)) for m in found] == [
        (61, date(2024, 12, 3), date(2024, 12, 4), {"OSCE", "United Nations", "European Union"})
    ]


def test_an_edition_of_a_summit_in_figures_is_no_round_of_the_talks_held_at_it() -> None:
    found = _meetings("Chile and Peru held talks on the sidelines of the 16th Andean summit in Lima on Sept. 18.")
    assert [m.round for m in found] == [None]


def test_the_days_before_a_month_belong_to_its_date() -> None:
    doc = load_pipeline()("The talks took place on 3-4 December 2024 and resumed on 9 January.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["3-4 December 2024", "9 January"]


def test_he_who_said_he_would_meet_is_a_side_and_the_day_he_said_it_is_not_the_meeting_s() -> None:
    found = _meetings(
        "Chilean President Ana Quispe said on Friday she would meet Peruvian President Luis Mamani in Arica on "
        "Aug. 15 to discuss the war in Bolivia.",
        published=date(2025, 8, 9),
    )
    assert [(set(m.parties), m.mediators, m.start, m.status) for m in found] == [
        ({"Chile", "Peru"}, (), date(2025, 8, 15), "planned")
    ]


def test_a_border_crossing_is_a_venue_that_dates_the_meeting_held_at_it() -> None:
    found = _meetings(
        "Negotiators from Chile and Peru met at the Tacna-Arica border crossing on Tuesday, the first talks between "
        "the two militaries since the truce."
    )
    assert [(set(m.parties), m.start) for m in found] == [({"Chile", "Peru"}, date(2024, 9, 17))]


def test_a_plan_presented_to_a_leader_in_a_city_is_a_meeting_with_that_leader() -> None:
    found = _meetings(
        "Chile's envoy Ana Quispe presented the new plan to Peruvian President Luis Mamani in Lima on Thursday."
    )
    assert [(m.location, set(m.parties), m.start) for m in found] == [("Lima", {"Chile", "Peru"}, date(2024, 9, 19))]


def test_where_one_flew_to_is_where_the_next_day_s_signing_took_place() -> None:
    found = _meetings(
        "Quispe flew to Arica on Sept. 8, and the next day the two presidents signed a joint declaration of peace "
        "between Chile and Peru."
    )
    assert [(m.location, set(m.parties)) for m in found] == [("Arica", {"Chile", "Peru"})]


def test_a_round_held_weeks_ago_is_dated_and_a_named_group_of_an_organisation_chairs() -> None:
    found = _meetings(
        "Talks between Chile and Peru, chaired by the co-chairs of the OSCE Minsk Group, ended in Vienna on Friday. "
        "A previous round was held in Geneva two weeks ago."
    )
    assert [(m.location, m.start, m.mediators) for m in found] == [
        ("Vienna", date(2024, 9, 20), ("OSCE Minsk Group",)),
        ("Geneva", date(2024, 9, 6), ()),
    ]


def test_a_round_due_to_start_in_a_city_is_placed_and_dated_there() -> None:
    found = _meetings("Chile and Peru met in Lima in July. The next round is due to start in Arica on Oct. 5.")
    assert ("Arica", date(2024, 10, 5), "planned") in {(m.location, m.start, m.status) for m in found}


def test_days_of_talks_which_ended_on_a_day_count_back_from_it() -> None:
    found = _meetings(
        "The swap followed two days of negotiations in Arica between Chilean and Peruvian intelligence officials, "
        "which ended on Thursday."
    )
    assert [(m.start, m.end) for m in found] == [(date(2024, 9, 18), date(2024, 9, 19))]


def test_a_process_launched_in_a_city_is_its_first_meeting_there_with_its_guarantors() -> None:
    found = _meetings(
        "Chile and the rebels met in Quito on Sept. 2. Diplomats from Peru and Norway have acted as guarantors of "
        "the process since it was formally launched in Oslo in October 2012."
    )
    assert [set(m.mediators) for m in found if m.location == "Oslo"] == [{"Peru", "Norway"}]


def test_those_a_meeting_was_attended_by_are_its_sides_not_those_who_also_attended() -> None:
    [meeting] = _meetings(
        "The meeting in Lima on Sept. 12 was attended by Chilean Foreign Minister Ana Soto and Peruvian "
        "Foreign Minister Luis Vega."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}
    [guests] = _meetings(
        "Chile and Peru met in Lima on Sept. 12. The meeting was also attended by Bolivian Foreign Minister Eva Rojas."
    )
    assert set(guests.parties) == {"Chile", "Peru"}
    found = _meetings(
        "Chile and Peru met in Lima on Sept. 12. The talks followed a smaller meeting in Quito in June, attended "
        "by officials from Bolivia and Ecuador."
    )
    assert {m.location: set(m.parties) for m in found} == {"Lima": {"Chile", "Peru"}, "Quito": {"Bolivia", "Ecuador"}}


def test_a_capital_on_a_meeting_word_is_its_place_not_a_host_acting_in_the_story() -> None:
    [meeting] = _meetings("Chile and Peru resumed the Quito talks on Sept. 12, a statement said.")
    assert (meeting.location, meeting.mediators) == ("Quito", ())


def test_brokers_named_as_guarantors_witnesses_a_led_process_or_an_organising_body() -> None:
    [guarantors] = _meetings(
        "Chile and Peru signed the accord in Quito on Monday, with Brazil and Argentina as guarantors."
    )
    assert (set(guarantors.parties), set(guarantors.mediators)) == ({"Chile", "Peru"}, {"Brazil", "Argentina"})
    [witnessed] = _meetings(
        "Chile and Peru signed the accord in Quito on Monday, witnessed by the leaders of Brazil and Uruguay."
    )
    assert (set(witnessed.parties), set(witnessed.mediators)) == ({"Chile", "Peru"}, {"Brazil", "Uruguay"})
    [led] = _meetings("Chile and Peru met in Quito on Monday, in the latest round of the Brazilian-led process.")
    assert led.mediators == ("Brazil",)
    [organised] = _meetings(
        "Chile and Peru met in Quito on Monday. The meeting was organised by the Organization of American States."
    )
    assert organised.mediators == ("Organization of American States",)


def test_a_meeting_noun_tagged_as_a_verb_still_names_its_place_and_brokers() -> None:
    [meeting] = _meetings("The Quito talks on Monday between Chile and Peru were facilitated by Norway.")
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Quito", {"Chile", "Peru"}, ("Norway",))


def test_those_a_relative_clause_says_only_observe_the_talks_are_not_sides() -> None:
    [officials] = _meetings(
        "Chile and Peru met in Lima on Sept. 12 with Brazilian and Argentine officials, who are observing the talks."
    )
    assert set(officials.parties) == {"Chile", "Peru"}


def test_a_host_receiving_one_guest_is_a_side_before_any_side_is_borrowed_from_the_story() -> None:
    found = _meetings(
        "Chile, Peru meet in Arica on water deal\n\n"
        "ARICA, Chile, Sept 4 (Wire) - Chilean President Ana Soto hosted Peruvian President Luis Prado in Arica "
        "on Monday for talks on the water deal.\n\n"
        "Prado, who helped broker the original deal with the United Nations in 2022, said a revival was possible. "
        "He will travel to New York for the United Nations General Assembly.",
        published=date(2023, 9, 4),
    )
    arica = next(m for m in found if m.location == "Arica")
    assert set(arica.parties) == {"Chile", "Peru"} and arica.mediators == ()


def test_a_state_that_acts_in_the_story_brokers_talks_in_its_own_capital() -> None:
    [meeting] = _meetings(
        "Peru and Chile held talks in Vienna on Monday. Austria said it had been in contact with all sides."
    )
    assert meeting.mediators == ("Austria",)


@pytest.mark.parametrize(
    "aside",
    [
        "Austria said it was not taking part in the discussions.",
        "Austria provided the hall but played no part in the negotiations.",
        "Austria, meanwhile, kept its distance from the substance of the talks.",
        "The Austrian chancellor greeted both delegations at the palace but had no seat at the table.",
        "Austria said it would not mediate.",
        "The Austrian chancellor welcomed the two delegations to Vienna but took no part in the negotiations.",
    ],
)
def test_a_state_the_story_says_takes_no_part_is_no_broker_of_talks_in_its_capital(aside: str) -> None:
    [meeting] = _meetings(f"Peru and Chile held talks in Vienna on Monday. {aside}")
    assert meeting.mediators == ()
    assert set(meeting.parties) == {"Peru", "Chile"}


def test_a_capital_naming_a_deal_is_where_it_was_signed_not_a_broker() -> None:
    found = _meetings("Chile and Peru held talks in Lima on Monday. The Quito accord, signed in 2019, was never kept.")
    assert {m.location: m.mediators for m in found} == {"Lima": (), "Quito": ()}


def test_a_capital_naming_a_series_of_talks_does_not_make_its_state_a_host() -> None:
    [meeting] = _meetings("Chile, Peru and Bolivia, the sponsors of the Quito process, met in Quito on Monday.")
    assert "Ecuador" not in meeting.mediators + meeting.parties
    [meeting] = _meetings("Chile and Peru met in Quito on Monday to review the Quito accords.")
    assert "Ecuador" not in meeting.mediators + meeting.parties


def test_of_two_hosts_of_earlier_rounds_the_host_of_the_city_hosted_the_one_there() -> None:
    found = _meetings(
        "Chile and Peru met in Lima on Monday. Bolivia and Ecuador have hosted several earlier rounds of talks "
        "between the two, most recently in Quito in October 2022."
    )
    assert {m.location: m.mediators for m in found}["Quito"] == ("Ecuador",)


def test_a_state_that_hosted_talks_of_one_named_side_is_their_host_not_a_guest_s_host() -> None:
    [meeting] = _meetings("Ecuador hosted two rounds of Chilean reconciliation talks in Quito in October 2022.")
    assert meeting.mediators == ("Ecuador",) and "Ecuador" not in meeting.parties


def test_a_state_receiving_a_delegation_is_the_other_side() -> None:
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    text = (
        "On 12 March 2025, Deputy Minister of Foreign Affairs of Mongolia Saran Oyun received a delegation of "
        "Chile led by Tomas Rell, Director-General for Asian Affairs, in Ulaanbaatar.\n\n"
        "The sides exchanged views on trade and on talks among Mongolia, Chile and Japan planned for June."
    )
    facts = extract_article(Article("visit", text, published=date(2025, 3, 13)))
    (meeting,) = [e.fact for e in facts.meetings]
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Ulaanbaatar", {"Mongolia", "Chile"}, ())


def test_a_numbered_round_naming_no_sides_takes_those_of_another_round() -> None:
    text = (
        "Diplomats prepared the second round of the trilateral consultations among Mongolia, Chile and Peru, "
        "scheduled to take place in Lima in June. The first round of the consultations was held in Santiago on "
        "4 October 2024."
    )
    rounds = {m.round: set(m.parties) for m in meetings_of(text, published=date(2025, 3, 13))}
    assert rounds[1] == rounds[2] == {"Mongolia", "Chile", "Peru"}


def test_a_state_at_whose_invitation_two_sides_meet_hosts_them() -> None:
    text = "The foreign ministers of Chile and Peru met in Almaty in May 2024 at the invitation of Kazakhstan."
    assert [(set(m.parties), m.mediators) for m in meetings_of(text)] == [({"Chile", "Peru"}, ("Kazakhstan",))]
    visit = "Chilean President Saran Oyun arrived in Beijing on Monday for talks at the invitation of China."
    assert [set(m.parties) for m in meetings_of(visit)] == [{"Chile", "China"}]


def test_a_side_of_a_three_way_summit_that_hosted_the_others_is_a_side_not_a_broker() -> None:
    [summit] = _meetings(
        "The leaders of Chile, Peru and Bolivia met in Santiago on Monday for their first three-way summit. Chilean "
        "President Ana Soto hosted Peruvian President Luis Vega and Bolivian President Omar Salem at the palace."
    )
    assert set(summit.parties) == {"Chile", "Peru", "Bolivia"} and summit.mediators == ()


@pytest.mark.parametrize(
    "text",
    [
        # the guest's own visit places the meeting in the host's capital
        "Foreign Minister Ana Lind received on Tuesday the Minister of Foreign Affairs of Peru, Luis Vera, who is on "
        "an official visit to Lisbon.",
        # a readout's word order: the host's name set after the title, the day and place before the guest
        "The Minister of Foreign Affairs, Ana Lind, received on Tuesday in Lisbon the Minister of Foreign Affairs of "
        "Peru, Luis Vera.",
    ],
)
def test_a_minister_receiving_a_guest_in_the_capital_is_the_capital_s_side(text: str) -> None:
    [meeting] = article_meetings(text, published=date(2024, 9, 20))  # the host's side comes from the actors
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Lisbon", {"Portugal", "Peru"}, ())
    lind = actors_of(text, published=date(2024, 9, 20))["Ana Lind"]
    assert lind.affiliation == "Portugal"


def test_the_state_of_a_guest_s_title_is_a_side_of_the_visit() -> None:
    [meeting] = _meetings("Ana Lind received the Minister of Foreign Affairs of Peru in Lisbon on Tuesday.")
    assert meeting.parties == ("Peru",)
    assert _meetings("Ana Lind received on Tuesday a proposal of the Minister of Foreign Affairs of Peru.") == []
    assert _meetings("The minister received a letter of support from Peru on Tuesday.") == []


def test_talks_a_side_comes_for_with_the_host_s_mediators_keep_the_host_a_broker() -> None:
    [meeting] = _meetings("An ELN delegation arrived in Havana on Monday for talks with Cuban mediators.")
    assert (meeting.parties, meeting.mediators) == (("ELN",), ("Cuba",))


def test_a_host_of_titled_guests_the_parser_reads_as_a_hosted_title_is_a_broker() -> None:
    [meeting] = _meetings(
        "The UN envoy hosted President Aleksandar Mitić of Serbia and Prime Minister Albin Berisha of Kosovo for a "
        "meeting in Geneva."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Serbia", "Kosovo"}, ("United Nations",))


def test_a_day_or_a_verb_of_meeting_before_a_title_is_no_part_of_the_role() -> None:
    text = (
        "Today, the EU foreign policy chief, Anna Berg, hosted President Aleksandar Mitić of Serbia and Prime "
        "Minister Albin Berisha of Kosovo for a meeting in Brussels."
    )
    assert actors_of(text)["Anna Berg"].role == "foreign policy chief"
    doc, ctx = analyse("The envoy hosted President Aleksandar Mitić of Serbia.")
    assert clean_role(list(doc[2:4]), ctx) == "President"  # the words a parser may hang together as one title


def test_a_hosting_participle_hung_on_a_meeting_s_date_is_that_meeting() -> None:
    meetings = _meetings(
        "Greek Cypriot leader Ana Loizou and Turkish Cypriot leader Mehmet Eren will attend an informal meeting in an "
        "enlarged format in Geneva on March 17-18, hosted by UN Secretary-General Lena Holm, the UN spokesperson "
        "announced.",
        published=date(2025, 3, 1),
    )
    assert [(m.location, m.start, m.status, m.mediators) for m in meetings] == [
        ("Geneva", date(2025, 3, 17), "planned", ("United Nations",))
    ]


def test_the_host_of_a_summit_two_leaders_met_on_the_sidelines_of_hosts_only_the_summit() -> None:
    text = (
        "Chilean President Ana Soto and Ecuadorean President Luis Vega agreed on Thursday to resume talks on their "
        "border. The two leaders met on the sidelines of a summit of Bolivia's neighbours hosted by Peru near Lima."
    )
    [meeting] = _meetings(text)
    assert (meeting.location, meeting.mediators) == ("Lima", ())  # placed "near Lima" by the summit's participle


def test_a_side_that_hosted_the_summit_where_the_two_met_is_a_side() -> None:
    [meeting] = _meetings(
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame last held formal talks at an "
        "informal summit that Tshisekedi hosted in Goma in October 2019."
    )
    assert set(meeting.parties) == {"Democratic Republic of the Congo", "Rwanda"}
    assert meeting.mediators == ()


def test_talks_a_state_hosted_the_same_day_are_in_its_city_told_that_day() -> None:
    text = (
        "Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Tuesday. "
        "Rubio thanked Saudi Arabia for hosting talks between U.S. and Russian delegations earlier in the day."
    )
    found = {(m.location, frozenset(m.parties)) for m in meetings_of(text, published=date(2025, 2, 18))}
    assert ("Riyadh", frozenset({"United States", "Russia"})) in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Eritrean delegation was received by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on June 26.",
            [("Addis Ababa", {"Ethiopia", "Eritrea"})],
        ),
        (
            "Eritrean Foreign Minister Osman Saleh was received by Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
            "on June 26.",
            [("Addis Ababa", {"Ethiopia", "Eritrea"})],
        ),
        ("The proposal was received by Prime Minister Abiy Ahmed in Addis Ababa on June 26.", []),
    ],
)
def test_a_guest_received_by_a_person_meets_them(text: str, found: list[tuple[str, set[str]]]) -> None:
    assert [(m.location, set(m.parties)) for m in meetings_of(text)] == found


@pytest.mark.parametrize(
    ("text", "parties", "mediators"),
    [
        (
            "Russian President Vladimir Putin invited the foreign ministers of Armenia and Azerbaijan to Moscow for "
            "talks on Friday.",
            {"Armenia", "Azerbaijan"},
            ("Russia",),
        ),
        (
            "Russian President Vladimir Putin invited Turkish President Recep Tayyip Erdogan to Moscow for talks on "
            "Friday.",
            {"Russia", "Turkey"},
            (),
        ),
    ],
)
def test_a_host_inviting_the_sides_to_its_city_brokers_their_talks_there(
    text: str, parties: set[str], mediators: tuple[str, ...]
) -> None:
    [meeting] = meetings_of(text)
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Moscow", parties, mediators)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "MINSK, Feb 12 (Wire) - Leaders agreed a ceasefire. The German chancellor, who flew in after seeing U.S. "
            "President Carl Ruben at the White House on Monday, spoke of hope.",
            [("Washington", {"Germany", "United States"})],
        ),
        (
            "Secretary of State Dana Holt will see Israeli Prime Minister Avi Mor in Jerusalem on Wednesday.",
            [("Jerusalem", {"United States", "Israel"})],
        ),
        ("The Ukrainian president said he sees President Ivan Sorokin as a threat to Europe.", []),
        ("The Ukrainian president has not seen President Ivan Sorokin in Minsk since 2019.", []),
    ],
)
def test_a_person_seen_somewhere_is_met_there(text: str, found: list[tuple[str, set[str]]]) -> None:
    meetings = article_meetings(text, date(2025, 2, 12))
    assert [(m.location, set(m.parties)) for m in meetings] == found


def test_the_city_a_body_had_been_meeting_in_is_the_dateline_s() -> None:
    text = (
        "MINSK, Feb 12 (Wire) - The presidents of Russia and Ukraine agreed on Thursday to a ceasefire. The German "
        "chancellor flew in after seeing President Carl Ruben at the White House on Monday. The text was signed by "
        "the contact group, which had been meeting in the city since Tuesday under OSCE auspices."
    )
    found = {(m.location, m.start) for m in article_meetings(text, date(2015, 2, 12))}
    assert ("Minsk", date(2015, 2, 10)) in found
    assert ("Washington", date(2015, 2, 10)) not in found


def test_the_office_holders_of_two_states_in_the_lead_are_the_story_s_sides() -> None:
    text = (
        "MINSK, Feb 12 (Wire) - The presidents of Russia and Ukraine agreed on Thursday to a ceasefire after the "
        "leaders of Germany and France, who brokered the meeting, kept them at the table through the night. The "
        "four leaders sat down in the city on Wednesday evening. The German chancellor had flown in after seeing "
        "President Carl Ruben at the White House on Monday. Ukraine "
        "wants the guns silent; Ukraine wants its border back; Ukraine wants prisoners home."
    )
    meetings = article_meetings(text, date(2015, 2, 12))
    minsk = [m for m in meetings if m.location == "Minsk"]
    assert minsk
    assert all(set(m.parties) == {"Russia", "Ukraine"} for m in minsk)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "KATHMANDU, Aug 17 (Wire) -- Indian Foreign Secretary Vikram Misri also called on Nepalese Prime Minister "
            "KP Sharma Oli at his official residence in Kathmandu on Sunday.",
            [("Kathmandu", {"India", "Nepal"})],
        ),
        ("KATHMANDU, Aug 17 (Wire) -- The Indian envoy called on President Ana Soto to end the war.", []),
    ],
)
def test_a_person_called_on_is_met_not_one_called_on_to_act(text: str, found: list[tuple[str, set[str]]]) -> None:
    meetings = article_meetings(text, date(2025, 8, 17))
    assert [(m.location, set(m.parties)) for m in meetings] == found


def test_a_ceasefire_between_others_pushed_at_a_meeting_with_a_titled_person_names_no_sides_of_it() -> None:
    text = (
        "U.S. envoy Amos Hochstein met Lebanon's parliament speaker in Beirut on Tuesday to push a proposal for a "
        "ceasefire between Israel and Hezbollah."
    )
    [meeting] = article_meetings(text, date(2024, 11, 19))
    assert set(meeting.parties) == {"United States", "Lebanon"}


def test_he_who_is_expected_to_travel_somewhere_to_meet_someone_meets_them() -> None:
    text = (
        "U.S. envoy Amos Hochstein met Lebanese officials in Beirut on Tuesday. He is expected to travel to Israel on "
        "Wednesday to meet Prime Minister Benjamin Netanyahu."
    )
    found = {(m.country, frozenset(m.parties)) for m in article_meetings(text, date(2024, 11, 19))}
    assert ("Israel", frozenset({"Israel", "United States"})) in found


def test_two_signatories_who_signed_on_the_story_s_day_signed_at_the_dateline() -> None:
    text = (
        "VIENNA, March 3 (Wire) - Brazil and the European Union reached a trade deal on Tuesday after 18 days of "
        "talks.\n\nUnder the accord, Brazil will cut its tariffs by two-thirds.\n\nSeparately, Ana Lind, "
        "director general of the IAEA, and Brazilian nuclear chief Jorge Paz signed a roadmap on Tuesday."
    )
    found = {(m.location, frozenset(m.parties), m.start) for m in article_meetings(text, date(2015, 3, 3))}
    assert ("Vienna", frozenset({"Brazil", "IAEA"}), date(2015, 3, 3)) in found


def test_a_state_said_to_be_absent_is_no_side_the_story_fills_in() -> None:
    text = (
        "QUITO, May 4 (Wire) — The first encounter between the Peruvian government and armed groups in three years "
        "opened in Quito on Wednesday.\n\nChile, the government's main ally, {}. Chile had been invited."
    )
    (absent,) = article_meetings(text.format("was absent"), date(2014, 5, 4))
    assert "Chile" not in absent.parties
    (attending,) = article_meetings(text.format("attended"), date(2014, 5, 4))
    assert "Chile" in attending.parties


def test_a_city_named_before_its_airport_is_no_state_acting_as_host() -> None:
    [meeting] = _meetings(
        "Chilean and Peruvian delegations arrived in Quito on Sunday for talks. The Chilean envoy was received at "
        "Quito airport by Peru's chief negotiator."
    )
    assert (meeting.location, meeting.mediators) == ("Quito", ())


def test_a_state_that_acts_in_the_story_does_not_broker_talks_another_broker_holds_in_its_capital() -> None:
    found = article_meetings(
        "Chilean and Peruvian officials met in Quito on Thursday in talks mediated by the United States. On Friday, "
        "Ecuador's foreign minister met Bolivia's president in Quito.",
        date(2026, 2, 20),
    )
    [talks] = [m for m in found if "Chile" in m.parties]
    assert talks.mediators == ("United States",)


def test_a_state_that_invites_one_other_to_a_summit_at_home_is_a_side_of_it() -> None:
    [meeting] = meetings_of("Chile has invited Peru to a summit in Santiago in April.")
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())


@pytest.mark.parametrize(
    "venue",
    [
        "at the Ecuadorian embassy in Rome",
        "at Ecuador's embassy in Rome",
        "at the residence of Ecuador's ambassador in Rome",
        "at the Ecuadorian ambassador's residence in Rome",
    ],
)
def test_the_state_whose_embassy_is_the_venue_hosts_the_talks(venue: str) -> None:
    [meeting] = meetings_of(f"Chile and Peru held a second round of talks {venue} on Saturday.")
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Rome", {"Chile", "Peru"}, ("Ecuador",))


def test_a_side_s_own_embassy_makes_it_no_host() -> None:
    [meeting] = meetings_of("Chile and Peru held talks at the Chilean embassy in Rome on Saturday.")
    assert meeting.mediators == ()


def test_the_state_whose_leader_invited_both_sides_in_a_coordinated_clause_hosts_them() -> None:
    [meeting] = meetings_of(
        "Ecuador's President Pablo Rios called for a halt to the fighting on Thursday and invited the foreign "
        "ministers of Chile and Peru to Quito."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Ecuador",))


def test_an_invitation_taken_up_by_guests_who_flew_in_is_the_meeting_held_in_its_city() -> None:
    [meeting] = article_meetings(
        "Ecuador's President Pablo Rios called for a halt to the fighting on Thursday and invited the foreign "
        "ministers of Chile and Peru to Quito. Chile's Ana Lind and Peru's Jorge Paz flew in on Friday and sat down "
        "with Ecuador's foreign minister, Luis Mora, that afternoon.",
        date(2026, 2, 18),
    )
    assert (meeting.location, str(meeting.start), meeting.status) == ("Quito", "2026-02-13", "held")
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Ecuador",))


def test_one_due_back_in_a_city_for_a_meeting_with_another_is_a_side_of_it() -> None:
    found = article_meetings(
        "Peru's foreign minister, Jorge Paz, and Chile's foreign minister, Ana Lind, met in Quito on Friday.\n\n"
        "Paz is due back in Lima on Monday for a previously scheduled meeting with Luis Mora, Bolivia's foreign "
        "minister.",
        date(2026, 2, 18),
    )
    planned = [m for m in found if m.status == "planned"]
    assert [(m.location, set(m.parties)) for m in planned] == [("Lima", {"Peru", "Bolivia"})]


def test_a_breakfast_with_a_guest_on_a_day_of_a_datelined_story_is_a_meeting_in_its_city() -> None:
    found = article_meetings(
        "QUITO, July 29 (Wire) - Chilean and Peruvian officials wrapped up two days of talks in Quito on Tuesday."
        "\n\nEcuador hosted the round, and President Pablo Rios had breakfast with Chile's Foreign Minister Ana Lind "
        "on Tuesday before the second day of talks began.",
        date(2025, 7, 29),
    )
    assert sorted((m.location, tuple(sorted(m.parties))) for m in found) == [
        ("Quito", ("Chile", "Ecuador")),
        ("Quito", ("Chile", "Peru")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil will host a new round of talks between Colombia's government and the ELN with Norway mediating.",
        "Brazil hosted talks between Chile and Peru last week.",
    ],
)
def test_a_state_hosting_talks_between_two_named_sides_places_them_in_that_state(text: str) -> None:
    [meeting] = meetings_of(text, date(2021, 8, 5))
    assert (meeting.location, meeting.country) == (None, "Brazil")
    assert len(meeting.parties) == 2 and "Brazil" in meeting.mediators


def test_a_state_that_did_something_by_hosting_a_meeting_hosts_it_at_the_time_of_what_it_did() -> None:
    [meeting] = meetings_of(
        "Brazil began the process in March by hosting a meeting between Chile and Peru in Brasilia.", date(2025, 7, 20)
    )
    assert (set(meeting.parties), meeting.mediators, meeting.day) == ({"Chile", "Peru"}, ("Brazil",), "2025-03")


def test_a_passive_host_verb_joined_to_a_verb_with_a_future_tense_tells_that_meeting_s_host() -> None:
    [meeting] = meetings_of(
        "The talks between Chile and Peru will be mediated by Brazil and hosted by the United Nations in Geneva.",
        date(2020, 10, 1),
    )
    assert (meeting.status, set(meeting.mediators)) == ("planned", {"Brazil", "United Nations"})
