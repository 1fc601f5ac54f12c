"""Roles a relative clause after a name gives: "X, who serves as Latvia's foreign minister", "X, who is the
rebels' chief negotiator", "X, who heads Poland's negotiating team"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import sentence_of
from kg.extract.tree import ancestors_of, children_of, is_ancestor, subtree_of
from kg.gazetteer import lexicon

COPULAR_VERBS = {"be", "serve", "act", "become", "remain", "spend"}
"""Verbs whose complement is the office the person holds ("who serves as ...", "who is ...", "spent four years as
...", "has spent three years shuttling between capitals as ...")."""

LEADING_VERBS = {
    "head": "head",
    "lead": "leader",
    "command": "commander",
    "chair": "chair",
    "run": "head",
    "represent": "representative",
}
"""Verbs of leading or speaking for a body, and the title that bears ("who heads the team" -> head of the team,
"who represents the opposition" -> representative of the opposition)."""


def _relative_clause(span: Span) -> Token | None:
    """The verb of a "who ..." clause hung on a name, or on the title set beside it ("X, the speaker of the
    assembly who heads the team")."""
    doc = span.doc
    owners = [span.root, span.root.head] if span.root.dep_ == "conj" else [span.root]  # "A and B, the X who ...":
    appositions = [  # B's, however parsed; not A's
        c
        for owner in owners
        for c in children_of(owner)
        if c.dep_ == "appos"
        and c.i > span.end - 1
        and not any(t.ent_type_ == "PERSON" for t in doc[span.end : c.left_edge.i])
    ]
    # "X, the head of the National Assembly, who led ...": "who" hung on the apposition's institution is X's
    objects = [t for c in appositions for t in subtree_of(c) if t.dep_ == "pobj" and t.ent_type_ != "PERSON"]
    for head in dict.fromkeys((span.root, span[-1], *appositions, *objects)):
        for child in children_of(head):
            if (
                child.dep_ == "relcl"
                and child.i > span.end - 1
                and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in children_of(child))
            ):
                return child
    return None


NOW_WORDS = frozenset({"now", "currently"})
"""Words that mark an office as the one held today: "X, a former minister who is now the chief negotiator"."""


def relative_now(span: Span) -> bool:
    """Whether the relative clause after a name says what the person is now: "who is now the chief negotiator",
    "who is the AU's chief mediator" (a copula in the present)."""
    verb = _relative_clause(span)
    if verb is None:
        return False
    present = verb.lemma_ in {"be", "serve"} and verb.tag_ in {"VBZ", "VBP"}
    return present or any(c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in children_of(verb))


SUCCEEDING_VERBS = {"succeed", "replace"}
"""Verbs of taking an office over from someone, the office after "as": "who succeeded him as chief negotiator"."""

NAMING_VERBS = {"name", "appoint", "elect", "choose"}
"""Verbs that make someone what follows them, in the passive: "was named Norway's envoy", "was appointed as ..."."""


def _own_predicate(span: Span) -> Token | None:
    """The verb a name is the subject of when it says what the person is: "X is Norway's envoy", "X served as
    ...", "X was appointed chief negotiator"."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"}:
        root = root.head  # "The Swiss diplomat X has spent years as ...": the title X stands beside
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ in COPULAR_VERBS:
        return verb
    if root.dep_ == "nsubjpass" and verb.lemma_ in NAMING_VERBS:
        return verb
    return None


SETTING_PREPOSITIONS = {"between", "among", "with", "in", "at", "on", "during", "since"}


def _phrase(token: Token) -> list[Token]:
    """A noun phrase up to a comma, a clause of its own or a preposition that says where or with whom rather than
    what the office is of ("envoy to the peace process | between the government and the rebels")."""
    words = []
    clauses = {d.i for t in subtree_of(token) if t.i > token.i and t.dep_ in {"relcl", "acl"} for d in subtree_of(t)}
    for t in subtree_of(token):
        if t.i > token.i and (t.text == "," or t.i in clauses):
            break  # (a clause's words before its verb too: "the talks | that led to the deal")
        if t.i > token.i and t.dep_ == "prep" and t.lower_ in SETTING_PREPOSITIONS and not _at_a_body(t):
            break
        words.append(t)
    after = token.doc[words[-1].i + 1] if words and words[-1].i + 1 < len(token.doc) else None
    if after is not None and after.text == ")" and open_brackets(words) > 0:
        words.append(after)  # "the X Alliance (XA)", the closing bracket hung elsewhere
    return words


def open_brackets(words: list[Token]) -> int:
    """How many brackets a run of words opens and leaves open."""
    texts = [t.text for t in words]
    return texts.count("(") - texts.count(")")


def _at_a_body(preposition: Token) -> bool:
    """ "(a senior fellow) at the X Institute": where the person works, part of the office."""
    return preposition.lower_ == "at" and any(
        o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in children_of(preposition)
    )


def capacity(span: Span, titles: frozenset[str]) -> list[Token]:
    """The title phrase an "as" closing the clause a name is the subject of gives: "X sat between the two sides as
    Norway's special envoy", "X attended the talks as the EU's envoy" (not "X welcomed Y as Peru's new envoy": Y's
    capacity)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ in COPULAR_VERBS - {"spend"}:
        return []  # (but "X has spent two years shuttling between the capitals as Norway's envoy")
    if any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in children_of(verb)):
        return []
    for word in subtree_of(verb):
        if word.lower_ != "as" or word.dep_ != "prep" or word.i < span.end:
            continue
        between = [a for a in ancestors_of(word) if is_ancestor(verb, a)]
        clauses = {"relcl", "acl", "ccomp", "advcl"}
        if any(a.dep_ in clauses or a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"} for a in between):
            continue  # an "as" of a clause of its own (not of a clause whose subject is the verb's: "has spent two
            # years shuttling between the capitals as Norway's envoy")
        objects = [o for o in children_of(word) if o.dep_ == "pobj" and (o.lower_ in titles or o.lemma_ in titles)]
        if objects:
            return _phrase(objects[0])
    return []


def relative_role(span: Span) -> tuple[list[Token], str | None]:
    """(the role phrase, a title to put before it) a relative clause after a name gives: the complement of a
    copular verb ("who serves as Latvia's deputy foreign minister"), or the body a verb of leading governs,
    with the title of its leader ("who heads Poland's negotiating team" -> head of Poland's negotiating team)."""
    verb = _relative_clause(span) or _own_predicate(span)
    if verb is None or any(c.dep_ == "neg" for c in children_of(verb)):
        return [], None
    if verb.lemma_ in COPULAR_VERBS | NAMING_VERBS:
        busy = [c for c in children_of(verb) if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG"]
        for child in [*children_of(verb), *(c for b in busy[:1] if verb.lemma_ == "spend" for c in children_of(b))]:
            if child.dep_ in {"attr", "oprd"}:
                return _phrase(child), None
            if child.dep_ == "prep" and child.lower_ == "as":
                objects = [c for c in children_of(child) if c.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0]), None
    if verb.lemma_ in SUCCEEDING_VERBS or verb.lemma_ == "take" and any(c.lower_ == "over" for c in children_of(verb)):
        for child in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as"):
            objects = [c for c in children_of(child) if c.dep_ == "pobj"]
            if objects:  # "who succeeded him as the government's chief negotiator", "who took over as envoy"
                return _phrase(objects[0]), None
    if verb.lemma_ in LEADING_VERBS and verb.dep_ == "relcl":
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        at_a_body = [  # "who heads a research programme at X": the body the programme is at, for its side
            t
            for p in children_of(verb)
            if p.dep_ == "prep" and p.lower_ == "at" and any(o.ent_type_ in {"ORG", "FAC"} for o in children_of(p))
            for t in subtree_of(p)
        ]
        objects = [_one_named(objects[0]) or objects[0]] if objects else []  # "one of the groups, the X Front"
        if objects:
            return _phrase(objects[0]) + at_a_body, LEADING_VERBS[verb.lemma_]
    if verb.lemma_ in {"sit", "serve"} and verb.dep_ == "relcl":  # "who sat on Ukraine's delegation"
        bodies = [o for p in children_of(verb) if p.lower_ in {"on", "in"} for o in children_of(p) if o.dep_ == "pobj"]
        if bodies and bodies[0].lemma_ in MEMBERSHIP_BODIES:
            return _phrase(bodies[0]), "member"
    also = any(c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in children_of(verb))  # ("who also spoke for")
    if verb.lemma_ == "speak" and verb.dep_ == "relcl" and not also:  # "who speaks for the rebel delegation"
        spoken_for = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "for" for o in children_of(p)]
        if spoken_for:
            return _phrase(spoken_for[0]), "spokesperson"
    return [], None


def _one_named(word: Token) -> Token | None:
    """The name set after "one of the ..." that says which one ("heads one of the rebel groups, the X Front"),
    wherever the parser hung it."""
    doc = word.doc
    comma = word.right_edge.i + 1
    if word.lower_ != "one" or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    named = (t for t in doc[comma + 1 : sentence_of(word).end] if t.left_edge.i == comma + 1 and t.pos_ == "PROPN")
    return next((t for t in named if t.dep_ in {"appos", "conj"}), None)


MEMBERSHIP_BODIES = frozenset({"delegation", "team", "panel", "committee", "commission", "council", "board"})
"""Bodies one sits or serves on as a member: "who sat on Ukraine's delegation"."""

BROKERING_VERBS = {
    "facilitate": "facilitator",
    "mediate": "mediator",
    "moderate": "moderator",
    "broker": "mediator",
    "coordinate": "coordinator",
}
"""Verbs of helping others talk, and the title of who does it ("who facilitates the dialogue" -> facilitator)."""


ADVISING_VERBS = {"advise": "adviser", "counsel": "adviser"}
"""Verbs of advising someone, whose object's side is the adviser's: "who advises the Peruvian president"."""

NEGOTIATING_VERBS = {"negotiate": "negotiator"}
"""Verbs of talking for a side, which give a title only with the side named ("who negotiated on behalf of Peru")."""


def relative_brokering(span: Span) -> tuple[str, list[Token]] | None:
    """(title, the side served) a "who facilitates the dialogue on behalf of Malaysia" or "who negotiated on behalf
    of Peru" clause gives: the facilitator or negotiator, and the words naming whom they act for ("on behalf of X",
    "for X")."""
    verb = _relative_clause(span)
    titles = BROKERING_VERBS | NEGOTIATING_VERBS | ADVISING_VERBS
    if verb is None or verb.lemma_ not in titles or any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    if verb.lemma_ in ADVISING_VERBS:  # "who advises the Peruvian president on security": the one advised
        return titles[verb.lemma_], [t for o in children_of(verb) if o.dep_ == "dobj" for t in subtree_of(o)]
    served: list[Token] = []
    for prep in (c for c in subtree_of(verb) if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        if prep.lower_ == "for" or prep.head.lower_ == "behalf":
            served = [t for o in children_of(prep) if o.dep_ == "pobj" for t in subtree_of(o)]
            break
    if verb.lemma_ in NEGOTIATING_VERBS and not served:
        return None  # "who negotiated the 2015 deal": a past deed, no title
    return titles[verb.lemma_], served


LED_BODIES = {"delegation", "team", "mission", "negotiators", "side", "commission", "committee", "group", "panel"}
"""Bodies a person is said to lead at talks: "the rebel delegation is led by X", "X heads the opposition team"."""


def led_body(span: Span) -> tuple[list[Token], str | None]:
    """(the body, the title of its leader) a clause of leading gives a name: "the rebel delegation is led by X",
    "the rebel delegation, led by X", "X heads the opposition team" (head of the ...)."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ == "by":
        root = root.head  # "was headed by its deputy chairman, X": the title the name is set beside
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else root.head
    stands_for_a_body = verb.lower_ == "one" and any(c.dep_ in {"amod", "poss", "compound"} for c in children_of(verb))
    if root.dep_ == "pobj" and (verb.lemma_.lower() in LED_BODIES or stands_for_a_body) and verb.i == root.head.i - 1:
        # "A's commission was headed by X and B's commission (the B one) by Y": the verb left out before "by"
        if any(t.lemma_ in {"lead", "head"} and t.pos_ == "VERB" for t in sentence_of(span) if t.i < verb.i):
            return [t for t in _phrase(verb) if t.i < root.head.i], "head"  # (the body up to its "by")
    if verb.lemma_ not in {"lead", "head", "command"} or any(c.dep_ == "neg" for c in children_of(verb)):
        return [], None
    if root.dep_ == "pobj":  # passive: the body is the subject, or the noun the participle hangs on
        agents = [c for c in children_of(verb) if c.dep_ == "agent"]
        if agents[:1] != [root.head]:
            return [], None  # "A's team was led by X and B's by Y": Y leads B's, not A's
        bodies = [c for c in children_of(verb) if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
    elif root.dep_ == "nsubj":
        bodies = [c for c in children_of(verb) if c.dep_ == "dobj"]
    else:
        return [], None
    labels = {b for b in bodies if b.i + 1 < len(b.doc) and b.doc[b.i + 1].text == ":"}  # "Q: A's team was led by"
    for body in sorted(bodies, key=lambda b: b.lemma_.lower() not in LED_BODIES):
        if body in labels:
            continue
        if body.lemma_.lower() in LED_BODIES:
            return _phrase(body), "head"
        if body.lemma_.lower() in lexicon().group_nouns and body.tag_ == "NNS" and verb.dep_ == "acl":
            return _phrase(body), "leader"  # "the rebels, headed by their deputy chairman X"
        if body.pos_ == "PROPN" and body.text[:1].isupper() and verb.lemma_ in {"lead", "command"}:
            # "the National Salvation Front led by X": the group's leader; "the RSF, commanded by X"
            return _phrase(body), "leader" if verb.lemma_ == "lead" else "commander"
    return [], None


WORKING_VERBS = frozenset({"teach", "work", "study", "research", "lecture"})
"""Verbs of working somewhere, whose "at" names where a person works: "X, who teaches at the University of Y"."""


def workplace(span: Span) -> Token | None:
    """The "at" of a "who ..." clause after a name that says where the person works ("X, who teaches at the
    University of Y", "who studies the conflict at the Z Institute"), or the "for" of the party they sit for ("who
    sits in parliament for the X party")."""
    verb = _relative_clause(span)
    if verb is not None and verb.lemma_ == "sit":  # "who sits in parliament for the X party"
        return next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"), None)
    if verb is None or verb.lemma_ not in WORKING_VERBS:
        return None
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]  # "studies the conflict at Y": hung on the object
    return next((c for w in (verb, *objects) for c in children_of(w) if c.dep_ == "prep" and c.lower_ == "at"), None)


def one_of_them(span: Span) -> list[Token]:
    """The plural title "one of the ..." set after a name gives ("X, one of the rebel delegates who ..."): the words
    of its noun phrase, up to the title, which say the person's role and side."""
    ones = [c for c in children_of(span.root) if c.dep_ == "appos" and c.lower_ == "one" and c.i > span.root.i]
    for one in ones:
        for title in (o for p in children_of(one) if p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"):
            if title.tag_ == "NNS" and title.lemma_.lower() in lexicon().title_words:
                return [t for t in title.doc[title.left_edge.i : title.i + 1] if t.dep_ != "det"]
    return []
