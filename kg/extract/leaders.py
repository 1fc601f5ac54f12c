"""Leaders in office named by surname alone: "Aliyev and Pashinyan meet in Brussels".

News names a sitting head of state or government or foreign minister by surname once the reader knows them, and
in headlines and timelines often only so; the small model then tags the word as an organisation, a nationality,
part of a date or nothing. A capitalised word that is the surname of exactly one person in office on the
article's date (``kg/data/office_holders.json``) is such a person, unless it is a month or weekday or a word of
the name of a place, building, organisation or known party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.base import Context, tokens_of
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.word_index import words_with
from kg.office_holders import is_full_name, sitting_holder

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NAME_LABELS = {"ORG", "EVENT", "WORK_OF_ART", "LAW"}
_NAME_POS = frozenset({"PROPN", "NOUN"})


def sitting_leaders(doc: Doc, ctx: Context) -> list[int]:
    """Positions of the words that name a leader in office by surname alone."""
    if ctx.story_day is None:
        return []
    on = ctx.story_day.isoformat()
    tokens = tokens_of(doc)
    return _leader_pairs(doc, on) + [
        t.i
        for t in (tokens[i] for i in words_with(doc, pos=_NAME_POS))
        if t.text[:1].isupper()
        and not (t.text.isupper() and len(t.text) > 1)  # an acronym (a news agency's), no surname
        and sitting_holder(t.text, on) is not None  # a look-up most words fail, before the tests of the parse
        and t.lower_ not in MONTHS
        and t.lower_ not in WEEKDAYS
        and not _hyphened(t)
        and not _in_other_name(t, ctx)
        and not (t.dep_ == "compound" and t.head.lower_ in GOVERNMENT_OF_A_LEADER)
    ]


LEADERS_GOVERNMENTS = frozenset({"government", "administration", "cabinet", "regime"})
"""Nouns for the government a leader heads, named "of" the leader: "the government of President X"."""
GOVERNMENT_OF_A_LEADER = LEADERS_GOVERNMENTS | {"era", "presidency"}
"""Nouns a leader's surname names the government or time of, not the person: "a senior X administration official"."""


_HYPHEN = frozenset({"-"})


def _leader_pairs(doc: Doc, on: str) -> list[int]:
    """Positions of two leaders' surnames a hyphen joins: "the Trump-Putin summit" (a pair, which the model tags as
    one organisation, not one name as "Wright-Patterson" is)."""
    found: list[int] = []
    for i in (i for i in words_with(doc, lower=_HYPHEN) if 0 < i < len(doc) - 1):
        pair = (doc[i - 1], doc[i + 1])
        if all(w.text[:1].isupper() and w.is_alpha and sitting_holder(w.text, on) is not None for w in pair):
            found.extend(w.i for w in pair if w.i not in found)
    return found


def _hyphened(token: Token) -> bool:
    """A word joined by a hyphen to the one before or after it ("Wright-Patterson")."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].text == "-") or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-")


def _in_other_name(token: Token, ctx: Context) -> bool:
    """Whether a word belongs to the name of a place, a building, an organisation or a known party."""
    mention = ctx.party_at(token.i)
    if mention is not None and mention.known:
        return True
    entity = ctx.entity_at(token.i)
    if entity is None:
        return False
    return entity.label_ in PLACE_LABELS or (entity.label_ in NAME_LABELS and len(entity) > 1)


def table_full_names(doc: Doc) -> list[tuple[int, int]]:
    """Runs of two or three capitalised words that spell the whole name of a holder of the office-holder table
    ("Olusegun Obasanjo", "Uhuru Kenyatta"): people, whatever the model tagged them (it may tag a list of such
    names as organisations)."""
    tokens = tokens_of(doc)
    found = []
    for end in (i + 1 for i in words_with(doc, pos=_NAME_POS) if tokens[i].text[:1].isupper()):
        for start in (end - 3, end - 2):
            run = tokens[max(start, 0) : end]
            if (
                start >= 0
                and all(t.text[:1].isupper() and t.is_alpha for t in run)
                and is_full_name([t.text for t in run])
            ):
                found.append((start, end))
                break
    return found


def office_holders_named(doc: Doc, ctx: Context) -> list[tuple[int, int]]:
    """Where the document names a holder of the table: a leader in office by surname alone, anyone by full name."""
    return [(i, i + 1) for i in sitting_leaders(doc, ctx)] + table_full_names(doc)
