"""How a meeting word hangs on the verb whose subject takes part: counted ("four rounds of talks"), raised
through infinitives ("are due to meet"), the purpose of a verb ("flew to Lima to meet") or a preposition of it
("agreed at talks in Malaysia")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import of_objects
from kg.extract.meetings.words import (
    AGREEMENT_NOUNS,
    MOVE_VERBS,
    PARTICIPANT_NOUNS,
    PARTICIPATION_VERBS,
    SENDING_VERBS,
    TAKING_PART_VERBS,
)
from kg.extract.tree import children_of, is_ancestor, subtree_of
from kg.gazetteer import lexicon

COUNTING_NOUNS = {"round", "series", "session", "day", "week", "month", "hour", "year"}
"""Nouns that count or measure talks: "four rounds of talks", "two days of negotiations"."""


def counted(trigger: Token) -> Token:
    """The noun that counts a meeting word ("rounds" in "held four rounds of talks"), else the word itself."""
    of = trigger.head
    if trigger.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in COUNTING_NOUNS:
        return of.head
    return trigger


def raised_to(verb: Token, trigger: Token) -> Token:
    """The verb of the meeting that ``verb``'s subject is the subject of, down a chain of infinitives with no object
    between ("A and B plan to resume talks", "are due to meet", "are expected to hold talks"); else ``verb``."""
    target = trigger if trigger.pos_ == "VERB" else counted(trigger).head
    if target.pos_ == "ADP" and target.lower_ in {"for", "to"}:
        target = target.head  # "are expected to send delegations to X for talks": the verb the talks are for
    elif target.pos_ == "ADP" and target.lower_ == "in":
        target = taking_part(trigger)  # "will travel to X to sit in talks with Y", "to take part in talks"
    current = verb
    for _ in range(3):
        if current == target or any(c.dep_ in {"dobj", "dative"} for c in children_of(current)):
            break  # "urged Y to hold talks": Y, not the subject, is to hold them
        below = [c for c in children_of(current) if c.dep_ == "xcomp"]
        below += [g for c in children_of(current) if c.dep_ == "acomp" for g in children_of(c) if g.dep_ == "xcomp"]
        if current.lemma_ in MOVE_VERBS and target.head == current and target.dep_ == "advcl":
            below = [target]  # "is expected to travel to X on Wednesday to meet Y": the journey's purpose
        if not below:
            break
        current = below[0]
    return current if current == target else verb


def to_meet(trigger: Token) -> bool:
    """Whether a meeting verb is the infinitive of its clause's verb or its purpose: "agreed to meet", "flew to
    Lima to meet his counterpart"."""
    if trigger.dep_ == "xcomp":
        return True
    return trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger))


def _at_the_talks(preposition: Token, verb: Token) -> bool:
    """Whether the subject of a verb takes part in the talks a preposition of the verb names: "the leaders agreed
    at talks in Malaysia", "held a round of talks", "the delegations arrived in Cairo for indirect talks", "X
    remains in Hanoi for an official visit"."""
    if preposition.lower_ in {"at", "in", "during"} or verb.lemma_ in PARTICIPATION_VERBS:
        return True
    words = [verb, *(c for c in children_of(verb) if c.dep_ == "acomp")]  # "is due in X": the place on "due"
    words += [c for w in words[1:] for c in children_of(w) if c.dep_ == "advmod" and c.lower_ == "back"]  # "due back"
    placed = verb.lemma_ in {"be", "due"} and any(
        c.dep_ == "prep" and c.lower_ in {"in", "at"} for w in words for c in children_of(w)
    )
    return (verb.lemma_ in MOVE_VERBS | STAYING_VERBS or placed) and preposition.lower_ == "for"  # "will be in X for
    # talks", "is due in X for talks"


STAYING_VERBS = {"remain", "stay"}
"""Verbs of staying somewhere, whose "for" names what the subject stays for: "X remains in Hanoi for a visit"."""


def at_talks_of(trigger: Token, verb: Token) -> bool:
    """Whether the meeting word stands in a preposition of ``verb`` (or of the verb it governs: "failed to agree
    at talks in Lima") that puts the verb's subject at the talks, counted or not ("flew in for a second day of
    talks")."""
    preposition = counted(trigger).head
    if preposition.dep_ != "prep":
        return False
    governed = preposition.head
    if governed.dep_ == "dobj" and governed.lemma_ in AGREEMENT_NOUNS and preposition.lower_ in {"at", "in", "during"}:
        governed = governed.head  # "failed to reach a deal at talks in X": the talks the deal was sought at
    if governed != verb and not (governed.dep_ in {"xcomp", "acomp"} and governed.head == verb):
        return False  # (also "A and B were present at the talks": the adjective's preposition)
    return _at_the_talks(preposition, governed)


PRESENCE_VERBS = {"represent", "attend", "participate", "join", "sit", "gather", "assemble"}
"""Verbs of being at a meeting that describe those "among" whom a side is: "among the countries represented at
the conference", "among those attending the talks"."""


def among_those_present(trigger: Token, verb: Token) -> bool:
    """ "A and B were among the countries represented at the conference": a subject placed by "among" with those
    present at the meeting."""
    for preposition in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "among"):
        for group in (o for o in children_of(preposition) if o.dep_ == "pobj"):
            if any(
                c.dep_ in {"acl", "relcl"} and c.lemma_ in PRESENCE_VERBS and is_ancestor(c, trigger)
                for c in children_of(group)
            ):
                return True
    return False


HOLDING_VERBS = {"hold", "organise", "organize", "arrange", "stage"}
"""Verbs of holding talks, whose subject may hold them for others: "Turkey held talks between A and B"."""


def held_between_others(verb: Token) -> bool:
    """Whether a state or organisation holds talks "between" or "among" sides it is not among: "Turkey held two
    rounds of talks between the two countries' ministers" (Turkey hosts them)."""
    if verb.lemma_ not in HOLDING_VERBS or verb.pos_ != "VERB":
        return False
    named = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    subjects = {t.i for c in named for t in subtree_of(c)}
    if verb.dep_ == "relcl" and any(c.lower_ in {"which", "that"} for c in named):
        named = [verb.head]  # "Qatar, which has held talks between A and B": the state the clause describes
        subjects = {t.i for t in subtree_of(verb.head) if t.i < verb.head.i} | {verb.head.i}
    if not any(c.ent_type_ in {"GPE", "ORG", "NORP"} for c in named):
        return False  # people or teams holding talks "between the special representatives" hold their own
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        nouns = [obj, *of_objects(obj)]
        for prep in (p for n in nouns for p in children_of(n) if p.dep_ == "prep" and p.lower_ in {"between", "among"}):
            named = [t for t in subtree_of(prep) if t.pos_ in {"PROPN", "NOUN"} and t.ent_type_ not in {"DATE", "TIME"}]
            if named and not any(t.i in subjects for t in named):  # (not "between March 6 and March 10": days)
                return True
    return False


def reports_sending(verb: Token, trigger: Token) -> bool:
    """Whether a side says that it sent people to the talks, or takes part in them: "The X Forces said it had sent a
    delegation to the talks", "A and B said they will take part in talks" (the "it" or "they" is who says so)."""
    reported = (
        [c for c in children_of(verb) if c.dep_ == "ccomp"] if verb.lemma_.lower() in lexicon().verbs_of_saying else []
    )
    return any(
        (sends_to(clause, trigger) or _part_taken(clause, trigger))
        and any(s.dep_ == "nsubj" and s.lower_ in {"it", "they", "we"} for s in children_of(clause))
        for clause in reported
    )


def _part_taken(clause: Token, trigger: Token) -> bool:
    """Whether a reported clause is the one a meeting is taken part in or held by: "A and B said they will take part
    in talks in X", "... that they are ready to hold talks in X on Monday"."""
    verb = taking_part(trigger) if trigger.pos_ == "NOUN" else trigger
    if verb.lemma_ not in TAKING_PART_VERBS | {"hold", "negotiate", "resume", "return"}:
        return False  # not "X said it would host talks between A and B": a host, no side
    while verb != clause and verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb == clause


PART_TAKING_VERBS = frozenset({"sit", "take", "participate"})
"""Verbs a meeting is what one takes part "in" with: "sit in talks", "take part in talks", "participate in talks"."""


def taking_part(trigger: Token) -> Token:
    """The word a meeting noun hangs on, or the verb of taking part "in" it ("to take part in talks"): the verb a
    meeting is done by."""
    head = trigger.head
    return head.head if head.lower_ == "in" and head.head.lemma_ in PART_TAKING_VERBS else head


PURPOSE_VERBS = frozenset({"attend", "join", "hold"} | PART_TAKING_VERBS)
"""Verbs of taking part in a meeting that a delegation is sent to do: "sent a team to X to take part in talks"."""


def sends_to(verb: Token, trigger: Token) -> bool:
    """Whether a verb sends people who take part to the meeting: "X sent a delegation to the talks" (not
    observers: :func:`observes` judges those)."""
    purpose = taking_part(trigger)  # "to attend talks", "to take part in talks"
    for_it = purpose.dep_ == "advcl" and purpose.lemma_ in PURPOSE_VERBS and purpose.head == verb
    if (
        verb.lemma_ not in SENDING_VERBS
        or not for_it
        and (trigger.head.lower_ not in {"to", "for"} or trigger.head.head != verb)
    ):
        return False  # "sent a delegation to the talks", "sent a delegation to X for talks", "to attend talks"
    sent = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return any(c.lower_ in PARTICIPANT_NOUNS or c.lemma_.lower() in lexicon().title_words for c in sent)


def sought_at(deal: Token, trigger: Token) -> bool:
    """Whether a deal is what its verb sought at the meeting: "failed to reach agreement with X at their meeting", "the
    round ended without agreement between A and B"."""
    ended = deal.dep_ == "pobj" and deal.head.lower_ == "without" and trigger.dep_ == "nsubj"
    return (
        ended
        and deal.head.head == trigger.head
        or (deal.dep_ == "dobj" and trigger.head.lower_ in {"at", "during"} and trigger.head.head == deal.head)
    )
