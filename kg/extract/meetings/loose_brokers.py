"""Brokers a story names outside any meeting's sentence: "Qatar helped broker the text", "X has mediated
between the two since 2021"."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context, apart_by_semicolon, first_conjunct, of_objects, sentences_of, tokens_in
from kg.extract.dates import A_YEAR
from kg.extract.meetings.broker_lists import MEDIATION_BODIES, MEDIATION_WORK
from kg.extract.meetings.broker_phrases import carries_messages, only_offered
from kg.extract.meetings.brokers import brokers_in, mediators_in
from kg.extract.meetings.clauses import Cluster, Mention, hyphenated_word
from kg.extract.meetings.meeting_words import definite, held_remotely
from kg.extract.meetings.timeline_entries import entry_month, entry_year
from kg.extract.meetings.triggers import over_time, triggers_of
from kg.extract.meetings.words import (
    CARRYING_VERBS,
    CONCLUDING_VERBS,
    DEAL_WORDS,
    DISCUSSING_VERBS,
    MEDIATION_PREP_VERBS,
    SEPARATE_WORDS,
)
from kg.extract.tree import children_of, subtree_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import lexicon

PROCESS_WORDS = {"process", "dialogue", "negotiations", "discussions", "consultations"}
"""What a broker may be said to have facilitated over time: "whose country has facilitated the process since 2021"."""
PROCESS_BEGINNINGS = {"begin", "start", "launch"}
"""Verbs a process's start is told with, in the year it began: "the dialogue began in 2011"."""


def loose_mediators(
    doc: Doc, ctx: Context, trigger_sentences: set[int], city: str | None = None, sides: frozenset[str] = frozenset()
) -> list[str]:
    """Brokers named in sentences that name no meeting ("Qatar helped broker the text"), nor talks in a city other
    than the story's (``city``): "a return to talks in Jeddah, which X has mediated", nor a deal other sides than the
    story's (``sides``) made: "as A and B agreed to restore ties in a deal brokered by X"."""
    found: list[str] = []
    nouns = lexicon().mediation_nouns
    lowers, lemmas = _word_sets()
    candidates = words_with(doc, lower=lowers, lemma=lemmas)  # the words the tests below can pass
    for sentence in sentences_of(doc):
        if sentence.start in trigger_sentences:
            found.extend(p for p in _brokers_apart_from_the_meeting(sentence, ctx) if p not in found)
            continue
        words = chosen_in(sentence, candidates)
        # "X has mediated since 2021", "X's mediation team", "with X passing messages between them"
        mediating = any(
            _mediates_still(t) or t.lower_ in MEDIATION_WORK and _owned_or_of_a_body(t) or carries_messages(t)
            for t in words
        ) or any(_effort_led(t) for t in words)
        about_talks = (
            mediating
            or any(_presides_over_a_meeting(t) or _brokered_told_before(t) for t in words)
            or any(hyphenated_word(t) in nouns and t.pos_ == "NOUN" for t in words)
            or any(
                t.lower_ in DEAL_WORDS | PROCESS_WORDS
                and (
                    t.dep_ in {"dobj", "nsubjpass"}
                    and t.head.lemma_ in MEDIATION_PREP_VERBS
                    or any(c.dep_ == "acl" and c.lemma_ in MEDIATION_PREP_VERBS for c in children_of(t))
                    or t.dep_ == "nsubjpass"
                    and t.head.lemma_ in CONCLUDING_VERBS
                    and any(c.lower_ == "help" for c in subtree_of(t.head))
                )  # "X brokered the deal", "a ceasefire deal mediated by X", "the deal was brokered by X", "the
                # deal was reached with the help of X"
                and not any(
                    (c.ent_type_ == "DATE" or A_YEAR.fullmatch(c.text)) and not _names_a_topic(c) for c in subtree_of(t)
                )  # "the 2020 ceasefire" (not "talks on reviving the 1974 agreement")
                for t in words
            )
        )
        if (
            about_talks
            and not _of_another_year(sentence, ctx)
            and not _about_other_talks(sentence, ctx, city)
            and not _made_by_others(sentence, ctx, sides)
        ):
            found.extend(m for m in mediators_in(sentence, ctx) if m not in found)
    return found


def _made_by_others(sentence: Span, ctx: Context, sides: frozenset[str]) -> bool:
    """Whether the subjects of a sentence name two sides or more, none of them the story's ``sides``: "Saudi Arabia
    and Iran agreed to restore ties in a deal brokered by China" in a story of other talks."""
    if not sides:
        return False
    subjects = {
        m.party
        for m in ctx.parties_in(sentence.start, sentence.end)
        if m.known and first_conjunct(m.span.root).dep_ in {"nsubj", "nsubjpass"}
    }
    subjects -= set(mediators_in(sentence, ctx))  # not "A and B have been mediating between the two sides"
    return len(subjects) >= 2 and not subjects & sides


def _brokers_apart_from_the_meeting(sentence: Span, ctx: Context) -> list[str]:
    """Brokers of a part of a sentence set off by a semicolon from every meeting word in it: "A, B and C host the
    rounds in turn; D acts as a guarantor" (D guarantees the process, whatever the parse of the two parts); and
    brokers "of the process": "A and B have served as guarantors of the peace process since talks began in X in
    2024" (the process's brokers, of the story's talks too, not only of those the sentence dates)."""
    found = brokers_in(sentence, ctx)
    process = [party for party, at in found if any(o.lower_ in {"process", "dialogue"} for o in of_objects(at))]
    process += [party for party, at in found if _of_the_talks_told_before(at) and party not in process]
    if not any(t.text == ";" for t in tokens_in(sentence)):
        return process
    triggers = triggers_of(sentence)
    return process + [party for party, at in found if all(apart_by_semicolon(at, t) for t in triggers)]


def _of_the_talks_told_before(word: Token) -> bool:
    """Whether a broker's participle qualifies the talks a sentence opens with, told before ("The discussions,
    facilitated by A and B, follow the X round of May 3-4"): the brokers of the story's talks, not of a meeting
    the sentence names after them."""
    noun = word.head
    return (
        word.dep_ == "acl"
        and word.tag_ == "VBN"
        and noun.lower_ in PROCESS_WORDS | {"talks"}
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and any(c.lower_ in {"the", "these", "those"} for c in children_of(noun))
    )


def _effort_led(noun: Token) -> bool:
    """Whether a word of mediation names the effort a verb of leading or brokering takes as its object: "A and B
    brokered the mediation efforts", "X leads the mediation effort" (its subject brokers the talks)."""
    effort = noun.head if noun.dep_ == "compound" else noun
    return (
        noun.lower_ in MEDIATION_WORK
        and effort.lemma_ in {"effort", "mediation", "facilitation", "track"}
        and effort.dep_ == "dobj"
        and effort.head.lemma_ in MEDIATION_PREP_VERBS | {"lead", "spearhead", "head"}
    )


def _owned_or_of_a_body(noun: Token) -> bool:
    """ "Qatar's mediation", "Qatari mediation", "the mediation team", "a mediation effort led by (by) X": the work of a
    named broker."""
    owned = any(c.dep_ in {"poss", "amod"} for c in children_of(noun)) and not only_offered(noun)
    work = noun.head if noun.dep_ == "compound" else noun
    led = any(
        c.dep_ == "acl" and c.lemma_ == "lead" or c.dep_ == "prep" and c.lower_ == "by" and work != noun
        for c in children_of(work)
    ) or (work.dep_ == "dobj" and work.head.lemma_ == "lead")  # ("X has led the mediation")
    return noun.head.lower_ in MEDIATION_BODIES or owned or led


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case forms and lemmas of the words :func:`loose_mediators` tests."""
    nouns = {part for noun in lexicon().mediation_nouns for part in (noun, *noun.split("-"))}  # ("co-chairmen" whole)
    lowers = nouns | set(DEAL_WORDS) | PROCESS_WORDS | MEDIATION_WORK
    lemmas = ONGOING_BROKERING | {f"co-{verb}" for verb in ONGOING_BROKERING} | {"preside"} | CARRYING_VERBS
    return frozenset(lowers), frozenset(lemmas)


def _about_other_talks(sentence: Span, ctx: Context, city: str | None) -> bool:
    """Whether a sentence's brokering is of other talks than the story meeting's: talks held by video ("talks
    resumed by video under X's mediation"), talks in a known city other than ``city`` ("a return to talks in
    Jeddah, which X has mediated"), or a broker left out ("X, which has long mediated between them, was
    sidelined"), or told apart ("Separately, X is hosting talks between C and D")."""
    if sentence.root.lemma_ in SIDELINING_VERBS or over_time(sentence.root):
        return True  # (also "talks were mediated at various times by A, B and C": no one meeting's brokers)
    if any(c.lower_ == "separately" for c in children_of(sentence.root)):
        return True  # "Separately, X is hosting talks between C and D"
    for token in tokens_in(sentence):
        if token.lower_ not in lexicon().meeting_nouns:
            continue
        if held_remotely(token) or any(c.dep_ == "amod" and c.lower_ in OTHER_WORDS for c in children_of(token)):
            return True  # (also "X, which has hosted separate talks between A and B")
        for place in (
            o for p in children_of(token) if p.lower_ in {"in", "at"} for o in children_of(p) if o.dep_ == "pobj"
        ):
            found = ctx.gazetteer.city(place.text)
            if found is not None and found[0] != city:
                return True
    return False


OTHER_WORDS = SEPARATE_WORDS | {"other", "different"}
"""Adjectives that set talks apart from those the story tells of: "separate talks between Kinshasa and the M23"."""

SIDELINING_VERBS = {"sideline", "exclude", "bypass", "snub", "marginalise", "marginalize"}
"""Verbs that leave a broker out of the talks told of: "X, which has long mediated between them, was sidelined"."""


def _mediates_still(verb: Token) -> bool:
    """A brokering that reaches the present or the talks to come ("X has mediated between the two since 2021", "Y
    mediates", "they are co-chaired by Z", "Z will facilitate"), not one past meeting's ("X mediated the talks in
    2019")."""
    if verb.lemma_.lower().removeprefix("co-") not in ONGOING_BROKERING or verb.pos_ != "VERB":
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"}]  # not "which"
    if any(o.pos_ == "PROPN" or o.lower_ not in lexicon().meeting_nouns | PROCESS_WORDS | DEAL_WORDS for o in objects):
        return False  # "Malaysia, which chairs ASEAN this year": an organisation it chairs, not the talks
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in children_of(verb)):
        return True  # "the talks are co-chaired by A, B and C"
    # ("X will facilitate": the brokering of the talks to come)
    now = {"is", "are", "'s", "'re"}
    been = verb.head.lower_ == "been" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in children_of(verb.head)
    )
    being = (
        verb.dep_ == "acomp"
        and (verb.head.lower_ in now or been)  # "X has been mediating", "mediating" parsed as a complement
        or any(c.dep_ == "aux" and c.lower_ in now for c in children_of(verb))
    )
    progressive = verb.tag_ == "VBG" and being
    return (
        verb.tag_ in {"VBZ", "VBP"}
        or progressive  # "X is mediating", "X, which is mediating"
        or any(c.dep_ == "aux" and c.lower_ in {"has", "have", "will", "'ll", "shall"} for c in children_of(verb))
    )


ONGOING_BROKERING = {"mediate", "facilitate", "chair", "broker", "guarantee", "sponsor", "moderate"}
"""Verbs of brokering a process that, in the present, name its brokers for every meeting of it: "X mediates",
"the talks are co-chaired by A, B and C"."""


def _of_another_year(sentence: Span, ctx: Context) -> bool:
    """Whether a sentence dates what it tells to a year before the story's ("X brokered a ceasefire in November
    2020"): its brokers brokered something else. "Since 2023" reaches the present and does not count."""
    reference = ctx.dates.reference
    if reference is None:
        return False
    entry = entry_year(sentence) or (month[0] if (month := entry_month(sentence)) else None)
    if entry is not None and entry < reference.year:
        return True  # a timeline entry of an earlier year: "JULY 2020 - The AU takes over mediation."
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ != "DATE" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"):
            continue
        if _names_a_topic(ent.root):
            continue  # "centered on reactivating the 1974 disengagement agreement": what was discussed, by its year
        if any(int(year) < reference.year for year in A_YEAR.findall(ent.text)):
            return True
    # "X, which brokered a 2020 ceasefire": a year the tagger took for a number, on a deal
    return any(
        t.like_num
        and A_YEAR.fullmatch(t.text)
        and int(t.text) < reference.year
        and t.head.lower_ in DEAL_WORDS
        and not _names_a_topic(t)
        for t in tokens_in(sentence)
    )


TOPIC_VERBS = DISCUSSING_VERBS | {"center", "centre", "focus", "reactivate", "revive", "restore"}
"""Verbs of what talks were about: a deal they name by its year is their topic, not a deal of another year's."""


def _names_a_topic(year: Token) -> bool:
    """Whether a year names a deal the sentence's talks are about: "reactivating the 1974 disengagement agreement"."""
    noun = year.head
    verb = noun.head
    return year.dep_ in {"nummod", "compound", "amod"} and noun.dep_ == "dobj" and verb.lemma_ in TOPIC_VERBS


def _presides_over_a_meeting(verb: Token) -> bool:
    """ "X presided over the signing (the talks, the ceremony)": the one presiding brokers the meeting told, not
    one presiding over "a cabinet meeting" of their own."""
    over = [o for p in children_of(verb) if p.lower_ == "over" for o in children_of(p) if o.dep_ == "pobj"]
    told = [o for o in over if definite(o)]  # not "a meeting" of their own
    return verb.lemma_ == "preside" and any(o.lower_ in lexicon().meeting_nouns | {"signing"} for o in told)


def _brokered_told_before(verb: Token) -> bool:
    """ "It was co-chaired by A, B and C", "They were mediated by X": a brokering in the passive of the meeting the
    sentence before told of, which "it" or "they" stands for."""
    brokering = verb.lemma_.lower().removeprefix("co-") in ONGOING_BROKERING and verb.tag_ == "VBN"
    return brokering and any(c.dep_ == "nsubjpass" and c.lower_ in {"it", "they"} for c in children_of(verb))


def brokers_of_the_process(mentions: list[Mention], clusters: list[Cluster]) -> list[str]:
    """Brokers of talks told only as the process the story's meetings belong to, which began in a year before and goes
    on: "The EU-facilitated dialogue began in 2011", "The dialogue, facilitated by X, was launched in 2011" — no
    meeting of its own (no place, no day), but the broker of the talks it holds, between no other sides."""
    kept = {id(m) for c in clusters for m in c.mentions}
    sides = {p for c in clusters for m in c.mentions for p in m.parties}
    found: list[str] = []
    for mention in mentions:
        if id(mention) in kept or not mention.mediators or not set(mention.parties) <= sides:
            continue
        trigger = mention.trigger
        begun = trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_ in PROCESS_BEGINNINGS
        if begun and any(A_YEAR.fullmatch(t.text) for t in subtree_of(trigger.head) if t.i > trigger.head.i):
            found.extend(p for p in mention.mediators if p not in found)
    return found
