"""Sides and brokers in patterns of wire copy: the last name of a dashed list, a deal brokered in the lead,
organisations whose work is mediation, groups named by their acronym, and the day a meeting was agreed on.
Sentences written for each pattern."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from spacy.tokens import Doc

from kg.extract.meetings.climbing import climb
from kg.extract.meetings.joining import also_attends
from kg.extract.meetings.named_sides import participant_tokens
from kg.extract.meetings.side_positions import reporting_while_hosted
from kg.extract.meetings.sides import is_participant
from kg.extract.nlp import load_pipeline
from kg.model import Meeting
from tests.conftest import actors_of, analyse, article_meetings, meetings_of

_meetings = partial(meetings_of, published=date(2024, 9, 20))
_actors = partial(actors_of, published=date(2024, 9, 20))


def test_the_last_name_of_a_dashed_list_stays_in_the_list() -> None:
    text = (
        "Negotiators from Iran and the remaining parties to the deal - Britain, China, France, Germany and Russia "
        "- resumed talks at a hotel in Vienna this morning."
    )
    doc = load_pipeline()(text)
    russia = next(t for t in doc if t.text == "Russia")
    assert russia.dep_ == "conj" and russia.head.text == "Germany"
    [meeting] = _meetings(text)
    assert {"United Kingdom", "China", "France", "Germany", "Russia", "Iran"} == set(meeting.parties)


def test_a_deal_brokered_in_the_lead_names_the_brokers_of_the_signing_the_story_places() -> None:
    [meeting] = _meetings(
        "Grain deal: what we know\n\n"
        "Norway and Qatar brokered an agreement between Bolivia and Chile on Friday to reopen the border "
        "crossings.\n\n"
        "Bolivian Foreign Minister Ana Quispe and her Chilean counterpart, Tomas Riquelme, signed the text at a "
        "ceremony in Doha on Friday.",
        published=date(2024, 9, 20),
    )
    assert (meeting.location, meeting.start) == ("Doha", date(2024, 9, 20))
    assert set(meeting.parties) == {"Bolivia", "Chile"}
    assert set(meeting.mediators) == {"Norway", "Qatar"}


def test_a_deal_brokered_in_a_later_paragraph_without_a_place_is_no_meeting() -> None:
    found = _meetings(
        "Bolivia and Chile signed a border pact in Lima on Monday.\n\n"
        "Years ago, Norway and Qatar brokered an agreement between Bolivia and Peru on Friday."
    )
    assert [m.location for m in found] == ["Lima"]


def test_an_organisation_whose_work_is_mediation_brokers_and_is_never_a_side() -> None:
    [meeting] = _meetings(
        "ROME, Sept 20 (Wire) - Bolivia's government and the rebels met in Rome on Thursday, the Community of "
        "Sant'Egidio said.\n\nSant'Egidio's secretary-general said the talks had gone well."
    )
    assert "Community of Sant'Egidio" not in meeting.parties
    assert meeting.mediators == ("Community of Sant'Egidio",)


def test_a_group_represented_by_a_named_person_is_a_side_and_its_acronym_is_the_same_side() -> None:
    text = (
        "Bolivia's government and an alliance of rebel groups met in Lima on Thursday.\n\nThe Popular Front "
        "for the Liberation of Oruro, known as PFLO, was represented by Rosa Mamani.\n\nPFLO said the talks went well."
    )
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"Bolivia", "Popular Front for the Liberation of Oruro"}
    doc, ctx = analyse(text, published=date(2024, 9, 20))
    # a front "for the Liberation of" somewhere is armed, as "the X Liberation Front" is
    assert ctx.framed_sides.get("Popular Front for the Liberation of Oruro") == "armed_group"
    assert {m.party for m in ctx.party_mentions if m.span.text == "PFLO"} == {
        "Popular Front for the Liberation of Oruro"
    }
    assert _actors(text)["Rosa Mamani"].affiliation == "Popular Front for the Liberation of Oruro"


def test_the_government_delegation_led_by_a_person_is_the_state_whose_government_was_named() -> None:
    found = _actors(
        "South Sudan's government and the rebels met in Rome on Thursday. The government delegation was led by "
        "presidential envoy Tut Malual."
    )
    assert found["Tut Malual"].affiliation == "South Sudan"


def test_the_day_a_meeting_was_agreed_on_is_not_the_day_of_the_meeting() -> None:
    [meeting] = _meetings(
        "The government and the rebels of Bolivia agreed on Thursday to resume talks in Lima next month.",
        published=date(2024, 9, 20),
    )
    assert (meeting.location, meeting.status, meeting.start) == ("Lima", "planned", None)


def test_a_day_told_as_the_future_of_a_past_saying_is_read_forward() -> None:
    [meeting] = _meetings(
        "The mediator said on Thursday that the Lima talks between Bolivia and Chile would restart on Feb. 20.",
        published=date(2025, 1, 14),
    )
    assert (meeting.start, meeting.status) == (date(2025, 2, 20), "planned")


def test_a_count_standing_for_more_rounds_in_another_city_is_a_meeting_with_its_own_broker() -> None:
    found = _meetings(
        "Chile and Peru had held five rounds of talks in Quito in 2021 and 2022, hosted by Ecuador, and several "
        "in Asuncion under Paraguayan auspices, without a breakthrough."
    )
    by_city = {m.location: m for m in found}
    assert set(by_city) == {"Quito", "Asunción"}
    assert by_city["Quito"].mediators == ("Ecuador",)
    assert by_city["Asunción"].mediators == ("Paraguay",)
    assert set(by_city["Asunción"].parties) == {"Chile", "Peru"}


def test_a_meeting_in_a_where_clause_takes_the_day_of_the_place_it_describes() -> None:
    [meeting] = _meetings(
        "Their latest effort ended on Thursday in Lima, where Chilean Foreign Minister Ana Soto and her Peruvian "
        "counterpart, Luis Prado, met for three hours.",
        published=date(2024, 9, 20),
    )
    assert (meeting.location, meeting.start) == ("Lima", date(2024, 9, 19))


def test_a_deal_that_acts_on_something_is_not_a_deal_concluded() -> None:
    found = _meetings(
        'The president said in a statement that the deal "can finally seal genuine, lasting peace in Mindanao."'
    )
    assert found == []


def test_a_counterpart_of_the_other_side_takes_the_office_without_that_side() -> None:
    found = _actors(
        "Chief government negotiator Ana Soto and her rebel counterpart, Luis Prado, initialled the document. "
        "Chilean Foreign Minister Rosa Vidal and her Peruvian counterpart Jorge Paz met."
    )
    assert found["Luis Prado"].role == "Chief negotiator"
    assert found["Jorge Paz"].role == "Foreign Minister"


def test_this_morning_is_the_day_of_the_article_but_not_inside_a_quotation() -> None:
    [meeting] = _meetings("Negotiators from Chile and Peru resumed talks at a hotel in Lima this morning.")
    assert meeting.start == date(2024, 9, 20)
    [quoted] = _meetings('Late on Tuesday, the envoy wrote: "I met this evening with Chile and Peru in Lima."')
    assert quoted.start != date(2024, 9, 20)  # the day the words were written, not the article's


def test_talks_a_pronoun_stands_for_resume_in_a_city_with_their_host_and_facilitator() -> None:
    found = _meetings(
        "The talks between Chile and Peru began in secret in Oslo in May. They resumed in Mexico City on Aug. 13, "
        "with Mexico as host and Norway as facilitator."
    )
    mexico = next(m for m in found if m.location == "Mexico City")
    assert set(mexico.mediators) == {"Mexico", "Norway"}
    assert set(mexico.parties) == {"Chile", "Peru"}


def test_a_signing_in_a_country_with_its_month_is_a_meeting_and_a_country_named_only_as_a_place_is_no_side() -> None:
    found = _meetings(
        "Talks between Chile's government and its opponents began in Lima in May, then moved to Barbados in July. "
        "In October last year, the two sides signed a deal in Barbados, with Norway again facilitating.",
        published=date(2024, 5, 6),
    )
    assert any(m.country == "Barbados" and m.mediators == ("Norway",) for m in found)
    assert all("Barbados" not in m.parties for m in found)


def test_who_hosted_after_a_list_of_those_a_meeting_was_between_is_the_last_ones_alone() -> None:
    [meeting] = _meetings(
        "Turkish President Recep Tayyip Erdogan has agreed to forward the bid.\n\n"
        "The announcement came after a meeting in Vilnius between Erdogan, Swedish Prime Minister Ulf Kristersson "
        "and NATO Secretary-General Jens Stoltenberg, who hosted the talks on the eve of the summit."
    )
    assert set(meeting.parties) == {"Turkey", "Sweden"}
    assert meeting.mediators == ("NATO",)


def test_the_day_of_meeting_for_the_first_time_is_the_meetings_day() -> None:
    [meeting] = _meetings(
        "Chilean President Ana Soto and Peruvian President Luis Prado met for the first time on Monday at the "
        "palace in Lima.",
        published=date(2024, 9, 20),
    )
    assert meeting.start == date(2024, 9, 16)


def test_an_organisation_described_as_an_alliance_of_rebel_groups_is_an_armed_side() -> None:
    doc, ctx = analyse(
        "The Coordination of Andean Movements, an alliance of rebel groups led by separatists, asked for time. "
        "The Platform of Lima Parties, a coalition of parties, agreed."
    )
    assert ctx.framed_sides.get("Coordination of Andean Movements") == "armed_group"


def test_the_members_of_a_mediation_team_listed_with_including_broker_the_meeting() -> None:
    [meeting] = _meetings(
        "LIMA, Sept 20 (Wire) - Chile and Peru signed a border accord in Lima on Friday in the presence of "
        "representatives of the international mediation team, including the United Nations and the African Union."
    )
    assert set(meeting.mediators) == {"United Nations", "African Union"}


def test_talks_that_follow_a_summit_are_another_meeting_than_the_summit() -> None:
    found = _meetings(
        "Chilean and Peruvian officials met in Lima on Friday for talks convened by Ecuador. The talks follow a "
        "summit of Andean heads of state in Lima on Thursday.",
        published=date(2024, 9, 20),
    )
    assert sorted(m.start for m in found if m.start) == [date(2024, 9, 19), date(2024, 9, 20)]
    assert all(m.start == m.end for m in found)


def test_a_meeting_co_chaired_by_the_heads_of_its_two_sides_has_no_broker() -> None:
    found = _meetings(
        "SHANGHAI, July 2 (Wire) -- Chile and Peru held the 23rd meeting of their consultation mechanism in "
        "Shanghai on Tuesday. The meeting was co-chaired by Chilean Vice Foreign Minister Ana Soto and Peruvian "
        "Undersecretary Luis Prado.",
        published=date(2024, 7, 2),
    )
    shanghai = next(m for m in found if m.location == "Shanghai")
    assert set(shanghai.parties) == {"Chile", "Peru"} and shanghai.mediators == ()


def test_the_count_of_sides_of_another_meeting_word_is_not_this_ones() -> None:
    found = _meetings(
        "Chile and Peru have talked for years. In between, the European Union hosted the two leaders in Brussels "
        "on July 15, and Brazil tried to reclaim its role with a trilateral summit in Brasilia on May 25.",
        published=date(2022, 11, 14),
    )
    brussels = next(m for m in found if m.location == "Brussels")
    assert set(brussels.parties) == {"Chile", "Peru"} and brussels.mediators == ("European Union",)


def test_signing_first_is_no_round_one_and_a_key_role_in_bringing_sides_together_brokers() -> None:
    found = _meetings(
        "JEDDAH, Sept 16 (Wire) -- Chilean President Ana Soto and Peruvian President Luis Prado signed a peace "
        "agreement in Jeddah on Sunday.\n\nThe UAE and Saudi Arabia played a key role in bringing the two sides "
        "together.\n\nThe two leaders first signed a declaration of peace in Lima on July 9.",
        published=date(2018, 9, 16),
    )
    by_city = {m.location: m for m in found}
    assert by_city["Lima"].round is None
    assert "United Arab Emirates" in by_city["Jeddah"].mediators


def test_a_numbered_round_told_without_a_place_is_held_where_the_storys_talks_are() -> None:
    found = _meetings(
        "VIENNA, Dec 1 (Wire) - Negotiators from Chile and Peru resumed talks in Vienna on Wednesday. "
        "This is the seventh round. The sixth round ended on June 20.",
        published=date(2021, 12, 1),
    )
    sixth = next(m for m in found if m.round == 6)
    assert (sixth.location, sixth.start) == ("Vienna", date(2021, 6, 20))


def test_agreeing_on_a_day_after_a_meeting_dates_the_meeting() -> None:
    [meeting] = _meetings(
        "The presidents of Chile and Peru agreed on Thursday not to use force against each other, after a "
        "face-to-face meeting in Lima.",
        published=date(2023, 12, 15),
    )
    assert meeting.start == date(2023, 12, 14)


def test_the_place_hung_on_the_one_met_is_the_meetings_and_the_one_met_after_their_office_is_a_side() -> None:
    [meeting] = _meetings(
        "President of the Republic of Chile Ana Soto met with President of the European Council Charles Michel "
        "in Granada on October 5. During the meeting, the sides discussed relations between Chile and Peru.",
        published=date(2023, 10, 5),
    )
    assert (meeting.location, meeting.start) == ("Granada", date(2023, 10, 5))
    assert set(meeting.parties) == {"Chile", "European Union"}


def test_a_session_that_will_run_until_a_day_closes_on_that_day() -> None:
    found = _meetings(
        "Today, the envoy convened the eighth session of talks between Chile and Peru in Geneva. The session "
        "will run until Friday.",
        published=date(2022, 10, 24),
    )
    assert [(m.location, m.start, m.end) for m in found] == [("Geneva", date(2022, 10, 24), date(2022, 10, 28))]


def test_a_meeting_told_as_a_day_before_the_storys_news_is_dated_from_it() -> None:
    found = _meetings(
        "LIMA, Aug 27 (Wire) - Chile is ready to host new talks, a spokesman told a briefing on Tuesday. His "
        "remarks came a day after Peruvian and Bolivian envoys met in Quito to coordinate their approach.",
        published=date(2024, 8, 27),
    )
    quito = next(m for m in found if m.location == "Quito")
    assert quito.start == date(2024, 8, 26)


def test_the_person_at_whose_residence_talks_are_held_is_a_side_of_them() -> None:
    from kg.extract.meetings.places import place_tokens
    from kg.extract.meetings.sides import is_participant

    doc, _ = analyse(
        "Speaking after talks at Soto's residence in the resort, Peruvian President Luis Prado said Peru would "
        "soon present new proposals."
    )
    host = next(t for t in doc if t.text == "Soto")
    talks = next(t for t in doc if t.text == "talks")
    assert host.i not in place_tokens(doc[:]) and is_participant(host, talks)


def test_a_last_encounter_is_a_meeting_and_brokers_of_a_deal_mediated_by_them_broker_the_talks() -> None:
    found = _meetings(
        "The meeting follows the two leaders' last in-person encounter in Lima, Peru, on November 14, 2022.",
        published=date(2023, 11, 15),
    )
    assert [(m.location, m.start) for m in found] == [("Lima", date(2022, 11, 14))]
    [doha] = _meetings(
        "Chile freed three prisoners on Saturday, the fourth swap under a ceasefire deal mediated by Egypt and "
        "Qatar.\n\nThe ceasefire took effect on Jan. 19, after negotiations between Chile and Peru in Doha that "
        "lasted two weeks.",
        published=date(2025, 1, 25),
    )
    assert {"Egypt", "Qatar"} <= set(doha.mediators)


def test_rounds_in_two_cities_each_with_its_year_and_a_reconvening_are_meetings() -> None:
    found = _meetings(
        "Earlier rounds of talks between Chile and Peru took place in London in 2012 and Ankara in 2013, with "
        "Turkey as mediator. The two sides are expected to reconvene in Quito next month, officials said.",
        published=date(2023, 11, 13),
    )
    assert {(m.location, m.status) for m in found} == {
        ("London", "held"),
        ("Ankara", "held"),
        ("Quito", "planned"),
    }


def test_north_america_is_a_region_not_the_united_states() -> None:
    doc, ctx = analyse("Ana Soto, director of the foreign ministry's North America department, spoke.")
    assert all(m.party != "United States" for m in ctx.party_mentions)


def test_a_former_leader_acting_as_an_organisations_envoy_brokers_for_it() -> None:
    [meeting] = _meetings(
        "Chilean and Peruvian leaders held talks in Lima on Monday. The talks, facilitated by former Bolivian "
        "President Ana Soto as the African Union's special envoy, focused on security.",
        published=date(2023, 11, 14),
    )
    assert "African Union" in meeting.mediators and "Bolivia" not in meeting.mediators


def test_talks_in_a_where_clause_hung_on_the_main_verb_are_in_the_city_before_the_comma() -> None:
    found = _meetings(
        "Leaders from more than 20 countries met in Paris on Monday at a conference hosted by "
        "France, Germany and the European Union.\n\nThe conference follows a similar meeting in Jeddah in May "
        "2023, where talks between the army and the Rapid Support Forces were brokered by Saudi Arabia and the "
        "United States.",
        published=date(2024, 4, 15),
    )
    paris = next(m for m in found if m.location == "Paris")
    jeddah = next(m for m in found if m.location == "Jeddah")
    assert "Saudi Arabia" not in paris.mediators
    assert set(jeddah.mediators) == {"Saudi Arabia", "United States"}


def test_wording_endorsed_with_another_side_at_a_place_on_a_day_is_a_meeting_there() -> None:
    found = _meetings(
        "Chilean President Ana Soto met reporters. The text restates Chile's pledge to work toward peace — wording "
        "Soto first endorsed with Peru in Lima on April 27 — and promises more.",
        published=date(2018, 6, 13),
    )
    lima = next(m for m in found if m.location == "Lima")
    assert lima.start == date(2018, 4, 27) and {"Chile", "Peru"} <= set(lima.parties)


def test_the_bloc_whose_official_hosts_is_the_organisation_named_before() -> None:
    [meeting] = _meetings(
        "Chile and Peru agreed on Saturday on a European Union plan after 12 hours of talks hosted by the bloc's "
        "foreign policy chief in Lima."
    )
    assert (meeting.parties, meeting.mediators) == (("Chile", "Peru"), ("European Union",))


def test_an_envoy_expected_to_convene_the_negotiators_of_two_sides_brokers_a_planned_meeting() -> None:
    [meeting] = _meetings(
        "Ana Soto, the EU special representative, is expected to convene the chief negotiators of Chile and Peru "
        "in Lima in October."
    )
    assert (meeting.location, meeting.status, set(meeting.parties), meeting.mediators) == (
        "Lima",
        "planned",
        {"Chile", "Peru"},
        ("European Union",),
    )


def test_earlier_this_month_is_the_month_of_the_article() -> None:
    from kg.extract.dates import month_in

    assert month_in("earlier this month", date(2024, 9, 20), False) == (2024, 9)
    assert month_in("late last month", date(2024, 9, 20), False) == (2024, 8)


def test_the_country_of_a_diplomat_whose_country_has_facilitated_the_process_brokers_it() -> None:
    [meeting] = _meetings(
        "Chile and Peru signed a partial accord in Lima on Saturday. Norwegian diplomat Dag Lund, whose country "
        "has facilitated the process since 2021, presided."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Norway",))


def test_a_round_that_could_take_place_in_a_month_is_planned_for_the_coming_one() -> None:
    meetings = _meetings(
        "Chile and Peru held talks in Lima on Saturday. Diplomats said a new round could take place in Quito "
        "in January."
    )
    assert [(m.location, m.status) for m in meetings] == [("Lima", "held"), ("Quito", "planned")]
    from kg.extract.tense import clause_is_future

    doc = load_pipeline()("A new round could take place in Quito in January.")
    assert clause_is_future(doc.ents[-1]) is True
    past = load_pipeline()("A new round could have taken place in Quito in January.")
    assert clause_is_future(past.ents[-1]) is False


def test_the_teams_of_two_sides_in_the_lead_are_the_story_s_sides_and_its_next_round_s() -> None:
    meetings = _meetings(
        "Opinion: The Lima talks deserve more attention than they get\n\n"
        "Far from the cameras, representatives of Colombia and the ELN rebel group have spent three months in a "
        "Lima hotel trying to end a war. Peruvian mediators deserve credit. So does Washington, which in June "
        "brought the foreign ministers of Colombia and Venezuela together to sign a separate agreement at the "
        "State Department. The next round, due to open in Lima on Oct. 8, will test whether either side is serious."
    )
    assert [(m.location, m.status, set(m.parties), m.mediators) for m in meetings] == [
        ("Lima", "held", {"Colombia", "ELN"}, ("Peru",)),
        ("Washington", "held", {"Colombia", "Venezuela"}, ("United States",)),
        ("Lima", "planned", {"Colombia", "ELN"}, ("Peru",)),
    ]
    assert meetings[2].start == date(2024, 10, 8)


def test_participants_from_states_are_sides_and_co_chairs_listed_on_their_noun_are_brokers() -> None:
    [meeting] = _meetings(
        "The 60th round took place on June 4-5, the co-chairs from the Organization for Security and "
        "Co-operation in Europe, the United Nations and the European Union said on Thursday. Participants from "
        "Chile, Peru and Bolivia, as well as representatives of Ecuador, attended the talks in Geneva."
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Ecuador"}
    assert set(meeting.mediators) == {"OSCE", "United Nations", "European Union"}


def test_a_party_together_with_the_subject_is_no_side_of_talks_between_others() -> None:
    [meeting] = _meetings(
        "Saudi Arabia and the United States, together with IGAD, welcome the resumption of talks between Chile "
        "and Peru in Jeddah, beginning today."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_titled_noun_meeting_another_is_a_meeting_and_a_previous_round_another_occasion() -> None:
    meetings = _meetings(
        "Chile's president met Peru's president in Lima on Monday. The previous round of talks in Lima, from "
        "May 6 to June 21, produced a declaration."
    )
    assert [(m.location, m.start, set(m.parties)) for m in meetings] == [
        ("Lima", date(2024, 9, 16), {"Chile", "Peru"}),
        ("Lima", date(2024, 5, 6), {"Chile", "Peru"}),
    ]


def test_a_meeting_noun_set_off_after_the_meeting_is_the_same_meeting() -> None:
    meetings = _meetings(
        "Chilean and Peruvian border commissions will meet from March 6 to 10 in Quito, Chile's deputy prime "
        "minister said on Thursday, the first session in six months. A previous round, held in Brussels last "
        "November under EU auspices, ended without a joint statement."
    )
    assert [(m.location, set(m.parties), m.mediators) for m in meetings] == [
        ("Quito", {"Chile", "Peru"}, ()),
        ("Brussels", {"Chile", "Peru"}, ("European Union",)),
    ]


def test_a_next_meeting_takes_the_sides_not_the_host_of_the_talks_in_its_city_and_their_brokers() -> None:
    meetings = _meetings(
        "The leaders of Chile and Peru failed on Thursday to agree, the EU's foreign policy chief said after "
        "hosting the two in Brussels. The EU special representative said the next meeting would take place in "
        "Brussels in October."
    )
    assert [(m.status, set(m.parties), m.mediators) for m in meetings] == [
        ("held", {"Chile", "Peru"}, ("European Union",)),
        ("planned", {"Chile", "Peru"}, ("European Union",)),
    ]
    again = _meetings(
        "Negotiators from Chile and Bolivia are holding indirect talks in Lima this week, with Peruvian and "
        "Ecuadorian mediators shuttling between the two delegations. The delegations are expected to return to "
        "Lima on Tuesday for another round."
    )
    assert [(m.status, set(m.mediators)) for m in again] == [
        ("held", {"Peru", "Ecuador"}),
        ("planned", {"Peru", "Ecuador"}),
    ]


def test_a_weekday_the_model_tags_as_a_time_dates_the_talks() -> None:
    [meeting] = meetings_of(
        "The leaders of Chile and Peru agreed late Wednesday to work toward resolving a dispute, after talks in "
        "the Bolivian capital.",
        date(2024, 12, 12),
    )
    assert (meeting.location, meeting.start) == ("La Paz", date(2024, 12, 11))


def test_a_representative_for_a_dialogue_chairs_for_the_organisation_and_the_dialogue_is_no_meeting() -> None:
    text = (
        "Delegations of Chile and Peru met today in Brussels. The meeting was chaired by the EU Special "
        "Representative for the Lima-Santiago Dialogue, Tomas Varga. Chile's delegation was headed by Luis Mora, "
        "chair of the government commission on missing persons."
    )
    [meeting] = _meetings(text)
    assert (meeting.location, set(meeting.parties), meeting.mediators) == (
        "Brussels",
        {"Chile", "Peru"},
        ("European Union",),
    )
    found = _actors(text)
    assert (found["Tomas Varga"].role, found["Tomas Varga"].affiliation) == ("Special Representative", "European Union")


def test_opposition_groups_beside_a_states_government_are_its_opposition_and_their_envoy_a_person() -> None:
    text = (
        "Talks between South Sudan's government and holdout opposition groups, known as the Unity Initiative, "
        "were suspended in Nairobi on Friday. The opposition is represented by Pagan Lual of the Real SPLM."
    )
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"South Sudan", "South Sudanese opposition"}
    assert "Pagan Lual" in _actors(text)


def test_the_heads_of_two_sides_who_co_chair_a_meeting_are_its_sides_not_its_brokers() -> None:
    [meeting] = _meetings(
        "Chilean and Peruvian officials held their ninth round of consultations in Lima on Tuesday. Chilean "
        "Undersecretary Ana Soto and Peruvian Vice Foreign Minister Luis Mora co-chaired the meeting."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())


def test_a_co_facilitated_meeting_is_brokered_and_a_mission_that_speaks_is_no_person() -> None:
    text = (
        "Chilean and Peruvian officials met on Tuesday in Lima, the EU Monitoring Mission said. The meeting was "
        "co-facilitated by the head of the EU mission, Tomas Varga."
    )
    [meeting] = _meetings(text)
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("European Union",))
    assert set(_actors(text)) == {"Tomas Varga"}


def test_a_head_of_state_receiving_one_guest_in_the_capital_meets_the_guest_as_a_side() -> None:
    [meeting] = _meetings(
        "His Excellency Ana Soto, President of Peru, received Dr. Luis Mora, Prime Minister of the Republic of "
        "Chile, at Palacio Verde in Lima today.\n\nDuring the meeting, Her Excellency and the Chilean Prime "
        "Minister reviewed bilateral relations."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Peru", "Chile"}, ())


def test_states_that_act_as_guarantors_in_a_sentence_of_their_own_broker_the_talks() -> None:
    [meeting] = _meetings(
        "Bolivia and the rebels began a new round of talks in Lima on Monday. "
        "Norway, Cuba and Chile act as guarantor countries."
    )
    assert set(meeting.parties) == {"Bolivia"} | ({"rebels"} & set(meeting.parties))
    assert meeting.mediators == ("Norway", "Cuba", "Chile")


def test_organisations_attending_as_observers_are_neither_sides_nor_brokers() -> None:
    [meeting] = _meetings(
        "Delegations from Chad's army and Niger's army resumed talks in Lima on Sunday. The talks are co-hosted "
        "by Peru and Canada, with the African Union and the regional bloc IGAD attending as observers."
    )
    assert set(meeting.parties) == {"Chad", "Niger"}
    assert set(meeting.mediators) == {"Peru", "Canada"}


def test_the_two_sides_of_a_later_meeting_are_not_the_observers_named_just_before() -> None:
    found = _meetings(
        "Chad's government and the Nuba Front agreed on Wednesday to a truce after talks in Lima led by Peru.\n\n"
        "Officials from Canada and the European Union took part as observers.\n\n"
        "The two sides will meet again in Quito next week."
    )
    quito = next(m for m in found if m.location == "Quito")
    assert set(quito.parties) == {"Chad", "Nuba Front"}


def test_officials_a_sentence_ends_by_citing_are_its_source_not_sides_of_the_talks() -> None:
    doc = load_pipeline()(
        "Delegations from Chad and Niger resumed talks in Lima on Sunday, the first direct negotiations between "
        "the rivals in more than five months, Saudi and U.S. officials said."
    )
    negotiations = next(t for t in doc if t.text == "negotiations")
    sources = [t for t in doc if t.text in {"Saudi", "U.S."}]
    assert len(sources) == 2 and not any(is_participant(t, negotiations) for t in sources)


def test_a_state_that_brokered_a_deal_of_an_earlier_year_written_as_a_number_brokers_nothing_now() -> None:
    [meeting] = _meetings(
        "The leaders of Bolivia and Chile signed a declaration in Lima on Friday, in a ceremony hosted by Peru. "
        "Norway, which brokered a 2020 ceasefire between the two countries, was not invited."
    )
    assert meeting.mediators == ("Peru",)


def test_a_state_that_did_not_join_the_talks_is_no_side_of_them() -> None:
    found = _meetings(
        "Chile's president and Peru's president met in Lima on Monday. The Lima meeting followed a session in "
        "Cusco in March, when the two leaders accepted a plan. Bolivia, which backs the dialogue, sent its envoy "
        "to Lima but did not join the talks.",
        published=date(2023, 5, 3),
    )
    assert [(m.location, set(m.parties)) for m in found] == [("Lima", {"Chile", "Peru"}), ("Cusco", {"Chile", "Peru"})]


def test_an_abbreviated_state_hyphened_to_led_leads_the_talks() -> None:
    doc = load_pipeline()("Ten days of U.S.-led talks between Chad and Niger ended in Geneva on Friday.")
    assert [t.text for t in doc][3:6] == ["U.S.", "-", "led"]
    [meeting] = _meetings("Ten days of U.S.-led talks between Chad and Niger ended in Geneva on Friday.")
    assert (set(meeting.parties), meeting.mediators) == ({"Chad", "Niger"}, ("United States",))


def test_states_that_also_send_delegations_to_the_talks_are_sides_of_them_observers_are_not() -> None:
    found = _meetings(
        "Chad and the Nuba Front rebel movement sat down in Geneva on Wednesday for two days of talks. "
        "Niger and Mali also sent delegations to the talks at the Palais des Nations. "
        "Benin sent observers to the talks."
    )
    assert [(m.location, set(m.parties)) for m in found] == [("Geneva", {"Chad", "Nuba Front", "Niger", "Mali"})]


def test_other_rounds_of_a_series_keep_its_guarantors_but_not_the_host_of_the_story_s_round() -> None:
    found = _meetings(
        "Chile and the Nuba Front opened a new round of talks in Lima on Monday, hosted by Peru. Norway and Cuba "
        "act as guarantor countries. The second round was held in Quito from Feb. 13 to March 10."
    )
    by_place = {m.location: set(m.mediators) for m in found}
    assert by_place == {"Lima": {"Peru", "Norway", "Cuba"}, "Quito": {"Norway", "Cuba"}}


@pytest.mark.parametrize(
    "brokering",
    [
        "Bolivia, which has mediated between the two since 2021, welcomed the outcome.",
        "The sides met with Bolivian mediation.",
        "Bolivian President Luis Arce played host.",
        "Bolivia's mediation team, led by Maria Sanchez, proposed a compromise.",
    ],
)
def test_more_ways_of_saying_who_brokers_the_talks(brokering: str) -> None:
    [meeting] = _meetings(f"Chile and Peru held talks in Lima on Monday. {brokering}")
    assert meeting.mediators == ("Bolivia",)


def test_sides_restated_by_apposition_or_after_the_government_of_a_state() -> None:
    [meeting] = _meetings("The warring parties, Chile and Peru, met in Lima on Monday.")
    assert set(meeting.parties) == {"Chile", "Peru"}
    [meeting] = _meetings(
        "The French-backed government of Chad and the Sahel Liberation Front agreed on a prisoner swap at talks in "
        "Lima on Monday."
    )
    assert set(meeting.parties) == {"Chad", "Sahel Liberation Front"}


def test_the_states_of_title_holders_who_meet_are_sides() -> None:
    for text in (
        "Twelve world leaders, including the presidents of Chile and Peru, met in Lima on Monday.",
        "The presidents of Chile and Peru met in Quito on Monday.",
    ):
        [meeting] = _meetings(text)
        assert set(meeting.parties) == {"Chile", "Peru"}, text


@pytest.mark.parametrize(
    "more",
    [
        "Also attending were Bolivia and Ecuador.",
        "Representatives of Bolivia and Ecuador were also present.",
        "Bolivia and Ecuador also took part.",
    ],
)
def test_those_who_also_attended_are_more_sides_of_the_talks(more: str) -> None:
    [meeting] = _meetings(f"Chile and Peru held talks in Lima on Monday. {more}")
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Ecuador"}
    assert meeting.mediators == ()


def test_those_who_also_took_part_in_something_else_are_no_sides() -> None:
    [meeting] = _meetings("Chile and Peru held talks in Lima on Monday. Bolivia also took part in a rally.")
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_state_that_mediated_once_brokers_nothing_now() -> None:
    [meeting] = _meetings("Chile and Peru held talks in Lima on Monday. Bolivia, which mediated once, welcomed them.")
    assert meeting.mediators == ()


def test_their_meeting_in_the_clause_of_a_plural_subject_is_the_subject_s() -> None:
    doc = load_pipeline()(
        "Chilean and Peruvian negotiators agreed on Monday to free prisoners, but made no progress towards a "
        "ceasefire at their second round of talks in Quito."
    )
    round_ = next(t for t in doc if t.lower_ == "round")
    assert all(is_participant(doc[i], round_) for i in (0, 2))
    found = _meetings(
        "Ecuador is hosting the second summit of Chile and Peru in Quito on Monday, a year after their first "
        "meeting in Lima."
    )
    assert all("Ecuador" not in m.parties for m in found)


def test_the_two_states_of_a_divided_name_are_both_sides() -> None:
    (koreas,) = meetings_of("The two Koreas held talks at the border village on Tuesday, in Kaesong.")
    (sudans,) = meetings_of("Negotiators of the two Sudans met in Nairobi on Monday.")
    assert set(koreas.parties) == {"North Korea", "South Korea"}
    assert set(sudans.parties) == {"Sudan", "South Sudan"}


def test_members_of_a_mediation_team_broker_the_talks() -> None:
    opening = "Talks between Chile and Bolivia began in Lima in July 2014"
    for text in (
        f"{opening}, with the United Nations and the African Union among the mediation team led by Peru.",
        f"{opening}. The mediation team, led by Peru, included the United Nations and the African Union.",
        f"{opening}. The United Nations and the African Union were part of the mediation team led by Peru.",
    ):
        (meeting,) = _meetings(text)
        assert set(meeting.mediators) == {"Peru", "United Nations", "African Union"}, text
        assert set(meeting.parties) == {"Chile", "Bolivia"}, text


def test_an_unknown_organisation_in_the_between_of_talks_is_a_side() -> None:
    (meeting,) = _meetings("Talks between Chile and the Coordination of Andean Communities began in Lima on Monday.")
    assert set(meeting.parties) == {"Chile", "Coordination of Andean Communities"}


def test_the_first_of_a_list_of_demonyms_before_mediators_is_a_mediator_too() -> None:
    (meeting,) = _meetings(
        "Chilean and Bolivian negotiators resumed indirect talks in Lima on Monday, with Qatari, Egyptian and "
        "American mediators shuttling between the two delegations."
    )
    assert set(meeting.mediators) == {"Qatar", "Egypt", "United States"}
    assert set(meeting.parties) == {"Chile", "Bolivia"}


def test_the_owner_of_talks_with_another_side_is_a_side_not_a_host_wherever_the_talks_stand() -> None:
    (meeting,) = _meetings("Chile welcomed progress in Peru's talks with Bolivia, which resumed in Lima on Monday.")
    assert set(meeting.parties) == {"Peru", "Bolivia"} and meeting.mediators == ()


def test_a_party_hyphened_to_coordinated_talks_brokers_them_but_coordinating_positions_brokers_nothing() -> None:
    (coordinated,) = _meetings("The EU-coordinated talks between Chile and Peru resumed in Lima on Monday.")
    assert coordinated.mediators == ("European Union",)
    assert set(coordinated.parties) == {"Chile", "Peru"}
    (positions,) = _meetings(
        "Brazil and Argentina coordinated their positions before the talks between Chile and Peru in Lima on Monday."
    )
    assert positions.mediators == ()


@pytest.mark.parametrize(
    ("text", "brokers"),
    [
        ("The talks between Chile and Peru resumed in Lisbon on Wednesday, with Norway facilitating.", {"Norway"}),
        ("Chile and Peru met in Lisbon on Wednesday, with Norway and Qatar mediating.", {"Norway", "Qatar"}),
        ("Chile and Peru met in Lisbon on Wednesday, with Portugal hosting.", {"Portugal"}),
    ],
)
def test_a_broker_acting_in_a_with_phrase_is_a_mediator(text: str, brokers: set[str]) -> None:
    [meeting] = _meetings(text)
    assert set(meeting.mediators) == brokers
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_with_phrase_of_a_side_taking_part_makes_no_broker() -> None:
    [meeting] = _meetings("Chile met Peru in Lisbon on Wednesday, with Bolivia taking part as an observer.")
    assert "Bolivia" not in meeting.mediators


def test_a_go_between_relaying_proposals_between_the_sides_mediates() -> None:
    [meeting] = _meetings("Oman relayed proposals between Iran and the United States during talks in Muscat on Monday.")
    assert list(meeting.mediators) == ["Oman"]
    assert set(meeting.parties) == {"Iran", "United States"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Somali officials met in Nairobi on Monday, with Djibouti's foreign minister carrying messages"
        " between them.",
        "Chadian and Sudanese negotiators met in Niamey on Friday, with Qatar's prime minister relaying messages"
        " between them.",
    ],
)
def test_the_object_of_with_going_between_the_sides_is_a_broker_not_a_side_met(text: str) -> None:
    [meeting] = _meetings(text)
    broker = "Djibouti" if "Djibouti" in text else "Qatar"  # each a state named only through its minister
    assert list(meeting.mediators) == [broker]
    assert broker not in meeting.parties


def test_the_host_of_a_signing_by_three_leaders_is_the_third_side() -> None:
    [meeting] = _meetings(
        "Chile and Peru have negotiated with Bolivia over the river for a decade.\nThe three leaders signed a"
        " declaration of principles in La Paz on Monday."
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia"}
    assert meeting.mediators == ()


def test_a_known_organisation_s_office_under_whose_auspices_talks_meet_brokers_them_as_that_organisation() -> None:
    [meeting] = _meetings(
        "Chilean and Peruvian negotiators met in Arica on Monday under the auspices of the OAS Mission to Chile."
    )
    assert meeting.mediators == ("Organization of American States",)
    assert set(meeting.parties) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        ("The two foreign ministers met in Vienna on Monday with a Swiss diplomat between them.", "Switzerland"),
        (
            "The chief negotiators, Ivo Marin and Dren Hoxha, sat down in Brussels on Monday, with the EU's special "
            "envoy, Karl Lund, between them.",
            "European Union",
        ),
    ],
)
def test_one_seated_between_the_sides_brokers_them(text: str, broker: str) -> None:
    [meeting] = _meetings(text)
    assert (meeting.parties, meeting.mediators) == ((), (broker,))


def test_one_met_with_between_other_things_is_still_met_with() -> None:
    [meeting] = _meetings("Chile's foreign minister met with Peru's foreign minister in Lima on Monday.")
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_the_people_of_the_two_sides_meeting_stand_for_the_pair_named_before() -> None:
    [meeting] = _meetings(
        "Contacts between Belgrade and Pristina have been rare for a year. On Monday the chief negotiators of the "
        "two sides met in Brussels for three hours."
    )
    assert set(meeting.parties) == {"Serbia", "Kosovo"}


def test_a_deal_a_state_brokered_before_makes_it_no_broker_of_the_talks() -> None:
    [meeting] = _meetings(
        "The leaders of Chile and Peru met in Lima on Friday. Brazil, which brokered the 2020 ceasefire between the "
        "two countries, was not involved in the talks."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())
    [hosted] = _meetings("Egypt, which brokered the truce, hosted talks between Chile and Peru in Cairo on Friday.")
    assert hosted.mediators == ("Egypt",)


def test_a_presence_objected_to_witnesses_nothing() -> None:
    [meeting] = _meetings(
        "Chile's foreign minister met Peru's foreign minister in Geneva on Monday; Peru objected to the presence "
        "of Bolivia at the talks."
    )
    assert "Bolivia" not in meeting.mediators
    [signed] = _meetings("Chile and Peru signed the accord in Lima on Monday in the presence of Brazil's president.")
    assert signed.mediators == ("Brazil",)


@pytest.mark.parametrize(
    "meeting_told",
    [
        "On Thursday, the chief negotiators of the two sides met Lund again in Brussels.",
        "On Thursday, the chief negotiators of the two sides, Ivo Marin and Dren Hoxha, met Lund again in Brussels.",
    ],
)
def test_the_two_sides_meeting_the_story_s_broker_are_the_pair_named_before(meeting_told: str) -> None:
    [meeting] = _meetings(
        f"Talks between Chile and Peru have been brokered by the EU envoy Karl Lund since 2022. {meeting_told}",
        published=date(2024, 3, 20),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("European Union",))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held talks in Lima on Monday in the presence of mediators from Norway and Cuba.",
        "Chile and Peru held talks in Lima on Monday, with Norway and Cuba, the guarantors of the process, in "
        "attendance.",
    ],
)
def test_mediators_from_states_and_guarantors_of_the_process_broker(text: str) -> None:
    [meeting] = _meetings(text)
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, {"Norway", "Cuba"})


def test_the_two_sides_meeting_the_broker_of_an_earlier_meeting_leave_it_a_broker() -> None:
    meetings = _meetings(
        "Chile and Peru held talks in Geneva on Feb. 27, hosted by the EU envoy Karl Lund. On Thursday, the chief "
        "negotiators of the two sides met Lund again in Brussels.",
        published=date(2024, 3, 20),
    )
    [brussels] = [m for m in meetings if m.location == "Brussels"]
    assert (set(brussels.parties), brussels.mediators) == ({"Chile", "Peru"}, ("European Union",))


def test_the_countries_counted_at_a_meeting_include_one_named_once_and_one_that_skipped_a_session() -> None:
    text = (
        "Chile, Peru and Bolivia fail again to agree on river waters\n\nLIMA, Dec 20 — Three days of talks on Peru's "
        "new dam ended without agreement on Tuesday, Chile's water ministry said.\n\nThe water ministers of the three "
        "countries met in the Peruvian capital from Sunday to Tuesday. Chile said Peru had rejected every compromise. "
        "Earlier talks in Quito collapsed in 2020 when Peru skipped the final session."
    )
    lima = next(m for m in article_meetings(text, date(2022, 12, 20)) if m.location == "Lima")
    assert set(lima.parties) == {"Chile", "Peru", "Bolivia"}


def test_two_meeting_words_of_one_verb_keep_their_own_place_and_brokers() -> None:
    [oslo] = meetings_of("Talks mediated by Norway in Oslo collapsed in March, and Swiss-led talks stalled in June.")
    assert (oslo.location, oslo.mediators) == ("Oslo", ("Norway",))
    [talks] = meetings_of("Talks in Oslo collapsed in March, and African Union-led talks stalled in June.")
    assert talks.parties == ()  # the Union leads the other talks: no side of these


def test_a_chain_of_hyphened_names_climbs_to_its_last_name_left_untagged() -> None:
    doc = load_pipeline()(
        "The three sides agreed to hold the sixth China-Afghanistan-Pakistan Foreign Ministers' Dialogue in Kabul at "
        "an early date."
    )
    first, last = doc[8], doc[12]
    assert (first.text, last.text, last.ent_type_) == ("China", "Pakistan", "")  # the model's reading this test needs
    assert climb(first) == last


def test_brokers_mediating_alongside_another_broker_all_broker() -> None:
    [meeting] = meetings_of(
        "Qatar, which has been mediating between Israel and Hamas alongside Egypt and the United States, hosted "
        "talks in Doha on Monday."
    )
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Israel", "Hamas"}, {"Qatar", "Egypt", "United States"})


def test_a_second_by_after_attended_by_names_a_side_too() -> None:
    [meeting] = meetings_of(
        "The talks in Doha have been attended by Israeli negotiators and by Hamas negotiators in separate rooms."
    )
    assert set(meeting.parties) == {"Israel", "Hamas"}


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations met in Geneva on Monday under the auspices of the UN Support Mission in Libya.",
        "The two delegations met in Geneva on Monday under the auspices of UNSMIL.",
    ],
)
def test_a_un_mission_brokers_for_the_united_nations(text: str) -> None:
    [meeting] = meetings_of(text)
    assert meeting.mediators == ("United Nations",)


def test_talks_of_an_earlier_month_are_no_meeting_placed_in_the_story_s_days() -> None:
    text = (
        "Chile and Peru hold first direct talks in three years\n\nQUITO, May 16 (Wire) - Chile and Peru held their "
        "first direct talks in three years in Quito on Friday, hosted by Ecuadorean Foreign Minister Ana Ruiz.\n\n"
        "U.S. envoy Ann Lee had earlier joined Ruiz and Peruvian Defence Minister Luis Vega for a trilateral meeting, "
        "the State Department said.\n\nThe last direct talks between the two "
        "sides took place in Quito in March 2022. Those talks, also hosted by Ecuador, produced a draft that was "
        "never signed."
    )
    meetings = article_meetings(text, date(2025, 5, 16))
    [earlier] = [m for m in meetings if m.day == "2022-03"]
    assert set(earlier.parties) == {"Chile", "Peru"}  # not the trilateral meeting's, placed in the story's days
    assert {"United States", "Peru"} <= set(next(m for m in meetings if m.start is m.day is None).parties)


def test_the_nationality_of_an_organisation_s_envoy_is_no_side() -> None:
    [meeting] = meetings_of("UN envoy Lena Holm, a Swedish diplomat, met Houthi officials in Muscat on Sunday.")
    assert "Sweden" not in meeting.parties and "Houthis" in meeting.parties
    [meeting] = meetings_of("Lena Holm, the Swedish foreign minister, met Houthi officials in Muscat on Sunday.")
    assert "Sweden" in meeting.parties  # a title of the state's own: its side


def test_a_state_cast_as_co_guarantor_brokers() -> None:
    [meeting] = meetings_of(
        "The accord was reached in Havana after four years of negotiations hosted by Cuba, with Norway as "
        "co-guarantor and Chile and Venezuela as accompanying countries."
    )
    assert "Norway" not in meeting.parties and set(meeting.mediators) >= {"Cuba", "Norway"}


def test_a_side_s_delegation_after_a_list_of_the_brokers_countries_is_a_side() -> None:
    [meeting] = meetings_of(
        "The envoy's tour comes after two days of talks in Doha last week between mediators from Qatar, Egypt and "
        "the United States and an Israeli delegation."
    )
    assert (meeting.parties, set(meeting.mediators)) == (("Israel",), {"Qatar", "Egypt", "United States"})


def test_a_meeting_verb_the_parser_hung_on_the_negotiators_keeps_them_its_sides() -> None:
    text = (
        "Negotiators reconvene in the Qatari capital as pressure mounts\n\nDOHA — Israeli and Hamas negotiators "
        "reconvened in the Qatari capital on Sunday for a new round of indirect talks aimed at securing a 60-day "
        "truce, two officials briefed on the talks said.\n\nThe talks are being held at a government complex in Doha, "
        "with Qatari and Egyptian mediators passing messages between the two delegations, who sit in separate "
        'buildings. A U.S. official is also present.\n\nAn Israeli official said the gaps were "bridgeable". A '
        'Palestinian official close to the talks said the first session had ended "without a breakthrough" because '
        "of disagreements over the withdrawal of Israeli troops."
    )
    [meeting] = article_meetings(text, date(2025, 7, 6))
    assert {"Israel", "Hamas"} <= set(meeting.parties)


@pytest.mark.parametrize(
    ("text", "brokers"),
    [
        (
            "The two delegations met in Lima as part of a mediation effort by the Organization of American States.",
            ("Organization of American States",),
        ),
        ("The two delegations met in Lima as part of efforts by Brazil to broker a truce.", ("Brazil",)),
        ("The two delegations met in Lima as part of efforts by Brazil to end the war.", ()),  # a side may end a war
    ],
)
def test_an_effort_of_brokering_by_a_state_makes_it_a_broker(text: str, brokers: tuple[str, ...]) -> None:
    [meeting] = meetings_of(text)
    assert meeting.mediators == brokers


def test_delegations_of_a_named_party_at_the_head_of_a_sentence_keep_the_party_a_side() -> None:
    text = (
        "Sudan talks resume\n\nDelegations of the Republic of South Sudan government and the SPLM-IO opened a new "
        "round of talks in Nairobi on Monday, the Kenyan foreign ministry said."
    )
    [meeting] = article_meetings(text, date(2024, 5, 14))
    assert {"South Sudan", "SPLM-IO"} <= set(meeting.parties)


@pytest.mark.parametrize(
    "text",
    [
        "The Cairo talks between Egypt and Ethiopia run in parallel with a US-brokered track between Sudan and "
        "Chad, whose ministers met in Washington in May.",
        "The Cairo talks between Egypt and Ethiopia run parallel to a US-brokered track between Sudan and Chad.",
    ],
)
def test_what_talks_run_in_parallel_with_has_its_own_sides_and_broker(text: str) -> None:
    cairo = next(m for m in meetings_of(text, date(2025, 9, 2)) if m.location == "Cairo")
    assert set(cairo.parties) == {"Egypt", "Ethiopia"}
    assert "United States" not in cairo.mediators


def test_a_clause_on_the_last_of_a_list_of_companions_makes_them_all_observers() -> None:
    [meeting] = meetings_of(
        "Envoys of Norway and Cuba attended the session in Havana with the government and the ELN, along with the "
        "United Nations and the European Union, which accompany the process."
    )
    assert "United Nations" not in meeting.parties
    assert "European Union" not in meeting.parties


def test_earlier_rounds_and_their_brokers_are_not_the_meeting_the_story_tells_of() -> None:
    text = (
        "Nile dam talks stall again\n\nCAIRO, July 18 (Wire) - The water ministers of Egypt, Ethiopia and Sudan met "
        "in Cairo last week for two days of talks on the dam.\n\nEarlier rounds were mediated by the United States "
        "and the World Bank, and then by the African Union, without result."
    )
    assert _meeting_in("Cairo", text, date(2023, 7, 18)).mediators == ()


def test_a_count_in_the_subject_of_a_meeting_verb_seats_that_many_sides_beside_other_meeting_words() -> None:
    text = (
        "Nile dam talks stall again\n\nFor a decade Egypt, Ethiopia and Sudan have failed to agree on the dam's "
        "operation.\n\nThe water ministers of the three countries met in Cairo on Monday, after the two leaders "
        "agreed at a summit in Jeddah to finish a deal within four months."
    )
    assert set(_meeting_in("Cairo", text, date(2023, 7, 18)).parties) == {"Egypt", "Ethiopia", "Sudan"}


def test_brokers_of_a_truce_are_not_brokers_of_rounds_a_coordinated_verb_tells_of() -> None:
    text = (
        "Syria talks open in Astana\n\nASTANA, Jan 23 (Wire) - Talks between Damascus and the rebels opened in "
        "Astana on Monday.\n\nLast month Russia and Turkey brokered a nationwide truce and invited the rebel "
        "commanders, not the exiled politicians who attended earlier rounds in Geneva, to negotiate."
    )
    assert _meeting_in("Geneva", text, date(2017, 1, 23)).mediators == ()


def test_a_present_tense_host_verb_the_parser_read_as_a_noun_names_no_broker() -> None:
    text = (
        "Gaza truce talks\n\nThe Gulf state hosts Hamas's political office in Doha and has long passed messages to "
        "the group.\n\nEgypt's intelligence chief hosted a Hamas delegation in Cairo on Monday."
    )
    cairo = _meeting_in("Cairo", text, date(2024, 1, 10))
    assert "Hamas" in cairo.parties
    assert "Hamas" not in cairo.mediators


@pytest.mark.parametrize("verb", ["welcomed", "received"])
def test_a_minister_who_welcomes_the_delegations_hosts_the_talks(verb: str) -> None:
    text = (
        "Venezuela talks resume in Mexico City\n\nMEXICO CITY, Nov 26 (Wire) - Venezuela's government and the "
        "opposition resumed talks in Mexico City on Saturday under Norwegian mediation.\n\nMexican Foreign Minister "
        f"Marcelo Ortiz {verb} the delegations at the Foreign Ministry."
    )
    [meeting] = article_meetings(text, date(2022, 11, 26))
    assert "Mexico" not in meeting.parties
    assert "Mexico" in meeting.mediators


def test_states_along_with_whom_a_broker_guarantees_the_talks_are_brokers_of_the_story_s_meeting() -> None:
    text = (
        "Peace talks end in Havana\n\nHAVANA, Dec 12 (Wire) - The Colombian government and the ELN ended a round "
        "of peace talks in Havana on Monday.\n\nCuban Foreign Minister Bruno Diaz, whose country is a guarantor of "
        "the talks along with Norway and Mexico, praised both sides."
    )
    [meeting] = article_meetings(text, date(2022, 12, 12))
    assert {"Norway", "Mexico"} <= set(meeting.mediators)
    assert set(meeting.parties) == {"Colombia", "ELN"}


def test_sides_named_as_the_regions_of_a_list_take_part() -> None:
    [meeting] = meetings_of(
        "Delegations from Georgia and Russia, along with representatives of the breakaway regions of Abkhazia and "
        "South Ossetia, met in Geneva on Wednesday."
    )
    assert set(meeting.parties) == {"Georgia", "Russia", "Abkhazia", "South Ossetia"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "U.S. envoy Amos Hochstein met Lebanese Parliament Speaker Nabih Berri in Beirut on Monday to discuss a "
            "ceasefire between Israel and Hezbollah.",
            {"United States", "Lebanon"},
        ),
        (
            "The two delegations met in Cairo on Monday to discuss a ceasefire between Israel and Hamas.",
            {"Israel", "Hamas"},
        ),
    ],
)
def test_the_sides_of_a_deal_discussed_are_the_meeting_s_only_where_no_one_met_is_named(
    text: str, parties: set[str]
) -> None:
    [meeting] = meetings_of(text)
    assert set(meeting.parties) == parties


def _meeting_in(city: str, text: str, published: date) -> Meeting:
    """The one meeting an article (run through the whole pipeline) places in a city."""
    [meeting] = [m for m in article_meetings(text, published) if m.location == city]
    return meeting


def test_a_brokering_participle_set_off_after_the_talks_sides_brokers_the_talks() -> None:
    [meeting] = meetings_of(
        "Talks between the army and the RSF, brokered by Saudi Arabia and the United States in Jeddah, collapsed in "
        "December."
    )
    assert (meeting.location, meeting.mediators) == ("Jeddah", ("Saudi Arabia", "United States"))
    [exchange] = meetings_of(
        "A prisoner exchange between the army and the RSF, brokered by Qatar, took place after talks in Jeddah."
    )
    assert exchange.mediators == ()  # the exchange's broker, not the talks'


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers have met in Washington and in Berlin.",
        "The two ministers have also met in Washington, hosted by the Secretary of State, and in Berlin at the "
        "invitation of the German foreign minister.",
    ],
)
def test_places_each_introduced_by_its_own_preposition_are_meetings_of_their_own(text: str) -> None:
    assert [m.location for m in meetings_of(text)] == ["Washington", "Berlin"]


def test_sides_said_not_to_be_represented_take_no_part() -> None:
    [meeting] = meetings_of(
        "Leaders from more than 20 countries met in Sharm el-Sheikh on Monday for a summit on Gaza, but Israel and "
        "Hamas were not represented at the summit."
    )
    assert not {"Israel", "Hamas"} & set(meeting.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met for a summit on Gaza in Cairo on Monday.",
        "Leaders from more than 20 countries met in Cairo on Monday for a summit on Gaza.",
    ],
)
def test_a_place_a_summit_is_on_is_its_topic(text: str) -> None:
    assert [m.location for m in meetings_of(text)] == ["Cairo"]


def test_they_who_brokered_talks_in_a_relative_clause_are_the_main_clause_s_joint_subject() -> None:
    [meeting] = meetings_of(
        "Russia, Turkey and Iran agreed on Tuesday to set up a joint mechanism to monitor the ceasefire, but two days "
        "of talks they brokered in the Kazakh capital ended without the two sides signing anything."
    )
    assert set(meeting.mediators) >= {"Russia", "Turkey", "Iran"}


def test_the_soviet_union_is_a_side_of_its_own_not_russia() -> None:
    [meeting] = meetings_of("U.S. President John Hart met Soviet leader Ivan Petrov in Geneva in November 1985.")
    assert set(meeting.parties) == {"United States", "Soviet Union"}


def test_who_is_leading_the_mediation_brokers_the_meeting_it_holds_with_both_sides() -> None:
    text = (
        "DOHA, Aug 17 (Wire) - Delegations from Congo and the M23 rebel group resumed negotiations in Doha on Sunday. "
        "Qatar's Minister of State Mohammed Al-Khulaifi, who is leading the mediation, met both delegations "
        "separately on Saturday evening before the joint session began."
    )
    for meeting in article_meetings(text, date(2025, 8, 17)):
        assert "Qatar" not in meeting.parties
        assert "Qatar" in meeting.mediators


def test_rounds_held_somewhere_set_off_after_the_talks_sides_are_each_a_meeting_there() -> None:
    found = meetings_of(
        "Two earlier rounds of talks between the foreign ministers, held in Ankara in July and August, ended without "
        "agreement."
    )
    assert [m.location for m in found] == ["Ankara", "Ankara"]


def test_a_state_that_had_an_observer_at_the_talks_is_no_side_of_them() -> None:
    (meeting,) = article_meetings(
        "BOGOTA, March 4 (Wire) - The government and the rebels agreed on Monday to extend a ceasefire after talks "
        "in Havana convened by Cuba.\n\n"
        'The United States, which had an observer at the talks, welcomed the agreement. "This is a welcome step," '
        "said U.S. envoy John Carter. Colombian officials said the rebels had made concessions.",
        date(2024, 3, 4),
    )
    assert "United States" not in meeting.parties
    assert meeting.mediators == ("Cuba",)


def test_the_state_that_agreed_to_host_the_meeting_hosts_it_and_is_no_side() -> None:
    (meeting,) = article_meetings(
        "OSLO, Oct. 12 - President Mauno Laine and Ivan Petrov, the Russian leader, ended two days of talks here "
        "tonight without an agreement on the border.\n\n"
        "Finland's foreign minister, Kari Virtanen, who took part in the final session, said Finland was "
        "disappointed. The meeting was arranged in September, and Norway agreed to host it on short notice. Norway "
        "has long been a friend of both.",
        date(2024, 10, 12),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Russia", "Finland"}, ("Norway",))


def test_a_region_s_demonym_names_the_movement_that_negotiates_for_it() -> None:
    actors = actors_of("Hagos Berhe, the Tigrayan lead negotiator, said painful concessions had been made.")
    assert actors["Hagos Berhe"].affiliation == "TPLF"


def test_the_next_round_has_the_sides_of_the_first_not_the_mediator_shuttling_between_them() -> None:
    first, second = article_meetings(
        "NAQOURA, Lebanon, Oct 14 -- Syrian and Turkish officials held a first round of indirect talks on Wednesday "
        "on their border, meeting at a United Nations base in this town with a Russian mediator shuttling between "
        "the two delegations.\n\nThe talks were hosted by the U.N. and facilitated by Russia.\n\n"
        "The next round is scheduled for October 28 in Naqoura.",
        date(2020, 10, 14),
    )
    assert (second.round, set(second.parties)) == (2, {"Syria", "Turkey"})
    assert set(second.mediators) == set(first.mediators) == {"Russia", "United Nations"}


def test_the_host_of_earlier_talks_with_one_side_hosted_them_and_received_no_visit() -> None:
    _, earlier = article_meetings(
        "MANILA, Nov. 21 (Wire) — The Philippine government and the NPA formally resumed peace talks on Monday in "
        "Rome, the first formal talks between the two sides since 2017.\n\n"
        "Previous talks with the NPA, hosted by Norway in Oslo, collapsed in January 2019 after a car bombing at a "
        "police academy in Manila.",
        date(2022, 11, 21),
    )
    assert (earlier.location, set(earlier.parties), earlier.mediators) == ("Oslo", {"NPA", "Philippines"}, ("Norway",))


def test_the_side_of_a_border_the_talks_were_held_on_is_a_place_not_a_side_or_host() -> None:
    (meeting,) = article_meetings(
        "PANMUNJOM, Korea (Wire) — Chinese leader Li Wen stepped across the demilitarised zone on Sunday to shake "
        "hands with Kim Jong Un before the two men held nearly an hour of talks on the South Korean side.\n\n"
        "The meeting was held at the Freedom House building. Beijing and Pyongyang said the talks were useful.",
        date(2019, 6, 30),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"China", "North Korea"}, ())


def test_two_sides_holding_talks_with_two_others_are_all_sides_and_a_go_between_s_two_guests_alone() -> None:
    (four,) = meetings_of(
        "Chad's army chief Ali Hamid and Niger's defence minister Omar Issa held talks in Paris on Sunday with "
        "Mali's Prime Minister Ibrahim Keita and Togo's intelligence chief Kofi Ade.",
        date(2024, 1, 28),
    )
    assert set(four.parties) == {"Chad", "Niger", "Mali", "Togo"}
    (two,) = meetings_of("Qatar's premier held talks with Israel and Hamas in Doha on Sunday.", date(2024, 1, 28))
    assert set(two.parties) == {"Israel", "Hamas"}


def test_a_state_named_only_as_its_capital_s_owner_or_its_war_s_place_does_not_host() -> None:
    (meeting,) = article_meetings(
        "DUBAI, April 9 (Gulf Wire) - Turkish and Omani delegations arrived in Libya's capital Tripoli on Sunday for "
        "talks with the Libyan National Army aimed at ending the Libya war, LNA media reported.\n\n"
        "Turkey's ambassador Ali Kaya met the head of the LNA's political council, Omar Nasser, in the presence of "
        "the Omani mediators. Oman has mediated between Ankara and the LNA for a year.",
        date(2023, 4, 9),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Turkey", "Libyan National Army"}, ("Oman",))


def test_the_sides_meeting_again_where_their_talks_were_held_keep_all_their_brokers() -> None:
    held, planned = article_meetings(
        "NAIROBI (Wire) — Kenya and Somalia have agreed to extend a truce after a new round of talks in Istanbul "
        "mediated by Turkey and Qatar, the Turkish foreign ministry said on Friday.\n\n"
        "The talks began on Saturday. The two sides will meet again in Istanbul on Nov. 6 to agree on monitoring, "
        "the statement said.",
        date(2025, 10, 31),
    )
    assert (planned.status, planned.start) == ("planned", date(2025, 11, 6))
    assert set(planned.mediators) == set(held.mediators) == {"Turkey", "Qatar"}


def test_a_state_that_met_one_side_is_that_meeting_s_side_though_it_tries_to_broker_a_truce() -> None:
    met, _ = article_meetings(
        "DAKAR, March 24 (Wire) — French officials met a Malian delegation in the Senegalese capital on Monday, a day "
        "after holding talks with Nigerien officials, as Paris tried to broker a limited ceasefire on the border.\n\n"
        "The talks with Mali lasted some 12 hours.",
        date(2025, 3, 24),
    )
    assert (met.start, set(met.parties), met.mediators) == (date(2025, 3, 24), {"France", "Mali"}, ())


def test_mediators_from_a_list_broker_whatever_the_parser_hung_the_list_on() -> None:
    (meeting,) = article_meetings(
        "VIENNA, Oct 10 -- Negotiators from Chile and Peru met in Vienna on Thursday and Friday.\n\n"
        "The talks, chaired by Austria, brought together the two sides with mediators from the OSCE, Brazil and "
        "Mexico, and observers from the European Union and the United States.",
        date(2019, 10, 11),
    )
    assert set(meeting.mediators) == {"Austria", "OSCE", "Brazil", "Mexico"}
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_states_observers_came_from_are_no_sides_whatever_the_parse_of_their_list() -> None:
    (meeting,) = article_meetings(
        "Thai, Laotian defence chiefs agree to keep border ceasefire after Vientiane meeting\n\n"
        "VIENTIANE, Aug 7 (Regional Wire) — The defence ministers of Thailand and Laos agreed on Thursday to keep a "
        "ceasefire along their disputed border and to allow observers from neighbouring countries to monitor it, "
        "after a meeting in the Laotian capital.\n\n"
        "The meeting of the General Border Committee, chaired by Laos's Defence Minister Ana Lind and Thailand's "
        "acting Defence Minister Jorge Paz, was attended by observers from Malaysia, the United States and China.",
        date(2025, 8, 7),
    )
    assert set(meeting.parties) == {"Thailand", "Laos"}


def test_a_long_time_go_between_brokers_the_planned_talks_the_lead_tells_of_not_a_past_deal() -> None:
    planned, past = article_meetings(
        "Chile, Peru to hold border talks in Quito on Saturday\n\n"
        "LIMA, April 8 (Andes Desk) - Chile and Peru will hold talks in Quito on Saturday on their maritime border, "
        "officials from both countries said.\n\n"
        "Ecuador has long acted as a go-between for the two countries. Their last known direct contacts led to the "
        "2015 border deal signed in Lima.",
        date(2025, 4, 8),
    )
    assert (planned.location, planned.mediators) == ("Quito", ("Ecuador",))
    assert (past.location, past.mediators) == ("Lima", ())


def test_a_host_of_one_summit_does_not_host_the_earlier_one_that_dates_it() -> None:
    second, first = meetings_of(
        "Brazil is hosting the second summit between Chile's president and Peru's president on Friday, eight months "
        "after their first meeting in Quito last June.",
        date(2024, 2, 6),
    )
    assert (second.mediators, first.location, first.mediators) == (("Brazil",), "Quito", ())


def test_the_lead_s_joint_subject_that_reached_a_deal_names_the_sides_and_the_guarantors_broker_every_meeting() -> None:
    final, ceasefire = article_meetings(
        "OSLO, Aug 24 (Wire) - Colombia's government and the ELN rebels announced on Wednesday in Oslo that they had "
        "reached a final peace agreement.\n\n"
        "The accord was signed at the Holmenkollen Park Hotel by the two chief negotiators and by diplomats from "
        "Norway and Japan, which have acted as guarantors of the process.\n\n"
        "On June 23 the two sides met again in Oslo to sign a ceasefire, at a ceremony attended by Norwegian Prime "
        "Minister Erna Solberg.",
        date(2016, 8, 24),
    )
    assert set(final.parties) == set(ceasefire.parties) == {"Colombia", "ELN"}
    assert set(ceasefire.mediators) == set(final.mediators) == {"Norway", "Japan"}


def test_a_host_who_received_one_guest_and_hosted_another_is_a_side_of_each_meeting() -> None:
    found = meetings_of(
        "Polish President Adam Nowak received Lithuanian President Jonas Kairys on Sunday evening and hosted "
        "Latvian President Ilze Berzina for talks on Monday.",
        date(2018, 6, 13),
    )
    monday = next(m for m in found if m.start == date(2018, 6, 11))
    assert set(monday.parties) == {"Poland", "Latvia"}
    assert not any({"Lithuania", "Latvia"} <= set(m.parties) for m in found)


def test_a_place_the_model_tags_a_city_but_an_apposition_calls_a_palace_is_a_venue() -> None:
    (meeting,) = meetings_of(
        "Chile's president received Peru's president at the Istiqlol, the presidential palace where he keeps his "
        "office, on Sunday evening.",
        date(2018, 6, 13),
    )
    assert meeting.venue == "Istiqlol" and meeting.location != "Istiqlol"


def test_the_story_s_two_leaders_meeting_a_third_are_all_sides_of_that_meeting() -> None:
    _, earlier = article_meetings(
        "LIMA, Sept 17 — Chilean President Ana Lind and Peruvian President Jorge Paz agreed on Monday to open a "
        "border crossing, after four hours of talks at Paz's residence in Lima.\n\n"
        "The two leaders had met in Quito on Sept. 7 for a summit with Ecuadorean President Luis Mora, where they "
        "failed to agree.",
        date(2018, 9, 17),
    )
    assert (earlier.location, set(earlier.parties)) == ("Quito", {"Chile", "Peru", "Ecuador"})


def test_the_two_leaders_meeting_alone_bring_no_third_side() -> None:
    held, _ = article_meetings(
        "Hart and Petrov end Iceland summit without arms agreement\n\n"
        "REYKJAVIK, Iceland, Oct. 12 — President Hart and Mikhail S. Petrov, the Soviet leader, ended "
        "two days of talks here tonight without reaching an agreement on nuclear arms, after the "
        "negotiations broke down over the American space-based missile defense program.\n\n"
        "The two leaders met for more than ten hours over the weekend at Hofdi House, a white clapboard "
        "mansion on the waterfront. Secretary of State George P. Shaw, who took part in the final "
        'session, said he was "deeply disappointed."\n\n'
        '"We came to Iceland to make progress, and we made progress, but in the end we could not bridge '
        'the gap," Mr. Shaw told reporters.\n\n'
        'Mr. Petrov, at a news conference, blamed the United States. "We were on the verge of historic '
        'decisions," he said, but the American side had insisted on its Strategic Defense Initiative.\n\n'
        "Foreign Minister Eduard A. Kuznets said the Soviet Union still hoped that talks would continue "
        "in Geneva, where arms negotiators from the two countries have met since last year.\n\n"
        "The meeting was arranged after an exchange of letters in September, and Iceland agreed to host "
        "it on short notice.",
        date(1986, 10, 12),
    )
    assert (set(held.parties), held.mediators) == ({"Soviet Union", "United States"}, ("Iceland",))


def test_a_side_of_the_story_s_talks_does_not_broker_another_meeting_held_in_its_country() -> None:
    _, planned = article_meetings(
        "TIANJIN, China, Aug 31 (Asia Desk) — Indian Prime Minister Arjun Rao and Chinese President Li Wen "
        "held talks on Sunday on the sidelines of a regional summit, their first meeting in China in seven years.\n\n"
        "Rao arrived in Tianjin on Saturday for the two-day summit hosted by China. He is due to hold talks with "
        "Russian President Ivan Petrov on Monday.",
        date(2025, 8, 31),
    )
    assert (planned.status, set(planned.parties), planned.mediators) == ("planned", {"India", "Russia"}, ())


def test_those_by_whom_a_deal_was_concluded_or_reached_are_its_sides_not_its_broker() -> None:
    (concluded,) = meetings_of(
        "The outline produced an interim agreement, which was formally concluded in Geneva in November 2013 by Iran "
        "and six world powers.",
        date(2015, 7, 20),
    )
    assert {"Iran", "United States", "China"} <= set(concluded.parties)
    (brokered,) = meetings_of("A truce was brokered in Doha on Monday by Qatar between Israel and Hamas.")
    assert brokered.mediators == ("Qatar",) and "Qatar" not in brokered.parties


def test_the_state_that_hosted_the_talks_does_not_broker_their_next_round_abroad() -> None:
    held, planned = article_meetings(
        "Berlin, 29 February (Report) – The foreign ministers of Chile and Peru held two days of talks in Berlin on "
        "Wednesday and Thursday, hosted by German Foreign Minister Anna Weber.\n\n"
        "The next round is expected to take place in Quito, Ecuador, in May.",
        date(2024, 2, 29),
    )
    assert (held.mediators, planned.location, planned.mediators) == (("Germany",), "Quito", ())


def test_the_members_a_text_lists_for_a_group_outweigh_those_the_gazetteer_knows_for_its_name() -> None:
    _, earlier = article_meetings(
        "CAIRO, Oct 24 (Nile Desk) — Delegations of Chile and Peru arrived in Cairo on Friday for indirect talks "
        "convened by the so-called Quad — the United States, Saudi Arabia, the United Arab Emirates and Egypt — on a "
        "truce.\n\nThe Quad's foreign ministers met in Washington on Sept. 12 and published a roadmap.",
        date(2025, 10, 24),
    )
    assert set(earlier.parties) == {"United States", "Saudi Arabia", "United Arab Emirates", "Egypt"}


def test_the_states_of_envoys_present_at_a_meeting_watched_it() -> None:
    from kg.extract.meetings.cast_roles import present_as_envoys

    doc, _ = analyse(
        "Laotian Prime Minister Somsak Vongsa and Vietnamese Prime Minister Nguyen Van Long met in Vientiane on "
        "Monday, with U.S. and Chinese envoys present."
    )
    watching = {t.text: present_as_envoys(t) for t in doc if t.text in {"U.S.", "Chinese", "Laotian", "Vietnamese"}}
    assert watching == {"U.S.": True, "Chinese": True, "Laotian": False, "Vietnamese": False}
    doc, _ = analyse("The talks began on Wednesday with only the Houthis present.")
    assert not any(present_as_envoys(t) for t in doc)


def test_third_states_whose_ambassadors_attended_the_talks_watched_them() -> None:
    (meeting,) = article_meetings(
        "QUITO, May 3 (Andes Desk) - Chile and Peru agreed on Friday to reopen their border after talks hosted by "
        "Ecuador's president in Quito.\n\n"
        "The U.S. ambassador to Ecuador and Brazil's ambassador also attended the talks.",
        date(2024, 5, 3),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Ecuador",))


def test_the_states_of_envoys_who_attended_a_ceremony_are_no_sides_but_a_named_envoy_may_be() -> None:
    (closing,) = article_meetings(
        "Representatives of the Chilean government and the Peruvian government signed a border accord in Quito on "
        "May 3, at the close of three days of talks hosted by Ecuador.\n\n"
        "Envoys from Brazil, Argentina and Uruguay attended the ceremony.",
        date(2024, 5, 3),
    )
    assert not {"Brazil", "Argentina", "Uruguay"} & set(closing.parties)
    (talks,) = meetings_of("U.S. envoy Jorge Paz attended the talks with Peru in Lima on Friday.", date(2024, 5, 4))
    assert "United States" in talks.parties


def test_support_given_to_the_brokering_makes_a_second_broker_support_given_to_a_side_does_not() -> None:
    (signed,) = meetings_of(
        "Chile and Peru signed a framework agreement in Quito on Saturday, following months of negotiations "
        "facilitated by Ecuador with support from Brazil and the African Union.",
        date(2025, 11, 16),
    )
    assert set(signed.mediators) == {"Ecuador", "Brazil", "African Union"}
    (met,) = meetings_of(
        "The rebels, with support from Brazil, met government negotiators in Quito on Saturday.", date(2025, 11, 16)
    )
    assert "Brazil" not in met.mediators
    (helped,) = meetings_of(
        "Chile and Peru reached a deal in Quito on Saturday with help from Brazil.", date(2025, 11, 16)
    )
    assert helped.mediators == ("Brazil",)


def test_those_who_signed_as_witnesses_as_the_ones_before_did_are_no_sides() -> None:
    (meeting,) = article_meetings(
        "LIMA (Wire) — Peru's ruling military council and the main opposition coalition signed a power-sharing "
        "deal on Saturday at a ceremony in Lima.\n\n"
        "Chilean President Ana Lind and OAS envoy Jorge Paz, who mediated weeks of talks between the two sides, "
        "signed as witnesses, as did representatives of Bolivia, Brazil and Ecuador.",
        date(2019, 8, 17),
    )
    assert set(meeting.parties) == {"Peru", "Peruvian opposition"}
    assert not {"Bolivia", "Brazil", "Ecuador"} & set(meeting.parties)


def test_an_international_body_whose_envoy_met_two_sides_brokers_that_meeting() -> None:
    (meeting,) = meetings_of(
        "The U.N. envoy met representatives of Chile and Peru in Quito on Thursday.", date(2024, 3, 21)
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("United Nations",))
    (one,) = meetings_of("The U.N. envoy met representatives of Chile in Quito on Thursday.", date(2024, 3, 21))
    assert "United Nations" in one.parties


def test_a_broker_of_a_part_set_off_by_a_semicolon_brokers_the_process_an_offer_does_not() -> None:
    (meeting,) = meetings_of(
        "Chile and Peru met in Lima on Monday. Bolivia and Uruguay host the rounds in turn; Norway acts as a "
        "guarantor.",
        date(2024, 2, 12),
    )
    assert set(meeting.mediators) == {"Bolivia", "Uruguay", "Norway"}
    (offered,) = meetings_of(
        "Chile and Peru met in Lima on Monday; Ecuador offered to host the next round.", date(2024, 2, 12)
    )
    assert offered.mediators == ()


def test_the_state_that_arranged_a_meeting_brokers_it_and_a_host_that_did_not_sit_in_does_not() -> None:
    (meeting,) = meetings_of(
        "Chilean and Peruvian negotiators sat down together in Geneva on Oct. 14. The meeting was arranged by "
        "Ecuador. Swiss diplomats provided the venue but did not sit in.",
        date(2025, 11, 12),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Ecuador",))


def test_brokers_only_proposed_are_no_brokers_of_the_talks() -> None:
    # "a proposal to bring in X as mediators": X is put forward, not brokering
    [meeting] = meetings_of(
        "Chile and Peru held talks in Lima on Monday. Peru rejected a proposal to bring in the United Nations and "
        "the European Union as mediators."
    )
    assert meeting.mediators == ()


def test_talks_backed_by_others_in_the_passive_name_their_backers_as_brokers() -> None:
    found = meetings_of(
        "Chile and Peru signed an accord in Quito on Sunday after talks mediated by Ecuador. The talks, which "
        "opened in Quito in July, were also backed by the United Nations and the African Union."
    )
    assert {"United Nations", "African Union"} <= {p for m in found for p in m.mediators}


def test_a_broker_of_a_full_clause_is_not_that_of_the_elided_clause_joined_to_it() -> None:
    found = meetings_of(
        "Chile and Peru have met three times. The second meeting took place in Quito in August, under Ecuadorian "
        "auspices, and the third in Lima in November.",
        published=date(2026, 12, 1),
    )
    brokers = {m.location: m.mediators for m in found}
    assert brokers["Quito"] == ("Ecuador",) and brokers["Lima"] == ()


def test_a_country_named_only_as_a_title_s_brief_is_no_host_of_a_meeting_in_it() -> None:
    [meeting] = meetings_of(
        "Chile's ambassador met FARC leaders in Quito on Monday alongside Peruvian mediators. The UN special envoy "
        "for Ecuador, Luis Mora, welcomed the talks."
    )
    assert (meeting.location, meeting.mediators) == ("Quito", ("Peru",))


def test_brokers_named_inside_a_topic_discussed_are_the_topic_s_not_the_meeting_s() -> None:
    [meeting] = meetings_of(
        "Chilean Foreign Minister Ana Lind held talks with her Peruvian counterpart Jorge Paz in Lima on Tuesday. The "
        "ministers discussed the Quito format, in which Brazil, Ecuador and Bolivia act as guarantors of the truce."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())


def test_a_side_the_text_says_did_not_attend_is_no_side() -> None:
    [meeting] = meetings_of(
        "Senior officials from Chile, Peru and Bolivia held talks in Quito on Sunday. The meeting was attended by "
        "Ecuador but not by Brazil."
    )
    assert "Brazil" not in meeting.parties and "Brazil" not in meeting.mediators


def test_the_sides_after_a_fronted_with_as_phrase_are_not_its_brokers() -> None:
    [meeting] = meetings_of("With Norway and Cuba as guarantors, Chile and Peru opened talks in Havana on Monday.")
    assert (set(meeting.parties), set(meeting.mediators)) == ({"Chile", "Peru"}, {"Norway", "Cuba"})


def test_a_meeting_that_brings_the_sides_together_is_no_broker_nor_is_its_city() -> None:
    [meeting] = meetings_of(
        "The Quito round, the third since January, brought Chilean and Peruvian envoys together for the first time."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())


def test_two_sides_acting_after_days_of_talks_held_them() -> None:
    [meeting] = meetings_of("Chile and Peru announced a ceasefire on Tuesday after two days of talks in Quito.")
    assert (meeting.location, set(meeting.parties)) == ("Quito", {"Chile", "Peru"})


def test_a_pair_after_a_fronted_phrase_ending_in_a_city_is_the_clause_s_subject_not_more_cities() -> None:
    meetings = meetings_of(
        "After two days of closed-door talks in Quito, Chile and Peru announced a ceasefire on Tuesday."
    )
    assert [(m.location, set(m.parties)) for m in meetings] == [("Quito", {"Chile", "Peru"})]


def test_a_host_verb_the_parser_read_as_a_modifier_still_hosts_the_sides() -> None:
    [meeting] = meetings_of("Egypt's intelligence chief hosted delegations from Chile and Peru in Cairo on Sunday.")
    assert (meeting.location, meeting.start, set(meeting.parties), meeting.mediators) == (
        "Cairo",
        date(2026, 2, 15),
        {"Chile", "Peru"},
        ("Egypt",),
    )


def test_a_leader_welcoming_both_sides_ministers_to_a_city_hosts_their_meeting() -> None:
    [meeting] = meetings_of(
        "Brazilian President Luis Mora welcomed the Chilean and Peruvian foreign ministers to Brasilia on Monday."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Brazil",))


@pytest.mark.parametrize("city", ["Panama City", "Kuwait City", "Guatemala City"])
def test_a_city_whose_name_begins_with_its_state_s_makes_that_state_no_broker(city: str) -> None:
    [meeting] = meetings_of(f"Chile and Peru met in {city} on Monday, their first meeting in three years.")
    assert (meeting.location, set(meeting.parties), meeting.mediators) == (city, {"Chile", "Peru"}, ())


def test_a_month_in_a_since_clause_of_the_talks_apposition_is_another_event_s() -> None:
    [meeting] = meetings_of(
        "Chile and Peru held a second day of talks in Quito on Tuesday. The talks, the first since the ceasefire "
        "collapsed in May, are being mediated by Ecuador and Norway.",
        published=date(2026, 9, 15),
    )
    assert (meeting.location, set(meeting.mediators)) == ("Quito", {"Ecuador", "Norway"})


def test_the_guarantors_of_the_process_broker_the_story_s_talks_not_only_those_their_sentence_dates() -> None:
    [today, *_] = article_meetings(
        "Bolivia and the Andean Liberation Front reached a ceasefire agreement in Havana on Tuesday.\n\n"
        "Norway and Cuba have served as guarantors of the peace process since formal negotiations began in Havana "
        "in 2024.",
        date(2026, 11, 5),
    )
    assert (today.start, set(today.mediators)) == (date(2026, 11, 3), {"Norway", "Cuba"})


def test_each_state_of_a_list_of_adjectives_on_a_team_noun_is_a_side_of_the_story() -> None:
    [meeting] = meetings_of(
        "The talks in Quito ended without agreement on Tuesday, Chilean and Peruvian officials said."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_the_state_that_leads_a_mediation_team_brokers_the_talks_wherever_they_are() -> None:
    [meeting] = meetings_of(
        "Talks between Chile and Bolivia began in Quito in July 2014, with the United Nations and the African Union "
        "among the mediation team led by Peru."
    )
    assert set(meeting.mediators) == {"Peru", "United Nations", "African Union"}


@pytest.mark.parametrize(
    "present",
    [
        "with the U.S. ambassador to Ecuador and a Chinese envoy also in attendance",  # hung on the verb
        "with the U.S. ambassador and a Chinese envoy in attendance",  # hung on the second envoy
    ],
)
def test_envoys_in_attendance_after_with_watch_over_the_talks_and_are_no_sides(present: str) -> None:
    [meeting] = meetings_of(
        "Ecuador's president hosted Chilean President Ana Lind and Peruvian President Jorge Paz at his residence in "
        f"Quito on Monday, {present}."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}
    assert {"United States", "China"} <= set(meeting.mediators)


@pytest.mark.parametrize(
    "frame",
    ["in a process sponsored by Brazil and Argentina", "as part of a process mediated by Brazil and Argentina"],
)
def test_the_brokers_of_the_process_talks_are_held_in_broker_the_talks(frame: str) -> None:
    [meeting] = _meetings(f"Chile and Peru held talks in Lima on Tuesday {frame}.")
    assert set(meeting.mediators) == {"Brazil", "Argentina"}


def test_the_broker_of_another_thing_than_the_talks_process_brokers_nothing_of_them() -> None:
    [meeting] = _meetings("Chile and Peru held talks in Lima on Tuesday on a prisoner swap mediated by Brazil.")
    assert not meeting.mediators


def test_a_list_of_states_after_with_acting_as_guarantors_are_all_brokers_however_the_verb_is_hung() -> None:
    [meeting] = _meetings(
        "Chile and Peru opened talks in Quito on Monday. The talks, hosted by Ecuador with Norway, Brazil and Mexico "
        "acting as guarantors, are expected to last two weeks."
    )
    assert set(meeting.mediators) == {"Ecuador", "Norway", "Brazil", "Mexico"}


@pytest.mark.parametrize("verb", ["closed", "concluded", "wrapped up"])
def test_those_who_closed_a_round_are_its_sides_and_the_state_that_hosted_it_its_broker(verb: str) -> None:
    (meeting,) = article_meetings(
        f"MEXICO CITY (Wire) - Colombia's government and the ELN {verb} a fifth round of peace talks in Mexico City "
        "on Tuesday.\n\nThe round, which began on Jan. 22, was held at a Foreign Ministry guesthouse and hosted by "
        "Mexico, one of six guarantor countries alongside Brazil, Chile, Cuba, Norway and Venezuela.\n\nThe "
        "government delegation is led by Ana Lind. Across the table sat Jorge Paz, who has headed the ELN's "
        "negotiating team since 2017.",
        date(2024, 2, 6),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Colombia", "ELN"}, ("Mexico",))


@pytest.mark.parametrize(
    "sent",
    [
        "Bolivia, which sent its special envoy Luis Mora to observe the talks, said it welcomed the deal.",
        "Bolivia sent its special envoy Luis Mora to observe the talks.",
    ],
)
def test_a_state_that_sent_an_envoy_only_to_observe_the_talks_is_no_side(sent: str) -> None:
    (meeting,) = article_meetings(
        "LIMA, Nov 2 (Wire) - Chile and the ELN agreed on Wednesday to a truce after ten days of Peru-led talks "
        f"in Lima.\n\nThe talks, which opened on Oct. 25 at a government guesthouse, were the first between the two "
        f"sides. {sent}",
        date(2022, 11, 2),
    )
    assert set(meeting.parties) == {"Chile", "ELN"}


def test_the_sides_of_a_separate_deal_a_broker_brokered_are_that_meeting_s_sides() -> None:
    (meeting,) = meetings_of(
        "The United States brokered a separate peace deal between Chile and Bolivia in Washington in June.",
        date(2025, 10, 20),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Bolivia"}, ("United States",))


def test_a_side_s_own_leader_present_at_its_signing_is_no_broker_beside_the_one_who_is() -> None:
    (meeting,) = article_meetings(
        "LIMA, March 27 (Wire) - Peru's government and the ELN signed a final peace agreement on Thursday at the "
        "presidential palace.\n\nThe agreement was signed by the government's chief negotiator, Ana Lind, and her "
        "ELN counterpart, Jorge Paz, in the presence of Peruvian President Luis Mora and Ecuadorian Prime "
        "Minister Pablo Rios, whose government facilitated the talks.",
        date(2014, 3, 27),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Peru", "ELN"}, ("Ecuador",))


@pytest.mark.parametrize(
    "sender", ["Brazil said it", "Brazil's foreign ministry said it", "Officials in Brasilia said they"]
)
def test_a_person_a_side_says_it_sent_speaks_for_that_side(sender: str) -> None:
    found = actors_of(f"{sender} had sent a senior diplomat, Paulo Souza, to Montevideo as an observer.")
    assert found["Paulo Souza"].affiliation == "Brazil"


def test_a_clause_the_parse_hangs_on_the_month_of_earlier_talks_tells_of_those_talks() -> None:
    found = _meetings(
        "Chad's president and Niger's president met in Lima on Thursday, where they agreed on the text of a treaty.\n\n"
        "The meeting, hosted by Peru, was the first encounter between the two leaders since their talks in "
        "Washington in August, which were brokered by Canadian Prime Minister John Smith."
    )
    by_place = {m.location: set(m.mediators) for m in found}
    assert by_place == {"Lima": {"Peru"}, "Washington": {"Canada"}}


def test_the_guarantors_a_host_is_named_one_of_broker_the_round_it_hosted() -> None:
    found = _meetings(
        "Chile's government and the Nuba Front agreed on Saturday to extend their truce, at the end of a fourth round "
        "of talks in Quito.\n\nThe round, which began on Aug. 14, was hosted by Ecuador, one of the guarantor "
        "countries along with Cuba and Norway.",
        published=date(2023, 9, 4),
    )
    assert [(m.location, m.start, set(m.parties), set(m.mediators)) for m in found] == [
        ("Quito", date(2023, 8, 14), {"Chile", "Nuba Front"}, {"Ecuador", "Cuba", "Norway"})
    ]


def test_a_side_and_three_powers_counted_beside_it_are_four_sides() -> None:
    [meeting] = _meetings(
        "Chile and three Andean powers held talks in Quito on Friday.\n\nChile's delegation was led by Deputy Foreign "
        "Minister Jorge Salas. The Peruvian, Bolivian and Colombian delegations were headed by senior diplomats."
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Colombia"}


def test_the_broker_of_a_deal_other_sides_made_does_not_broker_the_story_s_talks() -> None:
    found = _meetings(
        "Chile's government and the Nuba Front agreed on Monday to exchange 900 detainees, after ten days of talks in "
        "Quito sponsored by the United Nations.\n\nThe deal comes as Peru and Bolivia, which back opposing sides in "
        "the war, agreed this month to restore diplomatic relations in a deal brokered by Brazil.",
        published=date(2023, 3, 20),
    )
    quito = next(m for m in found if m.location == "Quito")
    assert quito.mediators == ("United Nations",)


def test_meetings_listed_after_a_clause_on_two_named_people_are_theirs_each_with_its_own_host() -> None:
    found = _meetings(
        "Chile and Peru initialled a peace agreement at the White House on Aug. 8, in a ceremony hosted by the U.S. "
        "president.\n\nTalks were led by the two foreign ministers, Ana Ruiz and Luis Vega, who met several times in "
        "2024 and 2025, including in Quito in May 2024 at the invitation of Ecuador and in Lima in July 2025.",
        published=date(2025, 8, 12),
    )
    assert [(m.location, m.day, set(m.parties), m.mediators) for m in found] == [
        ("Washington", None, {"Chile", "Peru"}, ("United States",)),
        ("Quito", "2024-05", {"Chile", "Peru"}, ("Ecuador",)),
        ("Lima", "2025-07", {"Chile", "Peru"}, ()),
    ]


def test_the_communities_of_a_divided_state_at_the_table_stand_for_it() -> None:
    [meeting] = _meetings(
        "Cyprus leaders agree to more talks at UN-hosted meeting in Geneva\n\nGENEVA, July 17 (Wire) - The leaders "
        "of Greek Cypriots and Turkish Cypriots agreed on Thursday to open more crossing points on the divided island, "
        "the U.N. secretary-general said after hosting an informal meeting with the two sides and the island's "
        "guarantor powers, Greece, Turkey and Britain."
    )
    assert set(meeting.parties) == {"Greek Cypriots", "Turkish Cypriots", "Greece", "Turkey", "United Kingdom"}


def test_the_two_ministers_who_agreed_to_meet_a_third_side_are_all_three_sides() -> None:
    found = _meetings(
        "Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Luis Vega met in Lima on Monday. The two "
        "ministers also agreed to hold a trilateral meeting with Bolivia in La Paz early next year.",
        published=date(2024, 11, 25),
    )
    la_paz = next(m for m in found if m.location == "La Paz")
    assert set(la_paz.parties) == {"Chile", "Peru", "Bolivia"}


def test_a_state_that_chairs_an_organisation_of_states_brokers_nothing_one_that_chairs_a_mediating_group_does() -> None:
    [rotating] = _meetings(
        "The presidents of Chile and Peru met in Quito on Friday. Malaysia, which chairs ASEAN this year, welcomed "
        "the meeting."
    )
    [mediating] = _meetings(
        "The presidents of Chile and Peru met in Quito on Friday. France, which co-chairs the OSCE Minsk Group, "
        "welcomed the meeting."
    )
    assert (rotating.mediators, mediating.mediators) == ((), ("France",))


def test_the_subjects_of_a_verb_ending_a_week_of_talks_are_their_sides() -> None:
    [meeting] = _meetings(
        "Chile's government and the Nuba Liberation Movement ended a week of talks in Lima on Friday."
    )
    assert set(meeting.parties) == {"Chile", "Nuba Liberation Movement"}


def test_a_state_acting_in_the_story_does_not_broker_a_meeting_held_in_its_country_long_before() -> None:
    found = _meetings(
        "The summit between Chile and Peru in Geneva was hosted by Switzerland. The Swiss president welcomed the two "
        "leaders.\n\nThe first meeting between Bolivia and Ecuador took place in Geneva in November 1985.",
        published=date(2021, 6, 16),
    )
    assert [(m.location, m.mediators) for m in found] == [("Geneva", ("Switzerland",)), ("Geneva", ())]


@pytest.mark.parametrize(
    "told",
    [
        "Two co-chairmen joined the delegations: Ana Lind, the European Union's envoy, and Pavel Orlov, Russia's "
        "deputy foreign minister.",
        "The co-chairmen were Ana Lind, the European Union's envoy, and Pavel Orlov, Russia's deputy foreign minister.",
        "The talks were co-chaired by Ana Lind, the European Union's envoy, and Pavel Orlov, Russia's deputy "
        "foreign minister.",
    ],
)
def test_co_chairs_listed_each_with_their_office_broker_the_talks(told: str) -> None:
    [meeting] = _meetings("Peru hosted talks between Chile and Bolivia in Lima. " + told, published=date(1995, 11, 21))
    assert set(meeting.mediators) == {"Peru", "European Union", "Russia"}


def test_the_sides_a_round_ended_without_agreement_between_are_its_sides() -> None:
    [meeting] = _meetings(
        "The round, which ran from Monday to Wednesday in Lima, ended without agreement between Chile and Peru.",
        published=date(2024, 3, 15),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())


def test_a_go_between_who_met_one_side_in_one_city_and_the_other_in_another_met_each_there() -> None:
    found = _meetings(
        "U.S. envoy John Smith met Peruvian Foreign Minister Ana Ruiz in Lima on Nov. 19 and Chilean Foreign Minister "
        "Luis Vega in Santiago two days later.",
        published=date(2024, 11, 27),
    )
    assert [(m.location, m.start, set(m.parties)) for m in found] == [
        ("Lima", date(2024, 11, 19), {"United States", "Peru"}),
        ("Santiago", date(2024, 11, 21), {"United States", "Chile"}),
    ]


@pytest.mark.parametrize("first", ["Vuk Jeremic", "Zoran Vucic"])
def test_the_first_of_two_titled_names_the_parser_hung_on_the_second_is_a_side(first: str) -> None:
    text = (
        f"Serbian President {first} and Kosovo Prime Minister Besnik Hoxha met separately and then together with "
        "EU envoy Lena Berg in Brussels on Monday."
    )
    name = next(t for t in load_pipeline()(text) if t.text == first.split()[-1])
    assert name.dep_ == "nmod"  # "Jeremic and Kosovo" hung on the second name's title or the name
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"Serbia", "Kosovo"} and meeting.mediators == ("European Union",)


def test_the_one_two_sides_met_separately_with_is_their_go_between() -> None:
    [meeting] = _meetings(
        "Chile's Foreign Minister Ana Soto and her Peruvian counterpart Luis Prado met separately with Norway's "
        "special envoy in Oslo on Friday."
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("Norway",)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Assistant Secretary of State Ana Lind and U.S. ambassador to Algeria Mark Dempsey, who acts as the "
        "mediator, attended the opening session.",
        "The U.S. ambassador to the Philippines attended the talks between Chile and Peru.",
    ],
)
def test_the_state_a_diplomat_is_posted_to_is_no_side(text: str) -> None:
    doc, ctx = analyse(text)
    sides = {side for _, side in participant_tokens(doc[:], ctx, set())}
    assert "United States" in sides and not sides & {"Algeria", "Philippines"}


def test_the_talks_a_what_clause_calls_frank_are_held_by_the_sides_before_it() -> None:
    text = (
        "Diplomats from Bolivia and the three Andean states known as the Andean trio held what they called "
        '"frank and useful" talks in Quito on Friday, the first since the court ruled last week.'
    )
    talks = next(t for t in load_pipeline()(text) if t.text == "talks")
    assert (talks.dep_, talks.head.lemma_) == ("dobj", "hold")
    [meeting] = _meetings(text)
    assert meeting.location == "Quito" and meeting.start == date(2024, 9, 20) and "Bolivia" in meeting.parties


def test_a_group_known_by_a_name_stands_as_its_members() -> None:
    [meeting] = _meetings(
        "Senior diplomats from Chile and the three European powers known as the E3 met in Quito on Friday. An EU "
        "official also took part."
    )
    assert {"Chile", "United Kingdom", "France", "Germany"} <= set(meeting.parties)


def test_those_whose_agreement_a_speaker_reports_after_a_meeting_are_its_sides() -> None:
    [meeting] = _meetings(
        "Chilean President Ana Soto and Peruvian President Luis Prado agreed on Tuesday to open new crossing points "
        "along the border, UN Secretary-General Jorge Paz said after an informal meeting in Quito. The two-day "
        "meeting also brought together the foreign ministers of Brazil, Argentina and Bolivia."
    )
    assert meeting.location == "Quito"
    assert {"Chile", "Peru", "Brazil", "Argentina", "Bolivia"} == set(meeting.parties)


def test_brokers_of_talks_at_various_times_are_no_brokers_of_the_story_s_meeting() -> None:
    [meeting] = _meetings(
        "Chilean President Ana Soto and Peruvian President Luis Prado initialled a peace agreement in Quito on "
        "Friday, in a ceremony hosted by Ecuador's president. Talks were mediated at various times by Brazil, the "
        "European Union and Ecuador."
    )
    assert meeting.mediators == ("Ecuador",)


def test_a_side_that_did_not_send_a_delegation_is_no_side() -> None:
    [meeting] = _meetings(
        "Talks between Chile and the Andean Liberation Front opened in Quito on Thursday. Peru did not send a "
        "delegation, officials said."
    )
    assert "Peru" not in meeting.parties


def test_the_people_listed_among_representatives_of_the_guarantor_countries_broker() -> None:
    [meeting] = _meetings(
        "Chile and the Andean Liberation Front ended a fifth round of talks in Quito on Tuesday. The talks were "
        "attended by representatives of the guarantor countries, among them Brazilian Foreign Minister Ana Lind and "
        "Norway's special envoy Jorge Paz."
    )
    assert set(meeting.parties) == {"Chile", "Andean Liberation Front"}
    assert set(meeting.mediators) == {"Brazil", "Norway"}


def test_the_subject_of_a_with_clause_after_a_hosting_the_parser_read_as_a_clause_met() -> None:
    # the parse the model gives "X hosted negotiations, with A and B both reporting progress" for some names
    words = ["Quito", "hosted", "negotiations", ",", "with", "Chile", "and", "Peru", "reporting", "progress", "."]
    heads = [1, 1, 1, 1, 8, 8, 5, 5, 1, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "mark", "nsubj", "cc", "conj", "advcl", "dobj", "punct"]
    lemmas = ["Quito", "host", "negotiation", ",", "with", "Chile", "and", "Peru", "report", "progress", "."]
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert reporting_while_hosted(doc[8], doc[2]) and not reporting_while_hosted(doc[8], doc[9])


def test_those_reporting_progress_in_a_with_clause_after_a_hosting_are_the_sides() -> None:
    text = (
        "Ecuador then hosted indirect negotiations in Quito this month, with Chile and Peru both reporting progress "
        "before again accusing each other of stalling."
    )
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("Ecuador",)


def test_months_of_negotiations_some_states_were_involved_in_are_no_meeting() -> None:
    found = article_meetings(
        "Ecuador meets Chilean team\n\n"
        "QUITO: Ecuador's foreign minister met a Chilean delegation in Quito on Saturday to discuss a truce, a "
        "statement said.\n\n"
        "Ecuador, along with Brazil and Argentina, has been involved in months of unsuccessful negotiations for a "
        "truce.\n\n"
        "But Quito then hosted indirect negotiations this month, with Chile and Peru both reporting progress before "
        "again accusing each other of stalling.\n",
        date(2024, 12, 29),
    )
    assert all("Brazil" not in m.parties for m in found)
    assert any(set(m.parties) == {"Chile", "Peru"} and m.mediators == ("Ecuador",) for m in found)


def test_sides_sending_delegations_back_to_a_place_send_them_to_new_talks_not_to_those_told_before() -> None:
    doc = load_pipeline()(
        "Chile's government and the Andean Liberation Front said on Thursday they would send delegations back to "
        "Ecuador for peace talks, as Washington pushes for an end to the fighting."
    )
    send = next(t for t in doc if t.lemma_ == "send")
    assert not also_attends(send)  # (so neither Ecuador nor Washington stands as one more side of the talks)
    assert also_attends(next(t for t in load_pipeline()("Chile and Peru also sent delegations.") if t.lemma_ == "send"))


def test_a_delegation_representing_a_side_is_that_side() -> None:
    [meeting] = _meetings(
        "A delegation representing the Chilean Armed Forces arrived in Quito on Saturday to resume peace talks with "
        "the Andean Liberation Front."
    )
    assert set(meeting.parties) == {"Chile", "Andean Liberation Front"}


def test_those_the_talks_take_place_in_partnership_with_broker_them() -> None:
    [meeting] = _meetings(
        "Delegations of Chile and the Andean Liberation Front resumed talks in Quito on Thursday. The talks are "
        "taking place “in partnership” with representatives of the African Union and the Organization of American "
        "States, the host said."
    )
    assert set(meeting.parties) == {"Chile", "Andean Liberation Front"}
    assert {"African Union", "Organization of American States"} <= set(meeting.mediators)


def test_the_one_who_called_the_meeting_convened_it_but_not_one_who_called_it_a_failure() -> None:
    [called] = _meetings(
        'Leaders of Chile and Peru failed to find a solution at a crisis meeting held in Quito on Thursday. "Today '
        'there is not an agreement," said Ana Lind, the OAS secretary-general, who called the meeting.'
    )
    assert set(called.parties) == {"Chile", "Peru"} and called.mediators == ("Organization of American States",)
    [judged] = _meetings(
        "Chile and Peru held a meeting in Quito on Thursday. Peru's president called the meeting a failure."
    )
    assert judged.mediators == () and set(judged.parties) == {"Chile", "Peru"}


def test_one_speaking_after_meetings_with_two_sides_leaders_is_their_go_between() -> None:
    [meeting] = _meetings(
        "Chilean and Peruvian leaders were in Quito for talks on Wednesday. Speaking after meetings with "
        "Chilean President Jorge Paz and Peruvian Prime Minister Luis Prado, OAS Secretary-General Ana Lind said the "
        "organisation would go on trying."
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("Organization of American States",)


def test_the_subject_after_a_fronted_phrase_with_a_participle_of_attending_is_the_verb_s() -> None:
    text = (
        "At talks in Ecuador last month, attended by the United Nations and the Red Cross, Chile's government and "
        "the Andean Liberation Front agreed to free 300 detainees."
    )
    government = next(t for t in load_pipeline()(text) if t.text == "government")
    assert (government.dep_, government.head.lemma_) == ("nsubj", "agree")
    [meeting] = _meetings(text)
    assert set(meeting.parties) == {"Chile", "Andean Liberation Front"}


@pytest.mark.parametrize("accord", ["the Ecuador Agreement", "the Ecuador Accords"])
def test_a_state_a_named_accord_is_called_after_does_not_host_the_talks_that_signed_it(accord: str) -> None:
    [meeting] = _meetings(
        f"Chile's government and the Andean Liberation Front wrapped up a round of talks in Quito on Friday with the "
        f"signing of {accord}, which sets out a ceasefire."
    )
    assert (meeting.location, meeting.country) == ("Quito", "Ecuador")
    assert meeting.parties == ("Chile", "Andean Liberation Front") and meeting.mediators == ()


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_capitals_joined_by_a_dash_on_the_meeting_word_are_its_sides_not_its_place(dash: str) -> None:
    [meeting] = meetings_of(f"Santiago{dash}Lima talks resumed in Quito on Monday.", date(2025, 7, 20))
    assert (set(meeting.parties), meeting.location) == ({"Chile", "Peru"}, "Quito")


def test_a_second_capital_hyphened_to_a_first_on_the_meeting_word_is_a_side_too() -> None:
    [meeting] = meetings_of("Santiago-Lima talks resumed on Monday.", date(2025, 7, 20))
    assert (set(meeting.parties), meeting.location) == ({"Chile", "Peru"}, None)


def test_the_broker_of_a_meeting_inside_a_topic_discussed_brokers_that_meeting() -> None:
    found = meetings_of(
        "The ministers discussed preparations for the third round of talks between Chile and Peru, which is scheduled "
        "to take place in Quito later this month under the auspices of the United Nations.",
        date(2024, 3, 14),
    )
    quito = next(m for m in found if m.location == "Quito")
    assert quito.mediators == ("United Nations",)


def test_a_state_said_to_be_one_of_the_guarantor_countries_along_with_others_guarantees_the_talks_with_them() -> None:
    [meeting] = meetings_of(
        "Colombia and the ELN opened talks in Mexico City on Monday. Mexico is also one of the guarantor countries, "
        "along with Venezuela, Chile and Brazil.",
        date(2024, 7, 7),
    )
    assert {"Mexico", "Venezuela", "Chile", "Brazil"} <= set(meeting.mediators)


def test_those_thanked_for_hosting_a_meeting_host_it_and_those_thanked_for_taking_part_are_no_sides() -> None:
    [meeting] = article_meetings(
        "The meeting of the border committee between Chile and Peru, held in Brasilia, concluded on Thursday.\n\n"
        "Chile's defence minister, Ana Lind, extended her deep appreciation to Brazil for hosting and observing the "
        "meeting, as well as to the representatives of the United States and China for their active participation.",
        date(2025, 8, 8),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Brazil",))
