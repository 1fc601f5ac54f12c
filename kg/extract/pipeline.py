"""Run the extractors over articles and attach provenance to every fact they find."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span

from kg.errors import InputError
from kg.extract import EXTRACTORS, Context
from kg.extract.base import sentence_of, text_in
from kg.extract.dates import dated_dateline
from kg.extract.nlp import load_pipeline
from kg.ingest.clean import MAX_SENTENCE_CHARS, Story, clean
from kg.ingest.read import normalise_text
from kg.ingest.screen import screen
from kg.model import Actor, Article, ArticleFacts, Attendance, Evidence, Extracted, Meeting, Party, Statement


def _evidence(article: Article, story: Story, span: Span, extractor: str, confidence: float) -> Evidence:
    start, end = story.to_source_span(span.start_char, span.end_char)
    whole = sentence_of(span)
    sentence = " ".join(text_in(whole if len(whole) >= len(span) else span).split())
    return Evidence(article.id, start, end, sentence, extractor, round(confidence, 2))


def extract_doc(article: Article, story: Story, doc: Doc) -> ArticleFacts:
    """All facts of one analysed article, each with its evidence."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(story.text):
        doc.user_data.setdefault("kg_text", story.text)  # the text the doc was made from: no rebuild from tokens
    ctx = Context(
        doc,
        article.published,
        article.publisher,
        dateline_place=story.dateline_place,
        dateline_date=story.dateline_date,
        dateline_source=story.dateline_source,
        dateline_region=story.dateline_region,
        lead_start=story.lead_start,
    )
    found: dict[type, list[Extracted]] = {Party: [], Actor: [], Meeting: [], Statement: [], Attendance: []}
    for name, extractor in EXTRACTORS.items():
        for finding in extractor(doc, ctx):
            evidence = tuple(_evidence(article, story, s, name, finding.confidence) for s in finding.spans)
            found[type(finding.fact)].append(Extracted(finding.fact, evidence))
    return ArticleFacts(
        article,
        parties=tuple(found[Party]),
        actors=tuple(found[Actor]),
        meetings=tuple(found[Meeting]),
        statements=tuple(found[Statement]),
        attendance=tuple(found[Attendance]),
    )


Report = Callable[[InputError], None]
ZONE_ARTICLES = 64
"""Articles analysed per spaCy memory zone. Each new word adds a string and a lexeme to the pipeline's vocabulary
for good, so a long build would grow without bound; the zone drops them once its articles' facts are out."""
_WARMED: set[int] = set()
"""Pipelines (by id) that have analysed a chunk outside a memory zone in this process: the zones start after it."""


def _ignore(_: InputError) -> None:
    return None


def prepare(
    articles: Iterable[Article],
    *,
    on_skip: Report = _ignore,
    on_warning: Report = _ignore,
    max_sentence: int = MAX_SENTENCE_CHARS,
) -> Iterator[tuple[str, tuple[Article, Story]]]:
    """Clean and screen articles, lazily: (story text, (article, story)) for each one worth analysing."""
    for article in articles:
        article = replace(article, text=normalise_text(article.text))  # articles built in code, not read
        story = clean(article.text, max_sentence=max_sentence)
        if article.published is None and story.published is not None:
            article = replace(article, published=story.published)  # "Published: July 7, 2025" above the story
        where = article.source or article.id
        for note in story.dropped:
            on_warning(InputError(where, note))
        if article.published is None and story.dateline_date is None:
            on_warning(
                InputError(
                    where,
                    "no publication date (sidecar, page metadata or dateline): weekdays and "
                    "relative dates such as 'yesterday' are left unresolved",
                )
            )
        elif article.published is None and dated_dateline(story.dateline_date or "", story.text) is None:
            on_warning(
                InputError(
                    where,
                    f"the dateline's date '{story.dateline_date}' has no year and no sidecar or page metadata gives "
                    "one: weekdays and relative dates such as 'yesterday' are left unresolved",
                )
            )
        if not story.text.strip():
            on_skip(InputError(where, "no story text left after removing page furniture"))
            continue
        try:
            screen(article, story)
        except InputError as exc:
            on_skip(exc)
            continue
        yield story.text, (article, story)


def extract_articles(
    articles: Iterable[Article],
    *,
    batch_size: int = 16,
    on_skip: Report = _ignore,
    on_warning: Report = _ignore,
    max_sentence: int = MAX_SENTENCE_CHARS,
) -> Iterator[ArticleFacts]:
    """Analyse articles in batches through spaCy and extract their facts, in input order, streaming.

    Articles that cannot be analysed (not English, nothing left to read) go to ``on_skip``; paragraphs left
    out for their length go to ``on_warning``. Facts come out a chunk of :data:`ZONE_ARTICLES` at a time.
    """
    nlp = load_pipeline()
    pairs = prepare(articles, on_skip=on_skip, on_warning=on_warning, max_sentence=max_sentence)
    while chunk := list(islice(pairs, ZONE_ARTICLES)):
        # A process's first chunk warms the tokenizer's cache and the extractors' matchers outside a zone, so what
        # they keep stays valid; every later chunk (in this call or the next, as in a worker that takes batch after
        # batch) runs in a memory zone, after which spaCy forgets the strings and lexemes its words added to the
        # vocabulary (no Doc or Span outlives it: the facts hold plain values).
        with nlp.memory_zone() if id(nlp) in _WARMED else nullcontext():
            found = [
                facts
                for doc, (a, story) in nlp.pipe(chunk, batch_size=batch_size, as_tuples=True)
                if (facts := _isolated(a, story, doc, on_skip)) is not None
            ]
        _WARMED.add(id(nlp))
        yield from found


def _isolated(article: Article, story: Story, doc: Doc, on_skip: Report) -> ArticleFacts | None:
    """The article's facts, or None with the article reported as skipped when extraction fails on it: one article
    the software cannot handle costs that article, never the run."""
    try:
        return checked(extract_doc(article, story, doc))
    except Exception as exc:  # noqa: BLE001 - any failure is confined to its article
        where = article.source or article.id
        on_skip(InputError(where, f"extraction failed: {type(exc).__name__}: {exc}", traceback.format_exc()))
        return None


def checked(facts: ArticleFacts) -> ArticleFacts:
    """The facts, after checking that every piece of evidence lies inside the article's text, without statements
    whose speaker is neither a party nor one of the article's people (a speaker the graph could not describe), and
    without attendance of anyone who is not one of the article's people.

    Raises ValueError naming the first span that does not; the graph's shapes would refuse it."""
    people = {fact.name for fact in (e.fact for e in facts.actors) if isinstance(fact, Actor)}
    statements = tuple(
        e for e in facts.statements if isinstance(e.fact, Statement) and (e.fact.by_party or e.fact.speaker in people)
    )
    if len(statements) != len(facts.statements):
        facts = replace(facts, statements=statements)
    attendance = tuple(e for e in facts.attendance if isinstance(e.fact, Attendance) and e.fact.person in people)
    if len(attendance) != len(facts.attendance):
        facts = replace(facts, attendance=attendance)
    size = len(facts.article.text)
    for group in (facts.parties, facts.actors, facts.meetings, facts.statements, facts.attendance):
        for extracted in group:
            for ev in extracted.evidence:
                if not 0 <= ev.start < ev.end <= size:
                    raise ValueError(f"evidence span {ev.start}-{ev.end} outside the text of {size} characters")
    return facts


def extract_article(article: Article) -> ArticleFacts:
    """Facts of a single article."""
    found = list(extract_articles([article]))
    if not found:
        raise InputError(article.source or article.id, "article could not be analysed")
    return found[0]
