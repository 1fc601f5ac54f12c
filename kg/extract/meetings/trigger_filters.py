"""Meeting words that tell of no meeting of their own: a source's place beside the talks, a meeting a question
only supposes, talks set after or before another meeting."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import has_subject, sentence_of, text_in
from kg.extract.meetings.place_names import to_a_city
from kg.extract.meetings.words import DISCUSSING_VERBS
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon

SEQUENCE_VERBS = {"follow", "precede"}
"""Verbs that set one meeting after or before another: "the talks follow a summit in Nairobi on April 21"."""


def followed(trigger: Token) -> bool:
    """Whether a meeting word is the object of a verb that sets another meeting after or before it ("the talks
    follow a summit in Nairobi on April 21": the summit is another occasion)."""
    return _in_sequence(trigger, "dobj", "nsubj") or _counted_since(trigger)


def _counted_since(trigger: Token) -> bool:
    """ "the first high-level contact since talks in Doha in 2023": the meeting counted from, another occasion
    than the one the sentence counts."""
    since = trigger.head
    return (
        trigger.dep_ == "pobj"
        and since.lower_ == "since"
        and any(
            o.lower_ in {"first", "last"} for a in (since.head, *children_of(since.head)) for o in (a, *children_of(a))
        )
    )


SOURCE_WORDS = frozenset({"close", "familiar", "briefed", "involved", "privy", "knowledgeable"})
"""Words of a news source's place beside talks: "a source close to the talks", "officials briefed on the talks"."""


def a_source_s(trigger: Token) -> bool:
    """ "a source close to the talks said": the talks the story tells of, named to place a source, no meeting."""
    holder = trigger.head.head if trigger.dep_ == "pobj" else None
    return holder is not None and holder.lower_ in SOURCE_WORDS and trigger.head.lower_ in {"to", "with", "on", "in"}


def a_broker_s(trigger: Token) -> bool:
    """ "X, a guarantor of the talks along with Y", "ratified X as guarantor countries in the talks": the talks the
    story tells of, named to say who brokers them, no meeting of their own (their brokers are the story's)."""
    holder = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in {"of", "in"} else None
    if holder is None:
        return False
    nouns = lexicon().mediation_nouns  # "a guarantor of the talks", "as guarantor countries in the talks"
    broker = holder.lower_ in nouns or any(c.dep_ == "compound" and c.lower_ in nouns for c in children_of(holder))
    cast = holder.dep_ in {"attr", "appos"} or holder.dep_ == "pobj" and holder.head.lower_ == "as"
    return broker and cast


def asked_about(trigger: Token) -> bool:
    """ "Can a fourth summit revive the talks?": a meeting a question only supposes."""
    sentence = sentence_of(trigger)
    return text_in(sentence).rstrip().endswith("?") and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(trigger)
    )


POSSIBILITY_WORDS = frozenset({"possible", "impossible", "conceivable", "unthinkable", "feasible", "thinkable"})
"""Adjectives that say what could be, not what is: "the only place where such a meeting is possible"."""


def only_possible(trigger: Token) -> bool:
    """ "where such a meeting is possible", "a summit is not impossible": a meeting a clause only deems possible."""
    verb = trigger.head
    return (
        trigger.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lower_ in POSSIBILITY_WORDS for c in children_of(verb))
    )


def set_after_another(trigger: Token) -> bool:
    """Whether a meeting word is the subject of a verb setting it after or before another meeting: "The Ohrid
    meeting followed talks in Brussels on Feb. 27" (not "A second round followed on March 3")."""
    return _in_sequence(trigger, "nsubj", "dobj")


def follows_another(trigger: Token) -> bool:
    """Whether a meeting word is the subject of a verb setting it after or before another meeting ("The talks
    follow a summit in Nairobi on April 21"): the talks the story told of, dated and placed by their own words; not
    talks named by their own place ("The Ohrid meeting followed talks in Brussels") or told by a participle of their
    own ("The round, held in Lima and facilitated by X, followed ..."), a meeting of their own."""
    named = any(  # (not "The Chile-Peru session": its sides)
        c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.ent_type_ != "PERSON"
        and not any(t.text == "-" for t in subtree_of(c))
        for c in children_of(trigger)
    )
    told = any(c.dep_ == "acl" and c.tag_ == "VBN" for c in children_of(trigger))  # "The round, held in Lima, followed"
    placed = any(  # "X's visit to Belgrade follows his visit to Pristina": placed by its own words
        c.dep_ == "prep" and c.lower_ in {"in", "to", "at"} and to_a_city(c) for c in children_of(trigger)
    )
    return _in_sequence(trigger, "nsubj", "dobj") and not named and not told and not placed


def _in_sequence(trigger: Token, own: str, other: str) -> bool:
    """Whether a meeting word stands as ``own`` of a verb of sequence whose ``other`` is another meeting noun."""
    verb = trigger.head
    return (
        trigger.dep_ == own
        and verb.lemma_ in SEQUENCE_VERBS
        and any(c.dep_ == other and c.lower_ in lexicon().meeting_nouns for c in children_of(verb))
    )


def times_another(trigger: Token, verb: Token) -> bool:
    """Whether a meeting word stands under "after", "before" or "since" on a verb that holds a meeting of its own
    (its object or subject), only to time it: "held talks on Tuesday, two weeks after a round in Y", "X is hosting
    the second summit, eight months after their first meeting in Y" (the day and the host are the other's)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in {"after", "before", "since"} or trigger.head.head != verb:
        return False
    nouns = lexicon().meeting_nouns
    return any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in nouns for c in children_of(verb))


def a_topic_discussed(trigger: Token) -> bool:
    """ "The two ministers discussed the stalled talks between A and B": talks between sides of their own, the topic
    of the meeting the sentence tells of, and no meeting of their own unless their own phrase places or dates them
    ("discussed the talks between A and B held in Quito last week")."""
    if trigger.dep_ != "dobj" or trigger.pos_ != "NOUN" or trigger.head.lemma_ not in DISCUSSING_VERBS:
        return False
    sides = [c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in {"between", "among"}]
    named = {t.i for c in sides for t in subtree_of(c)}  # (the sides' own names are no place)
    told = any(t.ent_type_ in {"DATE", "TIME", "GPE", "FAC"} for t in subtree_of(trigger) if t.i not in named)
    return bool(sides) and not told


def beside_the_meeting(trigger: Token) -> bool:
    """Meeting words that stand beside the meeting a story tells of: a source's place ("a source close to the
    talks") or the topic a meeting discussed ("discussed the talks between A and B")."""
    return a_source_s(trigger) or a_topic_discussed(trigger)


def placed_apart(noun: Token) -> bool:
    """ "talks in Charana in 1975 and a round in Santiago in 2006": a meeting noun joined by "and" to another, each
    with a place of its own, is a meeting of its own, not the same one named twice."""
    return _own_place(noun) and _own_place(noun.head)


def _own_place(noun: Token) -> bool:
    return any(
        o.dep_ == "pobj" and o.ent_type_ in {"GPE", "FAC", "LOC"}
        for p in children_of(noun)
        if p.dep_ == "prep" and p.lower_ in {"in", "at"}
        for o in children_of(p)
    )


def hosting_the_meeting(verb: Token, indices: set[int]) -> bool:
    """Whether a passive verb of hosting tells who hosts a meeting word of its sentence that is its subject, itself
    or through the verb it is joined to: "The talks will be mediated by X and hosted by Y" (one meeting)."""
    if verb.lemma_ not in {"host", "convene"} or verb.tag_ != "VBN":
        return False
    owner = verb.head if verb.dep_ == "conj" and not has_subject(verb) else verb
    return any(c.dep_ == "nsubjpass" and c.i in indices for c in children_of(owner))


def in_a_title(noun: Token) -> bool:
    """Whether a meeting noun names an official's brief in a title: "the EU Special Representative for the
    Belgrade-Pristina Dialogue", "the envoy to the talks" (an office, not a meeting)."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ in {"for", "to", "on"}
        and preposition.head.lower_ in lexicon().title_words
        and preposition.head.text[:1].isupper()
    )
