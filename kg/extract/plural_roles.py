"""A role told once for several people in the plural: "The foreign ministers of A and B met ... A's X and B's Y
said ...". Each person named after the plural title, with the side of one of the states it lists, holds that title.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context, sentence_of, sentences_of, tokens_in, tokens_of
from kg.extract.listed_sides import people_listed_from
from kg.extract.people import Person, plural_title, title_words
from kg.extract.tree import children_of, lefts_of, subtree_of
from kg.extract.word_index import words_with

SENTENCES_BACK = 2
"""How many sentences before a person's first mention a plural title may stand."""


def role_from_plural_title(first: Span, affiliation: str | None, ctx: Context) -> str | None:
    """The title in the singular ("foreign minister") of a plural title that lists the person's side ("the foreign
    ministers of Armenia and Azerbaijan", "Armenia and Azerbaijan's foreign ministers") in the person's sentence
    or the sentences just before it, for a person named without a title of their own."""
    if affiliation is None:
        return None
    sentences = sentences_of(first.doc)
    here = next(i for i, s in enumerate(sentences) if s.start == sentence_of(first[0]).start)
    for sentence in reversed(sentences[max(here - SENTENCES_BACK, 0) : here + 1]):
        for token in tokens_in(sentence):
            if token.i >= first.start or not token.text.islower() or not plural_title(token):
                continue
            if affiliation in _states_listed(token, ctx):
                # "Deputy prime ministers of A and B", the title's first word capitalised
                return _singular(token, lambda c: c.text.islower() or c.lower_ in title_words())
    return None


def role_over_a_list(first: Span) -> str | None:
    """The title in the singular of a plural title that opens a list of names ("Foreign ministers A of X and B of
    Y", "Defence ministers A and B", "Two envoys, A and B, arrived"), for a name in the list."""
    name = first.root
    head = name.head
    if name.dep_ == "conj" and head.ent_type_ == "GPE" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "A of X and B of Y", B parsed as a conjunct of X
    if name.dep_ != "conj" or head.ent_type_ != "PERSON":
        return _title_before_the_list(first)
    titles = [t for t in lefts_of(head) if t.dep_ == "compound"]
    titles += [head.head] if head.dep_ == "appos" else []  # "The foreign ministers, A of X and B of Y"
    for title in titles:
        if plural_title(title):
            return _singular(title)
    return _title_before_the_list(first)


def _singular(title: Token, kept: Callable[[Token], bool] = lambda _: True) -> str:
    """A plural title in the singular with the words before it that qualify it and that ``kept`` keeps: "foreign
    ministers" -> "foreign minister"."""
    words = [c.lower_ for c in lefts_of(title) if c.dep_ in {"amod", "compound"} and kept(c)]
    return " ".join([*words, title.lemma_.lower()])


LIST_WORDS = frozenset({",", "and", "-", "\u2013", "\u2014", "--", ":"})
"""What stands between the names of a list and between the list and the title before it."""


def _title_before_the_list(first: Span) -> str | None:
    """The title in the singular of a plural title right before the list a name stands in, read back over the list's
    names, commas and "and", whatever the parser made of it: "Two envoys, A and B, arrived", "the rebel leaders A
    and B", "both leaders - A for the X and B for the Y"."""
    doc, start = first.doc, sentence_of(first[0]).start
    index = first.start - 1
    while index > start:
        word = doc[index]
        if word.text in LIST_WORDS or word.pos_ == "PROPN" and word.text[:1].isupper():
            index -= 1
        elif word.lower_ == "the" and doc[index - 1].lower_ == "for":
            index -= 2  # "A for the X and B for the Y": a side after each name
        elif (aside := _participle_aside(doc, index, start)) is not None:
            index = aside - 1  # "two leaders, A, killed in July, and B": an aside on the name before
        else:
            break
    title = doc[index]
    if index == first.start - 1 or not title.text.islower() or not plural_title(title):
        return None
    if doc[index + 1].lower_ == "and":
        return None  # "the delegations and X would discuss": X is listed with the delegations, not one of them
    return _singular(title, lambda c: c.text.islower())  # "both Andean leaders": "leader"


def _participle_aside(doc: Doc, index: int, start: int) -> int | None:
    """Where the comma opening an aside on the name before that ends at ``index`` stands: a participle's (", killed
    in Tehran in July") or an "of" phrase's (", of the self-proclaimed X Republic"), if any."""
    comma = next((i for i in range(index, start, -1) if doc[i].text == ","), None)
    opener = doc[comma + 1] if comma is not None and comma < index else None
    return comma if opener is not None and (opener.tag_ in {"VBN", "VBG"} or opener.lower_ == "of") else None


def role_over_an_apposed_list(first: Span) -> str | None:
    """The title in the singular of a plural title whose holders a list after a comma names ("The defence chiefs of
    the two countries, A and B, signed ..."), which the parser hangs on the title's "of" object."""
    name = first.root
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.dep_ in {"conj", "appos"}:
        name = name.head  # the list's first name
    held = name.head
    if name.dep_ not in {"conj", "appos"} or held.dep_ != "pobj" or held.head.lower_ != "of" or name.left_edge.i < 1:
        return None
    title = held.head.head
    if first.doc[name.left_edge.i - 1].text != "," or not plural_title(title) or not title.text.islower():
        return None
    return _singular(title)


def _states_listed(title: Token, ctx: Context) -> list[str]:
    """The parties a plural title names as its holders' sides, in the order named: "of A and B", or "A and B's"."""
    owners = [c for c in children_of(title) if c.dep_ in {"poss", "nmod"}]
    owners += [o for p in children_of(title) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)]
    if title.dep_ == "conj" and owners:
        owners.append(title.head)  # "A and B's foreign ministers" parsed as "A" and "B's foreign ministers"
    words = sorted({w for owner in owners for w in (owner, *(c for c in subtree_of(owner) if c.dep_ == "conj"))})
    return list(dict.fromkeys(m.party for w in words if (m := ctx.party_at(w.i)) is not None and m.known))


def sides_of_their_titles(ctx: Context) -> None:
    """People "their" (or "the") plural title lists after a comma take the sides of the people the sentence
    before makes its joint subject, in order, when they are as many and have none of their own: "A's president and
    B's prime minister agreed ... Their foreign ministers, X and Y, will meet": X is A's, Y is B's. (A title that
    names its states, "the foreign ministers of A and B, X and Y", is read by ``listed_sides.side_from_list``.)"""
    if all(ctx.people.descriptions[p.name][1] is not None for p in ctx.people.persons):
        return
    for title in (t for t in tokens_in(ctx.doc[:]) if t.tag_ == "NNS" and t.text.islower() and plural_title(t)):
        if not any(
            c.dep_ == "poss" and c.lower_ == "their" or c.dep_ == "det" and c.lower_ == "the"
            for c in children_of(title)
        ):
            continue  # "Their foreign ministers, X and Y", "The foreign ministers, X and Y"
        names = _names_listed(title, ctx)
        sides = _sides_of_the_subject_before(title, ctx)
        group = _group_ending_the_sentence_before(title, ctx) if len(sides) != 2 else None
        if group is not None:  # "... who also spoke for the Bosnian Serbs. Their wartime leaders, A and B, ...": its
            sides = [group] * len(names)
        if len(names) != len(sides) or len(names) < 2:
            continue
        described = [ctx.people.descriptions[p.name] for p in names]
        if any(side is not None for _, side, _ in described):
            continue
        for person, side, (role, _, evidence) in zip(names, sides, described, strict=True):
            ctx.people.descriptions[person.name] = (role, side, evidence)


def _names_listed(title: Token, ctx: Context) -> list[Person]:
    """The people a plural title lists after a comma: "Their foreign ministers, X and Y"."""
    first = next((c for c in children_of(title) if c.dep_ in {"appos", "conj"} and c.i > title.i), None)
    if first is None or first.left_edge.i == 0 or title.doc[first.left_edge.i - 1].text != ",":
        return []
    found: list[Person] = []
    for word in (first, *(c for c in subtree_of(first) if c.dep_ == "conj")):
        person = ctx.people.named_by(word)
        if person is not None and all(p is not person for p in found):
            found.append(person)
    return found


def _sides_of_the_subject_before(title: Token, ctx: Context) -> list[str]:
    """The sides of the people the sentence before a title's makes its joint subject, in the order named."""
    sentence = sentence_of(title)
    if sentence.start == 0:
        return []
    before = sentence_of(title.doc[sentence.start - 1]).root
    subject = next((c for c in children_of(before) if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    people = [ctx.people.named_by(w) for w in (subject, *(c for c in subtree_of(subject) if c.dep_ == "conj"))]
    sides = [ctx.people.descriptions[p.name][1] for p in people if p is not None]
    return list(dict.fromkeys(s for s in sides if s is not None))


def _group_ending_the_sentence_before(title: Token, ctx: Context) -> str | None:
    """The group, named in the plural, that ends the sentence before a title with "their" ("... who also spoke for
    the Bosnian Serbs. Their wartime leaders, A and B, stayed away"): no state, the only plural "their" can mean."""
    sentence = sentence_of(title)
    if sentence.start == 0 or not any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(title)):
        return None
    before = sentence_of(title.doc[sentence.start - 1])
    mentions = ctx.parties_in(before.start, before.end)
    last = mentions[-1] if mentions else None
    if last is None or ctx.gazetteer.is_country(last.party) or not last.span[-1].text.endswith("s"):
        return None
    return last.party if all(t.is_punct for t in before[last.span.end - before.start :]) else None


def sides_in_the_order_told(ctx: Context) -> None:
    """People a capitalised plural title lists ("signed by Foreign Ministers X and Y") take, in order, the states
    the same title listed in their sentence or the sentences just before ("The foreign ministers of A and B signed
    an accord ..."), when they are as many and none has a side of its own: X is A's, Y is B's."""
    doc = ctx.doc
    tokens = tokens_of(doc)
    for title in (tokens[i] for i in words_with(doc, lower=_plural_titles()) if tokens[i].text[:1].isupper()):
        if not plural_title(title) or title.i + 1 >= len(doc):
            continue
        names = people_listed_from(doc, title.i + 1, ctx)
        if len(names) < 2 or any(ctx.people.descriptions[p.name][1] is not None for p in names):
            continue
        words = [doc[title.i - 1].lower_] if title.i and doc[title.i - 1].text[:1].isupper() else []
        wanted = [*words, title.lower_.removesuffix("s")]
        states = _states_of_the_same_title(title, wanted, ctx)
        if len(states) != len(names):
            continue
        for person, side in zip(names, states, strict=True):
            role, _, evidence = ctx.people.descriptions[person.name]
            ctx.people.descriptions[person.name] = (role, side, evidence)


@cache
def _plural_titles() -> frozenset[str]:
    """Titles in the plural as written: "ministers", "envoys"."""
    return frozenset(f"{word}s" for word in title_words())


def _states_of_the_same_title(title: Token, wanted: list[str], ctx: Context) -> list[str]:
    """The states a plural title with the same words lists, lower-cased, before ``title`` in its sentence or the
    sentences just before it ("the foreign ministers of A and B")."""
    sentences = sentences_of(title.doc)
    here = next(i for i, s in enumerate(sentences) if s.start <= title.i < s.end)
    for sentence in reversed(sentences[max(here - SENTENCES_BACK, 0) : here + 1]):
        for token in reversed(tokens_in(sentence)):
            if token.i < title.i and token.text.islower() and plural_title(token):
                if _singular(token).split()[-len(wanted) :] == wanted and (states := _states_listed(token, ctx)):
                    return states
    return []
