"""Interviews printed as questions and answers, and transcripts of named turns, on texts written for them."""

from __future__ import annotations

from datetime import date

from kg.model import Statement

INTERVIEW = (
    "Q&A: the envoy on the border talks\n\n"
    "Ana Soto, the Chilean envoy for the border talks, spoke to us in Lima on Monday.\n\n"
    "Q: Were the talks a failure?\n\n"
    "A: No. Both delegations sat in the same room for three days. That is real progress.\n\n"
    "Q: What stands in the way?\n\n"
    "A: Trust. La Paz believes we are buying time, and we believe they want to win at sea.\n\n"
    "Q: Are you optimistic?\n\n"
    "A: Yes.\n"
)


def _said(text: str) -> list[Statement]:
    from kg.extract.pipeline import extract_articles
    from kg.model import Article

    [facts] = list(extract_articles([Article("a", text, published=date(2026, 2, 18))]))
    return [e.fact for e in facts.statements if isinstance(e.fact, Statement)]


def test_each_answer_of_an_interview_is_a_statement_of_the_person_interviewed() -> None:
    said = _said(INTERVIEW)
    assert [s.speaker for s in said] == ["Ana Soto", "Ana Soto"]
    assert said[0].text.startswith("No. Both delegations") and said[0].stance == "positive"
    assert said[1].text.startswith("Trust. La Paz believes")  # the answer's own verbs of saying are hers


def test_questions_and_a_one_word_answer_are_no_statements() -> None:
    texts = [s.text for s in _said(INTERVIEW)]
    assert not any("failure" in t or t == "Yes." for t in texts)


def test_a_transcript_turn_opened_by_a_name_is_that_person_s() -> None:
    said = _said(
        "Transcript: two ministers on the talks\n\n"
        "Foreign Minister Ana Soto of Chile and Foreign Minister Luis Vega of Peru took questions in Lima.\n\n"
        "Q: Is there a deal?\n\n"
        "Soto: We are close, and the remaining gaps are small.\n\n"
        "Q: And Peru?\n\n"
        "Vega: We will not sign a text that ignores our fishermen.\n"
    )
    assert [(s.speaker, s.text[:12]) for s in said] == [("Ana Soto", "We are close"), ("Luis Vega", "We will not ")]


def test_a_text_with_one_question_is_no_interview() -> None:
    said = _said(
        "Chile and Peru held talks in Lima on Monday, officials said.\n\n"
        "Q: What next? A: Officials of both sides will meet again in March, the ministry said.\n"
    )
    assert all(s.speaker != "Ana Soto" for s in said)
