"""Every annotated article builds into a graph that conforms to the shapes, with every span inside its text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.evaluate import read_gold
from kg.graph import build_graphs, union
from kg.ingest import read_text_file
from kg.model import ArticleFacts
from kg.pipeline import extract_articles
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent
ANNOTATED = sorted([*(ROOT / "seeds").glob("*.gold.json"), *(ROOT / "tests" / "corpus").glob("*.gold.json")])


def _facts() -> tuple[list[ArticleFacts], list[InputError]]:
    articles = []
    for gold_file in ANNOTATED:
        text_file = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        article = read_text_file(text_file)
        gold = read_gold(gold_file)
        articles.append(replace(article, published=article.published or gold.published))
    skipped: list[InputError] = []
    return list(extract_articles(articles, on_skip=skipped.append)), skipped


def test_the_whole_annotated_corpus_builds_a_conforming_graph() -> None:
    facts, skipped = _facts()
    assert not skipped and len(facts) == len(ANNOTATED) >= 41
    for found in facts:
        size = len(found.article.text)
        for group in (found.parties, found.actors, found.meetings, found.statements):
            for extracted in group:
                for ev in extracted.evidence:
                    assert 0 <= ev.start < ev.end <= size, (found.article.id, ev)
    report = validate(union(build_graphs(facts).values()))
    assert report.conforms, report.text[:3000]


CALENDAR = {
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
    *"january february march april june july august september october november december".split(),
}


def test_no_person_in_the_annotated_corpus_is_made_of_title_institution_or_calendar_words() -> None:
    from kg.gazetteer import lexicon
    from kg.model import Actor

    words = lexicon()
    stop = set(words["non_name_heads"]) | set(words["organisation_heads"]) | set(words["title_words"]) | CALENDAR
    facts, _ = _facts()
    junk = [
        (found.article.id, e.fact.name)
        for found in facts
        for e in found.actors
        if isinstance(e.fact, Actor)
        and any(w.lower().rstrip(".") in stop for w in e.fact.name.replace("-", " ").split())
    ]
    assert junk == [], junk
