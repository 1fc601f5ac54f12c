"""The phrase a name stands in for when it takes part in talks: the common noun it is set beside ("a coalition of
rebel groups, the X Front"), the list it is part of ("leaders of 11 countries, including A and B"), the title it
qualifies ("the President of Serbia")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.leaders import LEADERS_GOVERNMENTS
from kg.extract.meetings.climbing import climb
from kg.extract.meetings.words import STAND_IN_NOUNS
from kg.extract.tree import children_of
from kg.gazetteer import lexicon


def stands_for(token: Token) -> Token | None:
    """The phrase a name stands in for: "a coalition of rebel groups, the X Front" (the coalition), "leaders of
    11 countries, including A and B" (the countries)."""
    path = climb(token)
    head = path.head
    if (listed := _listed_after_colon(path) or _listed_after_colon(token)) is not None:
        return listed  # (the name itself where the parser hung it on the item before: "...; B, by Y")
    if path.dep_ == "appos" and head.pos_ == "NOUN":
        return head
    if path.dep_ == "pobj" and head.lower_ == "including" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head
    if path.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in STAND_IN_NOUNS:
        return head.head
    owner = head.head
    if path.ent_type_ == "PERSON" and (
        path.dep_ in {"poss", "compound"}
        and head.lower_ in LEADERS_GOVERNMENTS
        or path.dep_ == "pobj"
        and head.lower_ == "of"
        and owner.lower_ in LEADERS_GOVERNMENTS
    ):
        return head if path.dep_ != "pobj" else owner  # "X's government", "the government of President X": X's state
    if owner.dep_ == "pobj" and owner.head.lower_ == "for" and owner.head.head.lemma_.lower() in lexicon().title_words:
        owner = owner.head.head  # "the Minister for Foreign Affairs of Ireland": the minister's state
    if (
        path.dep_ == "pobj"
        and head.lower_ == "of"
        and owner.lemma_.lower() in lexicon().leader_titles[0]
        and path.ent_type_ == "GPE"
    ):
        title = owner  # "the President of Serbia", not "the former President of Kenya"
        return None if any(c.lower_ in {"former", "ex"} for c in children_of(title)) else title
    if (
        path.dep_ == "poss"
        and head.lower_ in STATE_BODY_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and (head.head.head.lemma_.lower() in lexicon().leader_titles[0] | {"head", "chief", "chair"})
    ):
        return head.head.head  # "met the head of Sudan's sovereign council": the head stands for Sudan
    return None


STATE_BODY_NOUNS = {"council", "government", "administration", "cabinet", "parliament", "assembly", "junta"}
"""Bodies that govern a state, whose head stands for it: "the head of Sudan's sovereign council"."""


def _listed_after_colon(path: Token) -> Token | None:
    """The plural noun a colon opens a list for: "with the three guarantor powers: A, represented by X; B, by Y;
    and C", however the parser hung the list (each item after a semicolon too)."""
    if path.dep_ not in {"appos", "conj", "dep"}:
        return None
    start = path.left_edge.i
    doc = path.doc
    before = start - 2 if start >= 2 and doc[start - 1].lower_ == "and" else start - 1
    if before > 0 and doc[before].text == ";":  # "...; B, by Y; and C": an item after the first, back to the colon
        sentence = path.sent
        start = next((t.i + 1 for t in reversed(doc[sentence.start : before]) if t.text == ":"), start)
    if start < 2 or doc[start - 1].text != ":":
        return None
    noun = doc[start - 2]
    return noun if noun.tag_ in {"NNS", "NNPS"} and noun.pos_ in {"NOUN", "PROPN"} else None
