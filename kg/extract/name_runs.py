"""The run of words a person's name stands in: widened from a word or an entity across the words of a name,
not across titles, parties, places or sentence ends."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.base import sentence_of, tokens_of
from kg.extract.name_tokens import NAME_PARTICLES, hyphen_part, is_name_token
from kg.extract.parties import state_named
from kg.extract.tree import children_of, subtree_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context


@cache
def title_words() -> frozenset[str]:
    return lexicon().title_words


@cache
def honorifics() -> frozenset[str]:
    return lexicon().honorifics


@cache
def titles_and_honorifics() -> frozenset[str]:
    """Words that stand before a name and are no part of it."""
    return title_words() | honorifics()


CAPITAL_HONORIFICS = frozenset({"HE", "HH", "HRH"})
"""Honorifics written in capitals before a name, in the style of Gulf and South Asian official news ("HE Sheikh X",
"His Excellency"; "HH", "His Highness"): no part of the name, and not the pronoun "he"."""


def before_a_name(token: Token) -> bool:
    """Whether a word is a title or an honorific, no part of the name it stands before ("Dr.", "HE")."""
    return token.lower_.rstrip(".") in titles_and_honorifics() or token.text in CAPITAL_HONORIFICS


def known_party(ctx: Context, index: int) -> bool:
    mention = ctx.party_at(index)
    return mention is not None and mention.known


def run_around(doc: Doc, start: int, end: int, ctx: Context, *, entity: bool = False) -> tuple[int, int]:
    """Widen a span to the proper-noun run it stands in (not across parties, titles or sentence ends).

    A PERSON entity (``entity``) is not widened to the left into another entity ("Political Affairs Allison Hooker").
    """
    own = _building_around(doc, start, ctx)

    def joinable(t: Token) -> bool:
        return (
            is_name_token(t)
            and not before_a_name(t)
            and (not known_party(ctx, t.i) or given_name_of_a_city(t, start, end))
            and (
                t.i in own
                or t.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"}
                or _given_name_taken_for_a_place(t, start, end, ctx)
                or _surname_taken_for_a_place(t, end, ctx)
            )
        )

    while (
        start > 0
        and sentence_of(doc[start - 1]) == sentence_of(doc[start])
        and joinable(doc[start - 1])
        and doc[start - 1].text != "-"
        and not (entity and doc[start - 1].ent_type_ not in {"", "PERSON"})
        and not _state_of_a_title(doc, start - 1, ctx)
    ):
        start -= 1
    while end < len(doc) and sentence_of(doc[end]) == sentence_of(doc[end - 1]):
        if hyphen_part(doc, end):  # "Moon Jae-in", "Kim Yo-jong": the parser splits the given name at its hyphen
            end += 2
        elif doc[end].is_alpha and hyphen_part(doc, end + 1) and end > start:  # "Kim Do-gyun", "Do" read as a verb
            end += 3
        elif joinable(doc[end]) or _after_particle(doc, end):
            end += 1
        else:
            break
    return start, end


def _state_of_a_title(doc: Doc, index: int, ctx: Context) -> bool:
    """Whether a word is the state a title ends on ("Director of the Office for Kosovo X"), not a given name."""
    return index > 0 and doc[index - 1].lower_ in {"of", "for"} and state_named(doc[index], ctx.gazetteer) is not None


def _given_name_taken_for_a_place(token: Token, start: int, end: int, ctx: Context) -> bool:
    """Whether a word the model tagged a place is the first name of the name it is a compound of ("Marta Ruiz",
    "Marta" tagged a place): no city the gazetteer knows, right before the run."""
    return (
        token.ent_type_ == "GPE"
        and token.dep_ == "compound"
        and start <= token.head.i < end
        and token.head.ent_type_ not in {"GPE", "LOC"}
        and token.i == start - 1
        and ctx.gazetteer.city(token.text) is None
    )


def a_party_word(ctx: Context, token: Token, end: int) -> bool:
    """Whether the first word of a run up to ``end`` names a party, and is not the given name of the name after
    it."""
    return known_party(ctx, token.i) and not given_name_of_a_city(token, token.i + 1, end)


def given_name_of_a_city(token: Token, start: int, end: int) -> bool:
    """Whether a city's name that could stand for its state is the untagged first name of the name after it
    ("Sofia Blanco, a member of ..."): a compound of the run's head, right before the run, tagged no place."""
    return token.ent_type_ == "" and token.dep_ == "compound" and token.i == start - 1 and start <= token.head.i < end


def _surname_taken_for_a_place(token: Token, end: int, ctx: Context) -> bool:
    """Whether a word the model tagged a place is the last name of the name before it ("Amir Khan Muttaqi",
    "Muttaqi" tagged a place): the head the run's words are compounds of, right after it, no place the gazetteer
    knows."""
    return (
        token.ent_type_ == "GPE"
        and token.i == end
        and token.doc[end - 1].dep_ == "compound"
        and token.doc[end - 1].head == token
        and ctx.gazetteer.city(token.text) is None
        and ctx.gazetteer.town(token.text) is None
        and ctx.gazetteer.party(token.text) is None
    )


def _building_around(doc: Doc, index: int, ctx: Context) -> range:
    """The tokens of the FAC entity a word stands in: a name the model took for a building is still one name
    ("Ricardo Zuniga, a senior official"); so is one it took for a place no gazetteer knows ("the President of
    Chile, Nebojša Vučić")."""
    label = doc[index].ent_type_
    if label not in {"FAC", "GPE", "LOC"}:
        return range(0)
    start, end = index, index + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if label != "FAC" and any(ctx.gazetteer.city(t.text) or known_party(ctx, t.i) for t in doc[start:end]):
        return range(0)
    return range(start, end)


def _after_particle(doc: Doc, index: int) -> bool:
    """The capitalised word a lower-case particle leads to ("von der Leyen"), whatever the model calls it."""
    before = doc[index - 1]
    return (
        before.lower_ in NAME_PARTICLES
        and before.text.islower()
        and before.text != "-"
        and doc[index].pos_ == "PROPN"
        and doc[index].text[:1].isupper()
    )


def unknown_place(token: Token, ctx: Context) -> bool:
    """A word the model calls a place or a building that no gazetteer knows as one ("said Olmedo")."""
    return token.ent_type_ in {"GPE", "LOC", "FAC"} and not (
        ctx.gazetteer.city(token.text) or ctx.gazetteer.party(token.text) or ctx.gazetteer.venue_city(token.text)
    )


def given_names_before(doc: Doc, index: int, ctx: Context) -> int:
    """Where the given names before a surname start ("Ivan" of "Ivan Olmedo"), whatever the model calls them;
    ``index`` itself where none stands there."""
    start = index
    while start > 0 and index - start < 3:
        before = doc[start - 1]
        named = is_name_token(before) and before.lower_ not in NAME_PARTICLES
        if not named or sentence_of(before) != sentence_of(doc[index]):
            break
        if known_party(ctx, before.i) or ctx.gazetteer.city(before.text) or before.lower_.rstrip(".") in title_words():
            break
        if before.ent_type_ in {"GPE", "LOC"} and doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B":
            break  # "adviser for Africa Massad Boulos": a place the model ended before the name it began
        start -= 1
    return start


def after_for(doc: Doc, index: int) -> int | None:
    """Where the words a "for" (or "on behalf of") at ``index`` is for begin, past a "the" ("for the Greek
    Cypriots"); None where the word is no "for" or the text ends."""
    if doc[index].lower_ == "on" and [t.lower_ for t in doc[index + 1 : index + 3]] == ["behalf", "of"]:
        index += 2  # "on behalf of the government": as "for the government"
    elif doc[index].lower_ != "for":
        return None
    if index + 1 >= len(doc):
        return None
    start = index + 2 if doc[index + 1].lower_ == "the" else index + 1
    return start if start < len(doc) else None


def _for_a_side(doc: Doc, index: int, ctx: Context) -> bool:
    """Whether the word at ``index`` is a "for" followed by a known party: "for the Greek Cypriots"."""
    named = ctx.party_at(start) if (start := after_for(doc, index)) is not None else None
    return named is not None and named.known


FOR = frozenset({"for"})


def runs_speaking_for_sides(doc: Doc, ctx: Context, known: set[int]) -> list[tuple[int, int]]:
    """Proper-noun runs set before "for" a side, in a sentence where a person already found is set the same way:
    "A for the Greek Cypriots and B for the Turkish Cypriots", with B found."""
    found = []
    tokens = tokens_of(doc)
    fors = [i for i in words_with(doc, lower=FOR) if i >= 1 and _for_a_side(doc, i, ctx)]
    for index in fors:
        if index < 2 or not is_name_token(tokens[index - 1]) or index - 1 in known:
            continue
        start, end = run_around(doc, index - 1, index, ctx)
        sentence = sentence_of(tokens[index])
        twin = any(i != index and i - 1 in known and sentence.start <= i < sentence.end for i in fors)
        if end == index and end - start >= 2 and twin:
            found.append((start, end))
    return found


def listed_as_a_person(name: Token, people: list[Token]) -> bool:
    """Whether a name listed with people ("A and Luis Vargas") is one more person: untagged or tagged a person, or
    tagged an organisation but written as a person's name is: two or three words with no head word of a body's name
    ("includes Ana Lind and Jorge Paz"), or each after a possessive as the person it is listed with is ("Chile's
    Ana Lind and Peru's Jorge Paz")."""
    if name.ent_type_ in {"", "PERSON"}:
        return True
    run = [t for t in subtree_of(name) if t.dep_ == "compound" or t == name]
    if (
        name.ent_type_ == "ORG"
        and len(run) in {2, 3}
        and not any(t.lower_ in lexicon().organisation_heads for t in run)
    ):
        return all(t.pos_ == "PROPN" and t.text.istitle() for t in run)

    def owned(word: Token) -> bool:
        return any(c.dep_ == "poss" for c in children_of(word))

    return owned(name) and any(owned(p) for p in people)
