"""Patterns real news uses, each on sentences written for the test (no sample article's wording)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract_article
from kg.model import Actor, Article, Meeting, Statement


def _facts(text: str, published: date = date(2025, 11, 14)) -> tuple[list[Actor], list[Meeting], list[Statement]]:
    facts = extract_article(Article("t", text, published=published))
    return (
        [x.fact for x in facts.actors],  # type: ignore[misc]
        [x.fact for x in facts.meetings],  # type: ignore[misc]
        [x.fact for x in facts.statements],  # type: ignore[misc]
    )


def _actor(actors: list[Actor], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert found, f"{name} not among {[a.name for a in actors]}"
    return found[0]


# --- people, roles and sides ------------------------------------------------------------------------------


def test_delegation_members_take_the_side_of_their_delegation() -> None:
    actors, _, _ = _facts(
        "Minsk's team was headed by presidential aide Ivan Petrov and included Deputy Foreign Minister "
        "Oleg Sidorov and army chief Pavel Orlov. Vilnius was represented by a group under Defence Minister "
        "Jonas Kazlauskas."
    )
    assert _actor(actors, "Ivan Petrov").affiliation == "Belarus"
    assert _actor(actors, "Oleg Sidorov").affiliation == "Belarus"
    assert _actor(actors, "Pavel Orlov").affiliation == "Belarus"
    assert _actor(actors, "Jonas Kazlauskas").affiliation == "Lithuania"


def test_sent_flanked_and_together_with_lend_a_side() -> None:
    actors, _, _ = _facts(
        "Japan sent Vice Foreign Minister Kenji Sato, accompanied by trade envoy Yuki Tanaka. "
        "Secretary of State John Harper led the American side, flanked by adviser Mary Cole. "
        "Harper led the team together with envoy Peter Walsh."
    )
    assert _actor(actors, "Kenji Sato").affiliation == "Japan"
    assert _actor(actors, "Yuki Tanaka").affiliation == "Japan"
    assert _actor(actors, "John Harper").affiliation == "United States"
    assert _actor(actors, "Mary Cole").affiliation == "United States"
    assert _actor(actors, "Peter Walsh").affiliation == "United States"


def test_office_held_by_one_state_gives_the_side() -> None:
    actors, _, _ = _facts("Supreme Leader Hossein Karimi rejected the offer, officials said.")
    assert _actor(actors, "Hossein Karimi").affiliation == "Iran"


def test_an_envoy_of_the_secretary_general_speaks_for_the_united_nations() -> None:
    actors, _, _ = _facts(
        "The Acting Special Representative of the Secretary-General, Jane Moreau, who facilitated the talks, "
        "described the agreement as historic."
    )
    assert _actor(actors, "Jane Moreau").affiliation == "United Nations"


def test_think_tank_the_model_does_not_tag_is_the_affiliation() -> None:
    actors, _, _ = _facts(
        "Adaeze Okafor of the Centre for Democracy and Development argued that the accord was fragile. "
        "Tomas Berg, a senior fellow at the Nordic Institute for Peace Research, said the talks had stalled."
    )
    assert _actor(actors, "Adaeze Okafor").affiliation == "Centre for Democracy and Development"
    assert _actor(actors, "Tomas Berg").affiliation == "Nordic Institute for Peace Research"


def test_state_bodies_named_after_a_country_are_that_country() -> None:
    actors, _, _ = _facts("Lena Braun, head of the German Development Bank, said funding was ready.")
    assert _actor(actors, "Lena Braun").affiliation == "Germany"


def test_the_state_the_sentence_before_is_about() -> None:
    actors, _, _ = _facts(
        "Norway, a long-time facilitator, welcomed the accord. Foreign Minister Anne Lund said it was a good day."
    )
    assert _actor(actors, "Anne Lund").affiliation == "Norway"


def test_first_name_used_alone_and_title_in_apposition_to_a_pronoun() -> None:
    actors, _, statements = _facts(
        "Thailand's Foreign Minister Somchai Rattanakul met his counterpart. Somchai had been cautious before "
        '"We will not be rushed," he told reporters.'
    )
    somchai = _actor(actors, "Somchai Rattanakul")
    assert "Somchai" in somchai.aliases
    assert [s.speaker for s in statements] == ["Somchai Rattanakul"]


def test_byline_names_the_reporter_and_editors_are_not_reporters() -> None:
    actors, _, _ = _facts(
        "By Amina Yusuf\n\nTalks resumed in Doha on Monday.\n\nReporting by Omar Haddad; Editing by Jane Smith"
    )
    reporters = {a.name for a in actors if a.reporter}
    assert reporters == {"Amina Yusuf", "Omar Haddad"}


def test_a_byline_names_its_writer_whatever_label_the_model_gives_the_name() -> None:
    actors, _, _ = _facts("Talks resumed in Doha on Monday.\n\nBy Celine Mutombo, Central Africa analyst")
    assert [a.name for a in actors if a.reporter] == ["Celine Mutombo"]


def test_an_analyst_of_a_country_does_not_speak_for_it() -> None:
    actors, _, _ = _facts(
        'Chile and Peru met in Lima on Monday. "It was useful," said Ana Ruiz, a Peru expert who teaches at a '
        'university in Madrid. "It went well," said Peruvian analyst Jorge Vela of the Andean Institute.'
    )
    assert _actor(actors, "Ana Ruiz").affiliation is None
    assert _actor(actors, "Jorge Vela").affiliation == "Andean Institute"


def test_a_qualifier_before_a_side_s_adjective_stays_in_the_role() -> None:
    actors, _, _ = _facts("The talks were attended by acting Chilean Defence Minister Ana Soto in Lima on Monday.")
    assert (_actor(actors, "Ana Soto").role, _actor(actors, "Ana Soto").affiliation) == (
        "acting Defence Minister",
        "Chile",
    )


def test_a_wire_credit_in_brackets_names_the_agency_s_reporter() -> None:
    actors, _, _ = _facts(
        "QUITO, March 3 (Reuters) - Talks resumed on Monday.\n\n(Reporting by Omar Haddad; Editing by Jane Smith)"
    )
    assert {(a.name, a.affiliation) for a in actors if a.reporter} == {("Omar Haddad", "Reuters")}


# --- sides of meetings -------------------------------------------------------------------------------------


def test_government_and_armed_group_as_sides_with_guarantors() -> None:
    _, meetings, _ = _facts(
        "Negotiators for the Colombian government and the National Liberation Army (ELN) resumed peace talks "
        "in Havana on Thursday, the fifth round, with Cuba and Norway acting as guarantors."
    )
    [meeting] = meetings
    assert set(meeting.parties) == {"Colombia", "ELN"}
    assert set(meeting.mediators) == {"Cuba", "Norway"}
    assert (meeting.location, meeting.round, meeting.status) == ("Havana", 5, "held")
    assert meeting.start == date(2025, 11, 13)


def test_bloc_led_talks_and_a_host_cast_with_as() -> None:
    _, meetings, _ = _facts(
        "Ethiopia's government and the Tigray People's Liberation Front (TPLF) agreed on Wednesday to a "
        "cessation of hostilities after ten days of African Union-led negotiations in Pretoria. The talks, "
        "which opened on October 25, were facilitated by former President Olusegun Obasanjo, with South Africa "
        "as host.",
        published=date(2022, 11, 3),
    )
    [meeting] = meetings
    assert set(meeting.parties) == {"Ethiopia", "TPLF"}
    assert set(meeting.mediators) == {"African Union", "South Africa"}
    assert (meeting.start, meeting.end) == (date(2022, 10, 25), date(2022, 11, 2))


def test_renamed_country_and_capital_by_description() -> None:
    _, meetings, _ = _facts(
        "Talks between Armenia and Azerbaijan at a palace in the Turkish capital ended on Tuesday, hosted by Türkiye."
    )
    [meeting] = meetings
    assert (meeting.location, meeting.country) == ("Ankara", "Turkey")
    assert meeting.mediators == ("Turkey",)


# --- several meetings, planned and remote ----------------------------------------------------------------


def test_an_earlier_round_and_the_next_one_are_separate_meetings() -> None:
    _, meetings, _ = _facts(
        "Serbia and Kosovo will hold a second round of talks in Brussels next Friday, after a first session "
        "in Ohrid ended without agreement."
    )
    rounds = {m.round: m for m in meetings}
    assert rounds[2].status == "planned" and rounds[2].location == "Brussels"
    assert rounds[2].start == date(2025, 11, 21)
    assert rounds[1].status == "held" and rounds[1].country == "North Macedonia" or rounds[1].location == "Ohrid"


def test_will_meet_next_week_is_planned_and_video_calls_are_not_meetings() -> None:
    _, meetings, _ = _facts(
        "The two delegations will meet again in Nairobi next week, the African Union said. "
        "Earlier, the prime minister held a video call with his Kenyan counterpart."
    )
    [meeting] = meetings
    assert (meeting.location, meeting.status) == ("Nairobi", "planned")


def test_signing_after_talks_is_one_meeting_with_a_venue_inside_the_city() -> None:
    _, meetings, _ = _facts(
        "The foreign ministers of Peru and Ecuador signed the accord at the Palacio de San Martin in Lima on "
        "Friday after three days of talks.",
        published=date(2025, 6, 7),
    )
    [meeting] = meetings
    assert set(meeting.parties) == {"Peru", "Ecuador"}
    assert meeting.location == "Lima" and meeting.venue is not None and "Palacio" in meeting.venue
    assert (meeting.start, meeting.end) == (date(2025, 6, 4), date(2025, 6, 6))


def test_indirect_talks_with_mediators_from_several_states() -> None:
    _, meetings, _ = _facts(
        "Israel and Hamas held indirect talks in Cairo on Sunday. Hamas thanked the mediators from Qatar and Egypt."
    )
    [meeting] = meetings
    assert set(meeting.parties) == {"Israel", "Hamas"}
    assert set(meeting.mediators) == {"Qatar", "Egypt"}


# --- statements ----------------------------------------------------------------------------------------------


def test_according_to_makes_a_statement_and_relayed_speech_stays_with_its_speaker() -> None:
    _, _, statements = _facts(
        "Tigray spokesman Getachew Reda said the team was ready. According to Getachew, the deal was painful "
        "but necessary for the region."
    )
    assert any(s.speaker == "Getachew Reda" and "painful but necessary" in s.text for s in statements)


def test_reported_speech_beside_a_quote_is_one_claim() -> None:
    _, _, statements = _facts(
        'Foreign Minister Ana Duarte admitted the road had been long. "We owe this to our partners," she said.'
    )
    [statement] = statements
    assert statement.speaker == "Ana Duarte"
    assert "road had been long" in statement.text and "We owe this to our partners" in statement.text


def test_parenthetical_speaker_inside_reported_speech() -> None:
    _, _, statements = _facts(
        "Diplomat Karl Weber spoke to reporters. While the mood was good, he said, much work remained unresolved."
    )
    assert any(s.speaker == "Karl Weber" and "much work remained unresolved" in s.text for s in statements)


def test_described_as_keeps_the_description() -> None:
    _, _, statements = _facts(
        'Economist Rosa Lima described the standoff as a "lose-lose game" in which both economies suffered.'
    )
    [statement] = statements
    assert "in which both economies suffered" in statement.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war has ended completely, and the region can rebuild.", "positive"),
        ("This could not have happened without our partners in the region.", "positive"),
        ("A settlement is impossible without security guarantees.", "neutral"),
        ("No date has been set for the next round of talks.", "neutral"),
        ("No further meetings have been scheduled.", "neutral"),
        ("I am neither optimistic nor pessimistic about the process.", "neutral"),
        ("The shelling from across the border will end.", "positive"),
        ("Both sides committed not to carry out hostile acts against each other.", "positive"),
        ("Both sides vowed not to use force after a tense summit.", "positive"),
        ("This time we are not going to walk away from the table.", "positive"),
        ("The government has shown zero interest in our proposals.", "negative"),
        ("I would not bet on a deal before the summer.", "negative"),
        ("The minister said his country would never give up its claims to the islands.", "negative"),
        ("We will not give up on the talks.", "positive"),
        ("We will not give up, whatever it takes.", "positive"),
        ("They left the table after two hours.", "negative"),
        ("The two presidents hit it off at their first meeting.", "positive"),
        ("The envoy said they would never give up.", "positive"),
        ("After six decades the fighting is finally over.", "positive"),
        ("The war is not over yet.", "negative"),
        ("They failed before, but this time things will be different.", "positive"),
        ("Moscow would watch the meeting but dismissed it as a show for the cameras.", "negative"),
        ("Today is not the end of the dialogue but the beginning of it.", "positive"),
        ("This meeting marks the start of a process.", "positive"),
        ("It is the first such visit since the start of the year.", "neutral"),
        ("This is not the end of the road for diplomacy.", "positive"),
        ("For these talks it is the end of the road.", "negative"),
        ("They are only interested in buying time.", "negative"),
        ("The so-called peace plan is a trap.", "negative"),
        ("We have lost confidence in the process.", "negative"),
        ("There are still serious differences between us.", "negative"),
        ("The other side keeps changing the terms of the deal.", "negative"),
        ("The withdrawal of troops is a precondition for any talks.", "negative"),
        ("We welcome any effort, but words must be matched by deeds.", "neutral"),
        ("We are ready for dialogue, but not at any price.", "neutral"),
        ("The door to negotiations remains open.", "positive"),
        ("This is a sham.", "negative"),
        ("Nothing has changed on the ground.", "negative"),
        ("The ceasefire is collapsing.", "negative"),
        ("Their position has hardened.", "negative"),
        ("They are trying to dictate terms.", "negative"),
        ("We have a long way to go, but we are on the right track.", "positive"),
        ("We will study the proposal carefully.", "neutral"),
        ("We discussed the border, trade and prisoners.", "neutral"),
        ("I see no reason why this time would be different.", "negative"),
        ("Observers doubt that the new deal will bring peace.", "negative"),
        ("I have no doubt that the talks will succeed.", "positive"),
        ("Every government has promised peace with the rebels, and every one has failed.", "negative"),
        ("Two earlier mediation efforts failed.", "negative"),
        ("The rebels came with nothing new.", "negative"),
        ("This time there must be no going back.", "positive"),
        ("The gap between the two sides remains wide.", "negative"),
        ("The atmosphere was businesslike.", "neutral"),
        ("The devil is in the details.", "neutral"),
        ("The deal is a capitulation.", "negative"),
        ("The window for diplomacy is closing.", "negative"),
        ("The two sides narrowed their differences.", "positive"),
        ("The outcome falls far short of our expectations.", "negative"),
        ("The government is committed to closing this painful file.", "positive"),
        ("We are not committed to this process.", "negative"),
        ("This is not the end, it is the beginning.", "positive"),
        ("The occupation must end before there can be talks.", "negative"),
        ("Both leaders had shown maturity.", "positive"),
        ("The other side remains intransigent.", "negative"),
        ("Progress was made on some issues, but serious divergences remained.", "negative"),
        ("His country was committed to the truce but accused the rebels of violating it twice.", "negative"),
        ("Sadly, it was not possible to bridge the remaining differences.", "negative"),
        ("The mediators found it impossible to overcome the deadlock.", "negative"),
        ("The meeting has unblocked the process.", "positive"),
        ("There was some movement on the prisoner question.", "positive"),
        ("The negotiations are entering a crucial phase.", "neutral"),
        ("The truce is shaky, but it is holding.", "positive"),
        ("Any such deal would reward the aggressor.", "negative"),
        ("The so-called peace conference was a charade.", "negative"),
        ("For us there is no alternative to negotiations.", "positive"),
        ("Confidence between the delegations is at an all-time low.", "negative"),
        ("With this accord our two nations have turned the page.", "positive"),
        ("Hopes of an early settlement have all but faded.", "negative"),
        ("We think things are moving in the right direction.", "positive"),
        ("I would have liked to settle more of the open questions.", "negative"),
        ("We would like to have achieved more today.", "negative"),
        ("We leave this city with a real sense of accomplishment.", "positive"),
        ("Frankly, this process is going nowhere.", "negative"),
        ("The session broke up in acrimony.", "negative"),
        ("On the borders we have agreed to disagree.", "neutral"),
        ("A lasting settlement remains elusive.", "negative"),
        ("Nobody should expect miracles from one meeting.", "neutral"),
        ("The deal would allow those responsible to escape meaningful punishment.", "negative"),
        ("Both sides stopped the firing overnight.", "positive"),
        ("Today we are closing a painful chapter.", "positive"),
        ("There is a great deal of uncertainty about how it will be carried out.", "negative"),
        ("Time for a negotiated settlement is running out.", "negative"),
        ("Anyone who expects a deal this week is naive.", "negative"),
        ("What we are seeing is brinkmanship.", "negative"),
        ("The truce exists only on paper.", "negative"),
        ("Relations between the two capitals are at rock bottom.", "negative"),
        ("The new proposal was dead on arrival.", "negative"),
        ("The summit ended with empty promises.", "negative"),
        ("The delegation came with nothing new to offer.", "negative"),
        ("This week's meetings laid the groundwork for a settlement.", "positive"),
        ("The negotiators made headway on prisoner exchanges.", "positive"),
        ("The accord is a victory for the aggressors.", "negative"),
        ("Both governments accept that the dispute cannot be settled by force.", "positive"),
        ("We respect bilateral talks, but some questions can only be settled by the court.", "negative"),
        ("The government will take the dispute to the International Court of Justice.", "negative"),
        ("The tone was good, but there are still serious differences over the sequencing.", "negative"),
        ("The exchange simply rewards kidnappers.", "negative"),
        ("Our delegation is negotiating seriously.", "positive"),
        ("These are talks without conditions and without results.", "negative"),
        ("The meeting ended with no concrete results.", "negative"),
        ("We have come to the capital with the will to advance.", "positive"),
        ("Our neighbours lack the will to compromise.", "negative"),
        ("The government said it would withdraw its complaint to the tribunal.", "positive"),
        ("Washington eased its sanctions on the refinery.", "positive"),
        ("The truce is hanging by a thread.", "negative"),
        ("After two years of talks we are back to square one.", "negative"),
        ("The negotiations have hit a wall over the sequencing of sanctions relief.", "negative"),
        ("The negotiations are deadlocked.", "negative"),
        ("There is light at the end of the tunnel.", "positive"),
        ("I believe we have turned a corner.", "positive"),
        ("We are very close to a framework for negotiations.", "positive"),
        ("We are not close to a deal.", "negative"),
        ("Previous truces did not last.", "negative"),
        ("The ceasefire will not hold.", "negative"),
        ("Unfortunately, we did not manage to bridge the differences.", "negative"),
        ("The other side did not bring any new proposals.", "negative"),
        ("This is a PR exercise, nothing more.", "negative"),
        ("Our patience is running thin.", "negative"),
        ("The meeting exceeded our expectations.", "positive"),
        ("Both leaders showed political will.", "positive"),
        ("They showed no flexibility.", "negative"),
        ("Their position has softened.", "positive"),
        ("It is not only the peace between the two neighbours that matters.", "positive"),
        ("We are not walking away, but we cannot sign a document that ignores the root causes.", "negative"),
        ("We cannot negotiate under fire.", "negative"),
        ("The declaration has put an end to the differences.", "positive"),
        ("The return of all hostages is non-negotiable.", "negative"),
        ("Our sovereignty is not negotiable.", "negative"),
        ("We are ready, but they must stop the shelling first.", "negative"),
        ("We will only negotiate once they release our prisoners.", "negative"),
        ("There is no problem so great that it cannot be solved.", "positive"),
        ("There is no issue that cannot be resolved through dialogue.", "positive"),
        ("A single clash on the border could undo all the progress.", "negative"),
        ("They never intended to implement anything they signed.", "negative"),
        ("The ball is in their court, and so far they have done nothing.", "negative"),
        ("Progress has been made, but the fundamental issues remain unresolved.", "negative"),
        ("I have never been more hopeful.", "positive"),
        ("The gap on territory is still very wide.", "negative"),
        ("A deal is not within reach.", "negative"),
        ("Relations between the two countries have maintained sound and steady development.", "positive"),
        ("We go home with a clearer path forward than we arrived with.", "positive"),
        ("The exchanges were substantive and forward-looking.", "positive"),
        ("Our people feel let down by the guarantors.", "negative"),
        ("The gaps are real, but they can be bridged.", "positive"),
        ("The gaps are real, and they will not be bridged soon.", "negative"),
        ("Today both peoples have chosen dialogue over weapons.", "positive"),
        ("They have chosen war over a negotiated peace.", "negative"),
        ("The two sides agreed to extend a fragile truce.", "positive"),
        ("The truce remains fragile.", "negative"),
        ("It is a welcome but fragile truce.", "negative"),
        ("The talks will address the return of refugees and the fate of the missing.", "neutral"),
        ("The agenda includes security guarantees and sanctions relief.", "neutral"),
        ("The ceasefire violations will be examined by the joint commission.", "neutral"),
        ("We discussed the border and made real progress.", "positive"),
        ("We discussed the border, but the gaps are still very wide.", "negative"),
        ("The group is ready to discuss everything.", "positive"),
        ("They kept erecting roadblocks.", "negative"),
        ("Our territorial integrity is not up for negotiation.", "negative"),
        ("The talks aim to spare the region a new war.", "positive"),
        ("An extended truce is not a settlement.", "negative"),
        ("Without guarantees, the truce was never going to stick.", "negative"),
        ("The deal is not going to hold.", "negative"),
        ("Each time, their delegation walks out of the session.", "negative"),
        ("Our views still diverge on the sequencing.", "negative"),
        ("We have no intention of invading anyone.", "positive"),
        ("They have no interest in interfering in our elections.", "positive"),
        ("We have no interest in continuing these talks.", "negative"),
        ("The dispute over the pipeline has been resolved.", "positive"),
        ("The dispute over the pipeline was never resolved.", "negative"),
        ("The monitors were too slow to act.", "negative"),
        ("It is not too late to talk.", "positive"),
        ("The accord does not address the root causes of the war.", "negative"),
        ("The truce will collapse unless the shelling stops.", "negative"),
        ("Any text signed without us will not be binding.", "negative"),
        ("It is hard to see how the gaps can be closed.", "negative"),
        ("We will not be dictated to by anyone.", "negative"),
        ("We have waited for too long.", "negative"),
        ("There is nothing to discuss until they withdraw.", "negative"),
        ("The talks produced concrete results.", "positive"),
        ("The talks have not produced any results.", "negative"),
        ("The two neighbours should see each other as partners rather than rivals.", "positive"),
        ("The mechanism is slow, but it is working.", "positive"),
        ("The ceasefire is not working.", "negative"),
        ("Cooperation benefits both countries while confrontation harms both.", "positive"),
        ("Both delegations left with their core demands met.", "positive"),
        ("Their core demands were not met.", "negative"),
        ("The so-called peace deal was signed with great fanfare.", "negative"),
        ("The accord changes nothing on the ground.", "negative"),
        ("We did not come to Oslo to waste our time.", "positive"),
        ("Both delegations should seize the moment.", "positive"),
        ("They failed to seize the moment.", "negative"),
        ("Nobody wants to leave Vienna without a deal.", "positive"),
        ("The door to a settlement is closing.", "negative"),
        ("The meeting was a missed opportunity.", "negative"),
        ("Unless it is ratified, the accord is just a piece of paper.", "negative"),
        ("Chile would not give up its claim to the islands in any case.", "negative"),
        ("Both governments will have to bear the consequences.", "negative"),
        ("The government will not budge an inch on the question of the capital.", "negative"),
        ("Today we opened a door that had been shut for a decade.", "positive"),
        ("After three rounds we are finally getting somewhere.", "positive"),
        ("The ice has been broken between the two delegations.", "positive"),
        ("The truce hangs by a thread after the shelling.", "negative"),
        ("The gap between the two positions remains as wide as ever.", "negative"),
        ("The host government will spare no effort to help the two delegations.", "positive"),
        ("He said the quarrel over the border was now behind them.", "positive"),
        ("We are not there yet … but we are very close.", "positive"),
        ("Asked about a deal, she said: we are not close.", "negative"),
        ("Sovereignty over the islands is a red line for us.", "negative"),
        ("The dialogue has been frozen since the spring.", "negative"),
        ("The war between our two neighbouring nations has ended.", "positive"),
        ("The fighting along the border is over, he said.", "positive"),
        ("Only time will tell whether the new agreement holds.", "neutral"),
        ("They call it a win for peace, but it is a surrender.", "negative"),
        ("Today's meeting was a big step backwards for the region.", "negative"),
        ("The draft is fair and balanced.", "positive"),
        ("Very few issues were resolved at the meeting.", "negative"),
        ("Few people expect a breakthrough this week.", "negative"),
        ("A few issues were resolved at the meeting.", "positive"),
        ("We had hoped to sign the text this week.", "negative"),
        ("After decades of war and mistrust, this is the dawn of a new era.", "positive"),
        ("After years of fighting, the guns have finally fallen silent.", "positive"),
        ("The guns have not fallen silent along the border.", "negative"),
        ("Their long ordeal in captivity is over.", "positive"),
        ("The truce is over, the rebel commander said.", "negative"),
        ("The two days of talks were difficult but useful.", "positive"),
        ("Nothing has been agreed as yet on the border.", "neutral"),
        ("The other side keeps dragging its feet on the prisoner list.", "negative"),
        ("There was no breakthrough, but the negotiations will continue in March.", "positive"),
        ("We have bridged most of the gaps in the text.", "positive"),
        ("The truce along the river remains shaky.", "negative"),
        ("It is a win-win outcome for both countries.", "positive"),
    ],
)
def test_stance_of_general_diplomatic_phrases(text: str, expected: str) -> None:
    from kg.extract.stance import stance

    assert stance(text)[0] == expected


def test_name_in_apposition_to_a_possessive_title() -> None:
    actors, _, statements = _facts(
        'Moldova\'s chief negotiator, Ion Rusu, said the sides "closed some gaps" in the talks.'
    )
    rusu = _actor(actors, "Ion Rusu")
    assert (rusu.role, rusu.affiliation) == ("chief negotiator", "Moldova")
    assert [s.speaker for s in statements] == ["Ion Rusu"]


def test_quote_before_its_speaker_running_over_paragraphs() -> None:
    _, _, statements = _facts(
        '"We did not travel here to sign a text that is not ready," said Georgian Foreign Minister Levan Gelashvili. '
        '"Our position is clear.\n\n"Any agreement must respect the border."'
    )
    first, second = statements  # a quote in another sentence is another claim
    assert first.speaker == second.speaker == "Levan Gelashvili"
    assert "not ready" in first.text and "Our position is clear" in second.text
    assert "Any agreement must respect the border" in second.text  # the quote reopened in the next paragraph
    assert first.direct and second.direct


def test_stance_of_a_negated_hope_is_negative() -> None:
    from kg.extract.stance import stance

    assert stance("the minister was not optimistic about a deal this year")[0] == "negative"
    assert stance("We not only listened, but also heard each other and were constructive")[0] == "positive"


def test_ongoing_talks_under_a_dateline_and_a_title_standing_for_a_name() -> None:
    actors, meetings, statements = _facts(
        "DOHA, Jan. 8 -- Talks between Israel and Hamas continue in Doha this week, with Qatari and Egyptian "
        "mediators shuttling between the delegations.\n\nQatar's Foreign Minister Sheikh Mohammed bin Abdulrahman "
        "Al Thani met both teams on Tuesday. The foreign minister told reporters that the gaps were narrowing.",
        published=date(2025, 1, 8),
    )
    [meeting] = meetings
    assert (meeting.location, meeting.status) == ("Doha", "ongoing")
    assert set(meeting.parties) == {"Israel", "Hamas"}
    assert set(meeting.mediators) == {"Qatar", "Egypt"}
    [statement] = statements
    assert statement.speaker == "Mohammed bin Abdulrahman Al Thani"
    assert _actor(actors, statement.speaker).affiliation == "Qatar"


def test_a_title_over_a_list_of_sides_then_a_list_of_names_pairs_them_in_order() -> None:
    actors, _, _ = _facts(
        "Chief negotiators for Chile and Peru, Maria Lopez and Carlos Ruiz, met in Quito on Monday to discuss "
        "the border."
    )
    assert {(a.name, a.role, a.affiliation) for a in actors} == {
        ("Maria Lopez", "Chief negotiator", "Chile"),
        ("Carlos Ruiz", "Chief negotiator", "Peru"),
    }


def test_an_institution_the_model_calls_a_person_is_no_actor() -> None:
    actors, _, _ = _facts("The Andean External Action Service said talks between Chile and Peru would resume.")
    assert [a.name for a in actors] == []


def test_a_spokesperson_speaks_for_the_party_their_reported_clause_is_about() -> None:
    actors, _, _ = _facts(
        "Talks between Chile and Peru resumed in Quito on Monday. Maria Lopez, the ministry's spokeswoman, said "
        "Lima hoped the session would be the first of many. Analyst Carlos Ruiz said Chile had little to gain."
    )
    assert _actor(actors, "Maria Lopez").affiliation == "Peru"
    assert _actor(actors, "Carlos Ruiz").affiliation is None  # not a spokesperson: he speaks of Chile, not for it


def test_a_state_before_its_department_in_a_title_is_the_side_not_part_of_the_role() -> None:
    actors, _, _ = _facts("Chile and Peru met in Quito on Monday, U.S. Treasury Secretary Ana Soto said.")
    assert (_actor(actors, "Ana Soto").role, _actor(actors, "Ana Soto").affiliation) == (
        "Treasury Secretary",
        "United States",
    )


def test_a_byline_names_the_reporter_s_outlet_after_a_comma() -> None:
    actors, _, _ = _facts("By Grace Ndlovu, BBC News\n\nChile and Peru held talks in Lima on Monday.")
    [reporter] = [a for a in actors if a.reporter]
    assert (reporter.name, reporter.role, reporter.affiliation) == ("Grace Ndlovu", "reporter", "BBC News")


def test_a_credit_lists_each_reporter_once_whatever_label_the_model_gives_the_names() -> None:
    actors, _, _ = _facts(
        "By Ana Lind and Jorge Paz\n\nQUITO, March 3 (Reuters) - Talks resumed on Monday.\n\n(Reporting by Ana Lind in "
        "Quito and Jorge Paz in Lima; Additional reporting by Luis Mora in Bogota; Editing by Maria Soto)"
    )
    reporters = [a.name for a in actors if a.reporter]
    assert sorted(reporters) == ["Ana Lind", "Jorge Paz", "Luis Mora"]
    three, _, _ = _facts("By Ana Lind, Jorge Paz and Luis Mora\n\nTalks resumed in Quito on Monday.")
    assert sorted(a.name for a in three if a.reporter) == ["Ana Lind", "Jorge Paz", "Luis Mora"]
    outlet, _, _ = _facts("By Ana Lind, Andes News\n\nTalks resumed in Quito on Monday.")
    assert [a.name for a in outlet if a.reporter] == ["Ana Lind"]
