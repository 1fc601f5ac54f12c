"""Parser repairs that give a verb the subject the model hung elsewhere: a name after a relative clause, a subject
of an auxiliary, a name after a fronted clause or read as an adverb, a name set off inside a subject's clause, the
subject of a verb read as a modifier, and of a present verb read as a noun. Each is a spaCy pipeline component
:func:`kg.extract.nlp.load_pipeline` adds after the parser."""

from __future__ import annotations

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.gazetteer import lexicon

SUBJECTS = {"nsubj", "nsubjpass"}


def words_where(doc: Doc, attribute: str, value: str) -> list[Token]:
    """The words whose attribute ("DEP", "LOWER") has a value, read from the document's array as it stands (a
    repair that runs over every word would make a ``Token`` for each; the extractors' cached index,
    :func:`kg.extract.word_index.words_with`, must not be read while the parse is still being repaired)."""
    column = doc.to_array(attribute)
    return [doc[int(i)] for i in np.flatnonzero(column == doc.vocab.strings[value])]


@Language.component("described_subjects")
def described_subjects(doc: Doc) -> Doc:
    """Make the verb after a name's relative clause the sentence's verb where the parser hung it on the name.

    In "X, whose government hosted the talks, called the day historic" the model at times makes the name the root
    and "called" a participle describing it; a past-tense verb after the comma that closes a relative clause (or
    an apposition: "X, a longtime mediator, hosted delegations from A and B") on a name that has no verb of its own
    is the name's predicate. Where the model read the verb as a modifier of the noun after it ("hosted
    delegations"), that noun is its object, and the words after the verb are the verb's."""
    for root in [s.root for s in doc.sents]:
        if root.pos_ not in {"PROPN", "NOUN"} or root.tag_ in {"NNS", "NNPS"}:
            continue
        clause = next((c for c in root.children if c.dep_ in {"relcl", "appos"} and c.i > root.i), None)
        if clause is None:
            continue
        verb = next(
            (
                t
                for t in doc[clause.i + 1 : root.sent.end]
                if t.dep_ in {"acl", "amod"}
                and t.tag_ in {"VBD", "VBN"}
                and (t.head == root or t.head in clause.subtree)
                and (t.dep_ == "acl" or t.head.i == t.i + 1 and t.head.pos_ == "NOUN")
            ),
            None,
        )  # hung on the name, or on the clause's last words ("... hosted the ceremony, called the day ...")
        if verb is None or doc[verb.i - 1].text != "," or verb.dep_ == "acl" and clause.dep_ != "relcl":
            continue
        if any(c.dep_ in SUBJECTS | {"agent", "auxpass"} for c in verb.children):
            continue  # "X, who ..., led by Y": a participle indeed
        if verb.dep_ == "amod":  # "hosted delegations from A and B in Y on Sunday": the verb's object and phrases
            noun = verb.head
            inside = {t.i for t in clause.subtree if t.i < verb.i}  # (the clause's own words, before the verb)
            later = [t for t in doc[noun.i + 1 : root.sent.end] if t.head.i in inside]
            noun.head, noun.dep_ = verb, "dobj"
            for word in later:
                word.head = verb
        for child in [c for c in root.children if c.i > verb.i]:
            child.head = verb  # the sentence's closing stop
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
    return doc


@Language.component("auxiliary_subjects")
def auxiliary_subjects(doc: Doc) -> Doc:
    """Make the subject and the auxiliaries the parser hung on an auxiliary those of the verb it helps.

    In "A and B have been mediating between the two sides" the model at times makes "A" the subject of "been" and
    "have" an auxiliary of "been", leaving "mediating" with neither; a subject of an auxiliary of a verb that has
    none is that verb's, and so is an auxiliary of an auxiliary."""
    for word in doc:
        helper = word.head
        if helper.pos_ != "AUX" or helper.dep_ not in {"aux", "auxpass"} or helper.head.pos_ != "VERB":
            continue
        verb = helper.head
        if word.dep_ == "aux" or word.dep_ in SUBJECTS and not any(c.dep_ in SUBJECTS for c in verb.children):
            word.head = verb
    return doc


@Language.component("fronted_clause_subjects")
def fronted_clause_subjects(doc: Doc) -> Doc:
    """Make the name after a fronted clause the subject of the verb right after it, where the parser hung the name
    on the clause.

    In "Speaking to reporters in Quito, Foreign Minister X said ..." the model at times reads X as an apposition to
    "Quito", so "said" loses its subject; a person's name that a comma sets after a fronted clause and that stands
    right before a verb with no subject, or before its apposition there, is that verb's subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        name = doc[verb.i - 1]
        if name.text == "," and verb.i >= 2:  # "In an interview with X, Y, a former minister, said ..."
            apposed = next((t for t in (doc[verb.i - 2], *doc[verb.i - 2].ancestors) if t.dep_ == "appos"), None)
            name = apposed.head if apposed is not None and apposed.right_edge.i == verb.i - 2 else name
        start = name.left_edge.i
        if name.ent_type_ != "PERSON" or name.head == verb or name.head.i > name.i or start == 0:
            continue
        if name.is_ancestor(verb):
            continue  # "'...,' X, the envoy, posted": the verb hung on the name itself (the reporting repair's)
        if doc[start - 1].text == "," and name.dep_ in {"appos", "conj", "npadvmod", "dep"}:
            name.head, name.dep_ = verb, "nsubj"
    return doc


@Language.component("adverb_name_subjects")
def adverb_name_subjects(doc: Doc) -> Doc:
    """Make a proper name right before a finite verb that has no subject that verb's subject, where the parser read
    the name as an adverb of it.

    In "X acknowledged that ..." the model at times reads an unfamiliar surname as an adverb of "acknowledged",
    leaving the verb with no subject; a name that stands right before its own finite verb is what the verb tells
    of."""
    for verb in doc:
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        name = doc[verb.i - 1]
        named = name.pos_ == "PROPN" or name.ent_type_ != "" and name.is_title  # or an entity tagged an adverb
        if named and name.head == verb and name.dep_ in {"advmod", "npadvmod"}:
            name.pos_, name.tag_, name.dep_ = "PROPN", "NNP", "nsubj"
    return doc


@Language.component("relative_clause_appositions")
def relative_clause_appositions(doc: Doc) -> Doc:
    """Make a name set off by commas right before a verb an apposition to the verb's subject, where the parser hung
    it on a relative clause inside that subject.

    In "An opposition politician I spoke to, X, said ..." the model reads X as part of "I spoke to"; the person's
    name between the relative clause and the subject's verb names the subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i < 3 or doc[verb.i - 1].text != ",":
            continue
        name = doc[verb.i - 2]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        clause = name.head
        if subject is None or name.ent_type_ != "PERSON" or clause.dep_ != "relcl" or clause.head != subject:
            continue
        if doc[name.left_edge.i - 1].text == "," and name.dep_ in {"npadvmod", "dobj", "pobj", "dep", "appos"}:
            name.head, name.dep_ = subject, "appos"
    return doc


@Language.component("participle_appositions")
def participle_appositions(doc: Doc) -> Doc:
    """Make a name set off by commas after a noun and its participle an apposition to that noun, and the noun the
    subject of the verb after the name, where the parser made the noun the participle's subject.

    In "The EU official chairing the talks, X, told reporters ..." the model at times reads "official chairing" as
    a clause of its own with X hung on "chairing", leaving "told" with no subject; the noun before the participle is
    the one the name names and the one that told."""
    for name in doc:
        if name.ent_type_ != "PERSON" or name.dep_ not in {"npadvmod", "appos", "dep"}:
            continue  # (the cheap tests first: most words are no name)
        participle = name.head
        if participle.tag_ != "VBG":
            continue
        if name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != "," or name.i + 2 >= len(doc):
            continue
        verb = doc[name.i + 2] if doc[name.i + 1].text == "," else None
        noun = next((c for c in participle.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if verb is None or noun is None or verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        joined = verb.dep_ == "conj" and verb.head == participle.head  # "..., the EU official chairing them, X, told"
        if participle.head != verb and not joined or participle.dep_ not in {"advcl", "acl"}:
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        participle.head, participle.dep_ = noun, "acl"
        name.head, name.dep_ = noun, "appos"
    return doc


@Language.component("verbs_read_as_modifiers")
def verbs_read_as_modifiers(doc: Doc) -> Doc:
    """Make a past participle the parser read as a modifier of the sentence's last noun the sentence's verb.

    In "X's intelligence chief hosted delegations from A and B in Cairo" the model at times reads "hosted" as an
    adjective of "delegations", leaving a sentence with no verb; a past-tense form between two noun phrases of a
    verbless sentence, right after the first one's head, is the verb, the phrase before it its subject (or the
    subject the parser already gave it: "X voiced concern over ...") and the noun it was hung on its object."""
    for sentence in doc.sents:
        root = sentence.root
        if root.pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in sentence):
            continue
        verb = next((c for c in root.children if c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"}), None)
        if verb is None or verb.i == sentence.start:
            continue
        own = [c for c in verb.children if c.dep_ != "punct"]
        if [c.dep_ for c in own] == ["nsubj"] and own[0].i < verb.i and verb.tag_ == "VBD":
            subject = own[0]  # "Paz voiced concern over ...": the subject already on the verb
        elif own:
            continue
        else:
            subject = doc[verb.i - 1]
            named = subject.pos_ in {"NOUN", "PROPN"} and subject.dep_ in {"nmod", "compound"}
            if not named or subject.head != root:
                continue
            for word in [t for t in sentence if t.head == root and t.i < verb.i and t != subject]:
                word.head = subject  # "X's" and the words before the subject: its own
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        subject.head, subject.dep_ = verb, "nsubj"
        root.head, root.dep_ = verb, "dobj"
        for word in [t for t in sentence if t.head == root and t.dep_ == "punct" and t.i == sentence.end - 1]:
            word.head = verb
    return doc


POSTING_VERBS = {"post", "write", "tweet", "add", "say"}
"""Verbs of saying the tagger at times reads as a participle after a quote: "'...,' X, the minister, posted on X"."""


@Language.component("reporting_participles")
def reporting_participles(doc: Doc) -> Doc:
    """Make a verb of saying the parser read as a participle describing the name after a quote the sentence's verb,
    the name its subject and the quoted clause its complement.

    In "'The talks went well,' X, Peru's chief negotiator, posted online" the model at times hangs "posted" on
    X as a past participle and X on the quoted clause's verb; the verb after the name is the report."""
    for verb in doc:
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_ not in POSTING_VERBS:
            continue
        name, start = verb.head, verb.sent.start
        quoted = name.head
        if name.ent_type_ != "PERSON" or quoted.dep_ != "ROOT" or not quoted.i < name.i:
            continue
        if not any(t.is_quote for t in doc[start : name.left_edge.i]) or any(c.dep_ == "agent" for c in verb.children):
            continue
        marks = [t for t in quoted.children if t.dep_ == "punct"]  # the quote's marks, the comma, the stop
        marks += [t for t in name.children if t.dep_ == "punct" and t.is_quote]  # a closing mark hung on the name
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        quoted.head, quoted.dep_ = verb, "ccomp"
        name.head, name.dep_ = verb, "nsubj"
        for mark in marks:
            mark.head = verb  # they belong to the report, as they do after "said"
    return doc


@Language.component("fronted_phrase_subjects")
def fronted_phrase_subjects(doc: Doc) -> Doc:
    """Make the names after a fronted prepositional phrase the subject of the verb right after them, where the
    parser joined them to the phrase's last noun as more of its objects.

    In "With the help of Swiss diplomats, A and B opened talks" or "At the conference in X, A, B and C pledged ..."
    the model at times reads A as a conjunct of "diplomats" or of X, leaving the verb with no subject; a list of
    names a comma sets after a phrase that opens the verb's clause with a preposition, right before that verb,
    which has no subject, is the verb's subject."""
    for first in [*words_where(doc, "DEP", "conj"), *words_where(doc, "DEP", "appos")]:
        named = first.pos_ == "PROPN" and doc[first.i - 1].text == ","
        described = first.pos_ == "NOUN" and first.dep_ == "appos" and doc[first.left_edge.i - 1].text == ","
        on_an_object = first.head.dep_ == "pobj" or described and first.head.dep_ == "conj"
        if first.dep_ not in {"conj", "appos"} or not (named or described) or not on_an_object:
            continue  # ("At talks in X, attended by A and B, C's government and D agreed": the government)
        verb, passed = first.head, set[int]()
        while verb.dep_ in {"pobj", "prep", "agent", "punct", "conj", "csubj"} and verb.head != verb:
            passed.add(verb.i)  # (through "attended" the parser made the subject: an aside, not the subject)
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i != first.right_edge.i + 1:
            continue
        if any(c.dep_ in SUBJECTS and c.i not in passed for c in verb.children):
            continue
        opening = doc[verb.left_edge.i]
        if opening.dep_ == "prep" and opening.head == verb:
            first.head, first.dep_ = verb, "nsubj"
            for aside in (c for c in verb.children if c.dep_ == "csubj" and c.i in passed):
                aside.dep_ = "advcl"
    return doc


COURSE_VERBS = ("open", "close", "end", "begin", "start", "resume", "conclude", "convene")
PRESENT_VERBS = {f"{verb}s": verb for verb in COURSE_VERBS}
"""Verbs of a meeting's course whose present form the tagger at times reads as a plural noun: "The first round
closes in X" (a timeline's or a headline's present)."""


@Language.component("present_verbs_read_as_nouns")
def present_verbs_read_as_nouns(doc: Doc) -> Doc:
    """Make a present-tense verb of a meeting's course the verb of its sentence where the parser read it as a noun.

    In "The first round closes in Caracas" the model at times tags "closes" a plural noun heading the sentence and
    makes "round" its modifier; a meeting noun right before such a word, the sentence having no verb, is its
    subject, and the words before it are the subject's."""
    nouns = lexicon().meeting_nouns
    for root in (t for form in PRESENT_VERBS for t in words_where(doc, "LOWER", form)):
        sentence = root.sent
        if root.tag_ != "NNS" or root.dep_ != "ROOT" or root.i == sentence.start:
            continue
        subject = doc[root.i - 1]
        if subject.head != root or subject.dep_ != "compound" or subject.lower_ not in nouns:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in sentence):
            continue
        for word in [t for t in sentence if t.head == root and t.i < subject.i]:
            word.head = subject  # "The first": the subject's own
        root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", PRESENT_VERBS[root.lower_]
        subject.dep_ = "nsubj"
    for root in (t for form in COURSE_VERBS for t in words_where(doc, "LOWER", form)):
        _plural_subject_s_present(root, nouns)
    return doc


def _plural_subject_s_present(root: Token, nouns: frozenset[str] | set[str]) -> None:
    """ "A and B resume talks in X", "resume" read as a noun heading the sentence with the sides its modifiers and
    the talks its object: the verb of its sentence, the sides its subject."""
    if root.tag_ not in {"NN", "NNS"}:
        return
    talks = root.head  # ("resume" read as the modifier of "talks", the sentence's head)
    read_as_modifier = root.dep_ == "compound" and talks.dep_ == "ROOT" and talks.lower_ in nouns
    heading = root.dep_ == "ROOT" and any(c.dep_ == "dobj" and c.lower_ in nouns for c in root.children)
    names = [c for c in root.lefts if c.dep_ in {"nmod", "compound", "nsubj"} and c.pos_ == "PROPN"]
    if not (read_as_modifier or heading) or not names or names[-1].right_edge.i != root.i - 1:
        return  # (the sides right before the verb)
    if any(t.pos_ in {"VERB", "AUX"} for t in root.sent):
        return  # a sentence with a verb of its own
    if read_as_modifier:
        for word in [t for t in talks.lefts if t.i < root.i]:
            word.head = root  # the sides and what opens the sentence are the verb's
        root.head, root.dep_ = root, "ROOT"
        talks.head, talks.dep_ = root, "dobj"
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBP", root.lower_
    names[-1].dep_ = "nsubj"
