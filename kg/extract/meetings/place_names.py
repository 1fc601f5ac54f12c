"""How a meeting's place is named: a state's capital ("the Saudi capital"), a city of several words, a site
after "at", a venue's name, and a country set beside a town."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.base import Context, clause_verb, of_objects, paragraph_of, text_in
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.place_nouns import named_by_place_nouns
from kg.extract.meetings.words import AREA_NOUNS, VENUE_WORDS
from kg.extract.parties import GOVERNMENT_NOUNS, state_named
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import fold, load, region_state

OTHER_CAPITALS = {
    "administrative",
    "commercial",
    "economic",
    "financial",
    "former",
    "old",
    "new",
    "regional",
    "provincial",
}
"""Adjectives of a capital other than a state's seat of government: "the commercial capital", "the former capital"."""


def capital_named(token: Token, ctx: Context) -> tuple[str, str] | None:
    """ "the Saudi capital", "the capital of Qatar", "the Qatari capital Doha" read as a city."""
    if token.lower_ != "capital":
        return None
    if any(c.dep_ == "amod" and c.lower_ in OTHER_CAPITALS for c in children_of(token)):
        return None  # "Malaysia's administrative capital": another city than the capital the table knows
    for child in children_of(token):
        if child.dep_ in {"amod", "compound", "nmod", "poss"} or (child.dep_ == "prep" and child.lower_ == "of"):
            candidates = [child] if child.dep_ != "prep" else [c for c in children_of(child) if c.dep_ == "pobj"]
            for candidate in candidates:
                # the whole modifier first: "the South African capital", "the capital of South Sudan"
                whole = " ".join(t.text for t in subtree_of(candidate) if t.dep_ not in {"det", "case"})
                for text in dict.fromkeys((whole, candidate.text)):
                    country = ctx.gazetteer.party(text)
                    if country and ctx.gazetteer.is_country(country):
                        return ctx.gazetteer.capital(country)
    return None


def multiword_city(token: Token, ctx: Context) -> tuple[str, str] | None:
    """A known city named by the entity a token ends ("Sharm el-Sheikh", "Abu Dhabi")."""
    if not token.ent_type_:
        return None
    ent = ctx.entity_at(token.i)
    return ctx.gazetteer.city(ent.text) if ent is not None else None


def named_site(token: Token, ctx: Context) -> bool:
    """ "talks at Mont Carmel": a name after "at" that is no party, person or date is the site of the meeting,
    whatever the model took it for."""
    return (
        token.head.lower_ == "at"
        and token.pos_ == "PROPN"
        and token.ent_type_ in {"", "ORG", "LOC"}
        and token.text[:1].isupper()
        and ((mention := ctx.party_at(token.i)) is None or not mention.known)
        and ctx.people.at(token) is None
    )


def venue_text(token: Token) -> str:
    """A venue's name without leading articles and possessive pronouns ("his official residence")."""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.lower_ not in {"the", "a", "an"}]
    if words and words[0].tag_ == "PRP$":
        words = words[1:]
    tail = [t for t in subtree_of(token) if t.i > token.i]
    city = next((n for n, t in enumerate(tail) if t.lower_ == "in" and _names_a_city(t)), len(tail))
    tail = tail[:city]  # "the headquarters of the UN mission | in Quito": the city is the meeting's, no part of it
    tail = tail[: next((n for n, t in enumerate(tail) if t.is_punct), len(tail))]  # not 'the Hall of X "Y"'
    if tail and tail[0].lower_ == "of" and len(tail) <= 8:
        words += tail
    if not words:
        return ""
    return token.doc[words[0].i : words[-1].i + 1].text if _contiguous(words) else " ".join(t.text for t in words)


def owned_venue(obj: Token) -> str | None:
    """The name of a building a city's name owns ("at Lima's Torre Tagle Palace"), without the city's."""
    if obj.pos_ != "PROPN" or obj.lower_ not in VENUE_WORDS:
        return None
    return re.sub(r"^.*?['’]s\s+", "", venue_text(obj)) or None


def _names_a_city(preposition: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in children_of(preposition))


def _contiguous(words: list[Token]) -> bool:
    return all(b.i == a.i + 1 for a, b in zip(words, words[1:], strict=False))


def apposed_country(token: Token, ctx: Context) -> str | None:
    """The state written after a town ("in Taraz, Kazakhstan"), not the first of a list of sides that follows
    it ("in the town of X, Hungary and Ukraine agreed")."""
    for child in children_of(token):
        listed = any(c.dep_ in {"conj", "cc"} for c in children_of(child))
        whole = ctx.gazetteer.party(token.doc[child.left_edge.i : child.right_edge.i + 1].text) if listed else None
        if child.dep_ in {"appos", "conj", "npadvmod"} and whole and ctx.gazetteer.is_country(whole):
            return whole  # "in Argyle, St. Vincent and the Grenadines": one state's name, "and" and all
        if child.dep_ in {"appos", "conj", "npadvmod"} and not listed:
            party = ctx.gazetteer.party(child.text)
            if party and ctx.gazetteer.is_country(party):
                return party
            named = token.doc[child.left_edge.i : child.i + 1].text
            if (state := region_state(named) or region_state(child.text)) is not None:
                return state  # "in Manhasset, New York": the state of its region
    return None


TOWN_NOUNS = {"resort", "town", "city", "village", "port", "island", "spa"}
"""Nouns of a place a text may name only by its state: "the Swiss resort", "a Qatari beach town"."""


def country_described(objects: list[Token], ctx: Context) -> str | None:
    """The state of a place the text names by its state alone ("held in the Swiss resort", "in a Red Sea town of
    Egypt"): the meeting's country, its city untold."""
    for obj in (o for o in objects if o.lower_ in TOWN_NOUNS and o.pos_ == "NOUN"):
        owners = [c for c in children_of(obj) if c.dep_ in {"amod", "compound", "poss"}]
        owners += [o for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)]
        if state := next((s for o in owners if (s := state_named(o, ctx.gazetteer))), None):
            return state
    return None


def some_building(token: Token) -> bool:
    """Whether a venue word points away from the meeting's own venue: "shuttles to the other delegation at a nearby
    hotel", "at another hotel", "at a hotel across the street" (not "at the palace", "at an estate near Lima")."""
    words = {t.lower_ for t in token.doc[token.left_edge.i : token.i]}
    across = any(
        c.dep_ in {"prep", "advmod"} and c.lower_ in {"across", "nearby", "opposite"} for c in children_of(token)
    )
    return across or bool(
        words & {"another", "nearby", "neighbouring", "neighboring", "adjacent", "separate", "different"}
    )


def city_named_with_of(word: Token, ctx: Context) -> tuple[str, str] | None:
    """A known city whose name runs on with "of" ("Port of Spain"), which the model tags as two places."""
    for of in (c for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (o for o in children_of(of) if o.dep_ == "pobj"):
            if (city := ctx.gazetteer.city(text_in(word.doc[word.i : name.i + 1]))) is not None:
                return city
    return None


def left_for(verb: Token) -> bool:
    """Whether a verb of setting off names no place left behind, so that its "for" names where it goes: "left for
    Cairo on Tuesday for talks" (not "left Cairo for Doha after talks")."""
    return verb.lemma_ in {"leave", "depart"} and not any(c.dep_ == "dobj" for c in children_of(verb))


def city_just_before(sentence: Span, country: str, ctx: Context) -> tuple[str, str] | None:
    """The one city of a meeting's country that the sentence before names, in the same paragraph, where the
    meeting's own sentence places it only by its host state: "The breakthrough came in Beijing. On March 10,
    A and B announced after four days of talks hosted by China ..."."""
    doc = sentence.doc
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if paragraph_of(doc, before.start_char) != paragraph_of(doc, sentence.start_char):
        return None
    cities = {
        city
        for ent in ctx.entities_in(before.start, before.end)
        if ent.label_ == "GPE" and (city := ctx.gazetteer.city(ent.text)) is not None and city[1] == country
    }
    return cities.pop() if len(cities) == 1 else None


def placed_neighbour(cluster: Cluster, clusters: list[Cluster]) -> tuple[str, str | None] | None:
    """The city of a meeting a day before or after an unplaced one, sharing a side with it: the story's visit
    goes on in the same city."""
    when = next((m.dates for m in cluster.mentions if m.dates), None)
    sides = {p for m in cluster.mentions for p in m.parties}
    if when is None or not sides or any(m.country for m in cluster.mentions):
        return None
    for other in clusters:
        placed = next((m for m in other.mentions if m.city), None)
        dates = next((m.dates for m in other.mentions if m.dates), None)
        if other is cluster or placed is None or dates is None:
            continue
        near = (when.start - dates.end).days in {0, 1} or (dates.start - when.end).days in {0, 1}
        if near and sides & {p for m in other.mentions for p in m.parties}:
            return placed.city, placed.country  # type: ignore[return-value]
    return None


FEATURE_WORDS = {"lake", "mount", "mt", "river", "gulf", "bay", "cape", "sea", "strait", "straits"}
"""Words that make a city's name the name of a lake, mountain or water near it: "the shores of Lake Geneva"."""


def demonym_region(obj: Token, ctx: Context) -> str | None:
    """The state whose adjective opens a place's name that is no known city: "the Swiss Alps", "the Egyptian
    Sinai" (a region of that state, no city of its own)."""
    if obj.pos_ != "PROPN":
        return None  # "the Swiss city", "the Swiss resort": the city of that state told elsewhere
    first = obj.doc[obj.left_edge.i]
    first = first.nbor() if first.lower_ == "the" and first.i + 1 < obj.i else first
    if first.i >= obj.i or first.ent_type_ != "NORP":
        return None
    state = ctx.gazetteer.party(first.text)
    return state if state is not None and ctx.gazetteer.is_country(state) else None


def natural_feature(token: Token) -> bool:
    """Whether a city's name stands in the name of a natural feature ("Lake Geneva", "the Gulf of Aden"): no
    place of a meeting in the city."""
    words = [c for c in children_of(token) if c.dep_ == "compound"]
    named_of = (
        token.head.lower_ == "of" and token.head.head.lower_ in FEATURE_WORDS and token.head.head.text[0].isupper()
    )
    return named_of or any(w.lower_ in FEATURE_WORDS and w.text[0].isupper() for w in words)


def after_a_feature_word(token: Token) -> bool:
    """Whether a name follows a capitalised word of a natural feature, however parsed: "Lake Victoria"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ in FEATURE_WORDS and before.text[0].isupper()


def seat_of_government(preposition: Token) -> bool:
    """Whether an "in" names where a government sits, not where a meeting is: "talks bring together the government
    in Kabul and the rebels", "the regime in Damascus" (the nouns whose "in" :func:`kg.extract.parties` reads as the
    capital's state)."""
    head = preposition.head
    after_the_list = any(c.dep_ == "conj" and c.i < preposition.i for c in children_of(head))  # "talks between the
    # government and armed groups in X": hung on the list's first noun, it stands after the whole list
    return preposition.lower_ == "in" and head.lower_ in GOVERNMENT_NOUNS and head.pos_ == "NOUN" and not after_the_list


def stray_object(preposition: Token) -> list[Token]:
    """The object the parser hung elsewhere of a preposition left with none, or with one after a dash: "In Lima,
    Chilean and Peruvian officials wrapped up ..." (with "Lima" made a modifier of "officials"), a headline's "talks
    in Lima - latest updates" (with "updates" made the object)."""
    doc = preposition.doc
    following = doc[preposition.i + 1] if preposition.i + 1 < len(doc) else None
    if following is None or following.pos_ != "PROPN" or following.head.i == preposition.i:
        return []
    after = doc[following.i + 1] if following.i + 1 < len(doc) else None
    dash = after is not None and after.text in {"-", "–", "—"} and bool(following.whitespace_)  # not "Port-au-Prince"
    return [following] if after is not None and after.text == "," or dash else []


def region_only(obj: Token, ctx: Context) -> str | None:
    """The state of a first-level region named as a meeting's place when the dateline names a town of that region
    ("ANCHORAGE, Alaska -- ... at a military base in Alaska"): the town, not the region, is where the meeting is;
    None otherwise (a region alone stays the place: "met in California")."""
    text, region = obj.text, ctx.dateline_region
    if region is None or ctx.dateline_city is None or ctx.gazetteer.town(text) is not None:
        return None
    state = region_state(text)
    if state is None or region_state(region) != state or not _shortened(region, text):
        return None
    return state


def _shortened(short: str, name: str) -> bool:
    """Whether a region's name is written as, or shortened to, another ("Calif." of "California", "Fla." of
    "Florida"): the same first letter, and the letters of the short form in order in the name."""
    letters, rest = fold(short).rstrip(".").replace(" ", ""), iter(fold(name).replace(" ", ""))
    return bool(letters) and letters[0] == fold(name)[:1] and all(ch in rest for ch in letters)


def to_a_city(preposition: Token) -> bool:
    """Whether "to" names a known city ("to Abu Dhabi"), a town with its state ("for Ohrid, North Macedonia"), or
    a town's one-word name ("brought the two sides to Cancun for talks")."""
    gazetteer = load()
    objects = [c for c in children_of(preposition) if c.dep_ == "pobj"]
    objects += [n for o in objects for n in named_by_place_nouns(o)]  # "to the Andean city of Lima"
    return any(
        gazetteer.city(o.text)
        or gazetteer.city(o.doc[o.left_edge.i : o.i + 1].text)
        or gazetteer.town(o.text)
        and (
            o.ent_type_ in {"GPE", "LOC", "PERSON"}
            and len(o.doc[o.left_edge.i : o.i + 1]) == 1  # (tagged a name
            # at times: "to Cancun"; not a person's full name)
            or any(c.dep_ == "appos" and names_a_state(o.doc[c.left_edge.i : c.i + 1].text) for c in children_of(o))
        )
        for o in objects
    )


def names_a_state(text: str) -> bool:
    gazetteer = load()
    return gazetteer.is_country(gazetteer.party(text) or "")


STREET_WORDS = frozenset(
    {"street", "avenue", "road", "boulevard", "lane", "embankment", "quay", "highway", "rue", "via", "calle"}
    | {"avenida", "strasse", "straße", "prospekt", "ulitsa"}
)
"""Words of a street's name, in English and as cities abroad write them: "Spiridonovka Street", "Rue de Lausanne"."""


def street_name(token: Token) -> bool:
    """Whether a place word names a street, not a town: "at the mansion on Spiridonovka Street", "at a hotel on Rue
    de Lausanne in Geneva" (a city's name inside a street's)."""
    words = [token, *(c for c in children_of(token) if c.dep_ in {"compound", "nmod"})]
    return any(w.lower_ in STREET_WORDS for w in words)


GENERIC_VENUE_NOUNS = frozenset(
    {"hotel", "residence", "building", "venue", "site", "location", "place", "office", "offices", "room", "compound"}
)
"""Nouns of a building any meeting is held in, which alone tell nothing of where."""


def named_venue(cluster: Cluster) -> str | None:
    """The venue of a meeting's mentions, the first that is named rather than described: "the Filoli estate" over
    "a country estate" told before it; a bare generic noun ("at a hotel in X") tells no venue ("at an estate near X"
    does)."""
    venues = [v for m in cluster.mentions if (v := m.venue) and v.lower() not in GENERIC_VENUE_NOUNS]
    return next((v for v in venues if any(w[:1].isupper() for w in v.split())), venues[0] if venues else None)


def town_of_a_state_told(word: Token, ctx: Context) -> tuple[str, str] | None:
    """A town of the world table named before a meeting word, where the article names its state: "the Ohrid
    meeting, hosted by North Macedonia's prime minister"."""
    town = ctx.gazetteer.town(word.text) if word.pos_ == "PROPN" and word.dep_ == "compound" else None
    if town is None or not any(m.party == town[1] for m in ctx.parties_in(0, len(word.doc))):
        return None
    return town


GATHERING_NOUNS = frozenset({"conference", "forum", "summit", "dialogue", "assembly", "week"})
"""Last words of the name of a gathering held in one city each time: "the Munich Security Conference", "the Doha
Forum" (not a "meeting" of a group named after the city it was founded in: "a Minsk Group meeting")."""
MARGIN_NOUNS = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})
"""Nouns of the edge of a gathering where other meetings are held: "on the sidelines of the summit"."""


def city_of_a_gathering(objects: list[Token], ctx: Context) -> tuple[str, str] | None:
    """The city a gathering a meeting is at, or on the sidelines of, is named after: "met on the margins of the
    Munich Security Conference", "at the Doha Forum" (the name's first word, or two, a known city)."""
    named = [o for o in objects if o.lower_ not in MARGIN_NOUNS]
    named += [n for o in objects if o.lower_ in MARGIN_NOUNS for n in of_objects(o)]
    for gathering in named:
        if gathering.pos_ != "PROPN" or gathering.lower_ not in GATHERING_NOUNS:
            continue
        words = [t for t in gathering.doc[gathering.left_edge.i : gathering.i] if t.pos_ == "PROPN"]
        found = ctx.gazetteer.city(" ".join(w.text for w in words[:2])) or words and ctx.gazetteer.city(words[0].text)
        if found:
            return found
    return None


def on_the_margins(trigger: Token) -> bool:
    """Whether a meeting is held "on the sidelines" (margins, fringes) of another gathering, by its own phrase or
    its clause's: a bilateral whose host is the gathering's."""
    verb = clause_verb(trigger)
    return any(
        c.dep_ == "prep" and c.lower_ in {"on", "at"} and any(o.lower_ in MARGIN_NOUNS for o in children_of(c))
        for word in {trigger, verb}
        for c in children_of(word)
    )


def is_a_margin(trigger: Token) -> bool:
    """Whether a meeting word names the gathering on whose sidelines (margins, fringes) another meeting is held:
    "on the sidelines of the BRICS summit"."""
    word = trigger.head if trigger.dep_ in {"relcl", "acl"} else trigger  # "the summit that X is hosting"
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in MARGIN_NOUNS


def named_area(obj: Token) -> str | None:
    """The name of an area written with a common noun: "the Gorongosa mountains" -> "Gorongosa" (a capitalised
    noun is part of the name: "the Nuba Mountains")."""
    if obj.lower_ not in AREA_NOUNS:
        return None
    names = [c for c in children_of(obj) if c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" and c.i < obj.i]
    if not names:
        return None
    words = obj.doc[names[0].left_edge.i : obj.i + (1 if obj.text[:1].isupper() else 0)]
    return words.text or None


def within_region(region: str | None, city: str | None, ctx: Context) -> bool:
    """Whether a place is a first-level region ("Alaska") of the state a city lies in ("Anchorage"): a meeting told
    in the one and the other is one meeting."""
    if not region or not city:
        return False
    state = region_state(region)
    if state is None or ctx.gazetteer.town(region) is not None:
        return False
    found = ctx.gazetteer.city(city) or ctx.gazetteer.town(city)
    return found is not None and found[1] == state


def other_places(one: str | None, other: str | None, ctx: Context) -> bool:
    """Whether two meetings' places are two places: both told and different, neither a first-level region holding
    the other ("in Alaska", "in Anchorage" are one)."""
    if not one or not other or one == other:
        return False
    return not (within_region(one, other, ctx) or within_region(other, one, ctx))


def most_precise(mentions: list[Mention], ctx: Context) -> Mention | None:
    """The mention whose place is a city rather than a region holding it ("in Anchorage" over "in Alaska")."""
    placed = [m for m in mentions if m.city]
    cities = [m for m in placed if not any(within_region(m.city, o.city, ctx) for o in placed)]
    return next(iter(cities or placed), None)
