"""The parties and people with a side that a sentence names, each with the token that names it: the words a
meeting's sides are chosen from (sides.py chooses)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context, once_per_doc, tokens_of
from kg.extract.meetings.cast_roles import ENVOY_NOUNS
from kg.extract.meetings.triggers import is_trigger
from kg.extract.meetings.words import AGREEMENT_NOUNS, MOVE_VERBS
from kg.extract.parties import PartyMention
from kg.extract.people import Person
from kg.extract.role_bodies import hyphened_as_backer
from kg.extract.tree import children_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import lexicon


def side_of(person_name: str, ctx: Context) -> str | None:
    """The side a person acts for; a former office holder acts for no state (but for an organisation they now
    serve: "former Prime Minister X as the African Union's special envoy")."""
    role, side, _ = ctx.people.descriptions.get(person_name, (None, None, None))
    if role and role.lower().startswith("former") and (side is None or ctx.gazetteer.is_country(side)):
        return None
    entry = ctx.gazetteer.entry(side) if side else None
    return side if entry is not None and entry.kind != "news_organisation" else None


def participant_tokens(sentence: Span, ctx: Context, exclude: set[int]) -> Iterator[tuple[Token, str]]:
    """(token, side) for every party name and every person with a known side in a sentence, but for the words at
    ``exclude``; a person is taken once, at the first of their names not excluded."""
    seen: set[str] = set()
    for token, person, side in _participants(sentence, ctx):
        if token.i in exclude or person in seen:
            continue
        if person:
            seen.add(person)
        yield token, side


def _participants(sentence: Span, ctx: Context) -> tuple[tuple[Token, str, str], ...]:
    """(token, person's name or "", side) for the party names and people of a sentence that may be sides, read
    once per sentence of a document (the sides of every meeting word of the sentence are read from them)."""
    return once_per_doc(
        sentence.doc, "kg_participants", (sentence.start, sentence.end), lambda: tuple(_participants_in(sentence, ctx))
    )


def _participants_in(sentence: Span, ctx: Context) -> Iterator[tuple[Token, str, str]]:
    for party_mention in ctx.parties_in(sentence.start, sentence.end):
        entry = ctx.gazetteer.entry(party_mention.party) if party_mention.known else None
        if entry is None and party_mention.party not in ctx.framed_sides or entry and entry.kind == "news_organisation":
            continue
        root = party_mention.span.root
        if any(ctx.people.at(t) is not None for t in party_mention.span) or _denied(root):
            continue
        if _backer(party_mention.span) or _ruling_group(party_mention.span, ctx):
            continue  # "Yemen's Saudi-backed government", "Afghanistan's Taliban government": the state's side
        if names_the_place(party_mention.span, ctx):
            continue  # "the Brussels talks": where they are, not a side
        if _nationality_of_another_s_envoy(party_mention, ctx) or _posted_to(party_mention.span):
            continue  # "UN envoy X, a Swedish diplomat, met Y", "U.S. ambassador to A X attended": not a side
        members = (members_told(party_mention.party, ctx) or entry.members) if entry and entry.members else ()
        for member in members or (party_mention.party,):
            yield root, "", member  # a group that negotiates as one ("Iran and the P5+1") sits as its states
    for index, state in ctx.government_states.items():  # "the federal government and the TPLF": the state meant
        if sentence.start <= index < sentence.end:
            yield sentence.doc[index], "", state
    for token, person in people_in(sentence, ctx):
        if side := side_of(person.name, ctx):
            yield token, person.name, side
    for token, person in _pronoun_subjects(sentence, ctx):  # "X said he would meet Y": X named, "he" meets
        if side := side_of(person.name, ctx):
            yield token, "", side


def _denied(name: Token) -> bool:
    """Whether a name, or the preposition it hangs on, is negated: "attended by A but not by B", "A, but not B" (not
    "not only by A")."""
    owners = [name, name.head] if name.dep_ == "pobj" else [name]
    doc = name.doc
    return any(
        c.dep_ == "neg" and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "only")
        for owner in owners
        for c in children_of(owner)
    )


def _nationality_of_another_s_envoy(mention: PartyMention, ctx: Context) -> bool:
    """Whether a demonym describes, in a title beside the name, a person who speaks for another party: "UN envoy X,
    a Swedish diplomat", "Swiss ambassador X, the personal envoy of the UN Secretary-General" (the UN's)."""
    root = mention.span.root
    described = root.head
    if mention.how != "demonym" or root.dep_ not in {"amod", "compound"} or described.dep_ not in {"appos", "compound"}:
        return False  # ("Swiss ambassador X, the UN's envoy": the title set before the name)
    person = ctx.people.at(described.head)
    side = side_of(person.name, ctx) if person is not None else None
    return side is not None and side != mention.party


def _posted_to(span: Span) -> bool:
    """Whether a state is the one a diplomat's title says they are posted to: "U.S. ambassador to Algeria X", "the
    UN envoy to the region" (whatever the parser hung the state on)."""
    doc = span.doc
    start = span.start - (1 if span.start and doc[span.start - 1].lower_ == "the" else 0)
    return start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in ENVOY_NOUNS


def _ruling_group(span: Span, ctx: Context) -> bool:
    """Whether a group is named as the government of a state named with it: "Afghanistan's Taliban government"
    (the state is the side)."""
    root = span.root
    government = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or government.lower_ not in {"government", "administration"}:
        return False
    return any(
        c.dep_ == "poss" and (m := ctx.party_at(c.i)) is not None and ctx.gazetteer.is_country(m.party)
        for c in children_of(government)
    )


NAMED_SERIES = {"process", "format"}
"""Nouns a series of talks is named with after a city: "the Astana process", "the Normandy format"."""


def names_the_place(span: Span, ctx: Context) -> bool:
    """Whether a capital named for its state stands on a meeting word, a deal or a named series of talks as its
    place: "the Vienna talks", "the Quito accords", "the Astana process"."""
    root = span.root
    if root.dep_ not in {"compound", "amod", "nmod", "nsubj"} or root.i > root.head.i:
        return False
    if not (root.head.lemma_ in AGREEMENT_NOUNS | NAMED_SERIES or is_trigger(root.head)):
        return False
    if root.dep_ == "nsubj" and root.head.lower_ not in lexicon().meeting_nouns:
        return False  # "Kyiv and Moscow met": the capitals' states meet (not "the Quito talks", "talks" a verb)
    if dashed_to_a_name(span):
        return False  # "Washington-Tehran talks", "direct Kinshasa–M23 talks": a pair of sides, not a place
    if ctx.gazetteer.city(root.text) is not None and span.text[:1].isupper():
        return True
    named = ctx.party_at(root.i)  # "the Barbados talks", the story placing talks "in Barbados": where they are held
    return named is not None and ctx.gazetteer.is_country(named.party) and _placed_in_elsewhere(named.party, ctx)


DASHES = frozenset({"-", "\u2013", "\u2014"})


def dashed_to_a_name(span: Span) -> bool:
    """Whether a name is joined by a hyphen or a dash, with no space, to another name right before or after it."""
    doc = span.doc
    end, start = span.end, span.start
    after = end + 1 < len(doc) and doc[end].text in DASHES and not (doc[end - 1].whitespace_ or doc[end].whitespace_)
    before = (
        start >= 2 and doc[start - 1].text in DASHES and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_)
    )
    return after and doc[end + 1].pos_ == "PROPN" or before and doc[start - 2].pos_ == "PROPN"


def _placed_in_elsewhere(state: str, ctx: Context) -> bool:
    """Whether the article names a state as the place of something ("will resume in Barbados")."""
    return any(
        m.party == state and m.how == "name" and m.span.root.dep_ == "pobj" and m.span.root.head.lower_ == "in"
        for m in ctx.party_mentions
    )


BROKERING_WORDS = {"brokered", "mediated", "led", "hosted", "coordinated", "facilitated", "chaired", "convened"}
"""What a party hyphened to them brokers: "US-brokered talks"."""


def hyphened_to(doc: Doc, index: int) -> str | None:
    """The word a hyphen joins to the token at ``index`` ("backed" of "Saudi-backed"), if one does."""
    if index + 2 < len(doc) and doc[index + 1].text == "-":
        return doc[index + 2].lower_
    return None


def _backer(span: Span) -> bool:
    """Whether a party is named as the backer of another ("Saudi-backed", "Iran-aligned")."""
    return hyphened_as_backer(span[-1])


def _pronoun_subjects(sentence: Span, ctx: Context) -> list[tuple[Token, Person]]:
    """(pronoun, person) for "he" or "she" as the subject of a meeting verb ("He met X in Y last week"), or "his"
    or "her" owning a meeting noun ("after his talks with X"); read once per sentence."""
    key = (sentence.start, sentence.end)
    return once_per_doc(sentence.doc, "kg_pronoun_subjects", key, lambda: list(_find_pronoun_subjects(sentence, ctx)))


_PRONOUNS = frozenset({"he", "she", "his", "her"})


def _find_pronoun_subjects(sentence: Span, ctx: Context) -> Iterator[tuple[Token, Person]]:
    for token in chosen_in(sentence, words_with(sentence.doc, lower=_PRONOUNS)):
        subject = token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in {"he", "she"}
        owner = token.dep_ == "poss" and token.lower_ in {"his", "her"}  # "speaking after his talks with X"
        if not (subject or owner):
            continue
        active = token.dep_ != "nsubjpass" and is_trigger(token.head)
        if active or subject and (_acts_at_a_meeting(token.head) or _to_meet(token.head)):
            referent = ctx.coreference.pronoun(token, lexicon().verbs_of_saying)
            if referent is not None:
                yield token, referent.person


def _to_meet(verb: Token) -> bool:
    """Whether a verb governs a meeting its subject goes to: "he is expected to meet X", "he is expected to travel
    to X to meet Y", "he was flying home, after meeting X at the palace"."""
    after = [
        o for p in children_of(verb) if p.lower_ in {"after", "before"} for o in children_of(p) if o.dep_ == "pcomp"
    ]
    completed = [c for c in children_of(verb) if c.dep_ == "xcomp"]
    return any(is_trigger(c) for c in (*after, *completed)) or any(_acts_at_a_meeting(c) for c in completed)


def _acts_at_a_meeting(verb: Token) -> bool:
    """Whether a verb, or the one it governs, acts "at" or "during" a meeting: "he failed to reach agreement with X
    at their meeting"."""
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]
    places = [p for v in verbs for p in children_of(v) if p.dep_ == "prep" and p.lower_ in {"at", "during"}]
    if verb.lemma_ in MOVE_VERBS and any(
        c.dep_ in {"advcl", "xcomp"} and is_trigger(c) and any(a.lower_ == "to" for a in children_of(c))
        for c in children_of(verb)
    ):
        return True  # "he would travel to X next week to meet Y"
    return any(o.dep_ == "pobj" and is_trigger(o) for p in places for o in children_of(p))


def people_in(sentence: Span, ctx: Context) -> Iterator[tuple[Token, Person]]:
    """(head word of the name, person) for each mention of a person in a sentence."""
    tokens = tokens_of(sentence.doc)
    for index, person in ctx.people.named_between(sentence.start, sentence.end):
        token = tokens[index]
        if not (token.head.i != index and ctx.people.at(token.head) is person):
            yield token, person


LIST_OPENERS = {"—", "–", "-", "(", ",", ":"}
"""Marks after a group's name that open the list of its members: "the Quad — A, B, C and D —"."""


def members_told(party: str, ctx: Context) -> tuple[str, ...]:
    """The states the text lists right after a group's name as its members ("the so-called Quad — the United
    States, Saudi Arabia, the UAE and Egypt —"), wherever it names the group: they outweigh the members the gazetteer
    knows for that name."""
    doc = ctx.doc
    lists = (_listed(m, ctx) for m in ctx.party_mentions if m.party == party)
    return once_per_doc(doc, "kg_members_told", party, lambda: next((found for found in lists if found), ()))


def _listed(party_mention: PartyMention, ctx: Context) -> tuple[str, ...]:
    doc = tokens_of(party_mention.span.doc)
    at = party_mention.span.end
    if at >= len(doc) or doc[at].text not in LIST_OPENERS:
        return ()
    found: list[str] = []
    at += 1
    for mention in ctx.parties_in(at, min(at + 24, len(doc))):
        if any(t.lower_ not in {",", "and", "the"} for t in doc[at : mention.span.start]):
            break  # the list ended: "the Quad — A, B and C — on a truce"
        if not mention.known or not ctx.gazetteer.is_country(mention.party):
            break
        found.append(mention.party)
        at = mention.span.end
    return tuple(dict.fromkeys(found)) if len(set(found)) >= 2 else ()


def names_before(participle: Token) -> list[Token]:
    """The names set right before a brokering participle, hyphened to each other ("U.S.-Saudi mediated talks",
    "U.S.-Saudi-mediated talks"): the brokers of the talks it describes, none of them a side."""
    doc, found = participle.doc, []
    if participle.tag_ != "VBN" or participle.lower_ not in BROKERING_WORDS:
        return []
    index = participle.i - 2 if participle.i > 1 and doc[participle.i - 1].text == "-" else participle.i - 1
    while index >= 0 and doc[index].text[:1].isupper() and not doc[index].is_punct:
        found.append(doc[index])
        if index < 2 or doc[index - 1].text != "-":
            break
        index -= 2
    return found if len(found) >= 2 else []


def in_a_brokering_pair(doc: Doc, index: int) -> bool:
    """Whether the name ending at ``index`` is one of a hyphened pair before a brokering participle ("U.S." and
    "Saudi" of "U.S.-Saudi mediated talks")."""
    end = index
    while end + 2 < len(doc) and doc[end + 1].text == "-" and doc[end + 2].text[:1].isupper():
        end += 2  # past the names hyphened after it
    after = end + 2 if end + 2 < len(doc) and doc[end + 1].text == "-" else end + 1
    return after < len(doc) and doc[index] in names_before(doc[after])
