"""Roles told before the name: a wire lead describes a person ("the European Union's foreign policy chief
blamed ...") and names them only in the next sentence or paragraph ("Josep Borrell, who hosted the two leaders,
said ..."). The description is that person's role and side when it is the only such description nobody else of
the story fits and the person is the first one named after it without a role of their own. A description that
opens the sentence after a name ("X has spent years waiting. The Norwegian diplomat, who ...") is that person's.
A person given a title but no side takes the state the story wrote that very title with before ("India's foreign
secretary said ... Foreign Secretary X told reporters")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context, paragraph_of, sentence_of, text_of, tokens_in
from kg.extract.coref import Coreference, holds_any, role_classes
from kg.extract.parties import possessor, state_named_on
from kg.extract.people import Person
from kg.extract.quotes import inside, quotes_of
from kg.extract.tree import ancestors_of, children_of, lefts_of, subtree_of


def _window_start(doc: Doc, char: int) -> int:
    """The first character of the paragraph before the one holding ``char`` (or of that one, if first)."""
    start, _ = paragraph_of(doc, char)
    text = text_of(doc)[:start].rstrip()
    return paragraph_of(doc, len(text) - 1)[0] if text else start


def _role_text(token: Token, ctx: Context) -> str:
    """The words of a role noun phrase without its determiner and the side it names: "foreign policy chief"."""
    words = [
        c
        for c in lefts_of(token)
        if c.dep_ in {"compound", "amod"} and ctx.gazetteer.party(c.text) is None and c.ent_type_ not in {"GPE", "NORP"}
    ]
    start = min((t.i for c in words for t in subtree_of(c)), default=token.i)  # "foreign" of "foreign policy chief"
    end = token.i + 1
    of = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"]
    if of:
        end = max(t.i for t in subtree_of(of[0])) + 1
    return token.doc[start:end].text


def _fits(person: Person, noun: str, side: str, ctx: Context) -> bool:
    """Whether a person the story names could be the one a role phrase of ``side`` describes."""
    role, affiliation, _ = ctx.people.descriptions[person.name]
    return affiliation == side and (role is None or holds_any(role, role_classes()[noun]))


def _described(doc: Doc, ctx: Context, coref: Coreference, person: Person, first: Span) -> tuple[str, str] | None:
    """(role, side) of the one unclaimed description before a person's first mention, if there is one."""
    start = _window_start(doc, first.start_char)
    found: list[tuple[str, str]] = []
    opening = doc.char_span(start, first.start_char, alignment_mode="expand")
    quotes = quotes_of(doc)
    for token in doc[opening.start if opening is not None else first.start : first.start]:
        if ctx.people.at(token) is not None or inside(quotes, token.idx) is not None:
            continue  # (not "'... by the Qatari mediator,' said X": words X said, of another)
        if (counterpart := _unnamed_counterpart(token, coref, person, ctx)) is not None:
            found.append(counterpart)  # "X held talks with his Chinese counterpart ... Wang told X": China's
            continue
        noun = coref.role_class(token)
        side = coref.side_of_phrase(token) if noun else None
        if noun is None or side is None or _same_clause(token, first.root):
            continue  # ("the Vietnamese minister held talks with X": the one X met, not X)
        if any(other is not person and _fits(other, noun, side, ctx) for other in ctx.people.persons):
            continue  # "Kosovo's prime minister": the prime minister of Kosovo the story names
        if _said_of_another(token, person, ctx) or _in_another_s_phrase(token, person, ctx):
            continue  # "Y was Chile's special envoy ... X": Y's; "Y, a lawyer who also serves as the group's
            # executive secretary": Y's, whatever role Y was given first
        if any(
            other is not person
            and any(m.start < token.i and m.start_char >= start for m in other.mentions)
            and ctx.people.descriptions[other.name][:2] == (None, None)
            for other in ctx.people.persons
        ):
            continue  # "X has spent years waiting. The Norwegian diplomat ...": a description of one named before
        named_between = any(
            other is not person
            and token.i < min(m.start for m in other.mentions) < first.start
            and ctx.people.descriptions[other.name][0] is None
            for other in ctx.people.persons
        )
        if not named_between:
            found.append((_role_text(token, ctx), side))
    return found[0] if len(found) == 1 else None


def _said_of_another(noun: Token, person: Person, ctx: Context) -> bool:
    """Whether a role noun is said of another named person by a copula: "Y, a diplomat, was Chile's envoy"."""
    if noun.dep_ != "attr":
        return False
    subjects = [c for c in children_of(noun.head) if c.dep_ == "nsubj"]
    return any((other := ctx.people.at(s)) is not None and other is not person for s in subjects)


def _in_another_s_phrase(noun: Token, person: Person, ctx: Context) -> bool:
    """Whether a role noun stands in the phrase of another named person: an apposition or a clause on their name."""
    return any((other := ctx.people.at(a)) is not None and other is not person for a in ancestors_of(noun))


def _verb_of(token: Token) -> Token:
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _same_clause(description: Token, name: Token) -> bool:
    """Whether a description and a name stand in one clause as different words of it (not in apposition, nor joined
    by "is"): two people, as "the Vietnamese minister" and "X" of "the Vietnamese minister held talks with X"."""
    apposed = name.dep_ == "appos" or description.dep_ == "appos"  # (hung on the title's place at times)
    verb = _verb_of(description)
    return not apposed and verb == _verb_of(name) and verb.lemma_ != "be"  # not "A's negotiator is X"


def _unnamed_counterpart(token: Token, coref: Coreference, person: Person, ctx: Context) -> tuple[str, str] | None:
    """(office, side) of "his Chinese counterpart" left unnamed: the office of the person whose counterpart it is
    (the subject of its clause), the side its adjective names; None when the story names the counterpart itself."""
    if token.lemma_ != "counterpart" or not any(
        c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in children_of(token)
    ):
        return None
    side = coref.side_of_phrase(token)
    verb = next((a for a in ancestors_of(token) if a.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    owner = ctx.people.named_by(subject) if subject is not None else None
    if side is None or owner is None or owner is person:
        return None
    office, owner_side, _ = ctx.people.descriptions[owner.name]
    if office is None or owner_side == side:
        return None
    if any(o is not person and ctx.people.descriptions[o.name][1] == side for o in ctx.people.persons):
        return None  # the story names a person of that side: the counterpart may be them
    if holds_any(office, role_classes()["foreign minister"]):
        return "Foreign Minister", side  # a secretary of state's counterpart is another state's foreign minister
    return office, side


def _described_after(doc: Doc, ctx: Context, coref: Coreference, person: Person, first: Span) -> tuple[str, str] | None:
    """(role, side) of a description that opens the next sentence about a person as its subject: "X has spent
    years waiting. The Norwegian diplomat, who ...": the one named last before it, when no one else is named
    between."""
    sentence = sentence_of(first)
    if sentence.end >= len(doc):
        return None
    following = sentence_of(doc[sentence.end])
    subject = next((t for t in tokens_in(following) if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not any(c.lower_ == "the" for c in children_of(subject)):
        return None
    if any(ctx.people.at(t) is not None for t in doc[first.end : subject.i]):
        return None  # another name stands between
    noun = coref.role_class(subject)
    side = coref.side_of_phrase(subject) if noun else None
    if noun is None or side is None:
        return None
    return _role_text(subject, ctx), side


def roles_told_before(doc: Doc, ctx: Context) -> None:
    """Give each person named without role or side the description the story gave them before their name, or
    in the sentence right after it."""
    coref = ctx.coreference  # its role-noun and side readings only: nothing resolved is remembered
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if role is not None or affiliation is not None or not person.mentions:
            continue
        first = min(person.mentions, key=lambda m: m.start)
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in children_of(first.root)):
            continue  # "X, the powerful sister of leader Y, said": described where named, by words of its own
        described = _described(doc, ctx, coref, person, first) or _described_after(doc, ctx, coref, person, first)
        if described is not None:
            ctx.people.descriptions[person.name] = (described[0], described[1], evidence)


def sides_of_offices_told_before(doc: Doc, ctx: Context) -> None:
    """Give each person with a role but no side the one state the story wrote that role with before their first
    mention, unnamed ("Chile's foreign secretary said ... Foreign Secretary X told reporters")."""
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if role is None or affiliation is not None or not person.mentions:
            continue
        words = role.lower().split()
        first = min(m.start for m in person.mentions)
        states = {
            state
            for t in doc[len(words) : first]
            if t.lower_ == words[-1]
            and [w.lower_ for w in doc[t.i - len(words) + 1 : t.i + 1]] == words
            and not _named_there(t, ctx)
            and (state := _state_on(doc[t.i - len(words) + 1], t, ctx)) is not None
        }
        held = {  # a state whose holder of that office the story names is not this person's
            side
            for other, (their_role, side, _) in ctx.people.descriptions.items()
            if other != person.name and their_role is not None and their_role.lower() == role.lower()
        }
        if len(states) == 1 and not states & held:
            ctx.people.descriptions[person.name] = (role, states.pop(), evidence)


def _named_there(title: Token, ctx: Context) -> bool:
    """Whether a title is written with its holder's name ("Chile's foreign minister, Ana Lind,"), not unnamed."""
    near = [title.head, *(c for c in children_of(title) if c.dep_ == "appos"), *title.doc[title.i + 1 : title.i + 3]]
    return any(ctx.people.at(t) is not None for t in near)


def _state_on(first: Token, last: Token, ctx: Context) -> str | None:
    """The state written on a title just before its words ("Chile's foreign secretary", "the Chilean foreign
    secretary")."""
    return possessor(first, ctx.gazetteer) or state_named_on(last, ctx.gazetteer)
