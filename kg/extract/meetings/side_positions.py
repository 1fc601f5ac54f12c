"""Sides by where they stand against the meeting word: listed after it ("the summit between A and B"), the
subject just before it ("X held talks with Y"), a headline's list ("A, B meet in X"), an attendance list
("participants ... included A and B")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import SUBJECT_DEPS, first_conjunct, sentence_of
from kg.extract.meetings.climbing import climb
from kg.extract.meetings.verb_chains import held_between_others
from kg.extract.meetings.words import (
    ATTENDANCE_NOUNS,
    HOST_VERBS,
    JOINING_VERBS,
    MEETING_VERBS,
    PARTICIPANT_NOUNS,
    PARTICIPATION_VERBS,
)
from kg.extract.tree import children_of, subtree_of

LIST_PREPOSITIONS = {"between", "among"}


def listed_after(token: Token, trigger: Token) -> bool:
    """ "the summit between President X and Y's leader Z, eight months after ...": the names listed after "between"
    right behind the meeting word are its sides, whichever way the parser attached them; the list ends at a verb,
    a preposition other than "of", a clause mark or a comma that does not go on with another name."""
    doc = token.doc
    start = trigger.i + 1
    if token.i <= start or start >= len(doc) or doc[start].lower_ not in LIST_PREPOSITIONS:
        return False
    for t in doc[start + 1 : token.i]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", ":", "(", ")", "\u2014", "\u2013", "--"} or "\n" in t.text:
            return False
        if t.pos_ == "ADP" and t.lower_ != "of":
            return False  # "shuttling between the two capitals with backing from A": another phrase
        following = doc[t.i + 1 : t.i + 3]
        if t.text == "," and not (following[0].pos_ in {"PROPN", "CCONJ"} or following[-1].pos_ == "PROPN"):
            return False
    phrase = token
    for _ in range(6):  # up the list and the words it qualifies to the phrase's head
        if phrase.dep_ not in {"amod", "compound", "conj", "poss", "nmod"}:
            break
        phrase = phrase.head
    return not (phrase.dep_ == "nsubj" and phrase.head.i > phrase.i)  # not ", Saudi and U.S. officials said"


def subject_before(token: Token, trigger: Token) -> bool:
    """ "X held talks with Y" parsed with "held" as a modifier of "talks": the subject of a verb of taking part
    that stands just before the meeting word; "A and B negotiators reconvened in X ..., officials said" parsed with
    the meeting verb as a clause on the negotiators."""
    if _reduced_subject(token, trigger):
        return True
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in PARTICIPATION_VERBS or not 0 < trigger.i - verb.i <= 3:
        return False
    if held_between_others(verb):
        return False  # "Turkey held two rounds of talks between A and B"
    return all(t.pos_ in {"DET", "ADJ", "NUM", "ADV"} for t in token.doc[verb.i + 1 : trigger.i])


def headline_list(token: Token, trigger: Token) -> bool:
    """ "Zelensky, Erdogan meet in Ankara": a headline's first name, set before the subject with a comma, which
    the parser took for an interjection."""
    doc = token.doc
    verb = trigger.head if trigger.dep_ == "dobj" else trigger  # "A, B to hold fifth round of talks": on "hold"
    return (
        token.dep_ in {"intj", "dep", "npadvmod"}
        and token.head == verb
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == ","
        and any(c.dep_ == "nsubj" for c in children_of(verb))
    ) or _named_before_infinitive(token, verb)


def _named_before_infinitive(token: Token, verb: Token) -> bool:
    """ "A, B to hold talks in X on Friday, C says": a headline opening on nothing but names, then "to" and the
    verb of meeting, however the parser hung the names."""
    to = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or not token.ent_type_ or not token.i < to.i:
        return False
    words = token.doc[sentence_of(token).start : to.i]
    return len(words) >= 3 and all(t.text in {",", "and", "&"} or t.ent_type_ for t in words)


def acting_where_held(token: Token, trigger: Token) -> bool:
    """ "Previous rounds were held in Quito, where A and B agreed on a swap": the subject of a "where" clause on
    the meeting's place acts at that meeting."""
    token = first_conjunct(token)  # "B" of "A and B"
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in children_of(verb)):
        return False
    place = verb.head
    preposition = place.head
    dated = place.ent_type_ == "DATE" and preposition.lower_ == "on"  # "in Lima on Feb. 10, where ...", hung on the day
    placed = preposition.lower_ in {"in", "at"} or dated
    return place.dep_ == "pobj" and placed and preposition.head in {trigger, trigger.head}


def listed_as_attending(token: Token, trigger: Token) -> bool:
    """ "Participants at the Berlin summit included A, B and C", "the talks, hosted by X, included A and B", "A
    and B were among those at the summit": the meeting's attendance list, its items named or described ("the
    Colombian government")."""
    path = climb(token)
    if path.dep_ in {"amod", "compound", "poss"} and path.head.pos_ in {"NOUN", "PROPN"}:
        path = climb(path.head)  # "included the Colombian government and the ELN"
    if _among_those_at(token, trigger) or _invited_to_it(path, trigger):
        return True
    verb = path.head
    if path.dep_ != "dobj" or verb.lemma_ != "include":
        return False
    joined = verb.head if verb.dep_ == "conj" else verb  # "were hosted by X and included ...": that verb's subject
    subjects = [c for v in {verb, joined} for c in children_of(v) if c.dep_ in SUBJECT_DEPS]
    if any(c == trigger or c.lower_ in ATTENDANCE_NOUNS and trigger in subtree_of(c) for c in subjects):
        return True
    owner = verb.head if verb.dep_ == "relcl" else None  # "The participants, who included A and B, met in X"
    whose = any(c.lower_ in ATTENDANCE_NOUNS and any(w.lower_ == "whose" for w in children_of(c)) for c in subjects)
    return owner is not None and (
        owner.lower_ in ATTENDANCE_NOUNS and owner.head == trigger or whose and owner == trigger
    )


def _invited_to_it(path: Token, trigger: Token) -> bool:
    """Whether a name stands among those invited to the meeting: "X has invited A, B and C to a conference in Y"
    (the guests are its sides)."""
    verb = path.head
    if path.dep_ != "dobj" or verb.lemma_ != "invite":
        return False
    # "to a conference", or "to talks" parsed as an infinitive
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "to"
        and trigger.head.head == verb
        or (trigger.dep_ == "xcomp" and trigger.head == verb)
        or trigger == verb  # "will invite the leaders of A and B to Quito"
        or _to_take_part(trigger, verb)
    )


def _to_take_part(trigger: Token, verb: Token) -> bool:
    """Whether the meeting is what the infinitive under a verb of inviting has its guests do: "invited A and B to
    take part in talks in X", "to attend the summit" (not "invited X to mediate the talks": a go-between)."""
    current = trigger.head
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current.dep_ == "xcomp" and current.head == verb and current.lemma_ in GUEST_VERBS


GUEST_VERBS = frozenset(PARTICIPATION_VERBS | JOINING_VERBS | MEETING_VERBS | {"take", "sit"}) - HOST_VERBS
"""Verbs of what guests are invited to do at a meeting: "to attend", "to take part in", "to sit down for"."""


def _among_those_at(token: Token, trigger: Token) -> bool:
    """Whether a name stands in the subject of "were among those at the summit", whatever the parse made of a
    list of titled names."""
    those = trigger.head.head
    if trigger.head.lower_ != "at" or those.lower_ not in {"those", "others"} or those.head.lower_ != "among":
        return False
    verb = those.head.head
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and token in subtree_of(c) for c in children_of(verb))


def headline_twin(token: Token) -> Token | None:
    """The name a headline's first name stands beside, a comma between them, which the parser hung elsewhere:
    "Peru" for "Chile" in "Chile, Peru agree to resume talks", "Peruvian" in "Chilean, Peruvian ministers meet"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "," or not token.ent_type_:
        return None
    after = doc[token.i + 2]
    if token.dep_ in {"npadvmod", "intj", "dep", "advcl", "nmod"} and after.ent_type_ == token.ent_type_:
        return after if token.head in (after, after.head, after.head.head) else None  # "Armenia" on "Azerbaijan"
    return None


def _reduced_subject(token: Token, trigger: Token) -> bool:
    """Whether a name stands on the team a meeting verb right after it was hung on as a reduced clause."""
    team = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ not in {"VBD", "VBN"} or team.i != trigger.i - 1:
        return False
    if team.lower_ not in PARTICIPANT_NOUNS:
        return False
    phrase = token
    for _ in range(4):
        if phrase == team or phrase.dep_ not in {"amod", "compound", "conj", "poss", "nmod"}:
            break
        phrase = phrase.head
    return phrase == team


def reporting_while_hosted(clause: Token, trigger: Token) -> bool:
    """Whether a clause is one "with" sets after a verb of hosting the meeting, its subject those who met: "X hosted
    indirect negotiations this month, with A and B both reporting progress"."""
    hosting = trigger.head
    return (
        clause.dep_ == "advcl"
        and clause.head == hosting
        and trigger.dep_ == "dobj"
        and hosting.lemma_ in HOST_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in children_of(clause))
    )


def opens_as_host(verb: Token, token: Token, trigger: Token) -> bool:
    """ "Turkish Foreign Minister X opened the session (the talks between A and B)": one person opening the meeting
    (not "A and B opened talks", nor "X opened talks with Y") opens it as its host, title and all."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    named = subject is not None and (  # "X opened", "A's foreign minister X opened" (the name set beside the title)
        subject.ent_type_ == "PERSON"
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(subject))
    )
    if trigger.dep_ != "dobj" or verb.lemma_ != "open" or subject is None or not named:
        return False
    if (
        any(c.dep_ == "conj" for c in children_of(subject))
        or not subject.left_edge.i <= token.i <= subject.right_edge.i
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(trigger)) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children_of(trigger)
    )  # ("opened the talks between A and B": the host of A's and B's talks)
