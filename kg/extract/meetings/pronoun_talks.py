"""Talks named by a pronoun or a noun of process alone: "They resumed in Mexico City in August", "Those took place in
Istanbul", "The process began in Doha", "It was attended by A, B and C"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import sentence_of, tokens_in, tokens_of
from kg.extract.meetings.joining import attended_by_pronoun
from kg.extract.meetings.meeting_words import placed_in
from kg.extract.meetings.words import CLOSING_VERBS, LASTING_VERBS, OPENING_VERBS, PROCESS_NOUNS
from kg.extract.tree import children_of
from kg.gazetteer import lexicon

RESUMING_VERBS = {"resume", "reconvene", "restart", "begin", "start", "open", "move", "continue", "shift"}
"""Verbs of talks going on somewhere: "They resumed in Mexico City in August" (the talks, named before)."""


DAY_VERBS = CLOSING_VERBS | OPENING_VERBS | LASTING_VERBS
"""Verbs that open, close or last talks to a day: "It ended on March 10", "They are expected to run until Friday"."""


def talks_by_pronoun(token: Token) -> bool:
    """ "The talks began in Oslo ... They resumed in Mexico City in August 2021": a pronoun standing for the
    talks the sentence before was about, going on in a place; "... agreed on follow-up talks. Those took place
    in Istanbul"; the process of talks itself ("The process began in Doha on Oct. 18"); and the meeting just
    named, attended by those it lists ("It was attended by ...")."""
    if token.pos_ == "VERB" and token.lemma_ in DAY_VERBS and _the_meeting_before_dated(token):
        return True
    if token.pos_ != "VERB" or token.lemma_ not in RESUMING_VERBS | {"take", "attend"}:
        return False
    start = sentence_of(token).start
    own = token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"since", "when", "after"} for c in children_of(token)
    )
    if start == 0 and not own:
        return False
    before = tokens_in(sentence_of(tokens_of(token.doc)[start - 1])) if start else ()
    if own:  # "has led the team in the talks since they opened in Geneva": the talks named before in the sentence
        before = (*before, *tokens_of(token.doc)[start : token.i])
    if attended_by_pronoun(token):  # "The meeting was the first of its kind. It was attended by A, B and C"
        return any(
            t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in PROCESS_NOUNS | lexicon().meeting_nouns for t in before
        )
    if token.lemma_ not in RESUMING_VERBS and not (
        token.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in children_of(token))
    ):
        return False
    subjects = [c.lower_ for c in children_of(token) if c.dep_ == "nsubj"]
    if not placed_in(token, {"in", "to"}) or not subjects:
        return False
    if subjects[0] == "process" and token.lemma_ in {"begin", "start", "open"}:
        return True
    if subjects[0] in {"those", "these"}:  # "those", "these": the talks last named, in any place of the sentence
        return any(t.lower_ in PROCESS_NOUNS | lexicon().meeting_nouns and t.tag_ == "NNS" for t in before)
    return subjects[0] in {"they", "it"} and any(
        (own or t.dep_ in {"nsubj", "nsubjpass"}) and t.lower_ in PROCESS_NOUNS for t in before
    )


def _the_meeting_before_dated(verb: Token) -> bool:
    """ "A second round opened in X on Feb. 13. It ended on March 10", "The talks are mediated by X. They opened on
    May 9", "... They are expected to run until Thursday": "it" (or "they") the meeting the sentence before was
    about, opened, closed or lasting to a day the clause gives."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":  # "They are expected to run until Thursday"
        subjects = [c for c in children_of(verb.head) if c.dep_ in {"nsubj", "nsubjpass"}]
    dated = any(c.ent_type_ == "DATE" for p in children_of(verb) if p.dep_ == "prep" for c in children_of(p))
    start = sentence_of(verb).start
    if not dated or start == 0 or [s.lower_ for s in subjects] not in (["it"], ["they"]):
        return False
    before = tokens_in(sentence_of(tokens_of(verb.doc)[start - 1]))
    nouns = lexicon().meeting_nouns
    return any(t.dep_ in {"nsubj", "nsubjpass"} and (t.lower_ in nouns or t.lemma_ == "round") for t in before)
