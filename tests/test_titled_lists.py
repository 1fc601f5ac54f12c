"""Lists of titled people the parser splits: a name in apposition to its title, the last name of a "by" list hung on
the verb, a state sending someone "as an observer", a state named after a title's portfolio, and delegations of a
state the model read as one name with their plural noun."""

from __future__ import annotations

from datetime import date

from kg.extract.meetings.climbing import climb
from kg.extract.meetings.stand_ins import stands_for
from tests.conftest import actors_of, analyse, article_meetings, meetings_of

LEAD = (
    "Leaders pledge calm at border\n\n"
    "LIMA, March 9 (Wire) - Bolivia's President Ana Quispe and Chile's President Gabriel Rojas agreed on Monday not "
    "to threaten or use force against each other, after a face-to-face meeting at the border.\n\n"
)


def test_the_second_of_two_titled_leaders_climbs_to_the_subject_when_the_first_name_hangs_on_its_title() -> None:
    doc, _ = analyse(LEAD.split(" - ", 1)[1])
    second = next(t for t in doc if t.text == "Rojas")
    assert second.head.text == "Quispe" and second.head.dep_ == "appos"  # the parse this rule answers
    assert (climb(second).text, climb(second).dep_) == ("President", "nsubj")
    assert climb(next(t for t in doc if t.text == "Monday")).text == "Monday"  # a word of no list stays put


def test_the_last_broker_of_a_by_list_the_parser_hung_on_the_verb_brokers_too() -> None:
    text = LEAD + (
        "The meeting at the airport was brokered by Grenada's Prime Minister Dickon Mark, the current chair of the "
        "Organisation of Eastern Caribbean States (OECS), and Jamaica's Prime Minister Andrew Holt, chairman of the "
        "Caribbean Community.\n"
    )
    [meeting] = article_meetings(text, date(2026, 3, 10))
    assert set(meeting.mediators) == {"Grenada", "Jamaica"}
    assert set(meeting.parties) == {"Bolivia", "Chile"}


def test_a_state_that_sent_its_minister_as_an_observer_is_no_side() -> None:
    text = LEAD + "Argentina sent its foreign minister, Julia Paz, as an observer. Argentina wants calm, Paz said.\n"
    [meeting] = article_meetings(text, date(2026, 3, 10))
    assert set(meeting.parties) == {"Bolivia", "Chile"}
    sent = LEAD + "Argentina sent its foreign minister, Julia Paz. Argentina wants calm, Paz said.\n"
    assert "Argentina" in article_meetings(sent, date(2026, 3, 10))[0].parties  # sent to take part: a side


def test_a_state_after_the_portfolio_of_a_title_stands_for_the_title_s_holder() -> None:
    doc, _ = analyse("The Minister for Foreign Affairs of Chile, Ana Ruiz, met today with Peru's foreign minister.")
    chile = next(t for t in doc if t.text == "Chile")
    title = stands_for(chile)
    assert title is not None and (title.i, title.dep_) == (1, "nsubj")  # the minister who met
    [meeting] = meetings_of(doc.text, published=date(2024, 12, 6))
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_delegations_of_a_state_the_model_tagged_as_one_name_after_a_headline_are_the_state_s() -> None:
    text = (
        "Sudan's rivals meet in Doha for first direct talks in a year\n\n"
        "DOHA, May 12 (Wire) - Delegations of Sudan's army and the paramilitary Rapid Support Forces met in Doha on "
        "Sunday for their first direct talks in a year, officials said.\n"
    )
    [meeting] = article_meetings(text, date(2024, 5, 12))
    assert set(meeting.parties) == {"Sudan", "Rapid Support Forces"}


def test_a_title_set_between_two_names_of_a_roster_is_the_first_name_s_when_the_second_has_its_own() -> None:
    found = actors_of(
        "The delegation included Marta Quispe, Deputy Minister of Trade, Julio Rojas, Ambassador of Chile to Peru, "
        "and Ana Vidal, a senior adviser to the Ministry of Defence."
    )
    assert found["Marta Quispe"].role == "Deputy Minister of Trade"
    assert found["Julio Rojas"].role == "Ambassador"
    assert found["Julio Rojas"].affiliation == "Chile"
    assert found["Ana Vidal"].role == "senior adviser to the Ministry of Defence"


def test_a_state_s_title_set_between_two_names_is_still_the_second_name_s() -> None:
    found = actors_of(
        "EU envoy Lena Berg, Chile's foreign minister, Julio Rojas, and Peru's trade minister, Ana Vidal, met on "
        "Monday."
    )
    assert found["Julio Rojas"].role == "foreign minister"
    assert found["Julio Rojas"].affiliation == "Chile"


def test_a_hyphen_inside_a_word_does_not_set_off_a_list_of_names() -> None:
    found = actors_of(
        "The UN-appointed mediators are the former presidents of Chile and Peru, Ana Quispe and Julio Rojas "
        "respectively."
    )
    assert (found["Ana Quispe"].affiliation, found["Julio Rojas"].affiliation) == ("Chile", "Peru")
    assert found["Julio Rojas"].role == "former president"


def test_a_capitalised_plural_title_with_its_portfolio_before_the_states_sets_names_in_their_order() -> None:
    found = actors_of(
        "Also present were the Ministers of Foreign Affairs of Chile and Peru, Marta Vidal and Julio Rojas "
        "respectively."
    )
    assert (found["Marta Vidal"].affiliation, found["Julio Rojas"].affiliation) == ("Chile", "Peru")
    assert found["Julio Rojas"].role == "Minister of Foreign Affairs"


def test_the_comma_after_the_states_opens_their_names_though_a_colon_opens_the_whole_list() -> None:
    found = actors_of(
        "The talks bring together four delegations: EU envoy Lena Berg, the foreign ministers of Chile and Peru, "
        "Marta Vidal and Julio Rojas respectively, and AU envoy Musa Bello."
    )
    assert (found["Marta Vidal"].affiliation, found["Julio Rojas"].affiliation) == ("Chile", "Peru")


def test_each_item_of_a_semicolon_list_a_colon_opens_stands_for_its_plural_noun() -> None:
    [talks] = meetings_of(
        "The UN envoy is chairing a plenary in Quito with the three guarantor powers: Chile, represented by Foreign "
        "Minister Marta Vidal; Peru, by Foreign Minister Julio Rojas; and Bolivia, by Europe minister Ana Quispe.",
        date(2025, 7, 16),
    )
    assert {"Chile", "Peru", "Bolivia"} <= set(talks.parties)


def test_a_capitalised_office_with_its_of_and_another_office_before_a_name_are_one_person_s() -> None:
    found = actors_of("Secretary of State and national security adviser Julio Rojas attended the talks.")
    assert found["Julio Rojas"].role == "Secretary of State and national security adviser"


def test_a_one_word_portfolio_between_minister_of_and_a_name_is_no_part_of_the_name() -> None:
    found = actors_of(
        "The meeting was attended by Chilean Minister of Irrigation Marta Vidal and Peruvian Minister of Water "
        "Julio Rojas."
    )
    assert (found["Marta Vidal"].role, found["Marta Vidal"].affiliation) == ("Minister of Irrigation", "Chile")
    assert (found["Julio Rojas"].role, found["Julio Rojas"].affiliation) == ("Minister of Water", "Peru")
