"""Readings of the names the model tags as organisations: a title and a name tagged whole, a known party and a
title, a list of known names, a person listed after one, a body two states hold together, the people of a party."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import sentence_of
from kg.extract.name_tokens import FORMS_OF_ADDRESS, NAME_PARTICLES
from kg.gazetteer import Gazetteer, lexicon


def title_and_name(ent: Span, titles: frozenset[str] | set[str]) -> bool:
    """Whether an entity is a title followed by a person's name: after its last title word, one to four
    capitalised proper nouns, none the head of an organisation's name ("... Adviser Ajit Doval", not "National
    Movement for the Liberation of Azawad")."""
    last = max((t.i for t in ent if t.lower_ in titles), default=None)
    if last is None or last == ent.start:
        return False
    rest = ent.doc[last + 1 : ent.end]
    heads = lexicon().institution_heads
    return 1 <= len(rest) <= 5 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in heads or t.lower_ in NAME_PARTICLES for t in rest
    )  # (also "... Crown Prince Mohammed bin Zayed", a particle inside the name)


def party_and_title(ent: Span, titles: frozenset[str] | set[str], gazetteer: Gazetteer) -> bool:
    """Whether an entity is a known party's name followed by title words only ("the EU Special Representative")."""
    words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
    for cut in range(1, len(words)):
        rest = words[cut:]
        if all(t.lower_ in titles or t.lower_ in TITLE_QUALIFIERS for t in rest) and any(
            t.lower_ in titles for t in rest
        ):
            return gazetteer.party(ent.doc[words[0].i : words[cut - 1].i + 1].text) is not None
    return False


def officer_of_a_party_s_officer(ent: Span, titles: frozenset[str] | set[str], gazetteer: Gazetteer) -> bool:
    """Whether an entity is a title (or an office) "of" another that a known party's name opens ("the Personal
    Representative of the OSCE Chairperson-in-Office"): an officer's office, whose party is the one named inside it."""
    words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
    of = next((n for n, t in enumerate(words) if t.lower_ == "of"), None)
    if not of or not all(t.lower_ in titles | TITLE_QUALIFIERS | OFFICER_S_STAFF for t in words[:of]):
        return False  # ("the Office of the UN Special Envoy": the envoy's staff)
    rest = words[of + 1 :]
    return len(rest) >= 2 and party_and_title(ent.doc[rest[0].i : rest[-1].i + 1], titles, gazetteer)


OFFICER_S_STAFF = frozenset({"office", "bureau", "secretariat", "cabinet"})
"""The staff an officer heads, named "of" the officer: "the Office of the UN Special Envoy"."""

TITLE_QUALIFIERS = {"special", "deputy", "senior", "chief", "high", "personal", "acting", "assistant"}
"""Words that qualify a title ("Special Representative", "High Representative")."""


def clean_org_name(span: Span) -> str:
    """An organisation's name without a leading article, a trailing possessive, or the lower-case "party" that
    says what it is ("the Democratic Unity party": "Democratic Unity"; not "the Democratic Unity Party")."""
    tokens = list(span)
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    while tokens and tokens[-1].text in {"'s", "’s", "'"}:
        tokens = tokens[:-1]
    if len(tokens) > 1 and tokens[-1].text == "party" and tokens[-2].text[:1].isupper():
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in FORMS_OF_ADDRESS:
        tokens = tokens[:-1]  # "the Ministry of Foreign Affairs Dr. X": the form of address the model joined to it
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def a_name(words: Span) -> bool:
    """Whether words are a person's name of two to four capitalised proper nouns."""
    return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def joint_body(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether an organisation's name opens on two states joined by a hyphen: a body the two hold together ("the
    China-Philippines Bilateral Consultation Mechanism"), whose name names both states."""
    words = [t for t in span if t.lower_ != "the"][:3]
    return (
        len(words) == 3
        and words[1].text in {"-", "–"}
        and all(gazetteer.is_country(gazetteer.party(w.text) or "") for w in (words[0], words[2]))
    )


def listed_with_a_person(ent: Span) -> bool:
    """Whether an organisation the model tagged is a bare two- or three-word name joined by "and" to a person's
    name: the list's next person ("A of X and B of Y", B tagged an organisation)."""
    root = ent.root
    bare = 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent)
    return bare and root.dep_ == "conj" and root.head.ent_type_ == "PERSON"


TEAM_WORDS = frozenset({"delegations", "representatives", "envoys", "negotiators", "officials", "members"})
"""Plural nouns of people sent by a party, which the model may tag as the proper noun opening a name."""


def people_of_a_party(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether an organisation the model tagged is a plural common noun that opens its sentence (capitalised only
    there), "of", and a party's name: "Delegations of the X government", "Representatives of X"."""
    first = span[0]
    opening = all(t.is_space for t in span.doc[sentence_of(first).start : first.i])
    opening = opening or first.i > 0 and "\n" in span.doc[first.i - 1].text  # (a paragraph's first word)
    named = span[2:]
    return (
        opening
        and len(span) > 2
        and (first.tag_ == "NNS" or first.lower_ in TEAM_WORDS)  # ("Delegations" tagged a proper noun in the name)
        and span[1].lower_ == "of"
        and gazetteer.party(clean_org_name(named)) is not None
    )


def list_ending_on_a_known_name(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether an entity is a list ("A and B", "A, B and C") whose last item the gazetteer knows: the items are
    names of their own, each found on its own."""
    items: list[list[Token]] = [[]]
    for token in ent:
        if token.lower_ in {"and", ","}:
            items.append([])
        else:
            items[-1].append(token)
    # "Chisinau and Tiraspol"; "Secretary of State A and European Union foreign policy chief B" tagged one
    # organisation up to "Union": a list ending on a known name is no organisation of its own
    last = items[-1]
    return len(items) >= 2 and bool(last) and gazetteer.party(ent.doc[last[0].i : last[-1].i + 1].text) is not None


def known_after_a_qualifier(name: str, gazetteer: Gazetteer) -> str | None:
    """A known organisation an unknown name holds after one qualifying word: "the Swiss Centre for Humanitarian
    Dialogue" is the Centre for Humanitarian Dialogue (never a state: "Northern Ireland" is no Ireland)."""
    first, _, rest = name.partition(" ")
    if not rest or len(rest.split()) < 2 or not first[:1].isupper():
        return None
    known = gazetteer.party(rest)
    entry = gazetteer.entry(known) if known is not None else None
    return known if entry is not None and entry.kind == "organisation" else None
