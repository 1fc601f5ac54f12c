"""Phrases around a verb or noun of brokering that name who brokers, or who is no broker: "along with X",
"with X facilitating", "X relayed proposals between A and B", "with the help of X", "... and an Israeli delegation"."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import Context, of_objects, sentence_of
from kg.extract.meetings.abstention import denies_a_part
from kg.extract.meetings.cast_roles import past_list_adverbs
from kg.extract.meetings.clauses import hyphenated_word
from kg.extract.meetings.verb_chains import HOLDING_VERBS
from kg.extract.meetings.words import (
    BROKERED_PROCESS_NOUNS,
    CARRIED_NOUNS,
    CARRYING_VERBS,
    MEDIATION_PREP_VERBS,
    PATRONAGE_NOUNS,
    READINESS_ADJECTIVES,
)
from kg.extract.tree import ancestors_of, children_of, subtree_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon

TEAM_NOUNS = frozenset({"delegation", "delegations", "team", "negotiators", "side"})
"""Nouns of a side's own team, never a broker in a list of brokers' countries."""


def a_side_s_team(word: Token) -> bool:
    """ "an Israeli delegation" ending a list of the brokers' countries: a side's team with its own article."""
    return word.lower_ in TEAM_NOUNS and any(c.dep_ == "det" for c in children_of(word))


SIDES_NOUNS = frozenset({"delegations", "sides", "parties", "teams", "negotiators", "delegates"})
"""Plural nouns of the sides of talks together: "welcomed the delegations" receives them all."""


def receives_the_sides(verb: Token) -> bool:
    """ "X welcomed the delegations (at the ministry)", "received the two sides": a host receiving the sides of
    talks, not a side receiving a guest."""
    return (
        verb.lemma_ in {"receive", "welcome"}
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lower_ in SIDES_NOUNS for c in children_of(verb))
        and not any(denies_a_part(c) for c in children_of(verb) if c.dep_ == "conj")
    )  # (not "welcomed the delegations but took no part in the negotiations")


def brokers_partners(preposition: Token) -> bool:
    """Whether a "with" on a brokering verb with its "by" names the brokers' partners: "talks facilitated by IGAD
    with Kenya and Norway" (named parties, not "with an Israeli team present")."""
    verb = preposition.head
    if preposition.lower_ != "with" or verb.pos_ != "VERB" or not any(c.dep_ == "agent" for c in children_of(verb)):
        return False
    objects = [o for o in children_of(preposition) if o.dep_ == "pobj"]
    trailing = [c for o in objects for c in children_of(o) if c.i > o.i and c.dep_ not in {"conj", "cc", "punct"}]
    return bool(objects) and all(o.pos_ == "PROPN" for o in objects) and not trailing


def invites_the_sides(verb: Token) -> bool:
    """ "X invited the foreign ministers of A and B to Moscow", "invited the two sides to Geneva": a host inviting
    the sides of talks to its city, not a side inviting a guest; "X, who called the meeting": its convener (not
    "called the meeting a failure", "called for talks")."""
    if (
        verb.lemma_ == "call"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in {"oprd", "xcomp"} for c in children_of(verb))
    ):
        return any(c.dep_ == "dobj" and c.lower_ in {"meeting", "summit", "session"} for c in children_of(verb))
    if verb.lemma_ != "invite" or verb.pos_ != "VERB":
        return False
    if not any(c.lower_ == "to" or c.dep_ == "xcomp" for c in children_of(verb)):  # ("to talks" read as a verb)
        return False
    for guests in (c for c in children_of(verb) if c.dep_ == "dobj"):
        counted = any(n.lower_ in {"two", "both"} for n in children_of(guests))
        named = any(o.conjuncts for o in of_objects(guests))  # "the ministers of A and B"
        named_one = any(_names_a_side(g) for g in (guests, *guests.conjuncts))  # "invited A, B and C to a
        listed = named_one and len(guests.conjuncts) >= 1  # conference", "invited X's army and the Y Forces to talks",
        # "invited X's government and rival Y forces to talks"
        if guests.lower_ in SIDES_NOUNS or guests.tag_ == "NNS" and (counted or named) or listed:
            return True
    return False


def _names_a_side(guest: Token) -> bool:
    """Whether an invited guest is named: "A", "A's government", "rival A forces", "the Ugandan army"."""
    owners = (c for c in children_of(guest) if c.dep_ in {"poss", "compound", "amod"})
    return guest.pos_ == "PROPN" or any(c.pos_ == "PROPN" or c.ent_type_ == "NORP" for c in owners)


def carries_messages(token: Token) -> bool:
    """ "Oman relayed proposals between Iran and the United States": a go-between carrying what the sides say."""
    return (
        token.lemma_ in CARRYING_VERBS
        and token.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_ in CARRIED_NOUNS for c in children_of(token))
        and any(
            c.dep_ == "prep" and c.lower_ == "between" for t in (token, *children_of(token)) for c in children_of(t)
        )
    )


BACKING_VERBS = frozenset({"back", "support"})
"""Verbs of sponsoring talks: "talks in X mediated by Y and backed by A and B" (not "Iran-backed rebels")."""


def backs_the_talks(verb: Token) -> bool:
    """Whether a participle of backing says who sponsors the talks themselves: "talks in X mediated by Y and
    backed by A and B", "the talks, supported by the EU" (a meeting word's own participle, with its "by"), "the
    talks were backed by A" (the talks its passive subject)."""
    if verb.lemma_ not in BACKING_VERBS or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in children_of(verb)):
        return False
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    nouns = lexicon().meeting_nouns
    if any(c.dep_ == "nsubjpass" and c.lower_ in nouns for c in children_of(first)):
        return True  # "The talks, which opened in X in July, were also backed by A and B"
    return first.dep_ == "acl" and first.head.lower_ in nouns


def with_a_broker_acting(token: Token) -> bool:
    """A mediation verb in "-ing" after "with", its broker before it ("..., with Norway facilitating"), which the
    parser may read as a noun."""
    word = token.lower_
    return (
        word.endswith("ing")
        and bool({word[:-3], word[:-3] + "e"} & MEDIATION_PREP_VERBS)
        and token.head.lower_ == "with"
    )


def along_with(verb: Token) -> list[Token]:
    """The "with" of "along with" or "together with" on a verb, however the parser hangs it, or an "alongside"."""
    found = []
    for child in children_of(verb):
        if child.lower_ == "alongside" and child.dep_ == "prep":
            found.append(child)  # "Qatar, which has been mediating alongside Egypt and the United States"
        elif child.lower_ == "with" and child.i > 0 and verb.doc[child.i - 1].lower_ in {"along", "together"}:
            found.append(child)
        elif child.lower_ in {"along", "together"}:
            found.extend(c for c in children_of(child) if c.lower_ == "with")
    return found


def with_the(noun: Token) -> bool:
    """ "with the help of X", "with Brazilian assistance": help given to the talks, not help asked for."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with"


BROKERING_AIMS = frozenset({"broker", "mediate", "facilitate"})
"""What an effort of a go-between aims at: "efforts by X to broker a truce"."""


def brokering_effort(noun: Token) -> bool:
    """Whether an effort is one of brokering: "a mediation effort", "efforts to broker a truce"."""
    mediation = any(
        c.dep_ in {"compound", "amod"} and c.lower_ in {"mediation", "mediating"} for c in children_of(noun)
    )
    aimed = any(c.dep_ == "acl" and c.lemma_ in BROKERING_AIMS for c in children_of(noun))
    return mediation or aimed


def verb_read_as_noun(noun: Token) -> bool:
    """Whether a plural noun the parser made the root of its sentence, with the noun before it glued on as a
    compound, is a verb in the present tense: "The Gulf state hosts Hamas's political office" (no hosts)."""
    return (
        noun.dep_ == "ROOT"
        and noun.tag_ == "NNS"
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 for c in children_of(noun))
    )


@cache
def _broker_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case forms and lemmas that can open any test of ``brokers_in`` (a name it tests as well)."""
    nouns = lexicon().mediation_nouns
    lowers = {part for noun in nouns for part in noun.split("-")} | set(nouns) | set(PATRONAGE_NOUNS)  # (whole too)
    lowers |= {"offices", "mediation", "with", "host", "hosts", "mediator", "broker", "go-between", "-", "attendance"}
    lowers |= {"partnership"}
    lowers |= {f"{stem}ing" for verb in MEDIATION_PREP_VERBS for stem in (verb, verb.removesuffix("e"))}
    verbs = set(MEDIATION_PREP_VERBS) | {f"co-{v}" for v in MEDIATION_PREP_VERBS} | set(CARRYING_VERBS)
    lemmas = verbs | set(HOLDING_VERBS) | {"play", "convene", "gather", "assemble", "welcome", "receive", "bring"}
    lemmas |= {
        "effort",
        "bid",
        "push",
        "attempt",
        "join",
        "host",
        "mediator",
        "broker",
        "invite",
        "call",
        *BACKING_VERBS,
    }
    lemmas |= OVERSEEING_VERBS | {"diplomacy", "lead"}
    return frozenset(lowers), frozenset(lemmas)


def _shuttle_diplomacy(noun: Token) -> bool:
    """Whether a noun is "shuttle diplomacy", a go-between's work: "months of shuttle diplomacy by X"."""
    return noun.lower_ == "diplomacy" and any(c.lower_ == "shuttle" for c in children_of(noun))


def shuttlers(noun: Token) -> list[Token]:
    """The go-betweens whose "shuttle diplomacy" a noun is: its owner ("X's"), or the object of its "by"."""
    if not _shuttle_diplomacy(noun):
        return []
    owners = [c for c in children_of(noun) if c.dep_ in {"poss", "amod"} and c.lower_ != "shuttle"]
    return owners + [o for p in children_of(noun) if p.lower_ == "by" for o in children_of(p) if o.dep_ == "pobj"]


OVERSEEING_VERBS = frozenset({"oversee", "supervise", "coordinate"})
"""Verbs of presiding over talks, whose subject brokers them: "X, who oversaw the talks"."""


def oversees_the_talks(verb: Token) -> bool:
    """ "X oversaw the talks", "who supervised the negotiations", "negotiations between A and B, coordinated by X": a
    broker of the talks it names or hangs on (not "met to oversee the maintenance of peace", nor "A and B coordinated
    their positions")."""
    if verb.lemma_ not in OVERSEEING_VERBS or verb.pos_ != "VERB":
        return False
    nouns = lexicon().meeting_nouns
    if any(c.dep_ == "dobj" and c.lower_ in nouns for c in children_of(verb)):
        return True
    passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(verb))
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    return passive and any(t.lower_ in nouns for t in [*subjects, *ancestors_of(verb)])


def broker_words(doc: Doc, ctx: Context) -> tuple[int, ...]:
    """The words of a document :func:`brokers_in` tests (most words pass none of its tests), found once."""
    known: tuple[int, ...] | None = doc.user_data.get("kg_broker_words")
    if known is None:
        lowers, lemmas = _broker_word_sets()
        named = {m.span.root.i for m in ctx.party_mentions if m.known}
        known = doc.user_data["kg_broker_words"] = tuple(
            sorted(set(words_with(doc, lower=lowers, lemma=lemmas)) | named)
        )
    return known


OWN_SIDE_NOUNS = {"country", "government", "state", "nation"}
"""Nouns that, owned by "whose", stand for the side of the person described: "whose country has facilitated"."""


def speaker_meant(subject: Token) -> Token:
    """The reporting subject a "he" or "she" of a clause hung inside its report stands for: "the EU's foreign policy
    chief said after a day of talks he hosted" (the chief hosted); the joint subject of the main clause a "they" of
    a relative clause stands for; any other subject as it is."""
    if subject.lower_ == "they" and subject.head.dep_ == "relcl":
        # "A, B and C agreed ..., but the talks they brokered ended ...": the joint subject of the main clause
        root = sentence_of(subject).root
        joint = [c for c in children_of(root) if c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in children_of(c))]
        return joint[0] if joint else subject
    if subject.lower_ not in {"he", "she"}:
        return subject
    reporting = next((a for a in ancestors_of(subject) if a.lemma_.lower() in lexicon().verbs_of_saying), None)
    said_by = [c for c in children_of(reporting) if c.dep_ == "nsubj"] if reporting is not None else []
    return said_by[0] if said_by and said_by[0].lower_ not in {"he", "she", "it", "they"} else subject


def whose_own(subject: Token) -> bool:
    """Whether a subject is a person's own side owned by "whose": "X, whose country has facilitated the talks"."""
    return subject.lower_ in OWN_SIDE_NOUNS and any(c.lower_ == "whose" for c in children_of(subject))


GO_BETWEEN_TITLES = {"envoy", "mediator", "representative"}
"""A go-between's title an international body's name qualifies: "the U.N. envoy", "the AU's special envoy"."""


def meets_the_sides(token: Token, ctx: Context) -> bool:
    """Whether a name is of one who met the sides as their go-between: an envoy's body (:func:`_envoy_between`) or
    the one they met in turn (:func:`_met_in_turn`)."""
    return _envoy_between(token, ctx) or _met_in_turn(token)


def _envoy_between(token: Token, ctx: Context) -> bool:
    """Whether an international body's name qualifies an envoy who met two or more sides: "the U.N. envoy met
    representatives of A and B" (the body brokers that meeting, it is no side of it)."""
    named = ctx.party_at(token.i)
    if named is None or not named.known:
        return False
    entry = ctx.gazetteer.entry(named.party)
    if entry is None or entry.kind != "international_organisation":
        return False
    envoy = token.head if token.dep_ in {"compound", "poss", "nmod", "amod"} else token.head.head
    verb = envoy.head
    if envoy.lower_ not in GO_BETWEEN_TITLES or envoy.dep_ != "nsubj" or verb.lemma_ not in {"meet", "hold"}:
        return False
    places = {t.i for p in subtree_of(verb) if p.dep_ == "prep" and p.lower_ in {"in", "at"} for t in subtree_of(p)}
    talks = [o for o in children_of(verb) if o.dep_ == "dobj" and o.lower_ in lexicon().meeting_nouns]
    if verb.lemma_ == "hold":  # "held talks in X with A and B officials"
        met = {
            t.i for w in [verb, *talks] for p in children_of(w) if p.lower_ == "with" for t in subtree_of(p)
        } - places
    else:
        met = {t.i for o in children_of(verb) if o.dep_ == "dobj" for t in subtree_of(o)} - places  # not "in Quito"
    sides = {m.party for m in ctx.party_mentions if m.span.root.i in met and m.party != named.party}
    return len(sides) >= 2


OFFERING_VERBS = frozenset({"offer", "propose", "reject", "refuse", "decline", "rebuff", "spurn", "dismiss"})
"""Verbs whose object is mediation offered or turned down, not given: "Israel rejected Turkish mediation"."""


def offered_to(verb: Token) -> bool:
    """Whether a broker's verb is only offered, as a meeting is ("X was willing to host the next round", "X offered
    to mediate"): the readiness adjectives :func:`kg.extract.meetings.proposals.proposed` reads too."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lower_ in READINESS_ADJECTIVES or head.lemma_ in OFFERING_VERBS)


def only_offered(noun: Token) -> bool:
    """Whether mediation is only offered or turned down: "rejected Turkish mediation", "offered its mediation",
    "turned down X's mediation"."""
    verb = noun.head
    turned_down = verb.lemma_ == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children_of(verb))
    return noun.dep_ == "dobj" and (verb.lemma_ in OFFERING_VERBS or turned_down)


def _list_start(token: Token) -> Token:
    """The first name of the list a token ends: "A and B, who brokered the meeting" hangs the clause on B. A list
    of those a meeting was "between" is its sides: the clause is the last one's alone ("a meeting between A, B
    and C, who hosted the talks")."""
    hung = token
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in {"between", "among"}:
        clause = next((c for c in children_of(hung) if c.dep_ == "relcl"), hung)
        return max((t for t in (token, *token.conjuncts) if t.i < clause.i), key=lambda t: t.i, default=hung)
    return token


def relative_owner(noun: Token) -> Token:
    """The noun a relative clause hung on a list tells of: the list's first name, or the mission, envoy or office a
    name is the object of "to" after ("the OSCE mission to Moldova, which facilitated ...": the mission)."""
    first = _list_start(noun)
    if first.dep_ == "pobj" and first.head.lower_ == "to" and first.head.head.pos_ == "NOUN":
        return first.head.head
    return first


def sitting_title(token: Token) -> bool:
    """Whether a word is a title (whatever its tag) of someone in office: "the Secretary-General of the United
    Nations", not "the former President of Kenya"."""
    return token.lower_ in lexicon().title_words and not any(c.lower_ in {"former", "ex"} for c in children_of(token))


def with_in_attendance(word: Token) -> Token | None:
    """The "with" phrase an "in attendance" closes: "chaired by X, with American and Chinese envoys in attendance",
    "hosted A and B at his residence, with the US ambassador and a Chinese envoy also in attendance" (envoys who
    watch over the talks, not sides), whatever the parser hung it on; none where the mediators are the ones meeting
    (:func:`_mediators_meet`)."""
    if word.lower_ != "attendance" or word.head.lower_ != "in" or word.head.head == word.head:
        return None
    preposition = word.head
    holder = preposition.head
    while holder.dep_ == "conj" and holder.head != holder:
        holder = holder.head  # "with A and B in attendance", hung on B
    if holder.dep_ == "pobj" and holder.head.lower_ == "with":
        return None if _mediators_meet(holder.head) else holder.head
    siblings = (c for c in children_of(preposition.head) if c.dep_ == "prep" and c.lower_ == "with")
    after_list = (
        s for s in siblings if past_list_adverbs(word.doc, s.right_edge.i + 1, preposition.i) == preposition.i
    )
    beside = next(after_list, None)
    return None if beside is None or _mediators_meet(beside) else beside


def is_mediation_noun(token: Token) -> bool:
    """Whether a word is a noun of brokering ("mediators", "co-hosts"), the tagger's proper noun for one that opens a
    paragraph ("Mediators from A and B ...") included."""
    common = token.pos_ == "NOUN" or token.pos_ == "PROPN" and not token.ent_type_ and token.text[1:].islower()
    return common and hyphenated_word(token) in lexicon().mediation_nouns


def _mediators_meet(beside: Token) -> bool:
    """Whether the clause a "with ... in attendance" closes has the mediators as its subject ("Mediators from A and B
    resumed talks, with Israeli negotiators in attendance"): those attending are then the side they meet."""
    verb = next((a for a in (beside.head, *ancestors_of(beside.head)) if a.pos_ in {"VERB", "AUX"}), None)
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
    return any(is_mediation_noun(s) for s in subjects)


def led_by(noun: Token) -> list[Token]:
    """The "by" of a participle of leading on a noun: "a mediation effort led by X", "the mediation team led by X"."""
    return [
        a
        for c in children_of(noun)
        if c.dep_ == "acl" and c.lemma_ == "lead"
        for a in children_of(c)
        if a.lower_ == "by"
    ]


SPELL_NOUNS = {"hours", "days", "weeks", "months", "years", "round", "rounds"}
"""Nouns of a spell of work whose "of" phrase the parser may hang a work's agent past: "days of mediation by X"."""


def agents_of_work(noun: Token) -> list[Token]:
    """The "by" of a noun of work ("mediation by X", "efforts by X"), or of its leading participle ("led by X"),
    also where the parser hung them on the spell of time the work fills: "after several days of mediation by X"
    ("led by X")."""
    holders = [noun]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SPELL_NOUNS and head.head.i < noun.i:
        holders.append(head.head)
    found = [c for h in holders for c in children_of(h) if c.lower_ == "by" and c.i > noun.i]
    return found + [by for h in holders[1:] for by in led_by(h) if by.i > noun.i]


def suspended_names(doc: Doc, start: int, ctx: Context) -> list[str]:
    """The parties named before a hyphenated compound with their hyphen left hanging ("Saudi- and U.S.-brokered
    talks", "Egyptian-, Qatari- and U.S.-mediated talks"): each word ending in a hyphen, joined by "and", "or" or a
    comma to the name that opens the compound at ``start``."""
    found: list[str] = []
    at = start - 1
    while at >= 1 and doc[at].lower_ in {"and", "or", ","} and doc[at - 1].text.endswith("-"):
        word = doc[at - 1]
        party = ctx.gazetteer.party(word.text[:-1]) if len(word) > 1 else None
        if party is None:
            break
        found.append(party)
        at -= 2  # "A-, B- and C-brokered": on to the comma after "A-"
    return found[::-1]


def joined_by_others(verb: Token) -> bool:
    """Whether a verb of joining tells who joined the talks in the passive: "the talks were joined by X"."""
    return verb.lemma_ == "join" and verb.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in children_of(verb))


def leads_the_talks(verb: Token) -> bool:
    """Whether a participle of leading describes talks or a process: "the talks, led by the African Union's panel",
    "negotiations led by the UN envoy" (who leads them is a broker where it is an organisation of states)."""
    talks = lexicon().meeting_nouns | BROKERED_PROCESS_NOUNS
    return verb.lemma_ == "lead" and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in talks


def office_of_a_body(noun: Token) -> bool:
    """Whether a broker's noun is a person's office in a body that is no meeting: "X, chair of the government
    commission on missing persons" chairs the commission, not the talks."""
    of = of_objects(noun)
    talks = lexicon().meeting_nouns | BROKERED_PROCESS_NOUNS | AGREEMENT_NOUNS  # "the guarantors of the process"
    return noun.dep_ == "appos" and bool(of) and not any(o.lower_ in talks for o in of)


def _met_in_turn(name: Token) -> bool:
    """Whether a name is the one two sides met "separately" with, alone or "then together": the go-between who saw
    each in turn ("A and B met separately and then together with the EU's envoy")."""
    top = name
    while top.dep_ in {"compound", "nmod", "amod", "poss", "appos"} and top.head != top:
        top = top.head
    preposition = top.head
    if top.dep_ != "pobj" or preposition.lower_ != "with":
        return False
    verb = preposition.head.head if preposition.head.lower_ == "together" else preposition.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "met separately and then together with"
    return any(
        v.lemma_ in {"meet", "talk"}
        and any(c.lower_ == "separately" for c in children_of(v))
        and any(c.dep_ == "nsubj" and any(g.dep_ == "cc" for g in subtree_of(c)) for c in children_of(v))
        for v in verbs
    )


def partners_of_the_talks(noun: Token) -> Token | None:
    """The "with" of talks held "in partnership with" others (who broker them with the host), however the parser
    hung it: "The talks are taking place in partnership with representatives of X and Y"."""
    if noun.lower_ != "partnership" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    after = [c for c in children_of(verb) if c.lower_ == "with" and noun.i < c.i <= noun.i + 3]
    return next((c for c in children_of(noun) if c.lower_ == "with"), None) or (after[0] if after else None)
