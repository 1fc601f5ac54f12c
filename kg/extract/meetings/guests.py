"""Guests received: "X received Y", "the president welcomed her Peruvian counterpart", and the sides a guest's
title names ("received the Minister of Foreign Affairs of Peru")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.meeting_words import a_side_s_title, is_side, of_phrases, titled_name
from kg.extract.meetings.verb_chains import counted
from kg.extract.meetings.words import GUEST_PRONOUNS, PARTICIPANT_NOUNS, RECEIVE_VERBS
from kg.extract.role_phrases import apposed_title
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon


def both_sides(noun: Token) -> bool:
    """Whether a noun phrase stands for the two sides of talks: "the two sides", "envoys of A and B"."""
    pair = noun.lower_ in {"sides", "parties"} or noun.lower_ in PARTICIPANT_NOUNS and noun.tag_ == "NNS"
    if pair and any(c.lower_ in {"two", "both"} for c in children_of(noun)):
        return True  # "the two sides", "the two delegations"
    named = [t for t in subtree_of(noun) if t.ent_type_ in {"ORG", "GPE", "NORP"} or is_side(t)]
    joined = any(
        t.dep_ == "conj" and t.lower_ == "of" and t.head.lower_ == "of" for t in subtree_of(noun)
    )  # "of A and of B"
    titled = noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon().title_words  # "the A and B foreign ministers"
    return (noun.lower_ in PARTICIPANT_NOUNS or titled) and (joined or any(t.dep_ == "conj" for t in named))


def receives_a_guest(token: Token) -> bool:
    """ "the president received him in the Kremlin", "Lee received Kim at the palace": a person or a delegation
    received, not "received a proposal"; passive, a guest "received by" a person."""
    pronouns = GUEST_PRONOUNS if token.lemma_ == "receive" else set()  # not "welcomed them": the talks, at times
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(token)):
        # "the Eritrean delegation was received by Prime Minister X": a guest received by a person
        hosts = [o for c in children_of(token) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
        guests = [c for c in children_of(token) if c.dep_ == "nsubjpass"]
        named = any(_a_person(h, set()) or h.pos_ == "PROPN" for h in hosts)  # "received by Abiy"
        return named and any(_a_person(g, {"they", "he", "she"}) for g in guests)
    if token.lemma_ == "welcome" and any(both_sides(c) for c in children_of(token) if c.dep_ == "dobj"):
        return False  # "welcomed the two delegations to X": a host's greeting (brings_together, for talks)
    return any(_a_person(c, pronouns) for c in guests_of(token))


def guest_met(verb: Token) -> bool | None:
    """Whether a verb of receiving, seeing or calling on someone is a meeting (None for other verbs)."""
    if verb.lemma_ in RECEIVE_VERBS:
        return receives_a_guest(verb)
    if verb.lemma_ == "see":
        return sees_a_person(verb)
    return calls_on_a_person(verb) if verb.lemma_ == "call" else None


def calls_on_a_person(verb: Token) -> bool:
    """ "X also called on Prime Minister Y at his official residence": a courtesy call, not "called on Y to end
    the war" (an appeal)."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc) or verb.nbor(1).lower_ != "on":
        return False
    if any(c.dep_ in {"xcomp", "advcl", "ccomp"} and c.i > verb.i for c in children_of(verb)):
        return False
    on = verb.nbor(1)
    called = [c for c in (*children_of(verb), *children_of(on)) if c.dep_ in {"dobj", "pobj"}]
    return any(map(_named_or_titled, called))


def sees_a_person(verb: Token) -> bool:
    """ "Merkel, who flew in after seeing President Obama at the White House", "Blinken will see Netanyahu on
    Wednesday": a named or titled person seen is a meeting with them; not "sees Putin as a threat", "has not seen
    him since", "wants to see Kim come to the table" (whose object is a clause's subject)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.lower_ == "as" for c in children_of(verb)):
        return False
    return any(map(_named_or_titled, guests_of(verb)))


def _named_or_titled(word: Token) -> bool:
    """Whether a word names one person: a name, a titled name, a side's title ("Peru's foreign minister")."""
    return word.ent_type_ == "PERSON" or titled_name(word) or a_side_s_title(word)


def _a_person(word: Token, pronouns: set[str]) -> bool:
    """Whether a word names a person or a team: a name, a title, a delegation, "her counterpart", a pronoun."""
    return (
        word.ent_type_ == "PERSON"
        or word.lower_ in pronouns
        or word.lower_ in PARTICIPANT_NOUNS
        or titled_name(word)
        or word.lemma_ == "counterpart"  # "received her Peruvian counterpart"
        or a_side_s_title(word)
    )


def guests_of(verb: Token) -> list[Token]:
    """The objects of a verb of receiving, with one the parser hung on a day or place set before it: "received on
    Wednesday the Minister of X" (read as "Wednesday, the Minister")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not objects:
        placed = (o for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj")
        objects = [
            a for o in placed if o.ent_type_ in {"DATE", "FAC", "GPE"} for a in children_of(o) if a.dep_ == "appos"
        ]
    return objects


def in_a_guest_s_title(word: Token, verb: Token) -> bool:
    """Whether a side's name stands in the title of a guest received: "received the Minister of Foreign Affairs of
    Peru" (Peru is a side of the visit)."""
    titles = lexicon().title_words
    return (
        verb.lemma_ in RECEIVE_VERBS
        and verb.pos_ == "VERB"
        and any(word in of_phrases(guest) for guest in guests_of(verb) if guest.lemma_.lower() in titles)
    )


def a_titled_host(word: Token, verb: Token) -> bool:
    """Whether a name set after the host's title receives the guest: "The Minister of Foreign Affairs, X, received
    the Minister of Y"."""
    title = apposed_title(word)
    return verb.lemma_ in RECEIVE_VERBS and title is not None and title.dep_ == "nsubj" and title.head == verb


def also_a_guest(token: Token, trigger: Token) -> bool:
    """Whether a subject "also attended" or "also joined" the meeting: guests beside its sides ("Representatives
    of the UN also attended the meeting")."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_ in {"attend", "join"}
        and counted(trigger).head == verb
        and any(c.lower_ == "also" for c in children_of(verb))
    )
