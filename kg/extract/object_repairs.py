"""Parser repairs that give a verb back its object and the phrases that go with it: the object a clause of calling
names ("held what they called frank talks"), the phrases after a participle describing the object ("sent a
delegation led by X, Y, to Z on Monday"), a participle describing a meeting ("at a meeting in X last month attended
by Y"), a meeting noun read as a verb ("The ceasefire talks resumed"), an occasion set after a participle ("signed an
accord settling X, at a ceremony in Y"), a meeting noun read as the subject of its purpose ("Negotiations to secure a
truce will resume"), a clause of time read as a phrase ("as a new round began in X"), a participle of holding hung
on a phrase set off after the meeting noun subject ("The talks, marking ..., held in X on Tuesday, brought ...").
spaCy pipeline components :func:`kg.extract.nlp.load_pipeline` adds after the parser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.base import SUBJECT_DEPS
from kg.extract.subject_repairs import words_where
from kg.gazetteer import lexicon

CALLING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "characterise", "characterize"})
"""Verbs of naming a thing the way a speaker sees it: "what they called frank talks", "what he described as"."""


@Language.component("objects_named_by_what")
def objects_named_by_what(doc: Doc) -> Doc:
    """Make the noun a "what" clause of calling names the object of the verb before it, where the parser hung it
    on the verb of calling.

    In "The two sides held what they called frank talks in Geneva on Friday" the model makes "talks" the complement
    of "called", so the talks lose the verb that holds them and the sides that hold them; the thing named ("talks")
    is the outer verb's object, and the phrases after it (place, day) are the outer verb's too."""
    for what in words_where(doc, "LOWER", "what"):
        calling = what.head
        verb = calling.head
        if what.dep_ != "dobj" or calling.lemma_ not in CALLING_VERBS or calling.dep_ != "ccomp" or verb.i > what.i:
            continue
        named = [c for c in calling.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        named += [o for p in calling.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        if not named or verb.pos_ != "VERB":
            continue
        for phrase in [c for c in calling.children if c.dep_ in {"prep", "npadvmod"} and c.i > named[0].i]:
            phrase.head = verb
        named[0].head, named[0].dep_ = verb, "dobj"
    return doc


@Language.component("phrases_after_a_described_object")
def phrases_after_a_described_object(doc: Doc) -> Doc:
    """Hang on the verb the phrases after a comma that closes a participle describing the verb's object, where the
    parser hung them on the participle.

    In "X will send a delegation led by its intelligence chief, Y, to Z on Monday for talks" the model at times
    hangs "to Z", "on Monday" and "for talks" on "led", making the journey's place, day and purpose the leading's;
    prepositions after the comma that ends the participle's "by" phrase are the verb's, as if the phrase were set
    off by commas on both sides."""
    for participle in words_where(doc, "DEP", "acl"):
        verb = participle.head.head
        if participle.tag_ != "VBN" or participle.head.dep_ != "dobj" or verb.pos_ != "VERB":
            continue
        agent = next((c for c in participle.children if c.dep_ == "agent"), None)
        if agent is None or doc[agent.right_edge.i].text != ",":
            continue
        after = [c for c in participle.children if c.dep_ == "prep" and c.i > agent.right_edge.i]
        if after and after[0].i == agent.right_edge.i + 1:
            for preposition in after:
                preposition.head = verb
    return doc


@Language.component("participles_of_meetings")
def participles_of_meetings(doc: Doc) -> Doc:
    """Make a participle with a "by" agent right after a meeting's phrase describe the meeting, where the parser
    made it an adverbial clause of the verb.

    In "A plan was drawn up at a meeting in X late last month attended by Y and Z" the model at times hangs
    "attended" (with "late last month") on "drawn", so the meeting loses its day and those who attended it; a past
    participle with an agent and no subject of its own, whose words start right after a meeting noun's phrase (or
    after a date hung on the verb that follows that phrase), is that noun's."""
    nouns = lexicon().meeting_nouns
    for participle in words_where(doc, "DEP", "advcl"):
        if participle.tag_ != "VBN" or not any(c.dep_ == "agent" for c in participle.children):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in participle.children):
            continue
        start = participle.left_edge.i
        while start > 0 and doc[start - 1].ent_type_ == "DATE":
            start -= 1  # "in X late last month attended by": the day hung on the verb
        before = doc[start - 1] if start > 0 else None
        meeting = next((t for t in (before, *before.ancestors) if t.lower_ in nouns), None) if before else None
        if meeting is not None and meeting.right_edge.i == start - 1 and participle.head in meeting.ancestors:
            participle.head, participle.dep_ = meeting, "acl"
    return doc


@Language.component("absolute_with_clauses")
def absolute_with_clauses(doc: Doc) -> Doc:
    """Make a participle after a "with" phrase and its comma the predicate of that phrase, where the parser hung the
    participle on the clause's verb.

    In "A and B met on Saturday, with C's foreign minister, X, shuttling between two rooms" the model at times
    splits the absolute clause at the name's comma, so "shuttling" reads as done by A and B; a present participle
    with no subject of its own, right after the comma that closes a "with" phrase commas set off on the same verb,
    has that phrase's noun for its subject, as in the parse of "with C's minister shuttling"."""
    for participle in words_where(doc, "DEP", "advcl"):
        verb = participle.head
        if participle.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children):
            continue
        start = participle.left_edge.i
        with_ = next((c for c in verb.children if c.lower_ == "with" and c.right_edge.i == start - 2), None)
        if with_ is None or doc[start - 1].text != "," or with_.i == 0 or doc[with_.i - 1].text != ",":
            continue  # (not "spoke with X on Tuesday, agreeing to ...": "with" no absolute clause set off)
        noun = next((c for c in with_.children if c.dep_ == "pobj"), None)
        if noun is not None:
            participle.head, participle.dep_ = with_, "pobj"
            noun.head, noun.dep_ = participle, "nsubj"
    return doc


MEETING_CLAUSE_VERBS = frozenset({"hold", "host", "mediate", "broker", "facilitate", "chair", "convene", "sponsor"})
"""Verbs whose passive says what was done with talks, never with a side: "which were held in X"."""


@Language.component("relatives_of_meetings")
def relatives_of_meetings(doc: Doc) -> Doc:
    """Make a passive relative clause of holding or brokering a clause of the meeting noun before it, where the
    parser hung it on the side named after that noun.

    In "its talks with Peru, which were held in Quito and mediated by Norway, had concluded" the model hangs the
    clause on "Peru"; a side is not "held" or "mediated", the talks are, so the clause is the meeting noun's."""
    nouns = lexicon().meeting_nouns
    for clause in words_where(doc, "DEP", "relcl"):
        if clause.lemma_ not in MEETING_CLAUSE_VERBS or not any(c.dep_ == "auxpass" for c in clause.children):
            continue
        name = clause.head
        meeting = next((a for a in name.ancestors if a.lower_ in nouns), None)
        if name.pos_ == "PROPN" and meeting is not None and name.dep_ in {"pobj", "conj"}:
            clause.head = meeting
    return doc


@Language.component("meeting_nouns_read_as_verbs")
def meeting_nouns_read_as_verbs(doc: Doc) -> Doc:
    """Make a meeting noun the parser read as a present verb a noun again, where that "verb" is itself the subject
    of another verb.

    In "The ceasefire talks between A and B resumed in X" the model at times tags "talks" a verb whose subject is
    "ceasefire", and makes that verb the subject of "resumed": no verb is a subject, so "talks" is the noun the
    sentence is about and the word before it its modifier."""
    nouns = lexicon().meeting_nouns
    for word in words_where(doc, "DEP", "nsubj"):
        if word.pos_ != "VERB" or word.tag_ != "VBZ" or word.lower_ not in nouns or word.head.pos_ != "VERB":
            continue
        word.pos_, word.tag_, word.lemma_ = "NOUN", "NNS", word.lower_.removesuffix("s")
        for modifier in (c for c in word.children if c.dep_ == "nsubj" and c.i == word.i - 1):
            modifier.dep_ = "compound"
    return doc


@Language.component("occasions_after_a_described_object")
def occasions_after_a_described_object(doc: Doc) -> Doc:
    """Hang on the verb an "at"/"during" phrase of a meeting set off by a comma after a participle describing the
    verb's object, where the parser hung it on the participle.

    In "A and B signed an accord on Sunday settling a long dispute, at a ceremony in X" the model at times hangs
    "at a ceremony" on "settling", so the signing loses its occasion, place and day; a meeting after the comma that
    closes the participle's words is the verb's."""
    nouns = lexicon().meeting_nouns
    for participle in words_where(doc, "DEP", "acl") + words_where(doc, "DEP", "advcl"):
        described = participle.dep_ == "acl" and participle.head.dep_ == "dobj"  # (or the verb's own clause)
        verb = participle.head.head if described else participle.head
        if participle.tag_ not in {"VBG", "VBN"} or not described and participle.dep_ == "acl" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children):
            continue
        for preposition in [c for c in participle.children if c.dep_ == "prep" and c.lower_ in {"at", "during"}]:
            meeting = [o for o in preposition.children if o.dep_ == "pobj" and o.lower_ in nouns]
            if meeting and doc[preposition.i - 1].text == ",":
                preposition.head = verb
    return doc


@Language.component("second_sides_read_as_subjects")
def second_sides_read_as_subjects(doc: Doc) -> Doc:
    """Join to the first side of a "between" phrase the second one the parser made a second subject of the verb.

    In "Talks between A's opposition and President X's government will resume" the model at times ends the
    "between" phrase at "and" and makes "government" a subject of "resume" beside "Talks": the words after the
    "and" are the second side between which the talks are."""
    for between in words_where(doc, "LOWER", "between"):
        first = next((c for c in between.children if c.dep_ == "pobj"), None)
        if first is None or any(c.dep_ == "conj" for c in first.children):
            continue
        joint = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        noun, verb = between.head, between.head.head
        if joint is None or noun.dep_ != "nsubj" or joint.i + 1 >= len(doc):
            continue
        second = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i > joint.i and c.left_edge.i == joint.i + 1), None
        )
        if second is not None:
            second.head, second.dep_ = first, "conj"
    return doc


@Language.component("purposes_read_as_subjects")
def purposes_read_as_subjects(doc: Doc) -> Doc:
    """Make a meeting noun before an infinitive of purpose the subject of the sentence's verb, where the parser made
    the infinitive the verb's subject.

    In "Negotiations to secure a ceasefire in the war will resume in Doha on Wednesday" the model at times reads
    "Negotiations" as the subject of "to secure" and that clause as the subject of "resume", so the talks lose the
    verb that places and dates them; the infinitive describes the talks, which are what resumes."""
    nouns = lexicon().meeting_nouns
    for noun in words_where(doc, "DEP", "nsubj"):
        purpose = noun.head
        verb = purpose.head
        if noun.lower_ not in nouns or purpose.dep_ != "csubj" or not noun.i < purpose.i < verb.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        purpose.head, purpose.dep_ = noun, "acl"
    return doc


@Language.component("as_clauses_read_as_phrases")
def as_clauses_read_as_phrases(doc: Doc) -> Doc:
    """Make a meeting noun after "as" the subject of the verb right after its phrase, where the parser read "as" as
    a preposition and the verb as one more verb of the main clause.

    In "X called on the sides to hold serious negotiations as a new round of talks began in Geneva on Saturday" the
    model at times makes "round" the object of "as" and "began" a second verb of "called", so the round loses the
    verb that places and dates it; "as" opens a clause of time whose subject is the round."""
    nouns = lexicon().meeting_nouns
    for word in words_where(doc, "LOWER", "as"):
        noun = next((c for c in word.children if c.dep_ == "pobj"), None)
        if word.dep_ != "prep" or noun is None or noun.lower_ not in nouns or noun.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[noun.right_edge.i + 1]
        if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.dep_ != "conj":
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        word.head, word.dep_ = verb, "mark"
        verb.dep_ = "advcl"
    return doc


HOLDING_VERBS = frozenset({"hold", "convene", "conduct"})
"""Verbs a meeting is held with: "the talks, held in X on Tuesday, ..."."""


@Language.component("holdings_set_off_after_a_subject")
def holdings_set_off_after_a_subject(doc: Doc) -> Doc:
    """Make a participle of holding set off by commas between a meeting noun subject and its verb describe that
    noun, where the parser hung it on a noun of a phrase set off before it.

    In "The talks, marking a step toward implementing the X Declaration adopted on Dec. 11, held in Y on Tuesday
    under Z's auspices, brought together ..." the model at times hangs "held" on "Declaration", so the talks lose
    their place and day: a past participle of holding, after a comma and closed by the comma before the subject's
    verb, is the subject's."""
    nouns = lexicon().meeting_nouns
    for participle in words_where(doc, "DEP", "acl"):
        if participle.tag_ != "VBN" or participle.lemma_ not in HOLDING_VERBS or participle.head.lower_ in nouns:
            continue
        start, end = participle.left_edge.i, participle.right_edge.i
        if start == 0 or doc[start - 1].text != "," or end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        verb = doc[end + 2]
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in nouns), None)
        if subject is not None and subject.i < start and participle.head.i > subject.i:
            participle.head, participle.dep_ = subject, "acl"
    return doc


OBJECT_REPAIRS = (
    "purposes_read_as_subjects",
    "as_clauses_read_as_phrases",
    "second_sides_read_as_subjects",
    "meeting_nouns_read_as_verbs",
    "occasions_after_a_described_object",
    "phrases_after_a_described_object",
    "objects_named_by_what",
    "participles_of_meetings",
    "absolute_with_clauses",
    "relatives_of_meetings",
    "holdings_set_off_after_a_subject",
)
"""This module's components, in the order the pipeline runs them."""
