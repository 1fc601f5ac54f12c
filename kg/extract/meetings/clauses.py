"""A meeting mention and the grammar around its trigger: the clause it stands in, what attaches to it."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Span, Token

from kg.extract.agreement_words import DOCUMENT_NOUNS
from kg.extract.base import SUBJECT_DEPS, first_conjunct, has_subject, once_per_doc, tokens_of
from kg.extract.dates import DateRange
from kg.extract.meetings.schedules import (
    HUNG_PARTICIPLES,
    apposed_schedule,
    bounding_participles,
    participles_after,
    scheduled_after,
    scheduled_by_a_relative,
    verb_of_a_verbless_head,
)
from kg.extract.meetings.singled_out import cleft_focus, singled_out
from kg.extract.meetings.talks_before import act_after_talks
from kg.extract.meetings.time_clauses import a_later_phrase, hung_beside, set_beside_a_date
from kg.extract.meetings.words import (
    AGREEMENT_NOUNS,
    CLOSING_VERBS,
    DURATION_WORDS,
    MOVE_VERBS,
    OPENING_VERBS,
    PARTICIPANT_NOUNS,
    PLACE_NOUNS,
    SAME_PLACE_NOUNS,
    SCHEDULING_VERBS,
    SENDING_VERBS,
    SIGNING_VERBS,
    TIME_PREPOSITIONS,
    TRANSPARENT_NOUNS,
    VENUE_WORDS,
)
from kg.extract.tree import ancestors_of, children_of, is_ancestor, subtree_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon
from kg.model import ORDINALS, Status

Bound = Literal["opens", "closes"]
"""Which end of a meeting a mention's date gives."""


@dataclass
class Mention:
    """One sentence's worth of information about a meeting."""

    sentence: Span
    trigger: Token
    city: str | None = None
    status: Status = "held"
    country: str | None = None
    venue: str | None = None
    dates: DateRange | None = None
    round: int | None = None
    parties: list[str] = field(default_factory=list)
    written_on: tuple[str, ...] = ()
    """The sides written on the meeting word itself ("the US-Japan-Philippines dialogue"): sides, whoever hosts."""
    mediators: list[str] = field(default_factory=list)
    multi: int = 0
    counted: int = 0  # the sides a number counts ("the three countries"): the story's sides fill them
    days: int | None = None
    window: DateRange | None = None
    same_place: bool = False
    apart: bool = False
    """ "a separate meeting", "another session": a meeting other than those named before."""
    weekday: int | None = None
    """The weekday its date names when the article's date is unknown and the day cannot be resolved."""
    month_day: tuple[int, int] | None = None
    """The month and day its date names when the article's year is unknown ("on Sept. 5 last year")."""
    month: tuple[int, int] | None = None
    """(year, month) its date names when it names no day ("talks in October 2019")."""
    year: int | None = None
    """The year its date names when it names nothing more ("the summit in Bali in 2022")."""
    unnamed_brokers: bool = False
    """ "the three mediators met Israeli negotiators": brokers taking part, named elsewhere in the story."""
    in_country: bool = False
    """Its own clause puts it in a country it names ("talks held in Malta"): a place, if not a city."""
    of_the_story: bool = False
    """Placed where the story's main meeting is, its own text giving no place: a meeting of the story's days."""
    hosts: frozenset[str] = frozenset()
    """Its mediators only ever said to host ("X hosted the leaders of A and B"), never to broker or mediate."""
    bound: Bound | None = None
    """ "opens" when its date is the day the meeting began ("talks that began on Nov. 1"), "closes" when it is
    the day it ended ("wrapped up on Thursday")."""
    agreed: bool = False
    """A meeting of two named sides agreed on, with no place or day yet ("have agreed to hold a meeting of the
    presidents of A and B in the coming days")."""


@dataclass
class Cluster:
    mentions: list[Mention]

    def first(self, attribute: str) -> object:
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value not in (None, [], 0):
                return value
        return None


def reduced_relative(verb: Token, trigger: Token) -> bool:
    """Whether a participle the parser made the verb of a clause with the meeting word as subject only describes
    it: "after talks in Malaysia aimed at ending the fighting" (no auxiliary, under "after" or "before")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and trigger.head == verb
        and trigger.dep_ == "nsubj"
        and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
        and any(c.dep_ == "mark" and c.lower_ in {"after", "before", "following"} for c in children_of(verb))
    )


def _after_under_an_aim(verb: Token, trigger: Token) -> bool:
    """Whether a meeting word stands "after" an infinitive that modifies a noun, where the parser hung the
    meeting on the aim rather than on the agreement ("agreed to a plan to end the war after talks in X")."""
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and trigger.head.lower_ in {"after", "following"}
        and trigger.head.head == verb
    )


WHOLE_PROCESSES = {"process", "effort", "initiative", "diplomacy"}
"""Nouns for the whole of which a meeting is a part: "the 61st round of a process that began in 2002"."""


def _on_the_topic(word: Token, trigger: Token) -> bool:
    """Whether a word ends the topic of a meeting noun: "cooperation" of "a meeting on maritime cooperation"."""
    return word.dep_ == "pobj" and word.head.lower_ in {"on", "about", "over"} and word.head.head == trigger


def set_off_after_the_sides(participle: Token, trigger: Token) -> bool:
    """ "rounds of talks between the foreign ministers, held in Ankara in July", "Talks between A and B, brokered by
    X": a participle set off by a comma after the "between" (or "with") phrase of the meeting, which the parser
    hung on that phrase's last noun; it tells of the meeting."""
    sides = (a for a in ancestors_of(participle.head) if a.lower_ in {"between", "among", "with"})
    return participle.i > 0 and participle.nbor(-1).text == "," and any(is_ancestor(trigger, a) for a in sides)


def anchors_of(trigger: Token) -> set[int]:
    """The trigger and its ancestors up to its clause verb: where its place and date may attach (read once per
    word of a document)."""
    return set(once_per_doc(trigger.doc, "kg_anchors", trigger.i, lambda: frozenset(_anchors_of(trigger))))


def _up_to_the_clause(trigger: Token, found: set[int]) -> Token:
    """The word a meeting word's ancestors climb to (its clause's verb, or where the climb stops), adding each one
    climbed through to ``found``."""
    current = trigger
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ == "since":
            break  # "the first meeting since the collapse of talks at X": those talks are dated by, not part of, it
        if a_later_phrase(current) and any(t.ent_type_ in {"DATE", "GPE"} for t in subtree_of(current)):
            break  # "met on Monday ahead of a summit in X next month": the summit's day is its own (not "met this
            # morning ahead of the talks", that day's)
        if set_beside_a_date(current):
            break  # "a truce that takes effect on Aug. 3, the biggest step yet in talks ...": the talks are older
        current = current.head
        found.add(current.i)
    return current


def same_event_as_subject(trigger: Token) -> list[int]:
    """The subject a meeting word is said to be: "The handshake at X on Thursday was the first meeting between
    the two leaders" (the handshake's place and day are the meeting's)."""
    if trigger.dep_ != "attr" or trigger.head.lemma_ != "be":
        return []
    return [c.i for c in children_of(trigger.head) if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < trigger.i]


def _anchors_of(trigger: Token) -> set[int]:
    found = {trigger.i}
    if trigger.pos_ == "VERB":
        objects = [c for c in children_of(trigger) if c.dep_ == "dobj"]  # "signed a peace agreement in Washington"
        found.update(c.i for c in objects)
        meeting_nouns = lexicon().meeting_nouns
        found.update(  # "reached the terms of a deal in Lima", "signed a declaration of principles in Khartoum",
            o.i  # "hosted several rounds of talks in 2021"
            for c in objects
            for p in children_of(c)
            if p.lower_ == "of"
            for o in children_of(p)
            if o.lower_ in AGREEMENT_NOUNS
            or c.lower_ in AGREEMENT_NOUNS
            or c.lower_ in meeting_nouns
            and o.lower_ in meeting_nouns
        )
        found.update(  # "reached an agreement on the border in Lima": the place hung on the deal's topic
            o.i
            for c in objects
            if c.lower_ in AGREEMENT_NOUNS
            for p in children_of(c)
            if p.lower_ in {"on", "over"}
            for o in children_of(p)
            if o.dep_ == "pobj"
        )
        signers = [o for c in children_of(trigger) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
        found.update(list(o.conjuncts)[-1].i for o in signers if o.conjuncts)  # "signed by A and B in X": on B
        for prep in (c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in {"to", "on"}):
            # "put their names to a peace agreement at the palace in Jeddah"
            found.update(o.i for o in children_of(prep) if o.dep_ == "pobj" and o.lower_ in AGREEMENT_NOUNS)
    for under in (c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "under"):
        found.update(o.i for o in children_of(under) if o.dep_ == "pobj")  # "under X's auspices in Berlin"
    found.update(apposed_schedule(trigger))
    after = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else trigger
    if after.text == "," and any(c.dep_ == "prep" for c in children_of(after)):
        found.add(after.i)  # "The sixth, in the resort town of X in March, ...", the phrase hung on the comma
    found.update(participles_after(trigger))
    if trigger.pos_ == "NOUN":  # "the round of talks between A and B, held in X last Thursday", hung on B; "talks
        # between A and B, convened by X, opened in Y on Thursday", hung on X
        found.update(  # "a meeting on maritime cooperation held in X": hung on the topic's last word
            t.i
            for t in subtree_of(trigger)
            if t.dep_ == "acl"
            and t.lemma_ in HUNG_PARTICIPLES
            and t.tag_ in {"VBN", "VBD"}
            and (t.head.pos_ == "PROPN" or _on_the_topic(t.head, trigger) or set_off_after_the_sides(t, trigger))
        )
    if trigger.lemma_ in {"bring", "convene"}:  # "brought the ministers together to sign a deal at X": there
        for purpose in (c for c in children_of(trigger) if c.dep_ in {"xcomp", "advcl"} and c.lemma_ in SIGNING_VERBS):
            found.update(anchors_of(purpose))
    for of in (c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "of"):
        # "a second round of talks in Rome": the talks are the round
        found.update(c.i for c in children_of(of) if c.dep_ == "pobj" and c.lower_ in lexicon().meeting_nouns)
        if trigger.pos_ == "NOUN":  # "a meeting of the joint committee in Vientiane": who meets, and where
            found.update(  # not "the 61st round of a process that began in 2002": the process, not the round
                c.i
                for c in children_of(of)
                if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN", "NUM"} and c.lemma_ not in WHOLE_PROCESSES
            )
    found.update(scheduled_by_a_relative(subtree_of(trigger) if trigger.pos_ == "NOUN" else ()))
    found.update(verb_of_a_verbless_head(trigger))
    found.update(same_event_as_subject(trigger))
    current = _up_to_the_clause(trigger, found)
    if current.tag_ == "VBG" and current.dep_ == "advcl" or cleft_focus(current):
        found.add(current.head.i)  # "committed at the White House on Friday, signing ..."; "It was here that A met B"
    elif current.tag_ == "VBG" and current.dep_ == "pcomp" and current.head.lower_ == "by":
        found.add(current.head.head.i)  # "started the process in March by hosting a meeting": the act it was done by
    found.update(c.i for c in bounding_participles(current))  # "will hold talks in X starting on Thursday"
    if current.dep_ == "relcl" and current.head.lemma_ in {"time", "occasion"} and current.head.head.lemma_ == "be":
        found.add(current.head.head.i)  # "the last time the two sides sat down together was in X in 2019"
    if any(c.dep_ == "npadvmod" and c.lemma_ in {"time", "occasion"} for c in children_of(current)):
        found.update(c.i for c in children_of(current) if c.dep_ == "advcl" and c.lemma_ == "be")  # ("was" on it)
    if reduced_relative(current, trigger):
        found.add(current.head.i)  # "agreed on Monday ..., after talks in Malaysia aimed at ending the fighting"
    if _after_under_an_aim(current, trigger):
        # "agreed on Thursday to a plan to end the war after talks in X": the talks led to the agreement
        found.update(t.i for t in ancestors_of(current) if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "ccomp"})
    found.update(  # "the round came and went in Oslo": a verb sharing the subject
        c.i for c in children_of(current) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not has_subject(c)
    )
    while current.dep_ == "conj" and current.head.pos_ in {"VERB", "AUX"} and not has_subject(current):
        # "agreed on Tuesday to rebuild ... and look at ..., after their meeting": a shared subject; a clause
        # with a subject of its own ("the first ... produced X, and the second yielded Y") is a place apart
        current = current.head
        found.add(current.i)
    if current.lemma_ in SCHEDULING_VERBS:
        # "the next round is expected to take place in Mexico", "is scheduled to be held in Geneva"
        found.update(c.i for c in children_of(current) if c.dep_ == "xcomp")
    if current.lemma_ == "be":  # "a follow-up meeting is to be held in X", "the talks are to take place in Y"
        found.update(
            c.i for c in children_of(current) if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
        )
    for due in (c for c in children_of(current) if c.dep_ == "acomp" and c.lemma_ in SCHEDULING_VERBS):
        found.add(due.i)  # "the next round is due to start in Caracas on Feb. 5"
        found.update(c.i for c in children_of(due) if c.dep_ == "xcomp")
    if current.dep_ == "xcomp" and current.head.pos_ == "VERB":
        found.add(current.head.i)
    elif current.dep_ == "xcomp" and current.head.dep_ == "acomp":
        found.update((current.head.i, current.head.head.i))  # "is due to sit down", "is set to meet"
    if (
        current.dep_ == "advcl"
        and current.head.lemma_ in MOVE_VERBS | SENDING_VERBS  # ("would send a delegation to X to meet ...")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(current))
    ):
        found.add(current.head.i)  # "flew to Doha on Monday to meet the emir": the journey's place and day
    if (
        current.dep_ == "conj"
        and current.head.lemma_ in MOVE_VERBS
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(current.head))
    ):
        found.add(current.head.i)  # "X flew to Asmara on July 8, and the next day the two men signed ...": there
    return found | singled_out(found, trigger.doc) | scheduled_after(found, trigger.doc)


def belongs(head: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a modifier attached to ``head`` describes the meeting of the trigger whose anchors are given."""
    current = head
    for _ in range(5):
        if current.i in anchors:
            return True
        if current.dep_ == "prep" and current.lower_ in TIME_PREPOSITIONS:
            return False
        if (acted := act_after_talks(current)) is not None:
            current = acted  # "spoke on Saturday after hours of exchanges in X": there
            continue
        if current.dep_ == "pobj" and current.head.lower_ in {"with", "without"} and current.head.head.i in anchors:
            current = current.head.head  # "ended without agreement on Tuesday", the day hung on the agreement
            continue
        if current.dep_ == "prep" and current.lower_ in {"including", "notably", "especially"}:
            current = current.head  # "met repeatedly, including in Vienna in May": the meetings it names
            continue
        if current.dep_ in {"advmod", "prt"} and current.pos_ == "ADV":
            together = current.lower_ == "together"
            current = current.head  # "brought them together in Jeddah", "was back in Abu Dhabi for talks"
            while together and current.dep_ in {"conj", "dobj"}:
                current = current.head  # "brought A and B together in Jeddah" with "together" hung on B
            continue
        preposition = current.head
        scheduled = preposition.lower_ == "for" and preposition.head.lemma_ in SCHEDULING_VERBS
        if current.ent_type_ == "DATE" and current.dep_ == "pobj" and (preposition.lower_ in {"on", "in"} or scheduled):
            current = attachment(current)  # "followed on March 3 in X", "planned for March 31 in X": hung on the day
            continue
        if current.lower_ == "time" and any(c.lower_ in ORDINALS for c in children_of(current)):
            current = attachment(current)  # "met for the first time on Monday": the day of the meeting
            continue
        named = (
            current.ent_type_ == "PERSON"
            or current.pos_ == "PROPN"
            and current.dep_ == "pobj"
            or current.lemma_ == "counterpart"  # "had lunch with her counterpart in Lima"
            or current.lower_ in PARTICIPANT_NOUNS  # "resumed talks with a Hamas delegation in Cairo"
        )
        met = (
            next((a for a in ancestors_of(current) if a.lower_ == "with" and a.dep_ == "prep"), None) if named else None
        )
        if met is not None:
            current = met.head  # "met with (the President of X) Charles Michel in Granada": the place of the one met
            continue
        if current.ent_type_ == "PERSON" and current.dep_ in {"dobj", "conj"}:
            listed = current
            while listed.dep_ == "conj" and listed.head != listed:
                listed = listed.head
            if listed.dep_ == "dobj" and listed.head.i in anchors:
                return True  # "convened A and B in Shepherdstown": the place hung on the last one convened
        if current.lower_ in DOCUMENT_NOUNS and current.dep_ == "dobj" and current.head.i in anchors:
            return True  # "accepted an annex in Ohrid after talks": where what the talks reached was accepted
        if _between_the_sides(current, anchors):
            return True  # "talks between the two leaders at X, above Lake Y": the place hung on the sides
        gathering = current.ent_type_ in {"ORG", "EVENT"} and current.head.lower_ == "at"  # "at the UN Assembly in X"
        places = current.lower_ in VENUE_WORDS | PLACE_NOUNS | SAME_PLACE_NOUNS | TRANSPARENT_NOUNS
        if gathering or places or current.ent_type_ in {"FAC", "GPE", "LOC"}:
            # "the residence of the ambassador in Geneva": climb through places
            current = current.head.head if current.dep_ == "pobj" else current.head
            continue
        if current.dep_ == "xcomp" and current.head.dep_ == "acomp" and current.head.head.dep_ == "relcl":
            return current.head.head.head.i in anchors  # "talks that were due to begin in X": its schedule
        # "the talks set for April 19", "the talks, held in Geneva"
        described = current.head.head.head if current.head.dep_ == "pobj" and current.head.head.lower_ == "of" else None
        held = current.pos_ == "VERB" and (
            current.dep_ in {"acl", "relcl"}
            and current.head.i in anchors
            or current.dep_ == "acl"
            and described is not None
            and described.i in anchors
        )  # ("a summit of Sudan's neighbours hosted by Egypt near Cairo": the summit's participle; not "a round of
        # a process that began in 2009")
        return held or opens_or_closes_within(current, anchors) or hung_beside(current, anchors)
    return False


def _between_the_sides(word: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a word is (a conjunct of) the object of a meeting noun's own "between": "talks between the two
    leaders", "talks between A and B"."""
    word = first_conjunct(word)
    between = word.head
    return (
        word.dep_ == "pobj"
        and between.lower_ == "between"
        and between.head.i in anchors
        and between.head.pos_ == "NOUN"
        and between.head.lower_ in lexicon().meeting_nouns
    )


def opens_or_closes_within(verb: Token, anchors: AbstractSet[int]) -> bool:
    """A relative clause of opening or closing the parser hung on a word inside the meeting's phrase: "talks
    between the officials, which ended on Thursday"."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_ in OPENING_VERBS | CLOSING_VERBS
        and verb.head.lemma_ not in WHOLE_PROCESSES  # "the 61st round of a process that began in 2002"
        and not (verb.head.dep_ == "pobj" and verb.head.head.head.lemma_ == "part")  # "part of a dialogue that began"
        and not any(c.dep_ == "dobj" for c in children_of(verb))  # not "groups that launched an offensive in 2023"
        and any(t.i in anchors for t in ancestors_of(verb.head))
        and _in_the_phrase(verb.head, anchors)
    )


def _in_the_phrase(word: Token, anchors: AbstractSet[int]) -> bool:
    """Whether a word stands in the meeting's own phrase, no verb between it and the meeting's words (not "reached
    a deal after talks, ending a standoff that began in June": the standoff's own clause)."""
    for above in (word, *ancestors_of(word)):
        if above.i in anchors:
            return True
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False


def attachment(token: Token) -> Token:
    """What a phrase modifies: the head of its preposition for an object, its own head otherwise."""
    return token.head.head if token.dep_ == "pobj" else token.head


def hyphenated_word(token: Token) -> str:
    """A token with the words hyphenated to it: "go-between" for "between" (read once per document)."""
    words: tuple[str, ...] | None = token.doc.user_data.get("kg_hyphenated")
    if words is None:
        tokens = tokens_of(token.doc)
        lowered = [t.lower_ for t in tokens]
        joined = list(lowered)
        for hyphen in words_with(token.doc, lower=frozenset({"-"})):
            if 1 <= hyphen < len(tokens) - 1 and not tokens[hyphen].whitespace_:
                joined[hyphen + 1] = f"{lowered[hyphen - 1]}-{lowered[hyphen + 1]}"
        words = token.doc.user_data["kg_hyphenated"] = tuple(joined)
    return words[token.i]


COUNTED_SIDE_NOUNS = {"country", "nation", "state", "side", "party", "government", "neighbour", "neighbor", "power"}
"""Nouns that count the sides of a meeting when a number stands on them: "the three countries"."""


def sides_counted(token: Token, nouns: frozenset[str] | set[str] = COUNTED_SIDE_NOUNS) -> int:
    """How many sides a number on one of ``nouns`` counts: "the three countries" (three or more; two is what a
    meeting has anyway)."""
    if token.lemma_.lower() not in nouns or token.dep_ == "pobj" and token.head.head.lower_ in {"one", "each"}:
        return 0  # (not "X, one of nine regional states": a number that places one thing among others)
    counted = max((DURATION_WORDS.get(c.lower_, 0) for c in children_of(token) if c.dep_ == "nummod"), default=0)
    named = len(token.conjuncts) if counted else 0  # "Iran and three European powers": four
    return counted + named if counted + named >= 3 else 0


def subject_counted(verb: Token) -> int:
    """How many sides the subject of a meeting verb counts ("the ministers of the three countries met"), read
    from the subject alone where the sentence has other meeting words."""
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS] if verb.pos_ == "VERB" else []
    return max((sides_counted(t) for s in subjects for t in subtree_of(s)), default=0)


def dated_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a date before the verb: "On May 9 Peruvian negotiators met in Lisbon" parsed
    with "negotiators" as the object of "On"."""
    if has_subject(verb):
        return None
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.i < verb.i and prep.lower_ in {"on", "in"}:
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and not obj.ent_type_ and any(c.ent_type_ == "DATE" for c in children_of(obj)):
                    return obj
    return None


def via_prepositions(trigger: Token, verb: Token) -> bool:
    """Whether a meeting word hangs from a verb through prepositions only ("agreed after days of talks")."""
    current = trigger
    for _ in range(8):
        if current.head == current:
            return False
        if current.head == verb:
            return current.dep_ in {"pobj", "prep"}
        if current.dep_ == "prep" and current.head.dep_ == "xcomp" and current.head.head == verb:
            return True  # "agreed to return to negotiations after two days of talks"
        if current.dep_ not in {"pobj", "prep"} and current.head.pos_ not in {"NOUN", "ADP"}:
            return False
        current = current.head
    return False


def in_parallel_with(noun: Token) -> bool:
    """Whether a noun is what something runs "in parallel with" (or "parallel to"): another process."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in {"with", "to"}:
        return False
    governor = preposition.head
    return governor.lower_ == "parallel" or any(
        c.lower_ == "in" and any(g.lower_ == "parallel" for g in children_of(c)) for c in children_of(governor)
    )
