"""Cues that a proper noun names a person whatever label the entity model gave it (leading a delegation, being
led by, a title set beside it, a relative clause with "who"), or a place ("X, a forest reserve")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.base import tokens_of
from kg.extract.tree import children_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon

TEAM_NOUNS = {"delegation", "team", "side", "negotiators", "talks", "negotiations", "mission"}
"""What a person named as its leader leads: "X headed the FARC delegation"."""


def acts_as_a_person(token: Token, titles: frozenset[str]) -> bool:
    """Whether a proper noun leads or is led as people are, or stands beside a title: "led by Vera Grabe", "Lucía
    Ríos headed the rebel delegation", "Vera Grabe, the senator", "Azerbaijan's chief negotiator, Elnur
    Mammadov", "Pablo Ruiz, who leads the team"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in {"lead", "head", "chair"}:
        return True
    represented = token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ == "represent"
    if represented and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token)):
        return True  # "represented by X of the Y" (or by X, a title beside: read below)
    if token.dep_ == "attr" and head.lemma_ == "be" and titled_subject(token, titles) is not None:
        return True  # "The rebels' chief negotiator is X": a title said to be the name
    if (
        token.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "attr" and (c.lower_ in titles or c.lemma_ in titles) for c in children_of(head))
    ):
        return True  # "X is Peru's chief negotiator": the name said to hold a title
    if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ == "sign":
        return _signs_for_a_side(token, head.head)  # "signed by X for the government"
    if token.dep_ == "nsubj" and head.lemma_ in {"lead", "head"}:
        return any(c.dep_ == "dobj" and c.lower_ in TEAM_NOUNS for c in children_of(head))
    if token.ent_type_ in {"", "PERSON"} and any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in {"nsubj", "nsubjpass"} for w in children_of(c))
        for c in children_of(token)
    ):
        return True  # "Pablo Ruiz, who leads the rebel team, ...": "who" stands for a person
    if _of_a_state(token) or _a_state_s_envoy(token):
        return True  # "met Ana Ruiz of Chile", "met Chile's Ana Ruiz"
    if titled_beside(token, titles) or _after_a_titled_place(token, titles):
        return True
    a_title = head.lower_ in titles or head.lemma_ in titles or head.lemma_ == "counterpart"  # "his counterpart X"
    # "Chad's Minister of Water, X, said": a capitalised title the tagger calls a proper noun; "...; Russia's
    # ambassador to X, NAME; and ...": the name set off in a list, which the parser made a conjunct of the title
    set_off = token.dep_ == "conj" and _after_a_comma(token) and _closed_before_the_next(token)
    return (token.dep_ == "appos" or set_off) and head.pos_ in {"NOUN", "PROPN"} and a_title


def titled_subject(name: Token, titles: frozenset[str]) -> Token | None:
    """The title a copula says a name is: "negotiator" of "The rebels' chief negotiator is X"."""
    verb = name.head
    if name.dep_ != "attr" or verb.lemma_ != "be":
        return None
    return next(
        (c for c in children_of(verb) if c.dep_ == "nsubj" and (c.lower_ in titles or c.lemma_ in titles)), None
    )


def _signs_for_a_side(name: Token, verb: Token) -> bool:
    """ "The deal was signed by X for Kinshasa and Y for the rebels": a signatory "for" (or "on behalf of") a side
    is a person, where a state or group that signs is not."""
    following = [c for c in (*children_of(verb), *children_of(name)) if c.dep_ == "prep" and c.i > name.i]
    nearest = min(following, key=lambda p: p.i, default=None)
    return nearest is not None and (
        nearest.lower_ == "for" or nearest.lower_ == "on" and nearest.nbor().lower_ == "behalf"
    )


def titled_beside(token: Token, titles: frozenset[str]) -> bool:
    """ "Vera Grabe, the senator", "Ana Ruiz, the Chilean Defence Minister" (a capitalised title tagged PROPN):
    a title in apposition; or the first of the names a plural title lists ("the foreign ministers of A and B, X and
    Y", whatever place the model took X for)."""
    titled = (c for c in children_of(token) if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"})
    if any(c.lower_ in titles or c.lemma_ in titles for c in titled):
        return True
    head = token.head
    listed = token.dep_ in {"appos", "conj"} and head.tag_ == "NNS" and head.i < token.i
    return listed and head.lemma_ in titles and _after_a_comma(token)


def after_a_title(token: Token, titles: frozenset[str]) -> bool:
    """Whether a name follows a title and a comma as its holder, whether the parser hung it on the title ("the
    President of Chile, X") or on the title's place; a name the model tagged a place or a building all the same."""
    head = token.head
    apposed = token.dep_ == "appos" and head.i < token.i and (head.lower_ in titles or head.lemma_ in titles)
    return apposed and _after_a_comma(token) or _after_a_titled_place(token, titles)


def _after_a_titled_place(token: Token, titles: frozenset[str]) -> bool:
    """ "its ambassador to Kazakhstan, X", "the envoy in Lima, X", "the President of Chile, X": a name after a comma
    that the parser hung on the place of a title, not on the title it names the holder of."""
    place = token.head
    if token.dep_ not in {"appos", "conj"} or place.dep_ != "pobj" or not _after_a_comma(token):
        return False
    preposition = place.head
    if preposition.lower_ not in {"to", "in", "at", "for", "of"}:
        return False
    before = token.doc[preposition.i - 1]  # the title the preposition follows, whatever the parser hung it on
    return any(t.lower_ in titles or t.lemma_ in titles for t in (preposition.head, before))


def _closed_before_the_next(token: Token) -> bool:
    """Whether a name ends its item of a list: a semicolon after it ("...; Chile's ambassador to Peru, X; and"), or a
    comma and the list's last "and" ("the President of Chile, X, and the Prime Minister of Peru, Y")."""
    doc = token.doc
    after = [t.text.lower() for t in doc[token.i + 1 : token.i + 3]]
    return after[:1] == [";"] or after == [",", "and"]


def _after_a_comma(token: Token) -> bool:
    """Whether the name's run opens after a comma: "..., Giorgos X and Hakan Y"."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


PLACE_DESCRIPTIONS = frozenset(
    {"town", "village", "city", "resort", "reserve", "region", "province", "district", "port", "island", "capital"}
)
"""Nouns that, set beside a name, make it a place: "in Belmora, a forest reserve on the border"."""

SITE_NOUNS = frozenset({"base", "airbase", "airfield", "outpost", "facility", "installation", "camp"})
"""Sites that stand "on" or "at" a place: "the military base on Diego Garcia"."""


LOCATING_PREPOSITIONS = frozenset({"above", "overlooking", "near", "outside"})
"""Prepositions a place is set by another after a comma: "at Mont Soleil, above Lake Geneva"."""


def described_as_a_place(token: Token) -> bool:
    """Whether a name has a place noun in apposition ("Belmora, a forest reserve", "Arica, a port city"), is set
    after a comma by a named place ("Mont Soleil, above Lake Geneva") or names where a conflict is ("the Karabakh
    conflict", "the Tigray war")."""
    doc = token.doc
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lower_ in lexicon().conflict_nouns:
        return True
    holder = token.head.head if token.dep_ == "pobj" else None
    if holder is not None and (
        token.head.lower_ in {"on", "at"}
        and holder.lemma_ in SITE_NOUNS
        or token.head.lower_ == "of"
        and holder.lemma_ in PLACE_DESCRIPTIONS
        and holder.pos_ == "NOUN"
    ):
        return True  # "the military base on Diego Garcia", "the island of Diego Garcia"
    for child in children_of(token):
        if child.dep_ == "appos" and child.lemma_ in PLACE_DESCRIPTIONS:
            return True
        comma = child.i > 0 and doc[child.i - 1].text == ","
        if child.dep_ == "prep" and child.lower_ in LOCATING_PREPOSITIONS and comma:
            if any(o.dep_ == "pobj" and o.ent_type_ in {"LOC", "GPE"} for o in children_of(child)):
                return True
    return False


BUILDING_NOUNS = frozenset(
    {"centre", "center", "airport", "building", "hall", "hotel", "complex", "compound", "auditorium", "stadium"}
    | {"institute", "foundation", "library", "museum", "school", "university", "academy", "hospital", "bridge"}
)
"""Lower-case nouns a person's name is set before to name a building or an institution: "the X training centre"."""


def names_a_building(name: Span) -> bool:
    """Whether a person's name only names a building or an institution after them: "at the State Department's X
    training centre", "the X conference center" (the name a modifier of the noun, not a person who acts)."""
    noun = name.root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
        if noun.text.islower() and noun.lemma_ in BUILDING_NOUNS:
            return True
    return False


def _of_a_state(token: Token) -> bool:
    """Whether a name the model tagged as nothing is followed by "of" and a state ("Ana Ruiz of Chile"), as people
    are introduced, and is no institution's name ("the Central Bank of Chile")."""
    if token.ent_type_ or token.lower_ in lexicon().institution_heads or token.text.isupper():
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_type_ == "GPE" and o.dep_ == "pobj" for o in children_of(c))
        for c in children_of(token)
    )


MEETING_LEMMAS = frozenset({"meet", "talk", "host", "receive", "welcome", "join"})
"""Verbs of meeting a state's person does, not its things (as do the verbs of saying): "Peru's Ana Ruiz met ...",
"... met Chile's Ana Ruiz"."""


def _a_state_s_envoy(token: Token) -> bool:
    """Whether a name the model tagged as nothing, led by a state's possessive and a given name, meets or speaks as
    people do: "Peru's Jorge Paz met Chile's Ana Lind" (not "Israel's Iron Dome intercepted ...")."""
    if token.ent_type_ or token.lower_ in lexicon().institution_heads or token.text.isupper():
        return False
    given = [c for c in children_of(token) if c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "PROPN"]
    owners = [c for c in children_of(token) if c.dep_ == "poss" and c.ent_type_ == "GPE"]
    if not given or given[0].ent_type_ or not owners or owners[0].i != token.i - 3:
        return False  # ("Chile's" right before the given name: its "'s" between)
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"with", "between"} else token.head
    if token.dep_ == "pobj" and verb.lower_ in lexicon().meeting_nouns:
        return True  # "held talks with Chile's Ana Lind"
    acts = token.dep_ in {"nsubj", "dobj", "pobj"} and verb.pos_ == "VERB"
    return acts and (verb.lemma_.lower() in MEETING_LEMMAS or verb.lemma_.lower() in lexicon().verbs_of_saying)


OUTLET_NOUNS = frozenset({"agency", "broadcaster", "channel", "newspaper", "daily", "outlet", "network"})
"""Nouns a news outlet's name is set after: "the news agency Saba", "the daily X"."""


def outlet_names(doc: Doc) -> frozenset[str]:
    """The names the text gives news outlets by setting them right after such a noun ("Houthi-run news agency Saba
    said"): an outlet's, never a person's, wherever else the name stands ("Saba said ...")."""
    known: frozenset[str] | None = doc.user_data.get("kg_outlet_names")
    if known is None:
        tokens = tokens_of(doc)
        nouns = (i for i in words_with(doc, lower=OUTLET_NOUNS) if i + 1 < len(tokens) and tokens[i].pos_ == "NOUN")
        known = doc.user_data["kg_outlet_names"] = frozenset(
            tokens[i + 1].text for i in nouns if tokens[i + 1].pos_ == "PROPN"
        )
    return known
