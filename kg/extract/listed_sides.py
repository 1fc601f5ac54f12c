"""Sides a list gives the names listed after it, in order: "the national security advisers of A, B and C - X, Y and Z"
(X is A's adviser), "The Chilean and Peruvian foreign ministers, A and B", "her counterparts from A and B, X and Y"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.base import sentence_of, tokens_of
from kg.extract.people import Person, plural_title
from kg.extract.tree import ancestors_of, lefts_of, subtree_of

if TYPE_CHECKING:
    from kg.extract.base import Context


LIST_MARKS = {"-", "\u2013", "\u2014", "--", ":"}


def _after_a_party(comma: Token, ctx: Context) -> bool:
    """Whether a comma closes a list of parties: "the foreign ministers of A and B, X and Y"."""
    named = ctx.party_at(comma.i - 1) if comma.i > 0 else None
    return named is not None and named.known


def _inside_a_word(mark: Token) -> bool:
    """Whether a hyphen joins the words on either side of it ("AU-appointed"), no dash setting a list off."""
    doc = mark.doc
    return mark.text == "-" and mark.i > 0 and not doc[mark.i - 1].whitespace_ and not mark.whitespace_


def _list_items(tokens: list[Token], ctx: Context, *, people: bool) -> list[str] | None:
    """The people (or the parties) a list "A, B and C" names, in order; None if anything else stands in it."""
    found: list[str] = []
    for token in tokens:
        if token.text == "," or token.lower_ in {"and", "the"}:
            continue
        if people:
            person = ctx.people.at(token)
            if person is None:
                return None
            name = person.name
        else:
            mention = ctx.party_at(token.i)
            if mention is None or not mention.known or token.text in {"'s", "’s"}:
                return None
            name = mention.party
        if not found or found[-1] != name:
            found.append(name)
    return found


def side_from_list(span: Span, ctx: Context) -> tuple[str, list[Token]] | None:
    """ "the national security advisers of Latvia, Estonia and Finland - A, B and C": the n-th name of a list set
    after a dash or colon takes the n-th party of the list of parties just before it, when both lists are as long;
    with the words of the title the parties hang from ("the national security advisers")."""
    if (each := _each_after_its_state(span, ctx) or _owners_before_a_titled_list(span, ctx)) is not None:
        return each
    sentence = sentence_of(span)
    doc = span.doc
    before = tokens_of(doc)[sentence.start : span.start][::-1]
    marks = (t for t in before if t.text in LIST_MARKS and not _inside_a_word(t))  # (not "AU-appointed")
    comma = next((t for t in before if t.text == ","), None)
    mark = next(marks, None)
    if comma is not None and (mark is None or comma.i > mark.i and _after_a_party(comma, ctx)):
        mark = comma  # "leaders of five delegations: ..., the foreign ministers of A and B, X and Y respectively"
    if mark is None:
        return None
    end = span.end
    while end < sentence.end and (doc[end].text == "," or doc[end].lower_ == "and" or ctx.people.at(end)):
        end += 1
    names = _list_items(list(doc[mark.i + 1 : end]), ctx, people=True)
    if not names or len(names) < 2:
        return None
    start = stop = _before_the_brief(doc, mark.i, ctx)
    while start > sentence.start and (
        doc[start - 1].text == "," or doc[start - 1].lower_ == "and" or ctx.party_at(start - 1) is not None
    ):
        start -= 1
    if start == stop:
        return _owners_of_the_title(doc[mark.i - 1], names, span, ctx) if mark.text == "," else None
    owner = doc[start - 2] if doc[start - 1].head.pos_ == "VERB" else doc[start - 1].head  # (however hung)
    while not plural_title(owner) and owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head != owner:
        owner = owner.head.head  # "the Ministers of Foreign Affairs of A and B": up through the portfolio
    titled = plural_title(owner) or owner.lemma_ == "counterpart" and owner.tag_ == "NNS"
    if doc[start - 1].lower_ not in {"of", "for", "from"} or mark.text == "," and not titled:
        return None  # "Chief negotiators for A and B, X and Y, met": a comma sets a list only after a title or
        # "counterparts" ("his counterparts from A and B, X and Y")
    parties = _list_items(list(doc[start:stop]), ctx, people=False)
    person = ctx.people.at(span.root)
    if not parties or len(parties) != len(names) or person is None or person.name not in names:
        return None
    title_end = max(owner.i + 1, start - 1)  # ("the Ministers of Foreign Affairs" before "of A and B")
    return parties[names.index(person.name)], list(doc[owner.left_edge.i : title_end])


def _each_after_its_state(span: Span, ctx: Context) -> tuple[str, list[Token]] | None:
    """ "the foreign ministers of A, X, and B, Y": names set each after the party it speaks for, in one list that
    hangs on a plural title; the party right before the name's comma, with the title's words."""
    doc = span.doc
    sentence = sentence_of(span)
    items: list[tuple[bool, str]] = []  # (a person?, name), from the name back to the list's opening
    index = span.start
    while index > sentence.start:
        token = doc[index - 1]
        if token.text == "," or token.lower_ == "and":
            index -= 1
            continue
        person, mention = ctx.people.at(token), ctx.party_at(token.i)
        if person is None and (mention is None or not mention.known):
            break
        item = (person is not None, person.name if person is not None else mention.party)  # type: ignore[union-attr]
        if not items or items[-1] != item:
            items.append(item)
        index -= 1
    person = ctx.people.at(span.root)
    opening = doc[index - 1] if index > sentence.start else None
    if person is None or opening is None or opening.lower_ != "of" or not plural_title(opening.head):
        return None
    items = [(True, person.name), *items][::-1]
    if len(items) < 4 or len(items) % 2 or any(is_person != (n % 2 == 1) for n, (is_person, _) in enumerate(items)):
        return None  # parties and names in turn, a party first
    title = opening.head
    return items[-2][1], list(doc[title.left_edge.i : title.i + 1])


def _owners_before_a_titled_list(span: Span, ctx: Context) -> tuple[str, list[Token]] | None:
    """ "Armenian and Azerbaijani Foreign Ministers X and Y": names listed right after a capitalised plural title
    take, in order, the parties its words open with, when both lists are as long; with the title's words."""
    doc = span.doc
    start = sentence_of(span).start
    first = span.start
    while first > start and (doc[first - 1].lower_ in {",", "and"} or ctx.people.at(first - 1) is not None):
        first -= 1
    title = doc[first - 1] if first > start else None
    if title is None or not title.text[:1].isupper() or not plural_title(title):
        return None
    opening = title.i
    while opening > start and doc[opening - 1].text[:1].isupper() and ctx.party_at(opening - 1) is None:
        opening -= 1  # "Foreign" of "Foreign Ministers"
    owners = opening
    while owners > start and (doc[owners - 1].lower_ in {",", "and"} or ctx.party_at(owners - 1) is not None):
        owners -= 1
    parties = _list_items(list(doc[owners:opening]), ctx, people=False)
    names = [p.name for p in people_listed_from(doc, first, ctx)]
    person = ctx.people.at(span.root)
    if not parties or len(parties) != len(names) or len(names) < 2 or person is None or person.name not in names:
        return None
    return parties[names.index(person.name)], list(doc[opening : title.i + 1])


def people_listed_from(doc: Doc, index: int, ctx: Context) -> list[Person]:
    """The people a list of names opening at ``index`` names, in order, over their names, commas and "and":
    "Foreign Ministers X and Y" from X."""
    found: list[Person] = []
    while index < len(doc) and (doc[index].lower_ in {",", "and"} or ctx.people.at(index) is not None):
        person = ctx.people.at(index)
        if person is not None and all(p is not person for p in found):
            found.append(person)
        index += 1
    return found


def _before_the_brief(doc: Doc, index: int, ctx: Context) -> int:
    """Where a list of states ends before the brief of the plural title it hangs on ("the special representatives of
    A and B for the normalisation process, X and Y": at "for", a state right before it); ``index`` where there is
    none (not "Chief negotiators for A and B, X and Y": the states themselves after "for")."""
    word = doc[index - 1]
    brief = next((a for a in (word, *ancestors_of(word)) if a.dep_ == "prep" and a.lower_ in {"for", "on"}), None)
    if brief is None or not brief.i < index - 1 or not plural_title(brief.head):
        return index
    return brief.i if ctx.party_at(brief.i - 1) is not None else index


def _owners_of_the_title(title: Token, names: list[str], span: Span, ctx: Context) -> tuple[str, list[Token]] | None:
    """ "The Chilean and Peruvian foreign ministers, A and B": the n-th name after a plural title takes the n-th party
    written before the title, when both lists are as long; with the title's own words ("foreign ministers")."""
    if title.tag_ != "NNS" or not (plural_title(title) or title.lemma_ == "counterpart"):
        return None  # ("her Chilean and Peruvian counterparts, A and B")
    owners = [c for c in lefts_of(title) if c.dep_ in {"amod", "compound", "poss", "nmod"} and ctx.party_at(c.i)]
    listed = sorted({w for o in owners for w in subtree_of(o) if w.dep_ == "conj" or w == o}, key=lambda t: t.i)
    parties = [m.party for w in listed if (m := ctx.party_at(w.i)) is not None and m.known]
    parties = list(dict.fromkeys(parties))
    person = ctx.people.at(span.root)
    if len(parties) < 2 or len(parties) != len(names) or person is None or person.name not in names:
        return None
    words = [c for c in lefts_of(title) if c.dep_ in {"amod", "compound"} and not (c in listed or ctx.party_at(c.i))]
    return parties[names.index(person.name)], [*words, title]


MEMBER_BODIES = frozenset({"team", "panel", "committee", "troika", "group", "delegation"})
"""Bodies whose members a text lists after a colon: "the other two members of the AU mediation team: A and B"."""


def members_listed(span: Span, ctx: Context) -> tuple[str, str] | None:
    """(role, owner) of a name listed after the colon that closes "members of X's team" ("flanked by the other two
    members of the AU mediation team: former Chilean President A and former Peruvian President B"): a member of
    that team, speaking for its owner, whatever office the name's own title says they held before."""
    sentence = sentence_of(span)
    doc = span.doc
    colon = next((t for t in reversed(doc[sentence.start : span.start]) if t.text == ":"), None)
    if colon is None or colon.i == sentence.start:
        return None
    body = doc[colon.i - 1]
    if body.lemma_ not in MEMBER_BODIES or body.dep_ != "pobj" or body.head.lower_ != "of":
        return None
    if body.head.head.lemma_ != "member" or any(t.text in {".", ";"} for t in doc[colon.i : span.start]):
        return None
    owners = [m for c in lefts_of(body) if (m := ctx.party_at(c.i)) is not None and m.known]
    words = [t.text for t in doc[body.left_edge.i : body.i + 1] if t.dep_ != "det"]
    return (f"member of the {' '.join(words)}", owners[0].party) if owners else None
