"""Meetings as wire copy writes them, each on sentences written for it (names invented, places real)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.nlp import load_pipeline
from tests.conftest import article_meetings, meetings_of


def test_a_capital_named_by_a_two_word_demonym_or_state_is_that_state_s_capital() -> None:
    (first,) = meetings_of("Ethiopia and Eritrea held talks in the South African capital on Monday.")
    (second,) = meetings_of("Ethiopia and Eritrea held talks in the capital of South Sudan on Monday.")
    assert (first.location, second.location) == ("Pretoria", "Juba")


def test_the_owner_of_a_mediation_team_written_as_a_compound_brokers_the_talks() -> None:
    (meeting,) = article_meetings(
        "Ethiopia's government and the TPLF agreed on Wednesday to a truce after ten days of talks in Pretoria.\n\n"
        "The agreement was announced by Kofi Mensah, the former Ghanaian president who led the AU mediation team.",
        date(2024, 1, 24),
    )
    assert meeting.mediators == ("African Union",)
    assert set(meeting.parties) == {"Ethiopia", "TPLF"}


def test_next_said_of_something_else_in_the_clause_does_not_make_the_meeting_planned() -> None:
    (signed,) = meetings_of(
        "Bolivia's government and the opposition signed an agreement in La Paz on Monday setting out conditions for "
        "a presidential election next year.",
        date(2024, 2, 5),  # that Monday
    )
    (coming,) = meetings_of("Bolivia and Chile will hold the next round of talks in Lima.", date(2024, 2, 6))
    assert (signed.status, coming.status) == ("held", "planned")


def test_an_offer_to_host_talks_is_no_meeting_unless_it_is_taken_up() -> None:
    assert meetings_of("Norway welcomed the truce but repeated its offer to host talks in Oslo.") == []
    assert meetings_of("Turkey renewed its offer to host a meeting of Armenia and Azerbaijan in Istanbul.") == []
    (accepted,) = meetings_of("Armenia accepted a proposal to hold talks with Azerbaijan in Istanbul.")
    assert accepted.status == "planned"


def test_talks_said_to_be_a_numbered_round_are_that_round_whatever_else_their_sentence_tells() -> None:
    (meeting,) = article_meetings(
        "Colombia and the ELN resumed peace talks in Mexico City on Monday.\n\n"
        "The talks, which Mexico is hosting along with Norway and Cuba as guarantor countries, are the second cycle "
        "of negotiations since the new president took office.",
        date(2023, 2, 13),
    )
    assert meeting.round == 2
    assert set(meeting.mediators) == {"Mexico", "Norway", "Cuba"}


def test_a_party_named_by_a_department_of_it_and_cast_as_observer_is_no_side() -> None:
    (meeting,) = article_meetings(
        "The ministers of Egypt, Ethiopia and Sudan met in Khartoum on 8-9 January 2020.\n\n"
        "The meeting was attended by representatives of the United States Department of the Treasury and the World "
        "Bank as observers.",
        date(2020, 1, 9),
    )
    assert set(meeting.parties) == {"Egypt", "Ethiopia", "Sudan"}


def test_two_sides_that_did_something_after_talks_held_them() -> None:
    (restored,) = meetings_of("Iran and Iraq restored ties after talks in Beijing.")
    (agreed,) = meetings_of("Iran and Iraq agreed to restore ties following talks in Beijing.")
    (one,) = meetings_of("Iran welcomed the deal after talks in Beijing.")
    assert set(restored.parties) == set(agreed.parties) == {"Iran", "Iraq"}
    assert one.parties == ()


def test_a_movement_s_mediators_are_not_the_movement() -> None:
    (meeting,) = meetings_of("Israel and Hamas held talks in Cairo on Tuesday with Hamas's mediators.")
    assert "Hamas" not in meeting.mediators
    (brokered,) = meetings_of("Israel and Hamas held talks in Cairo on Tuesday with Qatar's mediators.")
    assert brokered.mediators == ("Qatar",)


def test_who_a_broker_co_organised_a_meeting_with_brokers_too() -> None:
    (meeting,) = meetings_of(
        "Thailand and Cambodia met in Putrajaya on Monday in a meeting Malaysia co-hosted with the United States."
    )
    assert set(meeting.mediators) == {"Malaysia", "United States"}
    assert set(meeting.parties) == {"Thailand", "Cambodia"}


def test_talks_expected_to_continue_the_next_day_are_the_same_talks_still_under_way() -> None:
    (meeting,) = article_meetings(
        "Israel and Hamas held talks in Cairo on Tuesday.\n\nThe talks are expected to continue on Wednesday.",
        date(2024, 2, 13),
    )
    assert (meeting.start, meeting.end, meeting.status) == (date(2024, 2, 13), date(2024, 2, 14), "ongoing")
    later = article_meetings(
        "Israel and Hamas held talks in Cairo on Tuesday.\n\nThe talks will continue in Doha next month.",
        date(2024, 2, 13),
    )
    assert len(later) == 2


def test_title_holders_from_listed_states_who_gather_for_talks_are_the_sides() -> None:
    (meeting,) = meetings_of(
        "National security advisers from about 40 countries, including Chile, Peru and Brazil, gathered in "
        "Jeddah on Saturday for talks."
    )
    assert set(meeting.parties) == {"Chile", "Peru", "Brazil"}


def test_who_attended_as_others_did_are_more_sides_unless_in_a_capacity() -> None:
    lead = "Officials from Chile and Peru gathered in Jeddah on Saturday for talks on the border.\n\n"
    (meeting,) = article_meetings(lead + "Bolivia attended, as did officials from Ecuador.", date(2024, 2, 5))
    assert set(meeting.parties) == {"Chile", "Peru", "Bolivia", "Ecuador"}
    (watched,) = article_meetings(
        lead + "Bolivia's envoy attended as an observer, as did officials from Ecuador.", date(2024, 2, 5)
    )
    assert set(watched.parties) == {"Chile", "Peru"}


def test_brokers_of_talks_in_another_city_are_not_the_story_meeting_s() -> None:
    (paris,) = article_meetings(
        "France and Germany co-hosted a conference on the war in Paris on Monday.\n\n"
        "The declaration urged a return to talks in Jeddah, which Saudi Arabia and the United States have "
        "mediated since May.",
        date(2024, 2, 6),
    )
    assert set(paris.mediators) == {"France", "Germany"}
    (jeddah,) = article_meetings(
        "Chile and Peru held talks in Jeddah on Monday.\n\n"
        "The declaration urged a return to talks in Jeddah, which Saudi Arabia and the United States have "
        "mediated since May.",
        date(2024, 2, 6),
    )
    assert set(jeddah.mediators) == {"Saudi Arabia", "United States"}


def test_a_host_with_one_guest_is_a_side_of_their_meeting_and_with_two_the_go_between() -> None:
    # the sides of both come from the table of office holders alone
    (visit,) = article_meetings("Trump hosted Milei at the White House on Saturday.", date(2025, 2, 6))
    assert set(visit.parties) == {"United States", "Argentina"}
    (summit,) = article_meetings("Malaysia hosted Thailand and Cambodia in Putrajaya on Monday.", date(2024, 2, 6))
    assert (set(summit.parties), summit.mediators) == ({"Thailand", "Cambodia"}, ("Malaysia",))


def test_a_city_opening_the_sentence_the_parser_left_without_its_preposition_places_the_talks() -> None:
    (meeting,) = meetings_of("In Lima, Chilean and Peruvian officials wrapped up two days of talks on Tuesday.")
    assert meeting.location == "Lima"


def test_a_meal_two_sides_share_is_a_meeting() -> None:
    (meeting,) = meetings_of("Chilean and Peruvian negotiators had a working dinner in Brussels on Monday.")
    assert (meeting.location, set(meeting.parties)) == ("Brussels", {"Chile", "Peru"})


def test_observers_with_co_hosts_are_not_brokers() -> None:
    (meeting,) = article_meetings(
        "Chile and Peru resumed talks in Jeddah on Monday.\n\n"
        "The talks are co-hosted by Saudi Arabia and the United States, with the African Union and the regional "
        "bloc IGAD attending as observers.",
        date(2024, 2, 6),
    )
    assert "African Union" not in meeting.mediators


def test_a_headline_agreeing_to_a_truce_in_talks_tells_of_talks_held() -> None:
    (meeting,) = meetings_of("Chile, Peru agree to ceasefire in Doha talks mediated by Qatar")
    assert meeting.status == "held"


def test_a_broker_of_talks_held_by_video_brokers_no_meeting_of_the_story() -> None:
    (meeting,) = article_meetings(
        "Nov. 6, 2019 — Foreign ministers of Egypt, Ethiopia and Sudan meet in Washington at the invitation of the "
        "U.S. Treasury.\n\nJune 2020 — Talks resume by video under South African mediation.",
        date(2024, 1, 10),
    )
    assert meeting.mediators == ("United States",)


def test_who_brokered_an_agreement_named_in_capitals_is_still_its_broker() -> None:
    meetings = article_meetings(
        "Indonesia and the Free Aceh Movement signed a peace deal in Helsinki on Monday.\n\n"
        "Earlier attempts had failed. The Henry Dunant Centre, a Geneva-based mediation group, brokered a Cessation "
        "of Hostilities Agreement that the two sides signed in Geneva on Dec. 9, 2002, but it collapsed within months.",
        date(2005, 8, 16),
    )
    (geneva,) = [m for m in meetings if m.location == "Geneva"]
    assert geneva.mediators == ("Centre for Humanitarian Dialogue",)


def test_talks_that_will_reconvene_meet_where_the_story_s_talks_were_held() -> None:
    meetings = article_meetings(
        "Chile and Peru held a first round of talks on Wednesday at a U.N. base in the Peruvian border town of "
        "Tacna.\n\nThe two sides will reconvene on Oct. 28, a security source said.",
        date(2020, 10, 14),
    )
    assert [(m.location, m.status) for m in meetings] == [("Tacna", "held"), ("Tacna", "planned")]


def test_an_organisation_s_envoy_for_a_state_speaks_for_the_organisation() -> None:
    from tests.conftest import actors_of

    actor = actors_of("Jan Novak, the United Nations special coordinator for Lebanon, hosted the talks.")["Jan Novak"]
    assert actor.affiliation == "United Nations"


def test_a_broker_of_old_that_was_sidelined_brokers_no_meeting_of_the_story() -> None:
    (meeting,) = article_meetings(
        "The leaders of Armenia and Azerbaijan initialed a peace agreement at the White House on Friday, in a "
        "ceremony hosted by the United States.\n\n"
        "Russia, which has long acted as a mediator between the two former Soviet republics, was sidelined.",
        date(2025, 8, 8),
    )
    assert meeting.mediators == ("United States",)


def test_a_host_of_talks_with_one_other_side_is_a_side() -> None:
    (own,) = meetings_of("Chile hosted talks with Peru in Santiago on Monday.")
    assert (set(own.parties), own.mediators) == ({"Chile", "Peru"}, ())
    (others,) = meetings_of("Qatar hosted talks with Israel and Hamas in Doha on Monday.")
    assert (set(others.parties), others.mediators) == ({"Israel", "Hamas"}, ("Qatar",))


def test_states_that_attend_the_meeting_as_observers_are_not_its_sides() -> None:
    (meeting,) = article_meetings(
        "The prime ministers of Laos and Vietnam met in Putrajaya on Monday for talks hosted by Malaysia.\n\n"
        "Representatives of Japan and India attended the meeting as observers.",
        date(2024, 2, 6),
    )
    assert set(meeting.parties) == {"Laos", "Vietnam"}
    assert meeting.mediators == ("Malaysia",)


def test_a_timeline_entry_gives_its_year_to_the_days_in_it() -> None:
    first, last = article_meetings(
        "Timeline: the road to the accord\n\n"
        "1994 — Talks between the government and the rebels opened in Arusha on June 10.\n\n"
        "1996 — After a final session in Dar es Salaam, the two sides signed the accord on April 10.\n\n"
        "1998 — Voters approved the accord.",
        date(2024, 2, 6),
    )
    assert (first.location, first.start) == ("Arusha", date(1994, 6, 10))
    assert (last.location, last.start) == ("Dar es Salaam", date(1996, 4, 10))


def test_a_well_known_venue_the_model_tags_as_a_place_stands_in_its_city() -> None:
    (meeting,) = meetings_of("Britain and Ireland held talks at Stormont on Monday.", date(2024, 2, 6))
    (other,) = meetings_of("Japan and Vietnam held talks at the Great Hall of the People on Monday.", date(2024, 2, 6))
    assert (meeting.location, meeting.venue, meeting.country) == ("Belfast", "Stormont", "United Kingdom")
    assert (other.location, other.country) == ("Beijing", "China")


def test_a_list_of_co_chairs_the_parser_reads_as_an_apposition_brokers_the_talks() -> None:
    (meeting,) = meetings_of(
        "The talks between Georgia and Russia in Geneva on Wednesday are co-chaired by the OSCE, the UN and the EU.",
        date(2024, 2, 6),
    )
    assert set(meeting.mediators) == {"OSCE", "United Nations", "European Union"}


def test_officials_of_several_owners_shuttling_between_delegations_broker_the_talks() -> None:
    (meeting,) = meetings_of(
        "Syria and Jordan held indirect talks in Amman on Monday, with US and UN officials shuttling between the two "
        "delegations.",
        date(2024, 2, 6),
    )
    assert set(meeting.parties) == {"Syria", "Jordan"}
    assert set(meeting.mediators) == {"United States", "United Nations"}


def test_dialogue_as_the_means_of_settling_things_is_no_meeting() -> None:
    meetings = article_meetings(
        "Vietnam and China agreed on Wednesday to manage differences through dialogue, after talks in Hanoi.\n\n"
        "Both sides agreed to meet again in Beijing next year.",
        date(2024, 7, 3),
    )
    held = [m for m in meetings if m.status == "held"]
    assert [(m.location, m.start) for m in held] == [("Hanoi", date(2024, 7, 3))]
    assert all(m.start is None for m in meetings if m.status == "planned")


def test_where_something_is_said_about_talks_is_not_where_they_were() -> None:
    meetings = article_meetings(
        "The head of the UN nuclear watchdog held talks in Tehran on Saturday with Iranian officials.\n\n"
        "He told reporters on his return to Vienna that the talks had been constructive.",
        date(2024, 2, 6),
    )
    assert [m.location for m in meetings] == ["Tehran"]


def test_a_digest_entry_s_day_label_yields_to_the_day_its_words_give_and_resumed_talks_stay_in_place() -> None:
    meetings = article_meetings(
        "The week in diplomacy: border talks grind on in Nairobi\n\n"
        "Negotiators from Sudan and South Sudan spent another week in the Kenyan capital without closing a deal.\n\n"
        "Saturday: Talks are expected to resume on Sunday, state media reported.",
        date(2024, 3, 9),  # a Saturday
    )
    planned = [m for m in meetings if m.status == "planned"]
    assert [(m.location, m.start) for m in planned] == [("Nairobi", date(2024, 3, 10))]


def test_consultations_a_delegation_leaves_for_are_not_held_where_it_leaves() -> None:
    meetings = article_meetings(
        "Negotiators from Sudan and South Sudan held talks in Nairobi on Monday.\n\n"
        "Wednesday: The rebel delegation left Nairobi for consultations with its leadership, officials said.",
        date(2024, 3, 9),
    )
    assert [(m.location, m.start) for m in meetings] == [("Nairobi", date(2024, 3, 4))]


def test_a_joint_body_of_both_sides_meeting_is_a_meeting() -> None:
    meetings = article_meetings(
        "Chile and Peru held a new round of talks in Lima on Thursday.\n\n"
        "A technical committee met in Arica on March 2 to prepare the round.",
        date(2024, 3, 15),
    )
    assert ("Arica", date(2024, 3, 2)) in [(m.location, m.start) for m in meetings]


def test_an_agreement_not_reached_is_no_meeting_and_both_who_sought_it_are_sides() -> None:
    meetings = article_meetings(
        "Leaders fail to agree at Vienna summit\n\n"
        "VIENNA, Dec 10 — Serbia's President Marko Ilic said on Tuesday he had failed to reach agreement with "
        "Kosovo's Arben Gashi on the border at their meeting, held in Vienna on Monday.",
        date(2019, 12, 10),
    )
    assert [(m.location, m.start) for m in meetings] == [("Vienna", date(2019, 12, 9))]
    assert set(meetings[0].parties) == {"Serbia", "Kosovo"}


def test_two_states_sharing_a_word_after_compass_words_are_both_sides() -> None:
    (meeting,) = meetings_of("North and South Korea held talks at Panmunjom on Tuesday.", date(2024, 2, 7))
    assert set(meeting.parties) == {"North Korea", "South Korea"}


def test_a_signing_in_the_presence_of_the_signing_sides_leaders_has_no_broker_in_them() -> None:
    (own,) = meetings_of(
        "Colombia's government and the ELN signed a ceasefire on Friday at the end of talks in Quito, in the "
        "presence of President Luis Vera and ELN commander Jorge Salas.",
        date(2024, 2, 6),
    )
    (witnessed,) = meetings_of(
        "Colombia and the ELN signed a ceasefire on Friday in Quito, in the presence of Ecuadorian President "
        "Ana Ruiz and UN chief Karl Lind.",
        date(2024, 2, 6),
    )
    assert (set(own.parties), own.mediators) == ({"Colombia", "ELN"}, ())
    assert set(witnessed.mediators) == {"Ecuador", "United Nations"}


def test_the_owner_of_a_noun_a_which_clause_holds_talks_for_is_a_side() -> None:
    (meeting,) = meetings_of(
        "Kyiv's delegation, which held talks with U.S. officials in Florida on Sunday, returned home.",
        date(2024, 2, 6),
    )
    assert set(meeting.parties) == {"Ukraine", "United States"}


def test_who_only_attended_or_habitually_holds_talks_is_no_side_by_a_which_clause() -> None:
    meetings = article_meetings(
        "Greece and Turkey held talks in Athens on Monday.\n\n"
        "Germany, which holds talks with both NATO allies, had pressed them to return to dialogue. Mexican Foreign "
        "Minister Luis Vega, who attended the talks, said the two delegations would meet again in December.",
        date(2024, 2, 6),
    )
    held = [m for m in meetings if m.status == "held"]
    assert [set(m.parties) for m in held] == [{"Greece", "Turkey"}]


def test_the_last_talks_on_a_bare_day_are_in_the_article_s_year_whatever_year_was_told_before() -> None:
    meetings = article_meetings(
        "Armenia and Azerbaijan have negotiated a treaty since 2022, with earlier rounds in Brussels and in "
        "Washington in 2023. The last foreign-minister talks were held in Abu Dhabi on July 10.",
        date(2025, 8, 8),
    )
    assert ("Abu Dhabi", date(2025, 7, 10)) in [(m.location, m.start) for m in meetings]


def test_a_day_range_written_day_first_with_to_or_and_keeps_its_first_day() -> None:
    (doha,) = meetings_of(
        "The fourth round was held in Doha from 8 to 14 October under Qatari facilitation.", date(2024, 12, 20)
    )
    (lima,) = meetings_of("Chile and Peru met in Lima on 3 and 4 March.", date(2024, 12, 20))
    assert (doha.start, doha.end) == (date(2024, 10, 8), date(2024, 10, 14))
    assert (lima.start, lima.end) == (date(2024, 3, 3), date(2024, 3, 4))


def test_agreeing_on_a_deal_placed_in_a_city_is_meeting_there() -> None:
    (meeting,) = meetings_of("Serbia and Kosovo agreed on a deal in Brussels on Feb. 27, 2023.", date(2024, 3, 1))
    assert (meeting.location, meeting.start, set(meeting.parties)) == (
        "Brussels",
        date(2023, 2, 27),
        {"Serbia", "Kosovo"},
    )


def test_brokers_named_by_a_list_of_adjectives_each_broker() -> None:
    (meeting,) = meetings_of(
        "Talks in Lima brokered by Caribbean and Brazilian leaders ended on Monday.", date(2024, 2, 6)
    )
    assert meeting.mediators == ("Brazil",)


def test_a_titled_go_between_the_parser_makes_the_head_of_the_verb_brokers() -> None:
    (meeting,) = meetings_of(
        "The EU's coordinator, Jose Rivas, shuttled between the Iranian and US delegations in Vienna on Monday.",
        date(2024, 2, 6),
    )
    assert set(meeting.parties) == {"Iran", "United States"}
    assert meeting.mediators == ("European Union",)


def test_a_headline_s_bare_infinitive_tells_of_a_meeting_to_come() -> None:
    meetings = article_meetings(
        "Chile, Peru leaders to meet in Quito, officials say\n\n"
        "The presidents of Chile and Peru will meet in Quito within the next two weeks, officials said on Thursday.",
        date(2025, 10, 16),
    )
    assert [(m.location, m.status) for m in meetings] == [("Quito", "planned")]


def test_a_state_hosting_talks_with_its_own_opposition_is_a_side_not_a_broker() -> None:
    meetings = article_meetings(
        "Mozambique opposition, government sign accord after post-election talks\n\n"
        "MAPUTO (Wire) — Mozambique's President Paulo Mabote and opposition figure Joao Ndala signed a commitment to "
        "end months of deadly post-election unrest on Sunday, after a second meeting in the capital in as many "
        "months.\n\n"
        "The two men first met on March 23, at the presidential palace in Maputo, in talks that both described as "
        '"frank". '
        "Sunday's signing was witnessed by representatives of the Christian Council of Mozambique and the Catholic "
        "Church, which helped bring the two sides together.",
        date(2025, 5, 20),
    )
    first = next(m for m in meetings if m.start == date(2025, 3, 23))
    assert set(first.parties) == {"Mozambique", "Mozambican opposition"}
    assert first.mediators == ()


def test_a_meeting_chaired_by_the_heads_of_two_sides_has_them_as_sides() -> None:
    (meeting,) = meetings_of(
        "The border commissions met in Ijevan on Friday, chaired by Armenian Deputy Prime Minister Aram Petrosyan "
        "and Azerbaijani Deputy Prime Minister Elchin Aliyev.",
        date(2024, 2, 6),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Armenia", "Azerbaijan"}, ())


def test_the_host_of_separate_talks_does_not_broker_the_story_s_meeting() -> None:
    (meeting,) = article_meetings(
        "Rwanda and Congo signed a peace agreement in Washington on Friday.\n\n"
        "Qatar, which has hosted separate talks between Kinshasa and the M23 rebels, was also credited by the "
        "Congolese side.",
        date(2024, 2, 6),
    )
    assert meeting.mediators == ()


def test_the_nth_day_of_the_talks_counts_back_to_their_first_day() -> None:
    (meeting,) = meetings_of(
        "On the third day of talks in Tunis on Wednesday, the delegates agreed on an election date.", date(2024, 2, 9)
    )
    assert (meeting.start, meeting.end) == (date(2024, 2, 5), date(2024, 2, 7))


def test_who_attends_as_witness_is_the_one_named_with_it_not_the_owner_of_the_talks() -> None:
    (meeting,) = article_meetings(
        "Paraguay's government and opposition resume talks with Norway as facilitator\n\n"
        "ASUNCION, March 3 - Paraguayan President Luis Vera's government and the opposition resumed talks on "
        "Wednesday.",
        date(2024, 3, 4),
    )
    assert "Norway" in meeting.mediators
    assert "Paraguay" in meeting.parties


def test_the_opposition_named_by_its_body_is_no_second_side() -> None:
    (meeting,) = article_meetings(
        "Paraguay's government and opposition resume talks\n\n"
        "ASUNCION, March 3 - Paraguayan President Luis Vera's government and the opposition Civic Front resumed talks "
        "on Wednesday.",
        date(2024, 3, 4),
    )
    assert set(meeting.parties) == {"Paraguay", "Civic Front"}


def test_the_meeting_a_video_meeting_is_referred_to_by_has_no_place() -> None:
    meetings = article_meetings(
        "DHAKA, March 3 - Bangladesh and Myanmar agreed to start returning refugees after a three-way meeting with "
        "China held by video link on Tuesday, the foreign ministry said.\n\n"
        "China's Vice Foreign Minister Li Wen chaired the meeting.",
        date(2024, 3, 3),
    )
    assert meetings == []


def test_the_vatican_as_a_place_of_talks_is_vatican_city() -> None:
    (meeting,) = meetings_of("Officials of Chile and Bolivia met at the Vatican on Monday.", date(2024, 3, 6))
    assert meeting.location == "Vatican City"


def test_the_length_a_next_sentence_gives_the_meeting_sets_its_last_day() -> None:
    (meeting,) = article_meetings(
        "DJIBOUTI, March 3 - Somali President Ali Hassan and Somaliland leader Yusuf Bihi Farah met in Djibouti on "
        "Sunday.\n\nThe two-day meeting aims to revive a dialogue that collapsed in 2015.",
        date(2024, 3, 5),
    )
    assert (meeting.start, meeting.end) == (date(2024, 3, 3), date(2024, 3, 4))


def test_an_organisation_known_only_through_its_envoy_does_not_fill_a_side() -> None:
    (meeting,) = article_meetings(
        "BOUZNIKA, Morocco, Oct 6 - Libya's rival legislatures agreed on Friday on election laws after a week of talks "
        "in Bouznika.\n\nU.N. envoy Amadou Sall welcomed the agreement.",
        date(2023, 10, 6),
    )
    assert "United Nations" not in meeting.parties


def test_a_broker_named_on_a_list_of_sides_goes_with_the_meeting_of_its_sentence() -> None:
    first, second = article_meetings(
        "TBILISI, Nov 30 - Deputy prime ministers of Azerbaijan and Armenia met on Thursday at the border with "
        "Georgia.\n\nThe commissions last met in Brussels in July, on the sidelines of talks between Azerbaijani "
        "President Rauf Aliyev and Armenian Prime Minister Davit Sargsyan hosted by European Council President Jan "
        "Vermeer.",
        date(2023, 11, 30),
    )
    assert (first.location, second.location) == ("Tbilisi", "Brussels")
    assert "European Union" not in first.mediators
    assert second.mediators == ("European Union",)


def test_the_sides_agreeing_to_return_to_talks_after_days_of_talks_are_their_sides() -> None:
    (meeting,) = meetings_of(
        "Ethiopia and Sudan agreed on Thursday to return to negotiations after two days of talks in Addis Ababa.",
        date(2024, 2, 9),
    )
    assert set(meeting.parties) == {"Ethiopia", "Sudan"}


def test_talks_expected_to_last_some_days_end_that_many_days_on() -> None:
    (meeting,) = article_meetings(
        "ISTANBUL - Delegations from Pakistan and Afghanistan began a second round of talks in Istanbul on Monday, "
        "hosted by Turkey.\n\nThe foreign ministry said the talks were expected to last three days.",
        date(2024, 2, 5),
    )
    assert (meeting.start, meeting.end, meeting.status) == (date(2024, 2, 5), date(2024, 2, 7), "ongoing")


def test_a_held_participle_the_parser_hung_on_a_side_places_and_dates_the_round() -> None:
    (meeting,) = meetings_of(
        "A foreign ministry spokesman on Monday described the fifth round of talks between Tehran and Riyadh, held in "
        "Baghdad last Thursday, as positive.",
        date(2024, 2, 5),
    )
    assert (meeting.location, meeting.start, meeting.round) == ("Baghdad", date(2024, 2, 1), 5)


def test_the_department_of_state_is_in_washington() -> None:
    (meeting,) = meetings_of(
        "The Secretary of State met today with Egyptian Foreign Minister Karim Nour at the Department of State.",
        date(2024, 3, 12),
    )
    assert meeting.location == "Washington"


def test_a_state_chairing_an_organisation_brokers_nothing() -> None:
    (meeting,) = article_meetings(
        "BANGKOK, June 15 - The foreign ministers of Thailand and Cambodia met in Bangkok on Sunday.\n\n"
        "Malaysia, which chairs the Association of Southeast Asian Nations this year, has offered to help if needed.",
        date(2025, 6, 15),
    )
    assert meeting.mediators == ()


def test_a_mission_to_a_state_which_facilitated_the_talks_brokers_them_not_the_state() -> None:
    (meeting,) = article_meetings(
        "CHISINAU, Jan 16 - Negotiators from Moldova and its breakaway Transnistria region met in the town of Bender "
        "on Thursday.\n\nThe OSCE mission to Moldova, which facilitated the meeting, said both sides had agreed to "
        "keep channels open.",
        date(2025, 1, 16),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Moldova", "Transnistria"}, ("OSCE",))


def test_a_headline_s_list_of_two_who_meet_before_a_semicolon_are_the_sides() -> None:
    (meeting,) = article_meetings(
        "Lenz, Aksoy meet in Ankara; Turkey offers to host new peace talks\n\nANKARA, Feb 18 - Turkish President "
        "Kemal Aksoy told Ukrainian President Pavlo Lenz on Tuesday that the war must end.",
        date(2025, 2, 18),
    )
    assert (meeting.location, set(meeting.parties), meeting.mediators) == ("Ankara", {"Ukraine", "Turkey"}, ())


def test_its_envoy_hosting_brokers_for_the_body_named_before() -> None:
    meetings = article_meetings(
        "Serbia and Kosovo signed two documents at the White House on Friday.\n\nThe European Union said it welcomed "
        "any deal that helped its own process; its envoy Jan Hradek hosted the two leaders in Brussels on Monday.",
        date(2024, 9, 12),
    )
    brussels = next(m for m in meetings if m.location == "Brussels")
    assert brussels.mediators == ("European Union",)


def test_the_city_a_where_clause_tells_of_is_no_broker() -> None:
    (meeting,) = meetings_of(
        "The talks later moved to Rome, where Oman's embassy hosted a fourth round on Saturday.", date(2024, 2, 6)
    )
    assert meeting.mediators == ("Oman",)


def test_the_last_time_they_met_was_in_a_city_places_that_meeting() -> None:
    meetings = article_meetings(
        "Ghana and Togo held talks in Accra on Thursday.\n\nThe last time the two sides sat down together was in "
        "Abidjan in 2019.",
        date(2024, 3, 15),
    )
    assert ("Abidjan", "held") in [(m.location, m.status) for m in meetings]


def test_a_month_of_a_past_relative_clause_is_gone_by_whatever_the_main_clause_plans() -> None:
    meetings = article_meetings(
        "Ghana and Togo held talks in Accra on Thursday.\n\nThe joint commission, which met in Lome in February, is "
        "due to report in June.",
        date(2024, 3, 15),
    )
    assert [m.status for m in meetings if m.country == "Togo"] == ["held"]


def test_talks_convened_by_a_commission_that_the_parser_hung_the_opening_on() -> None:
    (meeting,) = meetings_of(
        "Talks between Ghana and Togo, convened by the ECOWAS Commission, opened in Abuja on Thursday.",
        date(2024, 3, 15),
    )
    assert (meeting.location, meeting.start, meeting.mediators) == ("Abuja", date(2024, 3, 14), ("ECOWAS",))


def test_talks_which_began_on_a_day_hung_on_their_place_end_on_the_main_verb_s_day() -> None:
    (meeting,) = meetings_of(
        "Talks between Ghana and Togo in Accra, which began on Monday, ended on Thursday.", date(2024, 3, 15)
    )
    assert (meeting.start, meeting.end) == (date(2024, 3, 11), date(2024, 3, 14))


def test_the_two_who_met_before_are_the_story_s_two() -> None:
    meetings = article_meetings(
        "BRUSSELS - Serbian President Marko Ilic and Kosovo Prime Minister Arben Hoxha meet in Brussels on "
        "Thursday.\n\nBefore that, the two met in Ohrid in March, where they agreed orally on an EU plan.",
        date(2022, 8, 16),
    )
    ohrid = next(m for m in meetings if m.location == "Ohrid")
    assert (set(ohrid.parties), ohrid.status) == ({"Serbia", "Kosovo"}, "held")


def test_sides_who_sat_across_from_each_other_met() -> None:
    (meeting,) = article_meetings(
        "DOHA, Qatar - For a week, negotiators for the Afghan government and the Taliban have sat across from each "
        "other in a hotel here.\n\nThe American envoy, Mark Doyle, has been shuttling between the two delegations.",
        date(2020, 9, 19),
    )
    assert (meeting.location, set(meeting.parties), meeting.mediators) == (
        "Doha",
        {"Afghanistan", "Taliban"},
        ("United States",),
    )


def test_one_who_would_not_sit_down_with_another_meets_no_one() -> None:
    meetings = article_meetings(
        "KHARTOUM, May 5 - Army chief General Omar Bashir told an Egyptian television channel on Friday that he "
        "would not sit down with the paramilitary commander personally.",
        date(2023, 5, 5),
    )
    assert meetings == []


def test_the_broker_of_another_thing_in_a_list_brokers_not_the_meetings_after_it() -> None:
    (meeting,) = article_meetings(
        "Since then, contacts between Iran and the United States have been sporadic: a prisoner exchange mediated by "
        "Qatar in 2023, messages passed through Oman, and occasional meetings in New York.",
        date(2024, 9, 20),
    )
    assert (meeting.location, meeting.mediators) == ("New York", ())


def test_one_person_who_opened_the_session_opened_it_as_its_host() -> None:
    (meeting,) = article_meetings(
        "ISTANBUL, June 2 - Delegations from Russia and Ukraine met in Istanbul on Monday.\n\nTurkish Foreign "
        "Minister Kemal Aksoy opened the session at the palace, flanked by the country's intelligence chief.",
        date(2025, 6, 2),
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Russia", "Ukraine"}, ("Turkey",))


def test_talks_a_speaker_hosted_are_of_the_day_and_between_the_sides_of_what_he_reports() -> None:
    (meeting,) = article_meetings(
        "SANTIAGO, Chile, March 2 (Wire) - Peru and Ecuador agreed on Monday to an immediate ceasefire after a week "
        "of border clashes, Chilean President Tomas Ruiz said after hosting talks between the two countries' leaders.",
        date(2026, 3, 2),  # that Monday
    )
    assert (meeting.start, meeting.location) == (date(2026, 3, 2), "Santiago")
    assert (set(meeting.parties), meeting.mediators) == ({"Peru", "Ecuador"}, ("Chile",))


def test_a_present_be_to_arranges_a_meeting_to_come() -> None:
    (meeting,) = meetings_of(
        "Military commanders of Peru and Ecuador are to meet on Tuesday morning.", date(2026, 3, 2)
    )
    assert (meeting.start, meeting.status) == (date(2026, 3, 3), "planned")


def test_who_also_attended_beside_the_talks_organisers_is_no_side() -> None:
    (meeting,) = article_meetings(
        "SANTIAGO, March 2 (Wire) - Peru and Ecuador agreed on Monday to a ceasefire after talks in Santiago.\n\n"
        "The talks were co-organised by the United States, and Brazilian representatives also attended, the Chilean "
        "foreign ministry said.",
        date(2026, 3, 2),
    )
    assert set(meeting.parties) == {"Peru", "Ecuador"}


def test_a_town_a_round_is_planned_for_places_it_and_its_state_is_no_broker() -> None:
    meetings = article_meetings(
        "BELGRADE, March 2 (Wire) - Serbia and Montenegro agreed on Monday to a plan after talks in Brussels hosted "
        "by the European Union.\n\n"
        "Its envoy has spent months shuttling between the two capitals with backing from France and Germany.\n\n"
        "The next round is planned for Budva, Montenegro, on March 18.",
        date(2026, 3, 3),
    )
    coming = next(m for m in meetings if m.status == "planned")
    assert (coming.location, coming.country, coming.start) == ("Budva", "Montenegro", date(2026, 3, 18))
    assert set(coming.parties) == {"Serbia", "Montenegro"}
    assert "Montenegro" not in coming.mediators


def test_a_meeting_due_to_take_place_is_to_come() -> None:
    (meeting,) = meetings_of("A follow-up meeting of Peruvian and Ecuadorian commanders is due to take place in Lima.")
    assert meeting.status == "planned"


def test_a_summit_set_off_after_an_agreement_to_resume_visits_is_where_they_agreed() -> None:
    (meeting,) = meetings_of(
        "Chilean President Ana Ruiz and Peruvian President Jorge Salas agreed on Thursday to resume regular visits "
        "between their leaders, in a summit in Lima aimed at ending years of feuding.",
        date(2026, 2, 19),  # that Thursday
    )
    assert (meeting.status, meeting.start) == ("held", date(2026, 2, 19))


def test_a_place_in_a_clause_that_dates_the_talks_by_another_event_is_that_event_s() -> None:
    meetings = meetings_of("Previous talks collapsed in 2019 after the group bombed a police academy in Bogota.")
    assert all(m.location != "Bogotá" for m in meetings)


def test_who_left_a_city_after_talks_with_mediators_is_a_side_of_them() -> None:
    meeting, _ = article_meetings(
        "CAIRO, March 3 (Wire) - A Hamas delegation led by Omar Salem has left Cairo after two days of talks with "
        "Egyptian and Qatari mediators, a source close to the group said.\n\n"
        "An Israeli official told Israeli media there had been no progress. Israel's position had not changed, the "
        "official said. U.S. envoy Tom Reed arrived in Doha for talks with Qatar's prime minister.",
        date(2026, 3, 3),
    )
    assert "Hamas" in meeting.parties
    assert set(meeting.mediators) == {"Egypt", "Qatar"}


def test_talks_said_to_be_intensive_and_to_continue_go_on_to_that_day() -> None:
    (meeting,) = article_meetings(
        "ALMATY, May 10 (Wire) - The foreign ministers of Chile and Peru began two days of talks in Almaty on "
        "Friday.\n\n"
        'Peru\'s foreign ministry said after the first day that the talks were "intensive" and would continue on '
        "Saturday.",
        date(2024, 5, 10),  # that Friday
    )
    assert (meeting.start, meeting.end) == (date(2024, 5, 10), date(2024, 5, 11))


def test_an_officer_of_an_organisation_who_convenes_a_meeting_makes_it_the_broker() -> None:
    (meeting,) = meetings_of(
        "The Secretary-General of the United Nations convened an informal meeting on 17 and 18 March in Geneva, "
        "with the participation of the leaders of Sudan and South Sudan."
    )
    assert meeting.mediators == ("United Nations",)


def test_an_estate_or_a_castle_near_a_city_is_the_venue_and_the_city_the_place() -> None:
    (estate,) = meetings_of("Chile's president held talks with Peru's president on Wednesday at an estate near Lima.")
    (castle,) = meetings_of("The leaders of Serbia and Kosovo met at a castle near Paris.")
    assert (estate.location, estate.venue, castle.location, castle.venue) == ("Lima", "estate", "Paris", "castle")


def test_talks_parsed_as_the_subject_of_an_after_clause_take_the_day_of_the_agreement() -> None:
    (meeting,) = article_meetings(
        "ISLAMABAD, Oct 19 (Wire) - Peru and Ecuador agreed to an immediate ceasefire early on Sunday after talks in "
        "Doha mediated by Qatar and Turkey, following a week of border fighting.",
        date(2025, 10, 19),  # that Sunday
    )
    assert (meeting.location, meeting.start) == ("Doha", date(2025, 10, 19))


def test_two_states_that_convene_two_named_sides_broker_their_meeting_together() -> None:
    (meeting,) = meetings_of(
        "Saudi Arabia and the United States convened the Sudanese army and the Rapid Support Forces in Jeddah on "
        "Monday."
    )
    assert set(meeting.parties) == {"Sudan", "Rapid Support Forces"}
    assert set(meeting.mediators) == {"Saudi Arabia", "United States"}


def test_talks_held_since_a_day_in_the_perfect_progressive_are_under_way() -> None:
    (meeting,) = meetings_of("Chile and Peru have been holding talks in Geneva since Monday.", date(2026, 3, 4))
    assert (meeting.status, meeting.start, meeting.end) == ("ongoing", date(2026, 3, 2), None)


def test_who_acts_in_a_where_clause_on_the_meeting_s_place_is_a_side_of_it() -> None:
    (meeting,) = meetings_of("Previous rounds were held in Quito, where Chile and Peru agreed on a prisoner swap.")
    assert (meeting.location, set(meeting.parties)) == ("Quito", {"Chile", "Peru"})


def test_an_annex_accepted_in_a_town_after_talks_places_the_talks() -> None:
    (meeting,) = meetings_of(
        "In March, the leaders of Serbia and Montenegro accepted an annex in Budva, Montenegro, after 12 hours of "
        "talks mediated by the EU."
    )
    assert (meeting.location, meeting.mediators) == ("Budva", ("European Union",))


def test_a_summit_planned_somewhere_that_produced_nothing_was_held() -> None:
    (meeting,) = meetings_of(
        "A summit of Serbia and Montenegro planned in Berlin in 2019 by the German chancellor produced no progress.",
        date(2023, 4, 1),
    )
    assert meeting.status == "held"


def test_the_capital_named_in_apposition_to_the_place_noun_does_not_make_its_state_a_broker() -> None:
    (meeting,) = article_meetings(
        "GENEVA, March 20 (Wire) - Yemen's government and the Houthi movement agreed on Monday to exchange "
        "prisoners after ten days of talks in Switzerland sponsored by the United Nations.\n\n"
        "The talks were held in a hotel near the Swiss capital, Bern.",
        date(2023, 3, 20),
    )
    assert meeting.mediators == ("United Nations",)


def test_a_planned_summit_put_on_hold_or_called_off_is_still_to_come() -> None:
    texts = (
        "A planned summit between the presidents of Chile and Peru in Lima has been put on hold.",
        "Chile and Peru called off talks in Lima.",
        "A proposed meeting of Chile and Peru in Lima was cancelled.",
    )
    assert [m.status for t in texts for m in meetings_of(t, date(2025, 10, 22))] == ["planned"] * 3
    (held,) = meetings_of("The planned summit between Chile and Peru took place in Lima on Monday.", date(2025, 10, 22))
    assert held.status == "held"


def test_a_meeting_a_capital_would_host_is_to_come() -> None:
    meetings = meetings_of(
        "Egypt's foreign minister said on Monday that Cairo would host a meeting of Arab foreign ministers next week.",
        date(2025, 2, 25),
    )
    assert [m.status for m in meetings] == ["planned"]


def test_a_university_in_a_city_is_the_venue_and_the_city_the_place() -> None:
    (meeting,) = meetings_of(
        "Talks between the presidents of Chile and Peru were held at the Pacific Federal University in Arica on "
        "April 25."
    )
    assert meeting.location == "Arica"


def test_a_round_a_relative_clause_had_scheduled_is_placed_and_dated_by_it() -> None:
    meetings = meetings_of(
        "The fourth round of the indirect talks between Iran and the United States, which had been scheduled to "
        'take place in Rome on Saturday, was postponed for "logistical reasons", the Omani minister announced.',
        date(2025, 5, 5),  # a Monday
    )
    rome = next(m for m in meetings if m.location == "Rome")
    assert (rome.start, rome.status, rome.round) == (date(2025, 5, 3), "planned", 4)


def test_the_day_the_next_round_is_discussed_is_not_its_day() -> None:
    assert meetings_of("On Monday the two ministers discussed the next round of talks between Chile and Peru.") == []


def test_a_round_of_the_qualified_talks_told_before_has_their_sides() -> None:
    meetings = article_meetings(
        "TEHRAN, May 5 (Wire) -- Iranian Foreign Minister Ali Karimi and his Omani counterpart Salim al-Harthi in a "
        "phone conversation on Monday discussed the next round of indirect talks between Iran and the United "
        "States.\n\n"
        "The top Iranian diplomat appreciated Oman's constructive role in facilitating the talks.\n\n"
        "The fourth round of the indirect talks, which had been scheduled to take place in Rome on Saturday, was "
        'postponed for "logistical reasons", al-Harthi announced last week.',
        date(2025, 5, 5),
    )
    rome = next(m for m in meetings if m.location == "Rome")
    assert set(rome.parties) == {"Iran", "United States"}


def test_who_a_signing_is_by_are_its_sides() -> None:
    (meeting,) = meetings_of(
        "Norway's foreign minister, who mediated the talks, attended the signing by Chile and Peru in Lima on Monday."
    )
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Norway",))


def test_a_dateline_town_in_a_region_of_a_state_places_the_story_s_meeting() -> None:
    found = [
        (m.location, m.country)
        for dateline in ("WOODSIDE, Calif.", "KANANASKIS, Alberta")
        for m in article_meetings(
            f"{dateline}, Nov. 16 (Wire) - President Ana Ruiz of Chile met Peru's president on Wednesday for talks "
            "on the border dispute.",
            date(2023, 11, 16),
        )
    ]
    assert found == [("Woodside", "United States"), ("Kananaskis", "Canada")]


def test_a_state_that_played_host_to_two_sides_hosts_their_meeting() -> None:
    (meeting,) = meetings_of("Brazil played host to Chilean and Peruvian negotiators in Brasilia on Monday.")
    assert (set(meeting.parties), meeting.mediators) == ({"Chile", "Peru"}, ("Brazil",))


def test_a_weekday_of_last_week_and_a_start_told_by_starting_date_the_talks() -> None:
    (past,) = meetings_of("Chile and Peru held talks in Geneva on Friday last week.", date(2026, 3, 4))
    (coming,) = meetings_of(
        "Chile and Peru will hold two days of talks in Geneva starting on Thursday.", date(2026, 3, 4)
    )
    assert (past.start, coming.start, coming.end) == (date(2026, 2, 27), date(2026, 3, 5), date(2026, 3, 6))


def test_a_first_round_held_in_a_year_is_round_one_and_the_ordinals_after_it_are_rounds_too() -> None:
    meetings = meetings_of(
        "Chile and Peru held a first round of talks in Lima in 2019, a second in Quito in 2021 and a third in "
        "Santiago in 2023."
    )
    assert [(m.location, m.round) for m in meetings] == [("Lima", 1), ("Quito", 2), ("Santiago", 3)]


def test_a_deadline_is_no_day_of_the_talks() -> None:
    meetings = meetings_of(
        "The declaration commits Chile and Peru to a ceasefire and to negotiations on a final peace deal by Aug. 18.",
        date(2025, 7, 21),
    )
    assert all(m.start is None for m in meetings)


def test_three_days_of_talks_with_a_go_between_shuttling_are_one_meeting_ending_the_day_told() -> None:
    meetings = article_meetings(
        "RIYADH, March 25 (Wire) - The United States said on Tuesday that Russia and Ukraine had agreed to stop "
        "attacks on each other's energy infrastructure and to ensure safe navigation in the Black Sea, after three "
        "days of talks in the Saudi capital.\n\n"
        "U.S. negotiators met the Ukrainian delegation on Sunday and Tuesday and the Russian delegation on Monday "
        "at a hotel, shuttling between the two sides, which did not meet directly.",
        date(2025, 3, 25),
    )
    talks = next(m for m in meetings if set(m.parties) == {"Russia", "Ukraine"})
    assert (talks.start, talks.end, talks.mediators) == (date(2025, 3, 23), date(2025, 3, 25), ("United States",))


def test_a_meeting_of_a_named_council_in_a_state_next_year_is_a_meeting_to_come_there() -> None:
    meetings = meetings_of(
        "The leaders agreed to hold the next meeting of their High-Level Cooperation Council in Peru next year.",
        date(2023, 12, 7),
    )
    assert [(m.location, m.country, m.status) for m in meetings] == [(None, "Peru", "planned")]


def test_a_round_to_be_held_somewhere_after_a_comma_is_held_there() -> None:
    (meeting,) = meetings_of(
        "Chile and Bolivia agreed to continue the discussions at the next round, to be held in Lima in April."
    )
    assert (meeting.location, meeting.status) == ("Lima", "planned")
    assert set(meeting.parties) == {"Chile", "Bolivia"}


def test_talks_said_to_close_on_a_day_to_come_are_the_talks_under_way_until_then() -> None:
    (stay,) = meetings_of(
        "Chile and Bolivia resumed talks in Lima on Monday. The delegations will stay in Lima until March 12, when "
        "the first cycle ends.",
        date(2026, 2, 16),
    )
    (due,) = meetings_of(
        "Chile and Bolivia resumed talks in Lima on Monday, and the round is due to end on March 12.",
        date(2026, 2, 16),
    )
    for meeting in (stay, due):
        assert (meeting.location, meeting.start, meeting.end) == ("Lima", date(2026, 2, 16), date(2026, 3, 12))
        assert meeting.status == "ongoing"


def test_a_meeting_to_be_held_somewhere_after_its_long_phrase_is_held_there() -> None:
    (meeting,) = meetings_of(
        "Chile and Bolivia exchanged views on the coming meeting of their border commissions on the water question, "
        "to be held in Lima later this year."
    )
    assert (meeting.location, meeting.status) == ("Lima", "planned")


def test_sides_back_at_the_table_somewhere_meet_there() -> None:
    for text in (
        "Chile and Bolivia returned to the negotiating table in Lima on Monday.",
        "Chile and Bolivia went back to the table in Lima on Monday.",
        "Peruvian diplomats brought Chile and Bolivia back to the table in Lima on Monday.",
    ):
        (meeting,) = meetings_of(text)
        assert (meeting.location, meeting.start) == ("Lima", date(2026, 2, 16)), text
        assert {"Chile", "Bolivia"} <= set(meeting.parties), text
    assert meetings_of("Chile refused to return to the negotiating table in Lima on Monday.") == []


def test_a_town_written_with_its_region_is_in_the_region_s_state() -> None:
    (meeting,) = meetings_of("Chile and Bolivia last held direct talks in Manhasset, New York, in 2012.")
    assert (meeting.location, meeting.country) == ("Manhasset", "United States")


def test_a_place_hung_on_the_sides_of_talks_and_set_by_a_lake_is_where_the_talks_were() -> None:
    (meeting,) = meetings_of(
        "UN-hosted talks between Chile and Bolivia at Mont Soleil, above Lake Titicaca, collapsed in November "
        "over maps."
    )
    assert meeting.location == "Mont Soleil" and meeting.mediators == ("United Nations",)


def test_a_meeting_in_a_region_is_in_the_region_s_state() -> None:
    (meeting,) = meetings_of("The two leaders met in California on Monday.", date(2026, 2, 18))
    assert (meeting.location, meeting.country) == ("California", "United States")


def test_states_expected_to_send_delegations_somewhere_for_talks_are_their_sides() -> None:
    (meeting,) = meetings_of("Chile and Bolivia are expected to send delegations to Lima on March 2 for talks.")
    assert set(meeting.parties) == {"Chile", "Bolivia"} and meeting.status == "planned"


def test_talks_a_headline_says_sides_agree_at_are_held_not_to_come() -> None:
    (agreed,) = meetings_of("Chilean, Bolivian defence chiefs agree to extend border truce at talks in Lima")
    (coming,) = meetings_of("Chile and Bolivia will agree to extend the truce at talks in Lima next week.")
    assert (agreed.status, coming.status) == ("held", "planned")


def test_a_meeting_years_before_the_story_in_its_lead_is_not_at_the_dateline() -> None:
    text = (
        "Looking back on the border talks\n\nLIMA, Oct 3 -- Seven years after the collapse of the Tacna conference, "
        "Peru's former negotiator still believes a settlement was within reach.\n\nThe conference, held in the "
        "Chilean port, brought together the foreign ministers of Peru and Chile."
    )
    assert not any(m.location == "Lima" for m in article_meetings(text, date(2024, 10, 3)))


def test_a_place_named_only_by_its_state_gives_the_meeting_that_country() -> None:
    [meeting] = meetings_of("The conference, held in the Swiss resort in July 2017, brought together Peru and Chile.")
    assert (meeting.location, meeting.country) == (None, "Switzerland")


@pytest.mark.parametrize(
    "text",
    [
        "The talks took place on the outskirts of the capital, Addis Ababa, on Monday.",
        "The talks took place at a hotel in the capital, Addis Ababa, on Monday.",
        "The talks, the first since 2019, took place behind closed doors at a hotel on the outskirts of the capital, "
        "Addis Ababa.",
    ],
)
def test_a_place_noun_names_its_place_however_deep_in_the_phrase(text: str) -> None:
    [meeting] = meetings_of(text)
    assert meeting.location == "Addis Ababa"


def test_an_envoy_who_attends_the_day_s_meeting_as_an_observer_does_not_make_his_state_a_side() -> None:
    (meeting,) = article_meetings(
        "The leaders of Laos and Vietnam agreed on Saturday on a border annex after talks hosted by Malaysia in "
        "Vientiane.\n\n"
        "Japan backed the plan, and Japanese envoy Kenji Mori attended Saturday's meeting as an observer.",
        date(2024, 2, 3),
    )
    assert set(meeting.parties) == {"Laos", "Vietnam"}


def test_the_year_a_dialogue_began_that_the_talks_are_part_of_is_not_the_talks_year() -> None:
    (meeting,) = article_meetings(
        "SKOPJE, March 18 - The leaders of Armenia and Azerbaijan agreed on Saturday on a border annex after talks "
        "hosted by the European Union in Ohrid.\n\n"
        "The talks in Ohrid were part of the EU-facilitated dialogue that began in 2011.",
        date(2023, 3, 18),
    )
    assert (meeting.location, meeting.start) == ("Ohrid", date(2023, 3, 18))


def test_states_that_have_joined_the_talks_as_observers_are_not_its_sides() -> None:
    (meeting,) = article_meetings(
        "GENEVA, Aug. 16 - Talks between Chad and its rebels, co-hosted by France and Qatar, began on Wednesday.\n\n"
        "Egypt and the United Arab Emirates have joined the talks as observers.",
        date(2024, 8, 16),
    )
    assert not {"Egypt", "United Arab Emirates"} & set(meeting.parties)


def test_those_present_when_the_talks_began_are_their_sides() -> None:
    (meeting,) = meetings_of(
        "The talks in Geneva, co-hosted by France and Qatar, began on Wednesday with only the Houthis present.",
        date(2024, 8, 16),
    )
    assert "Houthis" in meeting.parties
    assert set(meeting.mediators) == {"France", "Qatar"}


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The accord was signed in Lima in September 2016, then revised after voters rejected it, and signed again "
            "in Quito in November.",
            "2016-11",
        ),
        ("The two sides met in Lima in October 2019 and again in Quito in February.", "2020-02"),
    ],
)
def test_a_month_without_a_year_after_a_month_and_year_in_its_sentence_is_of_that_year_or_the_next(
    text: str, month: str
) -> None:
    meetings = article_meetings(text, date(2026, 6, 1))
    quito = next(m for m in meetings if m.location == "Quito")
    assert quito.day == month


def test_a_building_that_points_away_from_the_meeting_is_not_its_venue() -> None:
    (meeting,) = meetings_of(
        "Delegations from Chile and Peru met in Lima on Monday, in a session chaired by the EU's Ana Lind, who also "
        "shuttles between the Chilean team and Bolivian envoy Jorge Paz's delegation at a nearby hotel.",
        date(2024, 2, 6),
    )
    assert (meeting.location, meeting.venue) == ("Lima", None)


def test_a_lead_meeting_at_an_unnamed_place_is_not_in_the_dateline_s_city() -> None:
    (meeting,) = article_meetings(
        "LIMA, Peru (Wire) — Chile and Peru held their first high-level talks in two years on Tuesday at a border "
        "village, agreeing to reopen a crossing.\n\n"
        "The talks at Arica were led by the two foreign ministers.",
        date(2018, 1, 9),
    )
    assert (meeting.location, meeting.start) == ("Arica", date(2018, 1, 9))


def test_the_next_round_scheduled_for_a_month_is_a_meeting_where_the_talks_are_held() -> None:
    held, planned = article_meetings(
        "GENEVA, Dec 13 -- The 60th round of the talks between Chile and Peru took place on Tuesday and Wednesday, "
        "the co-chairs said.\n\nThe next round is scheduled for April.",
        date(2023, 12, 13),
    )
    assert (planned.location, planned.round, planned.status, planned.day) == ("Geneva", 61, "planned", "2024-04")


def test_a_factbox_s_capitalised_month_entries_date_their_meetings_and_keep_their_brokers() -> None:
    meetings = article_meetings(
        "FACTBOX-Key moments in Chile-Peru border talks\n\n"
        "Nov 21 (Wire) - Here are key moments in years of negotiations between Chile and Peru:\n\n"
        "MARCH 2015 - The leaders of the two countries sign a declaration of principles in Quito.\n\n"
        "NOV 2019 - Talks move to Washington, hosted by the U.S. Treasury.\n\n"
        "JULY 2020 - The Organization of American States takes over mediation. Brazil convenes video talks.\n\n"
        "DEC 2023 - A fourth round in Lima ends without agreement.",
        date(2023, 12, 20),
    )
    found = {m.location: (m.day, m.mediators) for m in meetings}
    assert found["Quito"] == ("2015-03", ())
    assert found["Washington"] == ("2019-11", ("United States",))


def test_the_city_a_delegation_left_for_is_where_its_talks_are_not_the_next_stop_after_them() -> None:
    (went,) = meetings_of("A Chilean delegation left for Lima on Tuesday for talks with Peruvian officials.")
    (came,) = meetings_of("The delegation left Lima for Quito on Tuesday after talks with Peruvian officials.")
    assert (went.location, came.location) == ("Lima", "Lima")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The two sides signed an agreement in Ohrid last March.", "2023-03"),
        ("The two sides will meet again in Ohrid next March.", "2024-03"),
        ("The two sides met in Ohrid last January.", "2023-01"),
    ],
)
def test_a_month_named_last_or_next_is_the_one_before_or_after_the_article_s(text: str, day: str) -> None:
    (meeting,) = meetings_of(text, date(2024, 1, 17))
    assert meeting.day == day


OPENED_TODAY = "Chile and the Andean Liberation Front opened a third round of peace talks in Lima on Wednesday."


def test_talks_opened_on_the_article_s_day_are_under_way_with_no_last_day_yet() -> None:
    (meeting,) = article_meetings(OPENED_TODAY, date(2026, 2, 18))
    assert (meeting.start, meeting.end, meeting.status) == (date(2026, 2, 18), None, "ongoing")


def test_a_meeting_held_on_the_article_s_day_is_held_that_day() -> None:
    (meeting,) = article_meetings("Chile and Peru met in Lima on Wednesday.", date(2026, 2, 18))
    assert (meeting.start, meeting.end, meeting.status) == (date(2026, 2, 18), date(2026, 2, 18), "held")


def test_a_headline_in_the_present_leaves_the_status_to_the_lead() -> None:
    text = f"Chile, rebels open third round of talks in Lima\n\nLIMA, Feb. 18 (Wire) -- {OPENED_TODAY}\n"
    (meeting,) = article_meetings(text, date(2026, 2, 18))
    assert (meeting.location, meeting.round, meeting.status) == ("Lima", 3, "ongoing")


@pytest.mark.parametrize(
    "after",
    [
        "",
        ' "We have never been this close," Ana Lind told reporters after Thursday\'s session.',  # a day of it so far
    ],
)
def test_talks_to_run_until_a_month_told_without_a_day_are_under_way_with_no_last_day(after: str) -> None:
    text = "The sixth round of talks in Lima opened on Aug. 14 and is expected to run until mid-September." + after
    (meeting,) = article_meetings(text, date(2023, 9, 2))
    assert (meeting.start, meeting.end, meeting.status) == (date(2023, 8, 14), None, "ongoing")


def test_talks_at_a_border_meeting_point_in_a_datelined_lead_are_not_in_the_dateline_city() -> None:
    text = (
        "Chile, Peru hold 21st round of commander-level talks\n\nLIMA, February 21, 2024\n\n"
        "Chile and Peru held the 21st round of commander-level talks at the Tacna-Arica border meeting point on "
        "February 19, the foreign ministry said on Wednesday.\n"
    )
    meetings = article_meetings(text, date(2024, 2, 21))
    assert [(m.location, m.start, m.round) for m in meetings] == [(None, date(2024, 2, 19), 21)]


def test_a_cycle_of_the_dialogue_table_is_a_round_of_talks() -> None:
    [meeting] = meetings_of(
        "With the presence of the Chilean president, the third cycle of the peace dialogue table between the Chilean "
        "government and the Andean Liberation Front closed on Friday in Quito.",
        published=date(2023, 6, 10),
    )
    assert (meeting.location, meeting.round, meeting.start) == ("Quito", 3, date(2023, 6, 9))
    assert meeting.parties == ("Chile", "Andean Liberation Front")


def test_a_named_room_of_a_building_is_the_venue_and_never_the_city() -> None:
    found = meetings_of(
        "Chile and Peru ended a round of talks in Quito on Friday. The signing ceremony was held on Friday in the "
        'Protocol Room of the Carondelet Palace "Salon Amarillo", with both foreign ministers present.',
        published=date(2023, 6, 10),
    )
    assert [m.location for m in found] == ["Quito"]
    assert found[0].venue == "Protocol Room of the Carondelet Palace"


def test_a_hyphen_typed_for_a_dash_after_a_group_s_name_leaves_its_city_to_no_state() -> None:
    [meeting] = meetings_of(
        "On December 4 a meeting between the Foreign Minister of Chile Ana Lind, the Foreign Minister of Peru Luis "
        "Prado and the Co-Chairs of the OSCE Minsk Group- Ivan Petrov, Paul Roy, Tom Kerr took place in Vienna.",
        published=date(2013, 12, 5),
    )
    assert (meeting.location, meeting.start) == ("Vienna", date(2013, 12, 4))
    assert set(meeting.parties) == {"Chile", "Peru"}


def test_a_named_building_a_city_owns_is_the_venue_in_that_city() -> None:
    [meeting] = meetings_of(
        "Chilean and Peruvian negotiators sat down at Lima's Torre Tagle Palace on Tuesday.",
        published=date(2022, 3, 30),
    )
    assert (meeting.location, meeting.venue, meeting.start) == ("Lima", "Torre Tagle Palace", date(2022, 3, 29))


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("the co-chairs of the Andean Group- Ana Lind, Rosa Vela met.", True),
        ("Brazilian- and U.S.-brokered talks resumed.", False),
        ("two- to three-day talks resumed.", False),
    ],
)
def test_a_hyphen_is_split_from_its_word_only_where_it_stands_for_a_dash(text: str, split: bool) -> None:
    words = [t.text for t in load_pipeline()(text)]
    assert (not any(w.endswith("-") and w != "-" for w in words)) is split


def test_the_form_of_a_state_its_own_press_names_it_by_is_no_city() -> None:
    found = article_meetings(
        "Minister receives the delegations\n\nQuito, 12 April 2024\n\nThe Minister of Foreign Affairs today received "
        "the heads of the delegations of Chile and Peru, who are in the Republic for a new round of consultations.",
        published=None,
    )
    assert [(m.location, m.parties) for m in found] == [("Quito", ("Chile", "Peru"))]
