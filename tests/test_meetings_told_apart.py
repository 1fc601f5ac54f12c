"""Meetings told apart from the clause that names them: talks a condition asks for, a venue's city named inside it,
a committee's chair, the lead's meeting placed by the paragraph after it, a meeting in a "where" clause on the city
of other talks, and a follow-up meeting agreed on whose city a later sentence gives. Sentences written for each."""

from __future__ import annotations

from datetime import date

from tests.conftest import article_meetings, meetings_by_place, meetings_of


def test_talks_a_condition_asks_for_are_no_meeting_talks_a_condition_presupposes_are() -> None:
    found = meetings_of(
        "Chile and Peru held talks in Quito on Monday. Brazil said sanctions would return unless Peru resumes "
        "negotiations with Bolivia.",
        date(2025, 6, 18),
    )
    assert [set(m.parties) for m in found] == [{"Chile", "Peru"}]
    [meeting] = meetings_of(
        "If the talks between Chile and Peru in Quito on Monday succeed, Brazil will lift its sanctions."
    )
    assert meeting.location == "Quito"


def test_a_city_named_inside_the_venue_phrase_places_the_meeting() -> None:
    [meeting] = meetings_of(
        "Chile and Peru met on Monday at the headquarters of the United Nations mission in Quito.", date(2025, 6, 18)
    )
    assert (meeting.location, meeting.venue) == ("Quito", "headquarters of the United Nations mission")


def test_the_chair_of_the_body_whose_meeting_it_is_brokers_it() -> None:
    [meeting] = meetings_of(
        "Chile and Peru sent envoys to a meeting of their border committee on Monday. The meeting of the so-called "
        "mechanism, chaired by Brazil, took place in Quito.",
        date(2025, 6, 18),
    )
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Quito", {"Chile", "Peru"}, ("Brazil",))


def test_the_lead_s_meeting_placed_by_the_paragraph_after_it_is_not_in_the_dateline_s_city() -> None:
    [meeting] = article_meetings(
        "Envoys meet on the border\n\nLIMA, June 18 (Andes Wire) -- Chile and Peru sent civilian envoys to a meeting "
        "of their border committee for the first time on Wednesday.\n\nThe meeting, chaired by Brazil, took place "
        "at a military base in Tacna.\n",
        date(2025, 6, 18),
    )
    assert (meeting.location, meeting.start, meeting.mediators) == ("Tacna", date(2025, 6, 18), ("Brazil",))


def test_a_meeting_in_a_where_clause_on_the_city_of_other_talks_has_their_sides() -> None:
    found = meetings_of(
        "Chile and Peru signed a border deal in Lima on Friday. A separate track of talks between Bogota and the "
        "ELN, hosted by Brazil, continued in Quito, where negotiators were expected to meet again next week.",
        date(2025, 6, 18),
    )
    planned = [m for m in found if m.status == "planned"]
    assert [(m.location, set(m.parties)) for m in planned] == [("Quito", {"Colombia", "ELN"})]


def test_a_follow_up_meeting_agreed_on_takes_the_city_a_later_sentence_gives_it() -> None:
    found = meetings_of(
        "Chile and Peru agreed on Sunday to a ceasefire after talks in Quito. The two sides also agreed to hold "
        "follow-up meetings in the coming days. Chile's defence minister said the two countries would meet again in "
        "Lima on June 25.",
        date(2025, 6, 22),
    )
    planned = [m for m in found if m.status == "planned"]
    assert [(m.location, m.start) for m in planned] == [("Lima", date(2025, 6, 25))]


def test_a_first_level_region_is_in_its_state_not_a_town_of_the_same_name_abroad() -> None:
    [meeting] = meetings_of("Chilean and Peruvian envoys met in Florida on Monday.", date(2025, 6, 18))
    assert meeting.country == "United States"  # not the Cuban town of Florida


def test_a_meeting_two_sides_agreed_to_is_one_to_come() -> None:
    [meeting] = meetings_of(
        "The leaders of Chile and Peru have agreed to a face-to-face meeting in Quito, regional leaders said.",
        date(2025, 6, 18),
    )
    assert (set(meeting.parties), meeting.status) == ({"Chile", "Peru"}, "planned")
    [meeting] = meetings_of("Chile and Peru agreed to a ceasefire at a meeting in Quito on Tuesday.", date(2025, 6, 18))
    assert meeting.status == "held"  # where they agreed, not what they agreed to


def test_a_broker_s_shuttle_told_of_the_talks_it_coordinated_belongs_to_those_talks() -> None:
    found = article_meetings(
        "Chilean and Peruvian negotiators sat in separate rooms in Lima on Saturday, passing notes through an "
        "Ecuadorian envoy.\n\nThe last serious attempt, indirect talks in Quito in 2021, was coordinated by the "
        "European Union's Jorge Paz, who shuttled between the Chilean delegation at the Palacio Real and the "
        "Peruvians at a hotel across the street.",
        date(2025, 4, 16),
    )
    by_city = {m.location: m for m in found}
    assert (by_city["Lima"].venue, by_city["Lima"].mediators) == (None, ())
    assert by_city["Quito"].mediators == ("European Union",)


def test_a_meeting_named_by_its_town_that_followed_other_talks_is_a_meeting_of_its_own_with_its_hosts() -> None:
    found = meetings_of(
        "The Cuenca meeting, hosted by Ecuador's foreign minister, followed talks in Lima on Feb. 10, where Chile "
        "and Peru accepted the plan.",
        date(2026, 2, 18),
    )
    by_place = {m.location: m for m in found}
    assert set(by_place) == {"Cuenca", "Lima"}
    assert (by_place["Cuenca"].start, by_place["Cuenca"].mediators) == (None, ("Ecuador",))
    assert (by_place["Lima"].start, set(by_place["Lima"].parties)) == (date(2026, 2, 10), {"Chile", "Peru"})
    assert by_place["Lima"].mediators == ()


def test_a_town_named_before_a_meeting_word_places_it_where_the_article_names_its_state() -> None:
    [meeting] = meetings_of("The Cuenca meeting was hosted by Ecuador's foreign minister.", date(2026, 2, 18))
    assert (meeting.location, meeting.country) == ("Cuenca", "Ecuador")


def test_the_subjects_of_a_where_clause_the_parser_hangs_on_the_day_are_the_sides() -> None:
    [meeting] = meetings_of("Talks were held in Lima on Feb. 10, where Chile and Peru accepted the plan.")
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_talks_a_year_before_written_on_the_meeting_word_are_other_talks() -> None:
    text = (
        "Chile and Peru held talks in Lima on Friday.\n\n"
        "Ana Lind said the talks were a continuation of the 2022 negotiations in Lima, which collapsed after weeks.\n"
    )
    meetings = article_meetings(text, date(2025, 5, 16))
    assert [(m.location, m.start) for m in meetings] == [("Lima", date(2025, 5, 16)), ("Lima", None)]


SEPARATE_TRACK = (
    "Chile and Peru signed a deal in Lima on Friday. Separately, Ecuador is hosting talks between Bolivia and the "
    "Andean Liberation Front. Negotiators from the two sides {clause}, a source said."
)


def test_the_two_sides_meeting_again_are_the_pair_a_separate_track_names_not_the_story_s() -> None:
    text = SEPARATE_TRACK.format(clause="are expected to reconvene in Guayaquil next month")
    by_place = meetings_by_place(text)
    assert set(by_place["Guayaquil"].parties) == {"Bolivia", "Andean Liberation Front"}
    assert by_place["Guayaquil"].status == "planned"


def test_a_meeting_to_come_sharing_its_subject_with_one_held_has_the_same_sides() -> None:
    text = SEPARATE_TRACK.format(clause="met in Guayaquil last week and are expected to reconvene there next month")
    planned = [m for m in article_meetings(text, date(2026, 2, 18)) if m.status == "planned"]
    assert [set(m.parties) for m in planned] == [{"Bolivia", "Andean Liberation Front"}]


def test_a_broker_of_talks_told_separately_does_not_broker_the_story_s_meeting() -> None:
    text = SEPARATE_TRACK.format(clause="are expected to reconvene in Guayaquil next month")
    by_place = meetings_by_place(text)
    assert by_place["Lima"].mediators == ()


def test_a_meeting_a_state_alone_places_is_kept_when_its_week_is_told() -> None:
    [meeting] = meetings_of("Chile and Peru will meet in Bolivia this week.", date(2026, 2, 18))
    assert (meeting.location, meeting.country, meeting.status) == (None, "Bolivia", "planned")
    assert meetings_of("Chile and Peru will meet in Bolivia one day.", date(2026, 2, 18)) == []


def test_talks_a_meeting_to_come_is_held_for_are_that_meeting_with_their_broker() -> None:
    [meeting] = meetings_of(
        "Chile and Peru will meet in Bolivia this week to resume negotiations facilitated by Ecuador.",
        date(2026, 2, 18),
    )
    assert (meeting.status, meeting.mediators) == ("planned", ("Ecuador",))


def test_the_two_sides_named_apart_before_are_the_story_s_two_sides() -> None:
    text = (
        "Chile and Peru will meet in Bolivia this week to resume negotiations facilitated by Ecuador.\n\n"
        "Brazil has signalled it could ease sanctions on Peru if a deal is reached.\n\n"
        "Previous rounds were held in Quito, where the two sides signed a partial agreement in November 2022.\n"
    )
    by_place = meetings_by_place(text)
    assert set(by_place["Quito"].parties) == {"Chile", "Peru"}


def test_the_same_location_is_that_of_a_meeting_told_before_not_of_one_told_after_it() -> None:
    found = meetings_of(
        "Chile and Peru held the 21st round of talks in Tacna on Monday. The 20th round was held in October last "
        "year at the same location, while a meeting of the joint commission took place in Quito in late September.",
        date(2026, 2, 18),
    )
    assert {m.round: m.location for m in found} == {21: "Tacna", 20: "Tacna", None: "Quito"}


def test_a_border_post_is_a_venue() -> None:
    [meeting] = meetings_of("Chile and Peru held the 21st round of talks at the Tacna border post on Monday.")
    assert meeting.venue == "Tacna border post"


def test_the_days_of_talks_before_a_signing_are_the_signing_s_meeting() -> None:
    text = (
        "Rivals sign pact\n\n"
        "HAVANA, July 23 (Wire) -- Colombia and the ELN signed a declaration in Havana on Tuesday pledging a truce, "
        "Cuba's foreign ministry said, after three days of talks brokered by Havana.\n"
    )
    [meeting] = article_meetings(text, date(2024, 7, 23))
    assert (meeting.location, meeting.start, meeting.end) == ("Havana", date(2024, 7, 21), date(2024, 7, 23))
    earlier = text.replace("after three days of talks brokered by Havana", "months after talks in Havana collapsed")
    assert len(article_meetings(earlier, date(2024, 7, 23))) == 2  # talks of another time: an occasion of its own


def test_a_cleft_s_place_and_day_are_the_meeting_s() -> None:
    [placed] = meetings_of(
        "It was in Quito, in May 2023, that Chile's foreign minister sat down with his Peruvian counterpart.",
        published=date(2025, 1, 15),
    )
    assert (placed.location, set(placed.parties)) == ("Quito", {"Chile", "Peru"})
    [dated] = meetings_of(
        "It was on Monday that Chile's foreign minister sat down with his Peruvian counterpart in Quito.",
        published=date(2025, 1, 15),
    )
    assert dated.start == date(2025, 1, 13)


def test_a_visit_placed_by_its_own_words_that_follows_another_is_a_meeting_of_its_own_and_his_is_its_owner() -> None:
    found = meetings_by_place(
        "The European Union's envoy, Karl Berger, held talks in Santiago on Monday with Chile's president, Rosa "
        "Vidal. Vidal said he was welcome.\n\nBerger's visit to Santiago follows his visit to Lima a few days ago."
    )
    assert set(found) == {"Santiago", "Lima"}
    assert set(found["Lima"].parties) == {"European Union", "Peru"}


def test_a_meeting_word_placed_by_its_own_words_that_follows_another_is_told_with_it() -> None:
    found = meetings_by_place("The EU envoy's visit to Santiago follows his visit to Lima a few days ago.")
    assert set(found) == {"Santiago", "Lima"}
