"""A state's opposition, its bodies and its representatives: which side each stands for. Sentences written for
each pattern."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract_article
from kg.model import Actor, Article, Meeting
from tests.conftest import actors_of


def _facts(text: str, published: date = date(2025, 3, 10)) -> tuple[list[Actor], list[Meeting]]:
    facts = extract_article(Article("t", text, published=published))
    return [x.fact for x in facts.actors], [x.fact for x in facts.meetings]  # type: ignore[misc]


def test_an_opposition_joined_to_a_state_s_government_keeps_that_state_past_a_host_government() -> None:
    actors, meetings = _facts(
        "Bolivian government and opposition resume talks in Lima\n\n"
        "Envoys of the Bolivian government and the opposition sat down in Lima on Saturday. The talks, hosted by "
        "the Peruvian government, "
        "ended without a deal. Ana Quispe, who heads the opposition delegation, said little."
    )
    assert [set(m.parties) for m in meetings] == [{"Bolivia", "Bolivian opposition"}]
    assert {a.name: a.affiliation for a in actors}["Ana Quispe"] == "Bolivian opposition"


def test_the_headline_s_meeting_is_the_one_the_story_says_they_held_again() -> None:
    body = "Negotiators of Chile and Peru sat down again on Saturday in Lima, the first session in a year."
    for lead in ("", "LIMA, March 9 (Reuters) - "):
        _, meetings = _facts(f"Chile and Peru resume talks in Lima\n\n{lead}{body}")
        assert [(m.location, m.start) for m in meetings] == [("Lima", date(2025, 3, 8))]


def test_representatives_of_a_president_are_not_his_title() -> None:
    actors, _ = _facts("Representatives of President Ana Quispe's government and the rebels met on Saturday in Lima.")
    assert {a.name: a.role for a in actors}["Ana Quispe"] == "President"


def test_a_state_body_named_alone_is_no_side_and_stays_in_the_role() -> None:
    actors, _ = _facts("Luis Mamani, the speaker of the National Assembly, said the talks would resume in Lima.")
    assert {a.name: (a.role, a.affiliation) for a in actors}["Luis Mamani"] == (
        "speaker of the National Assembly",
        None,
    )


def test_a_group_that_the_model_tags_a_person_with_its_article_is_still_a_side() -> None:
    _, meetings = _facts(
        "Officials from Ethiopia's federal government and the Tigray People's Liberation Front met in Addis Ababa "
        "on Monday."
    )
    assert [set(m.parties) for m in meetings] == [{"Ethiopia", "TPLF"}]


def test_the_government_or_federal_delegation_is_of_the_state_whose_government_was_named() -> None:
    actors, _ = _facts(
        "Officials from Chile's federal government and the rebels met in Lima on Monday. The federal delegation, "
        "led by parliament speaker Ana Quispe, included the justice minister. The talks, hosted by the Peruvian "
        "government, went on. The government delegation, led by Luis Mamani, arrived later."
    )
    sides = {a.name: a.affiliation for a in actors}
    assert (sides["Ana Quispe"], sides["Luis Mamani"]) == ("Chile", "Chile")


def test_a_delegation_head_the_tagger_took_for_a_verb_and_the_government_s_state() -> None:
    actors, _ = _facts(
        "Talks between South Sudan's government and holdout rebel groups stalled on Thursday in Nairobi. "
        "Government delegation head Ana Quispe said the door remained open."
    )
    assert {a.name: (a.role, a.affiliation) for a in actors}["Ana Quispe"] == (
        "Government delegation head",
        "South Sudan",
    )


def test_who_leads_a_movement_the_gazetteer_does_not_know_speaks_for_it() -> None:
    actors, _ = _facts(
        "Luis Mamani, who leads the Andean Liberation Movement, said his group would not return to the talks."
    )
    assert {a.name: a.affiliation for a in actors}["Luis Mamani"] == "Andean Liberation Movement"


def test_the_rebel_delegation_is_the_opposition_the_story_has_named() -> None:
    actors, _ = _facts(
        "The Bolivian government and the armed opposition met in Lima on Monday. Ana Quispe, a spokeswoman for the "
        "rebel delegation, said the first session would not be face-to-face."
    )
    assert {a.name: a.affiliation for a in actors}["Ana Quispe"] == "Bolivian opposition"


def test_a_delegation_under_a_leader_is_of_the_side_its_sentence_opens_on() -> None:
    actors, _ = _facts(
        "The TPLF was in town but not at the table: a delegation under Luis Mamani arrived on Saturday at the "
        "invitation of Kenya."
    )
    assert {a.name: a.affiliation for a in actors}["Luis Mamani"] == "TPLF"


def test_a_side_fronting_a_list_reaches_names_deep_in_long_titles_and_ambassadors_keep_their_post() -> None:
    actors, _ = _facts(
        "From the Peruvian side, Presidential Aide Ana Quispe, Chief of the General Staff of the Armed Forces Luis "
        "Mamani and Peruvian Ambassador to the United Kingdom Rosa Huaman took part in the talks."
    )
    found = {a.name: (a.role, a.affiliation) for a in actors}
    assert found["Luis Mamani"][1] == "Peru"
    assert found["Rosa Huaman"] == ("Ambassador to the United Kingdom", "Peru")


def test_a_delegation_whose_verb_is_left_out_is_still_headed_by_its_leader() -> None:
    actors, _ = _facts(
        "The Chilean delegation was headed by presidential aide Ana Quispe, and the Peruvian delegation by Defense "
        "Minister Luis Mamani."
    )
    assert {a.name: a.affiliation for a in actors}["Luis Mamani"] == "Peru"


def test_the_states_that_signed_an_accord_named_after_a_city_are_its_sides() -> None:
    _, meetings = _facts("Analysts say the Lima accord signed by Chile and Peru in June has done little.")
    assert [set(m.parties) for m in meetings] == [{"Chile", "Peru"}]


def test_a_government_that_acts_by_an_agent_phrase_other_than_hosting_is_still_the_one_meant() -> None:
    actors, _ = _facts(
        "The plan was rejected by the Chilean government on Monday. The government delegation, led by Luis "
        "Mamani, left Lima."
    )
    assert {a.name: a.affiliation for a in actors}["Luis Mamani"] == "Chile"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Chad and the Sahel Liberation Front resumed talks in Lima on Sunday.", "Sahel Liberation Front"),
        (
            "Talks between the government of Chad and the Popular Resistance Movement resumed in Lima on Sunday.",
            "Popular Resistance Movement",
        ),
        (
            "Delegations from Chad's army and the paramilitary Desert Falcon Forces resumed talks in Lima on Sunday.",
            "Desert Falcon Forces",
        ),
    ],
)
def test_a_group_the_gazetteer_does_not_know_is_a_side_by_the_kind_of_name_it_bears(sentence: str, group: str) -> None:
    _, meetings = _facts(sentence)
    assert [set(m.parties) for m in meetings] == [{"Chad", group}]


def test_a_state_s_own_forces_and_a_research_body_are_no_group_at_the_table() -> None:
    _, meetings = _facts(
        "Officers of the Chadian Armed Forces and Niger's army met in Lima on Sunday, the Institute for Regional "
        "Studies said."
    )
    assert [set(m.parties) for m in meetings] == [{"Chad", "Niger"}]


def test_a_one_word_group_in_a_headline_is_the_group_the_story_names_in_full() -> None:
    _, meetings = _facts(
        "Mali government, Nuba rebels sign peace roadmap in Algiers\n\n"
        "Negotiators for Mali and the Nuba Liberation Front signed a deal in Algiers on Monday."
    )
    assert [set(m.parties) for m in meetings] == [{"Mali", "Nuba Liberation Front"}]


def test_the_government_delegation_and_the_opposition_bloc_of_a_state_at_war() -> None:
    _, meetings = _facts(
        "Bolivia's civil war is in its fifth year. The government delegation and the main opposition bloc began "
        "talks in Lima on Friday.",
        published=date(2025, 3, 7),
    )
    [lima] = [m for m in meetings if m.location == "Lima"]
    assert set(lima.parties) == {"Bolivia", "Bolivian opposition"}


def test_a_state_s_opposition_leader_and_who_represents_the_opposition_speak_for_it() -> None:
    actors, _ = _facts(
        "Peru's opposition leader Ana Soto said the talks went well. Luis Vargas, who represents the Peruvian "
        "opposition at the talks, agreed."
    )
    sides = {a.name: a.affiliation for a in actors}
    assert sides["Ana Soto"] == "Peruvian opposition" and sides["Luis Vargas"] == "Peruvian opposition"


def test_a_body_owned_by_a_state_or_a_movement_serves_its_owner() -> None:
    from tests.conftest import actors_of

    congress = actors_of("Ana Soto, speaker of Chile's National Congress, met the envoy.")
    council = actors_of(
        "The envoy held talks with the head of the Houthis' Supreme Political Council, Omar Salem, in Sanaa on Sunday."
    )
    assert congress["Ana Soto"].affiliation == "Chile"
    assert council["Omar Salem"].affiliation == "Houthis"


def test_the_opposition_before_a_body_the_model_did_not_tag_is_still_the_state_s_opposition() -> None:
    from tests.conftest import meetings_of

    (signed,) = meetings_of(
        "Chile's government and the opposition Andean Platform signed an agreement in Lima on Tuesday to hold a "
        "presidential election."
    )
    assert set(signed.parties) == {"Chile", "Chilean opposition"}


def test_a_government_s_opponents_are_its_state_s_opposition() -> None:
    _, (meeting,) = _facts(
        "The first encounter between the Peruvian government and its opponents in three years opened in Lima on "
        "Wednesday.",
        date(2014, 1, 22),
    )
    assert set(meeting.parties) == {"Peru", "Peruvian opposition"}


@pytest.mark.parametrize(
    "led",
    [
        "The government delegation, led by presidential adviser Ivan Soto, and the rebels, headed by their deputy "
        "chairman James Lual, also agreed to exchange prisoners.",
        "The rebel delegation was headed by its deputy chairman, James Lual.",
    ],
)
def test_one_who_heads_the_rebels_or_their_delegation_speaks_for_the_rebel_group(led: str) -> None:
    actors = actors_of(f"The government of Peru and the rebel Andean Liberation Front agreed to extend a truce. {led}")
    assert (actors["James Lual"].role, actors["James Lual"].affiliation) == (
        "deputy chairman",
        "Andean Liberation Front",
    )


def test_a_rebel_named_beside_a_government_s_premier_is_not_given_the_government_s_state() -> None:
    actors, _ = _facts(
        "LIMA, March 8 (Wire) - Leaders from a dozen countries met in Lima on Sunday on the war in Libya.\n\nThe "
        "rival Libyan leaders, Prime Minister Ivan Soto of the internationally recognised government and rebel "
        "commander Luis Mora, were both in Lima but met the hosts separately."
    )
    sides = {a.name: a.affiliation for a in actors}
    assert sides["Ivan Soto"] == "Libya"
    assert sides["Luis Mora"] != "Peru"
