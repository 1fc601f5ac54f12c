"""Who meets whom: the sides of a meeting (its brokers, hosts and chairs are in brokers.py)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context, clause_verb, has_subject
from kg.extract.meetings.abstention import denies_a_part
from kg.extract.meetings.broker_phrases import brokers_partners
from kg.extract.meetings.cast_roles import OBSERVER_NOUNS, cast_as, present_with, watches
from kg.extract.meetings.clauses import Mention, dated_subject, in_parallel_with, via_prepositions
from kg.extract.meetings.climbing import climb, phrase_of
from kg.extract.meetings.guests import a_titled_host, also_a_guest, in_a_guest_s_title
from kg.extract.meetings.joined_sides import (
    acted_together_after,
    brought_to_it,
    in_the_joint_body,
    relative_subject_of,
    who_met,
)
from kg.extract.meetings.joining import also_attends
from kg.extract.meetings.meeting_words import going_between, hosts_as_a_side, met_someone
from kg.extract.meetings.moves import left_after
from kg.extract.meetings.named_sides import BROKERING_WORDS, hyphened_to, in_a_brokering_pair, participant_tokens
from kg.extract.meetings.places import place_tokens
from kg.extract.meetings.side_positions import (
    acting_where_held,
    headline_list,
    headline_twin,
    listed_after,
    listed_as_attending,
    opens_as_host,
    reporting_while_hosted,
    subject_before,
)
from kg.extract.meetings.stand_ins import stands_for
from kg.extract.meetings.thanks import thanked
from kg.extract.meetings.triggers import brings_together, is_trigger, plays_host
from kg.extract.meetings.verb_chains import (
    among_those_present,
    at_talks_of,
    counted,
    held_between_others,
    raised_to,
    reports_sending,
    sends_to,
    sought_at,
    to_meet,
)
from kg.extract.meetings.words import (
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    CONCLUDING_VERBS,
    HANDING_VERBS,
    HOST_VERBS,
    JOINT_BODIES,
    PARTICIPANT_NOUNS,
    PARTICIPATION_VERBS,
    RECEIVE_VERBS,
    RELATION_NOUNS,
    SEPARATE_WORDS,
    SIGNING_VERBS,
    TIME_PREPOSITIONS,
    VISIT_NOUNS,
)
from kg.extract.people import plural_title
from kg.extract.role_bodies import BACKER_WORDS
from kg.extract.tree import ancestors_of, children_of, is_ancestor, lefts_of
from kg.gazetteer import lexicon


def parties_of(mention: Mention, ctx: Context, others: frozenset[int] = frozenset()) -> list[str]:
    """Sides of the talks a sentence names: parties and the sides of people taking part. Sides written on the meeting
    word itself ("Russia-Ukraine session", "US-Iran talks", "A's talks with B") are its sides alone (and kept as
    ``mention.written_on``); modifiers of another meeting word of the sentence (``others``) are that meeting's."""
    sentence = mention.sentence
    trigger = mention.trigger
    own: list[str] = []  # sides written on the meeting word, then those after its "with"
    after_with: list[str] = []
    found: list[str] = []
    related: list[str] = []
    seat: list[str] = []  # the side whose seat names the venue: "a White House summit" (its host, no more)
    for token, side in participant_tokens(sentence, ctx, place_tokens(sentence)):
        path = climb(token)
        if path.head.i in others and path.dep_ in {"amod", "compound", "nmod", "poss"}:
            continue
        if _related_on_the_meeting(path, trigger):
            related.append(side)
        if not is_participant(token, trigger):
            continue
        found.append(side)
        if path.head == trigger and path.dep_ in {"amod", "compound", "nmod", "poss"}:
            own.append(side)
            seat.extend([side] if path.dep_ == "compound" and token.text in (mention.venue or "").split() else [])
        elif (
            path.dep_ == "pobj" and path.head.lower_ == "with" and path.head.head == trigger and trigger.pos_ == "NOUN"
        ):
            after_with.append(side)
    if found and set(found) <= set(seat):
        return []
    if not found and len(set(related)) >= 2:
        found = related  # "a meeting of the commissions on the border between A and B", no other side named
    if own or len(set(found) - set(after_with)) < 2:  # not "A and B held talks with C and D": all four are sides
        own += after_with  # ("X held talks with C and D": the two, X a go-between)
    mention.written_on = tuple(dict.fromkeys(own)) if len(set(own)) >= 2 else ()
    return list(dict.fromkeys(own if len(set(own)) >= 2 else found))


def _name_end(token: Token) -> int:
    """The last word of the name a token starts or stands in ("Union" of "African Union")."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end


def _related_on_the_meeting(path: Token, trigger: Token) -> bool:
    """Whether a name is one of two a relation noun inside the meeting's own phrase sets against each other:
    "the meeting of the commissions on the border between A and B"."""
    head = path.head
    return (
        path.dep_ == "pobj"
        and head.lower_ == "between"
        and head.head.lower_ in RELATION_NOUNS
        and is_ancestor(trigger, head)
        and trigger.pos_ == "NOUN"
    )


def _one_phrase(a: Token, b: Token) -> bool:
    """Whether two meeting words stand in one noun phrase ("the meetings in Geneva, the third round of talks"):
    one is the other's ancestor with no verb between them."""
    low, high = (a, b) if is_ancestor(b, a) else (b, a) if is_ancestor(a, b) else (None, None)
    if low is None or high is None or low.pos_ in {"VERB", "AUX"}:
        return False  # "Before sitting down with X, the delegation met Y": a clause of its own
    current = low.head
    while current != high:
        if current.pos_ in {"VERB", "AUX"} or current.lower_ in TIME_PREPOSITIONS:
            return False  # (nor "consultations with X ahead of talks with Y": two meetings, one after the other)
        current = current.head
    return True


def _shares_subject(trigger: Token, verb: Token) -> bool:
    """Whether the meeting verb (or the verb of a meeting noun) is coordinated with ``verb`` with no subject of
    its own, so that the subject of ``verb`` is its subject too."""
    current = trigger if trigger.pos_ == "VERB" else trigger.head
    if trigger.pos_ != "VERB" and (trigger.dep_ != "dobj" or current.pos_ != "VERB"):
        return False  # "... and held talks with Z": the verb the meeting noun is the object of
    for _ in range(4):
        if current.dep_ not in {"conj", "dep"} or has_subject(current):
            return False
        current = current.head
        if current == verb:
            return True
    return False


def _understood_subject(trigger: Token, root: Token) -> bool:
    """Whether the meeting stands in a participle clause without a subject ("before holding talks with X",
    "after meeting X", "spoke by phone ..., agreeing to hold talks") in the sentence of ``root``: its subject is the
    main clause's."""
    verb = clause_verb(trigger)
    while verb.dep_ == "xcomp" and not has_subject(verb) and verb.head != verb:
        verb = verb.head  # "agreeing to hold talks": the participle the infinitive hangs on
    if verb.tag_ != "VBG" or has_subject(verb):
        return False
    advcl = verb.dep_ == "advcl" and verb.head == root
    return advcl or verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPOSITIONS and is_ancestor(root, verb)


FOLLOW_UP_WORDS = {"follow-up", "next", "another", "further", "subsequent"}


def follows_on(trigger: Token) -> bool:
    """Whether a meeting word names the next meeting of talks just told of ("a follow-up session", "the next
    round"): it has the sides of the meeting before it."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(trigger)):
        return False  # "no further meetings had been scheduled"
    return any(
        c.lower_ in FOLLOW_UP_WORDS or c.lower_ == "follow" and any(g.lower_ == "up" for g in children_of(c))
        for c in lefts_of(trigger)
    )


def _named_by_preposition(preposition: Token, trigger: Token) -> bool:
    """ "a state visit to Estonia" (the host is the other side), "presented the plan to X", "the accord signed
    by A and B", "the signing by A and B"."""
    if preposition.lower_ == "to":
        return trigger.lower_ in VISIT_NOUNS or trigger.lemma_ in HANDING_VERBS or plays_host(trigger)
    if preposition.lower_ == "by" and trigger.lower_ == "signing":
        return True  # "attended the signing by A and B": who signed
    if preposition.lower_ == "from" and trigger.lemma_ == "bring":  # "brought together leaders from 90 countries"
        return any(c.dep_ == "dobj" and c.right_edge.i == preposition.i - 1 for c in children_of(trigger))
    return preposition.dep_ == "agent" and trigger.lemma_ in SIGNING_VERBS | CONCLUDING_VERBS - {"broker"}


def _attended_by(preposition: Token, trigger: Token) -> bool:
    """ "The meeting was attended by A, B and C", "a meeting in X, attended by A and B": those it names are its
    sides (not those who "also attended"), and "by B" after "by A"."""
    if preposition.dep_ == "conj" and preposition.lower_ == "by":
        preposition = preposition.head
    verb = preposition.head
    noun = counted(trigger)
    reduced = verb.dep_ in {"acl", "advcl"} and (verb.head == noun or verb.head == noun.head != noun)
    # "the summit in Quito on Friday, which was attended by A and B": the clause hung on the meeting's day or place
    which = verb.dep_ == "relcl" and verb.head.ent_type_ in {"GPE", "DATE", "FAC", "LOC"} and trigger.i < verb.head.i
    return (
        preposition.dep_ == "agent"
        and verb.lemma_ == "attend"
        and (noun.head == verb and noun.dep_ == "nsubjpass" or reduced or which or trigger == verb)  # ("It was")
        and not any(c.lower_ == "also" for c in children_of(verb))
    )


def _at_the_meeting(noun: Token, trigger: Token) -> bool:
    """Whether a common noun names those at the meeting: "the 12 countries at the conference, including A and B"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o == trigger for o in children_of(c)) for c in children_of(noun)
    )


def former(token: Token) -> bool:
    """Whether a state's name or adjective stands in a title its holder no longer holds ("former Kenyan
    President X"): he speaks for that state no more."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in {"former", "ex", "ex-"}


def is_participant(token: Token, trigger: Token) -> bool:
    """Whether a party or person token stands as a side of the talks in its sentence, itself or through the
    phrase it stands in for: an apposition to a common noun, a member of a listed group, an "including" list."""
    if watches(token) or thanked(token):
        return False  # "Brazilian officials, who are observing the negotiations", "attended by observers from X"
    if _takes_part(token, trigger):
        return True
    if listed_as_attending(token, trigger) or _at_the_meeting(token, trigger):
        return True
    stand_in = stands_for(token) or headline_twin(token)  # "Chile, Peru agree to resume talks": as Peru
    return stand_in is not None and is_participant(stand_in, trigger)


LEAVING_VERBS = frozenset({"withdraw", "pull", "walk", "quit"})
"""Verbs of leaving talks, whose subject was a side of them: "withdrew from", "pulled out of", "walked out of"."""

WORKING_VERBS = frozenset({"work", "cooperate", "coordinate", "collaborate", "partner"})
"""Verbs of working with someone, whose "with" names a partner in the work, not a side met."""

ALTERNATING = frozenset({"move", "shift", "relocate", "alternate", "rotate"})
"""Verbs whose "between" names places the talks went back and forth between, not sides."""


def _met_with(preposition: Token, trigger: Token) -> bool:
    """Whether the object of "between", "with" or "among" is a side of the trigger's meeting."""
    other = preposition.head
    joined = preposition.lower_ == "with" and any(c.lower_ in {"together", "along"} for c in children_of(preposition))
    if joined and other.pos_ in {"PROPN", "NOUN"} and other != trigger:
        return is_participant(other, trigger)  # "A and B, together with C, welcome talks between D and E": as A
    called = other.lower_ in lexicon().remote_meeting_words and not is_ancestor(other, trigger)  # "a phone call with Z"
    if other != trigger and (is_trigger(other) and not _one_phrase(other, trigger) or called):
        return False  # "X met Y in Riga, then sat down with Z in Oslo": Z is at the second meeting
    about = trigger.head if trigger.dep_ == "pobj" and trigger.head.lower_ in {"about", "regarding"} else None
    if about is not None and (about.head == other or about.head.head == preposition):
        return False  # "X spoke with Y about the talks" (however hung): the talks are what they spoke of
    if going_between(preposition) or brokers_partners(preposition) or other.lemma_ in ALTERNATING:
        return False  # "with Y's minister passing messages between them", "facilitated by IGAD with Kenya", "have
        # since moved between Mexico City and Havana" (places)
    if other.pos_ == "NOUN" and other.lower_ in RELATION_NOUNS:
        return False  # "discussed relations between A and B": what was talked about, not who talked
    if other.pos_ == "VERB" and other.lemma_ in WORKING_VERBS:
        return False  # "the two sides agreed to work closely with C": a partner in what they agreed to do
    separate = any(c.dep_ == "amod" and c.lower_ in SEPARATE_WORDS for c in children_of(other))
    own = other.head == trigger and other.dep_ == "dobj"  # "X brokered a separate deal between A and B": its own
    if other.i > trigger.i and (separate or in_parallel_with(other)) and not own:
        # "a declaration the two sides signed in X and a separate deal between A and B", "the talks run in parallel
        # with a track between A and B": another deal's or process's sides
        return False
    # "ready to accept a ceasefire with X, ... after talks in Y": the other side of a deal elsewhere; "X met Y to
    # discuss a ceasefire between A and B": what they discussed, X and Y the sides
    if other.lemma_ not in AGREEMENT_NOUNS:
        return True  # (not "with South Africa as host": cast_as in the caller)
    elsewhere = not (is_ancestor(trigger, other) or is_ancestor(other, trigger)) and not sought_at(other, trigger)
    return not (elsewhere or met_someone(trigger) and is_ancestor(trigger, other))


HOME_NOUNS = {"residence", "dacha", "home", "estate", "office", "palace", "retreat", "ranch"}
"""A person's own places where they receive the other side: "talks at Putin's residence"."""


def _holds_its_own(verb: Token, token: Token, trigger: Token) -> bool:
    """Whether the subject of a verb holding talks holds them as a side: "Iran and the US held talks", not "Turkey
    held talks between the two countries" (a host) nor a host's guests."""
    if held_between_others(verb):
        return False
    # "Chile hosted talks with Peru": the host talks with its guest
    own = verb.lemma_ in PARTICIPATION_VERBS - HOST_VERBS or hosts_as_a_side(verb)
    return own and not also_a_guest(token, trigger)


MET_OBJECT_VERBS = HOST_VERBS | RECEIVE_VERBS | {"meet", "bring", "visit", "see", "call"}
"""Meeting verbs whose object is a side: "Malaysia hosted Thailand", "X met the Latvian prime minister"."""


def _object_met(path: Token, trigger: Token) -> bool:
    """Whether a meeting verb's object is a side met, hosted or brought in ("Malaysia hosted Thailand and Cambodia",
    "X met the Latvian prime minister"), or its passive subject one brought together ("A and B were brought
    together in X")."""
    if path.dep_ == "nsubjpass":
        return trigger.lemma_ == "bring"
    return path.dep_ == "dobj" and trigger.lemma_ in MET_OBJECT_VERBS


def _takes_part(token: Token, trigger: Token) -> bool:
    """Whether a party or person token stands as a side of the talks in its sentence by its own place in it."""
    doc = token.doc
    role = cast_as(token)
    if former(token) or role is not None and (role in lexicon().mediation_nouns or role in OBSERVER_NOUNS):
        return False  # "Russia and Ukraine as mediators and the EU as an observer", "former Kenyan President X"
    if _stays_out(token, trigger) or opens_as_host(trigger.head, token, trigger):
        return False  # "the US, which backs the dialogue, did not join"; "Foreign Minister X opened the session"
    end = _name_end(token)
    if hyphened_to(doc, end) in BROKERING_WORDS | BACKER_WORDS or in_a_brokering_pair(doc, end):
        return False  # "US-brokered talks", "African Union-led talks", not "US-Iran talks"
    if listed_after(token, trigger) or subject_before(token, trigger) or who_met(token, trigger):
        return True
    if (
        also_attends(trigger)
        or headline_list(token, trigger)
        or acting_where_held(token, trigger)
        or present_with(token, trigger)
    ):  # "Also attending were A and B", "Zelensky, Erdogan meet in Ankara", "held in X, where A and B", "At the
        return True  # conference in X, A, B and C pledged ..." (the list hung on X)
    path = phrase_of(token)
    head = path.head
    host = trigger.lemma_ in HOST_VERBS
    if path.dep_ == "pobj" and head.lower_ in {"between", "with", "among"}:
        return _met_with(head, trigger)
    if path.dep_ == "pobj" and (
        head.head == trigger
        and _named_by_preposition(head, trigger)
        or _attended_by(head, trigger)
        or head.dep_ == "agent"
        and head.head.lemma_ in AGREEMENT_VERBS
        and at_talks_of(trigger, head.head)  # "the deal was agreed by A and B at a summit in X"
    ):
        return True
    if (
        brought_to_it(path, trigger)
        or in_the_joint_body(path, trigger)
        or relative_subject_of(path, trigger)
        or in_a_guest_s_title(path, trigger)  # "X received the Minister of Foreign Affairs of Peru"
        or a_titled_host(path, trigger)  # "The Minister of Foreign Affairs, X, received ..."
    ):
        return True  # (also "Kyiv's delegation, which held talks with US officials in Florida")
    if head == trigger and _object_met(path, trigger):
        return True  # "Malaysia hosted Thailand and Cambodia", "X met the Latvian prime minister"
    if path.dep_ == "nsubj" and (
        head == left_after(trigger) or head.dep_ == "ROOT" and _understood_subject(trigger, head)
    ):  # "A Hamas delegation has left Cairo after two days of talks with the mediators"; "Blinken said ..., before
        return True  # holding talks with Netanyahu": the main clause's subject
    if path.dep_ == "pobj" and path == dated_subject(trigger):
        return True  # "On May 9 Peruvian negotiators met ..." parsed with the subject inside "On May 9"
    if path.dep_ == "nsubj" and head.dep_ == "relcl" and head.head == trigger and head.lemma_ in PARTICIPATION_VERBS:
        return True  # "the talks that Putin held on Wednesday with X"
    if path.dep_ == "nsubj" and trigger.head == head and to_meet(trigger):
        return True  # "Zelensky prepared to meet Trump", "the two leaders agreed to meet", "flew to X to meet Y"
    if trigger.head.dep_ == "relcl" and trigger.head.head == path and to_meet(trigger):
        return True  # "X, who had flown to Ankara to meet Y, said ..."
    if path.dep_ in {"nsubj", "nsubjpass"}:
        head = raised_to(head, trigger)
        if head == trigger:  # "X hosted Y": a side of a meeting with one guest, else the go-between
            return (not host or hosts_as_a_side(trigger)) and not brings_together(trigger)
        if _shares_subject(trigger, head):
            return trigger.lemma_ not in HOST_VERBS or hosts_as_a_side(trigger)  # "X met Y, then sat down with Z",
            # "X received Y on Sunday and hosted Z on Monday" (one guest each)
        if head.lemma_ in LEAVING_VERBS and trigger.dep_ == "pobj" and head in ancestors_of(trigger.head):
            return True  # "the rebels have withdrawn from talks with X": a side of the talks it leaves
        held = counted(trigger)
        if held.head == head and (held.dep_ in {"dobj", "nsubjpass"} or held.dep_ == "npadvmod" and held != trigger):
            # "Iran and the US held talks", "... held four rounds of talks", "ended a week of talks" (the week read
            # as a time)
            return _holds_its_own(head, token, trigger)
        if (
            at_talks_of(trigger, head)
            or among_those_present(trigger, head)
            or sends_to(head, trigger)
            or _their_meeting(trigger, path)
            or reports_sending(head, trigger)
            or reporting_while_hosted(head, trigger)  # "X hosted talks, with A and B both reporting progress"
        ):
            return True
        # "Ethiopia and the TPLF agreed ... after ten days of talks", "A and B restored ties after talks"
        return (
            head.lemma_ in AGREEMENT_VERBS
            and via_prepositions(trigger, head)
            or acted_together_after(path, head, trigger)
        )
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head == trigger
        or head.lower_ in lexicon().meeting_nouns
        or head.lemma_ in AGREEMENT_NOUNS
        and trigger.head == head
        and trigger.dep_ == "acl"
    ):  # "Chile-Peru talks", "the Chile-Peru agreement signed in Quito"
        return True
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head.lower_ in PARTICIPANT_NOUNS
        or head.lemma_.lower() == "counterpart"
        or head.lemma_.lower() in lexicon().title_words
    ):
        # "Russian and Ukrainian negotiators sat down", "the Estonian president sat down with his Latvian
        # counterpart", not "Saudi officials said"
        return head != token and _takes_part(head, trigger)
    if path.dep_ == "pobj" and (among := _among_those_meeting(head, trigger)) is not None:
        return among
    return _named_through(path, trigger)


def _among_those_meeting(preposition: Token, trigger: Token) -> bool | None:
    """Whether the party a preposition names is among people who meet: "negotiators for the government", "the
    delegations of Sudan and Chad", "commanders from Sudan and Chad will meet", "leaders, including the presidents
    of A and B, met"; None where the preposition hangs on no such people."""
    people = preposition.head
    if preposition.dep_ == "conj" and people.lower_ == preposition.lower_:
        people = people.head  # "the delegations of A and of B"
    if preposition.lower_ in {"of", "for"} and people.lower_ in PARTICIPANT_NOUNS:
        return not also_a_guest(people, trigger)
    if preposition.lower_ == "of" and _titled_who_meet(people, trigger):
        return True
    if preposition.lower_ == "from" and (people.lower_ in PARTICIPANT_NOUNS or plural_title(people)):
        return is_participant(people, trigger)  # "officials from", "national security advisers from"
    joint = any(o.lower_ in JOINT_BODIES for o in children_of(preposition))
    if preposition.lower_ == "of" and people == trigger and joint:
        return True  # "the 23rd meeting of the China-Philippines Bilateral Consultation Mechanism": its states
    return None


def _their_meeting(trigger: Token, subject: Token) -> bool:
    """Whether a meeting word owned by "their" stands in the clause of a plural subject that "their" stands for:
    "A and B made no progress ... at their second round of talks" (not "X is hosting the summit of A and B,
    months after their first meeting")."""
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in children_of(subject))
    verb = subject.head
    owned = any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(trigger))
    return owned and plural and is_ancestor(verb, trigger) and verb.lemma_ not in HOST_VERBS


def _titled_who_meet(titled: Token, trigger: Token) -> bool:
    """Whether holders of a title (in the plural) are the subject or object of a meeting verb, or listed with
    "including" under one, or the people a meeting noun is "of": "the presidents of A and B met", "leaders,
    including the presidents of A and B, met", "a meeting of the presidents of A and B"."""
    if titled.tag_ != "NNS" or titled.lemma_.lower() not in lexicon().title_words:
        return False
    if titled.dep_ == "pobj" and titled.head.lower_ == "including":
        titled = titled.head.head
    if titled.dep_ == "pobj" and titled.head.lower_ == "of" and titled.head.head == trigger:
        return trigger.pos_ == "NOUN"  # "a meeting of the presidents of A and B"
    return titled.head == trigger and titled.dep_ in {"nsubj", "dobj"} and trigger.pos_ == "VERB"


def _stays_out(token: Token, trigger: Token) -> bool:
    """Whether a party is the subject of a denied part in the talks: "X did not join the talks", "X will not
    attend the summit", "X played no part in the negotiations" (:func:`abstention.denies_a_part`)."""
    path = climb(token)
    if path.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verbs = [path.head, *(c for c in children_of(path.head) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return any(  # ("sent its envoy but did not join the talks": the verb joined to the subject's)
        (denies_a_part(verb) or verb.lemma_ in PARTICIPATION_VERBS and any(c.dep_ == "neg" for c in children_of(verb)))
        and trigger != verb
        and is_ancestor(verb, trigger)
        for verb in verbs
    )


def _named_through(path: Token, trigger: Token) -> bool:
    """A side named through the words of another: an office, a participant noun, a host's home."""
    head = path.head
    met = head.head
    if path.dep_ == "pobj" and head.lower_ == "of" and met.dep_ == "dobj" and met.head == trigger:
        return trigger.lemma_ == "meet"  # "met the national security advisers of Britain, France and Germany"
    if path.dep_ == "appos" and head.lower_ in PARTICIPANT_NOUNS:
        return True
    if path.dep_ == "poss" and head.lower_ in HOME_NOUNS and head.dep_ == "pobj" and met.head == trigger:
        return True  # "talks at Putin's residence": the host of the talks at home is a side of them
    if path.dep_ == "pobj" and head.lower_ == "of" and met.dep_ == "pobj" and met.head.lower_ == "with":
        # "met with President of the European Council Charles Michel": the one met, named after their office
        return met.lemma_.lower() in lexicon().title_words and met.head.head == trigger
    return False
