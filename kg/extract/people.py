"""People: who is named in a document, under which names, with which role and side.

Names come from the NER's PERSON entities, widened to the proper-noun run they stand in and checked
against the gazetteer (so "Kremlin" or "Ukrainian" never become people); runs the NER missed are taken where a
title stands before them ("Foreign Minister Hakan Fidan") or where they are coordinated or in apposition with
a known person. A surname or first name used alone later ("Taylor", "Anwar") is the same person as the full
name it ends or begins, whatever label the NER gave that mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kg.extract.base import entities_of, once_per_doc, text_in, text_of, tokens_of
from kg.extract.credits import in_credit
from kg.extract.group_names import POLITICAL_GROUP_HEADS, ends_a_body_s_name, names_a_group
from kg.extract.leaders import office_holders_named
from kg.extract.name_forms import find_owner, merge_aliases, with_particles
from kg.extract.name_runs import (
    a_party_word,
    before_a_name,
    given_names_before,
    known_party,
    listed_as_a_person,
    run_around,
    runs_speaking_for_sides,
    title_words,
    titles_and_honorifics,
    unknown_place,
)
from kg.extract.name_tokens import (
    ARABIC_ARTICLES,
    LEADING_PARTICLES,
    NAME_PARTICLES,
    TRAILING_MARKS,
    bad_chars_in,
    is_initial,
    is_name_token,
    joined_by_hyphen,
    possible_name_words,
    with_article,
)
from kg.extract.nlp import STATUS_MARKS
from kg.extract.person_cues import (
    acts_as_a_person,
    after_a_title,
    described_as_a_place,
    names_a_building,
    outlet_names,
    titled_beside,
)
from kg.extract.portfolio_names import PORTFOLIO_ENDS, after_a_portfolio, brief_before_name, runs_after_portfolios
from kg.extract.state_titles import after_state_titles, between_titles
from kg.extract.tree import children_of
from kg.extract.word_index import with_stops, words_with
from kg.gazetteer import fold, lexicon
from kg.holder_names import surname_first

if TYPE_CHECKING:
    from kg.extract.base import Context


@dataclass
class Person:
    """One person of a document: the fullest name, the other names used, and every mention."""

    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)

    @property
    def first(self) -> Span:
        return min(self.mentions, key=lambda s: s.start)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


class People:
    """The people of one document and the way from any token to the person it names."""

    def __init__(self, doc: Doc, ctx: Context, persons: list[Person]) -> None:
        self.doc = doc
        self.ctx = ctx
        self.persons = persons
        self._by_token: dict[int, Person] = {}
        for person in persons:
            for mention in person.mentions:
                for token in mention:
                    self._by_token[token.i] = person

    # ---- building -------------------------------------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Doc, ctx: Context) -> People:
        spans = _candidate_names(doc, ctx)
        persons: list[Person] = []
        by_key: dict[str, Person] = {}
        # Full names first (two words or more), fullest first, then single names.
        for span in sorted(spans, key=lambda s: (-len(_name_words(s.text)), s.start)):
            name = span.text
            key = fold(name)
            words = _name_words(name)
            if key in by_key:
                by_key[key].mentions.append(span)
                continue
            owner = find_owner(persons, words)
            if owner is not None:
                span = with_particles(span, owner.name)  # "Von der Leyen", not "Leyen"
                owner.aliases.add(span.text)
                owner.mentions.append(span)
                by_key[key] = owner
                continue
            person = Person(name, mentions=[span])
            persons.append(person)
            by_key[key] = person
        persons = merge_aliases(doc, persons)
        people = cls(doc, ctx, persons)
        people._add_alias_mentions()
        people.persons.sort(key=lambda p: p.first.start)
        return people

    def _add_alias_mentions(self) -> None:
        """Find later uses of a surname (or a first name already used alone) that the NER labelled otherwise."""
        forms: dict[str, Person] = {}
        for person in self.persons:
            words = _name_words(person.name)
            if len(words) > 1:
                forms.setdefault(words[-1], person)
                article, _, bare = words[-1].partition("-")  # "al-Murtada" is written "Murtada" too
                if bare[:1].isupper() and article.lower() in ARABIC_ARTICLES:
                    forms.setdefault(bare, person)
            for alias in person.aliases:
                forms.setdefault(alias, person)
        # A first name used alone, as many cultures do ("Phumtham" for Phumtham Wechayachai), where it is
        # nobody else's first name or surname and is not a title.
        firsts: dict[str, list[Person]] = {}
        for person in self.persons:
            words = _name_words(person.name)
            if len(words) > 1:
                firsts.setdefault(words[0], []).append(person)
        surnames = {_name_words(p.name)[-1] for p in self.persons}
        titles = titles_and_honorifics()
        for first, owners in firsts.items():
            if len(owners) == 1 and first not in surnames and first.lower() not in titles and len(first) >= 4:
                forms.setdefault(first, owners[0])
        family_first: dict[str, Person] = {}  # "Han" for Han Min-su: the family name of a name written first
        for first, owners in firsts.items():
            if (
                len(owners) == 1
                and surname_first(_name_words(owners[0].name))
                and first.lower() not in titles
                and first.lower() not in STOP_WORDS  # "He Lifeng" is not every "He"
            ):
                family_first[first] = owners[0]
        taken = set(self._by_token)
        usable = {form: person for form, person in forms.items() if _usable_form(form, titles)} | family_first
        for form, person in list(usable.items()):
            if form[0].islower():  # "al-Dwairy" opens a sentence as "Al-Dwairy"
                usable.setdefault(form[0].upper() + form[1:], person)
        if not usable:
            return
        # one pass over the text for every form, longest first, instead of one pass per form
        alternatives = "|".join(re.escape(f) for f in sorted(usable, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text_of(self.doc)):
            person = usable[match.group(0)]
            span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in taken for t in span) or in_credit(span):
                continue
            if span.end < len(self.doc) and is_name_token(self.doc[span.end]) and self.doc[span.end].text != "'s":
                continue  # part of another name
            if self.ctx.party_at(span.start) is not None and self.ctx.party_at(span.start).known:  # type: ignore[union-attr]
                continue
            span = with_particles(span, person.name)
            person.mentions.append(span)
            person.aliases.add(span.text)
            for token in span:
                self._by_token[token.i] = person
                taken.add(token.i)

    # ---- look-ups -------------------------------------------------------------------------------------
    def at(self, token: Token | int) -> Person | None:
        """The person a token is part of the name of."""
        index = token if isinstance(token, int) else token.i
        return self._by_token.get(index)

    @cached_property
    def _name_indices(self) -> list[int]:
        """The indices of the words of names, in order (read after the people are built, aliases and all)."""
        return sorted(self._by_token)

    def named_between(self, start: int, end: int) -> list[tuple[int, Person]]:
        """(token index, person) for each token of a name in a token range, in order."""
        indices = self._name_indices
        low = bisect.bisect_left(indices, start)
        return [(i, self._by_token[i]) for i in indices[low : bisect.bisect_left(indices, end, lo=low)]]

    def named_by(self, token: Token) -> Person | None:
        """The person a noun phrase refers to: its own name, or a name in apposition or compound with it."""
        person = self.at(token)
        if person is not None:
            return person
        for child in children_of(token):
            if child.dep_ in {"appos", "compound"} and (found := self.at(child)) is not None:
                return found
        if token.dep_ == "appos" and (found := self.at(token.head)) is not None:
            return found
        return None

    def by_name(self, name: str) -> Person | None:
        key = fold(name)
        for person in self.persons:
            if fold(person.name) == key or key in {fold(a) for a in person.aliases}:
                return person
        return None

    @cached_property
    def descriptions(self) -> dict[str, tuple[str | None, str | None, Span]]:
        """Role, affiliation and the span that gave them, for every person."""
        return self._described[0]

    @property
    def contextual_sides(self) -> set[str]:
        """People whose side the text gives only by context (the clause they act in, the sentence before, the
        person they work for), not by a phrase about them: a weaker reading than a title or an apposition."""
        return self._described[1]

    @cached_property
    def _described(self) -> _Described:
        """Descriptions, the people whose side comes from context, and the people the text makes someone else's
        aide or envoy ("Trump's envoy X") with that person."""
        from kg.extract.roles import describe_person

        found: dict[str, tuple[str | None, str | None, Span]] = {}
        contextual: set[str] = set()
        owners: dict[str, str] = {}
        for person in self.persons:
            role, affiliation, evidence, owner, from_context = describe_person(person, self.ctx)
            found[person.name] = (role, affiliation, evidence)
            if from_context:
                contextual.add(person.name)
            if affiliation is None and owner is not None:
                owners[person.name] = owner
        described = found, contextual, owners
        _lend_owners_sides(described)
        return described

    def lend_owners_sides(self) -> None:
        """Give an aide or envoy with no side their principal's side, once the principals' sides are all known
        (a principal may take theirs from the office-holder table only after the descriptions are read)."""
        _lend_owners_sides(self._described)


def _lend_owners_sides(described: _Described) -> None:
    """Give each aide or envoy with no side their principal's side, a side known by context."""
    found, contextual, owners = described
    for name, owner in owners.items():
        role, side, evidence = found[name]
        owner_side = found.get(owner, (None, None, evidence))[1]
        if side is None and owner_side is not None:
            found[name] = (role, owner_side, evidence)
            contextual.add(name)


_Described = tuple[dict[str, tuple[str | None, str | None, Span]], set[str], dict[str, str]]
"""Role, side and evidence by person; the people whose side comes from context; aides and envoys with their
principal."""


def _name_words(name: str) -> list[str]:
    return name.split()


def _trim(doc: Doc, start: int, end: int, ctx: Context) -> Span | None:
    """Strip titles, honorifics, parties and possessives from the ends of a name run; none from a city's name,
    particle and all ("La Paz"). Each run is trimmed once per document (several readings find the same run)."""
    return once_per_doc(doc, "kg_trimmed_runs", (start, end), lambda: _trimmed(doc, start, end, ctx))


def _trimmed(doc: Doc, start: int, end: int, ctx: Context) -> Span | None:
    tokens = tokens_of(doc)
    particled = start > 0 and tokens[start - 1].lower_ in NAME_PARTICLES
    if ctx.gazetteer.city(text_in(doc[start - 1 if particled else start : end])):
        return None
    while start < end and (
        before_a_name(tokens[start])
        or tokens[start].text[:1].isupper()
        and plural_title(tokens[start])  # "Foreign Ministers A and B"
        or (
            tokens[start].lower_ in NAME_PARTICLES
            and not (start + 1 < end and tokens[start + 1].text == "-")
            and not (tokens[start].text in LEADING_PARTICLES and start + 1 < end)  # "Abu Bakr Fagiri"
        )
        or a_party_word(ctx, tokens[start], end)
        or tokens[start].lower_ in {"the", "a", "an"}
        or tokens[start].text in STATUS_MARKS  # "Maj. Gen. (res.) X"
        or _place_before_name(doc, start, end, ctx)
        or brief_before_name(tokens, start, end)
        or tokens[start].lower_ in PORTFOLIO_ENDS
        and end - start > 2  # "... and Eurasian Affairs Jim O'Brien"
    ):
        start += 1
    while end > start and (tokens[end - 1].text in TRAILING_MARKS or tokens[end - 1].lower_ in NAME_PARTICLES):
        end -= 1
    # "the Armed Forces Valery Gerasimov": an institution's words before a name are not part of it
    stops = lexicon().institution_heads
    inner = [i for i in range(start, end - 1) if tokens[i].lower_ in stops]
    if inner:
        start = inner[-1] + 1
    start = after_a_portfolio(tokens, start, end)
    if start >= end:
        return None
    span = doc[start:end]
    text = text_in(span)
    words = tokens[start:end]
    if bad_chars_in(text.replace("-", "")) or sum(t.text != "-" for t in words) > 7:
        return None
    if not all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or joined_by_hyphen(t) for t in words):
        return None
    if not any(t.text[:1].isupper() for t in words):
        return None  # the "in" of "Chairperson-in-Office": a lower-case word hyphened inside a title
    if ctx.gazetteer.party(text) or ctx.gazetteer.city(text) or ctx.gazetteer.venue_city(text):
        return None
    if len(words) == 2 and is_initial(words[0]) and ctx.gazetteer.party(words[1].text):
        return None  # "wrote on X. Oman has mediated": a letter ending one sentence and a state opening the next
    if any(t.lower_.rstrip(".") in title_words() and t.lower_ not in NAME_PARTICLES for t in words):
        return None
    if len(words) == 1 and words[0].lower_.removeprefix("co-").removesuffix("s") in title_words():
        return None  # "the Co-Chairs said": titles in the plural or shared, no name
    if words[-1].lower_ in stops or words[-1].lower_ in lexicon().meeting_nouns or between_titles(span):
        return None  # "the EU Monitoring Mission said", "the Commander Level Meeting": no person's name
    return span


def _place_before_name(doc: Doc, start: int, end: int, ctx: Context) -> bool:
    """ "ambassador to Washington Luis Vega": a known city after "to", "in" or "from", before a name of two words."""
    return (
        start > 0
        and doc[start - 1].lower_ in {"to", "in", "from"}
        and end - start >= 3
        and ctx.gazetteer.city(doc[start].text) is not None
    )


def plural_title(token: Token) -> bool:
    """Whether a word is a title in the plural ("Ministers" before two names, "the national security advisers"),
    however the tagger read it."""
    word = token.lower_
    titles = title_words()
    return word.endswith("s") and word[:-1] in titles or token.tag_ in {"NNS", "NNPS"} and token.lemma_ in titles


def _a_known_place(token: Token, ctx: Context, speaks: bool = False) -> bool:
    """Whether a word the model tagged a place is one: a party or a city the gazetteer knows, or any such word
    unless it stands beside a title ("Marta Ruiz, Chile's ambassador": "Marta" tagged a place), the name acts as a
    person's does ("the delegation is headed by Pagan X Y") or ``speaks`` ("Marta Ruiz said")."""
    if token.ent_type_ not in {"GPE", "LOC"}:
        return False
    if known_party(ctx, token.i) or ctx.gazetteer.city(token.text):
        return True
    if speaks:
        return False
    name = token.head if token.dep_ == "compound" else token
    titles = title_words()
    return not (titled_beside(name, titles) or acts_as_a_person(name, titles))  # ("headed by Pagan X Y")


def _usable_form(form: str, titles: frozenset[str]) -> bool:
    """A short form to look a person up by: three letters or more, or a two-letter name ("Vu" for Nguyen Minh Vu,
    "Wu") that is no word or title ("He", "Mr")."""
    if len(form) >= 3:
        return True
    return len(form) == 2 and form.istitle() and form.lower() not in STOP_WORDS and form.lower() not in titles


LISTED_DEPS = frozenset({"conj", "appos"})
"""The labels of a name coordinated with or in apposition to another."""


def _candidate_names(doc: Doc, ctx: Context) -> list[Span]:
    titles = title_words()
    spans: dict[tuple[int, int], Span] = {}

    def add(start: int, end: int) -> None:
        span = _trim(doc, start, end, ctx)
        if span is not None and not _named_otherwise(span, ctx):
            spans[(span.start, span.end)] = span

    for ent in entities_of(doc):
        named_so = ent.label_ != "PERSON" or described_as_a_place(ent.root) or names_a_group(ent)
        if not named_so and not ends_a_body_s_name(ent) and not names_a_building(ent):
            add(*run_around(doc, ent.start, ent.end, ctx, entity=True))
    speakers: set[str] = set()
    # Proper-noun runs that act as people: "Mvemba Dizolele of the Center ... argued", "led by Vera Grabe,
    # a former guerrilla", "Vera Grabe, the senator".
    speech = lexicon().verbs_of_saying
    for token in possible_name_words(doc):
        if not is_name_token(token):
            continue
        # a place or a number only a speaker may be ("said Olmedo"); a name the model took for a product or a work
        # is a person as any untagged name is ("Congo's lead negotiator, Sumbu Sita Mambu")
        placed = token.ent_type_ not in {"", "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
        if placed and not unknown_place(token, ctx):
            continue
        if known_party(ctx, token.i) or token.dep_ == "compound":
            continue
        head = token.head
        says = token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in speech
        if placed and not (says or titled_beside(token, titles) or after_a_title(token, titles)):
            continue  # "said Olmedo", "Ricardo Zuniga, a senior official": a person whatever the model calls it
        if says or acts_as_a_person(token, titles):
            start, end = run_around(doc, token.i, token.i + 1, ctx)
            if 2 <= end - start <= 4 and not any(_a_known_place(doc[k], ctx, says) for k in range(start, end)):
                add(start, end)
            elif end - start == 1 and not with_article(token):
                speakers.add(token.text)  # "said Marquez", "Marquez, 58, a career diplomat": a surname whose full
                # name may stand elsewhere
    # "... and Ivan Marquez for the rebels. ... said Marquez": the full name of a surname that speaks
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lower=frozenset(s.lower() for s in speakers))):
        if token.text not in speakers or with_article(token):
            continue  # "the Liberation Falcons ... The Falcons said": a group's name, not a person's
        if (start := given_names_before(doc, token.i, ctx)) < token.i:
            add(start, token.i + 1)
    for start, end in (*_runs_after_titles(doc, ctx, titles), *runs_after_portfolios(doc, ctx, titles)):
        add(start, end)
    for start, end in _full_names_from(after_state_titles(doc, ctx), doc, ctx):
        add(start, end)
    for start, end in office_holders_named(doc, ctx):
        add(start, end)  # "Aliyev and Pashinyan meet", "the AU panel - A, B and C -" (names tagged organisations)
    # Runs coordinated or in apposition with a person already found ("Jeyhun Bayramov ... and Ararat Mirzoyan").
    for _ in range(2):
        known = {k for start, end in spans for k in range(start, end)}
        for start, end in runs_speaking_for_sides(doc, ctx, known):
            add(start, end)  # "A for the Greek Cypriots and B for the Turkish Cypriots", with B found
        heads = {doc[k].head.i for k in known if doc[k].dep_ == "conj"}  # "X and Luis Vargas": X, listed first
        tokens = tokens_of(doc)
        for token in (tokens[i] for i in sorted(heads.union(words_with(doc, dep=LISTED_DEPS)))):
            listed = token.dep_ in LISTED_DEPS or token.i in heads
            if not listed or token.i in known or not is_name_token(token):
                continue
            joined = [c for c in children_of(token) if c.dep_ == "conj" and c.i in known]  # "X and Luis Vargas"
            if token.head.i in known and token.dep_ in LISTED_DEPS or joined and listed_as_a_person(token, joined):
                start, end = run_around(doc, token.i, token.i + 1, ctx)
                if end - start >= 2 and not any(k in known for k in range(start, end)):
                    add(start, end)
    return _longest(list(spans.values()))


def _named_otherwise(span: Span, ctx: Context) -> bool:
    """Whether a run of names is a byline's, a news outlet's ("news agency Saba said"), or the opening of an
    organisation's longer name: "the rebel South Sudan People's Movement" (no person "South Sudan People")."""
    if in_credit(span) or span.text in outlet_names(span.doc):
        return True
    mention = ctx.party_at(span.start)
    if mention is None or mention.how != "org" or mention.span.end <= span.end:
        return False
    return mention.span[-1].lower_ in POLITICAL_GROUP_HEADS | lexicon().organisation_heads  # (a group's own name)


def _runs_after_titles(doc: Doc, ctx: Context, titles: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Proper-noun runs of two words or more after a title word: "Foreign Minister Hakan Fidan", "spokeswoman
    Anna Kelly"."""
    tokens = tokens_of(doc)
    i = 0
    for at in words_with(doc, lower=with_stops(titles)):
        if at < i:
            continue  # inside the run found before
        i = at + 1
        if tokens[at].lower_.rstrip(".") in titles and at + 1 < len(tokens) and is_name_token(tokens[at + 1]):
            start, end = run_around(doc, at + 1, at + 2, ctx)
            portfolio = end < len(tokens) and tokens[end].lower_.rstrip(".") in titles  # "Deputy Human Rights
            if end - start >= 2 and not portfolio:  # Minister X": the words between two titles name an office
                yield start, end
            i = end


def _full_names_from(indices: Iterable[int], doc: Doc, ctx: Context) -> Iterator[tuple[int, int]]:
    """The runs of two to four name words that start at each position."""
    for index in indices:
        start, end = run_around(doc, index, index + 1, ctx)
        if 2 <= end - start <= 4:
            yield start, end


def _longest(spans: list[Span]) -> list[Span]:
    """The longest of overlapping spans, in text order."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(span.start < k.end and k.start < span.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
