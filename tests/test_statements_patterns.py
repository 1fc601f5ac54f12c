"""Statements on patterns of English news writing, each on sentences written for it (names and places invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.extract.coref import Coreference
from kg.extract.nlp import load_pipeline
from kg.extract.speakers import speaker_subject
from kg.extract.statements import extract
from kg.model import Statement
from tests.conftest import analyse, article_statements, statements_of

_statements = statements_of


def _by(text: str) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {}
    for statement in _statements(text):
        said.setdefault(statement.speaker, []).append(statement.text)
    return said


def test_framing_verbs_report_what_is_said_of_the_talks() -> None:
    said = _by(
        "Foreign Minister Lena Varga described the negotiations as a constructive first step. "
        "Deputy Prime Minister Oskar Brandt hailed the accord in a speech, calling it a turning point for the region."
    )
    assert any("constructive first step" in t for t in said["Lena Varga"])
    assert any("turning point" in t for t in said["Oskar Brandt"])


def test_told_with_a_clause_reports_the_clause_not_the_listeners() -> None:
    said = _by("Trade Secretary Paul Renner arrived early. Renner told waiting reporters the talks were going well.")
    assert said["Paul Renner"] == ["the talks were going well"]


def test_a_quote_after_a_colon_belongs_to_the_person_before_it() -> None:
    said = _by(
        "Foreign Minister Arda Kaya left the hall after midnight.\n\n"
        'Kaya, leaving the building: "Unfortunately, the conference failed despite all our efforts."'
    )
    assert any("conference failed" in t for t in said["Arda Kaya"])


def test_a_quote_paragraph_continues_the_speaker_before_it() -> None:
    said = _by(
        '"Some of it is language," Secretary of State Mark Dillon told reporters. "Others need more time."\n\n'
        '"I feel very optimistic that we can get something done."\n\n'
        "The talks resume on Monday."
    )
    assert any("very optimistic" in t for t in said["Mark Dillon"])


def test_quotes_in_two_sentences_are_two_claims_and_a_split_quote_is_one() -> None:
    said = _by(
        'Rebel commander Tomas Ilic spoke to reporters. "If the talks succeed, we are with them," Ilic said. '
        '"If they fail, we will fight on."\n\n'
        '"We have won," said negotiator Sara Mendes, "the hardest of all battles."'
    )
    assert len(said["Tomas Ilic"]) == 2
    assert len(said["Sara Mendes"]) == 1 and "hardest of all battles" in said["Sara Mendes"][0]


def test_a_role_noun_with_a_country_adjective_refers_to_that_side_s_person() -> None:
    said = _by(
        "President Ivan Sokolov of Russia and Foreign Minister Lars Berg of Sweden met on Monday. "
        "Speaking afterwards, the Russian leader described the talks as quite constructive. "
        '"There was no hostility at all," the Swedish minister said.'
    )
    assert any("quite constructive" in t for t in said["Ivan Sokolov"])
    assert any("no hostility" in t for t in said["Lars Berg"])


def test_a_role_noun_goes_to_the_most_recent_holder_of_that_role() -> None:
    said = _by(
        "President Ana Ortiz met President Karl Weber in the morning. Later President Weber spoke to the press. "
        '"This was not a walk-out," the president said.'
    )
    assert "Karl Weber" in said and "Ana Ortiz" not in said


def test_a_former_office_holder_is_not_the_president_now() -> None:
    doc, ctx = analyse(
        "The meeting was the first since former President Paul Grant came in 2018. "
        "Prime Minister Rita Holm hosted President Omar Said. The president said little."
    )
    coref = Coreference(ctx, ctx.people)
    noun = next(t for t in doc if t.lower_ == "president" and t.i > 20 and t.head.lower_ == "said")
    found = coref.role_noun(noun)
    assert found is not None and found.person.name == "Omar Said"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    said = _by(
        "Mr Daniel Kerr met Foreign Minister Maria Lund in Oslo. "
        "Ms Lund was upbeat afterwards. "
        'Kerr thanked the hosts and Lund spoke to reporters. "We agreed on a lot," she said.'
    )
    assert "Maria Lund" in said and "Daniel Kerr" not in said


def test_gender_from_a_following_pronoun_subject() -> None:
    doc, ctx = analyse("Envoy Nadia Flores arrived in Geneva on Monday. She met the delegations at noon.")
    coref = Coreference(ctx, ctx.people)
    assert coref.gender.get("Nadia Flores") == "f"


def test_gender_from_the_subject_s_own_possessive_on_its_object() -> None:
    said = _by(
        "Chilean Foreign Minister Ana Lind met her Peruvian counterpart Luis Vera in Lima. "
        '"We made real progress," he said.'
    )
    assert "Luis Vera" in said and "Ana Lind" not in said
    doc, ctx = analyse("Envoy Nadia Flores met Luis Vera and his team in Geneva on Monday.")
    assert Coreference(ctx, ctx.people).gender.get("Nadia Flores") is None  # his is the other's


def test_parties_and_their_offices_speak() -> None:
    said = {
        s.speaker: s
        for s in _statements(
            "Hamas said in a statement that the latest proposal was not acceptable. "
            "The Kremlin said the talks in Istanbul had been useful. "
            "Israel's foreign ministry said the delegation would return to Cairo next week. "
            "Russian officials said the meeting would continue."
        )
    }
    assert {"Hamas", "Russia", "Israel"} <= set(said)
    assert all(said[name].by_party for name in ("Hamas", "Russia", "Israel"))
    assert not any("meeting would continue" in s.text for s in said.values())  # officials, no party named


def test_a_party_statement_is_in_the_graph_and_found_by_its_party(tmp_path: Path) -> None:
    from kg.backends.query import query_file
    from kg.cli import main

    article = tmp_path / "a.txt"
    article.write_text(
        "Talks Stall\n\nIsraeli and Hamas negotiators met in Cairo on Monday. "
        "Hamas said in a statement that the new conditions were not acceptable.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out), "--quiet", "--validate"]) == 0
    table = query_file(out / "graph.ttl", "statements", params={"party": "Hamas"})
    assert table is not None
    assert [row[1] for row in table.rows] == ["Hamas"]


def test_stance_reads_diplomatic_outcome_words() -> None:
    from kg.extract.stance import stance

    assert stance("the discussions had been fruitful")[0] == "positive"
    assert stance("a landmark agreement that restores momentum")[0] == "positive"
    assert stance("the talks ended in stalemate after another setback")[0] == "negative"
    assert stance("the new conditions were not acceptable")[0] == "negative"


def test_a_faint_lean_takes_a_side_and_plain_reports_stay_neutral() -> None:
    from kg.extract.stance import stance

    assert stance("The meeting was fine.")[0] == "positive"
    assert stance("They talked for two hours.")[0] == "neutral"


def test_after_but_the_second_half_of_a_sentence_decides() -> None:
    from kg.extract.stance import stance

    assert stance("No deal was reached, but real progress was made")[0] == "positive"
    assert stance("The mood was warm, but the talks collapsed without a deal")[0] == "negative"
    assert stance("No deal was reached, but the delegations went home")[0] == "negative"


def test_low_opening_quote_marks() -> None:
    said = _by("Foreign Minister Jana Novak said: „We are close to an agreement.“ Talks resume on Monday.")
    assert said["Jana Novak"] == ["We are close to an agreement."]


@pytest.mark.parametrize(
    "quoted",
    ['„We are close to an agreement."', "„We are close to an agreement.”", "‘‘We are close to an agreement.’’"],
)
def test_low_quotes_closed_by_a_straight_or_high_mark_and_doubled_single_quotes(quoted: str) -> None:
    said = _by(f"Foreign Minister Jana Novak said: {quoted} Talks resume on Monday.")
    assert said["Jana Novak"] == ["We are close to an agreement."]


def test_a_speaker_two_people_could_be_is_less_sure() -> None:
    doc, ctx = analyse(
        "President Ana Ortiz met President Karl Weber in the morning. "
        '"This was not a walk-out," the president said. "We agreed on the agenda," Ortiz said.'
    )
    confidence = {f.fact.text: f.confidence for f in extract(doc, ctx)}  # type: ignore[union-attr]
    assert confidence["This was not a walk-out"] < confidence["We agreed on the agenda"] == 0.85


def test_stance_under_contrast_and_negated_outcomes() -> None:
    from kg.extract.stance import stance

    assert stance("It was not an easy evening … but the result, I think, is good.")[0] == "positive"
    assert stance("Talks were cordial … however, no agreement was reached.")[0] == "negative"
    assert stance("no agreement was reached at this stage")[0] == "negative"
    assert stance("the lack of positive signals worried investors")[0] == "negative"
    assert stance("the fighting was finally brought to a halt")[0] == "positive"


def test_stance_of_steps_forward_and_an_end_to_fighting() -> None:
    from kg.extract.stance import stance

    assert stance("the accord is a real step forward for the region")[0] == "positive"
    assert stance("the talks succeeded in securing a cessation of hostilities")[0] == "positive"


def test_stance_of_war_denied_and_of_no_end_in_sight() -> None:
    from kg.extract.stance import stance

    assert stance("there will never again be fighting between our two peoples")[0] == "positive"
    assert stance("there have been no border clashes since the accord")[0] == "positive"
    assert stance("there is still no end in sight to the fighting")[0] == "negative"
    assert stance("no sign of a let-up in the violence")[0] != "positive"


def test_a_role_noun_prefers_the_person_the_text_was_just_talking_about() -> None:
    said = _by(
        "President Omar Said of Egypt arrived on Monday. He met President Karl Weber of Austria in the afternoon. "
        "Speaking later, the Egyptian leader described the talks as useful. "
        '"We agreed on the agenda," the head of state added.'
    )
    assert any("agreed on the agenda" in t for t in said["Omar Said"])
    assert "Karl Weber" not in said


def test_a_pronoun_goes_to_the_subject_that_opens_the_sentence_before() -> None:
    said = _by(
        'Foreign Minister Lars Berg said the talks had stalled. Still, he added: "We remain hopeful."\n\n'
        "Prime Minister Eva Holm opens her news conference an hour early: “Sometimes you have to leave the table.”\n"
        "The problem, she said, was the border. “They wanted all of it, and we could not agree.”"
    )
    assert any("could not agree" in t for t in said["Eva Holm"])
    assert not any("could not agree" in t for t in said.get("Lars Berg", []))


def test_a_pronoun_goes_to_the_last_main_clause_subject_of_the_sentence_before() -> None:
    said = _by(
        'Mediator Karl Weber said the two leaders had agreed. "We have a deal," Weber said. But neither leader '
        "signed a document, and Prime Minister Ivan Petrov made clear he had not changed his position. "
        '"I did not sign anything," he told state television.'
    )
    assert said["Ivan Petrov"] == ["I did not sign anything"]
    assert not any("sign anything" in t for t in said["Karl Weber"])


def test_single_curly_quotes_with_apostrophes_inside() -> None:
    said = _by("‘We are close to a deal, but Kyiv’s demands remain,’ Foreign Minister Jana Novak said on Monday.")
    assert said["Jana Novak"] == ["We are close to a deal, but Kyiv’s demands remain"]


def test_a_surname_with_a_particle_opening_a_sentence_is_the_same_person() -> None:
    said = _by("Envoy Omar al-Rashid arrived in Doha on Monday. Al-Rashid said the talks were moving forward.")
    assert said == {"Omar al-Rashid": ["the talks were moving forward"]}


def test_a_quoted_phrase_in_a_paraphrase_and_the_next_quote_are_two_claims() -> None:
    found = _statements(
        "Latvian Foreign Minister Ilze Ozola described the talks as «quite useful». "
        "«Nobody raised their voice at all,» the minister said."
    )
    texts = [s.text for s in found if s.speaker == "Ilze Ozola"]
    assert len(texts) == 2
    assert any("quite useful" in t for t in texts) and any("Nobody raised" in t for t in texts)
    assert not any("quite useful" in t and "Nobody raised" in t for t in texts)


def test_the_speaker_of_a_relative_clause_is_the_person_it_describes() -> None:
    found = _statements(
        "Latvian Foreign Minister Ilze Ozola met her counterpart on Monday. Ozola, who described the talks as "
        "«rather difficult», said afterwards that the border commission would meet again in spring."
    )
    said = " ".join(s.text for s in found if s.speaker == "Ilze Ozola")
    assert "rather difficult" in said and "border commission" in said


def test_a_pronoun_in_a_clause_under_its_sentences_main_verb_is_that_verbs_subject() -> None:
    found = _statements(
        "Marta Kowalczyk, an analyst in Warsaw, called the meeting “useful for both sides”. "
        "Ana Lindqvist, a former ambassador to Latvia, gave the president credit for what she described as "
        "“a bold and risky step.”"
    )
    said = {s.speaker: s.text for s in found}
    assert "bold and risky" in said.get("Ana Lindqvist", "")
    assert "bold and risky" not in said.get("Marta Kowalczyk", "")


def test_stance_of_sides_far_apart_and_efforts_that_bore_no_fruit() -> None:
    from kg.extract.stance import stance

    assert stance("the two delegations were still far apart on the border")[0] == "negative"
    assert stance("the mediation did not bear fruit")[0] == "negative"
    assert stance("the mediation has begun to bear fruit")[0] == "positive"
    assert stance("we will have no choice but to continue fighting")[0] == "negative"


def test_he_after_a_quotation_of_several_sentences_is_the_one_who_opened_it() -> None:
    said = _by(
        '"It is a good day," Ivo Kalns said at the palace. Janis Ozols had been first to announce it: "WE HAVE A '
        'DEAL. THE PRISONERS GO HOME. THANK YOU!" He later claimed the credit, writing that "this deal is ours."'
    )
    assert any("this deal is ours" in t for t in said["Janis Ozols"])


def test_a_participle_framing_its_object_reads_with_it() -> None:
    said = _by(
        "Khalid Nasser, the movement's chief negotiator, hailed the agreement in a televised speech, "
        "calling it a historic moment for his people."
    )
    # one claim: the judgement "hailed the agreement" and the participle that reads with what it frames
    assert said["Khalid Nasser"] == ["hailed the agreement … calling it a historic moment"]


def test_an_accusation_after_a_quote_is_a_claim_of_its_own() -> None:
    from kg.extract.statements import extract as statements_of

    doc, ctx = analyse(
        'Omar Nasser, a senior official of the movement, spoke on Sunday. "We will not accept any new demands," '
        "he said, and accused Washington of creating false hope about a deal for electoral purposes."
    )
    said = [f.fact for f in statements_of(doc, ctx) if isinstance(f.fact, Statement)]
    texts = [s.text for s in said if s.speaker == "Omar Nasser"]
    assert texts[0] == "We will not accept any new demands"
    assert texts[1].startswith("accused Washington of creating false hope")
    assert said[1].stance == "negative"


def test_a_statement_that_opens_with_a_hedge_stays_neutral() -> None:
    from kg.extract.stance import stance

    assert stance("It is too early to say. I will not prejudge. Good results will come.")[0] == "neutral"
    assert stance("The talks went well. Good results will come.")[0] == "positive"


def test_blaming_or_praising_someone_for_something_is_a_statement() -> None:
    said = _by(
        "Foreign Minister Lena Varga blamed the rebels for the collapse of the talks on Friday.\n\n"
        "Envoy Marco Duarte praised both delegations for their patience."
    )
    assert any(t.startswith("blamed the rebels for the collapse") for t in said["Lena Varga"])
    assert any(t.startswith("praised both delegations for their patience") for t in said["Marco Duarte"])


def test_each_verb_of_saying_stands_in_one_list_save_those_that_frame_and_charge() -> None:
    from kg.gazetteer import lexicon

    words = lexicon()
    lists = [words.reporting_verbs, words.framing_verbs, words.speech_verbs, words.charging_verbs]
    both = words.framing_verbs & words.charging_verbs
    assert sum(len(verbs) for verbs in lists) == len(words.verbs_of_saying) + len(both)


def test_a_role_noun_is_not_the_person_named_in_a_phrase_of_its_own_sentence() -> None:
    said = _by(
        "President Ana Ortiz hosted the envoys on Monday. President Karl Weber stayed at home. "
        'Commenting on a possible meeting with Weber, the president said: "I have nothing against it."'
    )
    assert "Ana Ortiz" in said and "Karl Weber" not in said


def test_a_negated_setback_is_no_setback_and_a_contracted_negation_negates() -> None:
    from kg.extract.stance import stance

    assert stance("This was not a walk away, we parted as friends")[0] == "positive"
    assert stance("The two delegations are not far apart")[0] == "positive"
    assert stance("The delegations walked away")[0] == "negative"
    assert stance("They haven't reached agreement on the border")[0] == "negative"


def test_stance_of_verbs_that_deny_what_follows() -> None:
    from kg.extract.stance import stance

    assert stance("The other side refused to move forward on the border commission.")[0] == "negative"
    assert stance("The delegations failed to reach an agreement on the water quotas.")[0] == "negative"
    assert stance("Our offer on prisoners was turned down in the first hour.")[0] == "negative"
    assert stance("Both teams want to move forward on the border commission.")[0] == "positive"


def test_stance_of_refusing_a_deal_and_of_not_giving_up() -> None:
    from kg.extract.stance import stance

    assert stance("The movement would not accept a deal that did not end the war.")[0] == "negative"
    assert stance("We will never sign a text that leaves our towns occupied.")[0] == "negative"
    assert stance("We are not giving up on these negotiations.")[0] == "positive"
    assert stance("They have given up on the negotiations.")[0] == "negative"


def test_rejecting_a_proposal_as_something_is_a_negative_claim() -> None:
    [statement] = _statements(
        'Chile\'s president, Ana Soto, on Wednesday rejected the Peruvian proposal as "delusional".'
    )
    assert (statement.speaker, statement.text, statement.stance) == (
        "Ana Soto",
        "the Peruvian proposal as delusional",
        "negative",
    )


def test_agreeing_to_do_something_is_a_deed_not_a_claim() -> None:
    said = _by("Armenia will not agree to reopen the corridor. Azerbaijan agreed that the first round had been useful.")
    assert "Armenia" not in said
    assert said["Azerbaijan"] == ["the first round had been useful"]


def test_a_quote_inside_a_reported_clause_takes_the_stance_of_its_frame() -> None:
    [statement] = _statements('Chile\'s foreign ministry said that Chile would not accept "a deal at any price".')
    assert statement.text == "a deal at any price" and statement.stance == "negative"


def test_gaps_that_remain_are_a_negative_reading() -> None:
    from kg.extract.stance import stance

    assert stance("Significant gaps remained on the sequencing of the withdrawal.")[0] == "negative"
    assert stance("Differences remain over the border line and the sequencing.")[0] == "negative"


def test_stalling_and_playing_for_time_are_negative() -> None:
    from kg.extract.stance import stance

    assert stance("Moscow is playing for time while its army advances.")[0] == "negative"
    assert stance("The other side is stalling on every clause.")[0] == "negative"


def test_a_door_that_remains_open_is_positive() -> None:
    from kg.extract.stance import stance

    assert stance("The atmosphere was tense, but the door remains open.")[0] == "positive"


def test_he_after_a_speaker_who_named_himself_and_another_is_the_speaker() -> None:
    said = _by(
        "Foreign Minister Ana Soto said she and Deputy Minister Luisa Vega had spent two days talking with Peruvian "
        "officials. She said the two sides would start talks on a broad set of issues at a neutral site."
    )
    assert "Luisa Vega" not in said and len(said["Ana Soto"]) >= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nothing is agreed until the leaders sign off on it", "neutral"),
        ("We have no illusions about how hard this will be", "neutral"),
        ("The region is at a critical juncture", "neutral"),
        ("No one expects a quick and easy result", "neutral"),
        ("The two ministers spoke the same language on trade", "positive"),
        ("For once the delegations really understood each other", "positive"),
        ("Their rivals lacked the political will to negotiate in good faith", "negative"),
        ("The accord ended one of the longest wars on the continent", "positive"),
        ("The army would not end the war until every goal was met", "negative"),
        ("They refused to halt the fighting before the vote", "negative"),
        ("The minister described the talks as serious and detailed", "positive"),
        ("We made it clear that the proposed mechanism is illegitimate", "negative"),
        ("Lima would never recognise the breakaway region", "negative"),
        ("Today's meeting opens a new chapter between our nations", "positive"),
        ("The gaps between the two sides had narrowed significantly", "positive"),
        ("The gaps have not narrowed at all", "negative"),
        ("Each exchange is a victory for our families", "positive"),
    ],
)
def test_stance_hedges_idioms_and_missing_will(text: str, expected: str) -> None:
    from kg.extract.stance import stance

    assert stance(text)[0] == expected


def test_a_judgement_without_complement_is_a_claim_that_sets_the_stance_of_what_follows() -> None:
    [statement] = _statements(
        "Chile welcomed the agreement and said it would lift some sanctions on its neighbour's exports."
    )
    assert statement.text.startswith("welcomed the agreement")
    assert (statement.speaker, statement.stance) == ("Chile", "positive")


def test_the_group_speaks_for_the_organisation_named_before_and_its_joined_claims_stay_in_the_graph() -> None:
    from kg.extract.pipeline import extract_article
    from kg.model import Article

    text = (
        "A delegation of the Tigray People's Liberation Front will attend the meeting in Nairobi, the group said "
        "in a statement. The group said it was approaching the talks in a spirit of compromise."
    )
    [statement] = [e.fact for e in extract_article(Article("t", text)).statements]
    assert isinstance(statement, Statement)
    assert statement.speaker == "TPLF" and statement.by_party
    assert statement.text.endswith("it was approaching the talks in a spirit of compromise")


def test_the_official_after_an_unnamed_official_is_not_a_named_person_before() -> None:
    found = _statements(
        "Chilean Foreign Minister Ana Quispe met the Peruvian delegation on Monday. An official from Lima, speaking "
        "on condition of anonymity, said Peru had accepted the framework. The official added that several issues "
        "were still unresolved."
    )
    assert all("unresolved" not in s.text for s in found if s.speaker == "Ana Quispe")


def test_an_accusation_with_its_charge_hung_on_the_accused_is_a_claim() -> None:
    found = _statements(
        "Chilean spokesman Luis Mamani accused the rebels of bad faith, while rebel spokesman Jorge Tito said Lima "
        "was not serious about peace."
    )
    assert ("Luis Mamani", "accused the rebels of bad faith", "negative") in {
        (s.speaker, s.text, s.stance) for s in found
    }


def test_a_fear_denied_is_favourable_and_an_outcome_made_impossible_unfavourable() -> None:
    from kg.extract.stance import stance

    assert stance("There is no reason for pessimism.")[0] == "positive"
    assert stance("I am not worried about these talks.")[0] == "positive"
    assert stance("There is no reason for optimism.")[0] == "negative"
    assert stance("Their threats made progress impossible.")[0] == "negative"


def test_a_side_that_a_named_person_says_welcomed_something_is_not_a_speaker_of_its_own() -> None:
    said = _by(
        "In Lima, government spokesman Pablo Ortega said Chile welcomed any effort to ease tensions, but "
        'cautioned that "it remains to be seen whether Peru will keep its word."'
    )
    assert set(said) == {"Pablo Ortega"}
    assert any("remains to be seen" in t for t in said["Pablo Ortega"])


def test_the_ministry_and_it_speak_for_the_side_of_the_ministry_named_before() -> None:
    said = _by(
        "Ministers of Chile and Peru met in Lima, the Chilean Foreign Ministry said on Monday. "
        '"The parties discussed ways to settle the dispute," the ministry said in a statement. '
        "It added that the talks took place in a constructive atmosphere."
    )
    assert set(said) == {"Chile"}
    text = " ".join(said["Chile"])
    assert "discussed ways to settle the dispute" in text and "constructive atmosphere" in text


def test_a_lack_of_political_will_is_unfavourable() -> None:
    from kg.extract.stance import stance

    assert (
        stance("Their stance reveals once again a lack of political will to negotiate in good faith")[0] == "negative"
    )


def test_being_closer_than_ever_to_a_deal_is_favourable() -> None:
    from kg.extract.stance import stance

    assert stance("We are closer than we have ever been")[0] == "positive"


def test_a_verb_that_approves_or_disapproves_sets_the_stance_of_what_it_frames() -> None:
    [welcomed] = _statements(
        "President Ana Soto welcomed the outcome as proof that regional solutions to regional problems could work."
    )
    assert (welcomed.speaker, welcomed.stance) == ("Ana Soto", "positive")
    [denounced] = _statements("Senator Luis Mora denounced the accord as a clever piece of diplomacy.")
    assert (denounced.speaker, denounced.stance) == ("Luis Mora", "negative")


def test_an_end_to_a_long_named_conflict_or_to_suffering_is_favourable() -> None:
    from kg.extract.stance import stance

    assert stance("it marks the beginning of the end of the region's last major armed conflict")[0] == "positive"
    assert stance("we made hard concessions in order to end the suffering of our people")[0] == "positive"


def test_a_speaker_after_a_semicolon_says_what_follows_not_the_claim_of_the_speaker_before() -> None:
    said = _by(
        "Chile's President Ana Soto insists the rebels must withdraw before any deal; the rebels' leader, "
        "Luis Mora, says they are going nowhere."
    )
    assert said == {
        "Ana Soto": ["the rebels must withdraw before any deal"],
        "Luis Mora": ["they are going nowhere"],
    }


def test_quoted_words_that_only_qualify_the_next_noun_are_no_statement() -> None:
    assert _statements('Chile and Peru agreed on Monday to an "immediate and unconditional" ceasefire.') == []
    [framed] = _statements('Minister Ana Soto said Chile wanted a "fair and lasting" settlement with Peru.')
    assert (framed.speaker, framed.text) == ("Ana Soto", 'Chile wanted a "fair and lasting" settlement with Peru')


def test_a_ministry_named_by_an_acronym_and_the_ministry_after_it_speak_for_its_state() -> None:
    [statement] = _statements(
        'The UAE foreign ministry said its mediation had freed more than 3,000 prisoners. "The trust both '
        'countries place in us made it possible," the ministry said in a statement.'
    )
    assert (statement.speaker, statement.by_party) == ("United Arab Emirates", True)
    assert statement.text.endswith("The trust both countries place in us made it possible")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("there was still a long way to go before any deal", "neutral"),
        ("the proposal was a non-starter", "negative"),
        ("the meeting produced nothing", "negative"),
        ("the talks ended without a joint statement", "negative"),
        ("we will not negotiate under fire", "negative"),
        ("the parties remained far from an agreement on the main questions", "negative"),
        ("the hard part starts now", "neutral"),
        ("the agreement is fragile", "negative"),
        ("there can be no peace without justice", "neutral"),
        ("we have never been closer to an agreement", "positive"),
        ("the other side keeps moving the goalposts", "negative"),
        ("the talks were held in a constructive atmosphere, though differences remain", "positive"),
        ("the negotiations had been difficult but businesslike", "neutral"),
        ("they offered nothing but vague promises", "negative"),
    ],
)
def test_stance_of_idioms_of_deadlock_and_hedges_and_a_concession_after_the_main_clause(
    text: str, expected: str
) -> None:
    from kg.extract.stance import stance

    assert stance(text)[0] == expected


def test_ending_a_dispute_is_favourable_whether_or_not_its_name_is_quoted() -> None:
    from kg.extract.stance import stance

    assert stance('the agreement ended "a misunderstanding" between the two neighbours')[0] == "positive"
    assert stance("the deal ends a long feud over the border")[0] == "positive"


def test_walking_out_is_unfavourable() -> None:
    from kg.extract.stance import stance

    assert stance("we were ready to walk out of the talks")[0] == "negative"


def test_talks_that_ended_in_a_crisis_did_not_end_it() -> None:
    from kg.extract.stance import stance

    assert stance("the talks ended in a crisis over the border")[0] == "negative"
    assert stance("the deal ended the crisis over the border")[0] == "positive"


def test_the_office_of_a_states_office_holder_speaks_for_the_state() -> None:
    [statement] = _statements(
        "Chile's prime minister's office said Chile would not allow Peru to move the border, whatever the outcome."
    )
    assert (statement.speaker, statement.by_party) == ("Chile", True)


def test_a_reported_clause_opens_after_its_that_however_the_words_before_were_parsed() -> None:
    [statement] = _statements(
        "Luis Mora, Peru's trade representative, told reporters earlier in the day that the two sides would push "
        "for the pause on Chile's 24% tariff to be extended by another 90 days."
    )
    assert statement.text.startswith("the two sides would push for the pause")


def test_a_framing_verbs_that_is_a_relative_not_a_reported_clause() -> None:
    said = _by('"It is a good day," President Ana Soto said, describing a deal that she said would end the war.')
    assert all(not text.startswith("she said") for texts in said.values() for text in texts)


def test_a_quote_alone_in_the_paragraph_after_one_persons_reported_words_is_that_persons_claim() -> None:
    said = _by(
        "President Ana Soto met Luis Mora in Lima on Monday.\n\n"
        "Soto, appearing alongside him, called the deal a serious hope for the region.\n\n"
        '"It is also a relief for our neighbours, and a good example of what we can do together."'
    )
    assert said["Ana Soto"] == [
        "the deal a serious hope for the region",
        "It is also a relief for our neighbours, and a good example of what we can do together.",
    ]


def test_a_report_ends_where_a_clause_reporting_another_speaker_begins() -> None:
    said = _by(
        "Peru's foreign minister Ana Quispe said the talks had gone well, while Chile's envoy Tomas Riquelme said "
        "more work was needed."
    )
    assert said == {"Ana Quispe": ["the talks had gone well"], "Tomas Riquelme": ["more work was needed"]}


def test_the_day_of_the_saying_is_not_part_of_what_was_said() -> None:
    said = _by("Peru's foreign minister Ana Quispe said on Saturday it would oppose any foreign presence.")
    assert said == {"Ana Quispe": ["it would oppose any foreign presence"]}


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("A Hamas statement on Saturday said the group was committed to a deal.", "Hamas"),
        ("A Chadian government statement said the talks were constructive.", "Chad"),
        ("A statement from Niger's presidency said the talks were constructive.", "Niger"),
    ],
)
def test_a_statement_says_in_the_name_of_the_party_that_issued_it(sentence: str, party: str) -> None:
    said = _by(f"Chad and Niger resumed talks in Lima. {sentence}")
    assert list(said) == [party]


def test_an_agreement_reported_before_the_speaker_is_what_they_said() -> None:
    said = _by(
        "Chile and Peru agreed on Tuesday on a framework to put their truce back on track, Chilean Trade Minister "
        "Ana Quispe said, at the end of two days of talks in Lima."
    )
    assert said == {"Ana Quispe": ["Chile and Peru agreed on Tuesday on a framework to put their truce back on track"]}


def test_according_to_a_side_or_its_statement_the_clause_is_the_side_s() -> None:
    for text in (
        'Chile and Peru met in Lima. According to Chile\'s foreign ministry, the talks were "constructive".',
        'Chile and Peru met in Lima. The talks were "useful", according to a statement from the Peruvian government.',
    ):
        [statement] = _statements(text)
        assert statement.speaker in {"Chile", "Peru"} and statement.stance == "positive", text


def test_a_chance_not_to_waste_is_positive_and_a_chance_wasted_negative() -> None:
    from kg.extract.stance import stance

    for text in ("Peru should not waste this chance.", "We must not miss this opportunity."):
        assert stance(text)[0] == "positive", text
    for text in ("Peru wasted the chance for peace.", "They squandered every opportunity."):
        assert stance(text)[0] == "negative", text


def test_a_truce_used_to_rearm_and_a_truce_that_holds_only_as_long_as_it_suits_are_negative() -> None:
    from kg.extract.stance import stance

    for text in (
        "The rebels had used every ceasefire to rearm.",
        "They used the truce to regroup and rearm.",
        "Each truce holds only as long as it suits the two sides.",
    ):
        assert stance(text)[0] == "negative", text
    assert stance("The ceasefire will hold as long as both sides respect it.")[0] == "positive"


def test_a_charge_inside_another_speaker_s_report_stays_with_the_reporter() -> None:
    said = _by(
        "President Ivo Maric said Prime Minister Dren Hoxha had come with no intention of reaching a deal "
        "and accused him of seeking conflict."
    )
    assert list(said) == ["Ivo Maric"]
    assert "accused him" in said["Ivo Maric"][0]


def test_a_short_clause_of_its_own_and_a_doubt_are_statements() -> None:
    statements = _statements(
        "Envoy Clara Osei described the framework as a sound basis and said she was optimistic. "
        "Analyst Tomas Reyes, a fellow at a research institute, was less sure. He doubted a full settlement was close."
    )
    said = {s.speaker: s for s in statements}
    assert "she was optimistic" in said["Clara Osei"].text
    assert said["Tomas Reyes"].text == "a full settlement was close"
    assert said["Tomas Reyes"].stance == "negative"


def test_a_relative_that_after_the_object_of_agree_is_no_report() -> None:
    said = _by(
        "Foreign Minister Tomas Lind and his counterpart Ana Reyes agreed on a roadmap that covers trade, migration "
        "and the use of the port, but not sovereignty."
    )
    assert not any(t.startswith("covers") for texts in said.values() for t in texts)


def test_a_readout_s_stressed_object_and_voiced_attitude_are_statements() -> None:
    said = _by(
        "Foreign Minister Ana Lind met today with her counterpart in Oslo. The minister emphasized the importance of "
        "maintaining open channels of communication.\n\nLind also expressed hope for an early agreement on fisheries."
        "\n\nLind raised funds for the campaign last year."
    )
    texts = said["Ana Lind"]
    assert any(t.startswith("emphasized the importance of maintaining open channels") for t in texts)
    assert any(t.startswith("expressed hope for an early agreement") for t in texts)
    assert not any("raised funds" in t for t in texts)


def test_what_a_speaker_insists_on_is_a_statement_and_a_relative_clause_stays_in_it() -> None:
    said = _by(
        "Front leader Omar Salem, whose group is backed by Algeria, insists on a referendum that includes "
        "independence as an option."
    )
    assert said["Omar Salem"] == ["insists on a referendum that includes independence as an option"]


def test_a_quote_after_an_unnamed_speaker_s_quote_is_not_the_earlier_speaker_s() -> None:
    said = _by(
        'Foreign Minister Dario Lenz said the government was "committed to reaching agreements". But opposition '
        'leaders voiced doubts. "We have seen this film before," said one opposition member. "Without guarantees, '
        'dialogue is just a way to buy time."'
    )
    assert said == {"Dario Lenz": ["committed to reaching agreements"]}


def test_one_quoted_by_an_agency_as_saying_is_the_speaker() -> None:
    said = _by(
        "Deputy Prime Minister Ion Rusu was quoted by a local news agency as saying the meeting had been difficult "
        "but necessary. Interfax quoted Deputy Foreign Minister Pavel Orlov as saying that Moscow was ready to talk."
    )
    assert said == {
        "Ion Rusu": ["the meeting had been difficult but necessary"],
        "Pavel Orlov": ["Moscow was ready to talk"],
    }


def test_the_office_of_a_head_of_state_speaks_for_the_state() -> None:
    said = [
        (s.speaker, s.text, s.by_party)
        for s in _statements("The office of Chilean President Omar Salem said the talks would resume.")
    ]
    assert said == [("Chile", "the talks would resume", True)]


def test_a_gerund_hung_on_a_pronoun_after_a_verb_of_saying_is_no_report() -> None:
    said = _by(
        "A planned summit in Lima has been put on hold, an official said, days after President Ana Ruiz announced it "
        "following a phone call with her Peruvian counterpart."
    )
    assert "Ana Ruiz" not in said
    said = _by(
        "A planned summit in Lima has been put on hold, a White House official said on Tuesday, days after Ruiz "
        "announced it following a phone call with the Peruvian leader. Ana Ruiz is Chile's president."
    )
    assert "Ana Ruiz" not in said


def test_a_quote_inside_a_report_is_not_repeated_when_the_next_report_joins_it() -> None:
    said = _by(
        'Rebel negotiator Omar Salem told reporters that the front remained "fully committed to the talks," though '
        'he added that the draft on land was "not yet acceptable to us."'
    )
    [text] = said["Omar Salem"]
    assert text.count("fully committed to the talks") == 1
    assert "not yet acceptable to us" in text


def test_a_quote_closing_a_reported_clause_with_its_stop_is_read_with_the_clause() -> None:
    [dismissed] = _statements('Foreign Minister Ana Soto dismissed the meeting as "a gathering of puppets."')
    assert dismissed.stance == "negative"
    [ready] = _statements(
        'Premier Luis Vega said Chile was ready to work with the two countries "to keep the general direction right."'
    )
    assert ready.text.startswith("Chile was ready to work") and ready.stance == "positive"


def test_a_quote_before_while_and_another_speaker_s_verb_is_the_first_speaker_s() -> None:
    said = _by(
        "Chief negotiators Ana Soto of Chile and Luis Vega of Peru met in Quito. Vega said the deal had "
        '"preserved the peace for all," while Soto called it "a step toward full recognition."'
    )
    assert said["Luis Vega"] == ["preserved the peace for all"]
    assert [t.rstrip(".") for t in said["Ana Soto"]] == ["a step toward full recognition"]


def test_a_that_clause_the_parser_hung_on_a_time_clause_is_what_was_told() -> None:
    [told] = _statements(
        "Chile's president, Ana Lind, told the delegation before it left Santiago that the talks were purely technical."
    )
    assert told.speaker == "Ana Lind"
    assert "purely technical" in told.text


def test_a_quoted_fragment_after_a_speaker_s_quote_goes_on_with_the_same_claim() -> None:
    [said] = _statements(
        '"Today there is a beacon on the Andes," Ana Lind told the ceremony in Lima. "A beacon of hope."'
    )
    assert said.speaker == "Ana Lind"
    assert said.text == "Today there is a beacon on the Andes … A beacon of hope."
    two = _statements('"Today there is a beacon on the Andes," Ana Lind told the ceremony. "We will build on it."')
    assert [s.speaker for s in two] == ["Ana Lind", "Ana Lind"]


def test_words_a_document_is_said_to_hold_are_not_the_next_speaker_s() -> None:
    said = _statements(
        'A joint declaration committed both sides to settle the dispute "in accordance with international law". '
        '"We did not come here to make concessions," Ana Lind told reporters afterwards.'
    )
    assert [(s.speaker, s.text) for s in said] == [("Ana Lind", "We did not come here to make concessions")]


def test_a_name_given_in_quotes_is_no_one_s_words() -> None:
    [said] = _statements(
        'The head of the delegation, Ana Lind, declared that "peace is built with dialogue". For his part, the '
        'commander of the group, alias "Ivan Mordisco", did not attend.'
    )
    assert said.text == "peace is built with dialogue"


def test_a_host_greeting_guests_says_nothing_of_the_talks() -> None:
    assert statements_of("Prime Minister Lena Hart welcomed the delegations to the conference centre on Monday.") == []
    assert statements_of("Foreign Minister Omar Salem greeted his counterpart at the airport.") == []
    [welcomed] = statements_of("Prime Minister Lena Hart welcomed the agreement reached by the two delegations.")
    assert welcomed.speaker == "Lena Hart" and welcomed.stance == "positive"


def test_a_title_and_name_split_into_several_subjects_speak_as_the_name() -> None:
    [statement] = statements_of(
        "Army chief Abdel Karim al-Nouri has repeatedly said there will be no agreement while the militia holds "
        "the bridges."
    )
    assert statement.speaker == "Abdel Karim al-Nouri"
    assert statement.stance == "negative"


def test_a_closing_guillemet_the_parser_made_the_subject_does_not_hide_the_speaker() -> None:
    [statement] = statements_of("«We will not give up on these talks,» said Foreign Minister Ana Torres.")
    assert statement.speaker == "Ana Torres"
    assert statement.text.startswith("We will not give up")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Foreign Minister Ali Karimi called the talks constructive.", "the talks constructive"),
        (
            "In a statement, Foreign Minister Ali Karimi called the meeting a step forward.",
            "the meeting a step forward",
        ),
        ("Foreign Minister Ali Karimi called the meeting on Monday.", None),
        ("Foreign Minister Ali Karimi called the talks off.", None),
    ],
)
def test_naming_what_was_done_without_quote_marks_is_a_statement(text: str, claim: str | None) -> None:
    assert [s.text for s in statements_of(text)] == ([claim] if claim else [])


def test_an_accusation_is_negative_whatever_the_words_it_quotes() -> None:
    statements = statements_of(
        'Negotiator Ana Ruiz, for her part, accused the other side of "using the dialogue as a stage" and said her '
        "government would not accept any new conditions."
    )
    assert statements and all(s.stance == "negative" for s in statements)


def test_the_government_speaks_for_the_state_whose_government_was_named_however_far_before() -> None:
    text = (
        "Ethiopia's government and the rebels ended their first round of talks in Zanzibar on Wednesday. The talks, "
        "facilitated by IGAD, began on April 25. The rebel team was headed by Odaa Tarbii. Both delegations left "
        'the island on Thursday. "It was not possible to reach an agreement," the government said in a statement.'
    )
    assert [(s.speaker, s.by_party) for s in statements_of(text)] == [("Ethiopia", True)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Carlos Reyes, whose re-election last year was rejected as fraudulent by the opposition, gained a "
            "photograph.",
            [],
        ),
        ("The plan was welcomed by Foreign Minister Ana Soto as a step forward.", [("Ana Soto", "positive")]),
    ],
)
def test_the_agent_of_a_passive_verb_of_saying_speaks_not_its_subject(text: str, found: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.stance) for s in statements_of(text)] == found


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Foreign Minister Ana Soto said the talks had gone well, even as fighting raged in the east.", "went"),
        ("Foreign Minister Ana Soto said a deal was close even as strikes pounded the capital.", "close"),
    ],
)
def test_an_even_as_clause_after_reported_words_is_the_story_s_not_the_speaker_s(text: str, said: str) -> None:
    [statement] = statements_of(text)
    assert "even as" not in statement.text
    assert statement.stance == "positive"


def test_a_claim_said_then_a_warning_parsed_as_a_second_clause_is_the_speaker_s_without_a_dangling_but() -> None:
    [statement] = statements_of(
        "Foreign Minister Abbas Araqchi said Tehran would honour its commitments but warned that the deal would be "
        '"void" if European powers moved to restore U.N. sanctions.'
    )
    assert statement.speaker == "Abbas Araqchi"
    assert not statement.text.endswith("but")
    assert "void" in statement.text


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Ana Lind repeated that position this morning.", None),  # a determiner: no clause follows
        ("Ana Lind repeated on Monday that the talks would go on.", "the talks would go on."),
    ],
)
def test_a_that_opens_a_report_only_where_it_is_no_determiner(text: str, reported: str | None) -> None:
    from kg.extract.frames import after_that

    doc, _ = analyse(text)
    verb = next(t for t in doc if t.lemma_ == "repeat")
    start = after_that(verb, len(doc))
    assert (doc[start:].text if start < len(doc) else None) == reported


def test_hopes_raised_by_a_deal_are_no_statement_but_concerns_raised_are() -> None:
    assert (
        statements_of(
            "Chile and Peru signed separate agreements with Brazil on Friday, raising hopes of easing the crisis."
        )
        == []
    )
    (raised,) = statements_of("Chilean Foreign Minister Ana Lind raised concerns about the border plan.")
    assert raised.speaker == "Ana Lind"


def test_a_name_after_a_rarer_verb_of_saying_that_follows_a_quote_is_its_speaker() -> None:
    quote = "Our countries are bound by the ties of friendship and trust"
    (said,) = statements_of(f'"{quote}," underlined Roman Vassilenko.')
    assert (said.speaker, said.text) == ("Roman Vassilenko", quote)


def test_sides_that_concluded_talks_draw_no_conclusion_and_say_nothing() -> None:
    found = statements_of(
        "The European Union and Mercosur concluded negotiations on a trade deal on Friday, European Commission "
        "President Ana Lind announced at a summit in Lima."
    )
    assert not [s for s in found if s.speaker == "European Union"]
    assert [s.speaker for s in statements_of("The panel concluded that the deal was fair, Ana Lind said.")]


def test_saying_no_more_is_the_speakers_act_not_part_of_what_was_said() -> None:
    said = _by(
        "Army spokesman Jorge Paz said the two sides would continue to hold talks, but gave no details. "
        "Foreign Minister Ana Lind said a second round was likely, but declined to elaborate."
    )
    assert said["Jorge Paz"] == ["the two sides would continue to hold talks"]
    assert said["Ana Lind"] == ["a second round was likely"]


def test_a_relative_clause_of_naming_reports_what_its_person_called_the_talks() -> None:
    said = _by(
        "Chile's delegation was led by Jorge Paz, head of the presidential office, who called the discussions \"very "
        'useful". The talks were chaired by Ana Lind, who described them as constructive.'
    )
    assert said["Jorge Paz"] == ["the discussions very useful"]
    assert said["Ana Lind"] == ["them as constructive"]


def test_a_relative_clause_hung_on_the_end_of_a_title_speaks_for_the_name_the_title_describes() -> None:
    text = "Chile 's delegation was led by Jorge Paz , head of the presidential office , who called the talks good ."
    words = text.split()
    heads = [2, 0, 4, 4, 4, 4, 7, 5, 7, 7, 9, 13, 13, 10, 13, 16, 13, 18, 16, 18, 4]  # the parse the model gives
    deps = "poss case nsubjpass auxpass ROOT agent compound pobj punct appos prep det amod pobj punct nsubj relcl det"
    doc = Doc(
        load_pipeline().vocab,
        words=words,
        heads=heads,
        deps=[*deps.split(), "dobj", "amod", "punct"],
        ents=["B-GPE"] + ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 13,
    )
    speaker = speaker_subject(doc[16])
    assert speaker is not None and speaker.text == "Paz"


def test_a_verb_after_a_relative_clause_on_the_speaker_frames_what_they_said() -> None:
    [said] = statements_of(
        "Venezuelan Foreign Minister Jorge Paz, whose government hosted the opening ceremony, called the day "
        '"historic for the region."'
    )
    assert (said.speaker, said.stance) == ("Jorge Paz", "positive")
    assert "historic for the region" in said.text
    # a participle on a name stays one: "Jorge Paz, whose team lost, ousted by the party"
    assert statements_of("Jorge Paz, whose team lost the vote, ousted by the party, left Lima on Monday.") == []


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = {"NNP": "PROPN", "VBD": "VERB", "PRP": "PRON", "DT": "DET", "NN": "NOUN", "NNS": "NOUN"}
    return Doc(
        load_pipeline().vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "PUNCT") for t in tags],
        lemmas=[w.lower() if w != "called" else "call" for w in words],
    )


def test_a_quoted_name_given_to_what_was_proposed_is_the_claim_however_the_parser_reads_it() -> None:
    from kg.extract.frames import framed_claim

    words = ["Paz", "called", "them", '"', "an", "ultimatum", ".", '"']
    two_objects = _parsed(  # "ultimatum" read as a second object of "called"
        words,
        [1, 1, 1, 1, 5, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct", "det", "dobj", "punct", "punct"],
        ["NNP", "VBD", "PRP", "``", "DT", "NN", ".", "''"],
    )
    claim = framed_claim(two_objects[1])
    assert claim is not None and claim.text == 'them " an ultimatum'
    words = ["Paz", "called", "the", "proposals", '"', "an", "ultimatum", ".", '"']
    apposed = _parsed(  # "ultimatum" read as an apposition to the object
        words,
        [1, 1, 3, 1, 3, 6, 3, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "punct", "punct"],
        ["NNP", "VBD", "DT", "NNS", "``", "DT", "NN", ".", "''"],
    )
    claim = framed_claim(apposed[1])
    assert claim is not None and claim.text == 'the proposals " an ultimatum'


def test_the_speaker_named_after_a_fronted_clause_speaks_however_the_parser_hung_the_name() -> None:
    said = statements_of(
        "Chile and Peru held talks in Quito on Monday. Speaking to reporters in Quito, Chilean Foreign Minister Ana "
        "Lind said the talks had been constructive."
    )
    assert [(s.speaker, s.stance) for s in said] == [("Ana Lind", "positive")]


@pytest.mark.parametrize("frame", ["played down hopes of a breakthrough", "downplayed expectations for the talks"])
def test_a_speaker_who_plays_down_hopes_for_the_talks_says_something_negative(frame: str) -> None:
    said = statements_of(f"Chile and Peru held talks in Quito on Monday. Chilean Foreign Minister Ana Lind {frame}.")
    assert [(s.speaker, s.text, s.stance) for s in said] == [("Ana Lind", frame, "negative")]


def test_what_is_said_in_explaining_a_criticism_is_said_in_criticism() -> None:
    # "criticised X, saying it served Y's interests": the saying explains the criticism, whatever its words
    found = article_statements(
        "The Chilean opposition criticised the makeup of the government delegation on Monday, saying it served "
        "Peru's interests."
    )
    said = [s for s in found if "served" in s.text]
    assert said and all(s.stance == "negative" for s in said)


def test_a_name_after_a_relative_clause_on_the_subject_names_the_speaker() -> None:
    # "An opposition politician I spoke to, X, said ...": the parser hangs X on "spoke"; X is the one who said it
    found = article_statements(
        "Chile and Peru held talks in Lima on Monday. An opposition politician I spoke to, Jorge Paz, said the summit "
        "was welcome but that the border question still had to be settled."
    )
    assert [s.speaker for s in found] == ["Jorge Paz"]


def test_a_surname_read_as_an_adverb_of_the_verb_after_it_is_the_speaker() -> None:
    from kg.extract.subject_repairs import adverb_name_subjects

    words = ["Paz", "acknowledged", "that", "there", "is", "a", "lot", "of", "uncertainty", "."]
    doc = Doc(  # the model's reading of an unfamiliar surname: an adverb of the verb, tagged an organisation
        load_pipeline().vocab,
        words=words,
        heads=[1, 1, 4, 4, 1, 6, 4, 6, 7, 1],
        deps=["advmod", "ROOT", "mark", "expl", "ccomp", "det", "attr", "prep", "pobj", "punct"],
        tags=["RB", "VBD", "IN", "EX", "VBZ", "DT", "NN", "IN", "NN", "."],
        pos=["ADV", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
        ents=["B-ORG"] + ["O"] * 9,
    )
    assert speaker_subject(doc[1]) is None
    adverb_name_subjects(doc)
    speaker = speaker_subject(doc[1])
    assert speaker is not None and speaker.text == "Paz" and speaker.pos_ == "PROPN"
    # a lower-case adverb stays one: "still acknowledged" has no subject to find
    doc = Doc(
        load_pipeline().vocab,
        words=["Still", "acknowledged", "."],
        heads=[1, 1, 1],
        deps=["advmod", "ROOT", "punct"],
        tags=["RB", "VBD", "."],
        pos=["ADV", "VERB", "PUNCT"],
    )
    adverb_name_subjects(doc)
    assert doc[0].dep_ == "advmod"


def test_what_someone_would_not_say_is_no_statement() -> None:
    for text in (
        "Peru did not say whether it would attend the talks.",
        "Chile declined to say whether it would attend the talks.",
        "Ana Lind would not say whether the deal was close.",
    ):
        assert statements_of(text) == [], text
    [said] = statements_of("Ana Lind said she did not expect a deal.")  # a negation inside what was said stays
    assert said.speaker == "Ana Lind"


@pytest.mark.parametrize(
    "text",
    [
        'Chilean Interior Minister Ivan Soto called that demand "a non-starter".',  # the noun tagged a verb
        "Chilean Interior Minister Ivan Soto called that demand a non-starter.",  # read as a "that" clause
    ],
)
def test_a_naming_verb_s_object_the_tagger_took_for_a_verb_is_still_named(text: str) -> None:
    [statement] = article_statements(text)
    assert (statement.speaker, statement.stance) == ("Ivan Soto", "negative")
    assert "non-starter" in statement.text


def test_a_charge_told_after_while_is_another_speaker_s_not_part_of_the_first_claim() -> None:
    statements = article_statements(
        "Government negotiator Ana Lind said Bolivia had come to talk, while rebel commander Ivan Soto accused La Paz "
        "of failing to honour earlier commitments."
    )
    lind = next(s for s in statements if s.speaker == "Ana Lind")
    assert "accused" not in lind.text and "Soto" not in lind.text


def test_the_statement_said_speaks_for_the_party_that_issued_it_before() -> None:
    [statement] = article_statements(
        'Chile\'s foreign ministry issued a statement on Monday. "The meeting was constructive," the statement said.'
    )
    assert (statement.speaker, statement.by_party, statement.stance) == ("Chile", True, "positive")


def test_a_voicing_verb_the_parser_read_as_a_modifier_still_voices_the_attitude() -> None:
    statements = article_statements(
        "Chilean Foreign Minister Ana Lind met Peruvian Foreign Minister Jorge Paz in Quito on Monday. Paz voiced "
        "concern over the slow pace of the negotiations."
    )
    assert [(s.speaker, s.stance) for s in statements] == [("Jorge Paz", "negative")]


def test_a_quote_posted_by_a_named_and_titled_speaker_is_theirs_however_the_verb_is_tagged() -> None:
    [statement] = statements_of('"The talks went well," Ivan Soto, Peru\'s chief negotiator, posted on Telegram.')
    assert (statement.speaker, statement.text) == ("Ivan Soto", "The talks went well")


@pytest.mark.parametrize("verb", ["said the talks were a trap", 'called the talks "a trap"'])
def test_a_named_speaker_with_an_apposition_after_a_fronted_phrase_speaks(verb: str) -> None:
    [statement] = statements_of(f"In an interview with Reuters, Pablo Rios, a Chilean opposition leader, {verb}.")
    assert statement.speaker == "Pablo Rios"


def test_a_role_noun_speaks_for_the_one_named_with_that_title_before_it() -> None:
    [statement] = article_statements(
        "Chile and Peru hold talks\n\nAna Lind, Chile's foreign minister, arrived in Quito on Tuesday. The minister "
        "said Chile was ready to sign."
    )
    assert statement.speaker == "Ana Lind"


def test_the_rebels_negotiator_is_the_negotiator_of_the_group_named_before_not_the_government_s() -> None:
    found = article_statements(
        "Chile and the Front hold talks\n\nThe Chilean government and the Andean Liberation Front held talks in Quito "
        "on Tuesday. Jorge Paz, the Front's chief negotiator, and Ana Lind, Chile's chief negotiator, led the "
        "delegations.\n\nThe rebels' negotiator said on Wednesday that the group would not disarm before a deal."
    )
    assert [s.speaker for s in found] == ["Jorge Paz"]


def test_a_counterpart_of_a_named_state_speaks_for_the_one_of_that_state() -> None:
    found = article_statements(
        "Chile and Peru hold talks in Quito\n\nChile's foreign minister, Ana Lind, and Peru's foreign minister, Jorge "
        "Paz, met in Quito on Tuesday.\n\nThe Chilean minister said the meeting had been constructive. Her Peruvian "
        "counterpart said it had been difficult."
    )
    assert [(s.speaker, s.text) for s in found][-1] == ("Jorge Paz", "it had been difficult")


@pytest.mark.parametrize(
    "text",
    [
        "Critics, including former president Ana Lind, say the government is giving too much away to the rebels.",
        "Several analysts, among them Ana Lind, warned that the government gave away too much.",
        "Others, such as Ana Lind, the former defence minister, argue that the government has conceded too much.",
    ],
)
def test_a_member_a_speaking_group_names_says_what_the_group_says(text: str) -> None:
    [statement] = article_statements(text)
    assert (statement.speaker, statement.stance) == ("Ana Lind", "negative")


def test_each_of_two_people_named_as_one_subject_says_what_they_say() -> None:
    found = article_statements("Both Ana Lind and Jorge Paz said the talks had been useful.")
    assert [(s.speaker, s.text) for s in found] == [
        ("Ana Lind", "the talks had been useful"),
        ("Jorge Paz", "the talks had been useful"),
    ]


def test_the_agent_of_a_passive_names_no_one_else_speaking() -> None:
    from kg.extract.speakers import also_speaking

    doc, ctx = analyse("Ana Lind said final decisions would be made by Jorge Paz and Ivan Soto.")
    agent = next(t for t in doc if t.text == "Paz")
    subject = next(t for t in doc if t.text == "Lind")
    assert [p.name for p in also_speaking(subject, ctx.people)] == []
    assert agent.dep_ == "pobj" and also_speaking(agent, ctx.people) == []  # the ones deciding, not speaking


def test_a_bare_style_speaks_for_the_one_last_named_with_it() -> None:
    found = article_statements(
        "His Excellency Minister of State Dr. Jorge Paz met today with the delegation of Peru, headed by Her "
        "Excellency Foreign Minister Ana Lind.\n\nThe two sides reviewed the progress of the negotiations.\n\n"
        "His Excellency stressed that dialogue is the only way to end the crisis.\n"
    )
    assert [(s.speaker, s.text) for s in found] == [("Jorge Paz", "dialogue is the only way to end the crisis")]


def test_the_statement_said_is_the_statement_of_the_office_that_spoke_last() -> None:
    found = article_statements(
        '"We are dealing positively with the proposal," the Andean Liberation Front said in a statement.\n\n'
        "Chilean President Ana Lind's office said Chile would not agree to a truce before its goals were met. "
        '"The demand to end the operation is not acceptable to Chile," the statement said.\n'
    )
    assert [(s.speaker, s.stance) for s in found if "not acceptable" in s.text] == [("Chile", "negative")]


def test_a_quote_going_on_with_but_from_the_speaker_s_quote_before_is_one_claim() -> None:
    found = article_statements(
        'Peru\'s foreign minister, Jorge Paz, struck a cautious note. "We are not there yet," he said. "But we are '
        'closer than we have ever been."'
    )
    assert [(s.speaker, s.text, s.stance) for s in found] == [
        ("Jorge Paz", "We are not there yet … But we are closer than we have ever been.", "positive")
    ]


def test_two_quotes_of_one_speaker_without_a_contrast_stay_two_claims() -> None:
    found = article_statements('"We are not there yet," Jorge Paz said. "The gaps on the border remain wide."')
    assert len(found) == 2


def test_a_quote_closing_a_reported_clause_is_the_first_verb_s_when_but_brings_a_second() -> None:
    found = statements_of(
        'Luis Mora said the army was attending "to open the door for aid," but warned that it would not accept '
        "any deal that left the rebels in the cities."
    )
    assert [s.speaker for s in found] == ["Luis Mora"]
    assert "to open the door for aid" in found[0].text and "would not accept any deal" in found[0].text


def test_a_quote_closing_a_reported_clause_stays_apart_from_praise_joined_by_and() -> None:
    found = statements_of(
        'Ana Lind wrote on X that she had opened a process aimed at "a fair and binding agreement," and thanked '
        "both ministers for their work."
    )
    assert [s.text for s in found] == ["she had opened a process aimed at a fair and binding agreement"]


def test_the_name_after_a_title_s_place_speaks_however_the_parser_hung_it() -> None:
    found = statements_of(
        "Peru's envoy in Quito, Jorge Paz, tweeted that the talks were close to a deal, shortly before the "
        "fighting resumed."
    )
    assert [s.speaker for s in found] == ["Jorge Paz"]


def test_the_name_after_a_title_s_place_speaks_past_its_relative_clause() -> None:
    found = statements_of(
        "Peru's envoy for the Sahel, Jorge Paz, who was not in Quito, said on social media that Peru "
        '"stands ready to support" a final deal.'
    )
    assert [s.speaker for s in found] == ["Jorge Paz"]


def test_a_participle_of_saying_hung_inside_the_reported_clause_is_the_outer_speaker_s() -> None:
    found = statements_of(
        "Ana Lind said after the meeting that Chilean President Jorge Paz and Peruvian Prime Minister Luis Mora had "
        'not agreed on a way to de-escalate, adding that she was "disappointed" by their positions.'
    )
    assert {s.speaker for s in found} == {"Ana Lind"}
    assert "disappointed" in found[0].text


@pytest.mark.parametrize("subject", ["The 58-year-old", "The 58-year-old former judge"])
def test_a_person_named_again_by_age_speaks_as_the_one_before(subject: str) -> None:
    text = f"Peru's top negotiator Ana Lind arrived in Quito on Thursday. {subject} told reporters that it was close."
    assert [s.speaker for s in article_statements(text)] == ["Ana Lind"]


def test_someone_new_described_by_age_is_not_the_one_before() -> None:
    text = "Peru's top negotiator Ana Lind arrived in Quito on Thursday. A 25-year-old protester said the talks failed."
    assert [s.speaker for s in article_statements(text)] == []


def test_a_side_told_of_by_a_speaker_set_off_inside_its_clause_is_the_speaker_s_statement() -> None:
    found = article_statements(
        "Peru's foreign minister, Jorge Paz, spoke after the talks. Bolivia, he said, still insisted that Chile "
        "change its constitution."
    )
    assert [(s.speaker, s.by_party) for s in found] == [("Jorge Paz", False)]
    assert found[0].text.startswith("Bolivia")


def test_a_side_s_words_told_inside_another_side_s_statement_are_the_teller_s() -> None:
    found = article_statements(
        'Peru\'s foreign ministry said afterwards that the talks had "ended without results" because Chile had '
        'rejected "all compromise solutions."'
    )
    assert {(s.speaker, s.by_party) for s in found} == {("Peru", True)}


def test_a_quote_opening_the_sentence_after_a_speaker_s_quote_is_that_speaker_s_not_the_next_one_s() -> None:
    found = article_statements(
        '"We have made painful concessions," Jorge Paz told reporters. "We did it because the suffering of our '
        'people must end." Ana Lind said the government was committed to the deal "in full and in good faith."'
    )
    by_text = {s.text: s.speaker for s in found}
    assert by_text["We did it because the suffering of our people must end."] == "Jorge Paz"


def test_the_sides_agreeing_to_a_quoted_accord_say_nothing_by_it() -> None:
    found = article_statements(
        'Chile and the ELN agreed on Wednesday to a "permanent cessation of hostilities" after ten days of talks.'
    )
    assert found == []


def test_the_sides_agreeing_that_something_is_so_say_it() -> None:
    found = article_statements("Chile and Peru agreed that the talks had been useful and should go on.")
    assert [s.text for s in found] == ["the talks had been useful and should go on"]


def test_the_minister_a_quote_is_given_to_can_be_the_counterpart_of_a_minister_just_named() -> None:
    statements = article_statements(
        "Bolivian Foreign Minister Ana Lind said the sides had agreed on the outline of an accord.\n\nHer Chilean "
        'counterpart was more cautious. Jorge Paz said the question of sovereignty had not been resolved. "Chile '
        'will not cede territory," the minister said.'
    )
    ceded = next(s for s in statements if "cede" in s.text)
    assert ceded.speaker == "Jorge Paz"


def test_a_reported_clause_of_a_noun_and_its_verb_is_a_statement() -> None:
    [said] = statements_of("Jorge Paz warned that gaps remained.")
    assert (said.speaker, said.text, said.stance) == ("Jorge Paz", "gaps remained", "negative")
    assert statements_of("Jorge Paz said he agreed.") == []  # a pronoun and a verb: no claim of its own


def test_a_state_named_as_a_subject_speaks_as_the_state_not_as_a_minister_of_state_named_before() -> None:
    statements = article_statements(
        "Doha, 15 November 2026 - Qatar welcomes the signing today in Doha of a framework agreement between Peru and "
        "Chile.\n\nThe agreement was signed in the presence of His Excellency the Minister of State at the Ministry "
        "of Foreign Affairs, Dr. Ana Lind.\n\nThe Ministry of Foreign Affairs affirms that the State of Qatar will "
        "continue its mediation efforts until a comprehensive peace agreement is reached, and commends the two "
        "parties for their constructive engagement."
    )
    commends = next(s for s in statements if "engagement" in s.text)
    assert commends.speaker == "Qatar"
