"""Meetings an article mentions in passing: rounds counted and then numbered, months named without their year,
towns given with their kind, rounds of talks named after a city, and state organs as hosts. Sentences written
for each pattern."""

from __future__ import annotations

from datetime import date
from functools import partial

from kg.extract import meetings
from kg.extract.dates import month_in
from kg.extract.nlp import load_pipeline
from kg.model import Meeting
from tests.conftest import analyse, article_meetings, meetings_of

_meetings = partial(meetings_of, published=date(2024, 9, 20))


def test_rounds_counted_then_numbered_in_the_next_sentence_are_meetings_of_the_counted_sides() -> None:
    found = _meetings(
        "Chile, Peru and Bolivia held three rounds this year. The first took place in Lima on March 4-5, the "
        "second in La Paz on May 12-13, and the third in Lima again from July 8 to 9."
    )
    rounds = {m.round: m for m in found}
    assert {r: (m.location, m.start, m.end) for r, m in rounds.items() if r} == {
        1: ("Lima", date(2024, 3, 4), date(2024, 3, 5)),
        2: ("La Paz", date(2024, 5, 12), date(2024, 5, 13)),
        3: ("Lima", date(2024, 7, 8), date(2024, 7, 9)),
    }
    assert all(set(rounds[r].parties) == {"Chile", "Peru", "Bolivia"} for r in (1, 2, 3))


def test_an_ordinal_after_a_sentence_that_counts_nothing_is_no_round() -> None:
    found = _meetings("Chile and Peru disagreed on many things. The first was fishing rights in Lima on March 4.")
    assert all(m.round is None for m in found)


def test_the_sides_of_a_counted_round_of_talks_are_the_subject_of_holding_them() -> None:
    [meeting] = _meetings("Chile and Peru held four rounds of talks in Lima in August.")
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_months_without_a_year_keep_meetings_of_different_months_apart() -> None:
    found = _meetings(
        "In February this year, the two prime ministers of Chile and Peru accepted a plan at a meeting in Lima. "
        "A session planned for October in Lima is still on the calendar, officials said."
    )
    assert [(m.location, m.status) for m in found] == [("Lima", "held"), ("Lima", "planned")]


def test_a_month_without_its_year_is_read_against_the_article_date() -> None:
    september = date(2024, 9, 20)
    assert month_in("in February this year", september, future=False) == (2024, 2)
    assert month_in("last month", september, future=False) == (2024, 8)
    assert month_in("next month", date(2024, 12, 3), future=True) == (2025, 1)
    assert month_in("October", september, future=True) == (2024, 10)
    assert month_in("in October", september, future=False) == (2023, 10)
    assert month_in("in March", september, future=False) == (2024, 3)
    assert month_in("in March 2019", september, future=False) is None  # a month with its year is month_of's


def test_a_town_given_with_its_kind_places_talks_whatever_the_tagger_made_of_the_name() -> None:
    [meeting] = _meetings(
        "A month later, at talks in the Ukrainian town of Uzhhorod, Hungary and Ukraine agreed on a text."
    )
    assert (meeting.location, meeting.country) == ("Uzhhorod", "Ukraine")


def test_a_round_of_talks_named_after_a_city_is_placed_there() -> None:
    [meeting] = _meetings("The first round of the Nairobi talks opened on May 6 between Kenya and Somalia.")
    assert (meeting.location, meeting.round) == ("Nairobi", 1)


def test_a_state_organ_that_hosts_makes_its_state_the_broker() -> None:
    [meeting] = _meetings(
        "Talks in Washington between Egypt and Ethiopia, hosted by the U.S. Treasury with the World Bank as "
        "observer, ended in February 2020."
    )
    assert meeting.mediators == ("United States",)
    assert set(meeting.parties) == {"Egypt", "Ethiopia"}


def test_a_deal_after_rounds_of_talks_is_not_dated_by_an_earlier_meeting() -> None:
    found = _meetings(
        "Chile and Peru met in Lima on Thursday. In April 2013, Chile and Peru initialled a pact in Quito after "
        "ten rounds of talks chaired by Ecuador."
    )
    assert [m.start for m in found if m.location == "Quito"] == [None]


def test_a_day_given_with_last_year_is_of_the_year_before() -> None:
    [meeting] = _meetings("The foreign ministers of Chile and Peru last met in Arica on May 10-11 last year.")
    assert (meeting.start, meeting.end, meeting.status) == (date(2023, 5, 10), date(2023, 5, 11), "held")


def test_a_host_named_on_an_earlier_meeting_word_brokers_that_meeting_only() -> None:
    found = _meetings(
        "The foreign ministers of Chile and Peru began talks in Lima on Monday. They last met in Arica, at talks "
        "hosted by the Bolivian government, in May 2023."
    )
    by_city = {m.location: m.mediators for m in found}
    assert by_city == {"Lima": (), "Arica": ("Bolivia",)}


def test_a_pronoun_subject_of_meeting_someone_gives_the_side_of_the_person_it_stands_for() -> None:
    found = _meetings(
        "Bolivia and Peru held talks in Lima on Monday. Chilean Foreign Minister Ana Soto will travel to Lima on "
        "Tuesday, a diplomat said. She met Peruvian Foreign Minister Luis Vega in Quito last week."
    )
    quito = next(m for m in found if m.location == "Quito")
    assert set(quito.parties) == {"Chile", "Peru"}


def test_a_summit_elsewhere_does_not_take_the_brokers_of_the_story_s_talks() -> None:
    found = _meetings(
        "Chile and Peru held talks in Quito on Monday, hosted by Ecuador. The presidents of Chile and Peru will "
        "meet at a summit in Brasilia next month."
    )
    by_city = {m.location: m.mediators for m in found}
    assert by_city["Quito"] == ("Ecuador",) and by_city["Brasília"] == ()


def test_guarantors_of_talks_broker_them() -> None:
    [meeting] = _meetings(
        "Peru and the Shining Path began talks in Quito on Monday. The talks, which are being guaranteed by "
        "Ecuador, Chile and Sweden, aim to end decades of conflict."
    )
    assert set(meeting.mediators) == {"Ecuador", "Chile", "Sweden"}
    assert "Peru" in meeting.parties


def test_parties_cast_as_mediators_broker_and_observers_are_no_side() -> None:
    [meeting] = _meetings(
        "Envoys of Chile and Bolivia met in Geneva on Thursday. The talks also bring together Peru and Ecuador as "
        "mediators and the United States and Brazil as observers."
    )
    assert set(meeting.parties) == {"Chile", "Bolivia"}
    assert set(meeting.mediators) == {"Peru", "Ecuador"}


def test_a_breakaway_region_is_a_side() -> None:
    [meeting] = _meetings(
        "Representatives of Georgia and the breakaway region of Abkhazia sat down with mediators in Geneva on Thursday."
    )
    assert set(meeting.parties) == {"Georgia", "Abkhazia"}


def test_a_round_expected_to_take_place_in_a_country_in_a_year_is_planned_there() -> None:
    found = _meetings(
        "Chile and Peru opened talks in Lima on Monday. The next round is expected to take place in Ecuador in "
        "early 2025, the delegations said."
    )
    ecuador = next(m for m in found if m.country == "Ecuador")
    assert (ecuador.location, ecuador.status) == (None, "planned")


def test_talks_moved_to_another_city_are_two_meetings() -> None:
    found = _meetings(
        "Previous talks between Peru and the Shining Path began in Ecuador in 2017 and were later moved to Havana, "
        "but were suspended after a bombing in Lima."
    )
    assert {(m.location, m.country) for m in found} == {(None, "Ecuador"), ("Havana", "Cuba")}


def test_every_name_of_a_hyphened_chain_of_three_is_a_side() -> None:
    [meeting] = _meetings("The ministers attended the fifth Chile-Peru-Bolivia ministers' meeting in Lima on Monday.")
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia"}


def test_the_host_of_a_trilateral_meeting_counting_three_sides_is_the_third_side() -> None:
    found = _meetings(
        "Chile and Peru held talks in Lima on Monday. The previous trilateral meeting was held in La Paz in "
        "November 2023, Bolivia said."
    )
    la_paz = next(m for m in found if m.location == "La Paz")
    assert set(la_paz.parties) == {"Chile", "Peru", "Bolivia"} and la_paz.mediators == ()


def test_a_headline_infinitive_is_a_meeting_to_come() -> None:
    [meeting] = _meetings("Chile, Peru to hold fourth round of talks in Lima on Sunday")
    assert (meeting.status, meeting.start, meeting.round) == ("planned", date(2024, 9, 22), 4)
    # a live blog's entry heading with a titled subject
    [joined] = _meetings("Chilean envoy to join talks in Lima on Sunday")
    assert (joined.status, joined.start) == ("planned", date(2024, 9, 22))


def test_a_list_of_cities_each_with_its_date_is_that_many_meetings() -> None:
    found = _meetings(
        "Chile and Peru held three rounds in August: in Lima on Aug. 2, in Quito on Aug. 9 and again in Lima on "
        "Aug. 16, with Ecuador's foreign minister shuttling between the delegations."
    )
    assert sorted((m.start, m.location) for m in found) == [
        (date(2024, 8, 2), "Lima"),
        (date(2024, 8, 9), "Quito"),
        (date(2024, 8, 16), "Lima"),
    ]


def test_the_dateline_city_does_not_place_a_meeting_of_another_year_s_month() -> None:
    doc, ctx = analyse(
        "Chile and Peru held talks in Lima on Monday. Their leaders last held formal talks at a summit that "
        "Chile hosted, in October 2019.",
        published=date(2024, 10, 23),
        dateline_place="Lima",
    )
    found = [f.fact for f in meetings.extract(doc, ctx) if isinstance(f.fact, Meeting)]
    assert [m.location for m in found if m.day == "2019-10"] in ([], [None])


def test_last_week_is_held_and_there_points_to_the_place_named_before() -> None:
    found = _meetings(
        "Delegations from Chile and Peru met in Arica last week, and a second meeting is planned there next week, "
        "officials said."
    )
    assert sorted((m.location, m.status) for m in found) == [("Arica", "held"), ("Arica", "planned")]


def test_a_visit_to_a_city_is_a_meeting_there() -> None:
    found = _meetings("The two leaders have not met publicly since a visit by the Chilean president to Lima in 2023.")
    assert [m.location for m in found] == ["Lima"]


def test_a_city_named_on_the_meeting_word_is_its_place_not_a_side() -> None:
    [meeting] = _meetings("Chilean and Peruvian leaders trade blame after Brussels talks fail")
    assert meeting.location == "Brussels" and "European Union" not in meeting.parties


def test_a_small_town_given_with_its_state_s_adjective_takes_that_state() -> None:
    [meeting] = _meetings(
        "Chile and Peru last exchanged prisoners in October 2020, after talks in the Swiss town of Glion."
    )
    assert (meeting.location, meeting.country) == ("Glion", "Switzerland")


def test_a_text_signed_in_the_presence_of_leaders_named_after_a_city_is_a_meeting_they_broker() -> None:
    found = _meetings(
        "The ministers of Chile and Peru discussed the Quito Peace Accord signed on 26 October 2023 in the presence "
        "of the presidents of Ecuador and Brazil."
    )
    quito = next(m for m in found if m.location == "Quito")
    assert quito.start == date(2023, 10, 26) and set(quito.mediators) == {"Ecuador", "Brazil"}


def test_earlier_rounds_listed_with_their_months_are_meetings_of_their_own() -> None:
    found = _meetings(
        "Chile and Peru met in Quito on Monday, after earlier rounds in Lima in May and in Arica in June."
    )
    assert {m.location for m in found} >= {"Quito", "Lima", "Arica"}
    assert {m.location: m.day for m in found if m.location in {"Lima", "Arica"}} == {
        "Lima": "2024-05",
        "Arica": "2024-06",
    }


def test_talks_that_will_focus_on_something_are_not_talks_to_come() -> None:
    [meeting] = _meetings(
        "Chile and Peru resumed talks in Arica on Sunday. The talks, co-hosted by Ecuador and Brazil, will focus on "
        "fishing rights."
    )
    assert meeting.status == "held" and set(meeting.mediators) == {"Ecuador", "Brazil"}


def test_a_timeline_entry_s_own_year_dates_its_meeting() -> None:
    found = _meetings(
        "Timeline of the talks\n\nOct. 6, 2022 - The two leaders of Chile and Peru meet in Lima on the sidelines of "
        "a summit.\n\nMay 14, 2023 - Chile and Peru hold talks in Quito hosted by Ecuador."
    )
    assert sorted((m.location, m.start) for m in found) == [("Lima", date(2022, 10, 6)), ("Quito", date(2023, 5, 14))]


def test_a_first_meeting_since_something_happened_is_no_round_one() -> None:
    [meeting] = _meetings(
        "The leaders of Chile and Peru met in Arica on Thursday. It was the first meeting between the two since "
        "Ana Soto won the Chilean election in October."
    )
    assert meeting.round is None


def test_agreeing_in_a_city_after_another_verb_of_the_same_subject_is_a_meeting_there() -> None:
    found = _meetings(
        "Chile and Peru met in Lima on Sept. 12. In March, they accepted a regional plan in Lima and agreed "
        "on an annex to it a month later in Quito."
    )
    assert {m.location for m in found} == {"Lima", "Quito"}
    # "what was agreed in Quito" has a subject of its own: no meeting of theirs
    passive = _meetings(
        "Chile and Peru met in Lima on Sept. 12 to carry out what they signed and what was agreed in Quito."
    )
    assert {m.location for m in passive} == {"Lima"}


def test_rounds_held_in_a_list_of_cities_are_one_meeting_in_each() -> None:
    found = _meetings(
        "Chile and Peru met in Lima on Sept. 12. Three technical rounds were held before that, in Quito, Bogota "
        "and La Paz."
    )
    assert sorted(m.location for m in found) == ["Bogotá", "La Paz", "Lima", "Quito"]
    assert all(set(m.parties) == {"Chile", "Peru"} for m in found)
    # cities offered as alternatives are no meetings of their own
    hoped = _meetings("Chile and Peru met in Lima on Sept. 12 and hope to meet again in Quito or Bogota.")
    assert "Bogotá" not in {m.location for m in hoped}


def test_an_initialled_text_and_the_part_of_a_deal_reached_somewhere_are_meetings_there() -> None:
    found = _meetings(
        "Chile and Peru initialled the text of the accord on May 14 in Quito. Their negotiators had reached the "
        "terms of a deal in Lima on April 2."
    )
    assert sorted((m.location, m.start) for m in found) == [
        ("Lima", date(2024, 4, 2)),
        ("Quito", date(2024, 5, 14)),
    ]


def test_a_signing_closing_talks_is_the_end_of_those_talks() -> None:
    [meeting] = _meetings(
        "Chile and Peru initialled an accord on Tuesday in Quito, closing talks that opened on Sept. 2.",
        published=date(2024, 9, 20),
    )
    assert (meeting.location, meeting.start, meeting.end) == ("Quito", date(2024, 9, 2), date(2024, 9, 17))


def test_the_three_countries_that_meet_are_three_sides() -> None:
    text = (
        "Chile, Peru and Bolivia have argued over the river for years, and Brazil has offered to help. "
        "Chile and Peru traded accusations on Monday, and Bolivia stayed silent. "
        "Foreign ministers of the three countries met in Quito on Sept. 12."
    )
    [meeting] = [m for m in _meetings(text) if m.location == "Quito"]
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia"}


def test_a_declaration_of_principles_signed_in_a_city_is_a_meeting_there() -> None:
    [meeting] = _meetings("March 23, 2015 - Chile and Peru sign a declaration of principles in Quito.")
    assert (meeting.location, meeting.start) == ("Quito", date(2015, 3, 23))


def test_rounds_in_one_place_on_dates_joined_by_and_are_that_many_meetings() -> None:
    from datetime import date

    from tests.conftest import meetings_of

    found = meetings_of(
        "Bolivia hosted talks between Chile and Peru in La Paz on Wednesday. Two earlier rounds, held in La Paz "
        "in July and August, ended without a breakthrough.",
        date(2024, 12, 12),
    )
    assert [(m.location, m.start) for m in found] == [
        ("La Paz", date(2024, 12, 11)),
        ("La Paz", None),
        ("La Paz", None),
    ]
    talks = meetings_of("Chile and Peru held talks in La Paz in July and August.", date(2024, 12, 12))
    assert len(talks) == 1


def test_the_first_two_rounds_listed_with_their_places_are_rounds_one_and_two() -> None:
    found = meetings_of(
        "Chile and Peru ended a third round of talks in Lima on Saturday. The first two rounds were held in Lima "
        "on April 12 and in Quito on April 19.",
        published=date(2025, 4, 26),
    )
    assert sorted((m.round, m.location, m.start) for m in found) == [
        (1, "Lima", date(2025, 4, 12)),
        (2, "Quito", date(2025, 4, 19)),
        (3, "Lima", date(2025, 4, 26)),
    ]


def test_where_after_a_date_that_follows_a_town_points_to_the_town() -> None:
    found = meetings_of(
        "Chile and Peru held talks in Lima on Monday. Bolivia hosted a conference in Sucre in November 2018, "
        "where the two leaders met briefly.",
        published=date(2020, 1, 20),
    )
    assert {m.location for m in found} == {"Lima", "Sucre"}
    [lima] = [m for m in found if m.location == "Lima"]
    assert "Bolivia" not in lima.mediators


def test_occasions_listed_with_each_date_before_its_city() -> None:
    found = meetings_of(
        "Chile's president and Peru's president met in Lima on Thursday. The two leaders met twice earlier this "
        "year, in February in Quito and in March in Cusco.",
        published=date(2023, 9, 15),
    )
    assert sorted((m.location, m.day or str(m.start)) for m in found) == [
        ("Cusco", "2023-03"),
        ("Lima", "2023-09-14"),
        ("Quito", "2023-02"),
    ]


def test_a_planned_second_round_elsewhere_keeps_the_talks_brokers() -> None:
    found = meetings_of(
        "Chile and Peru agreed to a ceasefire after talks in Quito mediated by Ecuador and Brazil on Sunday. A "
        "second round of talks will be held in Lima on Oct. 25, Ecuador said.",
        published=date(2025, 10, 19),
    )
    [second] = [m for m in found if m.round == 2]
    assert (second.location, second.status, set(second.mediators)) == ("Lima", "planned", {"Ecuador", "Brazil"})


def test_the_two_presidents_who_last_met_in_one_s_country_are_the_story_s_two_sides() -> None:
    found = meetings_of(
        "Chile's president Ana Quispe and Peru's president Tomas Riquelme agreed on Thursday to hold a summit in "
        "Quito. Ecuador's foreign minister said Ecuador was ready to host the meeting. The two presidents last met "
        "in Cusco in August.",
        published=date(2025, 10, 16),
    )
    [cusco] = [m for m in found if m.location == "Cusco"]
    assert (set(cusco.parties), cusco.mediators) == ({"Chile", "Peru"}, ())


def test_the_first_of_a_meeting_counted_second_and_the_next_round_have_all_three_sides() -> None:
    found = meetings_of(
        "Chile, Peru and Bolivia resumed talks in Lima on Sunday. The two-day meeting in Lima, which ended on "
        "Monday, was the second since the leaders of Chile and Peru agreed in July to finalise a deal. The first "
        "was held in Quito on June 27-28. The next round is scheduled to take place in Quito in September.",
        published=date(2023, 8, 28),
    )
    assert sorted((m.location, m.status, m.start) for m in found if m.location == "Quito") == [
        ("Quito", "held", date(2023, 6, 27)),
        ("Quito", "planned", None),
    ]
    assert all(set(m.parties) == {"Chile", "Peru", "Bolivia"} for m in found)


def test_hosts_of_talks_in_earlier_years_do_not_broker_the_talks_of_now() -> None:
    found = _meetings(
        "Chile and Peru agreed on Friday to restore ties after four days of talks in Quito hosted by Ecuador. "
        "Brazil and Uruguay hosted several rounds of talks between the two neighbours in 2021 and 2022. "
        "Montevideo hosted three rounds, the last in April 2022."
    )
    by_place = {m.location: m for m in found}
    assert by_place["Quito"].mediators == ("Ecuador",)
    assert by_place["Montevideo"].mediators == ("Uruguay",)


def test_years_and_the_one_round_an_apposition_singles_out_date_a_meeting() -> None:
    from kg.extract.dates import year_of

    assert year_of("2021 and 2022") == 2021 and year_of("2019-2020") == 2019 and year_of("May 2021") is None
    found = _meetings("Chile and Peru held three rounds in Lima, the last on April 4, 2022. Ties were restored.")
    assert [(m.location, m.start) for m in found] == [("Lima", date(2022, 4, 4))]


def test_a_group_that_met_for_years_is_no_meeting_of_the_story() -> None:
    [meeting] = _meetings(
        "Chile and Peru signed a deal in Lima on Monday. The Andean Group, co-chaired by Brazil and Mexico, met for "
        "years without result."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ())


def test_talks_a_clause_restates_after_a_placed_meeting_are_that_meeting() -> None:
    found = _meetings(
        "Chile and Peru signed a deal in Lima on Monday. The two leaders last met in Quito in July, talks that "
        "Brazil hosted."
    )
    assert {m.location: m.mediators for m in found} == {"Lima": (), "Quito": ("Brazil",)}


def test_a_timeline_entry_s_second_sentence_joins_the_meeting_of_its_day() -> None:
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    text = (
        "LIMA, Sept 20 (Reuters) - Here are key events in the talks between Chile and Peru:\n\n"
        "* Oct 18, 2012 - Formal negotiations open in Quito. Ecuadorian Foreign Minister Ana Ruiz hosts the opening "
        "session.\n\n"
        "* Nov 19, 2012 - Talks move to La Paz.\n"
    )
    facts = extract_article(Article("t", text, published=date(2024, 9, 20)))
    found = [e.fact for e in facts.meetings]
    assert sorted((m.location, m.start, m.mediators) for m in found if m.start) == [
        ("La Paz", date(2012, 11, 19), ()),
        ("Quito", date(2012, 10, 18), ("Ecuador",)),
    ]


def test_a_chain_of_names_opening_on_an_abbreviation_seats_every_state() -> None:
    [meeting] = meetings_of("The U.S.-Japan-Philippines maritime dialogue was held in Washington on Tuesday.")
    assert set(meeting.parties) == {"United States", "Japan", "Philippines"}


def test_a_host_whose_state_the_meeting_s_name_chains_with_its_guests_is_a_side() -> None:
    [meeting] = meetings_of(
        "Deputy Secretary of State Ann Wells hosted Philippine Undersecretary Rosa Cruz and Japanese Deputy Foreign "
        "Minister Kenji Sato in Washington on Tuesday for the second U.S.-Japan-Philippines Maritime Dialogue."
    )
    assert set(meeting.parties) == {"United States", "Japan", "Philippines"}
    assert meeting.mediators == ()


def test_talks_of_known_days_placed_only_by_their_host_are_a_meeting_in_the_city_the_sentence_before_names() -> None:
    found = article_meetings(
        "Explainer: how Chile and Peru made up\n\n"
        "Ecuador hosted the first rounds of talks between the two neighbours in Quito in 2021.\n\n"
        "The breakthrough came not in Quito but in Brasilia. On March 10, 2023, Chile and Peru announced after four "
        "days of talks hosted by Brazil that they would restore diplomatic relations.",
        date(2023, 3, 15),
    )
    later = next(m for m in found if "Brazil" in m.mediators)
    assert (later.location, later.start, later.end) == ("Brasília", date(2023, 3, 7), date(2023, 3, 10))
    earlier = next(m for m in found if m.location == "Quito")
    assert earlier.mediators == ("Ecuador",)


def test_each_of_two_listed_places_keeps_the_broker_named_with_it() -> None:
    washington, almaty = meetings_of(
        "Earlier rounds between Chile and Peru were held in Washington in 2023 under U.S. mediation and in Almaty in "
        "May 2024 under Kazakh auspices.",
        date(2025, 7, 11),
    )
    assert (washington.location, washington.mediators) == ("Washington", ("United States",))
    assert (almaty.location, almaty.mediators) == ("Almaty", ("Kazakhstan",))


def test_a_city_s_name_in_a_lake_s_name_does_not_place_a_meeting_there() -> None:
    (meeting,) = article_meetings(
        "LUGANO, Switzerland (Wire) — Chile and Peru opened talks on Wednesday on the shores of Lake Geneva, their "
        "first in three years.",
        date(2014, 1, 22),
    )
    assert meeting.location == "Lugano"
    (hotel,) = meetings_of("Chile and Peru held talks at a hotel on Lake Geneva on Monday.", date(2014, 1, 22))
    assert hotel.location is None


def test_the_place_of_a_process_run_in_parallel_is_no_meeting_of_the_story() -> None:
    found = meetings_of(
        "Chile and Peru ended five days of talks in Quito on Thursday. The talks were held in parallel with U.N.-led "
        "efforts in Geneva to revive a political process.",
        date(2020, 9, 10),
    )
    assert [m.location for m in found] == ["Quito"]


def test_a_place_after_a_coordinated_preposition_places_the_talks_told_beside_it() -> None:
    found = _meetings(
        "The two leaders have met three times before: in Lima in June 2022, in Santiago in March 2023, and in "
        "Brasilia last November, at talks hosted by Brazil's president."
    )
    assert sorted(str(m.location) for m in found) == ["Brasília", "Lima", "Santiago"]
    assert all(m.location == "Brasília" for m in found if "Brazil" in m.mediators)


def test_rounds_counted_in_a_state_with_no_city_are_a_meeting_there() -> None:
    found = _meetings(
        "Chile and Peru held talks in Quito on Tuesday. The two countries held three rounds of talks in Bolivia in "
        "the first weeks of the war."
    )
    assert {(m.location, m.country) for m in found} == {("Quito", "Ecuador"), (None, "Bolivia")}
    several = _meetings("Chilean and Peruvian officials have held several rounds of talks in Bolivia since 2021.")
    assert [(m.location, m.country, set(m.parties)) for m in several] == [(None, "Bolivia", {"Chile", "Peru"})]


def test_one_meeting_in_a_state_with_no_city_nor_time_is_too_vague_to_keep() -> None:
    found = _meetings("Chile and Peru held talks in Quito on Tuesday. Officials of the two held a meeting in Bolivia.")
    assert [m.location for m in found] == ["Quito"]


def test_a_meeting_on_the_sidelines_of_a_placed_summit_is_held_in_its_city() -> None:
    found = article_meetings(
        "QUITO, Ecuador — The foreign ministers of Chile and Peru wrapped up two days of talks in Quito on "
        "Saturday.\n\n"
        "The talks followed a meeting between Chilean President Ana Lind and Peruvian President Jorge Paz on the "
        "sidelines of a summit in Madrid last year.",
        date(2024, 5, 11),
    )
    assert sorted((m.location, m.start is None) for m in found) == [("Madrid", True), ("Quito", False)]


def test_the_side_that_reports_its_talks_with_others_is_a_side_of_them() -> None:
    [meeting] = article_meetings(
        "The foreign ministry of Peru said on Tuesday that the latest round of negotiations with Chile and Bolivia "
        "in Quito had failed.",
        date(2023, 12, 20),
    )
    assert set(meeting.parties) == {"Peru", "Chile", "Bolivia"} and meeting.mediators == ()


def test_the_host_that_reports_talks_with_two_others_at_home_is_no_side_of_them() -> None:
    [meeting] = article_meetings("Ecuador said the talks with Chile and Peru in Quito had made progress.", None)
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_round_a_lead_reports_as_over_is_neither_in_the_dateline_city_nor_on_the_day_of_saying() -> None:
    found = article_meetings(
        "LIMA, Dec. 20 — Peru said on Tuesday that the latest round of negotiations with Chile and Bolivia over the "
        "river had ended in failure.\n\nWater ministers from the three countries met in Quito on Sunday and Monday.",
        date(2023, 12, 20),
    )
    assert [(m.location, str(m.start), str(m.end)) for m in found] == [("Quito", "2023-12-17", "2023-12-18")]


def test_talks_an_explainer_s_lead_tells_how_they_unfolded_are_not_in_the_dateline_city() -> None:
    found = article_meetings(
        "LIMA, Dec. 20 — Peru said on Tuesday that its dispute with Chile was far from settled. Here is how the "
        "talks have unfolded.\n\nThe two sides met in Quito in August and in Santiago in October.",
        date(2023, 12, 20),
    )
    assert sorted(m.location or "" for m in found) == ["Quito", "Santiago"]


def test_a_deal_signed_months_before_a_lead_s_present_perfect_is_not_dated_on_the_article_s_day() -> None:
    [meeting] = article_meetings(
        "Three months after Chile and the ELN rebels signed a declaration of principles in Quito, the "
        "Ecuadorian-mediated talks have stalled over prisoner releases.",
        date(2025, 10, 20),
    )
    assert (meeting.location, meeting.start) == ("Quito", None)


def test_a_named_square_a_city_owns_is_in_that_city() -> None:
    [meeting] = meetings_of(
        "President Ana Lind of Chile and Peru's President Jorge Paz signed the accord in Lima's Plaza Mayor on Tuesday."
    )
    assert (meeting.location, meeting.country) == ("Lima", "Peru")


def test_a_thing_a_city_names_by_its_possessive_places_nothing_there() -> None:
    found = meetings_of("Chile and Peru held talks in Quito on Lima's border plan on Tuesday.")
    assert [m.location for m in found] == ["Quito"]


def test_talks_a_relative_clause_opens_in_one_city_and_that_moved_to_another_are_two_meetings() -> None:
    found = meetings_of(
        "Talks between Chile and Peru, which began in Lima on Monday, moved to Quito on Wednesday.",
        published=date(2025, 3, 13),
    )
    assert [(m.location, m.start) for m in found] == [("Lima", date(2025, 3, 10)), ("Quito", date(2025, 3, 12))]


def test_the_place_set_off_after_a_meeting_of_the_two_is_its_place() -> None:
    [meeting] = meetings_of(
        "The last meeting of the two, in Tacna, Peru, on 18 March, ended with a verbal agreement.",
        published=date(2023, 6, 12),
    )
    assert (meeting.location, meeting.start) == ("Tacna", date(2023, 3, 18))


def test_they_who_met_someone_are_the_sides_of_the_talks_before_with_that_one_s_side() -> None:
    found = article_meetings(
        "Positions remain divergent, ministry says\n\n"
        "Four-day U.S.-hosted negotiations between Chilean Foreign Minister Ana Soto and her Peruvian counterpart "
        "Luis Prado ended on Thursday, with the parties agreeing to continue the discussions, the Chilean Foreign "
        "Ministry said.\n\n"
        "The talks were held at a training centre in Arlington. While in Washington they met with U.S. Secretary of "
        "State Jorge Paz.\n",
        date(2023, 5, 4),
    )
    [washington] = [m for m in found if m.location == "Washington"]
    assert set(washington.parties) == {"Chile", "Peru", "United States"}


def test_a_relative_clause_of_holding_hung_on_the_side_after_the_talks_is_the_talks_clause() -> None:
    text = "Chile said its talks with Peru, which were held in Quito and mediated by Norway, had concluded."
    held = next(t for t in load_pipeline()(text) if t.text == "held")
    assert held.head.text == "talks"
    [meeting] = meetings_of(text, published=date(2019, 7, 18))
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Quito", {"Chile", "Peru"}, ("Norway",))
