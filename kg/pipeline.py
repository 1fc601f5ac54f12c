"""Run the extractors over articles and attach provenance to every fact they find."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from kg.clean import Story, clean
from kg.extract import EXTRACTORS, Context
from kg.model import Actor, Article, ArticleFacts, Evidence, Extracted, Meeting, Party, Statement
from kg.nlp import load_pipeline


def _evidence(article: Article, story: Story, span: Span, extractor: str, confidence: float) -> Evidence:
    start = story.to_source(span.start_char)
    end = story.to_source(span.end_char)
    sentence = " ".join(span.sent.text.split()) if len(span.sent) >= len(span) else " ".join(span.text.split())
    return Evidence(article.id, start, end, sentence, extractor, round(confidence, 2))


def extract_doc(article: Article, story: Story, doc: Doc) -> ArticleFacts:
    """All facts of one analysed article, each with its evidence."""
    ctx = Context(doc, article.published, article.publisher, story.dateline_place)
    found: dict[type, list[Extracted]] = {Party: [], Actor: [], Meeting: [], Statement: []}
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
    )


def extract_articles(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ArticleFacts]:
    """Analyse articles in batches through spaCy and extract their facts, in input order."""
    nlp = load_pipeline()
    pending = [(a, clean(a.text)) for a in articles]
    docs = nlp.pipe((story.text for _, story in pending), batch_size=batch_size)
    for (article, story), doc in zip(pending, docs, strict=True):
        yield extract_doc(article, story, doc)


def extract_article(article: Article) -> ArticleFacts:
    """Facts of a single article."""
    return next(extract_articles([article]))
