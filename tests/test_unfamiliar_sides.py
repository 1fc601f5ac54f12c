"""Sides the gazetteer may not know, and sides written in ways the parser hides: a possessive state the model
tags as a person, a movement's full "of" name and its short forms, and the subject of "is due to" and "plans to"
clauses, each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import actors_of, analyse, article_meetings, meetings_by_place, meetings_of


def test_a_states_possessive_tagged_as_a_person_is_still_the_state() -> None:
    from kg.extract.nlp import load_pipeline
    from kg.extract.parties import find_mentions
    from kg.gazetteer import load

    doc = load_pipeline()("Sri Lanka's government and India resumed talks in Geneva on Saturday.")
    assert [m.party for m in find_mentions(doc, load())] == ["Sri Lanka", "India"]


def test_a_movements_of_name_its_acronym_and_its_head_noun_are_one_side() -> None:
    text = (
        "The government of Chile and the Liberation Falcons of Upper Maule (LFUM) resumed talks in Oslo on Monday. "
        "The Falcons said the talks were useful. The LFUM negotiator left on Tuesday."
    )
    [meeting] = meetings_of(text, published=date(2024, 3, 6))
    assert set(meeting.parties) == {"Chile", "Liberation Falcons of Upper Maule"}


def test_a_name_with_liberation_in_it_is_an_armed_movement() -> None:
    from kg.extract.framed_sides import _named_as_group
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline()("They met the Liberation Falcons of Upper Maule.")
    assert _named_as_group("Liberation Falcons of Upper Maule", doc[4]) == "armed_group"
    assert _named_as_group("Falcons of Upper Maule", doc[4]) is None


def test_the_subject_of_a_meeting_that_is_due_planned_or_expected_is_its_side() -> None:
    for text in (
        "Chile and Peru are due to resume talks in Geneva on Saturday.",
        "Chile and Peru plan to resume talks in Geneva on Saturday.",
        "Chile and Peru are expected to hold talks in Geneva on Saturday.",
        "Chile and Peru are due to meet in Geneva on Saturday.",
    ):
        [meeting] = meetings_of(text, published=date(2024, 3, 6))
        assert set(meeting.parties) == {"Chile", "Peru"}, text
        assert meeting.status == "planned", text


def test_whoever_is_due_to_convene_talks_brokers_them() -> None:
    for text in (
        "Norway's envoy Kari Holm convened the Geneva round between Chile and Peru on Monday.",
        "Norway's envoy Kari Holm is due to convene the Geneva round between Chile and Peru.",
    ):
        [meeting] = meetings_of(text, published=date(2024, 3, 6))
        assert meeting.mediators == ("Norway",), text
        assert "Norway" not in meeting.parties, text


def test_a_group_named_with_the_article_that_speaks_is_no_person() -> None:
    from tests.conftest import actors_of, statements_of

    text = (
        "The government of Chile and the Liberation Falcons of Upper Maule (LFUM) resumed talks in Oslo on Monday. "
        "The Falcons said the talks were useful."
    )
    assert not [name for name in actors_of(text) if "Falcons" in name]
    [statement] = statements_of(text)
    assert statement.speaker == "Liberation Falcons of Upper Maule"


def test_a_bracketed_acronym_names_its_organisation_wherever_it_stands() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "The Free Maule Movement (GAM) sent its leaders to Oslo. GAM leader Ana Soto said the deal was fair."
    )
    assert actors["Ana Soto"].affiliation == "Free Maule Movement"


def test_a_bracketed_acronym_after_a_known_state_s_government_names_that_state() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "The Government of the Republic of Chile (GOC) and the Free Maule Movement held talks in Oslo. The GOC panel "
        "was led by its chairman, Ana Soto."
    )
    assert actors["Ana Soto"].affiliation == "Chile"


def test_a_person_of_an_organisation_the_model_did_not_tag_apart_speaks_for_it() -> None:
    from tests.conftest import actors_of

    for text in (
        '"An agreement that rewards warlords is not peace," said Tomas Brenner of Human Rights Watch.',
        "Tomas Brenner of Human Rights Watch said the deal was weak.",
    ):
        assert actors_of(text)["Tomas Brenner"].affiliation == "Human Rights Watch", text


def test_a_clause_set_off_by_a_semicolon_before_a_reporting_verb_is_no_report() -> None:
    from tests.conftest import statements_of

    found = statements_of("Ana Soto wants a deal between two sovereign states; Luis Vega insists on a federation.")
    assert not [s for s in found if "sovereign" in s.text]


def test_a_meeting_of_a_body_two_states_name_is_a_meeting_of_the_two() -> None:
    [meeting] = meetings_of(
        "The 23rd meeting of the Chile-Peru Bilateral Consultation Mechanism (BCM) on the Pacific was held in Lima "
        "on Thursday.",
        published=date(2025, 1, 16),
    )
    assert set(meeting.parties) == {"Chile", "Peru"} and meeting.round == 23


def test_a_headline_acronym_before_the_name_spelled_out_is_that_organisation() -> None:
    text = (
        "Chile, FMLA rebels resume peace dialogue in Lima\n\n"
        "LIMA, Feb 7 (Wire) -- The Chilean government and the Frente Maule de Liberacion Andina (FMLA) resumed talks "
        "in Lima on Tuesday.\n"
    )
    from tests.conftest import article_meetings

    [meeting] = article_meetings(text, date(2024, 2, 7))
    assert set(meeting.parties) == {"Chile", "Frente Maule de Liberacion Andina"}


def test_an_organisation_spelled_out_before_a_known_acronym_in_brackets_is_the_known_party() -> None:
    from kg.extract.nlp import load_pipeline
    from kg.extract.parties import find_mentions
    from kg.gazetteer import load

    doc = load_pipeline()("Colombia and the Ejercito de Liberacion Nacional (ELN) met in Havana on Tuesday.")
    assert {m.party for m in find_mentions(doc, load())} == {"Colombia", "ELN", "Cuba"}


def test_a_speaking_body_set_beside_a_name_before_the_verb_is_the_speaker() -> None:
    from tests.conftest import statements_of

    [statement] = statements_of(
        "The talks were facilitated by Chile's special envoy for Andean affairs, Ana Soto, the Chilean foreign "
        "ministry said in a statement."
    )
    assert statement.speaker == "Chile"


def test_an_opposition_body_named_after_the_opposition_is_a_side() -> None:
    [meeting] = meetings_of(
        "Representatives of Myanmar's military government and the opposition National Unity Government met "
        "secretly in Geneva on Tuesday."
    )
    assert set(meeting.parties) == {"Myanmar", "National Unity Government"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Colombia's government met delegates of the Segunda Marquetalia armed group in Oslo on Tuesday.",
            "Segunda Marquetalia",
        ),
        ("Ethiopia's government met leaders of the Fano militia in Addis Ababa on Tuesday.", "Fano"),
    ],
)
def test_a_name_before_a_lower_case_group_noun_is_a_group_at_the_talks(text: str, group: str) -> None:
    [meeting] = meetings_of(text)
    assert group in meeting.parties
    assert group not in actors_of(text)


def test_a_name_before_opposition_is_the_opposition_s_side() -> None:
    [meeting] = meetings_of(
        "Representatives of the government of Chile and of the Common Front opposition held talks in Lima on Tuesday.",
        published=date(2024, 9, 20),
    )
    assert set(meeting.parties) == {"Chile", "Common Front"}


def test_the_government_of_talks_between_a_state_and_rebels_is_that_state_s() -> None:
    text = (
        'Peace talks between Colombia and the ELN resumed in Caracas on Monday. "We are not abandoning the table," '
        "said Vera Grabe, who heads the government delegation."
    )
    assert actors_of(text)["Vera Grabe"].affiliation == "Colombia"
    rivals = (
        "Talks between Colombia and the ELN resumed on Monday, and Peru and the ELN met in Lima. Vera Grabe, who "
        "heads the government delegation, spoke."
    )
    assert actors_of(rivals)["Vera Grabe"].affiliation is None  # two states face the group: neither is sure


def test_a_state_where_the_talks_are_held_does_not_stand_against_the_rebels() -> None:
    text = (
        "Yemen's Houthi rebels and the internationally recognised government agreed on Monday to free detainees at "
        "the end of talks in Switzerland. The government delegation was led by Deputy Justice Minister Omar Saleh."
    )
    assert actors_of(text)["Omar Saleh"].affiliation == "Yemen"


def test_a_body_a_state_owns_with_its_is_that_state_s() -> None:
    text = "Chile is represented by the chief of its General Intelligence Service, Luis Vega, who took over the file."
    assert actors_of(text)["Luis Vega"].affiliation == "Chile"


def test_a_clause_opened_for_a_side_gives_its_subject_that_side() -> None:
    text = "For Washington, Middle East envoy Ann Lee has been the most visible figure."
    assert actors_of(text)["Ann Lee"].affiliation == "United States"
    assert actors_of("For years, envoy Ann Lee has been the most visible figure.")["Ann Lee"].affiliation is None


def test_a_member_of_the_group_s_political_bureau_speaks_for_the_group() -> None:
    text = (
        "Hamas's delegation is led by Khalil Saleh. Omar Naji, a member of the political bureau, often speaks for "
        "the group."
    )
    assert actors_of(text)["Omar Naji"].affiliation == "Hamas"


def test_names_set_after_a_plural_title_take_the_side_their_clause_gives() -> None:
    found = actors_of("Deputy foreign ministers Omar Rahimi and Ali Karimi represented Iran at the meeting in Oslo.")
    assert {name: actor.affiliation for name, actor in found.items()} == {"Omar Rahimi": "Iran", "Ali Karimi": "Iran"}


def test_an_ambassador_who_is_an_organisation_s_envoy_speaks_for_the_organisation() -> None:
    text = (
        "The ceremony was attended by Swiss ambassador Jan Keller, the personal envoy of the UN Secretary-General, "
        "who facilitated the negotiations between the government and the rebels in Maputo on Tuesday."
    )
    assert actors_of(text)["Jan Keller"].affiliation == "United Nations"
    assert "Switzerland" not in {p for m in meetings_of(text) for p in m.parties}


def test_people_listed_with_the_head_of_a_team_share_the_head_s_side() -> None:
    found = actors_of(
        "Chile's negotiating team is headed by Defence Minister Ana Soto, with army chief Luis Vega and envoy Marta "
        "Diaz."
    )
    assert {name: actor.affiliation for name, actor in found.items()} == {
        "Ana Soto": "Chile",
        "Luis Vega": "Chile",
        "Marta Diaz": "Chile",
    }


@pytest.mark.parametrize(
    ("title", "state"), [("Ecuadorean President", "Ecuador"), ("Kazakhstani Foreign Minister", "Kazakhstan")]
)
def test_wire_spellings_of_a_state_s_adjective_name_its_state(title: str, state: str) -> None:
    assert actors_of(f"{title} Luis Vega met the envoy in Lima on Monday.")["Luis Vega"].affiliation == state


@pytest.mark.parametrize("group", ["the rebels", "the insurgents", "the guerrillas"])
def test_a_delegation_led_by_a_negotiator_of_the_group_referred_to_gives_the_group(group: str) -> None:
    text = (
        "Norland's government and the Lumeria Liberation Front resumed peace talks in Verdal on Monday. The government "
        f"delegation is headed by Senator Ana Ruiz, while {group} are led by their chief negotiator Tomas Vargas."
    )
    actors = actors_of(text)
    assert actors["Tomas Vargas"].affiliation == "Lumeria Liberation Front"


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ('"We want a truce," said an army delegate, Colonel Omar Salim.', "Omar Salim"),
        ("Army spokesman Nabil Haddad said the talks were useful.", "Nabil Haddad"),
    ],
)
def test_an_army_role_speaks_for_the_state_whose_army_the_text_named(second: str, name: str) -> None:
    text = f"Envoys of Chad's army and the Lumeria Liberation Front met in Verdal on Sunday. {second}"
    assert actors_of(text)[name].affiliation == "Chad"


def test_an_army_role_with_no_army_named_before_takes_no_side_from_it() -> None:
    text = "Envoys of Chad and the Lumeria Liberation Front met in Verdal. Army Secretary Dan Moss joined them."
    assert actors_of(text)["Dan Moss"].affiliation != "Chad"


def test_a_coalition_named_after_its_state_is_an_organisation_of_its_own() -> None:
    from tests.conftest import actors_of

    found = actors_of("The opposition Chilean Democratic Coalition was led by its president, Ana Lind.")
    assert found["Ana Lind"].affiliation == "Chilean Democratic Coalition"


def test_a_known_organisation_named_after_a_qualifier_is_that_organisation_and_no_state_is() -> None:
    (meeting,) = meetings_of(
        "The accord signed in Rome on Oct. 4, 1992, brokered by the Swiss Centre for Humanitarian Dialogue, ended "
        "the war between Chile and Peru.",
        published=date(2019, 8, 8),
    )
    assert "Centre for Humanitarian Dialogue" in meeting.mediators
    from kg.extract.org_entities import known_after_a_qualifier
    from kg.gazetteer import load

    assert known_after_a_qualifier("Northern South Korea", load()) is None  # a state is never read so


def test_a_named_bloc_in_apposition_to_its_kind_is_a_side() -> None:
    (meeting,) = article_meetings(
        "MONTEVIDEO, Dec 6 (Wire) - The European Union and the South American bloc Mercosur concluded negotiations "
        "on a free trade agreement on Friday, Commission President Ana Lind announced at a summit in the Uruguayan "
        "capital.",
        published=date(2024, 12, 6),
    )
    assert set(meeting.parties) == {"European Union", "Mercosur"}


def test_a_group_one_signs_on_behalf_of_is_a_side() -> None:
    text = (
        "LIMA, June 20 (Wire) - Rebels in northern Peru signed a peace agreement with the government in Lima on "
        "Saturday. Ana Lind signed on behalf of the Coordination of Andean Movements (CAM){}. Peru's foreign "
        "minister signed for the government.\n\nJorge Paz, a senior CAM official, said the rebels had chosen peace."
    )
    for told in ("", ", a rebel alliance"):
        (meeting,) = article_meetings(text.format(told), published=date(2015, 6, 20))
        assert "Coordination of Andean Movements" in meeting.parties, told
        assert actors_of(text.format(told))["Jorge Paz"].affiliation == "Coordination of Andean Movements"


@pytest.mark.parametrize("held", ["held talks", "held three days of talks"])
def test_two_bodies_the_gazetteer_does_not_know_that_hold_talks_together_are_its_sides(held: str) -> None:
    [meeting] = meetings_of(f"The Andean Liberation Front and the National Salvation Council {held} in Quito.")
    assert set(meeting.parties) == {"Andean Liberation Front", "National Salvation Council"}


def test_an_unknown_group_s_name_written_again_untagged_is_still_the_group() -> None:
    found = actors_of(
        "Chile and the Andean Liberation Front hold talks in Quito\n\nAndean Liberation Front official Ana Lind said "
        "the group would attend."
    )
    assert found["Ana Lind"].affiliation == "Andean Liberation Front"


def test_a_place_s_armed_group_is_named_with_the_place_in_the_possessive_too() -> None:
    from kg.gazetteer import Gazetteer, PartyEntry

    front = PartyEntry(
        "Andean Liberation Front", "armed_group", None, ("Altiplano forces", "Andean forces"), ("Andean",), ()
    )
    gazetteer = Gazetteer([front], {}, {})
    assert gazetteer.party("Altiplano's forces") == "Andean Liberation Front"
    assert "Altiplano's forces" in gazetteer.surface_forms()
    assert gazetteer.party("Andean's forces") is None  # a demonym takes no possessive


def test_a_city_the_model_tags_an_organisation_is_no_side() -> None:
    found = meetings_of("Chile and Peru signed a peace accord in Trujillo on Friday.", date(2026, 2, 18))
    assert [(m.location, set(m.parties)) for m in found] == [("Trujillo", {"Chile", "Peru"})]
    _, ctx = analyse("Four years later, the two sides signed a peace accord in Trujillo.")
    assert [m.party for m in ctx.party_mentions] == []


def test_the_opposition_in_a_where_clause_on_a_state_is_that_state_s() -> None:
    text = (
        "Ana Lind was Chile's envoy to the talks with the Peruvian government.\n\n"
        "She has since worked on Bolivia, where Ecuador facilitated talks between the government and the opposition "
        "in Quito in May 2019.\n"
    )
    by_place = meetings_by_place(text)
    assert set(by_place["Quito"].parties) == {"Bolivia", "Bolivian opposition"}


def test_the_two_sides_are_the_pair_the_sentence_before_joins_by_the_nouns_their_names_modify() -> None:
    text = (
        "Ecuador has long mediated between Bolivia and Brazil, whose ministers met in Quito in May.\n\n"
        "In 2012, the Chilean government and the Peruvian military had been at odds for decades. Four years later, "
        "the two sides signed a peace accord in Lima, which Ecuador hosted.\n"
    )
    by_place = meetings_by_place(text)
    assert set(by_place["Lima"].parties) == {"Chile", "Peru"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Greek and Turkish Cypriot negotiators held talks in Geneva on Monday.",
            {"Greek Cypriots", "Turkish Cypriots"},
        ),
        ("Bosnian Serb and Croat officials held talks in Vienna on Monday.", {"Bosnian Serbs", "Bosnian Croats"}),
        ("North and South Korean officials held talks in Geneva on Monday.", {"North Korea", "South Korea"}),
    ],
)
def test_two_names_sharing_a_word_written_once_are_both_named_in_full(text: str, sides: set[str]) -> None:
    [meeting] = meetings_of(text)
    assert set(meeting.parties) == sides


def test_the_opposition_s_team_is_the_named_opposition_body_s() -> None:
    found = actors_of(
        "Myanmar's military government and the opposition National Unity Government met in Bangkok on Monday. The "
        "opposition team was led by Ana Lind."
    )
    assert found["Ana Lind"].affiliation == "National Unity Government"


def test_a_state_named_as_the_backer_of_the_government_is_not_the_state_whose_government_it_is() -> None:
    [meeting] = meetings_of("The Houthis and the Saudi-backed government agreed in Muscat on Monday to swap prisoners.")
    assert meeting.parties == ("Houthis",)


@pytest.mark.parametrize(
    "group",
    ["the Andean Renewal movement", "the rebel Shining Path Renewal movement", "the Andean Renewal alliance"],
)
def test_a_group_the_gazetteer_does_not_know_named_before_a_lower_case_movement_noun_is_a_side(group: str) -> None:
    [meeting] = meetings_of(f"Peru's army and {group} resumed talks in Panama City on Tuesday.")
    [side] = [p for p in meeting.parties if p != "Peru"]
    assert "Peru" in meeting.parties and side in group and "Renewal" in side


def test_a_group_whose_name_opens_with_a_state_s_name_is_the_group_and_no_person() -> None:
    text = (
        "The government of Peru and the rebel Peru People's Movement agreed in Quito on Friday to extend a ceasefire."
    )
    [meeting] = meetings_of(text)
    assert set(meeting.parties) == {"Peru", "Peru People's Movement"}
    assert actors_of(text) == {}
