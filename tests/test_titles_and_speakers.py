"""People and speakers: a repeated title, an office of two titles, a person marked by "who", a government named
with "of", and reporting verbs beyond "say", each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from kg.extract import Context
from kg.extract.nlp import load_pipeline
from kg.extract.role_phrases import phrase_after, phrase_before_appos
from kg.model import Actor
from tests.conftest import RIVALS_BROUGHT_TOGETHER, actors_of, analyse, article_actors, statements_of


def test_a_capitalised_title_repeated_with_the_refers_to_its_holder() -> None:
    [said] = statements_of(
        "High Representative Ana Lind met the two leaders on Monday. Afterwards the High Representative said the "
        "talks were useful."
    )
    assert said.speaker == "Ana Lind"
    assert (
        statements_of("Ana Lind met the two leaders on Monday. The High Representative said the talks were useful.")
        == []
    )


def test_an_office_of_two_titles_joined_by_a_slash_is_one_role() -> None:
    found = actors_of("High Representative/Vice-President Ana Lind hosted the talks in Lima on Monday.")
    assert found["Ana Lind"].role == "High Representative/Vice-President"


def test_a_name_that_who_refers_to_is_a_person() -> None:
    found = actors_of(
        "The talks resumed in Lima. Pablo Ruidíaz, who leads the rebel negotiating team, affirmed that the group "
        "was committed."
    )
    assert "Pablo Ruidíaz" in found


def test_reporting_verbs_beyond_say_frame_what_was_said() -> None:
    [affirmed] = statements_of("Ana Lind, the Chilean minister, affirmed that the talks would resume on Monday.")
    assert affirmed.speaker == "Ana Lind" and "talks would resume" in affirmed.text


def test_the_government_delegation_is_of_the_government_named_with_of() -> None:
    found = actors_of(
        "The Government of Chile and the rebels met in Lima. The head of the government delegation, Ana Lind, spoke."
    )
    assert found["Ana Lind"].affiliation == "Chile"


def test_an_aide_to_a_titled_leader_takes_the_leaders_side_and_not_the_other_way() -> None:
    found = actors_of(
        "Ana Lind, national security adviser to Prime Minister Ramon Ortiz of Chile, led the delegation. Tomas Ruiz, "
        "spokesman for President Luis Vega, spoke."
    )
    assert found["Ana Lind"].affiliation == "Chile"
    assert found["Luis Vega"].role == "President"


def test_two_people_a_broker_brings_together_do_not_share_a_side() -> None:
    found = actors_of(RIVALS_BROUGHT_TOGETHER)
    assert found["Ivan Soto"].affiliation is None and found["Ana Lind"].affiliation == "Government of National Accord"


def test_nobody_and_nothing_negate_what_follows() -> None:
    from kg.extract.stance import stance

    assert stance("Nobody committed to anything new.")[0] == "negative"
    assert stance("Nothing good came of the talks.")[0] == "negative"
    assert stance("Everybody committed to the new text.")[0] == "positive"


def test_a_first_step_is_progress_even_on_a_hard_road() -> None:
    from kg.extract.stance import stance

    assert stance("It is the first step on a long and difficult road.")[0] == "positive"
    assert stance("It is a step in the right direction, though obstacles remain.")[0] == "positive"


def test_he_after_an_unnamed_speaker_is_that_speaker_not_a_name_before() -> None:
    text = (
        "Adviser Tomas Ruiz, who helped broker the deal, attended the signing. Chile's foreign minister said the "
        'president would travel to Lima next month. "Today is a new page," he told reporters.'
    )
    assert [s.speaker for s in statements_of(text) if "new page" in s.text] == []
    named = 'Tomas Ruiz attended the signing. The adviser said the deal held. "Today is a new page," he told reporters.'
    assert [s.speaker for s in statements_of(named) if "new page" in s.text] == ["Tomas Ruiz"]


def test_a_gapped_representation_gives_each_envoy_the_side_before_by() -> None:
    found = actors_of(
        "Chile was represented by Ana Lind, a deputy speaker, and Peru by former ambassador to Washington Luis Vega."
    )
    assert found["Luis Vega"].affiliation == "Peru" and found["Ana Lind"].affiliation == "Chile"
    advising = actors_of("The deal was witnessed by Tomas Ruiz, senior adviser to U.S. President Ramon Ortiz.")
    assert advising["Tomas Ruiz"].affiliation == "United States"  # the principal's state, not a host after "to"


def test_obstacles_overcome_are_progress_and_differences_not_bridged_are_not() -> None:
    from kg.extract.stance import stance

    assert stance("The two panels had overcome the last obstacles after five days.")[0] == "positive"
    assert stance("They have not overcome their differences.")[0] == "negative"


WRITTEN_ON_A_PLATFORM = (
    "Kosovo and Serbia agree on car plates after EU-brokered talks in Brussels\n\n"
    "BRUSSELS (Continental Press) — Kosovo and Serbia reached a deal late on Wednesday to end a dispute over vehicle "
    "licence plates that had raised fears of violence in northern Kosovo, the European Union's foreign policy chief "
    "said after a day of emergency talks.\n\n"
    "The agreement was reached at a meeting between the chief negotiators of the two sides, Arben Krasniqi for "
    "Kosovo and Petar Petkovic for Serbia, hosted by the EU's special envoy for the Belgrade-Pristina dialogue.\n\n"
    '"We have a deal," the envoy wrote on Twitter shortly before midnight. "Serbia will stop issuing licence plates '
    "with Kosovo's city denominations, and Kosovo will cease further actions.\"\n\n"
    "The talks followed a failed meeting of Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin "
    "Kurti in Brussels on Aug. 18, and a second leaders' meeting on Nov. 21 that also ended without agreement.\n"
)
"""A wire story whose unnamed envoy writes on a platform the model takes for a person."""


def test_a_platform_written_on_is_no_person_and_an_owner_s_unnamed_envoy_is_no_named_negotiator() -> None:
    from kg.extract.pipeline import extract_articles
    from kg.model import Actor, Article, Statement

    [facts] = list(extract_articles([Article("a", WRITTEN_ON_A_PLATFORM, published=date(2022, 11, 24))]))
    names = {e.fact.name for e in facts.actors if isinstance(e.fact, Actor)}
    said = [e.fact for e in facts.statements if isinstance(e.fact, Statement)]
    assert "Twitter" not in names and "Arben Krasniqi" in names
    assert not [s for s in said if "We have a deal" in s.text]


def test_a_name_after_a_title_s_place_is_the_title_holder_whatever_the_tagger_calls_it() -> None:
    found = actors_of("Norway was represented by its envoy to Turkey, Pavel Orlov, at the talks.")
    assert (found["Pavel Orlov"].role, found["Pavel Orlov"].affiliation) == ("envoy to Turkey", "Norway")
    sent = actors_of("Norway sent only its ambassador to Turkey, Pavel Orlov, who sat in as an observer.")
    assert (sent["Pavel Orlov"].role, sent["Pavel Orlov"].affiliation) == ("ambassador to Turkey", "Norway")


def test_a_title_and_name_set_off_by_semicolons_in_a_list_is_one_person() -> None:
    found = actors_of(
        "The text was signed by the contact group: former Bolivian president Ivan Petrenko; Chile's ambassador to "
        "Peru, Pavel Orlov; and the rebel leader Oleg Sidorov."
    )
    assert (found["Pavel Orlov"].role, found["Pavel Orlov"].affiliation) == ("ambassador to Peru", "Chile")
    assert found["Oleg Sidorov"].role == "rebel leader"


def test_a_description_in_the_clause_that_names_someone_else_is_not_theirs() -> None:
    met = actors_of("Earlier in the day, the Chilean minister held talks with Daniel Ortega Ruiz in Lima.")
    assert (met["Daniel Ortega Ruiz"].role, met["Daniel Ortega Ruiz"].affiliation) == (None, None)
    named = actors_of("The talks went on. Chile's chief negotiator is Daniel Ortega Ruiz, a former judge.")
    assert named["Daniel Ortega Ruiz"].affiliation == "Chile"


def test_an_apposition_closing_a_sentence_before_a_paragraph_break_is_the_role() -> None:
    words = [*"Israel sent a team led by Udi Adiri , director - general of its energy ministry .".split(), "\n\n"]
    spaces = [True] * 7 + [False, True, False, False] + [True] * 4 + [False, False, False]
    heads = [1, 1, 3, 1, 3, 4, 7, 5, 7, 11, 11, 7, 11, 15, 15, 12, 1, 16]  # the parse the model gives in a story
    deps = "nsubj ROOT det dobj acl agent compound pobj punct compound punct appos prep poss compound pobj punct dep"
    pos = "PROPN VERB DET NOUN VERB ADP PROPN PROPN PUNCT NOUN PUNCT ADJ ADP PRON NOUN NOUN PUNCT SPACE"
    tags = "NNP VBD DT NN VBN IN NNP NNP , NN HYPH JJ IN PRP$ NN NN . _SP"
    doc = Doc(
        load_pipeline().vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        tags=tags.split(),
        sent_starts=[True] + [False] * 17,
        ents=["B-GPE"] + ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 10,
    )
    phrase = phrase_after(doc[6:8], Context(doc, None, None))
    assert " ".join(t.text for t in phrase) == "director - general of its energy ministry"


def test_a_name_that_leads_a_delegation_keeps_a_word_the_tagger_took_for_a_place() -> None:
    found = actors_of("The Chilean delegation is headed by Pagan Amum Okiech.")
    assert "Pagan Amum Okiech" in found


def test_the_second_name_of_a_list_of_people_is_a_person_with_its_own_side() -> None:
    found = actors_of("Special envoys Serdar Kilic of Turkey and Ruben Rubinyan of Armenia hold their first meeting.")
    assert found["Ruben Rubinyan"].affiliation == "Armenia"
    assert found["Serdar Kilic"].affiliation == "Turkey"


def test_the_one_met_with_takes_the_side_of_a_joint_title_s_first_half_not_the_host_s() -> None:
    found = actors_of(
        "Chilean Foreign Minister Ana Lind held talks on Wednesday with Peruvian Deputy Prime Minister and Foreign "
        "Minister Luis Vera Castro."
    )
    assert found["Luis Vera Castro"].affiliation == "Peru"
    assert found["Luis Vera Castro"].role == "Deputy Prime Minister and Foreign Minister"  # both offices he holds


def test_the_one_met_with_is_no_companion_who_shares_the_host_s_side() -> None:
    found = actors_of(  # (Wang Yi's side from the office-holder table, lent to a companion)
        "Wang Yi held talks on Wednesday with Deputy Prime Minister and Foreign Minister Luis Vera Castro.",
        published=date(2025, 5, 21),
    )
    assert found["Wang Yi"].affiliation == "China"
    assert found["Luis Vera Castro"].affiliation is None


def test_a_last_name_the_tagger_took_for_a_place_ends_the_name() -> None:
    found = actors_of("Wang also met Afghan acting Foreign Minister Amir Khan Muttaqi in Beijing.")
    assert "Amir Khan Muttaqi" in found
    assert found["Amir Khan Muttaqi"].affiliation == "Afghanistan"


def test_a_name_after_a_title_whose_brief_is_a_region_is_a_person() -> None:
    found = actors_of('"This is not the end," U.S. senior adviser for Africa Massad Boulos told reporters.')
    assert (found["Massad Boulos"].role, found["Massad Boulos"].affiliation) == (
        "senior adviser for Africa",
        "United States",
    )
    assert "Ana Lind" in actors_of("Norway's special envoy for the Middle East Ana Lind arrived on Monday.")


def test_a_title_s_one_word_brief_tagged_with_the_name_is_no_part_of_it() -> None:
    found = actors_of(
        "The document was signed by Sumbu Sita Mambu, the Congolese government's chief negotiator, and by Benjamin "
        "Mbonimpa, the executive secretary of the AFC/M23, in the presence of Qatar's Minister of State Mohammed "
        "Al-Khulaifi and U.S. senior adviser for Africa Massad Boulos.\n\n"
        "It builds on a declaration of principles the two sides signed in Doha in July and on a separate peace deal "
        "between Congo and Rwanda concluded in Washington in June.\n\n"
        '"This is not the end, it is the beginning of the end," Boulos told reporters. Mbonimpa said the movement '
        'would "judge the government by its actions".'
    )
    assert "Massad Boulos" in found and "Africa Massad Boulos" not in found


def test_a_state_office_the_table_knows_outweighs_the_bloc_its_holder_chairs() -> None:
    found = actors_of(
        "The talks were hosted by Prime Minister Anwar Ibrahim, who chairs the ASEAN regional bloc this year.",
        published=date(2025, 7, 28),
    )
    assert (found["Anwar Ibrahim"].role, found["Anwar Ibrahim"].affiliation) == ("Prime Minister", "Malaysia")


def test_a_leader_called_by_the_first_two_of_three_names_is_one_person() -> None:
    actors = actors_of(
        "President Amina Yusuf Farah of Somalia met Kenya's president in Nairobi on Monday. Amina Yusuf later "
        "said the talks had been useful."
    )
    assert "Amina Yusuf" not in actors
    assert actors["Amina Yusuf Farah"].affiliation == "Somalia"


def test_first_names_two_people_share_stay_unresolved() -> None:
    actors = actors_of(
        "Foreign Minister Omar Hassan Nur of Somalia and Defence Minister Omar Hassan Dirie met envoys in Nairobi "
        "on Monday. Omar Hassan later said the talks had been useful."
    )
    assert {"Omar Hassan Nur", "Omar Hassan Dirie"} <= set(actors)
    assert actors["Omar Hassan Nur"].role != actors["Omar Hassan Dirie"].role


def test_two_titles_joined_by_and_after_a_name_keep_the_first_whole() -> None:
    actors = actors_of(
        "Ana Ruiz, the head of the government delegation and president of the Senate, said the deal showed progress."
    )
    assert actors["Ana Ruiz"].role == "head of the government delegation"
    both = actors_of("Ana Ruiz, the deputy prime minister and foreign minister, said the deal showed progress.")
    assert both["Ana Ruiz"].role == "deputy prime minister and foreign minister"  # two titles, no body after


def test_a_minister_hosting_guests_in_a_capital_is_of_its_state() -> None:
    actors = actors_of("Foreign Minister Tove Marklund hosted her Finnish counterpart in Stockholm on Friday.")
    assert actors["Tove Marklund"].affiliation == "Sweden"
    received = actors_of("Deputy Foreign Minister Li Wen received the Russian delegation in Beijing on Friday.")
    assert received["Li Wen"].affiliation == "China"


def test_a_minister_receiving_a_guest_where_the_sentence_names_no_place_is_of_the_dateline_capital_s_state() -> None:
    text = (
        "Readout of the Foreign Minister's meeting\n\nSTOCKHOLM, 14 March 2024\n\nForeign Minister Tove Marklund "
        "today received the European Union's envoy for the Arctic, Mr. Jan Novak, at the Ministry of Foreign Affairs."
    )
    assert article_actors(text)["Tove Marklund"].affiliation == "Sweden"
    abroad = text.replace("at the Ministry of Foreign Affairs", "in Oslo")  # a place named: not the dateline's
    assert article_actors(abroad)["Tove Marklund"].affiliation != "Sweden"


@pytest.mark.parametrize(
    "text",
    [
        "Vice President Luis Mora held talks with Peruvian Foreign Minister Ivan Soto in Beijing on Monday.",
        "On Monday, Vice President Luis Mora met Peruvian Foreign Minister Ivan Soto in Beijing.",
        "Vice President Luis Mora met with the Peruvian delegation in Beijing on Monday.",
    ],
)
def test_a_minister_meeting_a_guest_from_another_state_in_a_capital_is_of_its_state(text: str) -> None:
    assert actors_of(text)["Luis Mora"].affiliation == "China"


@pytest.mark.parametrize(("dateline", "side"), [("Santiago", "Chile"), ("Valparaiso", None)])
def test_a_minister_holding_talks_here_under_a_capital_s_dateline_is_of_its_state(dateline: str, side: str) -> None:
    text = "Foreign Minister Luis Mora held talks here on Thursday with Peruvian Foreign Minister Ivan Soto."
    assert actors_of(text, dateline_place=dateline)["Luis Mora"].affiliation == side


@pytest.mark.parametrize(
    "text",
    [
        "Vice President Luis Mora held talks with Peruvian Foreign Minister Ivan Soto in Lima on Monday.",  # a visitor
        "Vice President Luis Mora met Peruvian Foreign Minister Ivan Soto in Geneva on Monday.",  # no capital
        "Special envoy Luis Mora held talks with Peruvian Foreign Minister Ivan Soto in Beijing on Monday.",
    ],
)
def test_a_visitor_a_meeting_outside_a_capital_or_an_envoy_takes_no_side_from_the_city(text: str) -> None:
    assert actors_of(text)["Luis Mora"].affiliation is None


def test_a_secretary_meeting_a_guest_in_a_capital_is_of_its_state_a_secretary_general_is_not() -> None:
    text = "{} Luis Mora met with Peruvian Foreign Minister Ivan Soto in Washington on Monday."
    assert actors_of(text.format("Secretary"))["Luis Mora"].affiliation == "United States"
    assert actors_of(text.format("Secretary-General"))["Luis Mora"].affiliation != "United States"


def test_an_envoy_hosting_talks_in_a_capital_takes_no_side_from_it() -> None:
    actors = actors_of("Special envoy Tove Marklund hosted the two delegations in Stockholm on Friday.")
    assert actors["Tove Marklund"].affiliation != "Sweden"
    qualified = actors_of("Norwegian Foreign Minister Tove Marklund hosted the two delegations in Stockholm.")
    assert qualified["Tove Marklund"].affiliation == "Norway"


@pytest.mark.parametrize(
    "text",
    [
        "The talks, mediated by Cardinal Luis Mora on behalf of the African Union, opened in Quito on Monday.",
        "Cardinal Luis Mora, acting on behalf of the African Union, opened the talks in Quito on Monday.",
        "Cardinal Luis Mora opened the talks in Quito on behalf of the African Union on Monday.",
    ],
)
def test_one_who_mediates_acts_or_opens_talks_on_behalf_of_a_body_is_of_that_body(text: str) -> None:
    assert actors_of(text)["Luis Mora"].affiliation == "African Union"


def test_a_negotiator_on_behalf_of_a_side_in_a_who_clause() -> None:
    actors = actors_of("Tomas Reyes, who negotiated on behalf of Peru, said the talks were useful.")
    assert (actors["Tomas Reyes"].role, actors["Tomas Reyes"].affiliation) == ("negotiator", "Peru")
    deed = actors_of("Tomas Reyes, who negotiated the 2015 accord, said the talks were useful.")
    assert deed["Tomas Reyes"].role is None


def test_an_untagged_group_name_before_a_title_is_not_part_of_the_role() -> None:
    actors = actors_of("Shining Path commander Tomas Reyes said the talks were useful.")
    assert actors["Tomas Reyes"].role == "commander"
    kept = actors_of("Government spokesman Tomas Reyes said the talks were useful.")
    assert kept["Tomas Reyes"].role == "Government spokesman"


def test_a_participle_set_off_after_a_name_gives_the_side_spoken_for() -> None:
    actors = actors_of("Foreign Minister Tomas Reyes, speaking for Peru, said the talks were useful.")
    assert actors["Tomas Reyes"].affiliation == "Peru"
    beside = actors_of("Foreign Minister Tomas Reyes, speaking with Peru, said the talks were useful.")
    assert beside["Tomas Reyes"].affiliation != "Peru"


def test_a_name_with_an_apostrophe_after_a_portfolio_is_a_person() -> None:
    actors = actors_of(
        "Assistant Secretary for European and Eurasian Affairs Sean O'Rourke said the talks were useful."
    )
    assert actors["Sean O'Rourke"].role == "Assistant Secretary for European and Eurasian Affairs"
    assert actors["Sean O'Rourke"].affiliation is None  # the brief's adjective is no side


@pytest.mark.parametrize(
    ("text", "role", "side"),
    [
        ("Special Envoy for Syria Tomas Reyes said the talks were useful.", "Special Envoy for Syria", None),
        ("Tomas Reyes, special representative for Afghanistan, said it was useful.", "special representative", None),
        ("Special Envoy for the Horn of Africa Tomas Reyes said the talks were useful.", "Special Envoy", None),
        ("Tomas Reyes, a spokesman for Hamas, said the talks were useful.", "spokesman", "Hamas"),
    ],
)
def test_what_a_title_is_for_is_its_brief_not_its_side(text: str, role: str, side: str | None) -> None:
    actor = actors_of(text)["Tomas Reyes"]
    assert actor.role is not None and actor.role.startswith(role)
    assert actor.affiliation == side


def test_a_state_after_of_that_the_model_put_into_the_name_stays_the_side() -> None:
    actors = actors_of(
        "The meeting was chaired by Deputy Prime Minister of Azerbaijan Shahin Mustafayev and Deputy Prime Minister "
        "of Armenia Mher Grigoryan."
    )
    assert (actors["Shahin Mustafayev"].role, actors["Shahin Mustafayev"].affiliation) == (
        "Deputy Prime Minister",
        "Azerbaijan",
    )
    assert actors["Mher Grigoryan"].affiliation == "Armenia"


def test_the_one_a_named_group_is_led_by_is_its_leader() -> None:
    actors = actors_of("The Southern Liberation Front, led by Tomas Reyes, joined the talks on Monday.")
    assert actors["Tomas Reyes"].role == "leader of the Southern Liberation Front"
    assert actors["Tomas Reyes"].affiliation == "Southern Liberation Front"


def test_a_counterpart_holds_the_office_a_plural_title_gave_the_other_and_the_minister_is_the_last_speaker() -> None:
    from datetime import date as day

    from kg.extract.pipeline import extract_articles
    from kg.model import Actor, Article, Statement

    text = (
        "Peru and Chile ministers trade barbs after failed maritime talks\n\n"
        "LIMA, March 3 (Wire) - Talks in Lima between the foreign ministers of Peru and Chile on their maritime "
        "boundary ended on Monday without agreement, and the two ministers offered sharply different accounts.\n\n"
        'Peru\'s Ana Torres told reporters the Chilean side had "come with nothing new". She said Lima would take '
        "the matter back to the International Court of Justice if needed.\n\n"
        'Her Chilean counterpart, Luis Mora, rejected that. "We put three proposals on the table. None was even '
        'discussed," he said at the airport before flying home. The minister added that Santiago remained open to '
        "dialogue."
    )
    [facts] = list(extract_articles([Article("a", text, published=day(2025, 3, 3))]))
    roles = {f.fact.name: f.fact.role for f in facts.actors if isinstance(f.fact, Actor)}
    assert roles["Luis Mora"] == roles["Ana Torres"] == "foreign minister"
    added = [f.fact for f in facts.statements if isinstance(f.fact, Statement) and "open to dialogue" in f.fact.text]
    assert [s.speaker for s in added] == ["Luis Mora"]


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        (
            "The Minister of Defence of Chile, Ana Torres, met her Peruvian counterpart.",
            "Ana Torres",
            "Minister of Defence",
            "Chile",
        ),
        (
            "The minister received in Quito the Minister of Foreign Affairs and Trade of Bolivia, Rosa Mamani, today.",
            "Rosa Mamani",
            "Minister of Foreign Affairs and Trade",
            "Bolivia",
        ),
    ],
)
def test_a_title_with_its_portfolio_and_its_state_before_a_name(text: str, name: str, role: str, side: str) -> None:
    actor = actors_of(text)[name]
    assert (actor.role, actor.affiliation) == (role, side)


def test_a_letter_ending_one_sentence_and_a_state_opening_the_next_make_no_person() -> None:
    assert actors_of('"We meet in Lima on Friday," the minister wrote on X. Peru has hosted two rounds.') == {}


def test_a_hyphened_title_after_a_dateline_is_one_title_and_no_person() -> None:
    found = actors_of(
        "GENEVA, 3 May 2024 – The OSCE Chairperson-in-Office, Tomas Berg, welcomed the meeting of the negotiators."
    )
    assert list(found) == ["Tomas Berg"]  # not the "in" of the title
    assert found["Tomas Berg"].role == "Chairperson-in-Office"


def test_a_current_office_before_a_former_one_is_the_role() -> None:
    found = actors_of("The UN Special Envoy and former Prime Minister of Peru, Rosa Vidal, opened the session.")
    assert found["Rosa Vidal"].role == "Special Envoy"


@pytest.mark.parametrize(
    ("text", "role", "side"),
    [
        (
            "Moldovan Deputy Prime Minister and Minister of Defence Ion Vasile arrived in Kyiv for talks.",
            "Deputy Prime Minister and Minister of Defence",
            "Moldova",
        ),
        (
            "Chilean Deputy Prime Minister and Foreign Minister Ana Ruiz met Peruvian officials in Lima.",
            "Deputy Prime Minister and Foreign Minister",
            "Chile",
        ),
    ],
)
def test_two_offices_joined_by_and_before_a_name_are_one_role(text: str, role: str, side: str) -> None:
    found = actors_of(text)["Ion Vasile" if "Vasile" in text else "Ana Ruiz"]
    assert (found.role, found.affiliation) == (role, side)


def test_a_name_before_and_keeps_the_title_after_it_to_the_next_person() -> None:
    found = actors_of("Prime Minister Ana Ruiz and Foreign Minister Jon Bell of Chile met Peruvian officials in Lima.")
    assert (found["Ana Ruiz"].role, found["Jon Bell"].role) == ("Prime Minister", "Foreign Minister")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Luis Vera, minister of foreign affairs of Peru, said the talks were useful.", "minister of foreign affairs"),
        ("Luis Vera, Peru's minister for foreign affairs, said the talks were useful.", "minister for foreign affairs"),
        ("Luis Vera, Peru's minister for trade, said the talks were useful.", "minister for trade"),
    ],
)
def test_a_portfolio_in_lower_case_after_a_name_stays_with_its_title(text: str, role: str) -> None:
    vera = actors_of(text)["Luis Vera"]
    assert (vera.role, vera.affiliation) == (role, "Peru")


def test_people_a_side_s_delegation_included_in_a_clause_on_it_take_its_side() -> None:
    found = actors_of(
        "Secretary of State Jon Bell led the American delegation, which also included national security adviser "
        "Ana Lind and special envoy Luis Vera."
    )
    assert (found["Ana Lind"].affiliation, found["Luis Vera"].affiliation) == ("United States", "United States")


@pytest.mark.parametrize(
    "text",
    [
        "Chile's delegation was made up of national security adviser Ana Lind and special envoy Luis Vera.",
        "The Chilean team consisted of negotiator Ana Lind and adviser Luis Vera.",
    ],
)
def test_people_a_side_s_team_is_made_up_of_take_its_side(text: str) -> None:
    found = actors_of(text)
    assert (found["Ana Lind"].affiliation, found["Luis Vera"].affiliation) == ("Chile", "Chile")


def test_a_second_subject_after_and_parsed_as_a_twin_still_shares_the_first_s_side() -> None:
    found = actors_of("Saudi Foreign Minister Faisal Ahmed and national security adviser Musa Karim hosted the talks.")
    assert found["Musa Karim"].affiliation == "Saudi Arabia"
    met = actors_of("US Secretary of State Jon Bell and Foreign Minister Oleg Smirnov met in Riyadh on Tuesday.")
    assert met["Oleg Smirnov"].affiliation is None  # two who meet each other: two sides


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Norland's delegation was led by former defence minister Ivo Marek, now secretary of the National "
            "Security and Defence Council.",
            "secretary of the National Security and Defence Council",
        ),
        (
            "Ana Ruiz, a former prime minister who is now the government's chief negotiator, said the talks would "
            "continue.",
            "chief negotiator",
        ),
        (
            "Chile's delegation is led by Ana Ruiz, a former defence minister and now the chief negotiator.",
            "chief negotiator",
        ),
        (
            "Former prime minister Ana Ruiz, now the government's chief negotiator, said the talks would go on.",
            "chief negotiator",
        ),
        (
            "Peru's top negotiator, former deputy foreign minister Ana Ruiz, said the talks would go on.",
            "top negotiator",
        ),  # the office set before the name in apposition is held now
    ],
)
def test_the_office_held_now_wins_over_a_former_one(text: str, role: str) -> None:
    [actor] = actors_of(text).values()
    assert actor.role == role


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the government's chief negotiator, said the talks would go on.",
        "The government's chief negotiator, Ana Ruiz, said the talks would go on.",
    ],
)
def test_the_government_owning_a_title_is_no_part_of_it(text: str) -> None:
    assert actors_of(text)["Ana Ruiz"].role == "chief negotiator"


def test_a_signatory_for_a_side_is_a_person_whatever_the_model_tagged() -> None:
    assert set(actors_of("The deal was signed by Mbala Sita Nkosi on behalf of the government.")) == {
        "Mbala Sita Nkosi"
    }
    assert actors_of("The deal was signed by Kinshasa and the Congo River Alliance in Doha.") == {}


def test_a_two_letter_name_used_alone_is_its_person() -> None:
    text = (
        "Vietnamese Deputy Foreign Minister Tran Minh Vu met his Lao counterpart in Hanoi on Tuesday. Speaking at "
        "the meeting, Vu said the work would help build a border of peace."
    )
    [statement] = statements_of(text)
    assert statement.speaker == "Tran Minh Vu"
    assert not statements_of("Speaking at the meeting, He said the work would help.")  # a word, no name


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The rebels' chief negotiator is Pablo Ruiz.", "Pablo Ruiz", "chief negotiator"),
        ("The government's lead negotiator was Ana Soto, a veteran diplomat.", "Ana Soto", "lead negotiator"),
    ],
)
def test_a_title_a_copula_says_a_name_is_makes_a_person_with_that_role(text: str, name: str, role: str) -> None:
    assert actors_of(text)[name].role == role


def test_a_given_name_written_short_stays_in_the_name_and_ends_no_sentence() -> None:
    text = (
        "The Philippine delegation was led by Foreign Affairs Undersecretary Ma. Luisa Reyes, while the Chinese side "
        "was headed by Vice Foreign Minister Li Wen."
    )
    found = actors_of(text)
    assert (found["Ma. Luisa Reyes"].role, found["Ma. Luisa Reyes"].affiliation) == (
        "Foreign Affairs Undersecretary",
        "Philippines",
    )
    doc = load_pipeline()('"We will meet again," said Ma. The talks ended on Friday.')
    assert len(list(doc.sents)) == 2  # a surname that ends a sentence still ends it


def test_a_name_the_model_took_for_an_organisation_listed_like_a_person_is_a_person() -> None:
    actors = actors_of(
        "Fidan later met separately with the heads of both delegations, Ukraine's Rustem Umerov and Russia's "
        "Vladimir Medinsky."
    )  # the model tags the first name an organisation
    assert {"Rustem Umerov", "Vladimir Medinsky"} <= set(actors)


def test_a_title_chain_opens_on_the_state_not_on_the_words_before_it() -> None:
    actors = actors_of("It was the third time Turkish President Tayyip Erdogan had hosted the two delegations.")
    assert actors["Tayyip Erdogan"].role == "President"


def test_he_said_after_a_report_closed_by_its_speaker_is_that_speaker() -> None:
    statements = statements_of(
        "The envoy Jan Lind said the negotiators met on Tuesday. Foreign Minister Erik Dahl and his deputy Petra "
        'Holm discussed the border, Lind wrote on social media. "It was a long day but not a wasted one," he said.'
    )
    said = next(s for s in statements if "long day" in s.text)
    assert said.speaker == "Jan Lind"


def test_a_name_after_a_title_ending_for_a_state_is_a_person_without_the_state() -> None:
    actors = actors_of(
        "Kosovo's Deputy Prime Minister Arben Krasniqi and Serbia's Director of the Office for Kosovo Petar Petkovic "
        "discussed the annex."
    )
    assert "Petar Petkovic" in actors
    assert actors["Petar Petkovic"].role == "Director of the Office for Kosovo"


def test_a_state_s_possessive_before_a_title_in_a_body_it_does_not_name_is_the_side() -> None:
    actors = actors_of("Serbia's Director of the Office for Kosovo Petar Petkovic discussed the annex with the envoy.")
    assert actors["Petar Petkovic"].affiliation == "Serbia"


def test_a_chief_executive_s_title_is_no_part_of_the_name() -> None:
    actors = actors_of("Investment Fund CEO Kirill Dmitriev was also part of the delegation.")
    assert "Kirill Dmitriev" in actors
    assert actors["Kirill Dmitriev"].role is not None and actors["Kirill Dmitriev"].role.endswith("CEO")


def test_a_platform_named_by_one_letter_ends_its_sentence() -> None:
    actors = actors_of(
        '"We agreed," the minister wrote on X. Taliban spokesman Zabihullah Mujahid said the deal was good.'
    )
    assert (actors["Zabihullah Mujahid"].role, actors["Zabihullah Mujahid"].affiliation) == ("spokesman", "Taliban")


def test_the_side_after_a_list_of_names_is_each_one_s() -> None:
    actors = actors_of(
        "The talks were attended by deputy foreign ministers Kazem Gharibabadi and Majid Takht-Ravanchi for Iran."
    )
    assert {name: a.affiliation for name, a in actors.items()} == {
        "Kazem Gharibabadi": "Iran",
        "Majid Takht-Ravanchi": "Iran",
    }
    actors = actors_of("The deal was signed by Ana Ruiz for Colombia and Ivan Marquez for the FARC.")
    assert {name: a.affiliation for name, a in actors.items()} == {"Ana Ruiz": "Colombia", "Ivan Marquez": "FARC"}


def test_its_after_a_sentence_that_is_only_a_name_refers_to_that_name() -> None:
    actors = actors_of(
        "Who runs the talks? The EU. Its special representative for the dialogue, Miroslav Lajcak, chairs the "
        "meetings in Brussels."
    )
    assert actors["Miroslav Lajcak"].affiliation == "European Union"


@pytest.mark.parametrize(
    "text",
    [
        "Present from the Chinese side were Vice Foreign Minister Liu Wen and Director General Zhang Hua.",
        "On the Chinese side, the talks were attended by Vice Foreign Minister Liu Wen and Director General Zhang Hua.",
    ],
)
def test_the_side_a_readout_lists_people_from_is_each_one_s(text: str) -> None:
    actors = actors_of(text)
    assert {name: a.affiliation for name, a in actors.items()} == {"Liu Wen": "China", "Zhang Hua": "China"}


def test_a_titled_guest_listed_after_another_shares_that_one_s_side() -> None:
    found = actors_of(
        "The envoy is expected to travel to Israel on Wednesday to meet Prime Minister Benjamin Netanyahu and Defense "
        "Minister Yoav Gallant."
    )
    assert found["Yoav Gallant"].affiliation == "Israel"
    met = actors_of("Prime Minister Benjamin Netanyahu and President Ana Soto met on Monday.")
    assert met["Ana Soto"].affiliation is None  # two who met each other: no shared side


@pytest.mark.parametrize(
    "text",
    [
        "Nabih Berri, a Hezbollah ally, said the talks were positive.",
        "Speaker Nabih Berri, a Hezbollah ally who has been negotiating on the group's behalf, met the envoy.",
    ],
)
def test_the_party_a_person_is_an_ally_of_is_not_their_side(text: str) -> None:
    assert actors_of(text)["Nabih Berri"].affiliation is None


def test_a_title_of_a_state_before_a_name_split_by_the_model_keeps_the_name_whole() -> None:
    found = actors_of("Foreign Secretary of India Vikram Misri held bilateral talks here on Sunday.")
    assert (found["Vikram Misri"].role, found["Vikram Misri"].affiliation) == ("Foreign Secretary of India", "India")


@pytest.mark.parametrize(
    "text",
    [
        "Under the treaty, the UK would keep the joint UK-US military base on Diego Garcia under a 99-year lease.",
        "The island of Diego Garcia hosts a base.",
    ],
)
def test_a_name_a_base_stands_on_or_an_island_is_named_is_a_place(text: str) -> None:
    assert "Diego Garcia" not in actors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers, Armen Grigoryan of Armenia and Elnur Mammadov of Azerbaijan, lead the negotiations.",
        "Foreign ministers Armen Grigoryan of Armenia and Elnur Mammadov of Azerbaijan met.",
    ],
)
def test_a_plural_title_over_a_list_of_names_each_with_a_state_is_each_one_s_title(text: str) -> None:
    found = actors_of(text)
    assert (found["Elnur Mammadov"].role, found["Elnur Mammadov"].affiliation) == ("foreign minister", "Azerbaijan")


def test_the_state_a_title_holder_holds_talks_with_is_no_organisation_of_his() -> None:
    found = actors_of("Jorge Paz, the Chilean ambassador for normalization talks with Peru, said the talks went well.")
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("ambassador", "Chile")
    found = actors_of("Ana Lind, an analyst with the Quito Institute, said the talks went well.")
    assert found["Ana Lind"].affiliation == "Quito Institute"


def test_the_government_a_text_places_in_a_capital_is_that_state_s() -> None:
    found = actors_of(
        "OSLO (Wire) — Ana Lind has facilitated talks between the government in Lima and the rebels since 2022. "
        "When the government's chief negotiator, Jorge Paz, and rebel commander Luis Mora clashed last year, Lind "
        "calmed them."
    )
    assert found["Jorge Paz"].affiliation == "Peru"


def test_a_side_s_possessive_before_a_title_is_no_part_of_the_role() -> None:
    found = actors_of("Jorge Paz, the Chilean side's lead negotiator, said the talks went well.")
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("lead negotiator", "Chile")


def test_a_state_organ_s_spokesperson_and_one_who_speaks_for_a_delegation() -> None:
    found = actors_of("Chile's Foreign Ministry spokesperson Jorge Paz said the talks went well.")
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("Foreign Ministry spokesperson", "Chile")
    found = actors_of("Jorge Paz, who speaks for the Chilean delegation, said the talks went well.")
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == (
        "spokesperson of the Chilean delegation",
        "Chile",
    )
    found = actors_of("Peru was represented by President Jorge Paz, who also spoke for the Chilean delegation.")
    assert found["Jorge Paz"].affiliation == "Peru"  # speaking for others as well as his own side


def test_a_speaker_named_by_a_style_before_a_title_is_the_title_s_holder() -> None:
    text = (
        "Chilean President Ana Lind received a phone call from the Peruvian president on Monday. His Excellency the "
        "President affirmed the continuation of Chilean mediation efforts."
    )
    assert [(s.speaker, s.text) for s in statements_of(text)] == [
        ("Ana Lind", "affirmed the continuation of Chilean mediation efforts")
    ]


def test_a_place_or_state_that_only_locates_a_research_body_is_no_side_of_its_scholar() -> None:
    actors = actors_of(
        '"The deal will not last," said Jorge Paz, a historian at a Lima university. Luis Mora, an analyst at a '
        "Chilean think tank, agreed."
    )
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("historian", None)
    assert (actors["Luis Mora"].role, actors["Luis Mora"].affiliation) == ("analyst", None)


def test_a_role_from_a_relative_clause_stops_before_a_clause_of_its_own() -> None:
    actors = actors_of("Jorge Paz, a retired Chilean general who chaired the talks that led to the 2005 deal, spoke.")
    assert actors["Jorge Paz"].role == "chair of the talks"


def test_an_office_named_with_of_and_for_keeps_its_whole_name() -> None:
    actors = actors_of(
        "Chile's Minister of Culture for Indigenous Affairs, Jorge Paz, called the signing a historic moment."
    )
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == (
        "Minister of Culture for Indigenous Affairs",
        "Chile",
    )


def test_an_aide_named_after_two_coordinated_titles_takes_the_side_of_their_owner() -> None:
    actors = actors_of(
        "Chilean President Ana Lind hosted the talks. The deal was brokered by Lind's brother-in-law and senior "
        "adviser, Jorge Paz."
    )
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("senior adviser", "Chile")


def test_a_title_between_commas_after_a_name_ends_before_a_participle() -> None:
    actors = actors_of("Jorge Paz, the Chilean diplomat leading the facilitation, said both delegations were ready.")
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("diplomat", "Chile")


def test_a_name_hung_on_a_noun_inside_a_title_s_phrases_takes_the_whole_title() -> None:
    words = "headed by the Chairman of the State Committee for National Security of Peru , Jorge Paz .".split()
    heads = [0, 0, 3, 1, 3, 7, 7, 4, 7, 10, 8, 10, 11, 10, 15, 10, 0]  # the parse the model gives in a story
    deps = "ROOT agent det pobj prep det compound pobj prep compound pobj prep pobj punct compound appos punct"
    doc = Doc(
        load_pipeline().vocab,
        words=words,
        heads=heads,
        deps=deps.split(),
        pos="VERB ADP DET PROPN ADP DET PROPN PROPN ADP PROPN PROPN ADP PROPN PUNCT PROPN PROPN PUNCT".split(),
        lemmas=[w.lower() for w in words],
        ents=["O"] * 12 + ["B-GPE", "O", "B-PERSON", "I-PERSON", "O"],
    )
    phrase = phrase_before_appos(doc[14:16])
    assert " ".join(t.text for t in phrase) == "the Chairman of the State Committee for National Security of Peru"


def test_a_given_name_split_at_its_hyphen_after_a_capital_word_the_tagger_misread_stays_whole() -> None:
    actors = actors_of("Major General Kim Do-gyun headed the delegation. Kim Do-gyun said the talks went well.")
    assert set(actors) == {"Kim Do-gyun"} and actors["Kim Do-gyun"].role == "Major General"


def test_the_second_of_two_bodies_named_by_one_with_its_verb_left_out_gives_its_head_a_side() -> None:
    actors = actors_of(
        "The Chilean commission is headed by Deputy Prime Minister Ana Lind, and the Peruvian one by Deputy Prime "
        "Minister Jorge Paz."
    )
    assert (actors["Ana Lind"].affiliation, actors["Jorge Paz"].affiliation) == ("Chile", "Peru")


def test_one_who_heads_the_rebel_delegation_speaks_for_the_rebels_named_before() -> None:
    found = actors_of(
        "The rebels, known as the Patriotic Front, control the north. Jorge Paz, who heads the rebel delegation, told "
        "reporters the talks were useful."
    )
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == (
        "head of the rebel delegation",
        "Patriotic Front",
    )
    unnamed = actors_of("Jorge Paz, who heads the rebel delegation, told reporters the talks were useful.")
    assert unnamed["Jorge Paz"].affiliation is None


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind, leader of the Peruvian rebel group Shining Dawn, refused to sign.",
        "Ana Lind, who leads the Peruvian rebel group Shining Dawn, refused to sign.",
        "The Peruvian rebel group Shining Dawn, led by Ana Lind, refused to sign.",
    ],
)
def test_the_leader_of_a_group_named_after_its_noun_speaks_for_the_group_not_its_nationality(text: str) -> None:
    found = actors_of(text)
    assert set(found) == {"Ana Lind"}  # the group's name, tagged a person's, is no person
    assert found["Ana Lind"].affiliation == "Shining Dawn"


def test_a_name_after_a_group_noun_is_the_group_but_not_the_subject_of_a_clause_on_it() -> None:
    found = actors_of("The rebel group Jorge Paz leads refused to sign.")
    assert set(found) == {"Jorge Paz"}


def test_a_name_in_the_possessive_before_a_group_noun_is_the_person_whose_faction_it_is() -> None:
    found = actors_of("Abdel Karim al-Nour's faction did not sign.")
    assert set(found) == {"Abdel Karim al-Nour"}


def test_a_name_set_off_by_commas_after_a_title_in_a_pair_is_the_title_holder() -> None:
    found = actors_of(
        "The envoy hosted a meeting in Lima with the President of Chile, Aleksandar Perić, and the Prime Minister of "
        "Peru, Luis Mora."
    )
    assert (found["Aleksandar Perić"].role, found["Aleksandar Perić"].affiliation) == ("President of Chile", "Chile")
    assert found["Luis Mora"].affiliation == "Peru"
    # the parser hangs this name on the state, not on the title
    hung = actors_of("The envoy met in Lima with the President of Chile, Aleksandar Vukić, and the Prime Minister.")
    assert (hung["Aleksandar Vukić"].role, hung["Aleksandar Vukić"].affiliation) == ("President of Chile", "Chile")
    # names the model tags a building or a state
    for name in ("Milan Vučić", "Nebojša Vučić"):
        found = actors_of(
            f"The envoy hosted a meeting in Lima with the President of Chile, {name}, and the Prime Minister of Peru, "
            "Luis Mora."
        )
        assert (found[name].role, found[name].affiliation) == ("President of Chile", "Chile")


def test_a_name_set_before_a_building_noun_is_no_person() -> None:
    found = actors_of(
        "Chile's Ana Lind met Peru's Jorge Paz at the Foreign Ministry's Luis Mora training centre from Monday."
    )
    assert "Jorge Paz" in found and "Luis Mora" not in found
    assert "Luis Mora" in actors_of("Chile's Ana Lind met Peru's Luis Mora at the ministry's training centre.")


def test_a_researcher_s_body_named_before_the_title_or_at_the_end_of_a_relative_clause_is_the_side() -> None:
    before = actors_of("Talks resumed in Lima. Andean Group analyst Pedro Ruiz said the deal was fragile.")
    assert before["Pedro Ruiz"].affiliation == "Andean Group"
    assert actors_of("Talks resumed in Lima. Treasury economist Pedro Ruiz spoke.")["Pedro Ruiz"].affiliation is None
    relative = actors_of(
        "Talks resumed in Lima. Luis Mora, who heads the Americas programme at the Wilson Center, said the deal was "
        "fragile."
    )
    assert (relative["Luis Mora"].role, relative["Luis Mora"].affiliation) == (
        "head of the Americas programme",
        "Wilson Center",
    )


def test_the_capacity_as_which_a_name_acts_is_its_role() -> None:
    sat = actors_of(
        "For three years Kristin Haugland sat between the government of Chile and the rebels of the Red Dawn movement "
        "as Norway's special envoy."
    )
    assert (sat["Kristin Haugland"].role, sat["Kristin Haugland"].affiliation) == ("special envoy", "Norway")
    went = actors_of("Kristin Haugland attended the talks in Lima as Norway's special envoy.")
    assert (went["Kristin Haugland"].role, went["Kristin Haugland"].affiliation) == ("special envoy", "Norway")
    named = actors_of("Kristin Haugland welcomed Jorge Paz as Peru's new envoy.")
    assert named["Kristin Haugland"].role is None


def test_of_the_republic_left_after_its_state_is_read_is_no_part_of_the_role() -> None:
    found = actors_of(
        "Chairman of the State Affairs Commission Luis Mora received Foreign Minister of the Republic of Bolivia "
        "Somphet Vongsa, who is on an official visit to Brazil, at the guesthouse on October 4."
    )
    assert (found["Somphet Vongsa"].role, found["Somphet Vongsa"].affiliation) == ("Foreign Minister", "Bolivia")


def test_the_organisation_s_envoy_speaks_for_the_international_body_named_before() -> None:
    found = actors_of(
        "Talks resumed in Doha with the African Union mediating. The organisation's envoy, Luis Mora, said they were "
        "useful."
    )
    assert (found["Luis Mora"].role, found["Luis Mora"].affiliation) == ("envoy", "African Union")


@pytest.mark.parametrize("clause", ["who succeeded him as", "who replaced Luis Mora as", "who took over as"])
def test_the_office_taken_over_in_a_relative_clause_is_the_person_s_role_and_its_government_their_side(
    clause: str,
) -> None:
    actors = actors_of(
        f"Peace talks between Colombia and the ELN resumed. Kristin Haugland, {clause} the government's chief "
        "negotiator in 2012, called the agreement historic."
    )
    person = actors["Kristin Haugland"]
    assert (person.role, person.affiliation) == ("chief negotiator", "Colombia")


def test_a_transcript_s_question_label_is_no_body_a_person_leads() -> None:
    actors = actors_of(
        "Press briefing on the talks\n\nQ: Can you tell us more about the talks in Lima?\n\nA: Chile and Peru held "
        "talks in Lima.\n\nQ: Chile's delegation was led by Ana Lind. Will the two sides meet again?\n"
    )
    assert (actors["Ana Lind"].role, actors["Ana Lind"].affiliation) == ("head of Chile's delegation", "Chile")


def test_a_bureau_at_a_state_s_ministry_is_that_state_s_and_no_side_of_its_own() -> None:
    actors = actors_of(
        "Kristin Haugland, director-general of the Andean Affairs Bureau at Chile's foreign ministry, met Peruvian "
        "officials in Lima on Monday."
    )
    assert actors["Kristin Haugland"].affiliation == "Chile"
    actors = actors_of("Jorge Paz, head of a research programme at the Andean Institute, said the talks were useful.")
    assert actors["Jorge Paz"].affiliation == "Andean Institute"  # no state's body: the institute speaks for itself


def test_the_chief_of_a_national_agency_who_accompanies_a_minister_speaks_for_the_minister_s_state() -> None:
    actors = actors_of(
        "Chilean Foreign Minister Ana Lind met her Peruvian counterpart in Lima. Lind was accompanied by National "
        "Intelligence Agency chief Jorge Paz."
    )
    assert actors["Jorge Paz"].affiliation == "Chile"
    actors = actors_of(
        "The rebels met Chilean officials in Lima. The rebel delegation was accompanied by Andean Liberation Army "
        "chief Jorge Paz."
    )
    assert actors["Jorge Paz"].affiliation != "Chile"  # no state's body: a side of its own


def test_an_author_the_story_describes_is_one_actor_with_the_office_and_body_it_gives() -> None:
    from kg.extract import actors

    doc, ctx = analyse(
        "Opinion: The Quito talks deserve a chance\n\nBy Kristin Haugland\n\nKristin Haugland is a senior fellow at "
        "the Andean Peace Institute.\n\nWhen negotiators for Chile and Peru sat down in Quito last week, few expected "
        "much.\n"
    )
    found = [f.fact for f in (*actors.extract(doc, ctx), *actors.extract_reporters(doc, ctx))]
    assert [(a.name, a.role, a.affiliation) for a in found if isinstance(a, Actor)] == [
        ("Kristin Haugland", "senior fellow", "Andean Peace Institute")
    ]


def test_a_title_without_a_side_takes_the_state_the_story_wrote_that_title_with_before_unnamed() -> None:
    actors = actors_of(
        'The two armies agreed to stop firing, Chile\'s foreign secretary said. "It was agreed," Foreign Secretary '
        "Ana Lind told reporters in Santiago."
    )
    assert (actors["Ana Lind"].role, actors["Ana Lind"].affiliation) == ("Foreign Secretary", "Chile")
    actors = actors_of("Chile's foreign secretary Ana Lind met Foreign Secretary Jorge Paz in Lima.")
    assert actors["Jorge Paz"].affiliation != "Chile"  # the title written with Chile is Lind's


@pytest.mark.parametrize("clause", ["who is the African Union's envoy", "who serves as the African Union's envoy"])
def test_the_office_a_present_relative_clause_gives_outranks_a_former_title(clause: str) -> None:
    actors = actors_of(
        f"Peace talks opened in Lima on Tuesday. Jorge Paz, a former Peruvian president {clause}, opened them."
    )
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("envoy", "African Union")
    actors = actors_of(
        "Peace talks opened in Lima on Tuesday. Jorge Paz, a former Peruvian president who was the African Union's "
        "envoy in 2010, opened them."
    )
    assert actors["Jorge Paz"].role == "former president"  # an office held before is no office now


def test_a_role_cut_before_a_second_title_does_not_end_on_its_and() -> None:
    actors = actors_of(
        "Chinese President Xi Jinping met with Jorge Paz, general secretary of the Communist Party of Cuba Central "
        "Committee and Cuban president, at the Great Hall of the People in Beijing on Monday."
    )
    role = actors["Jorge Paz"].role
    assert role is not None and role.startswith("general secretary") and not role.endswith(" and")


@pytest.mark.parametrize("title", ["External Affairs Minister", "Secretary of State"])
def test_the_counterpart_of_a_foreign_minister_under_a_state_s_own_name_is_a_foreign_minister(title: str) -> None:
    actors = actors_of(f"{title} Ana Lind held talks with her Peruvian counterpart Jorge Paz in Lima on Monday.")
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("Foreign Minister", "Peru")


def test_a_title_of_a_body_a_state_owns_keeps_the_body() -> None:
    actors = actors_of("Jorge Paz, the head of Peru's National Assembly, signed the deal.")
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("head of Peru's National Assembly", "Peru")


def test_an_organisation_s_office_beside_a_former_national_office_is_the_office_held_now() -> None:
    # "the AU's envoy, former Peruvian President X": the organisation's envoy now, once the state's president
    [mora] = actors_of("The AU's envoy, former Peruvian President Luis Mora, led the mediation.").values()
    assert (mora.role, mora.affiliation) == ("envoy", "African Union")
    [paz] = actors_of("The chief negotiator, former Chilean foreign minister Jorge Paz, said little.").values()
    assert (paz.role, paz.affiliation) == ("chief negotiator", "Chile")  # the side the former office gave stays


def test_a_name_hung_on_the_subject_across_the_verb_takes_no_title_from_the_subject() -> None:
    # the parse the model gives in a story: the name in apposition to "deal", across "was announced by ..."
    words = "The deal was announced by the envoy , former Peruvian President Luis Mora .".split()
    heads = [1, 3, 3, 3, 3, 6, 4, 3, 10, 10, 12, 12, 1, 3]
    deps = "det nsubjpass auxpass ROOT agent det pobj punct amod amod compound compound appos punct"
    doc = Doc(
        load_pipeline().vocab,
        words=words,
        heads=heads,
        deps=deps.split(),
        pos="DET NOUN AUX VERB ADP DET NOUN PUNCT ADJ ADJ PROPN PROPN PROPN PUNCT".split(),
        lemmas=[w.lower() for w in words],
        ents=["O"] * 9 + ["B-NORP", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert phrase_before_appos(doc[11:13]) == []


def test_the_side_of_the_delegation_a_person_leads_outranks_the_state_of_an_office_once_held() -> None:
    found = actors_of(
        "Peru's government and the opposition opened talks in Quito on Friday. The opposition delegation is led "
        "by Jorge Paz, a former mayor of Lima."
    )
    assert found["Jorge Paz"].affiliation == "Peruvian opposition"


def test_a_name_set_beside_a_title_inside_another_s_phrase_takes_the_nearer_title() -> None:
    # "representatives of X's commissioner, NAME": NAME is the commissioner, not a representative
    found = actors_of(
        "The deal followed meetings in Quito between representatives of Peru's children's rights commissioner, "
        "Ana Lind, and Chile's human rights commissioner, Jorge Paz."
    )
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("children's rights commissioner", "Peru")


def test_companions_named_after_an_inverted_verb_of_company_take_the_side_of_whom_they_accompany() -> None:
    found = actors_of(
        "Chile's President Ana Lind met Peru's President Jorge Paz in Quito. Accompanying Paz were Luis Mora, chief "
        "of staff of the presidency, and Kristin Haugland."
    )
    assert (found["Luis Mora"].affiliation, found["Kristin Haugland"].affiliation) == ("Peru", "Peru")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Luis Mora, chief of staff of the presidency, met Ana Lind.", "chief of staff of the presidency"),
        ("Luis Mora, head of the presidency, met Ana Lind.", "head of the presidency"),
    ],
)
def test_a_title_of_two_words_keeps_the_body_it_is_of(text: str, role: str) -> None:
    assert actors_of(text)["Luis Mora"].role == role


@pytest.mark.parametrize("title", ["political scientist", "security specialist", "academic"])
def test_a_commentator_s_title_in_apposition_is_the_role_and_the_body_they_work_at_the_side(title: str) -> None:
    [actor] = actors_of(
        f"Jorge Paz, a Peruvian {title} at the University of Lima, said the talks were doomed."
    ).values()
    assert (actor.role, actor.affiliation) == (title, "University of Lima")  # not Peru: a commentator


@pytest.mark.parametrize(("dateline", "side"), [("LIMA", "Peru"), ("CUSCO", None)])
def test_the_government_of_a_capital_s_dateline_is_that_state_s(dateline: str, side: str | None) -> None:
    # a dateline of a capital names the government a wire story's bare "the government" means; another city none
    [jorge] = actors_of(
        "The government's chief negotiator, Interior Minister Jorge Paz, said talks could resume soon.",
        dateline_place=dateline.title(),
    ).values()
    assert jorge.affiliation == side


def test_the_side_named_right_before_a_name_s_by_is_that_person_s() -> None:
    found = actors_of(
        "The talks were led on the Chilean side by Deputy Foreign Minister Ana Lind and on the Peruvian side by Jorge "
        "Paz, a senior diplomat."
    )
    assert (found["Ana Lind"].affiliation, found["Jorge Paz"].affiliation) == ("Chile", "Peru")


def test_names_after_a_plural_title_its_states_qualify_take_those_states_in_order() -> None:
    found = actors_of("The Chilean and Peruvian foreign ministers, Ana Lind and Jorge Paz, met in Quito on Monday.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("foreign minister", "Chile")
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("foreign minister", "Peru")


def test_counterparts_their_states_qualify_take_those_states_in_order_and_the_host_s_office() -> None:
    found = actors_of(
        "Ecuador's Foreign Minister Ana Lind hosted her Chilean and Peruvian counterparts, Jorge Paz and Luis Mora, in "
        "Quito on Friday."
    )
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("Foreign Minister", "Chile")
    assert (found["Luis Mora"].role, found["Luis Mora"].affiliation) == ("Foreign Minister", "Peru")


def test_the_body_that_appointed_the_office_set_beside_a_name_is_its_side() -> None:
    [lind] = actors_of(
        "Ana Lind, the mediator appointed by the African Union, said both sides were committed."
    ).values()
    assert (lind.role, lind.affiliation) == ("mediator", "African Union")


def test_its_title_in_a_gapped_clause_with_no_and_is_of_the_side_before_by() -> None:
    found = actors_of("Chile was represented by Foreign Minister Ana Lind, Peru by its prime minister, Jorge Paz.")
    assert (found["Ana Lind"].affiliation, found["Jorge Paz"].affiliation) == ("Chile", "Peru")


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian team included Maj. Gen. (res.) Luis Mora.",
        "Chile's foreign minister spent the day with a Peruvian team led by intelligence chief Ana Lind that also "
        "included army head Jorge Paz and Maj. Gen. (res.) Luis Mora.",  # the rank read as the list's conjunct
    ],
)
def test_a_rank_s_bracketed_status_mark_stays_in_the_title_and_out_of_the_name(text: str) -> None:
    found = actors_of(text)
    assert found["Luis Mora"].role == "Maj. Gen. (res.)"
    assert found["Luis Mora"].affiliation == "Peru"


@pytest.mark.parametrize("title", ["vice-chairman", "chairman"])
def test_each_name_of_a_list_of_names_with_titles_keeps_the_title_set_after_it(title: str) -> None:
    found = actors_of(
        f"Lind was accompanied by Jorge Paz, {title} of the planning council, Luis Mora, director of the policy "
        "department, and Ivan Soto."
    )
    assert found["Jorge Paz"].role == f"{title} of the planning council"
    assert found["Luis Mora"].role == "director of the policy department"


@pytest.mark.parametrize(
    "second",
    [
        "Sitting with Lind were Luis Mora and Ivan Soto.",  # not two who sit with each other
        "Sitting with Lind were Luis Mora, her chief of staff, and Ivan Soto, director of the intelligence service.",
    ],
)
def test_every_name_of_an_inverted_clause_of_company_takes_the_side_of_the_one_sat_with(second: str) -> None:
    found = actors_of(f"Chilean President Jorge Paz met Peru's President Ana Lind in Quito on Monday. {second}")
    assert found["Ivan Soto"].affiliation == "Peru"
    assert found["Jorge Paz"].affiliation == "Chile"


def test_a_second_agent_of_accompanying_after_and_by_is_a_companion_too() -> None:
    found = actors_of(
        "Peru's Foreign Minister Ana Lind, accompanied by her deputy Jorge Paz and by Luis Mora, arrived in Quito on "
        "Monday for talks with Chile."
    )
    assert found["Luis Mora"].affiliation == "Peru"


@pytest.mark.parametrize(("owner", "title"), [("countries'", "foreign minister"), ("sides'", "chief negotiator")])
def test_a_plural_title_owned_by_the_two_states_named_before_is_each_one_s_title(owner: str, title: str) -> None:
    found = actors_of(
        f"Chile and Peru signed a joint declaration in Lima on Friday. The two {owner} {title}s, Ana Lind and Jorge "
        "Paz, initialled the text."
    )
    assert found["Ana Lind"].role == title
    assert found["Jorge Paz"].role == title


def test_two_subjects_who_met_with_a_third_party_are_one_side() -> None:
    found = actors_of(
        "Secretary of State Ana Lind and National Security Advisor Jorge Paz met today in Jeddah with a Ukrainian "
        "delegation."
    )
    assert found["Jorge Paz"].affiliation == "United States"


def test_every_titled_name_of_a_list_that_leads_a_delegation_is_of_its_side() -> None:
    found = actors_of(
        "Chile's Foreign Minister Ana Lind met today in Quito with a Peruvian delegation led by Head of the "
        "Presidential Office Luis Mora, Foreign Minister Ivan Soto and Defence Minister Pablo Rios."
    )
    assert [found[name].affiliation for name in ("Luis Mora", "Ivan Soto", "Pablo Rios")] == ["Peru"] * 3
    assert found["Ana Lind"].affiliation == "Chile"


@pytest.mark.parametrize("name", ["Ivan Soto", "Oleg Petrenko"])  # hung inside the title; tagged with the body
def test_a_name_after_a_title_of_a_body_is_a_person_who_leads_the_delegation(name: str) -> None:
    found = actors_of(
        "Chile's Foreign Minister Ana Lind met today in Quito with a Peruvian delegation led by Head of the "
        f"Presidential Office {name}, Foreign Minister Luis Mora and Defence Minister Pablo Rios."
    )
    assert (found[name].role, found[name].affiliation) == ("Head of the Presidential Office", "Peru")


def test_the_office_closing_a_clause_of_time_spent_doing_something_is_the_subject_s() -> None:
    found = actors_of(
        "Jorge Paz has spent two years shuttling between Lima and the jungle camps of the rebel group as Norway's "
        "special envoy to the peace process. He spoke to us in Oslo on Tuesday."
    )
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("special envoy", "Norway")


@pytest.mark.parametrize(
    "text",
    [
        "The talks, convened by the African Union and led by its envoy for the Horn of Africa, former Chilean "
        "President Jorge Paz, opened on Monday.",
        "The talks were convened by the African Union and led by its envoy, former Chilean President Jorge Paz.",
    ],
)
def test_an_organisation_s_envoy_by_its_speaks_for_it_not_for_the_state_once_led(text: str) -> None:
    found = actors_of(text)
    assert found["Jorge Paz"].affiliation == "African Union"


def test_other_before_a_title_is_no_part_of_the_role() -> None:
    found = actors_of("Jorge Paz, the other member of the Andean panel, said the talks were useful.")
    assert found["Jorge Paz"].role == "member of the Andean panel"


def test_the_state_whose_envoy_shuttles_to_a_group_is_not_the_government_facing_it() -> None:
    found = actors_of(
        "Jorge Paz has spent two years shuttling between Bogota and the jungle camps of the ELN guerrilla group as "
        "Norway's special envoy to the peace process.\n\nBoth delegations came ready to work, and the government's "
        "chief negotiator, Ana Lind, made real concessions."
    )
    assert found["Ana Lind"].affiliation == "Colombia"


def test_a_name_a_copula_says_holds_a_title_is_a_person_with_that_role() -> None:
    found = actors_of("Ana Lind is Peru's chief negotiator.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("chief negotiator", "Peru")


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("the Peruvian president's national security adviser", "national security adviser"),
        ("the prime minister's chief of staff", "chief of staff"),
    ],
)
def test_a_leader_s_possessive_before_a_title_is_the_principal_not_part_of_the_role(phrase: str, role: str) -> None:
    found = actors_of(f"Ana Lind, {phrase}, said the talks were useful.")
    assert found["Ana Lind"].role == role


def test_one_who_advises_a_leader_is_an_adviser_on_the_leader_s_side() -> None:
    found = actors_of("Ana Lind, who advises the Peruvian president on security, said the talks were useful.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("adviser", "Peru")


def test_a_former_office_gives_way_to_the_side_served_now() -> None:
    found = actors_of(
        "Ana Lind, a former Peruvian foreign minister who now mediates for the OAS, said the talks were useful."
    )
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("mediator", "Organization of American States")


def test_a_capital_s_name_untagged_before_a_surname_is_a_given_name_not_the_state() -> None:
    found = actors_of(
        "Chile and Peru hold talks in Quito\n\nSofia Blanco, a member of Chile's negotiating team, said progress had "
        "been made."
    )
    assert "Sofia Blanco" in found
    assert found["Sofia Blanco"].affiliation == "Chile"


def test_a_title_naming_a_known_body_keeps_it_after_a_list_the_model_took_for_one_organisation() -> None:
    found = actors_of(
        "The conference was attended by U.S. Secretary of State Ana Lind and European Union foreign policy chief "
        "Jorge Paz."
    )
    assert (found["Ana Lind"].affiliation, found["Jorge Paz"].affiliation) == ("United States", "European Union")


def test_its_opening_a_sentence_owns_a_title_for_the_party_the_sentence_before_names() -> None:
    found = actors_of(
        "Both accords were negotiated with Ecuador as facilitator. Its ambassador, Luis Mora, chairs a contact group."
    )
    assert found["Luis Mora"].affiliation == "Ecuador"


def test_a_side_set_off_after_a_name_by_of_is_its_side_whatever_the_title_before() -> None:
    found = actors_of(
        "The talks were attended by the rebel leaders Ana Lind, of the self-proclaimed Donetsk People's Republic, "
        "and Jorge Paz, of the Luhansk People's Republic."
    )
    assert found["Ana Lind"].affiliation == "Donetsk People's Republic"
    assert found["Jorge Paz"].affiliation == "Luhansk People's Republic"


def test_one_who_leads_the_delegation_a_named_speaker_calls_his_is_of_the_speaker_s_side() -> None:
    found = actors_of(
        "Chilean President Jorge Paz said his delegation, led by Defence Minister Ana Lind, had a mandate to "
        "discuss a ceasefire."
    )
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("Defence Minister", "Chile")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Peruvian team, which includes Ana Lind and Jorge Paz, arrived on Monday.", "Ana Lind"),
        ("The Peruvian team included Human Rights Watch and Jorge Paz.", None),  # a body listed with a person
    ],
)
def test_a_name_listed_first_with_a_person_is_a_person_whatever_the_model_tagged_it(
    text: str, person: str | None
) -> None:
    found = actors_of(text)
    assert "Jorge Paz" in found and ([name for name in found if name != "Jorge Paz"] == ([person] if person else []))


def test_a_state_named_only_as_where_the_talks_are_is_not_the_government_they_face() -> None:
    text = (
        "HAVANA (Wire) - Colombian government negotiators and commanders of the ELN rebel group met at a "
        "compound on the edge of the Cuban capital.\n\nThe government's chief negotiator, Ana Lind, was upbeat.\n"
    )
    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    [facts] = list(extract_articles([Article("a", text, published=date(2026, 2, 18))]))
    found = {a.name: a.affiliation for e in facts.actors if isinstance(a := e.fact, Actor) and not a.reporter}
    assert found == {"Ana Lind": "Colombia"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ana Lind, a senator from the right-wing Andean Centre party, criticised the talks.", "Andean Centre"),
        ("Ana Lind of the ruling Andean Unity party said the talks were useful.", "Andean Unity"),
        ("Ana Lind, a senator for the opposition Andean Centre Party, criticised the talks.", "Andean Centre Party"),
    ],
)
def test_a_party_s_name_is_without_the_lower_case_word_saying_it_is_a_party(text: str, side: str) -> None:
    assert actors_of(text)["Ana Lind"].affiliation == side


@pytest.mark.parametrize(
    "text",
    [
        "His Excellency Minister of State at the Ministry of Foreign Affairs Dr. Ana Lind met the delegation of Peru.",
        "Minister of State at the Ministry of Foreign Affairs Ana Lind met the delegation of Peru.",
    ],
)
def test_a_long_title_before_a_name_runs_through_its_ministry_without_the_form_of_address(text: str) -> None:
    found = actors_of(text)["Ana Lind"]
    assert (found.role, found.affiliation) == ("Minister of State", None)


def test_of_an_office_held_now_and_a_former_one_before_a_name_the_one_held_now_gives_the_side() -> None:
    found = actors_of("The deal was announced by AU envoy and former Chilean President Ana Lind.")["Ana Lind"]
    assert (found.role, found.affiliation) == ("envoy", "African Union")


@pytest.mark.parametrize(
    "text",
    [
        "Present from the Chilean side were Ana Lind, minister of Foreign Affairs, Jorge Paz, minister of Defence, "
        "and others.",
        "The Chilean delegation included Ana Lind, the foreign minister, Jorge Paz, the defence minister, and Luis "
        "Mora, the finance minister.",
    ],
)
def test_each_name_of_a_list_of_names_and_titles_takes_the_title_after_it(text: str) -> None:
    found = actors_of(text)
    assert "foreign" in found["Ana Lind"].role.lower()
    assert "defence" in found["Jorge Paz"].role.lower()
    assert found["Jorge Paz"].affiliation == found["Ana Lind"].affiliation == "Chile"


@pytest.mark.parametrize(
    "text",
    [
        "Peru's Jorge Paz met Chile's Ana Lind in Quito.",
        "Peru held talks with Chile's Ana Lind in Quito.",
        "Chile's Ana Lind said the talks were useful.",
    ],
)
def test_a_name_led_by_a_state_s_possessive_that_meets_or_speaks_is_that_state_s_person(text: str) -> None:
    assert actors_of(text)["Ana Lind"].affiliation == "Chile"


def test_a_state_s_thing_that_acts_is_no_person() -> None:
    assert actors_of("Israel's Iron Dome intercepted most of the rockets.") == {}


@pytest.mark.parametrize("text", ["Chile's Atacama Desert is dry.", "Peru's Titicaca Lake is high."])
def test_a_named_landform_the_model_took_for_a_person_is_none(text: str) -> None:
    assert actors_of(text) == {}


def test_an_official_after_a_sentence_about_two_states_speaks_for_neither_by_that_sentence() -> None:
    found = actors_of(
        "Chile and Peru held talks in Quito on Monday. On Sunday, National Security Adviser Ana Lind told a news "
        "conference in Halifax that the mediators were still working."
    )
    assert found["Ana Lind"].affiliation is None


def test_an_official_after_a_sentence_about_one_state_speaks_for_it() -> None:
    found = actors_of("Chile welcomed the accord. Foreign Minister Ana Lind said it was a good day.")
    assert found["Ana Lind"].affiliation == "Chile"


def test_a_who_clause_hung_on_the_institution_of_a_name_s_apposition_is_the_name_s() -> None:
    found = actors_of(
        "Peru's government and the opposition signed an agreement on Tuesday. The agreement was signed by Jorge "
        "Paz, the head of the National Assembly, who led the government delegation."
    )
    assert (found["Jorge Paz"].role, found["Jorge Paz"].affiliation) == ("head of the National Assembly", "Peru")


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("According to Ana Lind, who teaches at the University of Lima, the talks are stuck.", "University of Lima"),
        ('"The talks are stuck," said Ana Lind, who works at the Andean Institute.', "Andean Institute"),
        ("Ana Lind, who studies the conflict at the University of Lima, said it was stuck.", "University of Lima"),
    ],
)
def test_where_a_who_clause_says_a_person_works_is_their_affiliation(text: str, workplace: str) -> None:
    assert actors_of(text)["Ana Lind"].affiliation == workplace


def test_a_name_the_model_took_for_an_organisation_that_represents_a_side_under_a_title_is_a_person() -> None:
    found = actors_of(
        "Serbia was represented by Milan Vuković, director of the government's Office for Kosovo and Metohija, "
        "while Kosovo's delegation was led by Deputy Prime Minister Arben Krasniqi."
    )
    assert found["Milan Vuković"].affiliation == "Serbia"


@pytest.mark.parametrize("comma", [",", ""])
def test_an_analyst_of_a_city_based_body_belongs_to_the_body_not_the_city_s_state(comma: str) -> None:
    found = actors_of(
        f"Analyst Ana Lind{comma} of the Lima-based Forum for Ethnic Relations{comma} said neither side was under "
        "real pressure to compromise."
    )
    assert found["Ana Lind"].affiliation == "Forum for Ethnic Relations"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Two envoys, Ivan Soto and Pablo Rios, arrived in Quito.", "Pablo Rios", "envoy"),
        (
            "The group had lost two leaders, Ivan Soto, killed in July, and Pablo Rios, killed in May.",
            "Ivan Soto",
            "leader",
        ),
        (
            "The group had lost two leaders, Ivan Soto, killed in July, and Pablo Rios, killed in May.",
            "Pablo Rios",
            "leader",
        ),
        (
            "The secretary-general is chairing a plenary with both Andean leaders - Ivan Soto for the Chileans and "
            "Pablo Rios for the Peruvians.",
            "Pablo Rios",
            "leader",
        ),
    ],
)
def test_a_plural_title_right_before_a_list_of_names_is_the_role_of_those_it_reaches(
    text: str, name: str, role: str
) -> None:
    assert actors_of(text)[name].role == role


def test_each_name_of_a_list_with_its_own_of_phrase_belongs_to_its_own_group() -> None:
    found = actors_of(
        "The talks were attended by the rebel leaders Ivan Soto, of the Northern Front, and Pablo Rios, of the "
        "Southern Front."
    )
    assert (found["Ivan Soto"].affiliation, found["Pablo Rios"].affiliation) == ("Northern Front", "Southern Front")


def test_a_fact_box_label_before_a_name_gives_way_to_the_title_after_it() -> None:
    found = actors_of("Facilitator: Ana Lind, Chile's ambassador to Peru, under whose auspices the two sides met.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("ambassador to Peru", "Chile")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The president's pick for foreign minister, Jorge Paz, said the talks would resume.", "foreign minister"),
        (
            "Two envoys worked side by side: Ana Lind, the coordinator for the president, and Jorge Paz, the "
            "president-elect's pick as Andean envoy.",
            "Andean envoy",
        ),
    ],
)
def test_one_picked_for_an_office_holds_that_office(text: str, role: str) -> None:
    assert actors_of(text)["Jorge Paz"].role == role


def test_the_party_a_person_sits_in_parliament_for_is_their_side() -> None:
    found = actors_of(
        "Ana Lind, a former army chief who sits in parliament for the opposition Andean Unity party, told "
        "reporters the deal was bad."
    )
    assert found["Ana Lind"].affiliation == "Andean Unity"


def test_their_leaders_after_a_sentence_ending_on_a_group_are_that_group_s() -> None:
    found = actors_of(
        "Chile was represented by President Ana Lind and Peru by President Jorge Paz, who also spoke for the "
        "Houthis. Their wartime leaders, Ivan Soto and Pablo Rios, have been indicted and stayed away."
    )
    assert {found[n].affiliation for n in ("Ivan Soto", "Pablo Rios")} == {"Houthis"}


def test_a_plural_title_reaches_a_name_past_the_of_phrase_set_off_after_the_name_before() -> None:
    found = actors_of(
        "It was signed by the contact group, which had been meeting in the city since Tuesday under the auspices of "
        "the OSCE: Ana Lind, the Swiss diplomat who represents the OSCE; former Chilean president Jorge Paz; Peru's "
        "ambassador to Quito, Luis Mora; and the rebel leaders Pavel Zakharov, of the self-proclaimed Northern "
        "People's Republic, and Ivan Plotkin, of the Southern People's Republic."
    )
    assert found["Ivan Plotkin"].role == "rebel leader"


def test_the_body_of_the_office_held_now_outweighs_the_state_of_a_retired_one() -> None:
    found = actors_of(
        "Ana Lind, a retired Peruvian general who is deputy director of the Peruvian Center for Strategic Studies, "
        "said the week played out as expected."
    )
    assert found["Ana Lind"].affiliation == "Peruvian Center for Strategic Studies"


def test_a_name_set_off_after_a_title_in_a_by_phrase_takes_the_title_however_the_parser_hung_it() -> None:
    actors = actors_of(
        "The meeting, the first since Paz took office in November, was also attended by the foreign ministers of "
        "both countries and by Brazil's special envoy for the region, Luis Mora."
    )
    assert (actors["Luis Mora"].role, actors["Luis Mora"].affiliation) == ("special envoy", "Brazil")


@pytest.mark.parametrize("holiday", ["Easter", "Christmas", "Ramadan"])
def test_a_holiday_a_meeting_is_set_after_is_no_person(holiday: str) -> None:
    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    text = (
        "Her Chilean counterpart was more cautious. Jorge Paz said the question of sovereignty over the corridor had "
        'not been resolved. "Chile will not cede territory," the minister said.\n\nThe talks are being facilitated '
        "by Peru, whose foreign minister, Luis Mora, has attended every session. Mora said he expected the "
        f"delegations to meet again in Lima after {holiday}.\n\nThe negotiations resumed in January after a break "
        "of more than three years.\n\nBolivian President Ivan Soto said on Tuesday he would travel to Arica if a "
        "deal was ready to be signed."
    )
    [facts] = list(extract_articles([Article("a", text, published=date(2026, 4, 2))]))
    assert {e.fact.name for e in facts.actors} == {"Jorge Paz", "Luis Mora", "Ivan Soto"}


def test_a_name_opening_its_sentence_with_a_word_the_tagger_took_for_a_verb_keeps_that_word() -> None:
    actors = actors_of("Nguyễn Thị Thanh Hà, a Vietnamese diplomat, said the talks were constructive.")
    assert set(actors) == {"Nguyễn Thị Thanh Hà"}
    assert (actors["Nguyễn Thị Thanh Hà"].role, actors["Nguyễn Thị Thanh Hà"].affiliation) == ("diplomat", "Vietnam")


def test_a_name_after_a_counterpart_joined_to_another_name_is_the_counterpart() -> None:
    actors = actors_of(
        "The agreement was signed in Lima by Peruvian Foreign Minister Ana Lind and her Chilean counterpart, Jorge "
        "Paz, in the presence of Bolivian President Luis Mora, whose government facilitated the talks."
    )
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("Foreign Minister", "Chile")
    assert actors["Ana Lind"].affiliation == "Peru"


def test_the_last_name_of_a_list_set_beside_a_plural_noun_takes_the_list_s_side() -> None:
    actors = actors_of(
        "By then Chile had lost two negotiators, Ana Lind, killed in Lima in July, and Jorge Paz, killed in Quito in "
        "October."
    )
    assert {name: a.affiliation for name, a in actors.items()} == {"Ana Lind": "Chile", "Jorge Paz": "Chile"}


def test_a_family_name_that_is_also_an_english_adverb_stays_in_the_name() -> None:
    actors = actors_of(
        "Sitting with the president were Im Jong Sok, chief of staff, and So Hun, the intelligence chief."
    )
    assert "So Hun" in actors and "Hun" not in actors
    assert actors_of("Negotiators met in Lima. So Peru said the talks were useful.") == {}


@pytest.mark.parametrize("link", ["better known by his nom de guerre", "who goes by", "also known as"])
def test_a_person_and_the_other_name_the_text_gives_them_are_one_person(link: str) -> None:
    actors = actors_of(f"Jorge Paz, {link} Comandante Rojo, met President Luis Mora. Comandante Rojo said so.")
    assert "Comandante Rojo" not in actors and "Jorge Paz" in actors


def test_an_office_told_beside_a_word_that_only_says_what_someone_is_is_their_role() -> None:
    actors = actors_of("The EU's envoy for the Balkans, Slovak diplomat Jorge Paz, met the two sides in Brussels.")
    assert (actors["Jorge Paz"].role, actors["Jorge Paz"].affiliation) == ("envoy for the Balkans", "European Union")


def test_a_name_the_model_read_with_the_stop_after_it_is_the_name_alone() -> None:
    found = actors_of(
        "China sent its special envoy for Eurasian affairs, Li Hui.\n\n"
        "U.S. national security adviser John Smith led the American delegation."
    )
    assert (found["Li Hui"].role, found["Li Hui"].affiliation) == ("special envoy", "China")


def test_an_office_general_completes_is_the_role_written_with_or_without_a_hyphen() -> None:
    hyphened = actors_of("The Nuba Liberation Movement was represented by Jorge Salas, its secretary-general.")
    spaced = actors_of("The Nuba Liberation Movement was represented by Ana Ruiz, its secretary general.")
    ranked = actors_of("Army chief General Luis Vega said the talks were useful.")
    assert (hyphened["Jorge Salas"].role, spaced["Ana Ruiz"].role) == ("secretary-general", "secretary general")
    assert ranked["Luis Vega"].role == "Army chief"


def test_a_title_and_a_name_with_a_particle_the_model_tagged_as_one_organisation_keep_the_place_s_side() -> None:
    found = actors_of(
        "Yemen's government and southern separatists signed a deal on Tuesday to end a power struggle in the south, "
        "in a ceremony in Riyadh attended by Saudi Crown Prince Mohammed bin Salman and Abu Dhabi Crown Prince "
        "Mohammed bin Zayed.",
        published=date(2019, 11, 5),  # before the office-holder table has him as president
    )
    assert found["Mohammed bin Zayed"].affiliation == "United Arab Emirates"


def test_one_of_several_groups_a_relative_clause_names_is_the_body_led() -> None:
    said = (
        '"We will stay," said Ana Soto, who heads one of the rebel groups, the Andean Popular Liberation Front (APLF).'
    )
    soto = actors_of(said)["Ana Soto"]
    assert soto.role == "head of the Andean Popular Liberation Front"  # the group named, no bracket left open
    assert soto.affiliation == "Andean Popular Liberation Front"
    unnamed = actors_of(
        '"We will stay," said Ana Soto, who heads one of the rebel groups, which are based in the north.'
    )
    assert unnamed["Ana Soto"].role == "head of one of the rebel groups"  # no name after it: the words as told


def test_a_name_hung_on_the_subject_before_takes_the_title_right_before_its_comma() -> None:
    found = actors_of(
        "Maria Fernandez, who chaired the meeting together with Peru's special envoy for the border talks, Luis Diaz, "
        "said the sides had refused."
    )
    assert (found["Luis Diaz"].role, found["Luis Diaz"].affiliation) == ("special envoy", "Peru")
    bloc = actors_of(
        "Maria Fernandez, who hosted the meeting together with the bloc's special envoy for the dialogue, Luis Diaz, "
        "said the sides had refused."
    )
    assert bloc["Luis Diaz"].role == "special envoy"  # not the subject's clause up to the name


def test_counterparts_from_listed_states_take_them_in_order_and_the_office_they_mirror() -> None:
    found = actors_of(
        "Chilean Foreign Minister Ana Ruiz met her counterparts from Peru and Bolivia, Luis Paz and Rosa Vela, in Lima "
        "on Monday."
    )
    assert [(found[n].role, found[n].affiliation) for n in ("Luis Paz", "Rosa Vela")] == [
        ("Foreign Minister", "Peru"),
        ("Foreign Minister", "Bolivia"),
    ]


def test_a_plural_title_s_brief_between_its_states_and_its_names_leaves_them_paired() -> None:
    found = actors_of("The special envoys of Chile and Peru on the border row, Ana Ruiz and Luis Paz, met in Quito.")
    assert [(found[n].role, found[n].affiliation) for n in ("Ana Ruiz", "Luis Paz")] == [
        ("special envoy", "Chile"),
        ("special envoy", "Peru"),
    ]


def test_a_name_the_parser_hung_on_a_place_before_it_takes_the_title_right_before_its_comma() -> None:
    found = actors_of("Speaking to reporters in Lima, Chile's top diplomat, Ana Ruiz, said the talks had stalled.")
    assert (found["Ana Ruiz"].role, found["Ana Ruiz"].affiliation) == ("top diplomat", "Chile")  # not "Lima, ..."


def test_a_name_speaking_for_a_side_s_delegation_stands_for_that_side() -> None:
    assert actors_of("Luis Paz, speaking for the Chilean delegation, said no.")["Luis Paz"].affiliation == "Chile"
    aside = actors_of("Luis Paz, speaking for the first time since the talks, said no.")
    assert aside["Luis Paz"].affiliation is None  # no side in what the phrase is for


def test_a_side_in_brackets_after_a_name_is_the_name_s() -> None:
    found = actors_of("Ana Ruiz (Chile) and Luis Paz (Peru) signed the text.")
    assert (found["Ana Ruiz"].affiliation, found["Luis Paz"].affiliation) == ("Chile", "Peru")


def test_a_second_title_joined_to_the_first_gives_the_side_the_first_does_not() -> None:
    found = actors_of(
        "Peru's government and the opposition alliance signed a deal in Quito on Tuesday.\n\n"
        "Luis Prado, speaker of the National Assembly and the government's chief negotiator, and Ana Lind, who heads "
        "the opposition delegation, signed the text at a hotel."
    )
    assert (found["Luis Prado"].role, found["Luis Prado"].affiliation) == ("speaker of the National Assembly", "Peru")


def test_an_office_beside_the_name_replaces_a_bare_ambassador_as_a_form_of_address() -> None:
    found = actors_of(
        "Ambassador Jorge Paz, the UN peacekeeping chief, said the organisation stood ready. Ambassador Ana Lind, a "
        "veteran diplomat, said the talks would resume."
    )
    assert found["Jorge Paz"].role == "peacekeeping chief"
    assert found["Ana Lind"].role == "Ambassador"


def test_the_body_a_person_heads_is_named_without_the_acronym_in_brackets() -> None:
    found = actors_of("The Andean Liberation Front (ALF) delegation, headed by Luis Prado, arrived in Quito on Monday.")
    assert found["Luis Prado"].role == "head of the Andean Liberation Front delegation"


def test_a_state_the_model_reads_into_the_name_after_a_title_s_to_is_the_title_s_place() -> None:
    text = "The Chilean delegation included Foreign Minister Ana Soto, Ambassador to Türkiye Tim Barlow, and others."
    assert ("Tim Barlow", "PERSON") in [(e.text, e.label_) for e in load_pipeline()(text).ents]
    found = actors_of(text)
    assert "Türkiye Tim Barlow" not in found
    assert found["Tim Barlow"].role == "Ambassador to Türkiye"


def test_the_last_of_a_list_after_by_the_parser_hung_on_the_verb_is_one_of_the_list() -> None:
    found = actors_of(
        "Chile was represented by Head of the Presidential Office Ana Lind, Defense Minister Luis Prado, and Foreign "
        "Minister Andres Vidal."
    )
    assert found["Andres Vidal"].affiliation == "Chile"


def test_the_head_of_a_national_body_a_side_s_delegation_featured_speaks_for_that_side() -> None:
    found = actors_of("Chile's delegation also featured Luis Prado, head of the National Intelligence Agency.")
    assert found["Luis Prado"].affiliation == "Chile"


def test_one_of_a_side_s_delegates_set_after_a_name_is_a_delegate_of_that_side() -> None:
    found = actors_of('"We are ready," said Ana Lind, one of the Peruvian negotiators who took part in the talks.')
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("negotiator", "Peru")


def test_a_title_inside_the_words_a_speaker_said_is_no_description_of_the_speaker() -> None:
    from kg.extract.pipeline import extract_articles
    from kg.model import Actor, Article

    text = (
        "Chile and rebels to resume talks in Ecuador\n\n"
        "Chile's government and the rebels said on Thursday they would send delegations back to Ecuador for peace "
        "talks.\n\n"
        "At a press conference on Thursday, a rebel official said their delegates would return to Quito but accused "
        "Santiago of not taking the process seriously.\n\n"
        '"Since the signing of the Lima agreement, we have been contacted three times by the Ecuadorian mediator to '
        'resume dialogue," said Jorge Mbala, one of the rebel delegates who has taken part in the Quito dialogue.\n'
    )
    [facts] = list(extract_articles([Article("a", text, published=date(2025, 7, 3))]))
    [mbala] = [a for e in facts.actors if isinstance((a := e.fact), Actor) and a.name == "Jorge Mbala"]
    assert mbala.role != "mediator" and mbala.affiliation != "Ecuador"


def test_the_state_a_title_is_for_taken_into_one_organisation_with_the_name_after_it_is_the_title_s() -> None:
    found = actors_of("The UN Special Envoy for Syria Jorge de Almeida on Friday night announced the end of the round.")
    assert (found["Jorge de Almeida"].role, found["Jorge de Almeida"].affiliation) == (
        "Special Envoy for Syria",
        "United Nations",
    )


def test_a_two_word_name_written_the_other_way_round_is_the_same_person() -> None:
    found = actors_of(
        "Japanese Foreign Minister Kenta Sato held a meeting with his Chilean counterpart in Tokyo on Monday. "
        '"Mr. Sato Kenta, Minister for Foreign Affairs of Japan, held a meeting," the ministry said.'
    )
    assert "Sato Kenta" not in found and found["Kenta Sato"].affiliation == "Japan"


def test_a_plural_noun_listed_with_a_name_by_and_is_no_title_of_the_name() -> None:
    found = actors_of("The agency said the delegations and Jorge Paz would discuss lifting the siege.")
    assert found["Jorge Paz"].role is None
    assert actors_of("The rebel leaders Ana Soto and Jorge Paz met in Quito.")["Jorge Paz"].role == "rebel leader"


def test_one_who_coordinates_talks_is_their_coordinator() -> None:
    found = actors_of(
        "Chile's chief negotiator met the European Union's Ana Lind, who coordinates indirect talks between Santiago "
        "and Lima."
    )
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("coordinator", "European Union")


def test_the_members_of_a_mediation_team_listed_after_its_colon_speak_for_its_owner() -> None:
    found = actors_of(
        "Ana Soto spoke, flanked by the other two members of the AU mediation team: former Chilean President Jorge "
        "Paz and former Peruvian President Luis Prado."
    )
    for name in ("Jorge Paz", "Luis Prado"):
        assert (found[name].role, found[name].affiliation) == ("member of the AU mediation team", "African Union")


@pytest.mark.parametrize("after", ["", ", as well as other guests"])
def test_names_each_set_after_its_state_in_a_titled_list_take_that_state(after: str) -> None:
    found = actors_of(
        f"Present at the ceremony were the foreign ministers of Chile, Mario Soto Vidal, and Peru, Luis Prado "
        f"Ruiz{after}."
    )
    assert [(found[n].role, found[n].affiliation) for n in ("Mario Soto Vidal", "Luis Prado Ruiz")] == [
        ("foreign minister", "Chile"),
        ("foreign minister", "Peru"),
    ]


def test_a_list_of_states_and_names_not_in_turn_gives_no_state_by_position() -> None:
    found = actors_of("The foreign ministers of Chile, Peru, Mario Soto Vidal and Luis Prado Ruiz met in Quito.")
    assert found["Luis Prado Ruiz"].affiliation != "Chile"


def test_names_a_capitalised_plural_title_lists_take_in_order_the_states_the_same_title_listed_before() -> None:
    found = actors_of(
        "The foreign ministers of Chile and Peru signed an accord on Sunday. The agreement was signed by Foreign "
        "Ministers Ana Lind and Rosa Vela in the presence of the mediator."
    )
    assert [(found[n].role, found[n].affiliation) for n in ("Ana Lind", "Rosa Vela")] == [
        ("Foreign Minister", "Chile"),
        ("Foreign Minister", "Peru"),
    ]


def test_names_after_a_plural_title_of_another_office_take_no_state_by_order() -> None:
    found = actors_of(
        "The foreign ministers of Chile and Peru signed an accord on Sunday. Prime Ministers Ana Lind and Rosa Vela "
        "hailed the deal."
    )
    assert found["Ana Lind"].affiliation is None and found["Rosa Vela"].affiliation is None


def test_a_body_led_with_its_verb_left_out_gives_its_head_a_role_without_the_by_phrase() -> None:
    found = actors_of("Chile's delegation was led by Ana Soto, and Peru's delegation by Luis Prado.")
    assert (found["Luis Prado"].role, found["Luis Prado"].affiliation) == ("head of Peru's delegation", "Peru")


def test_names_after_a_capitalised_plural_title_take_its_opening_states_in_order() -> None:
    found = actors_of(
        "The final round of negotiations between Chilean and Peruvian Foreign Ministers Ana Lind and Rosa Vela will "
        "be held Thursday in Quito."
    )
    assert [(found[n].role, found[n].affiliation) for n in ("Ana Lind", "Rosa Vela")] == [
        ("Foreign Minister", "Chile"),
        ("Foreign Minister", "Peru"),
    ]


def test_each_title_set_before_a_name_in_a_list_of_titled_names_is_that_name_s_own() -> None:
    found = actors_of(
        "The High Representative of the Union for Foreign Affairs, Karl Berger, and the Special Representative of "
        "the Union for the Dialogue, Jan Novak, met Chile's president on Monday."
    )
    assert found["Karl Berger"].role == "High Representative"
    assert found["Jan Novak"].role == "Special Representative"


def test_an_honorific_written_in_capitals_is_no_part_of_the_name_after_it() -> None:
    found = actors_of(
        "The event was attended by the Minister of State at the Ministry of Foreign Affairs HE Dr. Karim Al-Nasri, "
        "Presidential Envoy for Africa at the US Department of State HE Tom Riley, and a Qatari delegation."
    )
    assert {"Karim Al-Nasri", "Tom Riley"} <= set(found)
    assert found["Tom Riley"].affiliation == "United States"


@pytest.mark.parametrize("mark", [";", ","])
def test_titled_names_listed_after_a_delegation_s_leader_share_its_side(mark: str) -> None:
    found = actors_of(
        f"The Chilean delegation will be led by Foreign Minister Ana Lind{mark} Foreign Secretary Jorge Paz{mark} "
        f"Permanent Secretary Rosa Vidal{mark} and Ambassador Luis Mora."
    )
    assert {found[name].affiliation for name in ("Ana Lind", "Jorge Paz", "Rosa Vidal", "Luis Mora")} == {"Chile"}


@pytest.mark.parametrize(
    ("title", "name"), [("Monsignor", "Julio Rojas"), ("Imam", "Ahmed Salah"), ("Rabbi", "Ana Levi")]
)
def test_a_cleric_s_title_before_a_name_is_a_role_not_part_of_the_name(title: str, name: str) -> None:
    found = actors_of(f"{title} {name} of the national council of churches attended the talks.")
    assert found[name].role == title
