"""Up from a side's name to the phrase that stands for it in its clause: through coordination ("Russia and
Ukraine"), compounds and hyphens ("Russia-Ukraine talks"), a region's name ("the breakaway region of X") and the
bodies a side is named with ("the main opposition bloc", "the Greek Cypriot community")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import word_once
from kg.extract.meetings.words import GOVERNMENT_NOUNS
from kg.extract.org_entities import OFFICER_S_STAFF
from kg.extract.tree import children_of, lefts_of, subtree_of
from kg.gazetteer import lexicon

SIDE_NOUNS = {"party", "side", "country", "nation", "state", "neighbour", "neighbor", "rival", "foe", "adversary"}
"""Plural nouns a list of sides may restate: "the warring parties, A and B, met"."""


BLOC_NOUNS = {"bloc", "alliance", "grouping", "union", "community", "organisation", "organization", "group"}
"""Nouns a named body may stand in apposition to as the side: "the South American bloc Mercosur"."""

OPPOSITION_BODIES = {"bloc", "alliance", "coalition", "delegation", "group", "camp", "team", "platform"}
"""Nouns an opposition stands before as the side: "the main opposition bloc", "the opposition delegation"."""


def climb(token: Token) -> Token:
    """Up through coordination and compounds of names: "Russia and Ukraine", "Russia-Ukraine", "the X Front
    independence movement", "the Greek Cypriot and Turkish Cypriot communities" (climbed once per word)."""
    return word_once(token, "kg_climbed", _climb)


def _climb(token: Token) -> Token:
    path = token
    while path.head != path:
        if (earlier := _listed_before(path) or agent_listed_on_verb(path)) is not None:
            path = earlier  # "by the ministers of A, B and C", with B and C hung on "by": one list with A
        elif _named_in_region(path) or _officer_s_staff(path):
            path = path.head.head  # "the breakaway region of X", "the Office of the UN envoy": up past "of"
        elif (named := _known_as(path)) is not None:
            path = named  # "the three European powers known as the E3": the powers
        elif path.dep_ == "dobj" and path.head.lemma_ == "represent" and path.head.dep_ == "acl":
            path = path.head.head  # "a delegation representing the Sudanese Armed Forces": the delegation
        elif (
            path.dep_ == "conj"
            or (path.dep_ in {"compound", "appos"} and path.head.pos_ == "PROPN" and path.head.ent_type_)
            or (
                path.dep_ in {"compound", "nmod", "amod"}
                and (path.pos_ == "PROPN" or path.ent_type_ == "ORG")  # (a name's word tagged a verb: "Shining")
                and path.head.lower_ in lexicon().group_nouns
            )
            or (path.dep_ == "compound" and path.lower_ == "opposition" and path.head.lower_ in OPPOSITION_BODIES)
            or (path.dep_ in {"amod", "compound"} and _one_of_the_communities(path))
            or (path.dep_ == "appos" and path.head.lemma_.lower() in SIDE_NOUNS and path.head.tag_ == "NNS")
            or (path.dep_ == "appos" and path.head.lower_ in BLOC_NOUNS)  # "the South American bloc Mercosur"
            or _titled_name(path)
            or _pair_hung_on_the_second(path)
            or _hyphened_to_next(path)
        ):
            path = path.head
        elif (owner := _dashed_list_owner(path)) is not None:
            path = owner  # "the remaining parties to the deal — A, B and C — have begun": the parties
        else:
            break
    return path


def _officer_s_staff(word: Token) -> bool:
    """Whether a word is the officer an office is "of": "facilitated by the Office of the UN Special Envoy"."""
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in OFFICER_S_STAFF


NAMING_VERBS = frozenset({"know", "call", "dub", "name", "style"})
"""Participles that give a noun its name: "the powers known as the E3", "a coalition called X"."""


def _known_as(word: Token) -> Token | None:
    """The noun a name is given to by a naming participle ("the three European powers known as the E3", "an
    alliance called X"): the name stands where the noun does."""
    naming = word.head.head
    if word.dep_ == "pobj" and word.head.lower_ == "as" and naming.dep_ == "acl" and naming.lemma_ in NAMING_VERBS:
        return naming.head
    if word.dep_ in {"oprd", "dobj"} and word.head.dep_ == "acl" and word.head.lemma_ in NAMING_VERBS:
        return word.head.head
    return None


def _titled_name(word: Token) -> bool:
    """Whether a person's name is set in apposition to the title before it, which the parser made the head
    ("Chile's President Ana Soto and Peru's President Luis Diaz met": "Soto" hung on "President")."""
    head = word.head
    return (
        word.dep_ == "appos"
        and word.ent_type_ == "PERSON"
        and head.i == word.left_edge.i - 1
        and head.lemma_.lower() in lexicon().title_words
    )


def _pair_hung_on_the_second(word: Token) -> bool:
    """Whether the first of two titled names the parser hung on the second as a modifier, the second's country
    read as the first's conjunct ("Serbian President A and Kosovo Prime Minister B met": "A and Kosovo" hung on
    "B" or on its title): the first stands where the second does."""
    head = word.head
    return (
        word.dep_ == "nmod"
        and word.ent_type_ == "PERSON"
        and head.i > word.i
        and (head.ent_type_ == "PERSON" or (head.dep_ == "compound" and head.head.ent_type_ == "PERSON"))
        and any(c.dep_ == "cc" for c in children_of(word))
        and any(c.dep_ == "conj" for c in children_of(word))
    )


def _listed_before(word: Token) -> Token | None:
    """The name before a list member the parser hung on a preposition ("attended by the ministers of A, the
    Philippines and C", with "the Philippines" a conjunct of "by"): the list's name before it, of its kind."""
    if word.dep_ != "conj" or word.head.pos_ != "ADP" or not word.ent_type_:
        return None
    earlier = [t for t in subtree_of(word.head) if t.i < word.i and t.ent_type_ == word.ent_type_ and t.ent_iob_ == "B"]
    return earlier[-1] if earlier and earlier[-1].head != word.head else None


def agent_listed_on_verb(word: Token) -> Token | None:
    """The first name of a passive verb's "by" list whose last name the parser made a conjunct of the verb ("was
    brokered by A's Prime Minister X, ..., and B's Prime Minister Y", "Y" hung on "brokered"): that first name."""
    verb = word.head
    if word.dep_ != "conj" or verb.pos_ != "VERB" or word.pos_ != "PROPN" or not word.ent_type_:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for c in children_of(word)):
        return None  # a clause of its own
    agents = [o for a in children_of(verb) if a.dep_ == "agent" and a.i < word.i for o in children_of(a)]
    names = [o for o in agents if o.dep_ == "pobj" and o.ent_type_]
    return names[0] if names else None


def agents_hung_on(verb: Token) -> list[Token]:
    """The names of a passive verb's "by" list the parser made conjuncts of the verb (see
    :func:`agent_listed_on_verb`)."""
    return [c for c in children_of(verb) if c.dep_ == "conj" and agent_listed_on_verb(c) is not None]


def _dashed_list_owner(word: Token) -> Token | None:
    """The plural side noun a list set off by dashes restates, whatever the parse hung the list on: "the remaining
    parties to the 2015 deal — A, B and C — have begun talks" (the list is the parties, not the deal)."""
    doc = word.doc
    if word.dep_ != "appos" or word.i == 0 or doc[word.left_edge.i - 1].text not in {"—", "–", "--"}:
        return None
    dash = word.left_edge.i - 1
    for before in reversed(doc[max(dash - 8, 0) : dash]):
        if before.tag_ == "NNS" and before.lemma_.lower() in SIDE_NOUNS | {"power"}:
            return before
    return None


def _one_of_the_communities(word: Token) -> bool:
    """ "the Greek Cypriot community", "the Greek Cypriot and Turkish Cypriot communities": each a side (not "the
    two Cypriot communities", one word for both)."""
    head = word.head.lower_
    if head != "communities":
        return head == "community"
    return any(t.dep_ == "conj" for left in lefts_of(word.head) for t in subtree_of(left))


def _hyphened_to_next(token: Token) -> bool:
    """ "China-Japan-South Korea meeting": a name hyphened to the next name of a chain, whatever the parse."""
    doc = token.doc
    return (
        token.dep_ in {"nmod", "compound", "amod"}
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text in {"-", "–"}
        and token.head.i > token.i
        and (bool(token.head.ent_type_) or token.head.pos_ == "PROPN" and _chained(doc[token.i + 1 : token.head.i]))
    )  # ("China-Afghanistan-Pakistan Dialogue", "U.S.-Japan-Philippines Dialogue" with the last name left untagged)


def _chained(words: Span) -> bool:
    """Whether the words between a name and the last of its chain are hyphens and names: "-Japan-"."""
    return all(t.text in {"-", "–"} or t.pos_ == "PROPN" for t in words)


REGION_NOUNS = {"region", "province", "republic", "territory", "enclave", "state"}
"""Nouns a side is named with ("the breakaway region of Abkhazia"): the phrase stands where the name would."""


def _named_in_region(token: Token) -> bool:
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in REGION_NOUNS and of.head != of
    # (and "the breakaway regions of A and B")


def phrase_of(token: Token) -> Token:
    """The word whose place in the sentence tells a party's: the party itself, climbed through lists and
    appositions, or the government or pair it names."""
    path = climb(token)
    doc = token.doc
    hyphened = path.i + 1 < len(doc) and doc[path.i + 1].text == "-"
    if path.dep_ in {"amod", "compound"} and hyphened and path.head.dep_ in {"amod", "compound"}:
        path = path.head  # "Chilean-Peruvian talks": the first of a hyphened pair hung on the second
    if path.dep_ in {"amod", "compound", "poss", "nmod"} and path.head.lower_ in GOVERNMENT_NOUNS:
        return climb(path.head)  # "the Colombian government and the ELN"
    if path.dep_ == "pobj" and path.head.lower_ == "of" and path.head.head.lower_ in GOVERNMENT_NOUNS:
        return climb(path.head.head)  # "the government of Yemen and the Houthis"
    return path
