"""Meetings: rounds, sessions and summits with place, dates, round number, parties, mediators and status.

Every sentence that speaks of talks ("talks", "meeting", "round", "summit", a form of "meet" or "negotiate";
never a phone or video call) is a mention. From each mention come the place it names ("in Geneva",
"at the Dolmabahce Palace"), its dates, an ordinal round ("the third round"), the sides ("between Russia and
Ukraine", "talks with Russia", "Ukrainian and Russian negotiators", "US-Iran talks"), brokers and hosts
("US-brokered", "mediated by Qatar", "hosted by", "chaired", "co-organised by"), and whether it is planned or
ongoing. Mentions that agree on place, round, status and dates are one meeting; a different city, round or
status, or dates that do not overlap, make another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context, Finding, paragraph_of
from kg.extract.dates import WEEKDAYS, DateRange, shift
from kg.extract.people import Person
from kg.gazetteer import lexicon
from kg.model import ORDINALS, Attendance, Meeting, Status, label_for

MEETING_VERBS = {"meet", "negotiate", "host"}
PARTICIPANT_NOUNS = {
    "negotiators",
    "delegation",
    "delegations",
    "team",
    "teams",
    "officials",
    "side",
    "sides",
    "envoys",
    "representatives",
    "leaders",
    "ministers",
    "diplomats",
    "counterparts",
}
MULTI_WORDS = {"trilateral": 3, "three-way": 3, "quadrilateral": 4, "four-way": 4}
VENUE_WORDS = {
    "palace",
    "residence",
    "house",
    "department",
    "hotel",
    "center",
    "centre",
    "room",
    "office",
    "embassy",
    "ministry",
    "hall",
    "villa",
    "base",
    "building",
    "compound",
    "pavilion",
    "kremlin",
}
MEDIATION_PREP_VERBS = {
    "broker",
    "mediate",
    "host",
    "chair",
    "facilitate",
    "co-host",
    "cohost",
    "co-organise",
    "co-organize",
    "organise",
    "organize",
    "co-chair",
    "sponsor",
    "convene",
    "moderate",
}


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
    mediators: list[str] = field(default_factory=list)
    multi: int = 0
    days: int | None = None
    window: DateRange | None = None
    same_place: bool = False
    weekday: int | None = None
    """The weekday its date names when the article's date is unknown and the day cannot be resolved."""


@dataclass
class Cluster:
    mentions: list[Mention]

    def first(self, attribute: str) -> object:
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value not in (None, [], 0):
                return value
        return None


def _elided_round(token: Token) -> bool:
    """An ordinal standing for a round its sentence has numbered already: "the first round, in Geneva, ..., and
    the second, held in London on June 9-10, ..."."""
    if token.lower_ not in ORDINALS or token.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
        return False
    if not any(c.dep_ == "det" for c in token.children):
        return False
    return any(
        t.i < token.i and t.lower_ in {"round", "meeting", "session"} and _round_of(t) is not None for t in token.sent
    )


def _is_trigger(token: Token) -> bool:
    if _elided_round(token):
        return True
    nouns = lexicon().meeting_nouns
    remote = lexicon().remote_meeting_words
    if token.pos_ in {"NOUN", "PROPN"} and token.lower_ in nouns:
        if any(t.lower_ in remote for t in token.doc[max(token.i - 3, 0) : token.i]):
            return False
        if token.i > 0 and token.doc[token.i - 1].lower_ in lexicon().press_event_words:
            return False  # "a news conference", "a press briefing": reporters, not the sides, are met
        return not (
            token.lower_ == "round"
            and not any(t.lower_ in {"talks", "negotiations"} for t in token.subtree)
            and not any(c.dep_ in {"amod"} and c.lower_ in ORDINALS for c in token.children)
        )
    if token.pos_ != "VERB":
        return token.lower_ == "signing" and token.pos_ == "NOUN"
    if _concludes_a_deal(token):
        return True
    if token.lemma_ == "meet" and not _meets_someone(token):
        return False  # "their requirements were met"
    if token.lemma_ == "sit":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)  # "sat down for talks"
    if token.lemma_ == "talk" or (token.lemma_ == "shake" and any(c.lower_ == "hands" for c in token.children)):
        return _talks_together(token)  # "the two leaders talked for an hour", "X shook hands with Y"
    return token.lemma_ in MEETING_VERBS | SIGNING_VERBS


def _meets_someone(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "nsubjpass":
            return False
        if child.dep_ == "prep" and child.lower_ == "with":
            return True
        if child.dep_ in {"nsubj", "dobj"} and (
            child.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}
            or child.pos_ in {"PRON", "PROPN"}
            or child.lower_ in PARTICIPANT_NOUNS
        ):
            return True
    return token.dep_ in {"xcomp", "relcl", "conj", "advcl"}


def _is_side(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} or token.lower_ in PARTICIPANT_NOUNS


def _talks_together(token: Token) -> bool:
    """ "A and B talked", "A talked with B", "A shook hands with B": two sides named, not talk about something."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "with" and any(_is_side(c) for c in child.children):
            return True
        if child.dep_ == "nsubj" and _is_side(child) and any(c.dep_ == "conj" and _is_side(c) for c in child.children):
            return True
    head = token.head
    # "shook hands ... and talked alone": the sides of the first verb
    return token.dep_ == "conj" and head.lemma_ in {"shake", "talk"} and head.i != token.i and _talks_together(head)


def is_weak(trigger: Token) -> bool:
    """Signings and agreements count as meetings only where the text says where they took place."""
    return trigger.lemma_ in SIGNING_VERBS | CONCLUDING_VERBS or trigger.lower_ == "signing"


CONCLUDING_VERBS = {"reach", "strike", "seal", "agree", "conclude"}
"""Verbs of reaching a deal: "an accord struck in Geneva", "a framework agreed in Lausanne in April"."""
AGREEMENT_NOUNS = {"deal", "agreement", "accord", "framework", "ceasefire", "truce", "treaty", "declaration"}


def _concludes_a_deal(token: Token) -> bool:
    """A verb of reaching a deal with the deal as its object or as the noun it describes."""
    if token.pos_ != "VERB" or token.lemma_ not in CONCLUDING_VERBS:
        return False
    if token.dep_ == "acl":
        return token.head.lower_ in AGREEMENT_NOUNS
    return any(c.dep_ in {"dobj", "nsubjpass", "nsubj"} and c.lower_ in AGREEMENT_NOUNS for c in token.children)


SIGNING_VERBS = {"sign"}
PROPOSAL_VERBS = {
    "propose",
    "suggest",
    "offer",
    "request",
    "demand",
    "reject",
    "urge",
    "call",
    "ask",
    "seek",
    "want",
    "refuse",
}
PARTICIPATION_VERBS = {
    "hold",
    "have",
    "conduct",
    "begin",
    "start",
    "open",
    "resume",
    "continue",
    "attend",
    "join",
    "enter",
    "launch",
    "wrap",
    "end",
    "conclude",
    "complete",
    "finish",
    "stage",
    "convene",
}


PLACE_NOUNS = {
    "resort",
    "city",
    "capital",
    "town",
    "village",
    "port",
    "outskirts",
    "suburb",
    "suburbs",
    "heart",
    "centre",
    "center",
    "island",
    "coast",
    "shores",
    "area",
}
# Nouns of idioms that pass a place on to the verb: "sat down face to face in Istanbul", "on the sidelines of".
TRANSPARENT_NOUNS = {"face", "person", "sidelines", "margins", "margin"}
MOVE_VERBS = {"move", "shift", "relocate", "travel", "head", "fly", "return", "go", "come", "arrive"}


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token stands in (the token itself when it is a verb)."""
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def _anchors(trigger: Token) -> set[int]:
    """The trigger and its ancestors up to its clause verb: where its place and date may attach."""
    found = {trigger.i}
    if trigger.pos_ == "VERB":
        found.update(c.i for c in trigger.children if c.dep_ == "dobj")  # "signed a peace agreement in Washington"
    for of in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"):
        # "a second round of talks in Rome": the talks are the round
        found.update(c.i for c in of.children if c.dep_ == "pobj" and c.lower_ in lexicon().meeting_nouns)
    current = trigger
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
        found.add(current.i)
    if current.tag_ == "VBG" and current.dep_ == "advcl":
        found.add(current.head.i)  # "committed at the White House on Friday, signing a declaration"
    while (
        current.dep_ == "conj"
        and current.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children)
    ):
        # "agreed on Tuesday to rebuild ... and look at ..., after their meeting": a shared subject; a clause
        # with a subject of its own ("the first ... produced X, and the second yielded Y") is a place apart
        current = current.head
        found.add(current.i)
    if current.dep_ == "xcomp" and current.head.pos_ == "VERB":
        found.add(current.head.i)
    elif current.dep_ == "xcomp" and current.head.dep_ == "acomp":
        found.update((current.head.i, current.head.head.i))  # "is due to sit down", "is set to meet"
    if (
        current.dep_ == "advcl"
        and current.head.lemma_ in MOVE_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
    ):
        found.add(current.head.i)  # "flew to Doha on Monday to meet the emir": the journey's place and day
    return found


TIME_PREPOSITIONS = {"after", "before", "since", "following", "until", "ahead"}
"""Prepositions of a phrase that dates one event by another ("eight months after their first in Singapore"): a
place inside it is the other event's."""


def _belongs(head: Token, anchors: set[int]) -> bool:
    """Whether a modifier attached to ``head`` describes the meeting of the trigger whose anchors are given."""
    current = head
    for _ in range(5):
        if current.i in anchors:
            return True
        if current.dep_ == "prep" and current.lower_ in TIME_PREPOSITIONS:
            return False
        if current.dep_ in {"advmod", "prt"} and current.pos_ == "ADV":
            current = current.head  # "brought them together in Jeddah", "was back in Abu Dhabi for talks"
            continue
        if current.lower_ in VENUE_WORDS | PLACE_NOUNS | TRANSPARENT_NOUNS or current.ent_type_ in {
            "FAC",
            "GPE",
            "LOC",
        }:
            # "the residence of the ambassador in Geneva": climb through places
            current = current.head.head if current.dep_ == "pobj" else current.head
            continue
        # "the talks set for April 19", "the talks, held in Geneva"
        return current.pos_ == "VERB" and current.dep_ in {"acl", "relcl"} and current.head.i in anchors
    return False


def attachment(token: Token) -> Token:
    """What a phrase modifies: the head of its preposition for an object, its own head otherwise."""
    return token.head.head if token.dep_ == "pobj" else token.head


def _negated(token: Token) -> bool:
    verb = clause_verb(token)
    return any(c.dep_ == "neg" for c in verb.children)


def _place_objects(sentence: Span, trigger: Token | None = None) -> list[Token]:
    """Objects of "in"/"at" (and "to" after verbs of moving) that say where the trigger's meeting is."""
    anchors = _anchors(trigger) if trigger is not None else set()
    found: list[Token] = []
    for token in sentence:
        if token.dep_ != "prep":
            continue
        lowered = token.lower_
        if not (
            lowered in {"in", "at", "on", "inside"} or (lowered in {"to", "into"} and token.head.lemma_ in MOVE_VERBS)
        ):
            continue
        if trigger is not None and (not _belongs(token.head, anchors) or _negated(token)):
            continue
        for obj in token.children:
            if obj.dep_ != "pobj":
                continue
            found.append(obj)
            if obj.lower_ in PLACE_NOUNS:
                # "the Red Sea resort of Sharm el-Sheikh", "the outskirts of Muscat"
                for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                    found.extend(c for c in of.children if c.dep_ == "pobj")
    return found


def _locate(mention: Mention, ctx: Context) -> None:
    doc = mention.sentence.doc
    gazetteer = ctx.gazetteer
    for obj in _place_objects(mention.sentence, mention.trigger):
        phrase = doc[obj.left_edge.i : obj.i + 1]
        text = re.sub(r"^(the|a|an)\s+", "", phrase.text, flags=re.I)
        city = gazetteer.city(obj.text) or gazetteer.city(text) or _multiword_city(obj, ctx) or _capital(obj, ctx)
        if obj.ent_type_ in {"GPE", "LOC"} or city:
            if mention.city is None and city:
                mention.city, mention.country = city
            elif (
                mention.city is None
                and obj.ent_type_ == "GPE"
                and not gazetteer.is_country(gazetteer.party(text) or "")
            ):
                mention.city = doc[obj.left_edge.i if obj.left_edge.ent_type_ else obj.i : obj.i + 1].text
                country = _apposed_country(obj, ctx)
                if country:
                    mention.country = country
            elif mention.country is None and gazetteer.is_country(gazetteer.party(text) or ""):
                mention.country = gazetteer.party(text)
        elif (
            mention.city is None
            and obj.pos_ == "PROPN"
            and not obj.ent_type_
            and obj.head.lower_ == "in"
            and ctx.party_at(obj.i) is None
            and ctx.people.at(obj) is None
            and obj.text[:1].isupper()
        ):
            mention.city = phrase.text if phrase[0].pos_ == "PROPN" else obj.text  # "a first session in Ohrid"
        elif any(c.lower_ == "same" for c in obj.children) and obj.lower_ in VENUE_WORDS | PLACE_NOUNS | {"place"}:
            mention.same_place = True  # "at the same palace": the place of the meeting before
        elif mention.venue is None and (
            obj.lower_ in VENUE_WORDS or obj.ent_type_ == "FAC" or gazetteer.venue_city(text)
        ):
            mention.venue = _venue_text(obj)
            venue_city = gazetteer.venue_city(text)
            if venue_city and mention.city is None:
                mention.city, mention.country = gazetteer.city(venue_city) or (venue_city, None)
            for sub in obj.subtree:
                if (
                    sub.dep_ == "pobj"
                    and sub.i != obj.i
                    and (found := gazetteer.city(sub.text))
                    and mention.city is None
                ):
                    mention.city, mention.country = found


def _locate_by_reference(mention: Mention, ctx: Context) -> None:
    """A place the meeting's clause points to: "travelled on to Seoul, where on Thursday he is due to sit down
    with ..." (the place "where" stands for), "signed the first ceasefire here" (the dateline's city)."""
    anchors = _anchors(mention.trigger)
    for index in sorted(anchors):
        token = mention.sentence.doc[index]
        for child in token.children:
            if child.lower_ == "here" and child.dep_ == "advmod" and ctx.dateline_place:
                if (found := ctx.gazetteer.city(ctx.dateline_place)) is not None:
                    mention.city, mention.country = found
                    return
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            place = token.head
            if (found := ctx.gazetteer.city(place.text) or _multiword_city(place, ctx)) is not None:
                mention.city, mention.country = found
                return


def _locate_loosely(mention: Mention, ctx: Context) -> None:
    """A meeting its own clause does not place: a city named before its meeting word ("the Brussels meeting",
    "this first Vienna round"), else the one known city its sentence puts a person or thing "in" or "at" ("the
    meeting of the two leaders in Helsinki on July 16"), when there is exactly one."""
    gazetteer = ctx.gazetteer
    for child in mention.trigger.lefts:
        if child.dep_ in {"compound", "amod", "nmod"} and (city := gazetteer.city(child.text)):
            mention.city, mention.country = city
            return
    # "in CITY" that modifies a noun ("the meeting of the two leaders in Helsinki"), not the place of another
    # event the sentence reports with a verb ("Speaking in Tirana before the talks ended")
    found = {
        city
        for obj in _place_objects(mention.sentence)
        if obj.head.head.pos_ in {"NOUN", "PROPN"}
        and (city := gazetteer.city(obj.text))
        and not _elsewhere(obj.head.head, mention.trigger)
    }
    if len(found) == 1:
        mention.city, mention.country = found.pop()


def _elsewhere(noun: Token, trigger: Token) -> bool:
    """Whether a noun a place modifies is another meeting ("after their first meeting in Singapore") or stands in
    a phrase dating this one by another event."""
    if noun.i == trigger.i:
        return False
    if _is_trigger(noun):
        return True
    anchors = _anchors(trigger)
    for ancestor in noun.ancestors:
        if ancestor.i in anchors:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in TIME_PREPOSITIONS:
            return True
    return False


def _capital(token: Token, ctx: Context) -> tuple[str, str] | None:
    """ "the Saudi capital", "the capital of Qatar", "the Qatari capital Doha" read as a city."""
    if token.lower_ != "capital":
        return None
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod", "poss"} or (child.dep_ == "prep" and child.lower_ == "of"):
            candidates = [child] if child.dep_ != "prep" else [c for c in child.children if c.dep_ == "pobj"]
            for candidate in candidates:
                country = ctx.gazetteer.party(candidate.text)
                if country and ctx.gazetteer.is_country(country):
                    return ctx.gazetteer.capital(country)
    return None


def _multiword_city(token: Token, ctx: Context) -> tuple[str, str] | None:
    """A known city named by the entity a token ends ("Sharm el-Sheikh", "Abu Dhabi")."""
    if not token.ent_type_:
        return None
    ent = ctx.entity_at(token.i)
    return ctx.gazetteer.city(ent.text) if ent is not None else None


def _venue_text(token: Token) -> str:
    """A venue's name without leading articles and possessive pronouns ("his official residence")."""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.lower_ not in {"the", "a", "an"}]
    if words and words[0].tag_ == "PRP$":
        words = words[1:]
    tail = [t for t in token.subtree if t.i > token.i]
    if tail and tail[0].lower_ == "of" and len(tail) <= 8:
        words += tail
    return " ".join(t.text for t in words).replace(" 's", "'s")


def _apposed_country(token: Token, ctx: Context) -> str | None:
    for child in token.children:
        if child.dep_ in {"appos", "conj", "npadvmod"}:
            party = ctx.gazetteer.party(child.text)
            if party and ctx.gazetteer.is_country(party):
                return party
    return None


def _round_of(token: Token) -> int | None:
    """The ordinal of a round, meeting or session noun ("the third round", "a second such meeting"), or of an
    ordinal standing for one ("... and the second, held in London")."""
    if token.lower_ in ORDINALS and token.dep_ not in {"amod", "nummod"}:
        return ORDINALS[token.lower_]
    for child in token.children:
        if child.lower_ in ORDINALS and child.dep_ in {"amod", "nummod"}:
            return ORDINALS[child.lower_]
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.lower_ in ORDINALS:
        return ORDINALS[previous.lower_]
    if previous is not None and previous.lower_ == "such" and token.i > 1 and doc[token.i - 2].lower_ in ORDINALS:
        return ORDINALS[doc[token.i - 2].lower_]
    return None


def _round(sentence: Span, trigger: Token, single: bool) -> int | None:
    """The round the trigger is, or, in a sentence with one trigger, any round the sentence numbers."""
    own = _round_of(trigger)
    if own is not None or not single:
        return own
    for token in sentence:
        if token.lower_ in {"round", "meeting", "session"}:
            found = _round_of(token)
            if found is not None:
                return found
    return None


def _side_of(person_name: str, ctx: Context) -> str | None:
    """The side a person acts for; a former office holder acts for no state."""
    role, side, _ = ctx.people.descriptions.get(person_name, (None, None, None))
    if role and role.lower().startswith("former"):
        return None
    entry = ctx.gazetteer.entry(side) if side else None
    return side if entry is not None and entry.kind != "news_organisation" else None


COPULAS = {"be", "remain", "serve", "act", "become", "stay", "continue"}


def _mediators(sentence: Span, ctx: Context) -> list[str]:
    found: list[str] = []
    doc = sentence.doc
    mediation_nouns = lexicon().mediation_nouns

    def add_from(token: Token) -> None:
        person = ctx.people.named_by(token)
        if person is not None:
            side = _side_of(person.name, ctx)
            if side:
                found.append(side)
        else:
            mention = ctx.party_at(token.i)
            if mention is not None and mention.known:
                found.append(mention.party)
        for child in token.children:
            if child.dep_ == "conj":
                add_from(child)

    def add_subjects(verb: Token) -> None:
        """The subject of a verb of acting as a broker, or the object of "with" in "with X acting as ..."."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.head.lower_ == "with":
            subjects = [verb.head]
        for subject in subjects:
            add_from(subject)
        if not subjects and verb.dep_ in {"pcomp", "acl", "advcl"}:
            for sibling in verb.head.children:
                if sibling.dep_ == "pobj":
                    add_from(sibling)

    for token in sentence:
        lemma = token.lemma_.lower()
        # "US-brokered", "Oman-mediated"
        if (
            token.text == "-"
            and token.i + 1 < len(doc)
            and (doc[token.i + 1].lemma_.lower() in MEDIATION_PREP_VERBS or doc[token.i + 1].lower_ == "led")
        ):
            led = doc[token.i + 1].lower_ == "led"
            # "US-brokered", and "African Union-led" when what is led is talks or mediation
            led_talks = led and doc[token.i + 1].head.lower_ in lexicon().meeting_nouns | {"mediation"}
            if (not led or led_talks) and (mention := ctx.party_at(token.i - 1)) is not None and mention.known:
                found.append(mention.party)
            continue
        if lemma in MEDIATION_PREP_VERBS and token.pos_ == "VERB":
            agents = [c for c in token.children if c.dep_ == "agent"]
            for agent in agents:
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        add_from(obj)
            if not agents and token.tag_ != "VBN":
                subjects = [c for c in token.children if c.dep_ == "nsubj"]
                if not subjects and token.dep_ in {"xcomp", "ccomp"}:
                    # "Qatar helped broker the text"
                    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
                for child in subjects:
                    add_from(child)
                if token.dep_ == "relcl":
                    add_from(token.head)
        if _word(token) in mediation_nouns and token.pos_ == "NOUN":
            after = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.i + 1]
            for prep in after:  # "thanked the mediators from Qatar, Egypt and Turkey"
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        add_from(obj)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    for obj in child.children:
                        add_from(obj)
                if child.dep_ in {"appos", "amod", "compound", "nmod", "poss"}:
                    # "Egyptian and Qatari mediators", "Oman's mediator"
                    add_from(child)
            if token.dep_ in {"attr", "appos"} and token.head.pos_ in {"PROPN", "NOUN"}:
                add_from(token.head)
            if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in {"PROPN", "NOUN"}:
                add_from(token.head.head)  # "with South Africa as host"
            if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in {"VERB", "AUX"}:
                verb = token.head.head
                for sibling in verb.children:  # "..., with South Africa as host"
                    if sibling.dep_ == "prep" and sibling.lower_ == "with" and sibling.right_edge.i + 1 == token.head.i:
                        for obj in sibling.children:
                            if obj.dep_ == "pobj":
                                add_from(obj)  # "with Cuba and Norway acting as guarantors", "Qatar served as mediator"
                add_subjects(verb)
            if token.dep_ in {"attr", "oprd", "dobj"} and token.head.lemma_ in COPULAS:
                # "Oman remained the go-between", "with Oman remaining the go-between", "acted as host"
                add_subjects(token.head)
    return list(dict.fromkeys(found))


def _word(token: Token) -> str:
    """A token with the words hyphenated to it: "go-between" for "between"."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _participant_tokens(sentence: Span, ctx: Context, exclude: set[int]) -> Iterator[tuple[Token, str]]:
    """(token, side) for every party name and every person with a known side in a sentence."""
    for party_mention in ctx.parties_in(sentence.start, sentence.end):
        entry = ctx.gazetteer.entry(party_mention.party) if party_mention.known else None
        if entry is None and party_mention.party not in ctx.framed_sides or entry and entry.kind == "news_organisation":
            continue
        root = party_mention.span.root
        if root.i in exclude or any(ctx.people.at(t) is not None for t in party_mention.span):
            continue
        yield root, party_mention.party
    seen: set[str] = set()
    for token, person in _people_in(sentence, ctx):
        if token.i in exclude or person.name in seen:
            continue
        side = _side_of(person.name, ctx)
        if side:
            seen.add(person.name)
            yield token, side


def _people_in(sentence: Span, ctx: Context) -> Iterator[tuple[Token, Person]]:
    """(head word of the name, person) for each mention of a person in a sentence."""
    for token in sentence:
        person = ctx.people.at(token)
        if person is not None and not (token.head.i != token.i and ctx.people.at(token.head) is person):
            yield token, person


def _place_tokens(sentence: Span) -> set[int]:
    """Tokens naming where things happen, without the "between ..." phrases that hang from a place."""
    found: set[int] = set()
    for obj in _place_objects(sentence):
        for token in obj.subtree:
            found.add(token.i)
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in {"between", "with", "among"}:
                found.difference_update(t.i for t in child.subtree)
    return found


def _parties(mention: Mention, ctx: Context, others: frozenset[int] = frozenset()) -> list[str]:
    """Sides of the talks a sentence names: parties and the sides of people taking part.

    Sides written on the meeting word itself ("Russia-Ukraine session", "US-Iran talks") are its sides alone;
    modifiers of another meeting word of the sentence (``others``) are that meeting's.
    """
    sentence = mention.sentence
    trigger = mention.trigger
    own: list[str] = []
    found: list[str] = []
    for token, side in _participant_tokens(sentence, ctx, _place_tokens(sentence)):
        path = _climb(token)
        if path.head.i in others and path.dep_ in {"amod", "compound", "nmod", "poss"}:
            continue
        if not _is_participant(token, trigger):
            continue
        found.append(side)
        if path.head == trigger and path.dep_ in {"amod", "compound", "nmod", "poss"}:
            own.append(side)
    return list(dict.fromkeys(own if len(set(own)) >= 2 else found))


def _climb(token: Token) -> Token:
    """Up through coordination and compounds of names: "Russia and Ukraine", "Russia-Ukraine"."""
    path = token
    while path.head != path and (
        path.dep_ == "conj"
        or (path.dep_ in {"compound", "appos"} and path.head.pos_ == "PROPN" and path.head.ent_type_)
    ):
        path = path.head
    return path


HOST_VERBS = {"host", "convene"}
GOVERNMENT_NOUNS = {
    "government",
    "governments",
    "authorities",
    "administration",
    "leadership",
    "military",
    "army",
    "forces",
}


def _cast_as_mediator(token: Token) -> bool:
    """ "with South Africa as host": the object of "with" followed by "as" and a mediation noun."""
    nouns = lexicon().mediation_nouns
    preposition = token.head
    following = [c for c in token.children] + [c for c in preposition.head.children if c.i == token.right_edge.i + 1]
    for child in following:
        if child.dep_ == "prep" and child.lower_ == "as":
            return any(_word(c) in nouns for c in child.children)
    return False


AGREEMENT_VERBS = {"agree", "sign", "reach", "conclude", "strike", "seal", "settle", "commit", "initial"}


def _via_prepositions(trigger: Token, verb: Token) -> bool:
    """Whether a meeting word hangs from a verb through prepositions only ("agreed after days of talks")."""
    current = trigger
    for _ in range(8):
        if current.head == current:
            return False
        if current.head == verb:
            return current.dep_ in {"pobj", "prep"}
        if current.dep_ not in {"pobj", "prep"} and current.head.pos_ not in {"NOUN", "ADP"}:
            return False
        current = current.head
    return False


def _is_participant(token: Token, trigger: Token) -> bool:
    """Whether a party or person token stands as a side of the talks in its sentence."""
    doc = token.doc
    # "US-Iran talks", "Russia-Ukraine session"
    if (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ in {"brokered", "mediated", "led", "hosted", "backed"}
    ):
        return False
    path = _climb(token)
    if path.dep_ in {"amod", "compound", "poss", "nmod"} and path.head.lower_ in GOVERNMENT_NOUNS:
        path = _climb(path.head)  # "the Colombian government and the ELN"
    head = path.head
    host = trigger.lemma_ in HOST_VERBS
    if path.dep_ == "pobj" and head.lower_ in {"between", "with", "among"}:
        return not _cast_as_mediator(path)  # not "with South Africa as host"
    if path.dep_ in {"dobj"} and head == trigger and host:
        return True  # "Malaysia hosted Thailand and Cambodia"
    if path.dep_ in {"nsubj", "nsubjpass"}:
        if head == trigger:
            return not host
        if trigger.head == head and trigger.dep_ in {"dobj", "nsubjpass"}:
            return head.lemma_ in PARTICIPATION_VERBS  # "Iran and the US held talks"
        if trigger.head.dep_ == "prep" and trigger.head.lower_ in {"at", "in", "during"} and trigger.head.head == head:
            return True  # "the leaders agreed at talks in Malaysia"
        if head.lemma_ in PARTICIPATION_VERBS and trigger.head.head == head and trigger.head.dep_ == "prep":
            return True
        # "Ethiopia and the TPLF agreed ... after ten days of talks"
        return head.lemma_ in AGREEMENT_VERBS and _via_prepositions(trigger, head)
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head == trigger or head.lower_ in lexicon().meeting_nouns
    ):
        return True
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and head.lower_ in PARTICIPANT_NOUNS:
        # "Russian and Ukrainian negotiators sat down", not "Saudi officials said"
        return head != token and _is_participant(head, trigger)
    if path.dep_ == "pobj" and head.lower_ in {"of", "for"} and head.head.lower_ in PARTICIPANT_NOUNS:
        return True  # "negotiators for the government", "the delegations of Sudan and Chad"
    if path.dep_ == "appos" and head.lower_ in PARTICIPANT_NOUNS:
        return True
    return False


LEAD_VERBS = {"lead", "head"}


@cache
def _negotiator_words() -> frozenset[str]:
    """The words of a negotiator's role (the lexicon's "negotiator" class: negotiator, envoy, delegation ...)."""
    return frozenset(lexicon().role_nouns["negotiator"])


ACCOMPANY_VERBS = {"flank", "accompany", "join"}


def _leads_team(token: Token) -> bool:
    """ "X led the delegation", "the team, headed by X", "led the American side, flanked by X"."""
    path = _climb(token)
    head = path.head
    if path.dep_ == "nsubj" and head.lemma_ in LEAD_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ in PARTICIPANT_NOUNS for c in head.children)
    if path.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in LEAD_VERBS:
        return head.head.head.lower_ in PARTICIPANT_NOUNS or head.head.dep_ in {"acl", "relcl"}
    if path.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in ACCOMPANY_VERBS:
        return head.head.dep_ in {"acl", "advcl"}  # "..., flanked by X": the companions of a named leader
    return False


def _in_place(token: Token, city: str) -> bool:
    """A person introduced as a negotiator in the meeting's city: "the lead envoy in Geneva, Steve Witkoff"."""
    path = token
    head = path.head
    if path.dep_ == "appos" and head.text == city and head.dep_ == "pobj" and head.head.lower_ == "in":
        return head.head.head.lower_ in _negotiator_words() | PARTICIPANT_NOUNS  # the name parsed as the city's
    nouns = [head] if path.dep_ == "appos" else [c for c in token.children if c.dep_ == "appos"]
    return any(
        noun.lower_ in _negotiator_words() | PARTICIPANT_NOUNS
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.text == city for g in c.children)
            for c in noun.children
        )
        for noun in nouns
    )


def _following(sentence: Span, limit: int = 3) -> list[Span]:
    """The sentences after one in its paragraph (at most ``limit``): what they tell goes on about it."""
    doc = sentence.doc
    paragraph = paragraph_of(doc, sentence.start_char)
    found: list[Span] = []
    end = sentence.end
    while len(found) < limit and end < len(doc) and paragraph_of(doc, doc[end].idx) == paragraph:
        found.append(doc[end].sent)
        end = doc[end].sent.end
    return found


def _negotiator(name: str, ctx: Context) -> bool:
    """Whether a person's role makes them one of a side's negotiators ("chief negotiator", "special envoy")."""
    role = ctx.people.descriptions.get(name, (None, None, None))[0]
    if not role or role.lower().startswith("former"):
        return False
    return bool(set(role.lower().split()) & _negotiator_words())


def _attendees(mention: Mention, ctx: Context) -> Iterator[tuple[str, Span, bool]]:
    """(person, sentence, sure) for the people a meeting's sentence names as taking part in it.

    Sure: the sentence makes them a participant ("X met Y", "talks between X and Y", "X attended the talks", the
    host of a meeting), or has them lead a team. Not sure: a side's negotiator or envoy named in a sentence about
    the meeting ("Moscow's chief negotiator said the negotiations were difficult"); kept where their side is one of
    the meeting's.
    """
    trigger = mention.trigger
    seen: set[str] = set()
    for sentence in [mention.sentence, *_following(mention.sentence)]:
        own = sentence == mention.sentence
        for token, person in _people_in(sentence, ctx):
            if person.name in seen:
                continue
            path = _climb(token)
            linked = own and (
                (path.dep_ in {"nsubj", "dobj"} and path.head == trigger and trigger.pos_ == "VERB")
                or (
                    path.dep_ == "pobj"
                    and path.head.lower_ in {"between", "with", "among"}
                    and path.head.head == trigger
                )
                or (_is_participant(token, trigger) and path.dep_ != "pobj")
            )
            sure = linked or _leads_team(token) or bool(mention.city and _in_place(token, mention.city))
            if sure or (own and _negotiator(person.name, ctx)):
                seen.add(person.name)
                yield person.name, sentence, sure


ONGOING_WORDS = {"ongoing", "continuing", "underway"}
PLANNED_VERBS = {"expect", "plan", "schedule", "set", "due", "intend", "agree", "aim", "prepare", "propose"}
WOULD_VERBS = {"move", "take", "be", "hold", "resume", "start", "begin", "open", "meet", "shift", "go"}


def _status(mention: Mention, ctx: Context) -> Status:
    trigger = mention.trigger
    verb = clause_verb(trigger)
    near = {t.lower_ for t in trigger.subtree} | {verb.lower_} | {c.lower_ for c in verb.children}
    if near & ONGOING_WORDS and not (near & {"will", "next"}):
        return "ongoing"
    if verb.lemma_ == "continue" and verb.tag_ in {"VBZ", "VBP", "VBG"}:
        return "ongoing"  # "talks continue in Doha"
    reference = ctx.dates.reference
    if mention.dates and reference and mention.dates.start > reference:
        return "planned"
    if mention.dates and reference and mention.dates.end < reference:
        return "held"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"will", "'ll", "shall"} or any(t.lower_ in {"next", "upcoming"} for t in trigger.subtree):
        return "planned"
    if "would" in auxiliaries and verb.lemma_ in WOULD_VERBS:
        return "planned"
    if verb.lemma_ in {"expect", "plan", "schedule", "due"} or (
        verb.dep_ == "xcomp" and verb.head.lemma_ in PLANNED_VERBS
    ):
        return "planned"
    return "held"


def _date_attachment(ent: Span) -> Token:
    """What a date expression modifies ("on Monday afternoon" -> the verb)."""
    root = ent.root
    while root.dep_ in {"compound", "nmod", "amod", "nummod"} and root.head.i != root.i and root.head.ent_type_:
        root = root.head
    return attachment(root) if root.dep_ == "pobj" else root.head


def _dates(sentence: Span, ctx: Context, anchor: date | None, trigger: Token | None = None) -> DateRange | None:
    """The widest date range in a sentence, or only those that describe the trigger's meeting."""
    anchors = _anchors(trigger) if trigger is not None else set()
    best: DateRange | None = None
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ != "DATE":
            continue
        if trigger is not None and not (
            ent.root.i in anchors or _belongs(_date_attachment(ent), anchors) or trigger.i in range(ent.start, ent.end)
        ):
            continue
        found = ctx.dates.resolve(ent, anchor=anchor)
        if found is None:
            continue
        if best is None or (found.end - found.start) > (best.end - best.start):
            best = found
    return best


def _weekday_named(sentence: Span, ctx: Context, trigger: Token) -> int | None:
    """The weekday a meeting's own date expression names ("since Tuesday"), for an article with no date to
    resolve it against: two meetings named for weekdays two days apart or more are not one."""
    anchors = _anchors(trigger)
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ == "DATE" and (ent.root.i in anchors or _belongs(_date_attachment(ent), anchors)):
            for word in ent.text.lower().split():
                if word in WEEKDAYS:
                    return WEEKDAYS[word]
    return None


def _triggers(sentence: Span) -> list[Token]:
    """Meeting words of a sentence, one per meeting ("the second round of talks" is one)."""
    found = [t for t in sentence if _is_trigger(t)]
    indices = {t.i for t in found}
    return [
        t
        for t in found
        if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i in indices)
        and not (t.dep_ in {"compound", "conj"} and t.head.i in indices)
    ]


def _proposed(trigger: Token) -> bool:
    """Whether a meeting is only proposed, asked for or rejected ("proposed reviving talks", "asked for a meeting")."""
    current = trigger
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return False
        if head.pos_ == "VERB" and head.lemma_ in PROPOSAL_VERBS:
            return True
        if current.pos_ == "VERB" and current.dep_ not in {"xcomp", "ccomp"}:
            return False
        current = head
    return False


_DURATION_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _duration(trigger: Token) -> int | None:
    """Days a meeting lasted, from "three days of talks" or "two-day talks"."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "day":
        for child in head.head.children:
            if child.dep_ == "nummod":
                return _DURATION_WORDS.get(child.lower_) or (int(child.text) if child.text.isdigit() else None)
    for child in trigger.children:
        words = child.text.lower().split("-")
        if child.dep_ in {"amod", "compound"} and len(words) == 2 and words[1] == "day":
            return _DURATION_WORDS.get(words[0])
    return None


def _join_conclusions(mentions: list[Mention]) -> list[Mention]:
    """ "signed a declaration in Jeddah on Thursday after talks that began on May 6" is one meeting: the talks
    and the signing that ends them; its dates run from the talks' start to the signing."""
    kept = list(mentions)
    for talks in mentions:
        for signing in mentions:
            if talks is signing or signing not in kept or talks not in kept:
                continue
            verb = clause_verb(signing.trigger)
            if verb.lemma_ not in AGREEMENT_VERBS and not is_weak(signing.trigger):
                continue  # "hosting the second summit, eight months after their first meeting": two meetings
            if signing.round and talks.round and signing.round != talks.round:
                continue
            after = [a for a in talks.trigger.ancestors if a.lower_ in {"after", "following"}]
            if not after or not _via_prepositions(talks.trigger, verb):
                continue
            signing.city = signing.city or talks.city
            signing.country = signing.country or talks.country
            signing.venue = signing.venue or talks.venue
            signing.mediators = list(dict.fromkeys(signing.mediators + talks.mediators))
            spans = [d for d in (signing.dates, talks.dates) if d]
            if spans:
                signing.dates = DateRange(min(d.start for d in spans), max(d.end for d in spans))
            signing.window = signing.window or talks.window
            signing.days = signing.days or talks.days
            kept.remove(talks)
    return kept


def _mentions(doc: Doc, ctx: Context) -> list[Mention]:
    mentions: list[Mention] = []
    last_date: date | None = None
    for sentence in doc.sents:
        sentence_dates = _dates(sentence, ctx, last_date)
        triggers = [t for t in _triggers(sentence) if not _proposed(t)]
        mediators = _mediators(sentence, ctx) if triggers else []
        multi = max((MULTI_WORDS.get(_word(t), 0) for t in sentence), default=0)
        own: list[Mention] = []
        for trigger in triggers:
            mention = Mention(sentence, trigger, dates=_dates(sentence, ctx, last_date, trigger))
            if mention.dates is None and ctx.dates.reference is None:
                mention.weekday = _weekday_named(sentence, ctx, trigger)
            mention.round = _round(sentence, trigger, len(triggers) == 1)
            _locate(mention, ctx)
            if not (mention.city or mention.venue):
                _locate_by_reference(mention, ctx)
            if is_weak(trigger) and not (mention.city or mention.venue):
                continue
            if not (mention.city or mention.venue or mention.same_place):
                _locate_loosely(mention, ctx)
            mention.status = _status(mention, ctx)
            mention.mediators = mediators
            mention.multi = max((MULTI_WORDS.get(_word(t), 0) for t in trigger.subtree), default=0) or (
                multi if len(triggers) == 1 else 0
            )
            mention.parties = _parties(mention, ctx, frozenset(t.i for t in triggers if t != trigger))
            mention.days = _duration(trigger)
            if mention.days and mention.dates and any(a.lower_ == "after" for a in trigger.ancestors):
                # "agreed on Wednesday after ten days of talks": the date ends them
                end = mention.dates.end
                first = shift(end, 1 - mention.days)
                mention.window = DateRange(first, end) if first else None
                mention.dates = None
            own.append(mention)
        for mention in own:
            if mention.same_place and mention.city is None:
                earlier = next((m for m in reversed(mentions + own) if m.city and m is not mention), None)
                if earlier is not None:
                    mention.city, mention.country, mention.venue = earlier.city, earlier.country, earlier.venue
        own = _join_conclusions(own)
        shared = list(dict.fromkeys(p for m in own for p in m.parties))
        for mention in own:
            if not mention.parties:
                mention.parties = list(shared)
        mentions.extend(own)
        if sentence_dates is not None:
            last_date = sentence_dates.start
    return mentions


def _compatible(cluster: Cluster, mention: Mention, ctx: Context) -> bool:
    for other in cluster.mentions:
        if mention.city and other.city and mention.city != other.city:
            return False
        for a, b in ((mention, other), (other, mention)):
            if (
                a.country
                and b.city
                and not a.city
                and (ctx.gazetteer.city(b.city) or (None, a.country))[1] != a.country
            ):
                return False
        if mention.round and other.round and mention.round != other.round:
            return False
        if mention.status != other.status and "planned" in (mention.status, other.status):
            return False  # held and ongoing are the same talks seen at different moments
        mine, theirs = set(mention.parties), set(other.parties)
        if (
            (mention.multi or other.multi)
            and len(mine) >= 2
            and len(theirs) >= 2
            and not (mine <= theirs or theirs <= mine)
        ):
            return False  # "a three-way meeting between Turkish, US and Ukrainian officials"
        if mention.weekday is not None and other.weekday is not None:
            apart = (mention.weekday - other.weekday) % 7
            if min(apart, 7 - apart) > 1:
                return False
        when, other_when = mention.dates or mention.window, other.dates or other.window
        if when and other_when and ((when.start - other_when.end).days > 1 or (other_when.start - when.end).days > 1):
            return False
    return True


def _substantial(mention: Mention) -> bool:
    return bool(
        mention.city
        or mention.venue
        or mention.country
        or mention.round
        or mention.dates
        or mention.window
        or mention.weekday is not None
        or mention.mediators
    )


def _side_ranking(doc: Doc, ctx: Context, mentions: list[Mention]) -> list[str]:
    """Parties by how often they stand as sides in the article, then by how often they are named at all."""
    as_side: dict[str, int] = {}
    for mention in mentions:
        for party in mention.parties:
            as_side[party] = as_side.get(party, 0) + 1
    named: dict[str, int] = {}
    for _, side in _participant_tokens(doc[:], ctx, set()):
        named[side] = named.get(side, 0) + 1
    ranked = sorted(named, key=lambda p: (-as_side.get(p, 0), -named[p], p))
    return [p for p in ranked if named[p] >= 2 or as_side.get(p, 0)]


def _acting_countries(doc: Doc, ctx: Context) -> set[str]:
    """Countries named in the article other than as the place of something ("in Geneva, Switzerland")."""
    found: set[str] = set()
    for mention in ctx.party_mentions:
        if not mention.known or not ctx.gazetteer.is_country(mention.party):
            continue
        root = mention.span.root
        if root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "to", "from", "across", "near", "inside"}:
            continue
        if root.dep_ in {"appos", "conj", "npadvmod"} and (
            root.head.ent_type_ in {"GPE", "LOC"} or ctx.gazetteer.city(root.head.text)
        ):
            continue
        if mention.how == "demonym" and root.head.ent_type_ in {"GPE", "LOC"}:
            continue  # "the Saudi capital"
        found.add(mention.party)
    return found


def _loose_mediators(doc: Doc, ctx: Context, trigger_sentences: set[int]) -> list[str]:
    """Brokers named in sentences that name no meeting ("Qatar helped broker the text")."""
    found: list[str] = []
    nouns = lexicon().mediation_nouns
    for sentence in doc.sents:
        if sentence.start in trigger_sentences:
            continue
        about_talks = any(_word(t) in nouns and t.pos_ == "NOUN" for t in sentence) or any(
            t.dep_ == "dobj"
            and t.lower_ in DEAL_WORDS
            and t.head.lemma_ in MEDIATION_PREP_VERBS
            and not any(c.ent_type_ == "DATE" for c in t.subtree)  # "brokered the 2020 ceasefire"
            for t in sentence
        )
        if about_talks:
            found.extend(m for m in _mediators(sentence, ctx) if m not in found)
    return found


DEAL_WORDS = {"deal", "agreement", "accord", "text", "ceasefire", "truce", "talks", "declaration", "plan", "treaty"}


def _place_the_lead(doc: Doc, ctx: Context, mentions: list[Mention]) -> None:
    """The meeting a wire story's lead reports happened where its dateline says ("SINGAPORE -- X and Y shook
    hands ..."), on the one date the lead gives, when the lead itself names no place for it."""
    if not ctx.dateline_place or not (city := ctx.gazetteer.city(ctx.dateline_place)) or not mentions:
        return
    lead = paragraph_of(doc, 0)
    in_lead = [m for m in mentions if m.sentence.start_char < lead[1]]
    if not in_lead or any(m.city or m.venue or m.country for m in in_lead):
        return
    mention = next((m for m in in_lead if m.status != "planned"), None)
    if mention is None:
        return
    mention.city, mention.country = city
    if mention.dates is None and mention.window is None:
        sentences = [s for s in doc.sents if s.start_char < lead[1]]
        dates = {d for s in sentences if (d := _dates(s, ctx, None)) is not None}
        if len(dates) == 1:
            mention.dates = dates.pop()
        elif not dates and ctx.dates.reference is None:
            named = {  # the weekday of the lead's main verb ("agreed on Thursday to a ceasefire from Sunday")
                WEEKDAYS[word]
                for s in sentences
                for ent in ctx.entities_in(s.start, s.end)
                if ent.label_ == "DATE" and _date_attachment(ent).i == s.root.i
                for word in ent.text.lower().split()
                if word in WEEKDAYS
            }
            mention.weekday = named.pop() if len(named) == 1 else mention.weekday


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """Meetings of the article, the one mentioned first first."""
    mentions = _mentions(doc, ctx)
    _place_the_lead(doc, ctx, mentions)
    clusters: list[Cluster] = []
    for mention in mentions:
        if not _substantial(mention) and not mention.parties:
            continue
        home = next((c for c in clusters if _compatible(c, mention, ctx)), None)
        if home is None:
            if not _substantial(mention):
                continue
            clusters.append(Cluster([mention]))
        else:
            home.mentions.append(mention)
    # A meeting needs a city or venue, or a date; a country alone is too vague ("a summit in Albania").
    clusters = [c for c in clusters if any(m.city or m.venue or m.dates or m.weekday is not None for m in c.mentions)]
    ranking = _side_ranking(doc, ctx, mentions)
    acting = _acting_countries(doc, ctx)
    loose = _loose_mediators(doc, ctx, {m.sentence.start for m in mentions})
    main = next((c for c in clusters if c.mentions[0].status == "held"), None)
    main_meeting: Meeting | None = None
    for cluster in clusters:
        mediators = list(dict.fromkeys(p for m in cluster.mentions for p in m.mediators))
        if cluster is main:
            mediators.extend(p for p in loose if p not in mediators)
        parties = list(dict.fromkeys(p for m in cluster.mentions for p in m.parties))
        multi = max(m.multi for m in cluster.mentions)
        sides = [p for p in parties if p not in mediators]
        if multi and len(sides) < multi:
            sides.extend(p for p in mediators if p not in sides)
            sides = sides[:multi]
        located = next((m for m in cluster.mentions if m.city), None)
        city = located.city if located else None
        country = located.country if located else cluster.first("country")
        if city is None and ctx.dateline_place and (found := ctx.gazetteer.city(ctx.dateline_place)):
            if country in (None, found[1]):
                city, country = found
        brokers = {p for c in clusters for m in c.mentions for p in m.mediators} | set(loose)
        if len(sides) < 2:
            for party in (p for p in ranking if p not in brokers):
                if len(sides) >= 2:
                    break
                if party not in sides and party not in mediators and party != country:
                    sides.append(party)
        if country and country not in sides and country not in mediators and country in acting:
            mediators.append(country)  # the host
        planned = cluster.mentions[0].status == "planned"
        if planned and not mediators and main_meeting is not None and set(sides) == set(main_meeting.parties):
            # "the two delegations will meet again": the same talks, the same brokers
            mediators = [p for p in main_meeting.mediators if p not in sides]
        dated = [m.dates for m in cluster.mentions if m.dates]
        windows = [m.window for m in cluster.mentions if m.window]
        start = min(d.start for d in dated) if dated else None
        if windows:
            # a stated start inside a computed window ("opened on October 25") beats the computation
            window_end = max(w.end for w in windows)
            stated = [d.start for d in dated if d.start < window_end]
            start = min(stated) if stated else min(w.start for w in windows)
        end = max(d.end for d in dated + windows) if dated or windows else None
        days = max((m.days for m in cluster.mentions if m.days), default=None)
        if start and end and days and not windows and (end - start).days + 1 < days:
            end = shift(start, days - 1) or end
        meeting = Meeting(
            label="",
            location=city,  # type: ignore[arg-type]
            country=country,  # type: ignore[arg-type]
            venue=cluster.first("venue"),  # type: ignore[arg-type]
            start=start,
            end=end,
            round=cluster.first("round"),  # type: ignore[arg-type]
            status=cluster.mentions[0].status,
            parties=tuple(sides),
            mediators=tuple(mediators),
        )
        meeting = Meeting(**{**meeting.__dict__, "label": label_for(meeting)})
        if cluster is main:
            main_meeting = meeting
        spans = tuple(m.sentence for m in cluster.mentions)
        confidence = 0.5 + 0.1 * min(len(cluster.mentions), 4)
        yield Finding(meeting, spans, confidence)
        sole = sum(1 for c in clusters if c.mentions[0].status != "planned" and c.first("city") == city) == 1
        yield from _attendance(cluster, meeting, ctx, sole_in_city=sole)


def _attendance(cluster: Cluster, meeting: Meeting, ctx: Context, *, sole_in_city: bool) -> Iterator[Finding]:
    """Who took part in a meeting, for which side, each with the sentences that say so.

    Beside the people the meeting's own sentences name, a negotiator introduced as being in the meeting's city
    anywhere in the article ("the lead envoy in Geneva, X") took part, when no other meeting was held there.
    """
    sides = set(meeting.parties) | set(meeting.mediators)
    found: dict[str, list[Span]] = {}
    sure: dict[str, bool] = {}
    if meeting.location and sole_in_city and cluster.mentions[0].status != "planned":
        for person in ctx.people.persons:
            for span in person.mentions:
                if _in_place(span.root, meeting.location):
                    found.setdefault(person.name, []).append(span.sent)
                    sure[person.name] = True
                    break
    for mention in cluster.mentions:
        if mention.status == "planned":
            continue  # a meeting still to come has no one at it yet
        for name, sentence, certain in _attendees(mention, ctx):
            found.setdefault(name, [])
            if sentence not in found[name]:
                found[name].append(sentence)
            sure[name] = sure.get(name, False) or certain
    for name, sentences in found.items():
        side = _side_of(name, ctx)
        if not sure[name] and side not in sides:
            continue
        yield Finding(Attendance(name, meeting, side), tuple(sentences), 0.8 if sure[name] else 0.6)
