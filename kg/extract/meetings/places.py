"""Where a meeting is: the place its own clause names or points to, else its sentence's or the dateline's."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.base import Context, clause_verb, of_objects, once_per_doc
from kg.extract.meetings.clauses import Mention, anchors_of, belongs, dated_subject, in_parallel_with
from kg.extract.meetings.moves import left_after, relocated, sender_of
from kg.extract.meetings.named_sides import dashed_to_a_name
from kg.extract.meetings.place_names import (
    after_a_feature_word,
    apposed_country,
    capital_named,
    city_named_with_of,
    city_of_a_gathering,
    demonym_region,
    is_a_margin,
    left_for,
    multiword_city,
    named_area,
    named_site,
    natural_feature,
    owned_venue,
    region_only,
    seat_of_government,
    some_building,
    stray_object,
    street_name,
    to_a_city,
    town_of_a_state_told,
    venue_text,
)
from kg.extract.meetings.place_nouns import named_by_place_nouns, the_city
from kg.extract.meetings.topics import names_a_topic
from kg.extract.meetings.triggers import is_trigger
from kg.extract.meetings.words import (
    HOST_VERBS,
    MOVE_VERBS,
    PLACE_NOUNS,
    PLACE_PHRASE_DEPS,
    PLACE_PREPOSITIONS,
    SAME_PLACE_NOUNS,
    SCHEDULING_VERBS,
    SENDING_VERBS,
    SIGNING_VERBS,
    SITE_NOUNS,
    SPAN_NOUNS,
    STATE_FORMS,
    TIME_PREPOSITIONS,
    VENUE_WORDS,
)
from kg.extract.parties import state_named_on
from kg.extract.person_cues import described_as_a_place
from kg.extract.tree import ancestors_of, children_of, lefts_of, subtree_of
from kg.extract.word_index import chosen_in, words_with
from kg.gazetteer import lexicon, region_state


def _sides_talks(obj: Token) -> bool:
    """Whether the object of a place preposition is a meeting noun that names its sides: "in Armenia's talks with
    Azerbaijan", not "at a ceremony attended by X" (a place and an occasion)."""
    return (
        obj.pos_ == "NOUN"
        and obj.lower_ in lexicon().meeting_nouns
        and any(c.dep_ == "poss" for c in children_of(obj))
        and any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in children_of(obj))
    )


def _describes_a_person(preposition: Token) -> bool:
    """Whether a preposition stands in a title beside a name ("X, head of the bureau at Y"): where X works."""
    for above in (preposition.head, *ancestors_of(preposition.head)):
        if above.dep_ == "appos" and above.head.ent_type_ == "PERSON":
            return True
        if above.pos_ in {"VERB", "AUX"}:
            return False
    return False


def place_objects(sentence: Span, trigger: Token | None = None) -> list[Token]:
    """Objects of "in"/"at" (and "to" after verbs of moving) that say where the trigger's meeting is (read once per
    sentence and trigger)."""
    at = (sentence.start, sentence.end, -1 if trigger is None else trigger.i)
    return list(once_per_doc(sentence.doc, "kg_place_objects", at, lambda: tuple(_place_objects(sentence, trigger))))


def _place_objects(sentence: Span, trigger: Token | None) -> list[Token]:
    anchors = anchors_of(trigger) if trigger is not None else set()
    found: list[Token] = []
    for token in chosen_in(sentence, words_with(sentence.doc, dep=PLACE_PHRASE_DEPS)):
        joined = token.dep_ == "conj" and token.pos_ == "ADP"  # "..., and in X", coordinated with what it follows
        if token.dep_ != "prep" and not (token.dep_ == "dative" and token.lower_ in {"to", "for"}) and not joined:
            continue  # ("sent a delegation to X", "is planned for X", parsed as datives)
        lowered = token.lower_
        if not (
            lowered in PLACE_PREPOSITIONS
            or lowered in {"to", "into"}
            and (
                token.head.lemma_ in MOVE_VERBS
                or (token.head.lemma_ in {"visit", "bring", "welcome", "invite", *SENDING_VERBS} or sender_of(token))
                and to_a_city(token)
            )  # "sent a delegation to Santiago for talks"
            or lowered == "for"
            and (token.head.lemma_ in SCHEDULING_VERBS or left_for(token.head))  # "left for Cairo for talks"
            and to_a_city(token)
        ):
            continue  # "a visit by X to Asmara" is there; "a state visit to Estonia" is with Estonia
        governor = token
        while governor.dep_ == "conj" and governor.head.pos_ == "ADP":
            governor = governor.head  # "on the sidelines of X, and in Y": hung where the first of them is
        held = sender_of(governor) or governor.head
        if held.lemma_ in SPAN_NOUNS and held.dep_ == "pobj" and held.head.lower_ == "for":
            held = held.head.head  # "met for four hours in X": the place of the meeting, hung on its length
        held = held.head.head if held.dep_ == "pobj" and held.head.dep_ == "agent" else held  # "reached by A in X"
        if trigger is not None and (not belongs(held, anchors) or negated(token)):
            continue
        if (
            trigger is not None
            and relocated(trigger) == token.head
            or in_parallel_with(token.head)
            or seat_of_government(token)
            or _describes_a_person(governor)
        ):
            continue  # "talks began in Quito, later moved to Lima"; "in parallel with U.N.-led efforts in Geneva"
        if lowered in {"near", "outside"} and trigger is not None and not _beside_the_meeting(token, anchors):
            continue  # "a summit at Mahabalipuram, on the coast near Chennai": near the coast, not the summit
        objects = stray_object(token) or [c for c in children_of(token) if c.dep_ == "pobj"]
        for obj in objects:
            if names_a_topic(token, obj):
                continue  # "talks on Sudan", "a summit on Gaza", "a truce in Gaza": what the talks are about
            if trigger is None and _sides_talks(obj):
                continue  # "progress in Armenia's talks with Azerbaijan": talks, no place (their sides stay)
            found.append(obj)
            found.extend(named_by_place_nouns(obj))
    if trigger is not None and trigger.lemma_ == "visit" and trigger.pos_ == "VERB":
        found.extend(c for c in children_of(trigger) if c.dep_ == "dobj")  # "will visit Pyongyang in the autumn"
    if trigger is not None and (left := left_after(trigger)) is not None:
        found.extend(c for c in children_of(left) if c.dep_ == "dobj")  # "left Cairo after two days of talks"
    return found


def _signed_text_city(trigger: Token, ctx: Context) -> tuple[str, str] | None:
    """The city a signed text is named after: "the Kuala Lumpur Peace Accord signed on 26 October"."""
    if trigger.dep_ != "acl" or trigger.lemma_ not in SIGNING_VERBS:
        return None
    for child in lefts_of(trigger.head):
        if child.dep_ == "compound" and (found := ctx.gazetteer.city(child.doc[child.left_edge.i : child.i + 1].text)):
            return found
    return None


def _beside_the_meeting(preposition: Token, anchors: set[int]) -> bool:
    """Whether "near X" / "outside X" hangs from the meeting's own words or from its venue."""
    head = preposition.head
    hosting = head.dep_ == "acl" and head.lemma_ in {"host", "hold"}  # "a summit hosted by X near Y"
    return head.i in anchors or head.ent_type_ == "FAC" or head.lower_ in VENUE_WORDS or hosting


def _no_person_but_a_town(obj: Token, text: str, ctx: Context) -> bool:
    """Whether a place's object names nobody, or a one-word "person" the model made of a town ("in Cartagena")."""
    person = ctx.people.at(obj)
    if person is None:
        return True
    return obj.ent_type_ == "PERSON" and " " not in person.name and ctx.gazetteer.town(text) is not None


def _a_site(obj: Token, text: str, ctx: Context) -> bool:
    """Whether a place's object names a known venue or a site of its own ("the Wright-Patterson base")."""
    return bool(ctx.gazetteer.venue_city(text)) or named_site(obj, ctx)


def locate(mention: Mention, ctx: Context) -> None:
    doc = mention.sentence.doc
    gazetteer = ctx.gazetteer
    if (signed_in := _signed_text_city(mention.trigger, ctx)) is not None:
        mention.city, mention.country = signed_in
    nearest_first = sorted(place_objects(mention.sentence, mention.trigger), key=lambda o: abs(o.i - mention.trigger.i))
    for obj in nearest_first:  # "received him in the Kremlin, and ... held talks in St. Petersburg"
        kids = children_of(obj)
        kind = (  # "the town of X", "the regional capital, X": a place by name
            obj.head.lower_ == "of"
            and obj.head.head.lower_ in PLACE_NOUNS
            or (obj.dep_ == "appos" and obj.head.lower_ in PLACE_NOUNS)
            or described_as_a_place(obj)  # "in X, a forest reserve on the border"
        )
        phrase = doc[obj.left_edge.i : obj.i + 1]
        text = re.sub(r"^(the|a|an)\s+", "", phrase.text, flags=re.I)
        if street_name(obj) and not gazetteer.venue_city(text):
            continue  # "at a hotel on Rue de Lausanne in Geneva": Geneva (not "Downing Street"; nor "by Lake Geneva")
        city = gazetteer.city(obj.text) or gazetteer.city(text) or multiword_city(obj, ctx) or capital_named(obj, ctx)
        city = None if natural_feature(obj) else city or city_named_with_of(obj, ctx)  # "Port of Spain"
        if city is None and obj.pos_ == "PROPN":  # "in Lima's Plaza Mayor": the city that owns the square
            city = next(filter(None, (gazetteer.city(c.text) for c in kids if c.dep_ == "poss")), None)
        if city is None and mention.city is None and (state := demonym_region(obj, ctx)) is not None:
            mention.country, mention.in_country = state, True  # "in the Swiss Alps": a region of a state, no city
            continue
        building = any(c.dep_ == "appos" and c.lower_ in VENUE_WORDS for c in kids)  # "the X, a palace"
        if obj.ent_type_ in {"GPE", "LOC"} and not (gazetteer.venue_city(text) or building) or city:  # not Stormont
            if mention.city is None and city:
                mention.city, mention.country = city
                mention.venue = mention.venue or owned_venue(obj)  # "at Lima's Torre Tagle Palace"
            elif mention.city is None and obj.ent_type_ == "GPE" and (region := region_only(obj, ctx)) is not None:
                mention.country, mention.in_country = region, True  # "at a military base in Alaska": no city
            elif (
                mention.city is None
                and (obj.ent_type_ == "GPE" or gazetteer.town(text) is not None)  # (a town tagged LOC: "in Jinja")
                and not gazetteer.is_country(gazetteer.party(text) or gazetteer.party(obj.text) or "")
            ):  # (not "in central Switzerland")
                mention.city = doc[obj.left_edge.i if obj.left_edge.ent_type_ else obj.i : obj.i + 1].text
                town = gazetteer.town(mention.city)
                # "the Swiss town of X", before a town abroad of the same name
                country = apposed_country(obj, ctx) or (state_named_on(obj.head.head, gazetteer) if kind else None)
                country = country or (town[1] if town else region_state(mention.city))
                if country:
                    mention.country = country
            elif (
                mention.country is None
                and gazetteer.is_country(gazetteer.party(text) or gazetteer.party(obj.text) or "")
                and not any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in kids)
            ):  # (not "could be held in Armenia or Turkey": one of two, neither known)
                mention.country = gazetteer.party(text) or gazetteer.party(obj.text)
                mention.in_country = True
        elif (
            mention.city is None
            and obj.pos_ == "PROPN"
            and not gazetteer.venue_city(text)
            and (
                not obj.ent_type_
                or obj.ent_type_ in {"ORG", "NORP", "FAC"}
                and (gazetteer.town(text) or kind)
                or obj.ent_type_ == "PERSON"
                and (gazetteer.town(text) is not None or kind)  # "signed in Cartagena", mistagged
            )
            and (obj.head.lower_ in {"in", "for", "to"} or kind)  # ("planned for Ohrid, North Macedonia")
            and ((named := ctx.party_at(obj.i)) is None or not named.known and (gazetteer.town(text) or kind))
            and _no_person_but_a_town(obj, text, ctx)
            and obj.text[:1].isupper()
            and obj.lower_ not in VENUE_WORDS | STATE_FORMS  # not "in the Protocol Room of X", "in the Sultanate"
        ):
            mention.city = phrase.text if phrase[0].pos_ == "PROPN" else obj.text  # "a first session in Ohrid"
            stated = state_named_on(obj.head.head, gazetteer) if obj.head.lower_ == "of" else None
            if stated is not None:
                mention.country = stated  # "the Swiss town of Glion"
            elif (town := gazetteer.town(mention.city)) is not None:
                mention.country = town[1]  # a town of the world table ("talks in Zinder")
        elif mention.city is None and (area := named_area(obj)) is not None:
            mention.city = area  # "signed in the Gorongosa mountains"
        elif obj.lower_ in SAME_PLACE_NOUNS | VENUE_WORDS | PLACE_NOUNS and any(c.lower_ == "same" for c in kids):
            mention.same_place = True  # "at the same palace": the place of the meeting before
        elif (
            mention.venue is None
            and (mention.city is None or obj.head.head == mention.trigger)  # not another verb's venue
            and (obj.lower_ in VENUE_WORDS or obj.ent_type_ == "FAC" or building or _a_site(obj, text, ctx))
            and not some_building(obj)  # not "at a nearby hotel"
        ):
            mention.venue = venue_text(obj)
            venue_city = gazetteer.venue_city(text) or gazetteer.venue_city(mention.venue)  # "the Hall of ..."
            if venue_city and mention.city is None:
                mention.city, mention.country = gazetteer.town(venue_city) or (venue_city, None)
            elif mention.city is None and (gathered := city_of_a_gathering([obj], ctx)) is not None:
                mention.city, mention.country = gathered  # "at the Doha Forum"
            for sub in subtree_of(obj):
                owner = sub.dep_ in {"poss", "compound"} and sub.head == obj
                joined = owner and sub.left_edge.dep_ == "compound"  # "the Port Moresby hotel": the city's two words
                whole = doc[sub.left_edge.i : sub.i + 1].text if joined else sub.text
                seat = gazetteer.venue_city(whole) if owner else None  # "on the White House lawn"
                found = gazetteer.city(whole) or gazetteer.city(sub.text) or (gazetteer.city(seat) if seat else None)
                if owner and mention.city is None and found:
                    mention.city, mention.country = found  # "at Istanbul's Ciragan Palace", "at the Port Moresby hotel"
                if sub.dep_ != "pobj" or sub.i == obj.i or mention.city is not None:
                    continue
                if (found := gazetteer.city(sub.text)) and not natural_feature(sub) and not street_name(sub):
                    mention.city, mention.country = found
                elif area := named_area(sub):
                    mention.city = area  # "at the rebels' base in the Gorongosa mountains"


def _presenting(here: Token) -> bool:
    """ "Here is how the talks unfolded", "Here are the key points": "here" that presents what follows, not a place."""
    return here.head.lemma_ == "be" and here.i < here.head.i


def locate_by_reference(mention: Mention, ctx: Context) -> None:
    """A place the meeting's clause points to: "travelled on to Seoul, where on Thursday he is due to sit down
    with ..." (the place "where" stands for), "signed the first ceasefire here" (the dateline's city), "Geneva
    was the venue of the first meeting" (the subject of "was the venue"), "is planned there" (the place before)."""
    verb = clause_verb(mention.trigger)
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in children_of(verb)):
        mention.same_place = True  # "a second meeting is planned there next week": the place named before
        return
    played = verb.lemma_ == "play" and any(c.dep_ == "dobj" and c.lemma_ == "host" for c in children_of(verb))
    hosting = verb.lemma_ in HOST_VERBS or played  # "X is separately hosting talks between A and B", "X played host"
    if hosting or verb.lemma_ == "be" and any(c.dep_ == "attr" and c.lower_ in SITE_NOUNS for c in children_of(verb)):
        for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
            if (found := ctx.gazetteer.city(subject.text) or multiword_city(subject, ctx)) is not None:
                mention.city, mention.country = found
                return
    anchors = anchors_of(mention.trigger) | {c.i for c in children_of(mention.trigger) if c.dep_ == "acl"}
    for index in sorted(anchors):  # with a participle on the meeting word: "the previous round, held here"
        token = mention.sentence.doc[index]
        for child in children_of(token):
            if child.lower_ == "here" and child.dep_ == "advmod" and not _presenting(child) or the_city(child):
                if ctx.dateline_city is None:
                    mention.same_place = True  # no dateline: "here" is where the story's meeting is
                    return
                mention.city, mention.country = ctx.dateline_city
                return
        if token.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(token)):
            place = token.head
            if (found := ctx.gazetteer.city(place.text) or multiword_city(place, ctx)) is not None:
                mention.city, mention.country = found
                return
    where = next(
        (c for v in (verb, mention.trigger) for c in children_of(v) if c.dep_ == "advmod" and c.lower_ == "where"), None
    )
    if where is not None and where.i > mention.sentence.start and where.doc[where.i - 1].text == ",":
        # ", where talks ... were brokered by X" hung on the main verb, or "in Palermo in November 2018, where X
        # and Y met" hung on the date: the city in the few words before the comma
        for token in reversed(where.doc[max(mention.sentence.start, where.i - 5) : where.i - 1]):
            town = ctx.gazetteer.town(token.text) if token.ent_type_ == "GPE" else None
            if (found := ctx.gazetteer.city(token.text) or town) is not None:
                mention.city, mention.country = found
                return


def locate_loosely(mention: Mention, ctx: Context) -> None:
    """A meeting its own clause does not place: a city named before its meeting word ("the Brussels meeting",
    "this first Vienna round"), else the one known city its sentence puts a person or thing "in" or "at" ("the
    meeting of the two leaders in Helsinki on July 16"), when there is exactly one."""
    gazetteer = ctx.gazetteer
    of = [p for p in children_of(mention.trigger) if p.dep_ == "prep" and p.lower_ == "of"]
    counted = [o for p in of for o in children_of(p) if is_trigger(o)]  # "the first round of the Nairobi talks"
    for child in (c for word in [mention.trigger, *counted] for c in lefts_of(word)):
        # ("nsubj": "The Quito talks were ..." with "talks" tagged a verb, not "Tehran would not negotiate")
        noun_like = child.dep_ != "nsubj" or child.head.lower_ in lexicon().meeting_nouns
        between = child.doc[child.i + 1 : child.head.i]
        if any(t.lower_ in TOPIC_NOUNS for t in between):
            continue  # "Gaza hostage talks", "Tigray truce talks": what the talks are about
        city = gazetteer.city(child.text) or town_of_a_state_told(child, ctx)
        city = None if natural_feature(child) or after_a_feature_word(child) else city  # "the Lake Victoria talks"
        if child.dep_ in {"compound", "amod", "nmod", "nsubj"} and noun_like and city:
            paired = dashed_to_a_name(child.doc[child.i : child.i + 1])  # "Belgrade-Pristina", "Kinshasa–M23 talks"
            mention.city, mention.country = (None, None) if paired else city
            return
        words = child.doc[child.left_edge.i : child.i + 1].text
        if child.dep_ in {"compound", "nmod"} and (venue_city := gazetteer.venue_city(words)):
            mention.venue = words  # "Zelensky's White House meeting with Trump"
            mention.city, mention.country = gazetteer.town(venue_city) or (venue_city, None)  # type: ignore[assignment]
            return
    if (gathered := city_of_a_gathering(place_objects(mention.sentence, mention.trigger), ctx)) is not None:
        mention.city, mention.country = gathered  # "on the margins of the Munich Security Conference"
        return
    # "in CITY" that modifies a noun ("the meeting of the two leaders in Helsinki"), not the place of another
    # event the sentence reports with a verb ("Speaking in Tirana before the talks ended")
    found = {
        city
        for obj in place_objects(mention.sentence)
        if obj.head.head.pos_ in {"NOUN", "PROPN"}
        and (city := gazetteer.city(obj.text) or multiword_city(obj, ctx))
        and not _elsewhere(obj.head.head, mention.trigger)
        and not natural_feature(obj)
    }
    if len(found) == 1:
        mention.city, mention.country = found.pop()


def _around_the_saying(noun: Token, trigger: Token) -> bool:
    """Whether a noun hangs from a verb of saying whose reported clause, not holding the noun, holds the trigger:
    the noun tells where or when it was said, not where the meeting was."""
    verb = next((a for a in ancestors_of(noun) if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_ not in lexicon().verbs_of_saying:
        return False
    reported = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    return any(trigger in subtree_of(c) and noun not in subtree_of(c) for c in reported)


def _elsewhere(noun: Token, trigger: Token) -> bool:
    """Whether a noun a place modifies is another meeting ("after their first meeting in Singapore"), a speaker
    reporting on it, or stands in a phrase dating this one by another event."""
    if noun.i == trigger.i:
        return False
    if is_trigger(noun):
        return True
    speaks = noun.dep_ == "nsubj" and noun.head.lemma_ in lexicon().verbs_of_saying
    if speaks and trigger not in subtree_of(noun):
        return True  # '"The talks were productive," the embassy in Beirut said': where the speaker is
    if _around_the_saying(noun, trigger):
        return True  # "told reporters on his return to Vienna that the talks had been constructive"
    anchors = anchors_of(trigger)
    for ancestor in ancestors_of(noun):
        if ancestor.head == trigger.head != ancestor and ancestor.i != trigger.i and is_trigger(ancestor):
            return True  # "Talks mediated by X in Oslo collapsed, and Swiss-led talks stalled": the others' place
        if ancestor.i in anchors:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in TIME_PREPOSITIONS:
            return True
        if ancestor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_PREPOSITIONS for c in children_of(ancestor)
        ):
            return True  # "collapsed in 2019 after the group bombed an academy in Bogota": that event's place
    return False


def _sides_named_on(noun: Token) -> bool:
    """A meeting noun with its sides' names set before it: "US-Ukraine talks" (sides, not a place)."""
    return noun.lower_ in lexicon().meeting_nouns and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(noun)
    )


def _attended_by_delegations(participle: Token) -> bool:
    """Whether a participle on a place says which sides' delegations or leaders were there: "a ceremony attended by
    the delegations of A and B", "by the presidents of A, B and C" (the sides; not "attended by X's president and
    the UN chief": guests); at a meeting other than a ceremony, whoever attended it ("at a meeting in X last month
    attended by the intelligence chiefs of A and B")."""
    if participle.dep_ != "acl" or participle.lemma_ not in {"attend", "join"}:
        return False
    if participle.head.lower_ in lexicon().meeting_nouns and participle.head.lemma_ != "ceremony":
        return True
    agents = [o for a in children_of(participle) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"]
    leaders = [o for o in agents if o.tag_ == "NNS" and o.lemma_ in lexicon().title_words and of_objects(o)]
    return bool(leaders) or any(o.lemma_ in {"delegation", "representative", "negotiator", "team"} for o in agents)


def place_tokens(sentence: Span) -> set[int]:
    """Tokens naming where things happen, without the "between ..." phrases that hang from a place."""
    found: set[int] = set()
    for obj in place_objects(sentence):
        if obj == dated_subject(obj.head.head) or _sides_named_on(obj):
            continue  # "On May 9 Peruvian negotiators met": a subject misparsed into the date; "at A-B talks": no place
        for token in subtree_of(obj):
            found.add(token.i)
        for inner in subtree_of(obj):  # "on the border between A and B": the sides, not the place
            if (
                inner.dep_ == "prep"
                and inner.lower_ in {"between", "among"}
                or inner.head == obj
                and inner.lower_ == "with"
                or inner.head == obj
                and _attended_by_delegations(inner)  # "at a ceremony attended by the delegations of A and B"
            ):
                found.difference_update(t.i for t in subtree_of(inner))
        for child in children_of(obj):
            owner = (
                child.ent_type_ == "PERSON" or child.pos_ == "PROPN" and child.ent_type_ not in {"GPE", "LOC", "FAC"}
            )
            if child.dep_ == "poss" and owner:
                found.difference_update(t.i for t in subtree_of(child))  # "at Putin's residence": the host, not a place
            where = any(c.lower_ == "where" for c in children_of(child))
            if child.dep_ == "relcl" and (where or child.lemma_ == "attend"):
                found.difference_update(t.i for t in subtree_of(child))  # "in Quito, where A and B agreed ...", "on
                # Friday, which was attended by A and B": actors
            if child.dep_ in {"relcl", "acl"}:  # "builds on an accord A and B reached in X": A and B act
                found.difference_update(t.i for c in children_of(child) if c.dep_ == "nsubj" for t in subtree_of(c))
    return found


def framing_meeting(mention: Mention, own: list[Mention]) -> Mention | None:
    """A placed meeting word its clause opens with, "at" or "during" which the clause's meeting takes place; or the
    placed meeting a clause restates: "A and B met in X in July, talks that C hosted"."""
    verb = clause_verb(mention.trigger)
    restating = verb.dep_ in {"ccomp", "relcl", "acl"} and verb.head.lower_ in lexicon().meeting_nouns
    restated = verb.head if restating else None
    for other in own:
        trigger = other.trigger
        if other is not mention and (other.city or other.venue) and restated is not None:
            if restated.head == trigger and restated.dep_ in {"conj", "appos", "npadvmod"}:
                return other
        if other is mention or not (other.city or other.venue) or trigger.dep_ != "pobj":
            continue
        if mention.status == "planned" and other.status != "planned":
            continue  # "agreed during talks in Tokyo to resume a dialogue": the dialogue to come is elsewhere
        if trigger.head.lower_ in {"at", "during"} and trigger.head.head == verb:
            return other
        margin = trigger.head.head  # "on the sidelines of the APEC meeting in Lima, X met Y", "a meeting of A and B
        if is_a_margin(trigger) and margin.head.head in (verb, mention.trigger):  # on the sidelines of a summit in Y"
            return other
    return None


TOPIC_NOUNS = {"hostage", "hostages", "ceasefire", "truce", "prisoner", "prisoners", "aid", "humanitarian"}
"""Nouns between a place and a meeting word that make the place what the talks are about: "Gaza hostage talks"."""


def negated(token: Token) -> bool:
    """Whether the clause a word stands in is negated."""
    return any(c.dep_ == "neg" for c in children_of(clause_verb(token)))
