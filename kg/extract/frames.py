"""What a verb says: the claim of a verb of judging ("described the talks as constructive", "called it a historic
moment", "welcomed the agreement", "accused X of stalling"), what a verb of stressing or voicing states ("stressed
the need for X", "expressed hope"), which clauses a verb reports, and where a reported clause starts and ends."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.stance import judged_by_verb
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon
from kg.model import Stance


def trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """The words from ``start`` to ``end`` without punctuation or a subordinating word at either edge, nor a
    conjunction at the end; None when fewer than two are left."""
    while start < end and (doc[start].is_punct or doc[start].dep_ == "mark"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1  # (and "... its commitments but", the rest parsed as a clause of its own)
    return doc[start:end] if end - start >= 2 else None


def charged_claim(verb: Token) -> Span | None:
    """What a verb of accusing or praising says, the verb with it (it carries the claim's stance): "accused
    Washington of creating false hope"."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    reasons = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > verb.i]
    # "accused the rebels of bad faith" with "of" hung on the object
    reasons += [c for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ in {"of", "for"}]
    if not objects or not reasons:
        return None
    return trimmed(verb.doc, verb.i, max(r.right_edge.i for r in reasons) + 1)


NAMING_VERBS = {"call", "describe", "term", "dub", "brand", "label", "characterise", "characterize"}
"""Verbs of naming what was done, which report a speaker's judgement: "while Y called it a step back"."""


TIMES = frozenset({"DATE", "TIME"})
"""Entity labels of a day or an hour, which a naming verb's adverbs may be without naming anything."""


def framed_claim(verb: Token) -> Span | None:
    """What a framing verb says of its object: "described the talks as constructive" gives "the talks as
    constructive", "called it a historic moment" gives "it a historic moment", and "calling it a historic moment"
    gives itself."""
    objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    complements = [
        c for c in children_of(verb) if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"oprd", "attr"}
    ]
    complements += [c for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "as"]
    complements += [  # "described them as constructive", the "as" read as an adverb of a clause
        c
        for c in children_of(verb)
        if c.dep_ == "advcl" and any(a.lower_ == "as" and a.i < c.i for a in children_of(c))
    ]
    if not complements and verb.lemma_.lower() in NAMING_VERBS:  # 'called the talks "very productive"', the
        complements = [c for o in objects for c in children_of(o) if c.dep_ == "amod" and c.i > o.i]  # adjective after
    if not objects:
        return None
    named = [o for o in objects if o.dep_ == "dobj"]
    if not complements and verb.lemma_.lower() in NAMING_VERBS and len(named) >= 2:
        objects, complements = named[:1], named[1:]  # 'called them "an ultimatum"', read as two objects
    if not complements and verb.lemma_.lower() in NAMING_VERBS - {"describe", "characterise", "characterize"}:
        after = max(o.right_edge.i for o in objects)
        loose = {"advmod", "npadvmod", "ccomp", "xcomp"}  # "called the meeting a step forward", read as an adverb
        complements = [c for c in children_of(verb) if c.dep_ in loose and c.i > after and c.ent_type_ not in TIMES]
        complements = complements or [  # 'called the proposals "an ultimatum"', the quoted name read as an apposition
            c for o in objects for c in children_of(o) if c.dep_ == "appos" and _opened_by_a_quote(c)
        ]
        complements = complements or [  # 'called that demand "a non-starter"', the noun tagged a verb with an object
            c for o in objects if o.tag_ in {"VB", "VBP"} for c in children_of(o) if c.dep_ == "dobj" and c.i > o.i
        ]
    if not complements:
        if verb.lemma_.lower() in NAMING_VERBS:
            return None  # "described the talks" names nothing without its "as"
        complements = objects
    start = min(o.left_edge.i for o in objects)
    if verb.tag_ == "VBG" and verb.i < start or complements == objects and verb.i < start:
        # "..., calling it a historic moment": the participle reads with what it frames; "welcomed the
        # agreement": without a complement, the verb carries the judgement
        start = verb.i
    end = max(t.i for c in complements for t in subtree_of(c)) + 1
    return trimmed(verb.doc, start, end)


def _opened_by_a_quote(phrase: Token) -> bool:
    start = phrase.left_edge.i
    return start > 0 and phrase.doc[start - 1].is_quote


def before_another_report(clause: Token) -> int:
    """Where a reported clause ends: at its right edge, or before a clause hung on it that reports another
    speaker ("said the talks had gone well, while Chile's envoy said more work was needed")."""
    end = clause.right_edge.i + 1
    for token in subtree_of(clause):
        if token.dep_ != "advcl" or token.i <= clause.i:
            continue
        if (
            _even_as(token)
            or (
                token.lemma_.lower() in lexicon().reporting_verbs
                or token.lemma_.lower() in NAMING_VERBS | lexicon().charging_verbs
                and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in children_of(token))
            )
            and any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in children_of(token))
        ):
            end = min(end, token.left_edge.i)  # (or "..., while Y called it a step back", "while Y accused A of
            # ...": Y's own clause)
    for token in children_of(clause):
        if token.dep_ == "conj" and _reticence(token):
            end = min(end, token.i)  # "said the sides would meet again, but gave no details": the speaker's act
    return end


RETICENT_VERBS = {"elaborate", "decline", "refuse", "give", "provide", "offer"}
"""Verbs of saying no more, which a story joins to what was said: "but gave no details", "but declined to
elaborate"."""

HELD_BACK = {"detail", "details", "timeline", "timetable", "date", "specifics", "information", "explanation"}
"""What a speaker held back: "gave no details", "offered no timeline"."""


def _reticence(verb: Token) -> bool:
    """Whether a verb joined to a reported clause without a subject of its own tells that the speaker said no more:
    "but gave no details", "but declined to elaborate", "but did not elaborate"."""
    if verb.lemma_ not in RETICENT_VERBS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)):
        return False
    if verb.lemma_ in {"elaborate", "decline", "refuse"}:
        return True
    return any(
        c.dep_ == "dobj" and c.lower_ in HELD_BACK and any(d.lower_ in {"no", "few"} for d in children_of(c))
        for c in children_of(verb)
    )


def _even_as(clause: Token) -> bool:
    """ "said a deal was 'within our grasp' even as strikes pounded the capital": what the story sets beside the
    words, not part of them."""
    marks = [c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "as"]
    subject = any(c.dep_ == "nsubj" and c.lower_ not in {"he", "she", "we", "i"} for c in children_of(clause))
    return subject and any(m.i > 0 and m.nbor(-1).lower_ == "even" for m in marks)


def past_the_day(verb: Token, start: int) -> int:
    """Where a reported clause starts when the day of the saying, right after the verb, was parsed into it
    ("said on Saturday it would ..."): after the day."""
    doc = verb.doc
    first = doc[start] if start < len(doc) else None
    if (
        first is not None
        and start == verb.i + 1
        and first.dep_ == "prep"
        and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in children_of(first))
    ):
        return first.right_edge.i + 1
    return start


def after_that(verb: Token, start: int) -> int:
    """Where a reported clause starts when a "that" after the verb opens it and the parser hung the words between
    elsewhere ("told reporters earlier in the day that the two sides would push for ..."): after the "that"."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon().reporting_verbs:
        return start  # not "describing a deal that he said would ...": a framing verb's "that" is a relative
    for token in doc[verb.i + 1 : start]:
        if token.pos_ in {"VERB", "AUX"} or token.text in {'"', "“", ":"}:
            break
        if token.lower_ == "that":
            if token.dep_ in {"nsubj", "nsubjpass", "dobj"} or token.dep_ == "det" and token.head.head == verb:
                # "agreed on a roadmap that covers trade": a relative pronoun; "repeated that position": a determiner
                return start  # of the verb's object (not "said that peace was near", misparsed)
            return token.i + 1
    return start


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its clausal complements with a finite verb or an auxiliary, not a
    gerund hung on a pronoun ("announced it following a phone call": when, not what), nor a clause before the
    "after" that makes the verb a time clause ("A was put on hold, X said, days after Y announced it")."""
    marks = [m.i for m in children_of(verb) if m.dep_ == "mark" and m.lower_ in TIME_MARKS]
    found = [
        c
        for c in children_of(verb)
        if c.dep_ == "ccomp"
        and not (c.tag_ == "VBG" and not any(a.dep_ in {"aux", "auxpass"} for a in children_of(c)))
        and not any(c.i < m for m in marks)
    ]
    return found or _hung_on_a_time_clause(verb)


def _hung_on_a_time_clause(verb: Token) -> list[Token]:
    """A "that" clause the parser hung on a time clause between the verb and it: "told the delegation before it left
    X that the talks were technical" (what was told, not what "left" says)."""
    timed = [c for c in children_of(verb) if c.dep_ == "advcl" and c.i > verb.i]
    timed = [c for c in timed if any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in children_of(c))]
    return [
        c
        for t in timed
        for c in children_of(t)
        if c.dep_ == "ccomp" and c.i > t.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
    ]


TIME_MARKS = {"after", "before", "since", "when", "until", "while"}
"""Words that make a clause tell when something else happened."""


def stressed_object(verb: Token) -> Span | None:
    """The object a verb of stressing or of voicing an attitude states, the verb with it: "emphasized the importance
    of open channels", "raised concerns about the PRC's support", "expressed hope for an early deal"."""
    lemma = verb.lemma_.lower()
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        if lemma in STRESSING_VERBS or lemma in VOICING_VERBS and obj.lemma_.lower() in ATTITUDE_NOUNS:
            return trimmed(verb.doc, verb.i, obj.right_edge.i + 1)
        if plays_down(verb) and obj.lemma_.lower() in DAMPENED_NOUNS:
            return trimmed(verb.doc, verb.i, obj.right_edge.i + 1)  # "played down hopes of a breakthrough"
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and DEMANDING_VERBS.get(lemma) == c.lower_):
        if any(o.dep_ == "pobj" for o in children_of(prep)):  # "insists on a referendum"
            return trimmed(verb.doc, verb.i, prep.right_edge.i + 1)
    return None


DAMPENED_NOUNS = {"hope", "expectation", "prospect", "chance", "talk", "report", "speculation"}
"""What a speaker plays down: "played down hopes of a breakthrough", "downplayed expectations"."""


def plays_down(verb: Token) -> bool:
    """ "downplayed", "played down": a verb of saying that hopes for the talks are small."""
    lemma = verb.lemma_.lower()
    return (
        lemma == "downplay"
        or lemma == "play"
        and any(c.dep_ == "prt" and c.lower_ == "down" for c in children_of(verb))
    )


DEMANDING_VERBS = {"insist": "on"}
"""Verbs of saying whose preposition names what is demanded: "insisted on a referendum"."""


STRESSING_VERBS = {
    "emphasise",
    "emphasize",
    "stress",
    "underline",
    "underscore",
    "reiterate",
    "reaffirm",
    "affirm",
    "highlight",
}
"""Verbs of saying whose object is what is said: "stressed the need for a ceasefire"."""
VOICING_VERBS = {"express", "voice", "raise", "convey"}
"""Verbs that state an attitude named by their object: "expressed hope", "raised concerns"."""
ATTITUDE_NOUNS = {
    "concern",
    "hope",
    "support",
    "regret",
    "opposition",
    "satisfaction",
    "appreciation",
    "gratitude",
    "readiness",
    "willingness",
    "commitment",
    "frustration",
    "disappointment",
    "optimism",
    "pessimism",
    "doubt",
    "objection",
    "alarm",
    "dismay",
    "confidence",
    "reservation",
    "solidarity",
    "condolence",
}
"""What a verb of voicing states: "expressed hope", "voiced concern", "raised objections"."""


DOCUMENT_NOUNS = {"declaration", "communique", "communiqué", "statement", "text", "document", "resolution", "treaty"}
"""Nouns of a text whose words a sentence may quote: "A joint declaration committed both sides to ..."."""


def a_document_s_words(sentence: Span) -> bool:
    """Whether a sentence's subject is a document, so that the words it quotes are the document's, not a speaker's
    named beside it."""
    root = sentence.root
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in DOCUMENT_NOUNS for c in children_of(root))


GUEST_NOUNS = frozenset(
    "delegation delegate guest leader counterpart minister participant envoy negotiator visitor side team".split()
)
"""People a host welcomes or greets: "welcomed the delegations to the hotel"."""


def greets_guests(verb: Token) -> bool:
    """Whether "welcome" or "greet" tells of a host receiving people ("welcomed the delegations to the hotel",
    "greeted him at the airport"), which says nothing about the talks, not of approval ("welcomed the deal")."""
    return verb.lemma_.lower() in {"welcome", "greet"} and any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in GUEST_NOUNS or c.ent_type_ == "PERSON" or c.lower_ in {"him", "her", "them"})
        for c in children_of(verb)
    )


STIRRED_MOODS = {"hope", "fear", "stake", "tension", "prospect", "expectation", "spectre", "specter", "alarm"}
"""What "raise" stirs rather than says: "raising hopes of easing a crisis", "raised fears of a wider war"."""


def stirs_a_mood(verb: Token) -> bool:
    """Whether "raise" tells of hopes or fears stirred ("raising hopes of a deal"), not of something said ("raised
    concerns about the plan")."""
    return verb.lemma_.lower() == "raise" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STIRRED_MOODS for c in children_of(verb)
    )


def a_clause(span: Span) -> bool:
    """Whether words make a clause of their own: a subject and its verb ("he was optimistic")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and t.head in span for t in span)


def judged_by_the_act_said_in(verb: Token) -> Stance | None:
    """The stance of the act a "saying" clause explains: "criticised the delegation, saying it served X's
    interests" (said in criticism), "welcomed the talks, saying ..." (said in praise)."""
    if verb.tag_ != "VBG" or verb.lemma_ != "say" or verb.dep_ not in {"advcl", "xcomp"}:
        return None
    return judged_by_verb(verb.head.lemma_.lower())


def withheld(verb: Token) -> bool:
    """Whether a verb of saying tells what someone would not say: "did not say whether", "declined to say when",
    "would not say" (a question left open, with nothing said about it)."""
    if verb.lemma_ not in {"say", "tell", "comment", "confirm", "disclose", "specify", "elaborate"}:
        return False
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in {"decline", "refuse"}
