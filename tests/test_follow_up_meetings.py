"""Follow-up meetings: invitations to a meeting to come, offices that stand for their states, and the sides and
brokers a further meeting takes from the talks before it, each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import RIVALS_BROUGHT_TOGETHER, article_meetings, meetings_of


def test_a_meeting_someone_has_been_invited_to_is_to_come() -> None:
    found = meetings_of(
        "Norway's foreign minister has invited the presidents of Chile and Peru to a further meeting in March, in "
        "Bolivia.",
        published=date(2024, 2, 10),
    )
    [meeting] = [m for m in found if m.country == "Bolivia"]
    assert meeting.status == "planned"


def test_a_month_of_an_invitation_is_the_next_such_month() -> None:
    from kg.extract.nlp import load_pipeline
    from kg.extract.tense import invited_to

    doc = load_pipeline()("The minister invited both leaders to talks in March.")
    assert invited_to(doc[7]) and not invited_to(doc[1])
    found = meetings_of(
        "The minister invited the presidents of Chile and Peru to talks in Quito in March, officials said.",
        published=date(2024, 2, 10),
    )
    assert [m.status for m in found if m.location == "Quito"] == ["planned"]


def test_offices_named_with_their_states_are_the_sides_a_host_receives() -> None:
    [meeting] = meetings_of(
        "The Norwegian foreign minister hosted the President of Chile and the Prime Minister of Peru for a meeting "
        "in Oslo on Monday."
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.mediators == ("Norway",)
    [unseated] = meetings_of("The former President of Kenya hosted the leaders of Chile and Peru in Lima on Monday.")
    assert "Kenya" not in unseated.parties + unseated.mediators
    [watched] = meetings_of(
        "Chile and the FARC held talks in Lima on Monday, attended by the envoy of the United Nations."
    )
    assert "United Nations" not in watched.parties  # an organisation's envoy is no side


def test_a_further_meeting_has_the_sides_and_brokers_of_the_talks_it_follows() -> None:
    text = (
        "Chile and Peru meet in Oslo\n\n"
        "OSLO, Feb 5 (Wire) - Norway's foreign minister Kari Holm hosted the President of Chile, Ana Soto, and the "
        "President of Peru, Luis Vega, for talks in Oslo on Monday.\n\n"
        "Norway's envoy Per Lund, who prepared the meeting, also took part.\n\n"
        "Holm has invited the two leaders to a further meeting in March, in Iceland.\n"
    )
    found = article_meetings(text, date(2024, 2, 5))
    [further] = [m for m in found if m.country == "Iceland"]
    assert set(further.parties) == {"Chile", "Peru"}
    assert further.mediators == ("Norway",) and further.status == "planned"


def test_a_venue_in_a_datelined_lead_is_in_the_dateline_city() -> None:
    text = (
        "Chile and Peru open border talks\n\n"
        "TACNA, Peru, March 4 (Wire) - Chilean and Peruvian delegations held a first session of talks on their "
        "border on Monday at a United Nations base in this desert town, officials said.\n"
    )
    [meeting] = article_meetings(text, date(2024, 3, 4))
    assert (meeting.location, meeting.venue) == ("Tacna", "United Nations base")


def test_the_city_of_a_speaker_does_not_place_the_talks_they_speak_of() -> None:
    found = meetings_of(
        'Chile and Peru held talks on Monday. "The talks were useful," the Chilean embassy in Lima said.'
    )
    assert all(m.location != "Lima" for m in found)


def test_a_bare_government_is_the_state_whose_government_or_war_the_text_named() -> None:
    named = meetings_of(
        "Chile's government has long fought the rebels of the FARC. On Monday the government and the "
        "FARC held talks in Havana."
    )
    assert {p for m in named for p in m.parties} >= {"Chile", "FARC"}
    at_war = meetings_of(
        "Chile's war with the FARC has lasted decades. On Monday the federal government and the FARC "
        "held talks in Havana."
    )
    assert {p for m in at_war for p in m.parties} >= {"Chile", "FARC"}
    unknown = meetings_of(
        "The FARC has fought for decades. On Monday the government and the FARC held talks in Havana."
    )
    assert {p for m in unknown for p in m.parties} == {"FARC"}


def test_contacts_earlier_in_the_year_are_not_the_talks_the_story_reports() -> None:
    found = meetings_of(
        "Chile and Peru signed a border deal in Lima on Monday after talks brokered by the African Union. Contacts "
        "hosted by Bolivia earlier in the year produced nothing."
    )
    [lima] = [m for m in found if m.location == "Lima"]
    assert "Bolivia" not in lima.mediators


def test_a_plan_for_talks_is_a_plan_whatever_its_month() -> None:
    found = meetings_of(
        "A plan for talks between Chile and Peru in Quito in early October collapsed.", published=date(2024, 11, 3)
    )
    assert [m.status for m in found if m.location == "Quito"] == ["planned"]


def test_the_second_one_is_an_elided_round_with_its_own_place_and_span() -> None:
    found = meetings_of(
        "The first cycle took place in Quito from November 21 to December 12, 2022, and the second one in Lima "
        "between February 13 and March 10 of this year.",
        published=date(2023, 6, 9),
    )
    [lima] = [m for m in found if m.location == "Lima"]
    assert (lima.round, lima.start, lima.end) == (2, date(2023, 2, 13), date(2023, 3, 10))


def test_brokers_listed_after_a_brokers_noun_on_countries() -> None:
    [meeting] = meetings_of(
        "Chile and the ELN held talks in Lima on Monday. The talks are accompanied by guarantor countries Cuba, "
        "Norway and Mexico."
    )
    assert set(meeting.mediators) == {"Cuba", "Norway", "Mexico"}
    [listed] = meetings_of(
        "Chile and the ELN held talks in Lima on Monday. The guarantor countries, Cuba and Norway, attended."
    )
    assert set(listed.mediators) == {"Cuba", "Norway"}


def test_a_state_that_did_not_mediate_by_an_aside_is_no_broker() -> None:
    [meeting] = meetings_of(
        "The presidents of Chile and Peru sat down together in Quito on Thursday. Ecuador provided the venue but, "
        "officials in both capitals insisted, did not mediate."
    )
    assert meeting.mediators == () and set(meeting.parties) == {"Chile", "Peru"}


def test_a_round_held_here_is_in_the_dateline_city() -> None:
    text = (
        "Chile and Peru agree on a border map\n\n"
        "TACNA, Peru, Oct. 7 (Wire) -- Chile and Peru on Sunday concluded a new round of talks on their border "
        "in Lima, officials said.\n\n"
        "The previous round, held here in August, ended without agreement.\n"
    )
    found = article_meetings(text, date(2024, 10, 7))
    assert any(m.location == "Tacna" and m.start is None for m in found)


def test_brokers_who_bring_both_sides_to_a_city_hold_a_meeting_there() -> None:
    [meeting] = meetings_of(
        "In May, Norway and Mexico brought envoys of the Chilean government and the FARC to Lima.",
        published=date(2024, 9, 1),
    )
    assert meeting.location == "Lima" and set(meeting.mediators) == {"Norway", "Mexico"}
    planned = meetings_of(
        "A new initiative by Norway and Mexico is expected to bring the two sides to Lima next month.",
        published=date(2024, 9, 1),
    )
    assert [set(m.mediators) for m in planned if m.location == "Lima"] == [{"Norway", "Mexico"}]
    assert meetings_of("Norway brought its envoy to Lima in May.") == []


def test_a_date_in_a_clause_of_time_before_when_dates_the_other_event() -> None:
    found = meetings_of(
        "The first attempt came weeks after fighting broke out in April 2023, when Norway brought envoys of Chile "
        "and the FARC to Lima. The talks produced a declaration on May 11, 2023.",
        published=date(2024, 9, 1),
    )
    assert [(m.location, m.start) for m in found] == [("Lima", date(2023, 5, 11))]


def test_accompanying_countries_are_no_sides() -> None:
    found = meetings_of(
        "The negotiations between the government of Chile and the FARC, launched in Lima in August 2021 with Spain "
        "and Italy as accompanying countries, stalled.",
        published=date(2022, 11, 27),
    )
    assert found and all({"Spain", "Italy"}.isdisjoint(m.parties) for m in found)


def test_brokers_of_a_process_told_in_the_present_broker_its_rounds() -> None:
    [meeting] = meetings_of(
        "Chile and Peru have negotiated over water for years. They are co-chaired by the European Union and the "
        "United Nations. The tenth round took place in Geneva on April 4-5, 2023.",
        published=date(2023, 4, 10),
    )
    assert set(meeting.mediators) == {"European Union", "United Nations"}


def test_a_signing_in_the_presence_of_the_sides_own_leaders_is_theirs() -> None:
    lead = (
        "The government of Chile and the FARC on Sunday concluded a round of talks in Lima, agreeing on a "
        "framework, the Norwegian facilitator said. "
    )
    found = meetings_of(
        lead + "The framework will be signed in Quito on Oct. 15 in the presence of Chilean President Luis Vega and "
        "FARC chairman Ivan Soto.",
        published=date(2024, 10, 7),
    )
    [quito] = [m for m in found if m.location == "Quito"]
    assert set(quito.parties) == {"Chile", "FARC"} and quito.mediators == ()
    [witnessed] = meetings_of(
        "Chile and Peru signed a peace deal in Lima on Monday in the presence of Bolivian President Luis Vega and "
        "Spanish King Felipe Soto."
    )
    assert set(witnessed.mediators) == {"Bolivia", "Spain"}


def test_a_deadline_after_by_is_not_the_month_of_the_meeting() -> None:
    found = meetings_of(RIVALS_BROUGHT_TOGETHER, published=date(2018, 11, 14))
    assert [m.location for m in found].count("Paris") == 1


def test_a_visit_to_a_city_of_two_words_is_there() -> None:
    found = meetings_of(
        "The accords follow a visit to Abu Dhabi on Aug. 31 by a delegation of Chile led by Ana Lind.",
        published=date(2020, 9, 15),
    )
    assert [m.location for m in found] == ["Abu Dhabi"]


def test_two_capitals_hyphened_on_a_meeting_word_are_its_sides_not_its_place() -> None:
    found = meetings_of("Envoys met on Monday to revive the Santiago-Lima dialogue.")
    assert all(m.location not in {"Santiago", "Lima"} for m in found)
    [placed] = meetings_of("Envoys of Chile and Peru said the Lima talks on Monday went well.")
    assert placed.location == "Lima"


def test_a_deal_the_sides_reached_somewhere_is_a_meeting_there() -> None:
    [berlin] = meetings_of(
        "The deal that Chile and Peru reached in Berlin in January holds.", published=date(2020, 9, 20)
    )
    assert berlin.location == "Berlin" and set(berlin.parties) == {"Chile", "Peru"}
    found = meetings_of(
        "The talks built on a rail and road deal the two sides had reached in January under Norway's auspices in "
        "Berlin.",
        published=date(2020, 9, 20),
    )
    assert [(m.location, m.mediators) for m in found] == [("Berlin", ("Norway",))]


def test_organisations_that_join_the_talks_broker_them() -> None:
    [meeting] = meetings_of(
        "A second phase of the Lima talks between Chile and Peru, in late October 2023, was joined by the African "
        "Union and the United Nations.",
        published=date(2024, 9, 20),
    )
    assert set(meeting.mediators) == {"African Union", "United Nations"}
    [joined] = meetings_of("The talks between Chile and Peru in Lima were joined by Bolivia on Monday.")
    assert "Bolivia" not in joined.mediators


def test_talks_a_state_hosted_without_a_city_are_in_that_state() -> None:
    [meeting] = meetings_of(
        "Norway then hosted four days of talks between Chile and Peru from March 6 to 10, 2023.",
        published=date(2023, 3, 12),
    )
    assert (meeting.location, meeting.country, meeting.mediators) == (None, "Norway", ("Norway",))
    [placed] = meetings_of("Norway hosted talks between Chile and Peru in Havana on March 6, 2023.")
    assert (placed.location, placed.country) == ("Havana", "Cuba")


@pytest.mark.parametrize(
    "later",
    ["The two sides previously met in Beijing.", "The two sides had met in Beijing before."],
)
def test_a_meeting_told_as_previous_is_another_occasion(later: str) -> None:
    meetings = article_meetings(
        f"Hamas and Fatah signed a declaration in Beijing on Tuesday. {later}", date(2024, 7, 23)
    )
    assert sorted(str(m.start) for m in meetings) == ["2024-07-23", "None"]


def test_a_follow_up_the_sides_agreed_on_in_a_country_alone_is_a_meeting_to_come() -> None:
    found = meetings_of(
        "Chile's President Ana Lind met Peru's President Jorge Paz in Quito on Thursday. The two leaders agreed to "
        "meet again in Brazil within three months."
    )
    planned = [m for m in found if m.status == "planned"]
    assert [(m.location, m.country, set(m.parties)) for m in planned] == [(None, "Brazil", {"Chile", "Peru"})]


@pytest.mark.parametrize(
    "settled", ["are due to meet again", "will meet again", "are expected to meet again", "are scheduled to meet again"]
)
def test_a_follow_up_settled_in_a_country_alone_is_a_meeting_to_come(settled: str) -> None:
    found = meetings_of(
        f"Chile's President Ana Lind met Peru's President Jorge Paz in Quito on Thursday. The two leaders {settled} "
        "in Bolivia."
    )
    planned = [m for m in found if m.status == "planned"]
    assert [(m.location, m.country, set(m.parties)) for m in planned] == [(None, "Bolivia", {"Chile", "Peru"})]


def test_a_follow_up_only_possible_in_a_country_alone_is_no_meeting() -> None:
    found = meetings_of(
        "Chile's President Ana Lind met Peru's President Jorge Paz in Quito on Thursday. The two leaders could meet "
        "again in Bolivia."
    )
    assert [m.location for m in found] == ["Quito"]


def test_a_dated_signing_there_is_a_meeting_in_the_place_named_before() -> None:
    found = meetings_of(
        "Chile and Peru held talks in Quito in February 2012. The two sides signed a framework accord there on "
        "August 26, 2012.",
        published=date(2016, 8, 25),
    )
    assert {(m.location, m.start, m.day) for m in found} == {
        ("Quito", None, "2012-02"),
        ("Quito", date(2012, 8, 26), None),
    }


def test_a_verb_of_meeting_after_due_to_is_a_meeting_to_come_however_the_tagger_reads_it() -> None:
    [meeting] = meetings_of("Negotiators are due to reconvene in Santiago.", published=date(2024, 3, 14))
    assert (meeting.location, meeting.status) == ("Santiago", "planned")
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline()("The swimmers are due to a meet in Lima.")
    assert [t.pos_ for t in doc if t.lower_ == "meet"] == ["NOUN"]  # a noun with its article stays one


def test_the_next_round_takes_the_sides_of_the_rounds_not_of_a_visit_told_between() -> None:
    text = (
        "Chile and Peru edge toward border deal\n\n"
        "LIMA, March 14 (Andean Wire) - Chilean and Peruvian negotiators wrapped up a fourth round of border talks in "
        "Lima on Thursday.\n\n"
        "Chilean Foreign Minister Ana Lind flew to La Paz on Tuesday for talks with Bolivian President Ivan Soto.\n\n"
        "The next round is scheduled for April 10 in Valparaiso, Lind said.\n"
    )
    [following] = [m for m in article_meetings(text, date(2024, 3, 14)) if m.location == "Valparaiso"]
    assert (set(following.parties), following.round, following.status) == ({"Chile", "Peru"}, 5, "planned")


def test_a_month_hung_on_agreeing_to_meet_is_of_the_meeting_to_come() -> None:
    found = meetings_of(
        "Ana Lind and Jorge Paz agreed to meet again in Quito on June 1, and in Lima in July.",
        published=date(2023, 5, 14),
    )
    assert {(m.location, m.start, m.day, m.status) for m in found} == {
        ("Quito", date(2023, 6, 1), None, "planned"),
        ("Lima", None, "2023-07", "planned"),
    }


def test_a_meeting_agreed_on_is_one_to_come_a_deal_agreed_at_one_is_not() -> None:
    [summit] = meetings_of("Chile and Peru agreed on a summit in Lima.", published=date(2018, 9, 19))
    assert summit.status == "planned"
    [held] = meetings_of("Chile and Peru agreed on a ceasefire at a summit in Lima.", published=date(2018, 9, 19))
    assert held.status == "held"


def test_talks_a_side_withdrew_from_that_were_due_to_begin_somewhere_are_planned_there_with_it() -> None:
    [meeting] = meetings_of(
        "The Tacna Front has withdrawn from peace talks with Chile that were due to begin in Peru's capital, Lima, on "
        "Tuesday, citing new sanctions.",
        published=date(2025, 3, 18),
    )
    assert (meeting.location, meeting.start, meeting.status) == ("Lima", date(2025, 3, 18), "planned")
    assert set(meeting.parties) == {"Chile", "Tacna Front"}


def test_a_state_hosting_the_talks_tells_of_the_talks_to_come_not_of_others() -> None:
    text = (
        "Chile and Peru to meet\n\n"
        "Chilean and Peruvian delegations are due to meet in Quito on Friday for their first direct talks since "
        "2022.\n\n"
        "Ecuador is hosting the talks at the Carondelet Palace, and Foreign Minister Luis Mora will open the "
        "session.\n"
    )
    [meeting] = article_meetings(text, date(2025, 5, 15))
    assert (meeting.location, meeting.venue, meeting.start, meeting.status) == (
        "Quito",
        "Carondelet Palace",
        date(2025, 5, 16),
        "planned",
    )


def test_the_two_countries_are_the_pair_the_sentence_before_joins() -> None:
    text = (
        "Ecuador's foreign minister, Ivan Soto, met President Ana Lind of Chile and President Jorge Paz of Peru in "
        "Quito on Monday. He said Ecuador stands ready to support Chile and Peru in reaching an agreement. He noted "
        "that the foreign ministers of the two countries would meet in Lima later this month.\n"
    )
    meetings = article_meetings(text, date(2026, 2, 16))
    assert [sorted(m.parties) for m in meetings if m.location == "Lima"] == [["Chile", "Peru"]]


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the two presidents could follow in Lima.",
        "Officials say a meeting of the border commanders may follow later this month, possibly in Lima.",
    ],
)
def test_a_meeting_that_could_follow_is_still_to_come(text: str) -> None:
    [meeting] = meetings_of(text)
    assert (meeting.location, meeting.status) == ("Lima", "planned")


def test_talks_planned_for_a_month_gone_by_and_postponed_are_of_that_month_and_still_to_come() -> None:
    text = "Chile and Peru met in Lima on Wednesday. Talks planned for early October in Quito were postponed."
    meetings = article_meetings(text, date(2022, 11, 2))
    assert [(m.status, m.day) for m in meetings if m.location == "Quito"] == [("planned", "2022-10")]


@pytest.mark.parametrize(
    ("told", "kept"),
    [
        ("Luis Mora said the two sides would meet again in late January.", True),
        ("The two sides will meet again in March.", True),
        ("Luis Mora said the two sides could meet again in March.", False),  # only a possibility
    ],
)
def test_a_follow_up_settled_for_a_month_is_a_meeting_to_come_even_unplaced(told: str, kept: bool) -> None:
    meetings = article_meetings(f"Peru and Chile held talks in Lima on Monday. {told}", date(2026, 2, 18))
    planned = [m for m in meetings if m.status == "planned"]
    assert [(m.location, set(m.parties)) for m in planned] == ([(None, {"Peru", "Chile"})] if kept else [])


def test_meeting_again_days_after_the_story_s_talks_is_where_they_are() -> None:
    text = (
        "Rivals open talks\n\n"  # no dateline to place the talks to come
        "Delegations of Chile and Peru sat down together in Quito on Saturday, opening talks on their border.\n\n"
        "Negotiators are expected to meet again on Monday to agree on an agenda, an official said.\n"
    )
    found = article_meetings(text, date(2020, 9, 12))
    assert [(m.location, m.start, m.status) for m in found] == [
        ("Quito", date(2020, 9, 12), "held"),
        ("Quito", date(2020, 9, 14), "planned"),
    ]
    later = text.replace("on Monday", "in December")
    assert [m.location for m in article_meetings(later, date(2020, 9, 12)) if m.status == "planned"] == [None]


def test_an_unnumbered_earlier_round_of_the_talks_has_their_brokers() -> None:
    text = (
        "Rivals agree on swap\n\n"
        "GENEVA, March 20 -- Chile and Peru agreed on Monday to swap 900 prisoners after ten days of talks in Geneva "
        "sponsored by the United Nations.\n\n"
        "A previous round of talks in Switzerland, in September 2020, led to the release of 1,000 detainees.\n"
    )
    found = article_meetings(text, date(2023, 3, 20))
    assert [(m.start is not None, m.mediators) for m in found] == [
        (True, ("United Nations",)),
        (False, ("United Nations",)),
    ]


def test_a_next_meeting_whose_place_is_suggested_is_to_come_a_suggested_meeting_is_not() -> None:
    met = "The presidents of Chile and Peru met in Lima on Friday. "
    found = meetings_of(
        met + "Peru's president suggested their next meeting could be in Quito.", published=date(2025, 8, 16)
    )
    assert [(m.location, m.status) for m in found] == [("Lima", "held"), ("Quito", "planned")]
    offered = meetings_of(met + "Peru's president suggested a meeting in Quito.", published=date(2025, 8, 16))
    assert [m.location for m in offered] == ["Lima"]  # only proposed


def test_a_meeting_again_in_a_city_where_talks_were_held_last_year_is_to_come() -> None:
    found = meetings_of(
        "The Norwegian envoy said the two sides would meet again in Quito, where the talks were held last year.",
        published=date(2024, 10, 17),
    )
    assert sorted(m.status for m in found if m.location == "Quito") == ["held", "planned"]
