from __future__ import annotations

from datetime import date

import pytest

from kg.extract import actors, parties
from kg.model import Actor
from tests.conftest import actors_of, analyse, meetings_of

_actors = actors_of


def test_metonyms_and_demonyms_resolve_to_parties() -> None:
    doc, ctx = analyse(
        "Ukrainian officials said Moscow and the Kremlin ignored Kyiv, while Washington and Türkiye waited."
    )
    found = [(m.span.text, m.party) for m in ctx.party_mentions]
    assert ("Ukrainian", "Ukraine") in found
    assert ("Moscow", "Russia") in found and ("Kremlin", "Russia") in found
    assert ("Kyiv", "Ukraine") in found and ("Washington", "United States") in found
    assert ("Türkiye", "Turkey") in found
    names = [f.fact.name for f in parties.extract(doc, ctx)]  # type: ignore[union-attr]
    assert names == ["Ukraine", "Russia", "United States", "Turkey"]


def test_a_saint_in_a_name_is_read_with_or_without_the_stop() -> None:
    doc, ctx = analyse("Envoys from St Lucia and St. Kitts met officials of Saint Lucia.")
    found = [(m.span.text, m.party) for m in ctx.party_mentions]
    assert ("St Lucia", "Saint Lucia") in found and ("Saint Lucia", "Saint Lucia") in found
    assert ("St. Kitts", "Saint Kitts and Nevis") in found


def test_title_before_the_name_gives_role_and_side() -> None:
    found = _actors("Separately, Kremlin spokesman Dmitry Peskov said it was too early to judge.")
    assert found["Dmitry Peskov"].role == "Kremlin spokesman"
    assert found["Dmitry Peskov"].affiliation == "Russia"


def test_a_lower_case_title_with_of_before_the_name_is_the_whole_title() -> None:
    found = _actors("Peru was represented by deputy minister of trade Ana Ruiz at the talks.")
    assert (found["Ana Ruiz"].role, found["Ana Ruiz"].affiliation) == ("deputy minister of trade", "Peru")


def test_its_after_a_passive_joined_to_another_is_the_other_s_agent() -> None:
    found = _actors("Chile was not invited to the talks, hosted by Peru and chaired by its foreign minister Ana Ruiz.")
    assert found["Ana Ruiz"].affiliation == "Peru"


def test_a_title_of_a_body_in_lower_case_keeps_the_body() -> None:
    found = _actors(
        "Ana Ruiz, head of the presidential office, arrived. Tomas Riquelme, an expert with the group, spoke."
    )
    assert found["Ana Ruiz"].role == "head of the presidential office"
    team = _actors('"We are close," said Ana Ruiz, the head of the Chilean team.')["Ana Ruiz"]
    assert (team.role, team.affiliation) == ("head of the Chilean team", "Chile")
    assert found["Tomas Riquelme"].role == "expert"


def test_a_title_phrase_a_verb_takes_before_a_name_set_off_by_commas_is_its_role() -> None:
    for name in ("Maria Lopez", "Tomas Riquelme"):  # the parser hangs one on "region", the other on "sent"
        found = _actors(f"Chile sent its special envoy for the region, {name}, to the talks in Lima.")
        assert (found[name].role, found[name].affiliation) == ("special envoy", "Chile")
    found = _actors("Lima hosted the talks with a special envoy for the region, Tomas Riquelme said on Monday.")
    assert found["Tomas Riquelme"].role is None


def test_possessive_side_is_not_part_of_the_role() -> None:
    found = _actors("Moscow's chief negotiator Vladimir Medinsky said the talks were difficult.")
    assert (found["Vladimir Medinsky"].role, found["Vladimir Medinsky"].affiliation) == ("chief negotiator", "Russia")


def test_apposition_after_the_name() -> None:
    found = _actors("William Taylor, a former US ambassador to Ukraine, told reporters the war must stop.")
    assert found["William Taylor"].role == "former US ambassador to Ukraine"
    assert found["William Taylor"].affiliation == "United States"


def test_organisation_after_at_is_the_affiliation() -> None:
    found = _actors("Mark Episkopos, an analyst at the Quincy Institute, said the move was symbolic.")
    assert (found["Mark Episkopos"].role, found["Mark Episkopos"].affiliation) == ("analyst", "Quincy Institute")


def test_apposition_before_the_name() -> None:
    found = _actors("The previous day, the lead White House envoy in Geneva, Steve Witkoff, said there was progress.")
    assert found["Steve Witkoff"].role == "lead White House envoy"
    assert found["Steve Witkoff"].affiliation == "United States"


def test_surname_alone_is_the_same_person() -> None:
    found = _actors(
        'Steven Pifer, a former diplomat, questioned the talks. "Nothing moved," Pifer said. Pifer left early.'
    )
    assert list(found) == ["Steven Pifer"]
    assert "Pifer" in found["Steven Pifer"].aliases


def test_a_place_the_model_calls_a_person_is_not_an_actor() -> None:
    found = _actors("The deal provides for reopening the Rafah crossing and a route to the Nakhchivan exclave.")
    assert found == {}


def test_reporter_credit_names_reporter_and_outlet() -> None:
    doc, ctx = analyse("Talks ended.\n\nWith reporting by RFE/RL correspondent Alex Raufoglu in Washington")
    [finding] = list(actors.extract_reporters(doc, ctx))
    assert finding.fact == Actor("Alex Raufoglu", (), "correspondent", "RFE/RL", reporter=True)
    assert all(f.fact.name != "Alex Raufoglu" for f in actors.extract(doc, ctx))  # type: ignore[union-attr]


def test_agencies_in_a_credit_are_not_people() -> None:
    doc, ctx = analyse("Talks ended.\n\nWith reporting by Reuters and AFP")
    assert list(actors.extract_reporters(doc, ctx)) == []


def test_hyphenated_given_names_stay_whole() -> None:
    found = _actors("Envoy Park Min-jun met Foreign Minister Lee Seo-yeon in Seoul. Lee Seo-yeon said little.")
    assert {"Park Min-jun", "Lee Seo-yeon"} <= set(found)
    assert not any(name.endswith(("Min", "Seo")) for name in found)
    # the model's PERSON entity ends at the hyphen: the name still runs on to the end of the given name
    found = _actors("South Korean President Choi Jae-in said it was a good day.")
    assert "Choi Jae-in" in found and "Choi Jae" not in found


def test_a_title_of_a_state_with_its_article_before_the_name() -> None:
    found = _actors("The Chairman of the Presidential Council of Libya Omar Haddad held talks on Wednesday.")
    assert found["Omar Haddad"].role == "Chairman of the Presidential Council of Libya"
    assert found["Omar Haddad"].affiliation == "Libya"  # the state the role names


def test_a_state_agency_speaks_for_its_state() -> None:
    found = _actors("The CIA director, Dana Whitlow, and Shin Bet chief Amos Keren flew in on Tuesday.")
    assert found["Dana Whitlow"].affiliation == "United States"
    assert found["Amos Keren"].affiliation == "Israel"
    doc, ctx = analyse("Officials from the Mossad and the FSB met in a third country.")
    assert {m.party for m in ctx.party_mentions} == {"Israel", "Russia"}


def test_the_movement_or_the_group_in_a_description_is_the_one_named_before() -> None:
    found = _actors(
        "Hezbollah rejected the proposal on Monday. Karim Nasser, a senior official of the movement, said talks "
        "were over, and Layla Haddad, a member of the group's political council, agreed."
    )
    assert found["Karim Nasser"].affiliation == "Hezbollah"
    assert found["Layla Haddad"].affiliation == "Hezbollah"
    assert (
        _actors("Karim Nasser, a senior official of the movement, said talks were over.")["Karim Nasser"].affiliation
        is None
    )  # no movement named before: no guess


def test_a_phrase_that_refers_back_gives_an_unqualified_office_holder_a_side() -> None:
    found = _actors(
        "President Ana Lindqvist arrived in Riga on Monday. The Estonian leader said the talks would be hard."
    )
    assert found["Ana Lindqvist"].affiliation == "Estonia"
    two = _actors(
        "President Ana Lindqvist met President Marta Kowalczyk in Riga. The Estonian leader said the talks would "
        "be hard."
    )
    assert two["Ana Lindqvist"].affiliation is None and two["Marta Kowalczyk"].affiliation is None  # who is meant?


def test_an_apposition_after_a_name_with_a_particle() -> None:
    for name in ("Samir al-Haddad", "Nabil al-Hassan"):  # names the parser splits at the particle
        found = _actors(
            f"{name}, Hamas's Gaza chief and its lead negotiator, hailed the agreement in a televised speech."
        )
        assert found[name].affiliation == "Hamas"
        assert "negotiator" in (found[name].role or "")


def test_on_the_side_of_a_country_gives_everyone_listed_that_side() -> None:
    found = _actors(
        "On the Ukrainian side, Defence Minister Ivan Kovalenko and presidential aide Olena Bondar attended the talks."
    )
    assert found["Ivan Kovalenko"].affiliation == "Ukraine" and found["Olena Bondar"].affiliation == "Ukraine"


def test_chief_of_staff_is_a_title_not_part_of_the_name() -> None:
    found = _actors("From the Russian side, Chief of the General Staff Pavel Orlov took part in the talks.")
    assert list(found) == ["Pavel Orlov"]
    assert (found["Pavel Orlov"].role, found["Pavel Orlov"].affiliation) == ("Chief of the General Staff", "Russia")


def test_an_unknown_organisation_whose_members_are_named_is_a_side() -> None:
    text = (
        "President Anna Berg and Tavrida leader Olek Marsh signed the accord on Monday. "
        "Tavrida fighters began to disarm, while the Lumen Foundation praised the deal."
    )
    doc, ctx = analyse(text)
    found = {f.fact.name: f.fact.kind for f in parties.extract(doc, ctx)}  # type: ignore[union-attr]
    assert found.get("Tavrida") == "armed_group"  # its fighters make it an armed group
    assert "Lumen Foundation" not in found  # an organisation named for what it said is no side
    assert _actors(text)["Olek Marsh"].affiliation == "Tavrida"


def test_a_bylined_reporter_works_for_the_agency_the_dateline_credits() -> None:
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    text = (
        "Envoys Agree Truce\n\nBy Jane Korhonen\n\n"
        "TALLINN, March 3 (Baltic Wire) - Estonian and Latvian envoys agreed on Monday to a truce.\n"
    )
    facts = extract_article(Article("wire", text, publisher="The Evening Post"))
    [reporter] = [e.fact for e in facts.actors if isinstance(e.fact, Actor) and e.fact.reporter]
    assert (reporter.name, reporter.affiliation) == ("Jane Korhonen", "Baltic Wire")
    facts = extract_article(Article("paper", text.replace(" (Baltic Wire)", ""), publisher="The Evening Post"))
    [reporter] = [e.fact for e in facts.actors if isinstance(e.fact, Actor) and e.fact.reporter]
    assert reporter.affiliation == "The Evening Post"  # no agency credited: the publisher's reporter


def test_a_byline_name_the_model_tags_in_part_is_the_whole_name() -> None:
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    text = (
        "Analysis: Why the truce keeps slipping away\n\nBy Tomas Reyes\n\n"
        "TALLINN - Estonian and Latvian envoys met in Riga on Monday.\n"
    )
    facts = extract_article(Article("analysis", text, publisher="The Evening Post"))
    assert [e.fact.name for e in facts.actors if isinstance(e.fact, Actor) and e.fact.reporter] == ["Tomas Reyes"]


def test_a_byline_that_says_where_the_reporter_writes_from_names_a_reporter() -> None:
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    text = "Talks end in Riga\n\nBy Emma Clarke in Geneva\n\nEstonian and Latvian envoys met in Riga on Monday.\n"
    facts = extract_article(Article("guardian", text, publisher="The Evening Post"))
    [reporter] = [e.fact for e in facts.actors if isinstance(e.fact, Actor) and e.fact.reporter]
    assert (reporter.name, reporter.role, reporter.affiliation) == ("Emma Clarke", "reporter", "The Evening Post")


def test_a_side_s_delegation_as_the_topic_of_the_sentence_before() -> None:
    found = _actors(
        "Late on Friday the Latvian delegation called reporters to its hotel. Foreign Minister Ivo Kalns said the "
        "offer had been misread."
    )
    assert found["Ivo Kalns"].affiliation == "Latvia"
    other = _actors(
        "Late on Friday reporters waited outside the Latvian delegation's hotel. Foreign Minister Ivo Kalns said "
        "the offer had been misread."
    )
    assert other["Ivo Kalns"].affiliation is None  # the delegation is not what that sentence is about


def test_a_plural_title_before_coordinated_names_is_each_one_s_role() -> None:
    found = _actors("Their foreign ministers, Ivo Kalns of Latvia and Mari Tamm of Estonia, initialed the text.")
    assert (found["Ivo Kalns"].role, found["Ivo Kalns"].affiliation) == ("foreign minister", "Latvia")
    assert (found["Mari Tamm"].role, found["Mari Tamm"].affiliation) == ("foreign minister", "Estonia")
    found = _actors("The text was signed by the two chief negotiators, Ivo Kalns for Latvia and Mari Tamm for Estonia.")
    assert found["Ivo Kalns"].role == "chief negotiator"  # a count is not part of a role


def test_a_role_phrase_with_a_name_beside_it_refers_to_no_one_else() -> None:
    found = _actors(
        "The accord was signed by chief negotiator Ivo Kalns. Norway's envoy, Dag Berg, stood at his side. "
        "Kalns said the text was the best possible."
    )
    assert found["Ivo Kalns"].affiliation is None and found["Dag Berg"].affiliation == "Norway"


def test_a_name_the_text_gives_as_another_s_alias_is_the_same_person() -> None:
    found = _actors("Rodrigo Londono, better known as Timochenko, met the president in Oslo. Timochenko said little.")
    assert set(found) == {"Rodrigo Londono"} and "Timochenko" in found["Rodrigo Londono"].aliases
    found = _actors("The rebel leader Ivan Olmedo, whose real name is Luis Arango, spoke first.")
    assert set(found) == {"Ivan Olmedo"}


@pytest.mark.parametrize(
    "text",
    [
        'Rebel commander Ivan Soto, known as "El Tigre", arrived in Quito on Monday. El Tigre told reporters the '
        "rebels were ready to talk.",
        "Rebel commander Ivan Soto, widely known as Tigre, arrived in Quito on Monday. Tigre told reporters the rebels "
        "were ready to talk.",
    ],
)
def test_an_alias_after_a_name_the_model_took_for_no_name_is_the_same_person(text: str) -> None:
    found = _actors(text)
    assert set(found) == {"Ivan Soto"} and found["Ivan Soto"].role == "Rebel commander"


def test_a_name_with_fewer_links_of_its_lineage_is_the_same_person() -> None:
    found = _actors(
        "Prime Minister Mohammed bin Abdulrahman bin Jassim Al Thani met the delegations in Doha on Monday. "
        "Mohammed bin Abdulrahman Al Thani said the talks were constructive."
    )
    assert set(found) == {"Mohammed bin Abdulrahman bin Jassim Al Thani"}


def test_a_name_with_another_father_is_another_person() -> None:
    found = _actors(
        "Prime Minister Mohammed bin Abdulrahman bin Jassim Al Thani met the delegations in Doha on Monday. "
        "Mohammed bin Salman Al Thani said the talks were constructive."
    )
    assert len(found) == 2


def test_a_surname_that_speaks_finds_its_full_name_whatever_the_model_called_it() -> None:
    from kg.extract import statements
    from kg.model import Statement

    text = (
        "The deal was signed by Tomas Ruiz for the government and Iván Olmedo for the Popular Liberation Front.\n\n"
        '"We have won," said Olmedo, "a long and bitter battle."'
    )
    doc, ctx = analyse(text)
    said = [f.fact for f in statements.extract(doc, ctx) if isinstance(f.fact, Statement)]
    assert [s.speaker for s in said] == ["Iván Olmedo"]


def test_a_hyphenated_title_after_the_name_and_a_ruling_party_as_its_state() -> None:
    found = _actors("The envoy was joined by Pak Min Chol, vice-chairman of the Central Committee of the WPK.")
    assert found["Pak Min Chol"].role == "vice-chairman of the Central Committee of the WPK"
    assert found["Pak Min Chol"].affiliation == "North Korea"  # the ruling party stands for its state


def test_courtesies_between_title_and_name_are_not_part_of_either() -> None:
    found = _actors("Security Adviser Shri Arun Mehta and Foreign Minister H.E. Mr. Li Qiang would meet soon.")
    assert found["Arun Mehta"].role == "Security Adviser" and found["Li Qiang"].role == "Foreign Minister"


def test_a_dotted_abbreviation_names_the_same_party_as_the_undotted_one() -> None:
    from kg.gazetteer import load

    gazetteer = load()
    assert gazetteer.party("U.S.") == gazetteer.party("US") == "United States"
    assert gazetteer.party("U.N.") == "United Nations"
    found = _actors("U.S. Vice President Ann Carter phoned both leaders this week.")
    assert (found["Ann Carter"].role, found["Ann Carter"].affiliation) == ("Vice President", "United States")


def test_a_title_before_a_break_the_parser_put_inside_the_sentence_still_reads() -> None:
    from spacy.tokens import Doc

    from kg.extract.nlp import load_pipeline
    from kg.extract.role_phrases import _clause_start

    words = ["He", "left", ".", "Latvian", "Foreign", "Minister", "Janis", "Ozols", "wrote", "."]
    starts = [True, False, False, True, False, False, True, False, False, False]
    doc = Doc(load_pipeline().vocab, words=words, sent_starts=starts)
    assert _clause_start(doc[6:8]) == 3  # the title's words belong to the name's sentence
    assert _clause_start(doc[3:6]) == 3  # a stop ends a sentence


def test_a_plural_possessive_is_not_part_of_the_role() -> None:
    found = _actors("Diplomats looked on, along with the Netherlands' foreign minister, Pieter de Vries.")
    assert found["Pieter de Vries"].role == "foreign minister"


def test_the_name_after_bin_is_the_father_s_not_a_surname() -> None:
    found = _actors(
        "King Faisal bin Khalid received the envoys. Crown Prince Tariq bin Faisal looked on as King Faisal spoke."
    )
    assert found["Tariq bin Faisal"].role == "Crown Prince"
    assert "Faisal" not in found["Tariq bin Faisal"].aliases


def test_a_state_s_envoy_for_another_state_speaks_for_the_first() -> None:
    found = _actors("Mediator: Ann Carter, US ambassador to Latvia and special envoy for Estonia, chaired the talks.")
    assert found["Ann Carter"].affiliation == "United States"


def test_a_state_body_named_of_its_state_and_an_apposition_after_the_second_of_two_names() -> None:
    found = _actors(
        "Engineers worked late, while US Energy Secretary Ann Carter and Karim Nasser, head of the Central Bank "
        "of Lebanon, went through the annexes."
    )
    assert found["Ann Carter"].affiliation == "United States"
    assert found["Karim Nasser"].affiliation == "Lebanon"
    assert found["Karim Nasser"].role == "head of the Central Bank of Lebanon"


def test_a_side_named_once_for_two_clauses_led_by() -> None:
    found = _actors(
        "Latvia's team was led by deputy undersecretary Ivars Kalns and Estonia's by Deputy Foreign Minister "
        "Mart Tamm, who brushed the complaints aside."
    )
    assert found["Ivars Kalns"].affiliation == "Latvia" and found["Mart Tamm"].affiliation == "Estonia"


def test_names_listed_after_a_dash_take_the_parties_listed_before_it_in_turn() -> None:
    found = _actors(
        "The delegation met the national security advisers of Britain, France and Germany - John Smith, "
        "Pierre Martin and Hans Weber - who had flown in."
    )
    assert [found[n].affiliation for n in ("John Smith", "Pierre Martin", "Hans Weber")] == [
        "United Kingdom",
        "France",
        "Germany",
    ]
    assert {found[n].role for n in ("John Smith", "Pierre Martin", "Hans Weber")} == {"national security adviser"}


def test_an_office_several_states_have_gives_no_state() -> None:
    found = _actors("Briefing reporters afterwards, Foreign Secretary Rahul Verma said the meeting went well.")
    assert found["Rahul Verma"].affiliation is None


def test_an_aide_for_a_principal_and_a_spouse_take_the_principal_s_side() -> None:
    found = _actors(
        "Tallinn is looking for the silver lining. Mart Kask, spokesman for President Alar Karis, told a briefing "
        "that it was a pity. In the evening Sirje Karis, wife of Alar Karis, hosted a dinner."
    )
    assert (found["Mart Kask"].role, found["Mart Kask"].affiliation) == (
        "spokesman for President Alar Karis",
        "Estonia",
    )
    assert (found["Sirje Karis"].role, found["Sirje Karis"].affiliation) == ("wife of Alar Karis", "Estonia")


def test_the_organisation_is_the_object_of_at_not_a_place_modifying_it() -> None:
    found = _actors(
        "Ann Carter, director of the Asia programme at the London think tank Global Policy Forum, said it was weak."
    )
    assert found["Ann Carter"].affiliation == "Global Policy Forum"


def test_an_office_of_one_state_stays_whole_and_gives_its_state() -> None:
    found = _actors("On Sunday the envoy met the Chancellor of the Exchequer, Margaret Hale, to discuss trade.")
    assert (found["Margaret Hale"].role, found["Margaret Hale"].affiliation) == (
        "Chancellor of the Exchequer",
        "United Kingdom",
    )


def test_the_first_of_two_descriptions_joined_by_and_is_the_role() -> None:
    found = _actors(
        "Present were Ann Carter, Latvia's strategic affairs minister and a close confidant of the premier, and "
        "Rodolfo Benitez, the Cuban guarantor."
    )
    assert (found["Ann Carter"].role, found["Ann Carter"].affiliation) == ("strategic affairs minister", "Latvia")
    assert (found["Rodolfo Benitez"].role, found["Rodolfo Benitez"].affiliation) == ("guarantor", "Cuba")


def test_a_relative_clause_after_the_name_gives_the_role_and_side() -> None:
    found = _actors(
        "Yusuf Kaya, who serves as Turkey's deputy foreign minister, said the talks were useful. Jan Kowalski, who "
        "heads Poland's negotiating team, said the gap was narrowing. Anna Berg, who is not a minister, left."
    )
    assert (found["Yusuf Kaya"].role, found["Yusuf Kaya"].affiliation) == ("deputy foreign minister", "Turkey")
    assert (found["Jan Kowalski"].role, found["Jan Kowalski"].affiliation) == (
        "head of Poland's negotiating team",
        "Poland",
    )
    assert found["Anna Berg"].role is None  # a negated clause gives no office


def test_the_country_s_refers_to_the_state_named_just_before() -> None:
    found = _actors("Turkey hosted the talks. Yusuf Kaya, the country's top diplomat, said little.")
    assert (found["Yusuf Kaya"].role, found["Yusuf Kaya"].affiliation) == ("top diplomat", "Turkey")


def test_a_spokesman_for_a_states_ministry_speaks_for_the_state() -> None:
    found = _actors("Oleh Marchuk, the spokesman for Poland's Foreign Ministry, said the offer was unacceptable.")
    assert found["Oleh Marchuk"].affiliation == "Poland"
    found = _actors("Mark Episkopos, an analyst at the London think tank Chatham House, said the move was symbolic.")
    assert found["Mark Episkopos"].affiliation == "Chatham House"
    found = _actors("Ewa Nowak, a researcher at Poland's Institute of Public Affairs, said the move was symbolic.")
    assert found["Ewa Nowak"].affiliation != "Poland"


def test_a_place_that_only_locates_an_organisation_is_not_the_side() -> None:
    found = _actors(
        "Ana Rojas, a senior fellow at the Lima-based Andean Policy Institute, said the deal would not last."
    )
    assert found["Ana Rojas"].affiliation == "Andean Policy Institute"
    found = _actors(
        "Luis Paz, secretary-general of the Bolivar Center for Regional Studies in Lima, said the deal was weak."
    )
    assert found["Luis Paz"].affiliation == "Bolivar Center for Regional Studies"


def test_an_organisations_envoy_speaks_for_the_organisation_not_their_country() -> None:
    for sentence, name, side in (
        ("Ana Weber, an Austrian diplomat who represents the OSCE, signed the text.", "Ana Weber", "OSCE"),
        (
            "Ana Rojas, a Peruvian diplomat serving as the UN envoy, said the talks were useful.",
            "Ana Rojas",
            "United Nations",
        ),
        (
            "The African Union envoy, former Kenyan president Luis Paz, said talks were useful.",
            "Luis Paz",
            "African Union",
        ),
    ):
        assert _actors(sentence)[name].affiliation == side
    found = _actors("Peruvian diplomat Ana Rojas told the UN envoy that the talks were useful.")
    assert found["Ana Rojas"].affiliation == "Peru"


def test_a_research_body_named_after_a_country_speaks_for_itself() -> None:
    found = _actors("Ana Rojas, a researcher with the Peruvian Institute of Peace, said the talks were useful.")
    assert found["Ana Rojas"].affiliation == "Peruvian Institute of Peace"
    found = _actors("Peruvian analyst Ana Rojas of the Andean Institute said the deal was fragile.")
    assert found["Ana Rojas"].affiliation == "Andean Institute"
    found = _actors("Kirill Petrov, head of the Russian Direct Investment Fund, said the deal was fair.")
    assert found["Kirill Petrov"].affiliation == "Russia"


def test_a_party_named_after_a_country_speaks_for_itself() -> None:
    found = _actors("Ana Rojas of the Peruvian Workers' Party said the talks had left civilians out.")
    assert found["Ana Rojas"].affiliation == "Peruvian Workers' Party"
    found = _actors("Luis Paz, of the Chilean Democratic Front, said the deal was fragile.")
    assert found["Luis Paz"].affiliation == "Chilean Democratic Front"


def test_a_body_of_an_international_organisation_in_a_title_is_the_organisation() -> None:
    found = _actors("AU Commission Chairperson Amara Folasade and UN Security Council President Tomas Ekdal spoke.")
    assert found["Amara Folasade"].affiliation == "African Union"
    assert found["Tomas Ekdal"].affiliation == "United Nations"


def _party_names(text: str) -> set[str]:
    doc, ctx = analyse(text)
    return {f.fact.name for f in parties.extract(doc, ctx)}  # type: ignore[union-attr]


def test_a_states_opposition_is_a_side_named_after_the_state() -> None:
    assert "Belarusian opposition" in _party_names("The Belarusian opposition met envoys in Vilnius.")
    assert "Belarusian opposition" in _party_names(
        "Belarus's government and the opposition held talks in Vilnius on Monday."
    )
    found = _actors(
        "Belarus's government and the opposition held talks in Vilnius on Monday. "
        "Opposition leader Anna Kowalczyk said the meeting was useful."
    )
    assert found["Anna Kowalczyk"].affiliation == "Belarusian opposition"


def test_opposition_as_disagreement_is_no_side() -> None:
    names = _party_names("Belarus's ministers voiced strong opposition to the plan, in opposition to Lithuania.")
    assert not any(name.endswith("opposition") for name in names)


def test_an_institution_word_alone_is_no_side() -> None:
    assert "Army" not in _party_names("Army commanders from Sudan and Chad will meet in Khartoum on Tuesday.")


def test_the_government_of_a_description_is_the_state_whose_government_was_named() -> None:
    found = _actors(
        "Peru's government and the rebels resumed talks in Lima on Monday. "
        "The head of the government delegation, Ana Quispe, told reporters the mood was good."
    )
    assert found["Ana Quispe"].affiliation == "Peru"


def test_communities_that_negotiate_as_sides_are_parties_of_their_own() -> None:
    doc, ctx = analyse("Greek Cypriot leader Elena Markou and the Turkish Cypriot side met in Nicosia.")
    found = {f.fact.name: f.fact for f in parties.extract(doc, ctx)}  # type: ignore[union-attr]
    assert found["Greek Cypriots"].kind == "community" and "Turkish Cypriots" in found  # type: ignore[union-attr]
    assert "Greece" not in found and "Turkey" not in found
    assert _actors("Greek Cypriot leader Elena Markou met envoys.")["Elena Markou"].affiliation == "Greek Cypriots"


def test_well_known_movements_are_parties_under_their_other_names() -> None:
    names = _party_names(
        "Tigrayan forces and the Libyan National Army sent envoys, and SPLA-IO and Polisario delegates came too."
    )
    assert {"TPLF", "Libyan National Army", "SPLM-IO", "Polisario Front"} <= names


def test_the_bloc_of_a_description_is_the_organisation_named_before() -> None:
    found = _actors(
        "Envoys met in Brussels for EU-facilitated talks, the bloc's special representative Jan Novak said."
    )
    assert found["Jan Novak"].affiliation == "European Union"


def test_a_state_represented_by_an_official_of_one_of_its_offices_is_the_side() -> None:
    found = _actors("Moldova was represented by Ion Rusu, director of the government's Bureau for Reintegration.")
    assert found["Ion Rusu"].affiliation == "Moldova"


def test_a_counterpart_holds_the_office_of_the_person_it_mirrors() -> None:
    found = _actors("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Quispe signed the text.")
    assert found["Luis Quispe"].role == "Foreign Minister" and found["Luis Quispe"].affiliation == "Peru"
    found = _actors("Chile's acting defence minister Ana Rojas and her Peruvian counterpart Luis Quispe signed it.")
    assert found["Luis Quispe"].role == "defence minister"  # the office, not the other's standing in it
    found = _actors("Peruvian Defence Minister Luis Vargas and his Chilean counterpart Ana Soto met in Quito.")
    assert (found["Ana Soto"].role, found["Ana Soto"].affiliation) == ("Defence Minister", "Chile")  # (untagged)


def test_who_headed_the_government_delegation_speaks_for_that_government() -> None:
    found = _actors(
        "Yemen's Saudi-backed government and the Houthi movement agreed on Monday to free 900 detainees.\n\n"
        "The Houthis' chief negotiator, Ali Murad, said the deal would be implemented within weeks. Sami Kazem, who "
        "headed the government delegation, said Saudi detainees would be among those released."
    )
    assert found["Sami Kazem"].affiliation == "Yemen"


def test_a_description_in_the_lead_is_the_role_of_the_person_named_next() -> None:
    lead = (
        "Talks between Chile and Peru ended without a deal on Monday, with the African Union's special "
        "envoy blaming Peru's foreign minister.\n\n"
        "Amara Diallo, who hosted the meeting, said Foreign Minister Luis Vega of Peru had refused to move."
    )
    found = _actors(lead)
    assert (found["Amara Diallo"].role, found["Amara Diallo"].affiliation) == ("special envoy", "African Union")
    # the description is claimed by the one it fits, and two descriptions leave the newcomer alone
    two = lead.replace("blaming Peru's foreign minister", "blaming Brazil's envoy")
    assert found["Luis Vega"].role == "Foreign Minister"
    assert _actors(two)["Amara Diallo"].role is None


def test_the_title_of_the_one_a_person_serves_is_not_part_of_their_role() -> None:
    found = _actors("Mark Toom, chief of staff to President Ana Lind, led the Estonian delegation on Monday.")
    assert found["Ana Lind"].role == "President"
    assert found["Mark Toom"].role == "chief of staff"


def test_a_word_between_two_titles_is_what_the_title_is_about_not_a_person() -> None:
    found = _actors(
        "The European Union's chief Brexit negotiator said on Thursday that talks had stalled.\n\n"
        "Michel Barnier spoke after the round ended."
    )
    assert set(found) == {"Michel Barnier"}
    assert (found["Michel Barnier"].role, found["Michel Barnier"].affiliation) == (
        "chief Brexit negotiator",
        "European Union",
    )


def test_an_abbreviated_rank_is_a_role_and_a_capitalised_abu_opens_the_name() -> None:
    found = _actors("The army delegation is led by Maj. Gen. Abu Karim Haddad, who spoke on Monday.")
    assert found["Abu Karim Haddad"].role == "Maj. Gen."
    # an office the story gives outweighs the bare rank
    office = _actors("Lt. Gen. Omar Selim, the deputy head of the ruling council, spoke on Monday.")
    assert office["Omar Selim"].role == "deputy head of the ruling council"


def test_a_marshal_s_rank_is_not_part_of_the_name() -> None:
    found = _actors("Field Marshal Juma Odero and Marshal Ivan Petrov attended the talks on Monday.")
    assert {"Juma Odero", "Ivan Petrov"} <= set(found)
    assert found["Ivan Petrov"].role == "Marshal"


@pytest.mark.parametrize("rank", ["Lt. Gen.", "Maj. Gen.", "Brig.", "General"])
def test_a_rank_after_an_office_leaves_the_office_whole(rank: str) -> None:
    found = _actors(f"The rebels' commander {rank} Juma Odero arrived on Monday for the talks.")
    assert found["Juma Odero"].role == "commander"


def test_the_phrase_a_name_is_apposed_to_ends_at_its_comma() -> None:
    found = _actors("The army's leader, General Omar Selim, said on Saturday that his forces would not attend.")
    assert found["Omar Selim"].role == "army's leader"


def test_a_title_after_a_comma_that_opens_the_next_name_of_a_list_is_that_name_s() -> None:
    found = _actors(
        "Crown Prince Karim Haddad, United Nations Secretary-General Ana Lind and Mark Toom, Peru's envoy, looked on "
        "as Omar Selim, spokesman for President Karim Haddad, read the text."
    )
    assert found["Karim Haddad"].affiliation != "United Nations"
    assert found["Ana Lind"].affiliation == "United Nations"
    assert found["Omar Selim"].role == "spokesman for President Karim Haddad"


def test_the_leader_of_a_faction_the_gazetteer_does_not_know_speaks_for_it() -> None:
    found = _actors("The Andean Liberation Movement faction led by Karim Haddad also signed the accord on Monday.")
    assert found["Karim Haddad"].affiliation == "Andean Liberation Movement"


def test_a_name_after_a_title_that_ends_on_its_state_is_a_person() -> None:
    found = _actors(
        "The talks were hosted by Minister of Foreign Affairs of the Republic of Peru Elmer Schialer on Monday."
    )
    assert (found["Elmer Schialer"].role, found["Elmer Schialer"].affiliation) == (
        "Minister of Foreign Affairs",
        "Peru",
    )


def test_its_in_a_persons_phrase_is_the_side_that_is_the_clauses_subject() -> None:
    found = _actors(
        "Chile is taking part indirectly, with its envoy Pablo Ortega based in a hotel across the street. "
        "The bloc sent its trade chief, Maria Olsen, to Geneva."
    )
    assert found["Pablo Ortega"].affiliation == "Chile"
    assert found["Maria Olsen"].affiliation is None  # "the bloc" names no side


def test_a_title_after_an_unknown_owners_name_is_the_role() -> None:
    found = _actors("Mara Quist, Eirene's secretary-general, said the talks in Lima would restart on Monday.")
    assert found["Mara Quist"].role == "secretary-general"


def test_who_facilitates_the_talks_on_behalf_of_a_state_makes_a_facilitator_for_it() -> None:
    found = _actors(
        "Ana Soto, who facilitates the dialogue on behalf of Norway, said the meeting had been useful. "
        "Pablo Ortega, who mediates for Qatar, said little."
    )
    assert (found["Ana Soto"].role, found["Ana Soto"].affiliation) == ("facilitator", "Norway")
    assert (found["Pablo Ortega"].role, found["Pablo Ortega"].affiliation) == ("mediator", "Qatar")


def test_a_description_opening_the_sentence_after_a_name_is_that_persons_role_and_side() -> None:
    found = _actors(
        "Erik Haugland has spent years in hotel rooms, waiting. The Norwegian diplomat, who heads a peace section, has "
        "helped the Venezuelan government of Nicolas Maduro and its opponents talk since 2019. Jorge Rojas, the "
        "speaker of the assembly, has led the government delegation throughout."
    )
    assert (found["Erik Haugland"].role, found["Erik Haugland"].affiliation) == ("diplomat", "Norway")
    assert found["Nicolas Maduro"].role != "diplomat"
    assert found["Jorge Rojas"].affiliation == "Venezuela"


def test_page_labels_before_a_colon_and_document_titles_are_not_people() -> None:
    found = _actors(
        "Joint Statement on the Cessation of Hostilities between Chile and Peru\n\n"
        "Breakthrough: Chilean Foreign Minister Ana Soto says Peru has agreed to the text."
    )
    assert set(found) == {"Ana Soto"}


def test_an_apposition_the_parser_hangs_on_another_name_keeps_only_its_own_conjunct() -> None:
    found = _actors(
        "Saudi Crown Prince Mohammed bin Salman and the foreign minister of the United Arab Emirates, Sheikh "
        "Abdullah bin Zayed Al Nahyan, were also present."
    )
    assert found["Abdullah bin Zayed Al Nahyan"].role == "foreign minister"
    assert found["Abdullah bin Zayed Al Nahyan"].affiliation == "United Arab Emirates"


def test_a_counterpart_mirrors_the_person_named_a_long_sentence_before() -> None:
    found = _actors(
        "Ana Soto, Chile's foreign minister, said after last week's round in Lima that some progress had been made "
        'on the border and on water rights, but that "key issues remain unresolved" between the two governments. '
        "Her Peruvian counterpart, Luis Prado, accused Santiago of dragging its feet."
    )
    assert found["Luis Prado"].role == "foreign minister"


def test_whose_group_right_after_a_name_is_the_side_that_person_speaks_for() -> None:
    found = _actors(
        "Prime Minister Ana Soto of the Government of National Unity and Luis Prado, whose Andean Liberation Army "
        "controls much of the east, shook hands in Lima."
    )
    assert found["Luis Prado"].affiliation == "Andean Liberation Army"


def test_led_by_x_for_one_side_and_y_for_the_other_gives_each_their_side() -> None:
    found = _actors(
        "The Venezuelan government and the opposition resumed talks in Mexico City. The delegations, led by "
        "National Assembly President Jorge Rojas for the government and Pablo Ortega for the opposition, met "
        "at a downtown hotel."
    )
    assert found["Jorge Rojas"].affiliation == "Venezuela"
    assert found["Pablo Ortega"].affiliation == "Venezuelan opposition"


def test_a_side_that_is_the_subject_of_a_clause_after_for_is_not_the_side_a_name_speaks_for() -> None:
    found = _actors(
        "Peru's president met Chile's envoy on Wednesday, two days before a deadline set by Bolivian President Jorge "
        "Rojas for Chile to agree to a truce."
    )
    assert found["Jorge Rojas"].affiliation == "Bolivia"


def test_the_rebels_refer_back_to_the_armed_group_not_to_a_mediating_institute_named_after_it() -> None:
    found = _actors(
        "Chile and the Nuba Liberation Movement (NLM) signed a peace deal in Quito on Monday. The deal was brokered "
        "by former Peruvian President Jorge Salas, whose Crisis Management Initiative hosted the talks. Ana Ruiz, "
        "the rebels' prime minister in exile, signed for the group."
    )
    assert found["Ana Ruiz"].affiliation == "Nuba Liberation Movement"


def test_the_government_negotiator_speaks_for_the_state_whose_government_negotiators_were_named() -> None:
    found = _actors(
        "KUALA LUMPUR — Chilean government negotiators and the Nuba Liberation Movement (NLM) signed a peace deal on "
        "Sunday after talks facilitated by Malaysia.\n\nMalaysian facilitator Ahmad Rahman, who has overseen the "
        "talks since 2011, said the two sides had crossed the last bridge.\n\nThe chief government negotiator, Ana "
        "Ruiz, said the deal would be signed in Santiago next month."
    )
    assert found["Ana Ruiz"].affiliation == "Chile"


def test_a_role_in_the_phrase_of_one_person_is_not_told_before_another_named_later() -> None:
    found = _actors(
        "Since April, Peru has quietly hosted talks between the Chilean government and the Nuba Liberation Movement "
        "(NLM) rebels.\n\nThe rebels' chief negotiator is Jorge Salas, a lawyer who also serves as the group's "
        "executive secretary. Santiago is represented by Ana Ruiz, a senior adviser to the president.\n\nPeru's lead "
        "mediator, Pedro Gil, has shuttled between the parties for months. His Bolivian counterpart, Luis Vega, is "
        "Carlos Morales's senior adviser."
    )
    assert (found["Carlos Morales"].role, found["Carlos Morales"].affiliation) == (None, None)


def test_a_state_body_a_description_names_back_gives_that_state() -> None:
    found = _actors(
        "Chile's ruling military council and the main opposition coalition signed a power-sharing agreement on "
        "Wednesday.\n\nThe deal was initialled by the council's deputy head, General Jorge Salas, and Ana Ruiz, a "
        "representative of the opposition, at a ceremony in Santiago."
    )
    assert found["Jorge Salas"].affiliation == "Chile"


def test_a_person_nominated_by_a_government_or_a_body_speaks_for_it() -> None:
    found = _actors(
        "The co-chairs, Ahmad Kuzbari, nominated by the Government of the Syrian Arab Republic, and Hadi al-Bahra, "
        "nominated by the Syrian Negotiations Commission, met with the envoy this morning."
    )
    assert found["Ahmad Kuzbari"].affiliation == "Syria"


def test_a_title_and_name_the_model_tags_as_one_organisation_keep_the_state_of_the_title() -> None:
    found = _actors("Chinese Foreign Minister Wang Yi held talks with Indian National Security Adviser Ajit Doval.")
    assert (found["Ajit Doval"].role, found["Ajit Doval"].affiliation) == ("National Security Adviser", "India")


def test_two_who_will_meet_each_other_do_not_share_a_side() -> None:
    found = _actors(
        "Secretary of State Antony Blinken and Foreign Minister Luis Prado will meet again in the coming months.",
        published=None,
    )
    assert found["Antony Blinken"].affiliation == "United States"
    assert found["Luis Prado"].affiliation != "United States"


def test_an_organisation_whose_name_holds_a_title_word_stays_an_organisation() -> None:
    found = _actors(
        "Pedro Ruiz, secretary-general of the National Movement for the Liberation of Oruro, said the text was bad."
    )
    assert found["Pedro Ruiz"].affiliation == "National Movement for the Liberation of Oruro"


def test_its_leader_opening_a_sentence_speaks_for_the_subject_of_the_sentence_before() -> None:
    found = actors_of(
        "Hamas, the group that runs Gaza, rejected the proposal on Monday. Its political chief, Omar Salem, said "
        "the group would study a new text."
    )
    assert (found["Omar Salem"].role, found["Omar Salem"].affiliation) == ("political chief", "Hamas")


def test_the_government_or_a_ministry_of_a_named_state_is_that_state() -> None:
    doc, ctx = analyse(
        "Talks between the Government of Chile and the Andean Liberation Front were facilitated by the Government "
        "of Peru. The Ministry of Foreign Affairs of the Republic of Ecuador welcomed them."
    )
    assert [(m.party, m.how) for m in ctx.party_mentions if m.known] == [
        ("Chile", "metonym"),
        ("Peru", "metonym"),
        ("Ecuador", "metonym"),
    ]


def test_the_head_of_a_delegation_that_was_led_by_them_speaks_for_its_state_not_for_a_unit_they_command() -> None:
    found = actors_of(
        "Chile's envoy Ana Soto criticised the Peruvian delegation, which was led by Deputy Foreign Minister "
        "Luis Mora. The Bolivian side was headed by Maj Gen Hugo Rojas, the commander of the Southern Andes "
        "Military District."
    )
    assert found["Luis Mora"].affiliation == "Peru"
    assert found["Hugo Rojas"].affiliation == "Bolivia"


def test_a_known_name_inside_an_organisation_the_model_tagged_too_long_is_that_party() -> None:
    doc, ctx = analyse(
        "Talks between the army and the Rapid Support Forces in Jeddah were welcomed by the Intergovernmental "
        "Authority on Development (IGAD), which sent observers."
    )
    assert [m.party for m in ctx.party_mentions if m.known] == ["Rapid Support Forces", "IGAD", "IGAD"]


def test_a_korean_name_keeps_a_short_family_name_which_alone_names_the_person_later() -> None:
    found = actors_of(
        "South Korean President Han Min-su met Peruvian President Ana Soto in Lima. Han's aide Pedro Ruiz said "
        "it went well. Sitting with Han was his chief of staff, Im Jong Dae."
    )
    assert set(found) == {"Han Min-su", "Ana Soto", "Pedro Ruiz", "Im Jong Dae"}
    assert (found["Pedro Ruiz"].role, found["Pedro Ruiz"].affiliation) == ("aide", "South Korea")


def test_a_side_from_the_sentence_before_the_mention_that_titles_the_person() -> None:
    found = actors_of(
        "Vice Foreign Minister Ana Soto stood beside Ri throughout. The North Korean delegation summoned "
        "reporters at midnight. Foreign Minister Ri Chol Ho disputed the account."
    )
    assert (found["Ri Chol Ho"].role, found["Ri Chol Ho"].affiliation) == ("Foreign Minister", "North Korea")


def test_a_style_of_address_is_no_person() -> None:
    found = actors_of(
        "The Crown Prince received the heads of the two delegations on Saturday. During the reception, His Royal "
        "Highness stressed the Kingdom's keenness on stability. Foreign Minister Ana Soto attended."
    )
    assert set(found) == {"Ana Soto"}


def test_a_principal_named_with_an_apostrophe_is_no_part_of_the_role() -> None:
    found = actors_of(
        "Chilean President Luis Mora opened the talks in Lima. Ana Soto, Mora's special envoy to the talks, said "
        "the government would not negotiate with groups that kept fighting."
    )
    assert (found["Ana Soto"].role, found["Ana Soto"].affiliation) == ("special envoy", "Chile")


def test_a_sides_title_set_before_the_names_own_title_and_a_comma_gives_the_side() -> None:
    found = actors_of(
        "Special envoys of Armenia and Turkey met in Vienna on Friday. Armenia's envoy, deputy parliament speaker "
        "Aram Petrosyan, and his Turkish counterpart, former ambassador Kemal Aydin, reaffirmed their agreement."
    )
    assert (found["Aram Petrosyan"].role, found["Aram Petrosyan"].affiliation) == (
        "deputy parliament speaker",
        "Armenia",
    )


def test_writers_who_contributed_to_this_report_are_reporters_of_the_credited_agency() -> None:
    doc, ctx = analyse(
        "Talks ended.\n\nAssociated Press writers Amina Yusuf in Mogadishu and Dawit Bekele in Addis Ababa "
        "contributed to this report."
    )
    found = {f.fact.name: f.fact for f in actors.extract_reporters(doc, ctx)}
    assert set(found) == {"Amina Yusuf", "Dawit Bekele"}
    assert {(a.role, a.affiliation, a.reporter) for a in found.values()} == {("reporter", "Associated Press", True)}
    assert all(f.fact.name not in found for f in actors.extract(doc, ctx))  # type: ignore[union-attr]


def test_a_sentence_opening_by_with_a_lower_case_phrase_is_no_byline() -> None:
    found = actors_of(
        "By dawn on Thursday, Prime Minister Luis Mora and President Ana Soto had signed the covenant. "
        "Mora said the covenant was good."
    )
    assert set(found) == {"Luis Mora", "Ana Soto"}
    assert not any(a.reporter for a in found.values())


def test_a_capital_of_two_words_that_speaks_is_no_person() -> None:
    found = actors_of(
        "A spokesman for the Bolivian government, Hugo Rojas, said La Paz welcomed the resumption of talks."
    )
    assert set(found) == {"Hugo Rojas"}


def test_a_title_after_the_last_name_of_a_list_ends_with_the_sentence() -> None:
    found = actors_of(
        "The meeting was attended by Sheikh Hamad bin Rashid Al Mansour, Deputy Ruler of Lima and National "
        "Security Advisor, and Sheikh Khalid bin Rashid Al Mansour, Minister of Foreign Affairs."
    )
    assert found["Khalid bin Rashid Al Mansour"].role == "Minister of Foreign Affairs"
    assert found["Hamad bin Rashid Al Mansour"].role == "Deputy Ruler"


def test_a_side_the_tagger_joined_to_a_title_of_several_words_leaves_the_role() -> None:
    found = _actors("Indian External Affairs Minister Ravi Kumar spoke to his Chilean counterpart on Friday.")
    assert (found["Ravi Kumar"].role, found["Ravi Kumar"].affiliation) == ("External Affairs Minister", "India")


def test_who_a_clause_says_leads_a_delegation_heads_it() -> None:
    for text in (
        "Chile and the rebels met in Lima. The rebel delegation is led by Tomas Riquelme.",
        "Chile and the rebels met in Lima. The rebel delegation, led by Tomas Riquelme, arrived on Sunday.",
        "Chile and the rebels met in Lima. Tomas Riquelme heads the rebel delegation.",
    ):
        found = _actors(text)["Tomas Riquelme"]
        assert (found.role, found.affiliation) == ("head of the rebel delegation", None), text
    found = _actors("Chile and Peru met in Lima. The Chilean delegation is headed by Tomas Riquelme.")["Tomas Riquelme"]
    assert (found.role, found.affiliation) == ("head of the Chilean delegation", "Chile")


def test_the_government_panel_and_the_team_a_state_sends_give_their_head_a_side() -> None:
    found = _actors(
        "Envoys of the Chilean government and the rebels met in Lima. "
        "The government panel was headed by law professor Tomas Riquelme."
    )["Tomas Riquelme"]
    assert (found.role, found.affiliation) == ("law professor", "Chile")
    found = _actors("Peru and Chile met in Lima. Peru sent a team headed by Energy Ministry official Ana Ruiz.")
    assert found["Ana Ruiz"].affiliation == "Peru"


def test_a_second_agent_after_an_elided_verb_leads_its_own_team() -> None:
    found = _actors(
        "Chile and Peru met in Lima. Chile's team was led by deputy minister Ana Quispe and Peru's by Deputy "
        "Foreign Minister Tomas Riquelme."
    )
    assert found["Tomas Riquelme"].affiliation == "Peru"


def test_rivals_listed_together_or_holding_talks_lend_each_other_no_side() -> None:
    found = _actors(
        "The two Andean rivals, Prime Minister Ana Quispe of Bolivia and northern commander Tomas Riquelme, were "
        "in Quito on Sunday. A week earlier, Quispe and Riquelme held indirect talks in Bogota."
    )
    assert found["Ana Quispe"].affiliation == "Bolivia"
    assert found["Tomas Riquelme"].affiliation is None


def test_the_second_of_two_commissions_headed_with_the_verb_left_out_is_its_head_s_side() -> None:
    found = _actors(
        "The Chilean commission was headed by Deputy Prime Minister Ana Quispe and the Peruvian commission by "
        "Deputy Prime Minister Tomas Riquelme."
    )
    assert (found["Ana Quispe"].affiliation, found["Tomas Riquelme"].affiliation) == ("Chile", "Peru")


def test_a_state_s_own_council_in_a_role_gives_the_state_and_a_school_stays_the_side() -> None:
    found = _actors(
        "The president said Tomas Riquelme, secretary of Chile's National Security and Defence Council, had offered "
        'to meet his Peruvian counterparts on Wednesday. "It went '
        "well,\" said Ana Quispe, a doctoral candidate at Peru's Institute of Andean Studies."
    )
    assert found["Tomas Riquelme"].affiliation == "Chile"
    assert found["Ana Quispe"].affiliation == "Institute of Andean Studies"


def test_an_envoy_for_a_state_serves_the_state_named_before_the_title() -> None:
    found = _actors('"We made progress," said Chile\'s envoy for Bolivia Peter Lang.')
    assert (found["Peter Lang"].role, found["Peter Lang"].affiliation) == ("envoy for Bolivia", "Chile")


def test_his_envoy_after_and_is_the_envoy_of_the_person_named_before() -> None:
    found = _actors("The talks, hosted by EU foreign policy chief Mark Hensley and his envoy Peter Lang, lasted hours.")
    assert (found["Peter Lang"].role, found["Peter Lang"].affiliation) == ("envoy", "European Union")


def test_a_title_in_the_plural_before_two_names_is_each_one_s_and_no_part_of_a_name() -> None:
    found = _actors("Chile's delegation was led by Deputy Foreign Ministers Ana Quispe and Tomas Riquelme.")
    assert set(found) == {"Ana Quispe", "Tomas Riquelme"}
    assert {a.role for a in found.values()} == {"Deputy Foreign Minister"}
    alone = _actors("Minister of Foreign Affairs Ana Quispe and Tomas Riquelme met in Lima.")
    assert alone["Tomas Riquelme"].role is None


def test_the_principal_named_in_an_aide_s_apposition_keeps_their_own_title() -> None:
    found = _actors(
        "The deal was signed in the presence of Peter Lang, senior adviser to U.S. President Mark Hensley for Africa."
    )
    assert found["Mark Hensley"].role == "President"
    assert _actors("Russian Ambassador to the United States Ivan Petrov spoke.")["Ivan Petrov"].role == (
        "Ambassador to the United States"
    )


def test_a_principal_named_with_a_title_inside_a_role_is_left_out_of_it() -> None:
    found = _actors("Chile's president met Peter Lang, U.S. President Mark Hensley's envoy, in Santiago on Friday.")
    assert (found["Peter Lang"].role, found["Peter Lang"].affiliation) == ("envoy", "United States")


def test_a_given_name_the_model_took_for_a_place_stays_in_a_name_a_title_is_set_beside() -> None:
    found = _actors("Marta Ruiz, Chile's ambassador to Peru, attended the talks.")
    assert "Marta Ruiz" in found and found["Marta Ruiz"].affiliation == "Chile"


def test_a_three_word_korean_name_keeps_its_last_syllable() -> None:
    found = _actors("The talks between Kim Jong Un and Moon Jae In lasted two hours.")
    assert "Moon Jae In" in found and "Moon Jae" not in found


def test_a_capitalised_function_word_after_a_lower_case_title_opens_a_name() -> None:
    found = _actors("President Ana Soto held talks in Lima on Monday with visiting Vietnamese leader To Lam.")
    assert "To Lam" in found and found["To Lam"].affiliation == "Vietnam"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the Agreement on the path to peace, agreed in Lisbon on 27 February and its "
        "Implementation Annex agreed in Porto on 18 March.",
        "Its Peace Roadmap said little.",
        "The three sides agreed to hold the sixth China-Afghanistan-Pakistan Foreign Ministers Dialogue in Kabul.",
        "The two ministers co-chaired the 12th meeting of the Joint Commission on Land Border Demarcation and Marker "
        "Planting in Hanoi on August 13.",
    ],
)
def test_a_document_s_or_forum_s_name_is_no_person(text: str) -> None:
    assert actors_of(text) == {}


def test_a_person_described_where_named_does_not_take_a_description_told_before() -> None:
    found = actors_of(
        "SEOUL (Wire) — North Korea on Tuesday dismissed an offer of dialogue, hours before Seoul's special envoy "
        'arrived in Beijing. "We have no interest in any proposal from Seoul," Kim Yo Jong, the powerful sister of '
        "leader Kim Jong Un, said in a statement."
    )
    assert (found["Kim Yo Jong"].role, found["Kim Yo Jong"].affiliation) != ("special envoy", "South Korea")


def test_a_capitalised_run_ending_in_a_meeting_word_is_no_person() -> None:
    from tests.conftest import actors_of

    assert actors_of("The 21st round of the Kenya-Somalia Corps Commander Level Meeting was held on February 19.") == {}


def test_the_like_organs_of_several_states_are_no_party_of_their_own() -> None:
    from tests.conftest import meetings_of

    (meeting,) = meetings_of(
        "On May 13 in Lima were held the political consultations between the Ministries of Foreign Affairs of the "
        "Republic of Chile and the Republic of Peru."
    )
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_gapped_second_clause_gives_its_own_side_to_its_own_name() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "The Chilean delegation was headed by the Deputy Foreign Minister Ana Lind, the Peruvian delegation by the "
        "Deputy Foreign Minister Jorge Paz."
    )
    assert (actors["Ana Lind"].affiliation, actors["Jorge Paz"].affiliation) == ("Chile", "Peru")


def test_its_in_a_gapped_clause_refers_to_the_side_named_before_the_by() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "Chile was represented by Ana Lind, secretary of its National Security Council, and Peru by its national "
        "security adviser, Jorge Paz."
    )
    assert (actors["Ana Lind"].affiliation, actors["Jorge Paz"].affiliation) == ("Chile", "Peru")


def test_a_name_set_before_for_a_side_as_a_person_found_beside_it_is_a_person_of_that_side() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "The envoy is chairing a plenary with both Cypriot leaders - Andreas Petrides for the Greek Cypriots and "
        "Kemal Ozdemir for the Turkish Cypriots - and the three guarantor powers."
    )
    assert actors["Andreas Petrides"].affiliation == "Greek Cypriots"
    assert actors["Kemal Ozdemir"].affiliation == "Turkish Cypriots"


def test_the_north_names_the_one_state_the_story_names_in_full_with_that_word() -> None:
    from tests.conftest import statements_of

    (said,) = statements_of("North Korea and the US resumed talks on Monday. The North said they were useful.")
    assert (said.speaker, said.by_party) == ("North Korea", True)


def test_a_title_and_relative_clause_after_the_second_of_two_names_are_the_second_s() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "North Korea and the United States met. Trump and Kim are seen strolling by the pool, joined later by "
        "Pompeo and Ri Chol Su, the former intelligence chief who heads the North's negotiating team."
    )
    assert actors["Ri Chol Su"].affiliation == "North Korea"
    assert "Pompeo" not in actors or actors["Pompeo"].role != "head of the North's negotiating team"


def test_the_subject_of_a_verb_of_owning_owns_the_people_set_beside_its_object() -> None:
    from tests.conftest import actors_of

    actors = actors_of(
        "By then the ELN had lost two commanders, Pablo Reyes, killed in Cali in July, and Jorge Paz, killed in May."
    )
    assert (actors["Pablo Reyes"].affiliation, actors["Jorge Paz"].affiliation) == ("ELN", "ELN")
    assert actors_of("Chile received the envoy, Ana Lind, on Monday.")["Ana Lind"].affiliation is None  # a guest


def test_the_commander_of_a_group_named_by_a_participle_speaks_for_it() -> None:
    from tests.conftest import actors_of

    actor = actors_of("The RSF, commanded by Omar Hassan, rejected the plan.")["Omar Hassan"]
    assert (actor.role, actor.affiliation) == ("commander of the RSF", "Rapid Support Forces")


def test_a_government_that_brokers_is_not_the_government_of_the_government_panel() -> None:
    found = _actors(
        "The Chilean government and communist rebels agreed on Friday to extend a ceasefire.\n\n"
        "The negotiations, brokered by the Peruvian government, brought together a government panel led by Labour "
        "Secretary Ana Lind and a rebel team headed by Jorge Paz."
    )
    assert found["Ana Lind"].affiliation == "Chile"


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held at Quito's National History Museum.",  # a title word before a building's name
        "The accord was signed at a ceremony in Lima's National Anthropology Museum.",
    ],
)
def test_a_building_named_after_a_title_word_is_no_person(text: str) -> None:
    assert actors_of(text) == {}


def test_the_country_after_a_surname_the_parser_hung_on_the_first_names_is_the_person_s_side() -> None:
    from kg.extract.base import Context
    from kg.extract.nlp import load_pipeline

    doc = load_pipeline()("Prime Minister Mario Bahadur Lind of Chile signed a declaration in Lima.")
    bahadur, lind = doc[3], doc[4]
    bahadur.head, bahadur.dep_ = doc[7], "nsubj"  # the model's reading of some three-word names:
    lind.head, lind.dep_ = bahadur, "appos"  # the surname an apposition to the name before it
    for word in doc[:3]:
        word.head = bahadur
    found = {f.fact.name: f.fact for f in actors.extract(doc, Context(doc)) if isinstance(f.fact, Actor)}
    assert found["Mario Bahadur Lind"].affiliation == "Chile"


def test_a_side_represented_at_an_event_by_a_person_is_that_person_s_side() -> None:
    found = actors_of(
        "Ecuador, which has held separate talks between Chile and the Tacna rebel group in Quito, was represented "
        "at the ceremony by Minister of State Luis Mora."
    )
    assert (found["Luis Mora"].role, found["Luis Mora"].affiliation) == ("Minister of State", "Ecuador")


def test_the_backer_of_a_government_someone_heads_is_not_their_side_its_seat_is() -> None:
    found = actors_of("Ana Lind, who leads the Western-backed government in Lima, met Jorge Paz.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == (
        "leader of the Western-backed government",
        "Peru",
    )
    found = actors_of("Prime Minister Ana Lind, who heads the U.N.-backed government in Lima, met Jorge Paz.")
    assert found["Ana Lind"].affiliation == "Peru"


def test_a_list_after_a_plural_title_of_two_unnamed_sides_holds_that_title_and_no_pair_as_side() -> None:
    found = actors_of("The defense chiefs of the two Koreas, Ana Lind and Jorge Paz, signed a military agreement.")
    assert {name: (a.role, a.affiliation) for name, a in found.items()} == {
        "Ana Lind": ("defense chief", None),  # one of the pair, which the text does not tell
        "Jorge Paz": ("defense chief", None),
    }


def test_one_who_sat_or_served_on_a_side_s_delegation_is_its_member() -> None:
    found = actors_of("An interview with Ana Lind, who sat on Chile's delegation in the 2022 talks with Peru.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("member of Chile's delegation", "Chile")
    found = actors_of("Ana Lind, who sat in the garden, spoke.")
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == (None, None)


def test_a_titled_official_in_a_clause_joined_to_a_state_s_part_in_the_talks_is_that_state_s() -> None:
    found = actors_of(
        "Ecuador is hosting the talks at the palace, and Foreign Minister Luis Mora will open the session."
    )
    assert found["Luis Mora"].affiliation == "Ecuador"
    found = actors_of("Peru attacked the city, and President Luis Mora condemned it.")
    assert found["Luis Mora"].affiliation is None  # either side's president


def test_the_people_it_includes_are_of_the_team_the_sentence_before_names() -> None:
    found = actors_of(
        "Peru's delegation is led by aide Ivan Soto. It includes Deputy Foreign Minister Luis Mora and Deputy Defence "
        "Minister Jorge Paz."
    )
    assert {name: a.affiliation for name, a in found.items()} == {
        "Ivan Soto": "Peru",
        "Luis Mora": "Peru",
        "Jorge Paz": "Peru",
    }


def test_the_bloc_s_official_described_before_the_name_is_of_the_bloc_named_before() -> None:
    found = actors_of(
        "Chile and Peru failed to agree during EU-mediated talks in Lima on Thursday, the bloc's foreign policy chief "
        "said. Ana Lind told reporters the parties could not agree."
    )
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("foreign policy chief", "European Union")


def test_a_name_set_off_after_an_official_and_the_participle_that_describes_them_is_that_official() -> None:
    for text in (
        "The European Union official chairing the talks, Luis Mora, told reporters they would resume.",
        "The talks are due to resume next week, the European Union official chairing them, Luis Mora, told reporters.",
    ):
        found = actors_of(text)
        assert (found["Luis Mora"].role, found["Luis Mora"].affiliation) == ("official", "European Union"), text


@pytest.mark.parametrize("field", ["a professor of international law", "a lecturer of politics", "a professor"])
def test_a_scholar_s_field_before_the_body_and_its_city_leaves_the_body_their_side(field: str) -> None:
    found = actors_of(f'"We cannot afford a collapse," said Ana Lind, {field} at the Andean University in Quito.')
    assert found["Ana Lind"].affiliation == "Andean University"


def test_a_speaker_whose_given_name_the_model_took_for_a_place_is_a_person() -> None:
    assert "Marta Ruiz" in actors_of("Marta Ruiz said the talks were useful.")


def test_a_surname_set_beside_a_title_takes_the_full_name_told_before() -> None:
    found = actors_of(
        "Marta Ruiz keeps a map of the coast on her office wall. Ruiz, 58, a career diplomat who served as Chile's "
        "ambassador to Bolivia, has led Chile's team in the water talks since 2024."
    )
    assert found["Marta Ruiz"].affiliation == "Chile"


def test_a_name_signing_on_behalf_of_a_side_speaks_for_it() -> None:
    found = _actors(
        "The accord was signed by Jorge Salas, a deputy prime minister, on behalf of the Chilean government, and by "
        "Foreign Minister Ana Ruiz for Peru."
    )
    assert (found["Jorge Salas"].affiliation, found["Ana Ruiz"].affiliation) == ("Chile", "Peru")


def test_titles_in_the_plural_or_shared_are_no_person_and_a_co_chair_is_a_role() -> None:
    found = actors_of(
        "The aim of the meeting was to prepare a summit of the presidents of Chile and Peru, Andean Group Co-Chairs "
        "said in a statement. The talks were useful, Co-Chair Ana Lind said."
    )
    assert set(found) == {"Ana Lind"} and found["Ana Lind"].role == "Co-Chair"


def test_an_officer_of_an_organisation_s_officer_speaks_for_the_organisation() -> None:
    found = actors_of(
        "The mediators were joined by the Personal Representative of the OSCE Chairperson-in-Office, Ana Lind."
    )
    assert (found["Ana Lind"].role, found["Ana Lind"].affiliation) == ("Personal Representative", "OSCE")
    doc, ctx = analyse("The talks were joined by the Personal Representative of the OSCE Chairperson-in-Office.")
    assert [m.party for m in ctx.party_mentions] == ["OSCE"]


def test_a_state_whose_name_is_written_with_an_ampersand_is_the_same_party() -> None:
    [meeting] = meetings_of("Trinidad & Tobago and Barbados held talks in Bridgetown on Monday.", date(2023, 12, 15))
    assert set(meeting.parties) == {"Trinidad and Tobago", "Barbados"}
