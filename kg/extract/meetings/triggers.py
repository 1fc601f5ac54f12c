"""Meeting words: which nouns and verbs of a sentence speak of a meeting, and its round and length."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.extract.agreement_words import names_a_document
from kg.extract.base import SUBJECT_DEPS, clause_verb, has_subject, once_per_doc, sentence_of
from kg.extract.meetings.abstention import denies_a_part
from kg.extract.meetings.elided import LATEST_WORDS, elided_round
from kg.extract.meetings.guests import both_sides, guest_met
from kg.extract.meetings.joining import also_attends, delegation_led
from kg.extract.meetings.meet_verb import a_joint_body, meets_someone
from kg.extract.meetings.meeting_words import (
    CONTACT_NOUNS,
    DISCUSSION_NOUNS,
    HELD_NOUN_TESTS,
    MEAL_NOUNS,
    able_to_host,
    an_audience_addressed,
    back_at_the_table,
    held_by_others,
    held_remotely,
    is_side,
    of_one_side_s_body,
    placed_in,
    talked_together,
    things_gathered,
    to_the_table,
)
from kg.extract.meetings.other_senses import (
    a_condition,
    a_means,
    a_thing_wanted,
    cycle_of_talks,
    reason_to_leave,
    series_summed_up,
)
from kg.extract.meetings.pronoun_talks import talks_by_pronoun
from kg.extract.meetings.rounds import ROUND_NOUNS, round_of_talks
from kg.extract.meetings.shared_acts import puts_names_to, spent_together
from kg.extract.meetings.trigger_filters import hosting_the_meeting, in_a_title, placed_apart
from kg.extract.meetings.words import (
    AGREEMENT_NOUNS,
    CONCLUDING_VERBS,
    HANDED_TEXTS,
    HANDING_VERBS,
    LAUNCH_VERBS,
    MEETING_VERBS,
    PARTICIPANT_NOUNS,
    PROCESS_NOUNS,
    SIGNING_VERBS,
)
from kg.extract.people import plural_title
from kg.extract.tree import children_of, subtree_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import lexicon, load
from kg.model import ORDINALS

ELIDED_COUNTS = {"several", "others", "another", "two", "three", "four", "five", "some", "more"}
"""Words that count meetings whose noun the sentence said before: "five rounds in Baghdad, and several in Muscat"."""


def _elided_count(token: Token) -> bool:
    """ "held five rounds of talks in Baghdad, and several in Muscat": a count standing for more of the rounds its
    sentence named, placed in a city of their own."""
    if token.lower_ not in ELIDED_COUNTS or token.dep_ != "conj" or token.pos_ not in {"ADJ", "NUM", "NOUN", "PRON"}:
        return False
    placed = placed_in(token, {"in", "at"})
    counted = any(
        t.i < token.i and t.lemma_ in ROUND_NOUNS | {"talk"} and t.tag_ == "NNS" and is_trigger(t)
        for t in sentence_of(token)
    )
    return placed and counted


_OTHER_NOMINAL_TRIGGERS = (
    frozenset(ORDINALS)
    | ELIDED_COUNTS
    | MEAL_NOUNS
    | CONTACT_NOUNS
    | DISCUSSION_NOUNS
    | LATEST_WORDS
    | {"signing", "one", "recent"}
)
"""Words other than meeting nouns that stand for a meeting when not a verb: an elided round or count ("the
second", "the second one"), a signing, a meal shared with a side, a contact that took place."""


@cache
def _first_test() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The parts of speech, the words and the lemmas that may be a meeting word: what ``is_trigger`` tests first
    (and ``triggers_of`` reads for a whole document at once)."""
    return (
        frozenset({"VERB", "AUX"}),
        frozenset(lexicon().meeting_nouns | _OTHER_NOMINAL_TRIGGERS),
        frozenset({"cycle"}),
    )


def _another_sense(noun: Token) -> bool:
    """Whether a meeting noun tells of no meeting of the sides: a means ("through dialogue"), a thing wanted ("needs
    dialogue"), a reason to leave
    ("left Cairo for consultations"), an audience addressed, a series summed up, a meeting others held
    ("Protesters held a meeting"), things gathered ("intelligence gathering"), one side's own body's ("a cabinet
    meeting"), one a condition asks for ("unless X resumes negotiations")."""
    return (
        a_means(noun)
        or a_thing_wanted(noun)
        or reason_to_leave(noun)
        or an_audience_addressed(noun)
        or series_summed_up(noun)
        or held_by_others(noun)
        or things_gathered(noun)
        or of_one_side_s_body(noun)
        or a_condition(noun)
    )


ROOM_NOUNS = {"room", "hall", "centre", "center", "table", "venue", "facility", "organiser", "organizer"}
"""Nouns a meeting word may qualify without telling of a meeting: "conference rooms", "a summit venue"."""


def is_trigger(token: Token) -> bool:
    """Whether a word tells of a meeting (a meeting noun, a verb of meeting, hosting, signing ...), read once per
    word of a document."""
    return once_per_doc(token.doc, "kg_triggers", token.i, lambda: _is_trigger(token))


def _is_trigger(token: Token) -> bool:
    word = token.lower_
    pos, words, lemmas = _first_test()
    if token.pos_ not in pos and word not in words and token.lemma_ not in lemmas:
        return False  # the test of the many words that cannot be one, before the branches below
    if elided_round(token) or _elided_count(token):
        return True
    if (held := HELD_NOUN_TESTS.get(word)) is not None:
        return held(token)
    nouns = lexicon().meeting_nouns
    remote = lexicon().remote_meeting_words
    # "The Quito talks ... were facilitated by X", "chaired a plenary": a meeting noun the tagger took for a verb
    # or an adjective, in a noun's place
    as_noun = (token.pos_ == "VERB" and token.lower_ == "talks" or token.pos_ == "ADJ") and token.dep_ in {
        "nsubj",
        "nsubjpass",
        "pobj",
        "dobj",
    }
    if (token.pos_ in {"NOUN", "PROPN"} or as_noun) and token.lower_ in nouns:
        if any(t.lower_ in remote for t in token.doc[max(token.i - 3, 0) : token.i]):
            return False
        if token.i > 0 and token.doc[token.i - 1].lower_ in lexicon().press_event_words:
            return False  # "a news conference", "a press briefing": reporters, not the sides, are met
        if token.dep_ == "compound" and token.head.lemma_ in ROOM_NOUNS:
            return False  # "hotel conference rooms", "a summit hall": a place such meetings are held in
        if _another_sense(token):
            return False  # "to manage differences through dialogue", "left Cairo for consultations": not here
        return token.lemma_ != "round" or round_of_talks(token, nouns | CONTACT_NOUNS)
    if token.lemma_ == "cycle" and token.pos_ == "NOUN":
        return cycle_of_talks(token)
    if token.pos_ != "VERB":
        return token.lower_ == "signing" and token.pos_ == "NOUN" or token.pos_ == "AUX" and also_attends(token)
    if token.dep_ in {"amod", "compound"} and token.tag_ == "VBG" and token.head.pos_ == "NOUN":
        return False  # "its negotiating team", "the negotiating table": a team or a table, not a meeting
    if _concludes_a_deal(token) or puts_names_to(token) or _agrees_somewhere(token):
        return True
    if token.lemma_ == "meet" and not meets_someone(token):
        return False  # "their requirements were met"
    if token.lemma_ == "host" and able_to_host(token):
        return False  # "Qatar and Turkey can host, but ...": what a state can do, no meeting
    if (met := guest_met(token)) is not None:
        return met or brings_together(token)  # "X received Y", "X will see Y", "X called on Y"; "X welcomed the A
        # and B ministers to Z", no guest of its own but both sides
    if token.lemma_ in HANDING_VERBS:
        return hands_over(token)
    if token.lemma_ in LAUNCH_VERBS:
        return launches_talks(token)
    if brings_together(token) or gathers(token) or talks_by_pronoun(token) or plays_host(token):
        return True
    if back_at_the_table(token) or spent_together(token) or delegation_led(token) or _convenes_a_joint_body(token):
        return True  # ("X's delegation was led by"; "agreed to convene the joint commission in Santiago")
    if token.lemma_ in {"invite", "visit"}:  # "will invite the two leaders to Brussels", "will visit Pyongyang"
        return invites_to_a_city(token) if token.lemma_ == "invite" else visits_a_place(token)
    if token.lemma_ in MEETING_VERBS | {"sit"} and any(c.dep_ == "neg" for c in children_of(token)):
        return False  # "he would not sit down with X", "the two have not met": no meeting
    if token.lemma_ == "sit":
        # "sat down for talks", "have sat across from each other", "sat face to face"; "sat in separate rooms"
        return any(c.lower_ in {"down", "across", "opposite"} or c.lower_ == "face" for c in children_of(token)) or any(
            _apart_rooms(o) for p in children_of(token) if p.dep_ == "prep" and p.lower_ == "in" for o in children_of(p)
        )
    if token.lemma_ in {"talk", "shake", "speak"}:
        return talked_together(token)  # "the two leaders talked for an hour", "X shook hands with Y", "A and B spoke
        # on the sidelines of the summit"
    return token.lemma_ in MEETING_VERBS | SIGNING_VERBS or also_attends(token)


def _apart_rooms(place: Token) -> bool:
    """Rooms the sides of indirect talks sit in: "negotiators sat in separate rooms", "in adjoining rooms"."""
    return place.lemma_ == "room" and any(
        c.lower_ in {"separate", "adjoining", "different"} for c in children_of(place)
    )


def _convenes_a_joint_body(verb: Token) -> bool:
    """Whether a verb convenes a body both sides sit on (:func:`meet_verb.a_joint_body`): "convene the joint
    commission", "reconvene the bilateral committee" (not "convened the National Security Council", one side's own)."""
    if verb.lemma_ not in {"convene", "reconvene"}:
        return False
    return any(o.dep_ == "dobj" and a_joint_body(o) for o in children_of(verb))


def visits_a_place(token: Token) -> bool:
    """ "Moon will visit Pyongyang in the autumn": a visit to a city or country is a meeting with its host."""
    if token.pos_ != "VERB":
        return False
    subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
    if not any(is_side(t) or t.lower_ in lexicon().title_words for s in subjects for t in subtree_of(s)):
        return False  # not "tourists visited Lima"
    return any(
        c.dep_ == "dobj" and (c.ent_type_ == "GPE" or load().city(c.text) is not None) for c in children_of(token)
    )


def plays_host(token: Token) -> bool:
    """ "Brazil played host to A and B negotiators": a meeting its subject hosts."""
    return token.lemma_ == "play" and any(c.dep_ == "dobj" and c.lemma_ == "host" for c in children_of(token))


def brings_together(token: Token) -> bool:
    """ "IGAD mediators brought the two sides together in Addis Ababa", "the envoy will convene (gather) the chief
    negotiators of both sides in Brussels": a meeting its subject brokers."""
    if token.lemma_ in {"convene", "gather", "assemble"} and token.pos_ == "VERB":
        # "the envoy will convene the chief negotiators", "Guterres will gather the leaders of the two communities"
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        # ("convened the Sudanese army and the Rapid Support Forces in Jeddah": two sides named)
        # (not "convened the National Security Council": one body, which meets alone)
        return any(o.lower_ in PARTICIPANT_NOUNS or any(map(is_side, o.conjuncts)) for o in objects)
    if token.lemma_ in {"welcome", "receive"} and token.pos_ == "VERB":
        # "X welcomed the delegations of A and of B to its headquarters for talks": the host of both sides' talks
        purpose = [o for p in children_of(token) if p.lower_ == "for" for o in children_of(p) if o.dep_ == "pobj"]
        talks = any(o.lemma_ in lexicon().meeting_nouns or o.lemma_ == "round" for o in purpose)
        talks = talks or placed_in(token, {"to"})  # "welcomed the A and B foreign ministers to Brasilia"
        apart = any(denies_a_part(c) for c in children_of(token) if c.dep_ == "conj")  # "... but took no part"
        return talks and not apart and any(both_sides(o) for o in children_of(token) if o.dep_ == "dobj")
    if token.lemma_ != "bring":
        return False
    objects = [c for c in children_of(token) if c.dep_ in {"dobj", "nsubjpass"}]  # "A and B were brought together"
    if not objects:
        return False
    near = {token.i} | {c.i for c in children_of(token)}  # "together" on the verb or on one of its words
    if any(t.lower_ == "together" and t.head.i in near for t in subtree_of(token)):
        return True
    if to_the_table(token):
        return True  # "brought A and B to the table", "brought the rivals back to the table" ("to" on "back")
    # "brought envoys of the army and the RSF to Jeddah", "to bring the two sides to Cairo": both sides, to a place
    return placed_in(token, {"to"}) and any(both_sides(o) for o in objects)


def launches_talks(token: Token) -> bool:
    """ "the process was launched in Oslo in October 2012", "since it was formally launched in Oslo": the opening
    session of talks, where a city places it."""
    subjects = [c for c in children_of(token) if c.dep_ in {"nsubjpass", "dobj"}]
    about_talks = any(
        s.lower_ in PROCESS_NOUNS
        or s.lower_ == "table"
        and any(c.lower_ in {"negotiating", "dialogue", "peace"} for c in children_of(s))  # "a negotiating table"
        or s.lower_ == "it"
        and any(t.lower_ in PROCESS_NOUNS for t in sentence_of(token) if t.i < s.i)
        for s in subjects
    )
    at_a_site = any(  # "launched at a hotel outside Oslo"
        c.dep_ == "prep" and c.lower_ == "at" and any(placed_in(o, {"in", "outside", "near"}) for o in children_of(c))
        for c in children_of(token)
    )
    return about_talks and (placed_in(token, {"in"}) or at_a_site)


def invites_to_a_city(token: Token) -> bool:
    """ "will invite the two leaders to Brussels", "has invited the presidents of A and B to Quito": a meeting to come
    in the city its guests are invited to."""
    guests = any(c.dep_ == "dobj" for c in children_of(token))
    if any(t.lower_ in lexicon().meeting_nouns for t in subtree_of(token)):
        return False  # "invited them to Moscow for talks": the talks are the meeting word
    return guests and any(
        c.dep_ in {"prep", "dative"} and c.lower_ == "to" and any(load().city(o.text) for o in children_of(c))
        for c in children_of(token)
    )


def hands_over(token: Token) -> bool:
    """ "presented the plan to X", "handed the new proposal to the delegation": a text put before a side."""
    if not any(c.dep_ == "dobj" and c.lemma_ in HANDED_TEXTS for c in children_of(token)):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(is_side(g) for g in children_of(c) if g.dep_ == "pobj")
        for c in children_of(token)
    )


GATHERING_VERBS = {"gather", "convene", "assemble", "reconvene"}
"""Verbs of sides coming together, without an object: "the negotiating teams convened in Lima"."""


def gathers(token: Token) -> bool:
    """ "Delegations of A and B gathered in Lima": sides (or their teams) meeting, not "X convened the talks"."""
    if token.lemma_ not in GATHERING_VERBS or any(c.dep_ == "dobj" for c in children_of(token)):
        return False
    # "officials", "national security advisers", "Iran": teams or sides
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in PARTICIPANT_NOUNS or plural_title(c) or is_side(c))
        for c in (*children_of(token), *raised_subjects(token))
    )


def raised_subjects(verb: Token) -> list[Token]:
    """The subject of the verb a verb completes, where it has none of its own: "the committee is due (expected,
    scheduled) to convene in X"."""
    if verb.dep_ == "acomp" and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
        return [
            c for c in children_of(verb.head) if c.dep_ == "nsubj"
        ]  # "Ecuador is mediating" parsed with "is" heading
    if verb.dep_ not in {"xcomp", "ccomp"} or any(c.dep_ == "nsubj" for c in children_of(verb)):
        return []
    above = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return [c for c in children_of(above) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]


def is_weak(trigger: Token) -> bool:
    """Signings, agreements and shared meals count as meetings only where the text says where they took place."""
    return (
        trigger.lemma_ in SIGNING_VERBS | CONCLUDING_VERBS
        or trigger.lower_ in MEAL_NOUNS | {"signing"}
        or puts_names_to(trigger)
    )


def _concludes_a_deal(token: Token) -> bool:
    """A verb of reaching a deal with the deal as its object or as the noun it describes."""
    if token.pos_ != "VERB" or token.lemma_ not in CONCLUDING_VERBS:
        return False
    if _denied(token):
        return False  # "failed to reach agreement", "did not reach a deal": no deal was made
    if token.dep_ == "acl":  # "the accord struck in X", "the road map agreed in Y in June"
        return names_a_document(token.head)
    if token.dep_ == "relcl" and token.head.lower_ in AGREEMENT_NOUNS:  # "the deal (that) A and B reached in X"
        return not any(c.dep_ == "dobj" and c.lower_ not in {"that", "which"} for c in children_of(token))
    acts_on = any(c.dep_ == "dobj" for c in children_of(token))  # "the deal can seal lasting peace": the deal acts
    return any(
        (c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "nsubj" and not acts_on)
        and _names_a_deal(c)
        and not _agrees_to_meet(c)
        for c in children_of(token)
    )


def _denied(verb: Token) -> bool:
    """Whether a verb is negated or under a verb of failing: "did not reach", "failed to reach"."""
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ in {"fail", "refuse", "decline"}
        or any(c.dep_ == "neg" for c in children_of(head) if verb.dep_ == "xcomp")
    )


def _names_a_deal(noun: Token) -> bool:
    """A deal or a part of one: "an agreement", "the outline of the deal", "the terms of a truce"."""
    if noun.lower_ in AGREEMENT_NOUNS:
        return True
    return any(o.lower_ in AGREEMENT_NOUNS for p in children_of(noun) if p.lower_ == "of" for o in children_of(p))


def _agrees_somewhere(token: Token) -> bool:
    """ "Ukrainian and U.S. officials agreed in Jeddah on a proposal": agreeing in a city is meeting there."""
    if token.lemma_ not in {"agree", "endorse"}:
        return False
    own = has_subject(token)
    subject = token.head if token.dep_ == "conj" and not own else token  # "they accepted a plan and agreed ..."
    if not any(c.dep_ == "nsubj" for c in children_of(subject)):
        return False
    if token.lemma_ == "endorse" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(token)):
        return False  # "wording X endorsed with South Korea at Panmunjom": endorsed together, in person
    partners = [o for p in children_of(token) if p.dep_ == "prep" and p.lower_ == "with" for o in children_of(p)]
    partners += [
        o
        for p in children_of(token)
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in children_of(p)
        if _names_a_deal(o)
    ]
    # the place on the verb, the side agreed with ("with Peru in Lima") or the deal ("on a deal in Brussels")
    return any(placed_in(holder, {"in", "at"}) for holder in (token, *partners))


def _agrees_to_meet(deal: Token) -> bool:
    """ "reached an agreement to hold a meeting": a meeting agreed on, not a deal concluded at one."""
    return any(
        c.dep_ == "acl" and any(o.dep_ == "dobj" and o.lower_ in lexicon().meeting_nouns for o in children_of(c))
        for c in children_of(deal)
    )


def _participle_of_another(word: Token, indices: set[int]) -> bool:
    """ "a meeting hosted by X", "a meeting in Geneva on March 17-18, hosted by X" (hung on the date or place): the
    participle of a meeting another word of the sentence names, no meeting of its own."""
    if word.dep_ != "acl" or word.tag_ != "VBN" or len(indices) < 2:
        return False
    if word.head.i in indices or word.head.ent_type_ in {"DATE", "GPE", "LOC", "FAC"}:
        return True
    return word.head.dep_ == "pobj" and word.head.head.lower_ == "of" and word.head.head.head.i in indices
    # ("a summit of Sudan's neighbours hosted by Egypt": the summit's participle)


def triggers_of(sentence: Span) -> list[Token]:
    """Meeting words of a sentence, one per meeting ("the second round of talks" is one)."""
    pos, words, lemmas = _first_test()
    candidates = words_with(sentence.doc, pos=pos, lower=words, lemma=lemmas)
    found = [t for t in chosen_in(sentence, candidates) if is_trigger(t)]
    indices = {t.i for t in found}
    return [
        t
        for t in found
        if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i in indices)
        and not (t.dep_ == "compound" and t.head.i in indices)
        and not _participle_of_another(t, indices)
        and not (t.dep_ == "conj" and t.head.i in indices and t.head.pos_ != "VERB" and not placed_apart(t))
        and not _said_to_be(t, indices)
        and not hosting_the_meeting(t, indices)
        and not _set_off_after(t, indices)
        and not in_a_title(t)
        and not held_remotely(t)
    ]  # "received him on April 25, and on April 11 the two held talks" (parsed as one list) is two meetings


def _set_off_after(noun: Token, indices: set[int]) -> bool:
    """Whether a meeting noun is set off after another meeting word of its sentence and hung on a noun that is no
    meeting: "... will meet in Quito, the minister said, the first such session this year" (the same meeting,
    which the parser made an apposition to "minister")."""
    return (
        noun.dep_ == "appos"
        and noun.lower_ not in ORDINALS  # "the first cycle ...; the second in Quito": a round of its own
        and noun.head.lower_ not in lexicon().meeting_nouns
        and noun.head.ent_type_ not in {"GPE", "FAC", "LOC"}
        and any(i < noun.i for i in indices)
    )


def _said_to_be(noun: Token, indices: set[int]) -> bool:
    """Whether a meeting noun only says what another is: "The talks were the first formal negotiations since
    the war"."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in indices for c in children_of(verb))
    )


def habitual(trigger: Token) -> bool:
    """Whether a meeting word tells of meetings over years rather than of one: "the group met for years without
    result", "have met for decades", "talks were mediated at various times by A, B and C", "months of talks"."""
    verb = clause_verb(trigger)
    span = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    if span.lower_ in SPANS_OF_MONTHS and span.dep_ == "pobj" and span.head.lower_ == "in":
        return True  # "involved in months of negotiations": a process (not "wrapped up four years of talks")
    if trigger.pos_ not in {"VERB", "AUX"} and not (trigger.head == verb and trigger.dep_ in SUBJECT_DEPS):
        return False
    spans = (o for p in children_of(trigger) if p.lower_ == "for" for o in children_of(p) if o.dep_ == "pobj")
    return any(o.lower_ in {"years", "decades"} for o in spans) or over_time(verb)


SPANS_OF_MONTHS = frozenset({"months", "years", "decades"})
"""Spans of time that make the talks they are "of" a process: "months of negotiations", "years of talks"."""


def over_time(verb: Token) -> bool:
    """Whether a verb tells of what was done now and then over a span of time: "at various times", "at different
    times", "over the years", "over the decades"."""
    for preposition in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"at", "over"}):
        for time in (o for o in children_of(preposition) if o.dep_ == "pobj"):
            varied = time.lower_ == "times" and any(c.lower_ in {"various", "different"} for c in children_of(time))
            if varied or preposition.lower_ == "over" and time.lower_ in {"years", "decades"}:
                return True
    return False
