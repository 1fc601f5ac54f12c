"""Checks an article passes before analysis: enough English text to read.

The English pipeline mis-reads other languages (German nouns become people, French places parties), so an
article whose text is confidently in another language is skipped with a message instead of mis-extracted.
Language identification is langdetect's (Google's language-detection profiles), seeded so that the same text
always gets the same answer.
"""

from __future__ import annotations

from functools import cache

from kg.clean import Story
from kg.errors import InputError
from kg.model import Article

ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was said by at from it be are have has were an this which not or "
    "but they their he she his her will would after its".split()
)
ENGLISH_SHARE = 0.15
"""Running English prose is about 40% function words; text with more than this share is read as English."""
MIN_CHARS_FOR_LANGUAGE = 200
"""Below this many letters a language guess is not trusted, and the article is read as English."""
CONFIDENCE = 0.9


@cache
def _detector() -> object:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return DetectorFactory


def language_of(text: str) -> tuple[str, float] | None:
    """The most likely language of a text and its probability, or None when the text is too short to tell."""
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < MIN_CHARS_FOR_LANGUAGE:
        return None
    _detector()
    from langdetect import LangDetectException, detect_langs

    try:
        best = detect_langs(text[:5000])[0]
    except LangDetectException:
        return None
    return str(best.lang), float(best.prob)


def screen(article: Article, story: Story) -> None:
    """Raise :class:`InputError` for an article that is not in English."""
    words = story.text[:5000].lower().split()
    if words and sum(w.strip(".,;:!?\"'“”()") in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= ENGLISH_SHARE:
        return
    found = language_of(story.text)
    if found is None:
        return
    language, probability = found
    if language != "en" and probability >= CONFIDENCE:
        where = article.source or article.id
        raise InputError(where, f"text is in another language ({language}), not English; skipped")
