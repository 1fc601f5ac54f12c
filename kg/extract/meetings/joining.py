"""Sides joining talks told of before, in a clause that names no meeting: "X also attended", "Y also took part",
"Also attending were A and B", "Among those attending were A and B", "Participants included A and B", "A and B
sent delegations", "A and B were among the leaders at the table"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.meetings.cast_roles import sent_to_observe
from kg.extract.meetings.clauses import COUNTED_SIDE_NOUNS
from kg.extract.meetings.words import ALSO_WORDS, ATTENDANCE_NOUNS, JOINING_VERBS, PARTICIPANT_NOUNS
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon


def also_attends(token: Token) -> bool:
    """ "X also attended", "Y also took part", "Also attending were A and B", "Z was also present": more sides of
    the talks told of before, in a clause that names no meeting."""
    if token.lemma_ == "send":
        return _sent_teams(token)
    if token.lemma_ not in JOINING_VERBS and token.lemma_ not in {"take", "be", "include", "represent"}:
        return False  # the verbs below, and nothing else
    if token.lemma_ == "represent":  # "A and B were also represented": their delegations attended too
        passive = any(c.dep_ == "auxpass" for c in children_of(token)) and any(
            c.dep_ == "nsubjpass" for c in children_of(token)
        )
        return passive and said_also(token) and not any(c.dep_ == "agent" for c in children_of(token))
    if attendance_listed(token):
        return True
    if not (said_also(token) or _as_did(token) or _delegations_attend(token)):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for w in (token, *_present(token)) for c in children_of(w)):
        return False  # "X attended as an observer, as did Y", "Y was also present as a guarantor": in a capacity
    if any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in children_of(token)):
        return False  # "the meeting was also attended by X": a guest of the meeting
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    if token.lemma_ in JOINING_VERBS - {"join"} and not objects:
        return True
    if token.lemma_ == "take" and [o.lower_ for o in objects] == ["part"]:
        return not any(c.dep_ == "prep" and not _in_all(c) for c in children_of(token))  # not "took part in a rally"
    return token.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in children_of(token))


def _present(verb: Token) -> list[Token]:
    """The "present" of "was also present" (which the "as" of a capacity may hang on)."""
    return [c for c in children_of(verb) if c.dep_ == "acomp" and c.lower_ == "present"]


def attendance_listed(verb: Token) -> bool:
    """ "Among those attending were A and B", "Those attending included A and B", "Participants included A and B",
    "Attending were A and B": a list of those at the talks told of before, in a clause that names no meeting."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ == "aux" and c.lemma_ == "be"]
    subjects = [c for w in (verb, *auxiliaries) for c in children_of(w) if c.dep_ == "nsubj"]  # "Attending were A"
    if verb.lemma_ == "be" and not subjects and any(c.lower_ == "among" and c.i < verb.i for c in children_of(verb)):
        subjects = [c for c in children_of(verb) if c.dep_ == "attr"]  # "Among the delegations were those of A and B"
    if not subjects:
        return False
    if verb.lemma_ == "be":
        among = [o for p in children_of(verb) if p.lower_ == "among" for o in children_of(p) if o.dep_ == "pobj"]
        gerund = any(s.tag_ == "VBG" and s.lemma_ in JOINING_VERBS and s.i < verb.i for s in subjects)
        listed = gerund or any(_those_attending(o) for o in among)  # (the parser's "Attending" as the subject)
        # "Among the other delegations were those of A and B", "Among the participants were A and B"
        listed = listed or any(
            o.lower_ in ATTENDANCE_NOUNS and not any(c.dep_ in {"relcl", "acl"} for c in children_of(o)) for o in among
        )  # (not "among the delegations that stayed away")
        at_table = _at_the_table(verb) or any(_at_the_table(o) for o in among)  # (hung on either)
        listed = listed or at_table and any(o.lower_ in PARTICIPANT_NOUNS | {"those"} for o in among)
    elif verb.lemma_ == "include":
        listed = any(_those_attending(s) or s.lower_ in ATTENDANCE_NOUNS for s in subjects)
    else:
        inverted = bool(auxiliaries) and subjects[0].i > verb.i
        listed = verb.lemma_ in JOINING_VERBS and verb.tag_ == "VBG" and verb.dep_ == "ROOT" and inverted
    # not "participants at the summit included ...": the summit's own sentence
    return listed and not any(t.lower_ in lexicon().meeting_nouns for s in subjects for t in subtree_of(s))


ATTENDING_GROUPS = {"those", "others", "countries", "states", "nations", "governments", "delegations"}
"""Who a list of sides is said to be among at the talks told of before: "among those attending", "among the other
countries represented"."""


def _those_attending(word: Token) -> bool:
    """ "those attending", "those taking part", "those present", "the other countries represented": sides at the
    talks told of before (also "those attending" parsed as a gerund with "those" its determiner)."""
    if word.tag_ == "VBG" and word.lemma_ in JOINING_VERBS and any(c.lower_ == "those" for c in children_of(word)):
        return True
    if word.lower_ not in ATTENDING_GROUPS:
        return False
    return any(
        c.dep_ in {"acl", "amod", "relcl"}
        and (c.lemma_ in JOINING_VERBS | {"take", "represent", "sign", "invite"} or c.lower_ == "present")
        and not any(n.dep_ == "neg" for n in children_of(c))
        for c in children_of(word)
    )  # ("among the 12 countries that signed the final communique")


def _delegations_attend(verb: Token) -> bool:
    """ "Delegations from A, B and C attend" (a timeline's present), "delegations of A and B attended", "envoys from
    30 countries took part, including A and B": the sides' teams at the talks told of before, in a clause that
    names no meeting."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    joins = verb.lemma_ in JOINING_VERBS - {"join"} or verb.lemma_ == "take" and _takes_part(verb)
    subjects += [c for s in subjects for c in s.conjuncts]  # "Foreign ministers and envoys from 30 countries"
    return joins and any(s.lower_ in ATTENDANCE_NOUNS or _envoys_from(s) for s in subjects)


def _envoys_from(noun: Token) -> bool:
    """ "envoys (ministers, leaders) from about 30 countries", "representatives of 12 countries": people a count of
    states sent."""
    if noun.lower_ not in PARTICIPANT_NOUNS:
        return False
    prepositions = [c for c in children_of(noun) if c.dep_ == "prep"]
    return any(p.lower_ == "from" for p in prepositions) or any(
        o.lemma_ in COUNTED_SIDE_NOUNS and any(c.dep_ == "nummod" for c in children_of(o))
        for p in prepositions
        if p.lower_ == "of"
        for o in children_of(p)
    )


def _takes_part(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(verb))


def _at_the_table(noun: Token) -> bool:
    """ "the leaders at the table", "those around the table": the people taking part in the talks told of before."""
    places = (o for p in children_of(noun) if p.lower_ in {"at", "around"} for o in children_of(p) if o.dep_ == "pobj")
    return any(o.lemma_ == "table" and any(c.lower_ == "the" for c in children_of(o)) for o in places)


def _in_all(preposition: Token) -> bool:
    """ "took part in all": "in all" counts those who took part, it names nothing they took part in."""
    return preposition.lower_ == "in" and [o.lower_ for o in children_of(preposition)] == ["all"]


TEAM_NOUNS = frozenset({"delegation", "team", "envoy", "representative", "minister"})
"""What a side sends to talks told of before: "A and B sent lower-level delegations"."""


def _sent_teams(verb: Token) -> bool:
    """ "A and B sent lower-level delegations": sides sending their teams to the talks told of before, in a clause
    that names no meeting and no place they were sent to (not "sent troops", "sent a delegation to X", "did not
    send a delegation")."""
    teams = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_ in TEAM_NOUNS]
    adverbs = [c for c in children_of(verb) if c.dep_ == "advmod"]  # ("sent delegations back to X")
    elsewhere = any(
        c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"}
        for w in (verb, *teams, *adverbs)
        for c in children_of(w)
    )
    observing = sent_to_observe(verb)  # "which sent its envoy to observe the talks": an observer, no side
    denied = any(c.dep_ == "neg" for c in children_of(verb))  # "the army did not send a delegation"
    return (
        bool(teams)
        and not elsewhere
        and not observing
        and not denied
        and any(c.dep_ == "nsubj" for c in children_of(verb))
    )


def _as_did(verb: Token) -> bool:
    """ "X attended, as did Y": a verb another subject shares by "as did"."""
    return any(
        c.dep_ == "advcl" and c.lemma_ == "do" and any(m.lower_ == "as" for m in children_of(c))
        for c in children_of(verb)
    )


def said_also(verb: Token) -> bool:
    """Whether a verb adds to what was told before: "also", "too", "likewise"."""
    return any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in children_of(verb))


DELEGATION_NOUNS = {"delegation", "team"}


def delegation_led(verb: Token) -> bool:
    """ "Ukraine's delegation was led by X", "The Chilean team is headed by Y": a side's delegation at the talks the
    story tells of, in a clause that names no meeting."""
    if verb.lemma_ not in {"lead", "head"} or not any(c.dep_ == "agent" for c in children_of(verb)):
        return False
    teams = [c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.lower_ in DELEGATION_NOUNS]
    return any(any(o.dep_ in {"poss", "amod", "compound"} for o in children_of(t)) for t in teams)


def attended_by_pronoun(verb: Token) -> bool:
    """ "It was attended by the leaders of A, B and C": the meeting named just before, attended by those listed."""
    return (
        verb.lemma_ == "attend"
        and any(c.dep_ == "agent" for c in children_of(verb))
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children_of(verb))
    )
