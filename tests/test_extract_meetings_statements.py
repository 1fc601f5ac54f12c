from __future__ import annotations

from datetime import date

from kg.extract import statements
from kg.extract.quotes import find_quotes
from kg.extract.stance import stance
from kg.model import Statement
from tests.conftest import analyse, meetings_of

_meetings = meetings_of


def _statements(text: str) -> list[Statement]:
    doc, ctx = analyse(text)
    return [f.fact for f in statements.extract(doc, ctx)]  # type: ignore[misc]


def test_round_place_dates_and_broker_of_a_meeting() -> None:
    [meeting] = _meetings(
        "The February 17-18 US-brokered meetings in Geneva, the third round of talks between Russia and Ukraine, "
        "focused on territory."
    )
    assert (meeting.location, meeting.country) == ("Geneva", "Switzerland")
    assert (meeting.start, meeting.end) == (date(2026, 2, 17), date(2026, 2, 18))
    assert meeting.round == 3
    assert meeting.mediators == ("United States",)
    assert set(meeting.parties) == {"Russia", "Ukraine"}
    assert meeting.status == "held"


def test_trilateral_talks_count_the_broker_as_a_side() -> None:
    [meeting] = _meetings("Russia and Ukraine held US-brokered trilateral talks in Geneva on Tuesday.")
    assert set(meeting.parties) == {"Russia", "Ukraine", "United States"}


def test_future_meeting_is_planned() -> None:
    [meeting] = _meetings("Iran and the United States will hold a second round of talks in Rome next Saturday.")
    assert meeting.status == "planned"
    assert meeting.round == 2
    assert meeting.start == date(2026, 2, 21)
    assert (meeting.location, meeting.country) == ("Rome", "Italy")


def test_mediated_by_and_hosted_by() -> None:
    [meeting] = _meetings("Talks in Doha between Israel and Hamas, mediated by Qatar and Egypt, ended on Monday.")
    assert set(meeting.mediators) == {"Qatar", "Egypt"}
    assert set(meeting.parties) == {"Israel", "Hamas"}


def test_a_phone_call_is_not_a_meeting() -> None:
    assert _meetings("Trump and Putin held a long phone call on Monday.") == []


def test_quotes_span_sentences_and_paragraphs() -> None:
    text = 'Ali Vaez spoke.\n\n"First sentence. Second sentence.\n\n"Third paragraph," Vaez said. "Other," he added.'
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert spans == ['First sentence. Second sentence.\n\n"Third paragraph,', "Other,"]
    [found] = _statements(text)
    assert found.speaker == "Ali Vaez"
    assert found.text.startswith("First sentence. Second sentence. Third paragraph")


def test_direct_quote_with_named_speaker_after() -> None:
    [found] = _statements('"Everything depends on stopping the fighting," William Taylor said.')
    assert (found.speaker, found.text, found.direct) == (
        "William Taylor",
        "Everything depends on stopping the fighting",
        True,
    )


def test_pronoun_speaker_refers_back_to_the_last_subject() -> None:
    found = _statements(
        "Steven Pifer, a former US ambassador, questioned the talks.\n\n"
        '"I have to say, I\'m fairly skeptical about the prospects for the talks," he told reporters.'
    )
    assert [(s.speaker, s.stance) for s in found] == [("Steven Pifer", "negative")]


def test_reported_speech_with_embedded_quote() -> None:
    [found] = _statements('Kremlin spokesman Dmitry Peskov said it was "too early" to assess the results of the talks.')
    assert found.speaker == "Dmitry Peskov"
    assert "too early" in found.text and found.direct is False
    assert found.stance == "neutral"


def test_quote_of_an_institution_is_not_given_to_a_person() -> None:
    found = _statements(
        'The White House called the discussions "very positive and constructive." '
        "It said Steve Witkoff had told reporters that the talks would go on."
    )
    assert all("very positive" not in s.text for s in found if not s.by_party)
    assert [s.speaker for s in found if s.by_party and "very positive" in s.text] == ["United States"]


def test_stance_handles_negation_and_hedging() -> None:
    assert stance("all three sides were constructive on the military track")[0] == "positive"
    assert stance("I did not hear the same level of progress there")[0] == "negative"
    assert stance("it was too early to assess the results")[0] == "neutral"
    assert stance("difficult but businesslike")[0] == "neutral"
    assert stance("the political talks were not easy")[0] == "negative"
