"""A person's side from a phrase that names it beside them: "On the Peruvian side, the talks were led by X", "X,
nominated by the Government of Syria", "X for the government", "led on the Chilean side by X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.base import first_conjunct, named_as_a_place, sentence_of
from kg.extract.name_runs import after_for
from kg.extract.parties import GOVERNMENT_WORDS, government_named_before
from kg.extract.role_phrases import is_title
from kg.extract.tree import ancestors_of, children_of, subtree_of

if TYPE_CHECKING:
    from kg.extract.base import Context


def on_the_side(span: Span, ctx: Context) -> str | None:
    """ "On the Peruvian side, the talks were led by X", "For Washington, envoy X ...", "Present from the Chinese
    side were X and Y": the side a clause opens on, for the names its verb governs."""
    word = first_conjunct(span.root)  # "... were A and B": the list's first
    verb = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "agent" else word.head
    if word.dep_ not in {"nsubj", "nsubjpass", "pobj", "dobj", "attr"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (
        c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" and c.i == sentence_of(verb).start
    ):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj" and word.i > o.i):
            mention = ctx.party_at(obj.i)  # "For Washington, envoy X has been the most visible figure"
            if mention is not None and mention.known and obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].text == ",":
                return mention.party
    # "On the Peruvian side, ...", "Present from the Chinese side were X and Y" (hung on "present")
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "acomp")]
    preps = [
        c for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in {"on", "from"} and c.i < word.i
    ]
    for prep in preps:
        for side in (o for o in children_of(prep) if o.dep_ == "pobj" and o.lemma_ == "side"):
            for owner in (c for c in children_of(side) if c.dep_ in {"amod", "poss", "compound", "nmod"}):
                mention = ctx.party_at(owner.i)
                if mention is not None and mention.known:
                    return mention.party
    return None


NOMINATING_VERBS = {"nominate", "appoint", "designate", "name", "delegate", "send", "dispatch", "choose", "select"}


def nominated_by(span: Span, ctx: Context) -> str | None:
    """ "X, nominated by the Government of Syria", "Y, appointed by the Syrian Negotiations Commission", "Z, the
    mediator appointed by the African Union": the side that put the person forward."""
    root = span.root
    described = [
        root,
        *(c for c in children_of(root) if c.dep_ == "appos"),
        *([root.head] if root.dep_ == "appos" else []),
    ]
    for clause in (c for w in described for c in children_of(w) if c.dep_ == "acl" and c.lemma_ in NOMINATING_VERBS):
        for agent in (c for c in children_of(clause) if c.dep_ == "agent"):
            for t in subtree_of(agent):
                mention = ctx.party_at(t.i)
                if mention is not None and (mention.known or mention.how == "org"):
                    return mention.party
    return None


def listed_after_a_person(span: Span, ctx: Context) -> str | None:
    """The person named right before "and" (or a comma) and a title of one's own, in a list of those met or received
    ("to meet Prime Minister A and Defense Minister B", "led by Foreign Minister A, Defence Minister B and ...",
    which the parser may break, or "A, minister of X, B, minister of Y", B hung as an apposition): the one whose
    side a guest list shares. Not a list of subjects, who may meet each other."""
    if (apposed := _apposed_in_a_list(span, ctx)) is not None:
        return apposed
    doc = span.doc
    at = span.start - 1
    while at > span.start - 5 and at > 0 and doc[at].text[:1].isupper() and ctx.people.at(doc[at]) is None:
        at -= 1
    if at < 1 or doc[at].lower_ not in {"and", ",", ";"} or not any(is_title(t) for t in doc[at + 1 : span.start]):
        return None  # (a list may run on semicolons: "led by Minister A; Secretary B; and Ambassador C")
    if doc[at].lower_ == "and" and at > 1 and doc[at - 1].text in {",", ";"}:
        at -= 1
    partner = ctx.people.at(doc[at - 1])
    if partner is None or "nsubj" in {span.root.dep_, doc[at - 1].dep_} or partner is ctx.people.at(span.root):
        return None
    return partner.name


def _apposed_in_a_list(span: Span, ctx: Context) -> str | None:
    """The person a name of a list of names and titles follows, the parser having hung it as an apposition on that
    name or on its title: "A, minister of X, B, minister of Y" (B in A's company)."""
    name = span.root
    title = name.head if name.head.dep_ == "appos" and name.head.pos_ == "NOUN" else None
    if title is not None and any(
        c.dep_ in {"poss", "amod", "compound"} and ctx.party_at(c.i) for c in children_of(title)
    ):
        return None  # "A, Chile's president, B, Peru's prime minister, C": the title before C is C's own
    head = title.head if title is not None else name.head
    partner = ctx.people.named_by(head) if name.dep_ == "appos" else None
    own = ctx.people.at(name)
    return partner.name if partner is not None and own is not None and partner.name != own.name else None


def for_the_side(span: Span, ctx: Context) -> str | None:
    """ "led by X for the government and Y for the opposition": the side named right after "for" behind a name
    (read on the words, which the parser hangs on the verb), or before its "by" (:func:`side_before_by`)."""
    if (before := side_before_by(span, ctx)) is not None:
        return before
    doc = span.doc
    at = span.end
    apposed = next((c for c in children_of(span.root) if c.dep_ == "appos" and c.i > span.root.i), None)
    if at < len(doc) and doc[at].text == "," and apposed is not None and apposed.right_edge.i + 1 < len(doc):
        at = apposed.right_edge.i + 1  # "X, the head of the National Assembly, for the government"
        at += 1 if doc[at].text == "," else 0
    own_of = at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "of"  # "A, of X, and B, of Y"
    if at < len(doc) and doc[at].lower_ in {"and", ","} and not own_of:
        listed = next((c for c in children_of(span.root) if c.dep_ == "conj" and c.i > span.root.i), None)
        if listed is not None and ctx.people.named_by(listed) is not None:
            return for_the_side(doc[listed.i : listed.i + 1], ctx)  # "A and B for Iran": the list's side
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "of":
        after = _after_of(doc, at + 1)  # "the rebel leaders A, of the self-proclaimed X Republic, and B, ..."
    else:
        after = after_for(doc, at) if at < len(doc) else None
        if after is not None and (doc[at].dep_ == "mark" or _subject_of_an_infinitive(doc, after, ctx)):
            return None  # "a deadline set by X for Moscow to agree": the subject of a clause, no side X speaks for
    if after is None:
        return None
    at = after
    mention = ctx.party_at(doc[at].i)
    if mention is not None and (mention.known or mention.party in ctx.framed_sides):
        return mention.party
    if doc[at].lower_ in GOVERNMENT_WORDS:
        return government_named_before(doc, doc[at].i, ctx.gazetteer)
    return None


def _subject_of_an_infinitive(doc: Doc, at: int, ctx: Context) -> bool:
    """Whether the party named at ``at`` (after a "for") is followed by "to" and a verb: "for Moscow to agree"."""
    mention = ctx.party_at(doc[at].i)
    end = mention.span.end if mention is not None else at + 1
    return end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].tag_ == "VB"


def _after_of(doc: Doc, index: int) -> int | None:
    """Where the name an "of" after a person's name is of begins, past "the" and a word of description
    ("of the self-proclaimed X Republic")."""
    at = index + 1
    at += 1 if at < len(doc) and doc[at].lower_ == "the" else 0
    if at + 2 < len(doc) and doc[at + 1].text == "-" and doc[at].is_lower:
        at += 3  # "self-proclaimed"
    elif at < len(doc) and doc[at].is_lower and doc[at].pos_ == "ADJ":
        at += 1
    return at if at < len(doc) else None


def side_before_by(span: Span, ctx: Context) -> str | None:
    """The side named right before the "by" a name follows: "led on the Chilean side by A and on the Peruvian side
    by B" (B's is Peru's), "represented for the government by X"."""
    by = span.root.head
    if span.root.dep_ != "pobj" or by.lower_ != "by" or by.i < 3:
        return None
    side = span.doc[by.i - 1]
    if side.lemma_ not in {"side", "camp"} or span.doc[side.left_edge.i - 1].lower_ not in {"on", "for", "from"}:
        return None
    owners = (c for c in children_of(side) if c.dep_ in {"amod", "poss", "compound", "nmod"})
    return next((m.party for c in owners if (m := ctx.party_at(c.i)) is not None and m.known), None)


def its_owner(tokens: list[Token], ctx: Context) -> str | None:
    """The party an "its" opening a title phrase stands for: the nearest the sentence names before it (the sentence
    before, where "its" opens one), not as a place ("convened by the African Union and led by its envoy, former
    Chilean President X": the AU's envoy)."""
    if not tokens or tokens[0].lower_ != "its":
        return None
    sentence = sentence_of(tokens[0])
    start = sentence.start
    if tokens[0].i == start and start > 0 and "\n" not in tokens[0].doc[start - 1].whitespace_:
        start = sentence_of(tokens[0].doc[start - 1]).start  # "... with Switzerland as facilitator. Its ambassador,
        # X, chairs ...": the sentence before, in the same paragraph
    for mention in reversed(ctx.parties_in(start, tokens[0].i)):
        if mention.known and not named_as_a_place(mention.span.root):
            return mention.party
    return None


def his_or_hers(noun: Token, ctx: Context) -> str | None:
    """The person "his" or "her" on a noun stands for when a clause above it has a named subject: "X said his
    delegation ..."."""
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in children_of(noun)):
        return None
    for verb in (a for a in ancestors_of(noun) if a.pos_ in {"VERB", "AUX"}):
        for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
            if (person := ctx.people.named_by(subject)) is not None:
                return person.name
    return None


def on_behalf_of(span: Span, ctx: Context) -> str | None:
    """The side a person acts for "on behalf of": "mediated by X on behalf of the Holy See", "X, acting on behalf of
    the African Union, said", "X opened the talks on behalf of Peru"; or speaks for: "X, speaking for the Chilean
    delegation, said"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verbs = [root.head.head]  # "mediated by X on behalf of Y"
    elif root.dep_ == "nsubj":
        verbs = [root.head, *(c for c in children_of(root.head) if c.dep_ == "advcl" and c.tag_ == "VBG")]
    else:
        verbs = []
    verbs += [c for c in children_of(root) if c.dep_ == "acl" and c.tag_ == "VBG"]  # "X, acting on behalf of Y,"
    for verb in verbs:
        speaking = verb.tag_ == "VBG" and verb.lemma_ in {"speak", "act", "negotiate"}  # "X, speaking for the Y team"
        spoken_for = [t for p in children_of(verb) if p.lower_ == "for" for t in subtree_of(p)] if speaking else []
        if (side := next((m.party for t in spoken_for if (m := ctx.party_at(t.i)) and m.known), None)) is not None:
            return side
        for on in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "on"):
            for of in (p for b in children_of(on) if b.lower_ == "behalf" for p in children_of(b) if p.lower_ == "of"):
                for named in (o for o in children_of(of) if o.dep_ == "pobj"):
                    mention = ctx.party_at(named.i)
                    if mention is not None and mention.known:
                        return mention.party
    return None


def side_phrase(span: Span, ctx: Context) -> str | None:
    """The side a phrase around a person's name says they stand for: "X for the rebels", "nominated by Y", "on the
    Chilean side", "on behalf of Z", "X (Chile)"."""
    return (
        for_the_side(span, ctx)
        or nominated_by(span, ctx)
        or on_the_side(span, ctx)
        or on_behalf_of(span, ctx)
        or bracketed_side(span, ctx)
    )


def bracketed_side(span: Span, ctx: Context) -> str | None:
    """The side set in brackets right after a name, as lists of signatories write it: "A (Chile) and B (Peru)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return None
    mention = ctx.party_at(span.end + 1)
    if mention is None or not mention.known or mention.span.start != span.end + 1 or mention.span.end >= len(doc):
        return None
    return mention.party if doc[mention.span.end].text == ")" else None


def principal_after_for(span: Span, ctx: Context) -> str | None:
    """The person a name, or the list it ends, is "for": "special envoy X for Trump", "A and B for Putin" (their
    principal, whose side is theirs)."""
    doc = span.doc
    root = span.root
    while (nxt := next((c for c in children_of(root) if c.dep_ == "conj" and c.i > root.i), None)) is not None:
        if ctx.people.named_by(nxt) is None or any(t.lower_ == "for" for t in doc[root.i : nxt.i]):
            break
        root = nxt  # "A and B for Putin": past the list's last name (not past another's "for")
    person = ctx.people.at(root)
    mention = next((m for m in person.mentions if m.start <= root.i < m.end), None) if person is not None else None
    at = after_for(doc, mention.end) if mention is not None and mention.end < len(doc) else None
    principal = None
    while at is not None and at < len(doc) and principal is None:
        principal = ctx.people.at(doc[at])
        at = at + 1 if principal is None and is_title(doc[at]) else None  # "for President X": past the title
    return principal.name if principal is not None and principal is not person else None
