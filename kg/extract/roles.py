"""Role and side of a person, read from the words around their name.

Three places hold them, tried in this order for each mention: the title chain before the name ("Kremlin
spokesman Dmitry Peskov", "Moscow's chief negotiator Vladimir Medinsky"), a noun phrase the name stands in
apposition to ("the lead White House envoy in Geneva, Steve Witkoff"), and an apposition after the name
("William Taylor, a former US ambassador to Ukraine"; "Mark Episkopos, an analyst at the Quincy Institute").
The side is the organisation after "at", "for", "with" or "of", else the first party the phrase names
(a demonym, a metonym, a possessive), else the side of the person whose aide or envoy they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.clause_sides import side_from_clause, side_from_previous_sentence
from kg.extract.comma_titles import phrase_before_comma
from kg.extract.counterparts import mirrored_office, mirrored_person
from kg.extract.framed_sides import ARMED_WORDS
from kg.extract.group_names import names_a_group
from kg.extract.group_references import group_referred_to, owner_of_a_body
from kg.extract.listed_sides import members_listed, side_from_list
from kg.extract.name_runs import title_words
from kg.extract.nearby_sides import acting_as, whose_office, whose_party
from kg.extract.people import Person
from kg.extract.plural_roles import role_from_plural_title, role_over_a_list, role_over_an_apposed_list
from kg.extract.referred_states import country_referred_to, government_referred_to, ministry_referred_to
from kg.extract.relative_roles import (
    NOW_WORDS,
    capacity,
    led_body,
    one_of_them,
    relative_brokering,
    relative_now,
    relative_role,
)
from kg.extract.role_bodies import (
    STATE_BODY_WORDS,
    a_title_s_brief,
    an_ally_of,
    in_a_brief,
    name_after,
    national_body,
    nationality_of_a_named_group,
    office_state,
    places_a_body,
    split_organisation,
    workplace_name,
)
from kg.extract.role_phrases import (
    copular_title,
    is_title,
    joint_title_side,
    phrase_after,
    phrase_before_appos,
    pre_chain,
)
from kg.extract.role_text import (
    COUNTRY_NOUNS,
    GENERIC_ROLES,
    SCHOLAR_ROLES,
    better_role,
    clean_role,
    followed_by_possessive,
    former_role,
    office_held_now,
    rank_only,
)
from kg.extract.side_phrases import for_the_side, its_owner, principal_after_for
from kg.extract.subject_sides import (
    owner_of_the_object,
    state_of_the_clause_before,
    subject_side,
    team_referred_to,
)
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context

SERVING_VERBS = {"represent", "serve", "act", "work"}
"""Verbs of working for a body ("who represents the OSCE", "serving as the UN envoy")."""
"""Titles held for an organisation ("the UN envoy"); not "ambassador": "the UN ambassador" serves a state."""


def _organisation_served(span: Span, phrases: tuple[list[Token], ...], ctx: Context) -> str | None:
    """An international organisation a person is the envoy or representative of, which outweighs their
    nationality: "the Swiss diplomat who represents the OSCE", "a Peruvian diplomat serving as the UN envoy",
    "The African Union envoy, former Kenyan president X"."""
    tokens = [t for words in phrases for t in words]
    for child in (c for head in {span.root, span[-1]} for c in children_of(head)):
        if child.dep_ in {"relcl", "acl"} and child.i >= span.end:
            tokens.extend(subtree_of(child))
    for appos in (t for t in tokens if t.dep_ in {"appos", "attr"}):
        tokens.extend(c for c in children_of(appos) if c.dep_ in {"relcl", "acl"} for c in subtree_of(c))
    for token in tokens:
        mention = ctx.party_at(token.i)
        if mention is None or not mention.known:
            continue
        if not ctx.gazetteer.is_international(mention.party):
            continue
        root = mention.span.root
        head = root.head
        if root.dep_ in {"compound", "amod", "poss", "nmod"} and head.lower_ in SERVED_TITLES:
            return mention.party  # "the UN envoy", "the African Union's mediator"
        if root.dep_ == "dobj" and head.lemma_ in SERVING_VERBS:
            return mention.party  # "who represents the OSCE"
        owner = head if root.dep_ == "pobj" else head.head if head.dep_ == "pobj" else None
        if owner is not None and owner.lower_ == "of" and owner.head.lower_ in SERVED_TITLES:
            return mention.party  # "the envoy of the United Nations", "the personal envoy of the UN Secretary-General"
    return None


SERVED_TITLES = {"envoy", "representative", "mediator", "emissary", "negotiator", "facilitator", "delegate"}


def _possessive_person(tokens: list[Token], ctx: Context) -> str | None:
    """The person a phrase belongs to: "Trump's senior adviser" -> Trump."""
    for token in tokens:
        if token.text in {"'s", "’s"} and token.i > 0 and (person := ctx.people.at(token.i - 1)) is not None:
            return person.name
        if token.lower_ in {"his", "her"} and token.dep_ == "poss" and is_title(token.head):
            # "His deputy, Ambassador X": the deputy of the person "his" refers to
            referent = ctx.coreference.pronoun(token, lexicon().verbs_of_saying)
            if referent is not None:
                return referent.person.name
    last = tokens[-1] if tokens else None
    if last is not None and last.dep_ == "conj" and last.head.pos_ == "NOUN":  # "X's son-in-law and senior adviser"
        owner = next((c for c in children_of(last.head) if c.dep_ == "poss"), None)
        if owner is not None and (person := ctx.people.at(owner.i)) is not None:
            return person.name
    # "spokesman for President X", "wife of X", "adviser to X": a title, then the principal
    for position, before in enumerate(tokens[:-1]):
        if before.lower_ not in {"for", "to", "of"} or not any(is_title(t) for t in tokens[:position]):
            continue
        named = tokens[position + 1]
        doc = named.doc
        index = named.i
        while index < min(named.i + 3, len(doc) - 1) and ctx.people.at(index) is None and is_title(doc[index]):
            index += 1  # "for President X", "adviser to Prime Minister X"
        if (person := ctx.people.at(index)) is not None:
            return person.name
    return None


RESEARCH_STAFF = frozenset(
    {"analyst", "fellow", "researcher", "scholar", "economist", "expert", "professor", "strategist", "specialist"}
)
"""Lower-case titles set after the name of the body that employs them: "the X Institute analyst Y"."""


def _side(tokens: list[Token], ctx: Context) -> str | None:
    """The first party a role phrase names, skipping "to X" (an ambassador's host country).

    An organisation the gazetteer does not know counts only as a possessive ("Citigroup's economist") or where
    the article casts it as a side ("Renamo leader"): elsewhere in a title ("Treasury Secretary") it is part of
    the title.
    """
    if not tokens:
        return None
    mentions = ctx.parties_in(tokens[0].i, tokens[-1].i + 1)
    for mention in mentions:
        if any(ctx.people.at(t) is not None for t in mention.span) or nationality_of_a_named_group(mention, mentions):
            continue  # (not Chad of "the Chadian rebel group X")
        head = mention.span.root.head
        if mention.span.root.dep_ == "pobj" and head.lower_ in {"to", "in"}:
            continue
        if places_a_body(mention.span.root):
            continue  # "a historian at a Washington university", "a Moscow think tank": where it is, not a side
        if in_a_brief(mention.span.root) or a_title_s_brief(mention.span.root) or an_ally_of(mention.span.root):
            continue  # "special envoy for the Belgrade-Pristina dialogue", "Special Envoy for Syria": what it is for
        doc = mention.span.doc
        end = mention.span.end
        if end < len(doc) and doc[end].text in {"'s", "’s"}:
            end += 1  # "adviser to Ghana's president": the principal's title after the possessive
        after = doc[end] if end < len(doc) else None
        if mention.span.start > 0 and doc[mention.span.start - 1].lower_ == "to" and not (after and is_title(after)):
            continue  # "ambassador to Washington Serdar Kilic", however parsed (not "adviser to U.S. President X")
        if mention.known or followed_by_possessive(mention.span) or mention.party in ctx.framed_sides:
            return mention.party
        if mention.how == "org" and names_a_group(mention.span):
            return mention.party  # "who leads the rebel group X"
        if mention.how == "org" and after is not None and after.text.islower() and after.lemma_ in RESEARCH_STAFF:
            return mention.party  # "X Institute analyst Y", "X Center fellow Z": the body a researcher works at
        if (state := national_body(mention.party, ctx)) != mention.party:
            return state  # "US Energy Secretary" with "US Energy" taken for an organisation
    return its_owner(tokens, ctx)


SEATED_BODIES = frozenset({"government", "authorities", "administration", "regime", "parliament"})
"""Bodies whose seat "in" a capital names their state: "the government in Tripoli"."""


def _of_party(span: Span, ctx: Context) -> str | None:
    """ "Jeyhun Bayramov of Azerbaijan", "Mvemba Dizolele of the Center for ..." """
    words = [span.root] if span[-1] == span.root else [span.root, span[-1]]  # a surname hung on the first names
    for child in (c for word in words for c in children_of(word)):
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            for obj in children_of(child):
                if obj.dep_ != "pobj":
                    continue
                mention = ctx.party_at(obj.i)
                if mention is not None and mention.span.start > child.i:
                    return mention.party
                owners = (ctx.party_at(c.i) for c in children_of(obj) if c.dep_ in {"amod", "compound", "poss"})
                owner = next((m for m in owners if m is not None and m.known), None)
                if mention is None and owner is not None and obj.lower_ in lexicon().state_bodies:
                    return owner.party  # "X of the Peruvian foreign ministry": the state of its body
                if mention is None or mention.span.start <= span.start:
                    return name_after(child)  # "X of Human Rights Watch", the name unknown or run into X's
    return None


def _state_named_in_role(role: str, ctx: Context) -> str | None:
    """The party a role names after its last "of" ("Chairman of the Presidential Council of Libya" -> Libya)."""
    _, of, tail = role.rpartition(" of ")
    if not of:
        return None
    return ctx.gazetteer.party(re.sub(r"^the\s+", "", tail.strip(), flags=re.I))


def _held_now(tokens: list[Token]) -> bool:
    """Whether a phrase about a person gives the office held now: "X, now secretary of the council"."""
    return any(t.lower_ in NOW_WORDS for t in tokens[:2])


def _from_relative_clause(
    span: Span, ctx: Context, role: str | None, affiliation: str | None
) -> tuple[str | None, str | None]:
    """Role and side a "who ..." clause after the name gives, where the name's own phrases gave none."""
    tokens, title = relative_role(span)
    if not tokens:
        tokens, title = led_body(span)  # "the rebel delegation is led by X": head of the rebel delegation
    if not tokens:
        tokens = capacity(span, title_words())  # "X sat between the two sides as Norway's special envoy"
    if not tokens and (brokering := relative_brokering(span)) is not None:
        title, served = brokering  # "X, who facilitates the dialogue on behalf of Malaysia"
        return role or title, affiliation or _side(served, ctx)
    if not tokens:
        return role, affiliation
    if title is None:
        tokens, organisation = split_organisation(tokens, ctx)
        words = [t.lower_ for t in tokens]
        governments = any(w == "government" and n in {"'s", "’s"} for w, n in zip(words, words[1:], strict=False))
        side = _side(tokens, ctx) or (government_referred_to(words, span, ctx) if governments else None)
        return role or clean_role(tokens, ctx), affiliation or organisation or side  # ("the government's envoy")
    tokens, organisation = split_organisation(tokens, ctx)  # "who heads a research programme at X": X's
    contiguous = all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:], strict=False))
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text if contiguous else " ".join(t.text for t in tokens)
    text = text.replace(" 's", "'s").replace(" ’s", "’s")  # ("the Western-backed government", as written)
    text = re.sub(r"\s*\([^()]*\)", "", text)  # "the Rapid Support Forces (RSF) delegation": no acronym inside
    if tokens[0].pos_ == "DET":
        text = text[:1].lower() + text[1:]  # "The rebel delegation is led by X": head of the rebel delegation
    return role or f"{title} of {text}", affiliation or organisation or _body_side(tokens, span, ctx)


def _body_side(body: list[Token], span: Span, ctx: Context) -> str | None:
    """The side of a body a person leads: the party it names ("the Chilean delegation"), the state of "the
    government panel", or the side that sends it ("Israel sent a team headed by X")."""
    words = [t.lower_ for t in body]
    if any(w == "government" and nxt in {"'s", "’s"} for w, nxt in zip(words, words[1:], strict=False)):
        # "who heads the government's High Council for X": a body of the government named before
        return government_referred_to(words, span, ctx) or _side(body, ctx)
    return _side(body, ctx) or government_referred_to(words, span, ctx) or _seat(body, ctx) or _sender(body, ctx)


def _seat(body: list[Token], ctx: Context) -> str | None:
    """The state whose capital seats the government a person leads: "who heads the U.N.-backed government in
    Tripoli"."""
    for noun in (t for t in body if t.lower_ in SEATED_BODIES):
        for place in (o for p in children_of(noun) if p.lower_ == "in" for o in children_of(p) if o.dep_ == "pobj"):
            if (mention := ctx.party_at(place.i)) is not None and mention.how == "metonym" and mention.known:
                return mention.party
    return None


def _sender(body: list[Token], ctx: Context) -> str | None:
    """The side that sends or fields the body a person leads: "Israel sent a team headed by X"."""
    verb = next((t.head for t in body if t.dep_ == "dobj" and t.head.pos_ == "VERB"), None)
    if verb is None:
        return None
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return next((side for s in subjects if (side := _side(list(subtree_of(s)), ctx)) is not None), None)


def _counterparts_role(phrases: tuple[list[Token], ...], span: Span, ctx: Context) -> str | None:
    """The office of the person a "counterpart" mirrors: "Congolese Foreign Minister A and her Rwandan counterpart
    B" makes B a foreign minister too (the nearest person named before it in its paragraph)."""
    if not any(t.lemma_.lower() == "counterpart" for tokens in phrases for t in tokens):
        return None
    # "His British counterpart, X": "his" refers back, across a paragraph if need be
    referring = any(t.lower_ in {"his", "her"} and t.head.lemma_ == "counterpart" for ts in phrases for t in ts)
    found = mirrored_person(span, ctx, referring)
    if found is None:
        return None
    token, other = found
    mention = next((m for m in other.mentions if m.start <= token.i < m.end), None)
    office = describe_mention_sourced(mention, ctx)[0] if mention is not None else None
    return mirrored_office(office, ctx) if office else None


def describe_mention(span: Span, ctx: Context) -> tuple[str | None, str | None, str | None]:
    """(role, affiliation, owner) that one mention of a person gives."""
    role, affiliation, owner, _ = describe_mention_sourced(span, ctx)
    return role, affiliation, owner


def describe_mention_sourced(span: Span, ctx: Context) -> tuple[str | None, str | None, str | None, bool]:
    """(role, affiliation, owner, contextual): ``contextual`` when the side comes from the clause the mention
    stands in rather than from a phrase about the person (a title, an apposition, "of X")."""
    role = owner = affiliation = None
    listed = side_from_list(span, ctx)
    title: list[Token] = []
    if listed is not None:  # "the advisers of A, B and C - X, Y and Z": X is A's adviser
        affiliation, title = listed
        role = clean_role(title, ctx)
    elif (member := members_listed(span, ctx)) is not None:
        role, affiliation = member  # "the other members of the AU mediation team: former President X and Y"
    chain, owner = pre_chain(span, ctx)
    before = phrase_before_appos(span)
    if not any(is_title(t) for t in before):  # "sent its envoy for the region, X,": X hung on "region"
        before = phrase_before_comma(span, chain) or before
    after = phrase_after(span, ctx)
    ones = [] if after else one_of_them(span)  # "X, one of the rebel delegates": a delegate of the rebels
    phrases = (copular_title(span), chain, before, after or ones)  # "The chief negotiator is X, ..."
    role, affiliation, owner = _from_phrases(phrases, before, ctx, (role, affiliation, owner))
    role = role or (ones[-1].lemma_.lower() if ones else None)
    affiliation = whose_party(span, ctx) or for_the_side(span, ctx) or affiliation  # "X, whose Libyan National
    # Army ...": X's, first; "both Cypriot leaders - A for the Greek Cypriots and B ...": the side A speaks for
    affiliation = affiliation or whose_office(span, ctx) or joint_title_side(span, ctx)  # "the AU, whose chairperson,
    # X, ...": the AU's; "A's Deputy Prime Minister and Foreign Minister X": A's
    affiliation = acting_as(span, ctx) or affiliation  # "former Prime Minister X as the AU's special envoy"
    if role is not None and former_role(role) and (body := led_body(span)[0]):
        affiliation = _body_side(body, span, ctx) or affiliation  # "The opposition team is led by X, a former
        # mayor of Lima": the side X leads now, not the state of an office once held
    commands = role is not None and rank_only(role) and bool(relative_role(span)[0])
    former = role if role is not None and former_role(role) and relative_now(span) else None
    if role is None or affiliation is None or commands or former:  # "Lt. Gen. X, who commands the Y": the command
        ranked = role if commands else None
        retired = relative_now(span) and any(t.lower_ in {"retired", "former"} for t in phrases[3])  # "a retired X"
        kept = (None if ranked or former else role, None if former or retired else affiliation)
        held, served = _from_relative_clause(span, ctx, *kept)
        role, affiliation = held or ranked, served or affiliation  # (the side of the office held now, if told)
        role = role if role and not former_role(role) else former or role  # "X, a former prime minister who is
        # now the chief negotiator": the office held now
    elif role.split()[-1].lower() in GENERIC_ROLES:  # "The Swiss diplomat X has spent years ... as OSCE envoy"
        office, served = _from_relative_clause(span, ctx, None, None)
        if office is not None and served is not None and not ctx.gazetteer.is_country(served):
            role, affiliation = office, served
    if affiliation is None:  # "X, who heads President Y's negotiating team": Y's side; "envoy X for Trump"
        owner = owner or _possessive_person(relative_role(span)[0], ctx) or principal_after_for(span, ctx)
    role = role or _counterparts_role((*phrases, title), span, ctx)  # ("her counterparts from A and B, X and Y")
    if affiliation is None or ctx.gazetteer.is_country(affiliation):
        affiliation = _organisation_served(span, phrases, ctx) or affiliation
    if affiliation is None and any(t.lower_ in COUNTRY_NOUNS for tokens in phrases for t in tokens):
        affiliation = country_referred_to(span, ctx)
    owned = bool(chain) and chain[0].i > 0 and span.doc[chain[0].i - 1].lower_ == "its"  # "its chief X"
    if affiliation is None and (owned or any(t.lower_ == "its" for tokens in phrases for t in tokens)):
        affiliation = subject_side(span, ctx)  # "the United States is taking part, with its envoy X"
    # a professor who heads a delegation speaks for its side
    scholar = role is not None and role.split()[-1].lower() in SCHOLAR_ROLES and not led_body(span)[0]
    if affiliation is None or scholar:  # "Peruvian analyst X of the Andean Institute", "X, who teaches at Y"
        affiliation = _of_party(span, ctx) or workplace_name(span) or affiliation
    if scholar and affiliation is not None and ctx.gazetteer.is_country(affiliation):
        affiliation = None  # "a Yemeni analyst", "a Congo expert": the country studied, not a side spoken for
    if affiliation is not None and ctx.gazetteer.entry(affiliation) is None:
        affiliation = owner_of_a_body([t for tokens in phrases for t in tokens], ctx) or affiliation
    if affiliation is None or ctx.unknown_body(affiliation):
        # ("chairman of the group's Shura Council": the group's, not a body of its own)
        clause = relative_role(span)[0] or led_body(span)[0]  # "X, who heads the rebel delegation": the rebels'
        affiliation = group_referred_to([t for tokens in [*phrases, clause] for t in tokens], span, ctx) or affiliation
        if affiliation is None and clause:  # "The government delegation is led by X": the story's government
            affiliation = government_referred_to([t.lower_ for t in clause], span, ctx)
    if affiliation is None:  # "X, head of the assembly and the government's lead negotiator": the second title's
        joined = _title_joined_after(phrases[3], ctx)
        words = [t.lower_ for tokens in (*phrases, joined) for t in tokens] + (role or "").lower().split()
        affiliation = _side(joined, ctx) or government_referred_to(words, span, ctx)
        affiliation = affiliation or ministry_referred_to(words, span, ctx)
    if affiliation is not None:
        affiliation = national_body(affiliation, ctx)
    if role is not None and (affiliation is None or ctx.gazetteer.entry(affiliation) is None):
        # "Chancellor of the Exchequer X": an office of one state outweighs an unknown body in its title
        affiliation = office_state(role, ctx) or affiliation or _state_named_in_role(role, ctx)
    affiliation = affiliation or owner_of_the_object(span, ctx)  # "Hamas had lost two leaders, X and Y"
    if affiliation is None and role is not None:  # "Turkey is hosting ..., and Foreign Minister X will open ...",
        affiliation = state_of_the_clause_before(span, ctx) or team_referred_to(span, ctx)  # "It includes X"
    contextual = False
    if affiliation is None and not scholar:  # an analyst's side is not that of the clause they comment in
        affiliation, companion = side_from_clause(span, ctx)
        affiliation = national_body(affiliation, ctx) if affiliation is not None else None
        owner = owner or companion
        contextual = affiliation is not None
    elif (
        affiliation is not None
        and not scholar  # ("analyst X of the Lima-based Forum for Y": the forum's, not Peru's)
        and ctx.unknown_body(affiliation)
        and not any(m.party == affiliation and names_a_group(m.span) for m in ctx.party_mentions)
    ):  # "Serbia was represented by X, director of the government's Office for Y": the state, not its office (but
        # "the Chadian rebel group X, led by Y": X's)
        state, _ = side_from_clause(span, ctx)
        affiliation = state if state is not None and ctx.gazetteer.is_country(state) else affiliation
    if affiliation is not None and ctx.gazetteer.entry(affiliation) is None and _a_state_body(affiliation):
        state, companion = side_from_clause(span, ctx)
        if state is None and companion is not None:  # "A was accompanied by National Intelligence Agency chief X":
            affiliation, owner = None, companion  # A's state's agency
    return role, affiliation, owner, contextual


def _title_joined_after(apposition: list[Token], ctx: Context) -> list[Token]:
    """A second title an apposition joins to its first ("X, head of the assembly and the government's lead
    negotiator, ..."), up to the next comma: the role is the first, but the second may name the side."""
    if not apposition:
        return []
    doc = apposition[0].doc
    at = apposition[-1].i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "and" or doc[at + 1].pos_ != "DET":
        return []
    joined: list[Token] = []
    for token in doc[at + 1 :]:
        if token.is_punct or token.lower_ in {"who", "which"} or ctx.people.at(token) is not None:
            break
        joined.append(token)
    return joined


Described = tuple[str | None, str | None, str | None]
"""Role, side and owner, as a name's phrases give them."""


def _from_phrases(phrases: tuple[list[Token], ...], before: list[Token], ctx: Context, given: Described) -> Described:
    """Role, side and owner read from the phrases about a name (a copular title, the title chain before it, the
    phrase ``before`` it is set beside, the phrase after it), over what a list gave (``given``)."""
    role, affiliation, owner = given
    for tokens in phrases:
        if not tokens:
            continue
        apposed = tokens is before  # "A's envoy, X": set before the name in apposition
        owner = owner or _possessive_person(tokens, ctx)
        tokens, organisation = split_organisation(tokens, ctx)
        found_role = clean_role(tokens, ctx)
        found_side = organisation or _side(tokens, ctx)
        served_now = office_held_now(role, found_role, found_side, apposed, ctx)
        if better_role(role, found_role) or role and former_role(role) and found_role and _held_now(tokens):
            role = found_role  # "former defence minister X, now secretary of the council": the office held now
        if served_now:  # "the AU's envoy, former Nigerian President X": the organisation's office, held now
            role, affiliation = found_role, found_side or affiliation
        if affiliation is None and found_side is not None:
            affiliation = found_side
    return role, affiliation, owner


def _a_state_body(name: str) -> bool:
    """Whether an organisation's name is that of a state's own body: "National Intelligence Agency"."""
    words = name.lower().split()
    return bool(words) and words[0] in {"national", "state", "federal"} and bool(STATE_BODY_WORDS & set(words))


def describe_person(person: Person, ctx: Context) -> tuple[str | None, str | None, Span, str | None, bool]:
    """Role, affiliation, evidence span and owner for a person, from their mentions in text order, and whether
    the side comes from context (a clause, the sentence before) rather than from a phrase about the person."""
    role = affiliation = owner = None
    contextual = False
    evidence = person.first
    for mention in sorted(person.mentions, key=lambda s: s.start):
        found_role, found_side, found_owner, from_context = describe_mention_sourced(mention, ctx)
        if better_role(role, found_role):
            role, evidence = found_role, mention
        if affiliation is None and found_side is not None:
            affiliation, contextual = found_side, from_context
        if owner is None and found_owner is not None:
            owner = found_owner
    role = role or role_from_plural_title(person.first, affiliation, ctx)  # "the foreign ministers of A and B"
    role = role or role_over_a_list(person.first)  # "Foreign ministers A of X and B of Y"
    role = role or role_over_an_apposed_list(person.first)  # "The defence chiefs of the two countries, A and B"
    if affiliation is not None and (entry := ctx.gazetteer.entry(affiliation)) is not None and entry.members:
        affiliation = None  # "the two Koreas": one of its members, which the text does not tell
    if affiliation is None and owner is None and role is not None and role.split()[-1].lower() not in SCHOLAR_ROLES:
        # the sentence before the mention that gave the role ("The delegation ... Foreign Minister X"), else the first
        affiliation = side_from_previous_sentence(evidence, ctx) or side_from_previous_sentence(person.first, ctx)
        if affiliation is not None and ctx.gazetteer.is_country(affiliation) and _of_a_group(role):
            affiliation = None  # "head of the rebel delegation": not the state named the sentence before
        contextual = affiliation is not None
    return role, affiliation, evidence, owner, contextual


def _of_a_group(role: str) -> bool:
    """Whether a role is held in a group that is no state: "head of the rebel delegation", "opposition leader"."""
    return any(word in ARMED_WORDS | {"opposition"} for word in role.lower().split())
