"""What every extractor shares: the finding it yields and the context of analyses it may read.

An extractor is a function ``extract(doc, ctx) -> Iterator[Finding]``. A finding holds the fact and the spaCy
spans that support it; the runner turns those spans into provenance, so no extractor handles offsets.
The context computes shared analyses (party mentions, people, dates) lazily and caches them, so each
extractor also runs on a single sentence with a context built from that sentence alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Doc, Span, Token

from kg.extract.tree import children_of, subtree_of, tokens_of
from kg.gazetteer import Gazetteer, load, region_state
from kg.ingest.clean import ends_a_sentence
from kg.model import Fact, PartyKind

if TYPE_CHECKING:
    from kg.extract.coref import Coreference
    from kg.extract.dates import DateResolver
    from kg.extract.parties import PartyMention
    from kg.extract.people import People


@dataclass(frozen=True)
class Finding:
    """A fact and the spans of the document that support it."""

    fact: Fact
    spans: tuple[Span, ...]
    confidence: float


@dataclass
class Context:
    """Article-level knowledge shared by the extractors of one document."""

    doc: Doc
    published: date | None = None
    publisher: str | None = None
    gazetteer: Gazetteer = field(default_factory=load)
    dateline_place: str | None = None
    dateline_date: str | None = None
    dateline_source: str | None = None
    dateline_region: str | None = None
    lead_start: int = 0
    """Where the story's lead paragraph starts (after a headline in sentence case the text kept)."""

    @cached_property
    def dateline_city(self) -> tuple[str, str] | None:
        """The city the dateline names, with its country: a known city ("VIENNA --"), or one the dateline puts in
        a known state ("PUTRAJAYA, Malaysia --") or in a region of one ("WOODSIDE, Calif. --"); else None."""
        if not self.dateline_place:
            return None
        if (known := self.gazetteer.city(self.dateline_place)) is not None:
            return known
        region = self.dateline_region
        state = self.gazetteer.party(region, demonyms=False, metonyms=False) if region else None
        if state and self.gazetteer.is_country(state):
            return self.dateline_place, state
        if region and (state := region_state(region)) is not None:
            return self.dateline_place, state  # "WOODSIDE, Calif.": a town of a state's region
        return None if region else self.gazetteer.town(self.dateline_place)  # "ZINDER --": a town of the world

    @cached_property
    def dateline_month_day(self) -> tuple[int, int] | None:
        """The month and day the dateline gives ("MINSK, Feb 12"), with or without its year."""
        from kg.extract.dates import month_day

        return month_day(self.dateline_date) if self.dateline_date else None

    @cached_property
    def party_mentions(self) -> list[PartyMention]:
        from kg.extract.parties import find_mentions

        return find_mentions(self.doc, self.gazetteer)

    @cached_property
    def framed_sides(self) -> dict[str, PartyKind]:
        """Organisations the gazetteer does not know that this article casts as sides, with their kind."""
        from kg.extract.framed_sides import framed_sides

        return framed_sides(self.party_mentions)

    def unknown_body(self, name: str) -> bool:
        """Whether a side is an organisation neither the gazetteer nor this article makes a party of its own (an
        office or a council a person's phrase names)."""
        return self.gazetteer.entry(name) is None and name not in self.framed_sides

    @cached_property
    def government_states(self) -> dict[int, str]:
        """The state each bare "the government" of the article stands for, by token index."""
        from kg.extract.home_state import government_states

        return government_states(self)

    @cached_property
    def home_state(self) -> str | None:
        """The state "the government" of the article means where the text names none on it (read once)."""
        from kg.extract.home_state import home_state

        return home_state(self)

    @cached_property
    def people(self) -> People:
        from kg.extract.people import People

        return People.from_doc(self.doc, self)

    @cached_property
    def genders_by_pronoun(self) -> dict[str, str]:
        """The gender of people the article shows only by a pronoun that refers back to them (``coref``)."""
        from kg.extract.coref import genders_by_pronoun

        return genders_by_pronoun(self.doc, self.people)

    @cached_property
    def coreference(self) -> Coreference:
        """Who the article's pronouns and role nouns refer to (shared by the extractors that read subjects)."""
        from kg.extract.coref import Coreference

        return Coreference(self, self.people)

    @cached_property
    def dates(self) -> DateResolver:
        from kg.extract.dates import DateResolver

        return DateResolver.for_doc(self.doc, self.published, self.dateline_date)

    @cached_property
    def story_day(self) -> date | None:
        """The day the article tells of: its publication date, else the day its dateline gives ("ISTANBUL, May
        16 --" with the year the text fixes); None when only a guess from the text's dates would give one."""
        if self.published is not None:
            return self.published
        return self.dates.reference if self.dates.explicit_reference else None

    @cached_property
    def _entities(self) -> tuple[list[int], list[Span]]:
        entities = sorted(entities_of(self.doc), key=lambda e: e.start)
        return [e.start for e in entities], entities

    @cached_property
    def _mentions(self) -> tuple[list[int], list[PartyMention]]:
        mentions = sorted(self.party_mentions, key=lambda m: m.span.start)
        return [m.span.start for m in mentions], mentions

    def entities_in(self, start: int, end: int) -> list[Span]:
        """Named entities that start inside a token range (a sentence's), found by bisection: ``Span.ents`` scans
        every entity of the document, which makes a per-sentence loop quadratic in the article's length."""
        starts, entities = self._entities
        return [
            e for e in entities[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)] if e.end <= end
        ]

    def entity_at(self, token_index: int) -> Span | None:
        """The named entity covering a token, if any."""
        starts, entities = self._entities
        position = bisect.bisect_right(starts, token_index) - 1
        if position >= 0 and entities[position].start <= token_index < entities[position].end:
            return entities[position]
        return None

    def party_at(self, token_index: int) -> PartyMention | None:
        """The party mention covering a token, if any (mentions do not overlap: the one starting last at or
        before the token is the only one that can cover it)."""
        starts, mentions = self._mentions
        position = bisect.bisect_right(starts, token_index) - 1
        if position >= 0 and mentions[position].span.start <= token_index < mentions[position].span.end:
            return mentions[position]
        return None

    def parties_in(self, start: int, end: int) -> list[PartyMention]:
        """Party mentions inside a token range."""
        starts, mentions = self._mentions
        chosen = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        return [m for m in chosen if m.span.end <= end]


def _sentence_index(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """A document's sentences and where each starts, made once and kept with the document (spaCy rebuilds
    ``doc.sents`` on every access)."""
    cached = doc.user_data.get("kg_sentences")
    if cached is None:
        sentences = tuple(doc.sents)
        cached = doc.user_data["kg_sentences"] = (sentences, [s.start for s in sentences])
    return cached  # type: ignore[no-any-return]


def sentences_of(doc: Doc) -> tuple[Span, ...]:
    """A document's sentences, in order."""
    return _sentence_index(doc)[0]


def sentence_of(span: Span | Token) -> Span:
    """The sentence a token is in, or a span starts in (as ``Span.sent`` answers, which walks the tokens each
    time), found by bisection over the document's sentences."""
    cached = span.doc.user_data.get("kg_sentences")
    sentences, starts = cached if cached is not None else _sentence_index(span.doc)
    index = span.i if isinstance(span, Token) else span.start
    return sentences[bisect.bisect_right(starts, index) - 1]  # type: ignore[no-any-return]


def ends_its_sentence(token: Token) -> bool:
    """Whether a token is the last of its sentence but for the paragraph break the model may keep in it."""
    end = sentence_of(token).end
    return all(t.is_space for t in token.doc[token.i + 1 : end])


def named_as_a_place(word: Token) -> bool:
    """Whether a party's name stands as where something happens ("talks in Switzerland", "flew to Lima"), not as an
    actor."""
    return word.dep_ == "pobj" and word.head.lower_ in {"in", "at", "to", "from"}


def of_objects(noun: Token) -> list[Token]:
    """The objects of a word's "of": "the talks" of "a guarantor of the talks"."""
    return [
        o
        for p in children_of(noun)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]


def first_conjunct(word: Token) -> Token:
    """The first word of the list a word stands in ("A" for "B" of "A and B"), or the word itself."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""The dependency labels of a clause's subject, active or passive."""


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own (active or passive)."""
    return any(c.dep_ in SUBJECT_DEPS for c in children_of(verb))


def shared_subjects(verb: Token) -> list[Token]:
    """The subjects a verb shares with the verb it is coordinated with, where it has none of its own: "X called for
    a halt and invited the ministers to Y" (X invites)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or has_subject(verb):
        return []
    return [c for c in children_of(verb.head) if c.dep_ == "nsubj"]


def apart_by_semicolon(word: Token, other: Token) -> bool:
    """Whether a semicolon stands between two words: clauses of their own, whatever the parser hung on what
    ("X, Y meet in Ankara; Turkey offers to host talks")."""
    low, high = sorted((word, other), key=lambda t: t.i)
    return ";" in text_of(word.doc)[low.idx : high.idx]


def tokens_in(span: Span) -> tuple[Token, ...]:
    """A span's tokens, from the document's (``tokens_of``)."""
    return tokens_of(span.doc)[span.start : span.end]


def text_in(span: Span) -> str:
    """A span's text, cut from the document's cached text (``Span.text`` joins its tokens one by one)."""
    return text_of(span.doc)[span.start_char : span.end_char]


T = TypeVar("T")


def once_per_doc(doc: Doc, key: str, at: Hashable, compute: Callable[[], T]) -> T:
    """A reading made once per document for ``at`` (a word's index, a sentence's bounds) and kept with the
    document under ``key``: for readings asked for again and again."""
    known: dict[Hashable, T] | None = doc.user_data.get(key)
    if known is None:
        known = doc.user_data[key] = {}
    if at not in known:
        known[at] = compute()
    return known[at]


def word_once(token: Token, key: str, find: Callable[[Token], Token]) -> Token:
    """The word ``find`` leads to from a word, found once per word of a document and kept with it under ``key``:
    for readings of the parse made again and again ("the clause verb of ...")."""
    doc = token.doc
    known: dict[int, int] | None = doc.user_data.get(key)
    if known is None:
        known = doc.user_data[key] = {}
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = find(token).i
    return tokens_of(doc)[found]


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token stands in (the token itself when it is a verb), found once per word."""
    return word_once(token, "kg_clause_verbs", _clause_verb)


def _clause_verb(token: Token) -> Token:
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """A document's named entities, made once (spaCy builds new spans on every ``doc.ents``); the pipeline sets
    them before any extractor reads them."""
    cached: tuple[Span, ...] | None = doc.user_data.get("kg_ents")
    if cached is None:
        cached = doc.user_data["kg_ents"] = tuple(doc.ents)
    return cached


def text_of(doc: Doc) -> str:
    """A document's text, computed once (spaCy rebuilds ``doc.text`` from its tokens on every access)."""
    cached = doc.user_data.get("kg_text")
    if cached is None:
        cached = doc.user_data["kg_text"] = doc.text
    return str(cached)


Extractor = Callable[[Doc, Context], Iterator[Finding]]


def paragraph_of(doc: Doc, char: int) -> tuple[int, int]:
    """(start, end) characters of the paragraph (a run of text between line breaks) holding a character."""
    text = text_of(doc)
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end == -1 else end


def headline_end(doc: Doc, lead_start: int) -> int:
    """Where the lines above the story end (headline, standfirst, byline): the start of its lead paragraph."""
    return lead_paragraph(doc, lead_start)[0]


def lead_paragraph(doc: Doc, lead_start: int) -> tuple[int, int]:
    """(start, end) characters of the story's lead: the paragraph a dateline opens, or else the first paragraph
    written as a sentence (not the headline, a byline or a kicker)."""
    if lead_start:
        return paragraph_of(doc, lead_start)
    text = text_of(doc)
    start = 0
    while start < len(text):
        paragraph = paragraph_of(doc, start)
        body = text[paragraph[0] : paragraph[1]].rstrip()
        # not 'X says "not dead"', nor a question ("Q&A: Can X get the talks back on track?" is a headline)
        if ends_a_sentence(body) and len(body.split()) >= 8 and not body.endswith("?"):
            return paragraph
        start = paragraph[1] + 1
    return paragraph_of(doc, 0)


def capital_state(place: Token, ctx: Context) -> str | None:
    """The state whose capital a place word names ("in New Delhi", "in Stockholm"), by its own text, its phrase's
    or its named entity's (a phrase may run on: "in Buenos Aires the Minister of ...")."""
    gazetteer = ctx.gazetteer
    entity = ctx.entity_at(place.i)
    texts = (place.text, " ".join(t.text for t in subtree_of(place)), entity.text if entity is not None else "")
    for text in texts:
        city = gazetteer.city(text)
        if city is not None and gazetteer.capital(city[1]) == city:
            return city[1]
    return None
