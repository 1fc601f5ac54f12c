"""Which meeting of a sentence a broker's word belongs to: not another clause's or another meeting word's, and of
several hosts the one whose country the meeting is in; and which of a meeting's hosts are only its sides."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import (
    Context,
    apart_by_semicolon,
    clause_verb,
    first_conjunct,
    has_subject,
    of_objects,
    sentence_of,
)
from kg.extract.meetings.clauses import Cluster, Mention, in_parallel_with, set_off_after_the_sides
from kg.extract.meetings.listings import listing_clause
from kg.extract.meetings.place_names import is_a_margin
from kg.extract.meetings.trigger_filters import times_another
from kg.extract.meetings.words import BROKERED_PROCESS_NOUNS, HOST_VERBS, PLACE_NOUNS
from kg.extract.tree import ancestors_of, children_of, is_ancestor, subtree_of
from kg.gazetteer import lexicon


def _own_clause(token: Token) -> Token:
    """The independent clause a word stands in: the sentence's main verb, or a verb joined to it by "and" or
    "but" with a subject of its own ("X brokered a ceasefire in 2020, and Y hosted talks in 2022")."""
    current = token
    while current.head.i != current.i:
        if current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"} and has_subject(current):
            return current
        if current.pos_ in {"VERB", "AUX"} and has_subject(current) and apart_by_semicolon(current, current.head):
            return current  # "X, Y meet in Ankara; Turkey offers to host talks"
        current = current.head
    return current


def brokers_of(trigger: Token, found: list[tuple[str, Token]], triggers: tuple[Token, ...] = ()) -> list[str]:
    """The brokers a sentence names that broker the meeting of a trigger: not those of a clause of their own,
    nor those under another meeting word of the sentence that stands apart from this one ("five rounds in
    Baghdad, hosted by Iraq, and several in Muscat under Omani auspices")."""
    clause = _own_clause(trigger)
    return list(
        dict.fromkeys(
            party
            for party, at in found
            if _own_clause(at) == clause
            and not _under_another(at, trigger, triggers)
            and not _of_another_noun(at, trigger)
            and not _brokered_before(at, trigger)
            and not _of_a_parallel_process(at, trigger)
            and not times_another(trigger, at)
            and not _hosts_elsewhere(at, trigger)
            and not _of_the_full_clause(at, trigger)
        )
    )


def _of_the_full_clause(word: Token, trigger: Token) -> bool:
    """Whether a broker's word stands in the full clause an elided one is joined to: "The second meeting took place
    in X, under Russian auspices, and the third in Y" (the second's broker, not the third's)."""
    elided = trigger.dep_ == "conj" and trigger.pos_ not in {"VERB", "AUX"} and trigger.head.pos_ in {"VERB", "AUX"}
    return elided and word != trigger and not is_ancestor(trigger, word)


def _hosts_elsewhere(word: Token, trigger: Token) -> bool:
    """Whether a broker's word stands in a "where" clause on another place than the meeting's: "talks in Quito,
    the latest round of a process that has also run through Lima, where X has hosted the two" (not "talks in
    Lima, where X hosted them"), or on a month of another place ("sessions in A in May and in the port of B in
    June, where X hosted them")."""
    clause = next((t for t in (word, *ancestors_of(word)) if t.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ == "where" for c in children_of(clause)) or trigger in subtree_of(clause):
        return False
    place = clause.head
    if place.ent_type_ == "DATE":  # "in the port of X in January, where ...": "where" is the place named before
        place = _place_before(place) or place
    placed_on_trigger = place.dep_ == "pobj" and place.head.lower_ in {"in", "at"} and place.head.head == trigger
    return _a_place(place) and not placed_on_trigger


def hosting_elsewhere(trigger: Token, found: list[tuple[str, Token]], ctx: Context) -> set[str]:
    """The brokers of a sentence named only as hosts of a meeting at another place than a trigger's ("sessions in
    A and in the port of B, where X hosted the delegations"): neither brokers nor sides of the trigger's meeting."""
    elsewhere = [(party, word) for party, word in found if _hosts_elsewhere(word, trigger)]
    if not elsewhere:
        return set()
    inside = {t.i for _, word in elsewhere for t in subtree_of(word)}
    sentence = sentence_of(trigger)
    named = {
        m.party
        for m in ctx.parties_in(sentence.start, sentence.end)
        if m.span.start not in inside and not _of_a_place_noun(m.span.root)
    }
    return {party for party, _ in elsewhere} - named


def _of_a_place_noun(word: Token) -> bool:
    """Whether a name says whose a place is ("the Bolivian town of X"): the place's state, no side."""
    return word.dep_ in {"amod", "compound"} and word.head.lower_ in PLACE_NOUNS


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _a_place(word: Token) -> bool:
    """Whether a word names a place, or is a noun of the place named after its "of" ("the port of X")."""
    return word.ent_type_ in _PLACE_LABELS or any(o.ent_type_ in _PLACE_LABELS for o in of_objects(word))


def _place_before(word: Token) -> Token | None:
    """The last place named before a word in its sentence, as the noun it is "of" where it is one ("the port of
    X": "port")."""
    start = sentence_of(word).start
    place = next((t for t in reversed(word.doc[start : word.i]) if t.ent_type_ in _PLACE_LABELS), None)
    if place is not None and place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
        return place.head.head
    return place


def _of_a_parallel_process(word: Token, trigger: Token) -> bool:
    """Whether a broker's word stands in what the meeting runs "in parallel with": "the talks run in parallel with
    a US-brokered track" (that track's broker)."""
    return any(in_parallel_with(t) and not is_ancestor(t, trigger) for t in (word, *ancestors_of(word)))


def _brokered_before(word: Token, trigger: Token) -> bool:
    """Whether a broker's verb tells of a deal it brokered, with the meeting word outside its phrase: "X, which
    brokered the 2020 ceasefire between the two, was not involved in the talks", "A and B brokered the truce and
    invited the factions, not those who attended earlier rounds" (a deal of its own, not this meeting; not
    "brokered a deal at talks in Y")."""
    return (
        word.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in children_of(word))
        and not _in_the_phrase_of(word, trigger)
    )


def _in_the_phrase_of(verb: Token, word: Token) -> bool:
    """Whether a word hangs under a verb other than through a verb coordinated with it (its own clause)."""
    if verb == word:
        return True
    below = next((t for t in (word, *ancestors_of(word)) if t.head == verb and t != verb), None)
    return below is not None and not (below.dep_ == "conj" and below.pos_ in {"VERB", "AUX"})


def _of_another_noun(word: Token, trigger: Token) -> bool:
    """Whether a brokering participle describes another thing than the meeting: "a prisoner exchange mediated by
    Qatar, messages passed through Oman and occasional meetings in New York" (the exchange's broker); not the "-ing"
    participle of the broker itself ("with X's minister carrying messages between them")."""
    noun = word.head
    if word.dep_ != "acl" or word.tag_ == "VBG" or noun == trigger or noun.pos_ != "NOUN":
        return False
    if noun.lower_ in lexicon().meeting_nouns:
        return False
    if noun.lower_ in PLACE_NOUNS and is_ancestor(trigger, noun):
        return False  # "talks in the Qatari capital mediated by X": the participle hung on the talks' place
    if set_off_after_the_sides(word, trigger):
        return False  # "Talks between A and B, brokered by X in Jeddah": the participle set off after the sides
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == trigger:
        return False  # "the meeting of the committee, chaired by X": the body that meets, chaired by X
    if _the_process_of(noun, trigger):
        return False  # "held talks in a process sponsored by X": the broker of the process the talks are part of
    if _the_deal_signed(noun, trigger) or _the_dispute_ended(noun, trigger):
        return False  # "signed a ceasefire in a deal brokered by X": the broker of the deal the meeting signs; "signed
        # the accord, ending a dispute mediated by X": the broker of the dispute the meeting ends
    return first_conjunct(trigger) == noun or not is_ancestor(noun, trigger)


def _the_process_of(noun: Token, trigger: Token) -> bool:
    """Whether a noun is the process a meeting is held in or as part of: "held talks in a process brokered by X",
    "met under a format mediated by X", "talks as part of a process sponsored by X"."""
    if noun.lower_ not in BROKERED_PROCESS_NOUNS or noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ == "of" and preposition.head.lower_ == "part":
        preposition = preposition.head.head  # "as part of a process"
    held = preposition.head
    return preposition.lower_ in {"in", "under", "within", "as"} and held in {trigger, clause_verb(trigger)}


def _the_deal_signed(noun: Token, trigger: Token) -> bool:
    """Whether a noun is the deal a meeting's own verb of signing or agreeing makes, as its object or in a phrase of
    it: "signed a ceasefire in a deal brokered by X", "reached an accord mediated by X" (not "met to discuss the deal
    X brokered": the deal of another verb)."""
    if noun.lemma_.lower() not in AGREEMENT_NOUNS or trigger.pos_ != "VERB":
        return False
    made = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "under", "as"} else noun.head
    return made == trigger and noun.dep_ in {"dobj", "pobj"}


DISPUTE_NOUNS = frozenset({"dispute", "conflict", "row", "feud", "standoff", "quarrel", "war", "rift"})
"""Nouns of the quarrel a meeting may end: "ending a dispute mediated by X"."""


def _the_dispute_ended(noun: Token, trigger: Token) -> bool:
    """Whether a noun is the dispute the meeting's own clause ends or settles: "signed the accord, ending a dispute
    mediated by X" (not "met to discuss a dispute X once mediated")."""
    verb = noun.head
    ends = verb.lemma_ in {"end", "settle", "resolve"} and noun.dep_ == "dobj"
    return noun.lemma_ in DISPUTE_NOUNS and ends and verb.head == trigger and verb.dep_ in {"advcl", "conj", "xcomp"}


def _under_another(word: Token, trigger: Token, triggers: tuple[Token, ...]) -> bool:
    """Whether the nearest meeting word above a broker's word is another one coordinated apart from this one:
    "five rounds in Baghdad, hosted by Iraq, and several in Muscat under Omani auspices" (the "several" is a
    conjunct of its own, with its own broker)."""
    if is_ancestor(word, trigger) and trigger.dep_ != "conj":
        return False  # "guarantors of the process since it was launched in Oslo": the meeting is in its phrase
    indices = {t.i for t in triggers}
    path = (word, *ancestors_of(word))
    owner = next((t for t in path if t.i in indices), None)
    listed = next((listing_clause(t) for t in path if t.dep_ == "acl" and t.lower_ == "including"), None)
    if owner is None and listed is not None and listed.i in indices and listed != trigger:
        return True  # "Talks were led by the ministers, who met several times, including in A at the invitation of
        # X": X hosted one of the meetings the list tells, not the talks as a whole
    if owner == word and word.dep_ in {"relcl", "acl"} and word.head.i in indices:
        owner = word.head  # "the summit that Russia is hosting": the summit's host
    if owner is None or owner == trigger:
        return False
    # "on the sidelines of the summit that Russia is hosting": a clause on another meeting word is that one's
    described = any(t.dep_ in {"relcl", "acl"} and _said_of(t.head, owner) for t in path)
    # "Talks mediated by X collapsed, and Swiss-led talks stalled": two meeting words of one verb, each its own
    siblings = owner.head == trigger.head != owner
    return "conj" in {owner.dep_, trigger.dep_} or described and not is_ancestor(owner, trigger) or siblings


def _said_of(noun: Token, owner: Token) -> bool:
    """Whether a clause on ``noun`` is said of the meeting word ``owner``: the noun itself, or a date the parse hung the
    clause on ("their talks in X in August, which were brokered by Y": the talks were brokered, not August)."""
    return noun == owner or noun.ent_type_ == "DATE" and noun.dep_ == "pobj" and noun.head.head == owner


def own_host(mention: Mention, mediators: list[str], found: list[tuple[str, Token]]) -> list[str]:
    """Of several hosts a sentence names, the one whose country a meeting is in: "A and B have hosted earlier rounds,
    most recently in B's capital" (B hosted that one)."""
    own_days = mention.dates is not None and mention.dates.start < mention.dates.end  # "from October 22 to 24"
    if is_a_margin(mention.trigger) and not own_days:
        return []  # "on the sidelines of the summit that X is hosting": X hosts no bilateral held there (a summit
        # told with days of its own is an event of its own, hosted by its host)
    hosts = _hosts(found)
    if mention.country not in hosts or len(hosts) < 2:
        return mediators
    trigger = mention.trigger
    if all(word == trigger for party, word in found if party in hosts) and not any(
        c.dep_ == "dobj" and c.lower_ in lexicon().meeting_nouns for c in children_of(trigger)
    ):
        return mediators  # "A and B convened the two sides in A's city": joint hosts of the one meeting told
    if all(word.dep_ in {"acl", "relcl"} and word.head == trigger for party, word in found if party in hosts):
        return mediators  # "the summit in A's capital, convened by A and B": joint hosts on the meeting word
    if trigger.tag_ == "NN" and trigger.dep_ == "dobj" and all(w == trigger.head for p, w in found if p in hosts):
        return mediators  # "A's chancellor and B's chief hosted a summit in A's capital": joint hosts of one meeting
    brokering = {party for party, word in found if word.lemma_ not in HOST_VERBS}
    return [m for m in mediators if m not in hosts or m == mention.country or m in brokering]  # (and "A and B, the
    # mediators, hosted the sides in A's capital": B mediates though A hosts)


def hosts_only(mention: Mention, found: list[tuple[str, Token]]) -> frozenset[str]:
    """A mention's mediators that the sentence only says hosted ("X hosted the leaders of A and B"), never that
    they brokered or mediated."""
    others = {party for party, word in found if word.lemma_ not in HOST_VERBS}
    return frozenset(p for p in mention.mediators if p not in others)


def hosting_sides(cluster: Cluster, mediators: list[str]) -> list[str]:
    """The mediators of a meeting that its own clauses name as sides and only say hosted it: "A and B met at a
    summit that A hosted", "the leaders of A, B and C met ...; C's president hosted the others"."""
    told_sides = {p for m in cluster.mentions for p in m.parties}
    brokering = {p for m in cluster.mentions for p in m.mediators if p not in m.hosts}
    hosting = {p for m in cluster.mentions for p in m.hosts} - brokering
    return [p for p in mediators if p in hosting and p in told_sides]


def without_hosting_sides(cluster: Cluster, mediators: list[str], sides: list[str]) -> list[str]:
    """A meeting's mediators less each side its own clauses name that only hosted it (:func:`hosting_sides`) and
    that sits as a side (C of the summit of A, B and C, not its broker)."""
    seated = set(hosting_sides(cluster, mediators)) & set(sides)
    return [p for p in mediators if p not in seated]


def in_the_host_state(
    mention: Mention, found: list[tuple[str, Token]], ctx: Context, earlier: list[Mention], beside: list[Mention]
) -> None:
    """ "China hosted four days of talks": a meeting its clause does not place is in the one state hosting it, and
    in the city of that state where a meeting told before (``beside`` it in its sentence, else ``earlier``) was held
    the same day ("met in Riyadh ... thanked Saudi Arabia for hosting talks between A and B earlier in the day")."""
    hosts = _hosts(found) & set(mention.mediators)
    if len(hosts) == 1 and not (mention.city or mention.venue or mention.country):
        host = hosts.pop()
        mention.country = host if ctx.gazetteer.is_country(host) else None
        day = mention.dates
        if mention.country is None or day is None:
            return
        for other in (*reversed(beside), *reversed(earlier)):
            if other.city and other.country == mention.country and other.dates == day:
                mention.city = other.city
                return


def _hosts(found: list[tuple[str, Token]]) -> set[str]:
    """The parties a sentence says hosted: the brokers found by a verb of hosting."""
    return {party for party, word in found if word.lemma_ in HOST_VERBS}


MISSION_NOUNS = frozenset({"embassy", "consulate", "residence", "mission"})
"""A state's premises abroad: talks "at the Ecuadorian embassy in Rome" are hosted by that state."""


def embassy_host(mention: Mention, ctx: Context) -> None:
    """Adds to a meeting's hosts the state whose embassy (consulate, ambassador's residence) is its venue and which
    is none of its sides: "talks at the Ecuadorian embassy in Rome", "at the residence of Ecuador's ambassador"."""
    host = _embassy_s_state(mention, ctx)
    if host is not None and host not in mention.mediators:
        mention.mediators, mention.hosts = [*mention.mediators, host], mention.hosts | {host}


def _embassy_s_state(mention: Mention, ctx: Context) -> str | None:
    if mention.venue is None:
        return None
    venue = mention.venue.lower().split()
    for noun in (t for t in mention.sentence if t.lower_ in MISSION_NOUNS and t.lower_ in venue):
        owners = [noun, *of_objects(noun), *(c for c in children_of(noun) if c.dep_ == "poss")]  # "X's ambassador's"
        for word in (c for o in owners for c in children_of(o) if c.dep_ in {"poss", "amod", "compound"}):
            found = ctx.party_at(word.i)
            if found is not None and found.known and found.party not in mention.parties:
                return found.party
    return None


def broker_seated(cluster: Cluster, brokers: list[str]) -> str | None:
    """The first broker of a meeting that one of its mentions told by "meet" or "talk" seats as a side, with one who
    is no broker ("US officials met X ... as the US tried to broker"; not "A's minister met B's before the session",
    A and B both brokers of it)."""
    for broker in brokers:
        for mention in cluster.mentions:
            met = [p for p in mention.parties if p != broker and p not in brokers]
            told = mention.trigger.lemma_ in {"meet", "talk"} and broker not in mention.mediators
            if told and broker in mention.parties and met:
                return broker
    return None
