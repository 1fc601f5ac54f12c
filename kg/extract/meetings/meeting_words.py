"""Words that make a meeting of what is no meeting word, or none of what looks like one: a meal shared with a
named side, sides that talked or shook hands, a contact that took place, sides back at the table, a state that
only "can host", talks held by video link, and what names a side or a titled person."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from kg.extract.agreement_words import STATEMENT_NOUNS
from kg.extract.base import SUBJECT_DEPS
from kg.extract.meetings.clauses import hyphenated_word, sides_counted
from kg.extract.meetings.place_names import MARGIN_NOUNS
from kg.extract.meetings.words import CARRYING_VERBS, HOST_VERBS, MEDIATION_PREP_VERBS, MULTI_WORDS, PARTICIPANT_NOUNS
from kg.extract.role_phrases import is_title
from kg.extract.tree import children_of, lefts_of, subtree_of
from kg.gazetteer import lexicon, load

MEAL_NOUNS = frozenset({"breakfast", "lunch", "luncheon", "dinner"})
"""Meals two sides share: "had breakfast with X", "hosted a working dinner for Y" (a meeting over a meal)."""


def is_side(token: Token) -> bool:
    """A name the model tags as a person, state, people or organisation, or a noun for a side's team."""
    return token.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} or token.lower_ in PARTICIPANT_NOUNS


def a_side_s_title(noun: Token) -> bool:
    """A title a side's name owns: "Peru's foreign minister", "the Peruvian foreign minister", "the Minister of
    Foreign Affairs of Peru"."""
    owners = [d for d in children_of(noun) if d.dep_ in {"poss", "amod", "compound"} and d.ent_type_ in {"GPE", "NORP"}]
    owners += [t for t in of_phrases(noun) if t.ent_type_ in {"GPE", "NORP", "ORG"}]
    return bool(owners) and (noun.lower_ in lexicon().title_words or noun.lemma_.lower() in lexicon().title_words)


def of_phrases(noun: Token) -> list[Token]:
    """The objects of the "of" phrases hung one on another after a noun: "Affairs" and "Peru" of "Minister of
    Foreign Affairs of Peru"."""
    found: list[Token] = []
    word: Token | None = noun
    while word is not None and (
        of := next((c for c in children_of(word) if c.lower_ == "of" and c.dep_ == "prep"), None)
    ):
        word = next((o for o in children_of(of) if o.dep_ == "pobj"), None)
        found.extend([word] if word is not None else [])
    return found


def _titled_name_beside(noun: Token) -> bool:
    """A title with a person's name set beside it: "the rebels' top commander, X"."""
    return noun.lemma_.lower() in lexicon().title_words and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(noun)
    )


def sides_named(words: Iterable[Token]) -> int:
    """How many sides a word such as "trilateral" or "four-way" counts for the talks, 0 where none does; not a
    "trilateral statement" or "communique", which a broker may issue with the sides."""
    return max(
        (
            count
            for t in words
            if (count := MULTI_WORDS.get(hyphenated_word(t), 0)) and t.head.lemma_.lower() not in STATEMENT_NOUNS
        ),
        default=0,
    )


HEAD_NOUNS = frozenset({"leader", "president", "minister", "delegation"})
"""Nouns of those who head or make up a side: "the three leaders signed a declaration in X"."""


def heads_counted(token: Token) -> int:
    """How many sides a count on the subject of a meeting word's clause names ("the three leaders"), 0 if none
    of three or more."""
    return sides_counted(token, HEAD_NOUNS) if token.dep_ in SUBJECT_DEPS else 0


GO_BETWEEN_VERBS = frozenset(MEDIATION_PREP_VERBS | CARRYING_VERBS)
"""Verbs of brokering or of carrying what the sides say."""


def going_between(preposition: Token) -> bool:
    """Whether the object of "with" goes between the sides, a participle of brokering hung on it: "met in X, with
    Y's foreign minister passing messages between them" names a go-between, not someone met with; so does one
    seated between them ("with the EU's envoy between them")."""
    return (
        preposition.lower_ == "with"
        and any(
            participle.dep_ == "acl" and participle.tag_ == "VBG" and participle.lemma_.lower() in GO_BETWEEN_VERBS
            for obj in children_of(preposition)
            if obj.dep_ == "pobj"
            for participle in children_of(obj)
        )
        or bool(seated_between(preposition))
    )


BETWEEN_THE_SIDES = {"them", "us", "sides", "delegations", "parties", "leaders", "ministers", "negotiators"}
"""What a person may sit between at talks: "with X between them", "with Y between the two delegations"."""


def seated_between(preposition: Token) -> list[Token]:
    """The objects of a "with" that sit between the sides: "met in X, with the EU's envoy between them"."""
    if preposition.lower_ != "with":
        return []
    return [
        obj
        for obj in children_of(preposition)
        if obj.dep_ == "pobj"
        and any(
            p.lower_ == "between" and any(o.lower_ in BETWEEN_THE_SIDES for o in children_of(p) if o.dep_ == "pobj")
            for p in children_of(obj)
        )
    ]


def titled_name(token: Token) -> bool:
    """A name under a title, whatever label the model gave it: "received Chilean President Ana Soto"."""
    return token.pos_ == "PROPN" and any(is_title(t) for t in lefts_of(token))


def able_to_host(verb: Token) -> bool:
    """ "X can host", "Y could host": an ability with no talks named, not a meeting hosted."""
    able = any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in children_of(verb))
    return able and verb.dep_ != "relcl" and not any(c.dep_ in {"dobj", "prep"} for c in children_of(verb))


def shared_meal(noun: Token) -> bool:
    """ "X had breakfast with Y", "X hosted a working dinner for Y": a meal had or given with a named person or
    side (not "a state dinner" for the guests of a summit)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in {"have", "host", "hold", "give"}:
        return False
    if any(_two_sides(c) for c in children_of(verb) if c.dep_ == "nsubj"):
        return True  # "Chilean and Peruvian negotiators had a working dinner"
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"with", "for"}
        and any(is_side(o) or titled_name(o) or o.lemma_ == "counterpart" for o in children_of(c))
        for word in (noun, verb)
        for c in children_of(word)
    )


def _two_sides(subject: Token) -> bool:
    """Whether a subject names two sides or more by their names or demonyms: "A and B", "Chilean and Peruvian
    negotiators"."""
    named = {t.lower_ for t in subtree_of(subject) if t.ent_type_ in {"NORP", "GPE"} or is_side(t)}
    return len(named) >= 2


REMOTE_MEANS = frozenset({"link", "videolink", "zoom"})
"""What talks held apart are held by, besides the lexicon's remote meeting words: "by video link", "via Zoom"."""


def _remote_means(noun: Token) -> bool:
    """Whether a noun of linking up is said to be by video or phone: "via video conference", "by phone call"."""
    remote = lexicon().remote_meeting_words
    return noun.lower_ in {"conference", "call", "link", "calls"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in remote for c in children_of(noun)
    )


def held_remotely(trigger: Token) -> bool:
    """ "Talks are due to resume by video link", "met virtually": talks with no place of their own."""
    words = [trigger] + ([trigger.head] if trigger.dep_ in {"nsubj", "nsubjpass", "dobj", "compound"} else [])
    words += [
        c for c in children_of(trigger) if c.dep_ in {"acl", "relcl"} and c.lemma_ in {"hold", "conduct"}
    ]  # "a meeting held by", "a second round, to be held by video link"
    index = 1
    while index < len(words) < 6:  # "are due to resume by video link": down the chain of infinitives
        words.extend(c for c in children_of(words[index]) if c.dep_ in {"xcomp", "acomp"})
        index += 1
    means = lexicon().remote_meeting_words | REMOTE_MEANS  # "by video link", "via videoconference", "over the phone"
    for word in words:
        for child in children_of(word):
            if child.dep_ == "advmod" and child.lower_ in {"virtually", "online", "remotely"}:
                return True
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "via", "over"}:
                if any(o.dep_ == "pobj" and (o.lower_ in means or _remote_means(o)) for o in children_of(child)):
                    return True
    return False


CONTACT_NOUNS = frozenset({"contact", "contacts"})
"""Nouns of a meeting only where the text says it took place between sides: "an earlier contact between Syrian and
Israeli officials took place in Baku" (not "in contact with", "contact by phone", "a contact group")."""


DISCUSSION_NOUNS = frozenset({"discussions"})
"""Nouns of a meeting only where the text places their holding: "the most recent discussions, held in Amman in June"
(not "the discussions covered aid", what was talked about at a meeting told elsewhere)."""


def discussions_held(noun: Token) -> bool:
    """Whether a discussion noun is a meeting: with a participle of holding that places it ("discussions held in
    X"), the subject of "took place" or "were held" in a place, or what sides "held" in a place."""
    if noun.pos_ != "NOUN":
        return False
    held = [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in {"hold", "conduct"}]
    verb = noun.head
    told = (
        verb.lemma_ == "hold" and noun.dep_ in {"nsubjpass", "dobj"} or verb.lemma_ == "take" and noun.dep_ == "nsubj"
    )
    if told:
        held.extend((verb, noun))  # "the discussions took place in X", "were held in X", "held discussions in X"
    return any(placed_in(v, {"in", "at"}) for v in held)


def contact_held(noun: Token) -> bool:
    """Whether a contact noun is a meeting: between named sides, and the subject of "took place" or "was held"; or
    contacts held in a place ("envoys of both countries held secret contacts in X")."""
    if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_ in {"hold", "have"}:
        return placed_in(noun.head, {"in"}) or placed_in(noun, {"in"})
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun)):
        return False
    verb = noun.head
    return verb.lemma_ == "hold" or verb.lemma_ == "take" and any(c.lower_ == "place" for c in children_of(verb))


def talks_together(token: Token) -> bool:
    """ "A and B talked", "A talked with B", "A shook hands with B": two sides named, not talk about something."""
    for child in children_of(token):
        partners = [c for c in children_of(child) if c.dep_ == "pobj"] if child.lower_ == "with" else []
        if child.dep_ == "prep" and any(is_side(c) or a_side_s_title(c) or _titled_name_beside(c) for c in partners):
            return True  # (also "shook hands with the Peruvian president", "with the rebels' commander, X")
        # a name however tagged, or a side's titled person ("Chile's president and Peru's president shook hands")
        named = child.dep_ == "nsubj" and (is_side(child) or child.pos_ == "PROPN" or a_side_s_title(child))
        apposed = [g for a in children_of(child) if a.dep_ == "appos" for g in children_of(a)]  # ("A, B's envoy,
        if named and any(  # and C's minister, D, spoke": the second hung on the first's apposition)
            c.dep_ == "conj" and (is_side(c) or c.pos_ == "PROPN" or a_side_s_title(c))
            for c in (*children_of(child), *apposed)
        ):
            return True
        if child.dep_ == "nsubj" and any(
            c.dep_ == "amod" and any(g.dep_ == "conj" for g in children_of(c)) for c in children_of(child)
        ):
            return True  # "the Chilean and Peruvian presidents shook hands"
    head = token.head
    # "shook hands ... and talked alone": the sides of the first verb
    return token.dep_ == "conj" and head.lemma_ in {"shake", "talk"} and head.i != token.i and talks_together(head)


def hosts_as_a_side(verb: Token) -> bool:
    """Whether a verb of hosting makes its subject a side of the meeting rather than its go-between: one guest, a
    side or a person, and no third party ("Trump hosted Argentine President X at the White House"), or talks "with"
    one other side ("Chile hosted talks with Peru"); not "Malaysia hosted A and B", "Oman hosted X for talks with Y"
    nor "Qatar hosted talks between A and B"."""
    if verb.lemma_ not in HOST_VERBS or any(t.lower_ in {"between", "among"} for t in subtree_of(verb)):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    (guest,) = objects
    if guest.lower_ in lexicon().meeting_nouns:  # "hosted talks with Peru": the partner of the talks
        partners = [o for p in children_of(guest) if p.lower_ == "with" for o in children_of(p) if o.dep_ == "pobj"]
        return len(partners) == 1 and not any(c.dep_ == "conj" for c in children_of(partners[0]))
    named = guest.ent_type_ in {"PERSON", "GPE", "NORP"} or guest.pos_ == "PROPN"
    if not named or guest.lower_ in PARTICIPANT_NOUNS or any(c.dep_ == "conj" for c in children_of(guest)):
        return False
    return not any(t.lower_ == "with" for t in subtree_of(verb))


def definite(noun: Token) -> bool:
    """Whether a meeting noun refers back with "the", "this" or "that" ("chaired the meeting")."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(noun))


RETURN_VERBS = frozenset({"return", "go", "come", "get", "head"})
"""Verbs of going (back) to the table: "returned to the negotiating table in X", "went back to the table"."""


def to_the_table(verb: Token) -> bool:
    """Whether a verb takes someone "to the table", on itself or on its "back": "brought A and B back to the
    table" ("to" hung on "back"), "returned to the negotiating table"."""
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "back")]
    return any(
        c.dep_ in {"prep", "dative"} and c.lower_ == "to" and any(o.lemma_ == "table" for o in children_of(c))
        for holder in holders
        for c in children_of(holder)
    )


def back_at_the_table(verb: Token) -> bool:
    """ "A and B returned to the negotiating table in X on Monday", "went back to the table": talks resumed, a
    meeting of the verb's subject (not "refused to return to the table")."""
    return (
        verb.lemma_ in RETURN_VERBS
        and verb.pos_ == "VERB"
        and not any(c.dep_ == "neg" for c in children_of(verb))
        and to_the_table(verb)
    )


def placed_in(word: Token, prepositions: set[str]) -> bool:
    """Whether a word has a place phrase: one of the prepositions with a named place, a known city or a town of
    the world table as its object ("launched in Oslo", "agreed at Panmunjom", "resumed in Zinder")."""
    gazetteer = load()
    return any(
        c.dep_ == "prep"
        and c.lower_ in prepositions
        and any(
            o.dep_ == "pobj"
            and (o.ent_type_ in {"GPE", "FAC"} or gazetteer.city(o.text) or gazetteer.town(o.text) or _a_capital(o))
            for o in children_of(c)
        )
        for c in children_of(word)
    )


def _a_capital(noun: Token) -> bool:
    """ "the Venezuelan capital", "Chile's capital": a state's capital, which names a city."""
    return noun.lower_ == "capital" and any(
        c.dep_ in {"amod", "poss", "compound"} and c.ent_type_ in {"NORP", "GPE"} for c in children_of(noun)
    )


AUDIENCE_NOUNS = frozenset(
    "reporters journalists farmers students residents voters workers supporters families relatives survivors "
    "investors executives businessmen villagers troops soldiers veterans pilgrims locals crowds".split()
)
"""People a leader meets who are no side to talks: "met with farmers", "met reporters"."""


SPEECH_VERBS = frozenset({"tell", "address", "brief", "speak", "say", "lecture"})
"""Verbs of speaking to a gathering: "he told a conference in X", "addressed a forum", "speaking at a summit"."""


def an_audience_addressed(noun: Token) -> bool:
    """Whether a meeting noun names a gathering someone speaks to, brought in by "a" or "an": "he told a conference
    in Baku", "addressed a forum in Doha", "speaking at a conference" (an audience, no talks between sides)."""
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(noun)):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"at", "to"}:
        head = head.head
    elif noun.dep_ not in {"dobj", "dative"}:
        return False
    return head.pos_ == "VERB" and head.lemma_ in SPEECH_VERBS


def meets_an_audience(verb: Token) -> bool:
    """Whether all a verb of meeting meets, as its object or after "with", are people who are no side of talks."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [
        o
        for p in children_of(verb)
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    listed = objects + [c for o in objects for c in o.conjuncts]
    return bool(listed) and all(o.lower_ in AUDIENCE_NOUNS for o in listed)


def met_someone(verb: Token) -> bool:
    """Whether a meeting verb has the one it met as its object ("X met Y on Monday to ...", "met Lebanon's
    parliament speaker to push a proposal for a ceasefire between A and B")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in lexicon().title_words) for c in children_of(verb)
    )


HOLDING_VERBS = frozenset({"hold", "have", "stage", "organise", "organize", "call"})
"""Verbs whose subject holds the meeting their object names: "Protesters held a meeting"."""


def held_by_others(noun: Token) -> bool:
    """Whether a meeting noun is held by people who are no side nor its envoys: "Protesters held a gathering",
    "Students held a meeting" (a plural common noun no participant noun, title or side names)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in HOLDING_VERBS:
        return False
    holders = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return bool(holders) and all(
        h.pos_ == "NOUN"
        and h.tag_ == "NNS"
        and h.lower_ not in PARTICIPANT_NOUNS
        and h.lemma_.lower() not in lexicon().title_words
        and not any(c.ent_type_ in {"NORP", "GPE", "ORG"} or c.dep_ == "poss" for c in subtree_of(h))
        for h in holders
    )


def things_gathered(noun: Token) -> bool:
    """Whether "gathering" tells what is gathered ("intelligence gathering", "evidence gathering"), no meeting."""
    return noun.lemma_ == "gathering" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children_of(noun))


INTERNAL_BODIES = frozenset({"cabinet", "parliament", "parliamentary", "party", "caucus", "politburo", "shareholder"})
"""Bodies of one side whose meeting is no meeting between sides: "approved it at a cabinet meeting"."""


def of_one_side_s_body(noun: Token) -> bool:
    """Whether a meeting noun names a meeting of one side's own body ("a cabinet meeting", "a party congress
    session"), where no other side sits."""
    return any(
        c.dep_ in {"compound", "amod"} and c.lower_ in INTERNAL_BODIES and not _counted(c) for c in children_of(noun)
    )


def _counted(word: Token) -> bool:
    """Whether a word is counted ("six-party", "three-party"): the parties at a table, no party's own body."""
    return any(c.dep_ == "nummod" or c.like_num for c in children_of(word))


PRESS_NOUNS = frozenset({"reporters", "journalists", "press", "media", "reporter", "journalist", "newspaper"})
"""Those a person speaks to when speaking is no meeting: "spoke to reporters"."""


def spoke_somewhere(verb: Token) -> bool:
    """Whether "spoke" tells of sides speaking in a place rather than to the press or by phone: "spoke on the
    sidelines of the summit", "spoke in Lima on Monday", "spoke face to face" (not "spoke to reporters in Lima")."""
    objects = [o for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    to_press = any(o.lower_ in PRESS_NOUNS for o in objects)
    margins = any(
        p.lower_ == "on" and any(o.lower_ in MARGIN_NOUNS for o in children_of(p)) for p in children_of(verb)
    )  # "on the sidelines of the summit"
    return not to_press and not held_remotely(verb) and (margins or placed_in(verb, {"in", "at"}) or in_person(verb))


def in_person(verb: Token) -> bool:
    """Whether a verb of talking is said to be done "face to face" or "in person" (a meeting, wherever it was)."""
    doc = verb.doc
    for child in children_of(verb):
        if child.lower_ == "face" and [t.lower_ for t in doc[child.i + 1 : child.i + 3]] == ["to", "face"]:
            return True
        if child.lower_ == "in" and any(o.lower_ == "person" for o in children_of(child)):
            return True
    return False


def talked_together(verb: Token) -> bool:
    """Whether "talked", "shook hands" or "spoke" (in a place) tells of two sides meeting (:func:`talks_together`)."""
    if verb.lemma_ == "shake" and not any(c.lower_ == "hands" for c in children_of(verb)):
        return False
    if verb.lemma_ == "speak" and not spoke_somewhere(verb):
        return False
    return talks_together(verb)


HELD_NOUN_TESTS: dict[str, Callable[[Token], bool]] = {
    **dict.fromkeys(MEAL_NOUNS, shared_meal),  # "a working lunch with X"
    **dict.fromkeys(CONTACT_NOUNS, contact_held),  # "an earlier contact between A and B took place in X"
    **dict.fromkeys(DISCUSSION_NOUNS, discussions_held),  # "the discussions, held in X in June"
}
"""Nouns that tell of a meeting only where their own test finds one."""
