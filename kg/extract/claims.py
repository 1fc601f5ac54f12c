"""One statement per claim: reported speech next to another statement of the same speaker joins it, and a
statement told inside another of the same speaker ("said it welcomed the deal") is told once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.base import Finding, paragraph_of, sentence_of, sentences_of
from kg.extract.stance import sentence_stances, stance
from kg.gazetteer import lexicon
from kg.model import Statement


def _judged(finding: Finding) -> bool:
    """Whether a statement opens on its framing verb ("welcomed the agreement", "condemned the attack"), or right
    after it ("hailed | the deal as a victory")."""
    first = finding.spans[0][0]
    verb = first if first.pos_ == "VERB" or first.i == 0 else first.doc[first.i - 1]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon().framing_verbs


def merge_claims(doc: Doc, findings: list[tuple[Finding, bool]]) -> Iterator[Finding]:
    """One statement per claim: reported speech next to another statement of the same speaker joins it, unless
    either is marked to stand apart.

    "Rubio admitted the road had not been easy. 'This could not have happened ...,' he said" is one claim; two
    direct quotes stay two statements. Statements join within a paragraph, in the same or the next sentence.
    """
    sentence_index = {sent.start: i for i, sent in enumerate(sentences_of(doc))}
    merged: list[tuple[Finding, int, int, bool]] = []
    seen: set[tuple[str, str]] = set()
    for finding, apart in findings:
        fact = finding.fact
        assert isinstance(fact, Statement)
        if (fact.speaker, fact.text) in seen:
            continue
        seen.add((fact.speaker, fact.text))
        first = sentence_index[sentence_of(finding.spans[0]).start]
        last = sentence_index[sentence_of(finding.spans[-1]).start]
        paragraph = paragraph_of(doc, finding.spans[0].start_char)
        if merged:
            previous, prev_last, prev_paragraph_start, prev_apart = merged[-1]
            before = previous.fact
            assert isinstance(before, Statement)
            if (
                before.speaker == fact.speaker
                and _within(finding, previous)
                and (fact.direct or not _quotes_words(fact))
            ):
                # "said it welcomed the deal": the judgement inside the report is one claim with it
                if _judged(finding) and not before.direct:
                    kept = replace(before, stance=fact.stance)
                    merged[-1] = (replace(previous, fact=kept), *merged[-1][1:])
                continue
            if (
                before.speaker == fact.speaker
                and not apart
                and not prev_apart
                and (not (_quotes_words(before) and _quotes_words(fact)) or _goes_on_against(before, fact))
                and prev_paragraph_start == paragraph[0]
                and first - prev_last <= 1
            ):
                # a quote the report before already carries is not said twice
                told = [part for part in fact.text.split(" … ") if part not in before.text]
                text = " … ".join([before.text, *told])
                # the quoted words carry the speaker's attitude; the paraphrase around them adds context
                found_stance = (
                    stance(text, sentence_stances(doc))[0]
                    if before.direct and fact.direct
                    else before.stance
                    if before.direct or _judged(previous)
                    else fact.stance
                    if fact.direct or _judged(finding)
                    else stance(text, sentence_stances(doc))[0]
                )  # a judgement ("welcomed the agreement") as well
                joined = Statement(
                    fact.speaker, text, found_stance, before.direct or fact.direct, by_party=fact.by_party
                )
                spans = previous.spans + finding.spans
                joined_finding = Finding(joined, spans, max(previous.confidence, finding.confidence))
                merged[-1] = (joined_finding, last, paragraph[0], False)
                continue
        merged.append((finding, last, paragraph[0], apart))
    for finding, _, _, _ in merged:
        yield finding


_CONTRAST_OPENING = re.compile(r"^(?:But|Yet|However|Still),?\s")


def _goes_on_against(before: Statement, after: Statement) -> bool:
    """Whether a quote goes on from the same speaker's quote before it by a contrast ("'We are not there yet,' he
    said. 'But we are closer than ever.'"): one claim, its point after "but"."""
    return before.direct and after.direct and _CONTRAST_OPENING.match(after.text) is not None


def _within(inner: Finding, outer: Finding) -> bool:
    """Whether every span of one finding lies inside a span of another (a closing mark or two past it allowed)."""
    return all(
        any(o.start_char <= i.start_char and i.end_char <= o.end_char + 2 for o in outer.spans) for i in inner.spans
    )


def _quotes_words(statement: Statement) -> bool:
    """Whether a statement gives words of the speaker's own: a direct quote, or a paraphrase holding a quoted
    phrase ("described the talks as «quite constructive»"). Two of them are two claims."""
    return statement.direct or bool(_QUOTE_MARKS.search(statement.text))


_QUOTE_MARKS = re.compile('["“”«»„]')
