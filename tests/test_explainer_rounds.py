"""Rounds an explainer walks through one by one: a tally in the lead that places none of them, places written as
"the X region of Y" or "X, a forest reserve", a broker named the sentence before the meeting it brought about,
offers and video calls that are no meetings, an organisation's "its head" and a "round of contacts", each on
sentences written for it."""

from __future__ import annotations

from datetime import date

from kg.extract.nlp import load_pipeline
from kg.extract.person_cues import described_as_a_place, outlet_names
from tests.conftest import actors_of, article_meetings, meetings_of

EXPLAINER = (
    "Explainer: Chile and Peru's talks so far\n\n"
    "By Ana Costa\n\n"
    "LIMA, April 2 (Wire) - Chilean and Peruvian negotiators have met face to face three times since the border "
    "clashes began. Here is how the talks have unfolded.\n\n"
    "The first round took place on Feb. 28 in the Tarapaca region of Chile, near the border.\n\n"
    "A second round followed on March 3 in Valdomar, a forest reserve on the Bolivian border.\n\n"
    "Brazil then brought the two foreign ministers together for the first time. Chile's Pablo Rojas and Peru's "
    "Luis Vargas met on March 10 in Manaus.\n\n"
    "Talks are due to resume by video link on Monday. Brazil said it was ready to host a meeting of the two "
    "presidents in Brasilia.\n"
)


def _explained() -> list:
    return article_meetings(EXPLAINER, date(2022, 4, 2))


def test_a_tally_of_meetings_in_the_lead_places_none_of_them_in_the_dateline_city() -> None:
    assert not [m for m in _explained() if m.location == "Lima"]


def test_a_region_of_a_country_places_the_meeting_in_that_country_without_making_it_a_host() -> None:
    [first] = [m for m in _explained() if m.round == 1]
    assert first.country == "Chile" and first.start == date(2022, 2, 28)
    assert first.mediators == ()


def test_a_name_described_as_a_forest_reserve_is_a_place_not_a_person() -> None:
    [second] = [m for m in _explained() if m.round == 2]
    assert second.location == "Valdomar" and second.start == date(2022, 3, 3)
    assert "Valdomar" not in actors_of(EXPLAINER, date(2022, 4, 2))


def test_the_broker_who_brought_the_sides_together_brokers_the_meeting_told_next() -> None:
    [manaus] = [m for m in _explained() if m.location == "Manaus"]
    assert set(manaus.parties) == {"Chile", "Peru"} and manaus.mediators == ("Brazil",)
    assert all(m.mediators == () for m in _explained() if m.location != "Manaus")


def test_talks_by_video_link_and_an_offer_to_host_are_no_meetings() -> None:
    assert not [m for m in _explained() if m.status == "planned"]
    assert not meetings_of("Ana Rojas said Chile was willing to host talks in Santiago in May.")


def test_its_head_belongs_to_the_organisation_the_sentence_before_names() -> None:
    actors = actors_of(
        "The United Nations mission in Haiti welcomed the accord. Its head, Ana Ruiz, urged the gangs to join.\n\n"
        "The Southern Unity Committee, an opposition umbrella group, said it would attend. Its coordinator, Pedro "
        "Alves, said the group had received guarantees."
    )
    assert actors["Ana Ruiz"].affiliation == "United Nations"
    assert actors["Pedro Alves"].affiliation == "Southern Unity Committee"


def test_a_round_of_contacts_is_a_meeting() -> None:
    [meeting] = meetings_of("An earlier round of contacts between Chile and Peru took place in Arica in August.")
    assert meeting.location == "Arica" and set(meeting.parties) == {"Chile", "Peru"}


def test_the_day_talks_opened_in_their_own_clause_dates_them_not_a_pause() -> None:
    [lima] = article_meetings(
        "LIMA, May 16 (Wire) - Chile and Peru resumed talks in Lima on Thursday.\n\n"
        "The talks, which opened on May 9 at a hotel in the capital, were suspended over the weekend.\n",
        date(2024, 5, 16),
    )
    assert (lima.start, lima.end) == (date(2024, 5, 9), date(2024, 5, 16))


def test_a_meeting_placed_in_the_dateline_city_takes_the_lead_s_day_and_its_round() -> None:
    found = article_meetings(
        "LIMA, Feb 7 (Wire) - Chile and the Southern Liberation Front agreed on Wednesday on a roadmap to peace.\n\n"
        "The two-day meeting in the Peruvian capital was the seventh formal round of the dialogue, and the first "
        "under Chile's new negotiator, Ana Soto.\n",
        date(2024, 2, 7),
    )
    assert [(m.location, m.start, m.end, m.round) for m in found] == [("Lima", date(2024, 2, 6), date(2024, 2, 7), 7)]


def test_talks_during_which_a_resumption_was_agreed_were_held_and_place_no_future_dialogue() -> None:
    found = meetings_of(
        "Chilean Foreign Minister Ana Soto and her Peruvian counterpart Luis Vargas agreed Saturday to resume a "
        "high-level security dialogue that has been frozen since 2019, during talks in Lima that both sides "
        "described as frank.",
        date(2025, 3, 22),
    )
    assert [(m.location, m.status) for m in found] == [("Lima", "held")]


def test_entries_of_two_days_are_two_meetings_and_one_at_the_border_is_not_in_the_dateline_city() -> None:
    text = (
        "Explainer: where the Chile-Peru talks stand\n\nLIMA, Aug 4 (Wire) - Chilean and Peruvian officials began "
        "talks in Quito on Monday.\n\n"
        "- July 28: The presidents of Chile and Peru meet in Arica and agree to a ceasefire.\n\n"
        "- July 29: Military commanders from both sides meet at the border to discuss the truce.\n"
    )
    meetings = article_meetings(text, date(2025, 8, 4))
    assert [(m.location, m.start) for m in meetings if m.start and m.start.month == 7] == [
        ("Arica", date(2025, 7, 28)),
        (None, date(2025, 7, 29)),
    ]


def test_a_timeline_entry_of_talks_suspended_is_no_meeting_on_that_day() -> None:
    text = (
        "Timeline: the Chile-Peru talks\n\n"
        "- June 12-14, 2024: First round of talks in Lima ends without agreement.\n"
        "- Jan. 20, 2025: Talks suspended after a border clash.\n"
        "- May 5, 2025: Negotiations resume in Quito under Ecuadorian mediation.\n"
    )
    found = article_meetings(text, date(2025, 5, 10))
    assert [(m.location, m.start) for m in found] == [("Lima", date(2024, 6, 12)), ("Quito", date(2025, 5, 5))]


def test_a_name_the_model_tags_a_person_before_conflict_or_war_is_a_place() -> None:
    doc = load_pipeline()("The two ministers discussed proposals to resolve the Kasanje conflict.")
    name = next(t for t in doc if t.text == "Kasanje")
    assert name.ent_type_ == "PERSON" and described_as_a_place(name)
    found = actors_of(
        "Chile's foreign minister, Ana Soto, and Peru's foreign minister, Luis Prado, held intensive discussions on "
        "proposals to resolve the Kasanje conflict, the ministry said."
    )
    assert "Kasanje" not in found and {"Ana Soto", "Luis Prado"} <= set(found)


def test_the_name_a_news_agency_is_given_is_no_person_wherever_it_speaks() -> None:
    found = actors_of(
        "Chilean and Peruvian delegations have arrived in Quito, rebel-run news agency Velka said on Sunday. Velka "
        "said the delegations would discuss the siege."
    )
    assert "Velka" not in found
    doc = load_pipeline()("The delegations arrived in Quito, the rebel news agency Velka said on Sunday.")
    assert outlet_names(doc) == {"Velka"}
