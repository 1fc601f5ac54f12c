"""A role phrase cut into the role and the organisation it names: "analyst at the Quincy Institute", "secretary
of Ukraine's National Security and Defence Council" (a state's own body: the state), "Chancellor of the Exchequer"
(an office of one state, kept whole)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.group_names import GROUP_NOUNS_BEFORE_NAMES, POLITICAL_GROUP_HEADS
from kg.extract.parties import GOVERNMENT_WORDS, possessor
from kg.extract.people import title_words
from kg.extract.referred_parties import GROUP_KINDS
from kg.extract.relative_roles import workplace
from kg.extract.tree import children_of
from kg.gazetteer import fold, lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context
    from kg.extract.parties import PartyMention


CUT_PREPOSITIONS = {"at", "for", "with", "of", "from"}
KEEP_OF_HEADS = {
    "head",
    "chief",
    "director",
    "chairman",
    "chair",
    "chairperson",
    "leader",
    "member",
    "president",
    "secretary",
}


def _looks_like_organisation(name: str) -> bool:
    heads = lexicon().organisation_heads
    return any(word.lower() in heads for word in name.split())


def _states_named(tokens: list[Token], ctx: Context) -> bool:
    """Whether a stretch of a role phrase names a state or an organisation of states (not as the object of "to"
    or "in"): "US special envoy for Syria", "the United Nations special coordinator for Lebanon"."""
    if not tokens:
        return False
    return any(
        m.known
        and (ctx.gazetteer.is_country(m.party) or ctx.gazetteer.is_international(m.party))
        and m.span.root.head.lower_ not in {"to", "in"}
        for m in ctx.parties_in(tokens[0].i, tokens[-1].i + 1)
    )


def in_a_brief(word: Token) -> bool:
    """Whether a name qualifies the talks an office is "for" or "to": "envoy for the Belgrade-Pristina dialogue"."""
    noun = word
    while noun.dep_ in {"compound", "amod", "nmod", "punct"} and noun.head != noun:
        noun = noun.head
    return (
        noun != word
        and noun.lower_ in lexicon().meeting_nouns | {"dialogue", "process"}
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"for", "to", "on"}
    )


BRIEF_TITLES = frozenset(
    "envoy representative coordinator secretary undersecretary adviser advisor commissioner rapporteur director".split()
)
"""Titles whose "for" names their brief, not their side: "Special Envoy for Syria", "Assistant Secretary for European
Affairs" (not "spokesman for Hamas")."""


def a_title_s_brief(word: Token) -> bool:
    """Whether a name stands in the "for" phrase of a title that names its brief."""
    node = word
    while node.dep_ in {"compound", "amod", "nmod", "conj", "pobj", "poss"} and node.head != node:
        if node.dep_ == "pobj" and node.head.lower_ == "for":
            return node.head.head.lower_ in BRIEF_TITLES
        node = node.head
    return False


def _portfolio_before(rest: list[Token], known: list[PartyMention]) -> bool:
    """Whether the words after an "of" name a portfolio before another "of" and the state it leads to: "of Defence of
    Chile", "of Foreign Affairs and Cooperation of Mozambique"."""
    if not known:
        return False
    start = known[0].span.start
    words = [t for t in rest if t.i < start and t.dep_ != "det"]
    return len(words) >= 2 and words[-1].lower_ == "of" and words[0].pos_ in {"PROPN", "NOUN", "ADJ"}


def split_organisation(tokens: list[Token], ctx: Context) -> tuple[list[Token], str | None]:
    """Cut "analyst at the Quincy Institute" into the role and the organisation; an office of one state
    ("Chancellor of the Exchequer") stays whole."""
    if tokens and office_state(" ".join(t.text for t in tokens), ctx):
        return tokens, None
    for position, token in enumerate(tokens):
        if token.lower_ in CUT_PREPOSITIONS and position > 0:
            if token.lower_ == "with" and tokens[position - 1].lower_ in lexicon().meeting_nouns | {"relations"}:
                continue  # "ambassador for talks with Japan": the other side of those talks, no organisation
            rest = tokens[position + 1 :]
            if token.lower_ == "of" and _a_field_before_a_body(token, rest, ctx):
                continue  # "professor of international law at X": the field, then the body at the next preposition
            inside = {r.i for r in rest}
            following = [
                i
                for i, t in enumerate(rest)
                if t.lower_ in CUT_PREPOSITIONS - {"of"} and t.head.i in inside and ctx.party_at(t.i) is None
            ]
            if following and token.lower_ == "of":
                at_a_state = _state_s_body(rest[following[0] + 1 :], ctx)
                rest = rest[: following[0]]  # "head of a research programme at X": the programme is no side
                if at_a_state and not any(m.known for m in ctx.parties_in(rest[0].i, rest[-1].i + 1)):
                    continue  # "director-general of the X Bureau at Japan's foreign ministry": the state's
            if not rest:
                continue
            mentions = [
                m
                for m in ctx.parties_in(rest[0].i, rest[-1].i + 1)
                if all(ctx.people.at(t) is None for t in m.span)
                and m.span.text.lower() not in title_words()
                and not in_a_brief(m.span.root)
                and not places_a_body(m.span.root)  # "at a Washington university": no side
            ]
            mentions = [m for m in mentions if not nationality_of_a_named_group(m, mentions)]
            if not mentions:
                continue
            known = [m for m in mentions if m.known]
            states = [m for m in known if m.how == "name" and ctx.gazetteer.is_country(m.party)]  # not "the WPK"
            if token.lower_ == "of" and _portfolio_before(rest, states):
                continue  # "Minister of Defence of Chile": the portfolio is the title's, the state after it the side
            if not known and token.lower_ == "for" and not _looks_like_organisation(mentions[0].party):
                continue  # "Under Secretary for Political Affairs": part of the title
            if token.lower_ == "for" and tokens[position - 1].lower_ in BRIEF_TITLES:
                continue  # "Special Envoy for Syria", "Assistant Secretary for European Affairs": the brief
            if token.lower_ == "for" and _states_named(tokens[:position], ctx):
                continue  # "US special envoy for Syria", "UN coordinator for Lebanon": the brief, not the side
            objects = {c.i for c in children_of(token) if c.dep_ == "pobj"}
            heads = [m for m in mentions if any(t.i in objects for t in m.span)]
            if heads:  # "at the London think tank Chatham House": the object of "at", not a place modifying it
                known = [m for m in known if _side_beside_the_body(m, objects, ctx)]
            owner = _possessive_state(tokens[:position], ctx)
            if not known and owner is not None:
                return tokens, owner  # "Serbia's Director of the Office for Kosovo": Serbia's office
            affiliation = (known or heads or mentions)[0].party
            head_word = tokens[position - 1].lower_
            if token.lower_ == "of" and head_word in KEEP_OF_HEADS:
                return _without_seat(tokens), affiliation
            return tokens[:position], affiliation
    return tokens, None


def _a_field_before_a_body(of: Token, rest: list[Token], ctx: Context) -> bool:
    """Whether the "of" of a title names no party but a field, with a preposition of the same title after it ("a
    professor of international law at X")."""
    named = any(ctx.party_at(c.i) is not None for c in children_of(of) if c.dep_ == "pobj")
    return not named and any(t.lower_ in CUT_PREPOSITIONS - {"of"} and t.head == of.head for t in rest)


def _state_s_body(tokens: list[Token], ctx: Context) -> bool:
    """Whether words name a body of a state, one of the lexicon's state bodies after the state's name or adjective:
    "Japan's foreign ministry", "the Chilean foreign ministry"."""
    if not tokens:
        return False
    for mention in ctx.parties_in(tokens[0].i, tokens[-1].i + 1):
        if mention.known and ctx.gazetteer.is_country(mention.party):
            body = [t.lower_ for t in tokens if t.i >= mention.span.end and t.text not in {"'s", "’s"}]
            return " ".join(body) in lexicon().state_bodies
    return False


def _possessive_state(tokens: list[Token], ctx: Context) -> str | None:
    """The state a title opens with in the possessive ("Serbia's Director of ..."), if any."""
    owned = next((t for t in tokens[1:] if t.doc[t.i - 1].text in {"'s", "’s"}), None)
    return possessor(owned, ctx.gazetteer) if owned is not None else None


def _without_seat(tokens: list[Token]) -> list[Token]:
    """A role without the city its body sits in: "head of the Regional Center for Security in Yerevan"."""
    last = tokens[-1] if tokens else None
    if last is not None and len(tokens) > 2 and tokens[-2].lower_ == "in" and last.ent_type_ in {"GPE", "LOC"}:
        return tokens[:-2]
    return tokens


def _side_beside_the_body(mention: PartyMention, objects: set[int], ctx: Context) -> bool:
    """Whether a party named beside the organisation a role phrase ends on ("at the X Institute") is the side:
    not a place modifying it ("the London think tank X", "the Tbilisi-based X", "the X Center in Riyadh"), but a
    state owning one of its own bodies ("for Ukraine's Foreign Ministry")."""
    root = mention.span.root
    entry = ctx.gazetteer.entry(mention.party) if mention.known else None
    doc = root.doc
    owner = root.dep_ == "poss" or root.dep_ == "nmod" and root.i + 1 < len(doc) and doc[root.i + 1].text in {"'", "’"}
    if owner and (ctx.gazetteer.is_country(mention.party) or entry is not None and entry.kind in GROUP_KINDS):
        # a state's body, or a movement's own ("the head of the Houthis' Supreme Political Council")
        body = ctx.party_at(root.head.i)  # "Ukraine's National Security Council": a state body, not a side
        of_state = body is not None and not body.known and bool(STATE_BODY_WORDS & set(body.party.lower().split()))
        return root.head.lower_ in lexicon().speaking_bodies or root.head.i not in objects or of_state
    return root.head.i not in objects and not _locates_the_body(mention.span)


STATE_BODY_WORDS = {
    "council",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "legislature",
    "committee",
    "commission",
    "agency",
    "directorate",
    "cabinet",
    "politburo",
    "bureau",
}
"""Words of the names of a state's own bodies: "Ukraine's National Security and Defence Council" serves Ukraine."""


def _locates_the_body(span: Span) -> bool:
    """A place that only says where an organisation is: "the Tbilisi-based X Institute", "the X Center in
    Riyadh"."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based":
        return True
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in {"in", "at"} and root.head.head.pos_ == "PROPN"


def office_state(role: str, ctx: Context) -> str | None:
    """The state an office belongs to when only one state has it ("Secretary of State", "Supreme Leader")."""
    key = fold(role)
    for office, state in lexicon().offices.items():
        if f" {office} " in f" {key} ":
            return str(state)
    return None


RESEARCH_HEADS = {
    "institute",
    "institution",
    "center",
    "centre",
    "university",
    "school",
    "academy",
    "college",
    "foundation",
    "forum",
}
"""Heads of research bodies: named after a country, they are not its government ("the Peruvian Institute of
Peace")."""


def places_a_body(word: Token) -> bool:
    """Whether a place or state word qualifies a research body it only locates: "a Washington university", "a
    Moscow think tank", "a Russian university" (whose scholars speak for no state)."""
    return word.dep_ in {"compound", "nmod", "amod"} and word.head.lower_ in RESEARCH_HEADS | {"tank"}


def national_body(affiliation: str, ctx: Context) -> str:
    """A state body named after its country is that country: "Russian Direct Investment Fund" -> Russia."""
    if ctx.gazetteer.entry(affiliation) is not None or affiliation in ctx.framed_sides:
        return affiliation  # a known party, or one the text casts as a side ("the Syrian opposition")
    words = affiliation.split()
    political = words[-1].lower() in POLITICAL_GROUP_HEADS | {"party"}
    if any(w.lower() in RESEARCH_HEADS for w in words) or "on" in words or political:
        # "the Egyptian Center for Strategic Studies", "the European Council on Foreign Relations": a research
        # body speaks for itself, as does a party or movement ("the Chilean Socialist Party")
        return affiliation
    country = ctx.gazetteer.demonym(words[0]) or ctx.gazetteer.party(words[0], metonyms=False)
    if len(words) >= 2 and country and (ctx.gazetteer.is_country(country) or ctx.gazetteer.is_international(country)):
        # "Russian Direct Investment Fund", "US Energy" (a department the model cut short); "EU Council"
        return country
    named, of, state = affiliation.rpartition(" of ")
    official = len(named.split()) >= 2 or named.lower() in GOVERNMENT_WORDS  # "Government of the Syrian Arab Republic"
    if of and official and (country := ctx.gazetteer.party(state)) and ctx.gazetteer.is_country(country):
        return country  # "Atomic Energy Organization of Iran", "Central Bank of Egypt": a state body
    return affiliation


ALLY_NOUNS = frozenset({"ally", "backer", "patron", "sponsor", "supporter", "sympathiser", "sympathizer", "friend"})
"""Nouns of standing by another party: "a Hezbollah ally", "a close ally of X" (someone of another side)."""


BACKER_WORDS = frozenset({"backed", "aligned", "allied", "supported", "sponsored", "funded", "armed", "recognised"})
"""Participles a backer's name is hyphened to: "the U.N.-backed government", "an Iran-aligned militia"."""


def hyphened_as_backer(word: Token) -> bool:
    """Whether a party's word is hyphened to a participle of backing: "Saudi" of "the Saudi-backed government"."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].lower_ in BACKER_WORDS


def an_ally_of(word: Token) -> bool:
    """Whether a party's name tells whom a person stands by rather than speaks for: "Speaker X, a Hezbollah ally",
    "a close ally of the group", "who heads the U.N.-backed government" (the backer of what they lead)."""
    if hyphened_as_backer(word):
        return True
    if word.dep_ in {"compound", "amod", "poss"}:
        return word.head.lemma_ in ALLY_NOUNS
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_ in ALLY_NOUNS


PARTY_DESCRIPTORS = frozenset({"opposition", "ruling", "governing", "main", "centrist", "nationalist", "rebel"})
"""Words that say what kind of party or group a name that follows is: "the opposition National Unity party"."""


def name_after(preposition: Token) -> str | None:
    """The organisation's name a preposition opens, where the model did not tag it apart: its capitalised words
    ("of Human Rights Watch"), two at least or one the model tagged as an organisation."""
    doc = preposition.doc
    start = preposition.i + 1 + (preposition.i + 1 < len(doc) and doc[preposition.i + 1].lower_ == "the")
    if start + 3 < len(doc) and doc[start + 1].text == "-" and doc[start + 2].lower_ == "based":
        start += 3  # "of the Belgrade-based Forum for ...": the name after where it is based
    elif start + 1 < len(doc) and doc[start].lower_ in PARTY_DESCRIPTORS and doc[start + 1].pos_ == "PROPN":
        start += 1  # "for the opposition National Unity party": the name after what kind of party it is
    end = start
    while end < len(doc) and _capitalised_name(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in {"of", "for"} and _capitalised_name(doc[end + 1]):
            end += 1  # "of the University of Lima", "the Center for Strategic Studies": on past the joining word
    if end - start >= 2 or end - start == 1 and doc[start].ent_type_ == "ORG":
        return doc[start:end].text
    return None


def nationality_of_a_named_group(mention: PartyMention, mentions: list[PartyMention]) -> bool:
    """Whether a nationality qualifies a group noun the group's own name follows: "the Chadian rebel group X" (X's
    side, not Chad's)."""
    root = mention.span.root
    if mention.how != "demonym" or root.dep_ != "amod":
        return False
    doc = root.doc
    noun = next((t for t in doc[root.i + 1 : root.i + 4] if t.lower_ in GROUP_NOUNS_BEFORE_NAMES), None)
    return noun is not None and any(other.span.start == noun.i + 1 for other in mentions)


def _capitalised_name(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper()


def workplace_name(span: Span) -> str | None:
    """The name of where a "who ..." clause after a name says the person works: "X, who teaches at the University
    of Y" (University of Y)."""
    at = workplace(span)
    return name_after(at) if at is not None else None
