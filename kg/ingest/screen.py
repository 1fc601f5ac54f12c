"""Checks an article passes before analysis: enough English text to read.

The English pipeline mis-reads other languages (German nouns become people, French places parties), so an
article whose text is confidently in another language is skipped with a message instead of mis-extracted.
Language identification is langdetect's (Google's language-detection profiles), seeded so that the same text
always gets the same answer.
"""

from __future__ import annotations

from functools import cache

from kg.errors import InputError
from kg.ingest.clean import Story
from kg.model import Article

ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was said by at from it be are have has were an this which not or "
    "but they their he she his her will would after its".split()
)
OTHER_FUNCTION_WORDS = (
    frozenset(
        # German, French, Spanish, Italian, Dutch and Portuguese function words that are neither English words nor
        # particles of names ("von der Leyen", "La Paz", "El-Sisi", "Di Maio", "al-Thani" are left out)
        "die das und ist nicht mit dem des ein eine einer sich auf für wurde wurden nach bei ohne "
        "les et est une dans pour pas sur du aux avec sont ont qui ne sans "
        "los las y es una en por para con que se sin fue su "
        "che della non sono gli nel alla dei per "
        "het een niet met zijn voor werd "
        "não uma com para dos das foi".split()
    )
    - ENGLISH_FUNCTION_WORDS
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


def language_of(text: str, minimum: int = MIN_CHARS_FOR_LANGUAGE) -> tuple[str, float] | None:
    """The most likely language of a text and its probability, or None when the text has fewer than ``minimum``
    letters."""
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < minimum:
        return None
    _detector()
    from langdetect import LangDetectException, detect_langs

    try:
        best = detect_langs(text[:5000])[0]
    except LangDetectException:
        return None
    return str(best.lang), float(best.prob)


SHORT_CONFIDENCE = 0.99
"""A short text with few English function words is refused only when the guess is this sure."""
MIN_LATIN_SHARE = 0.5
"""Below this share of Latin letters a text is in another script (Cyrillic, Arabic, CJK ...): not English."""


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for ch in letters if ch < "ɏ") / len(letters)  # Basic Latin to Latin Extended-B


def screen(article: Article, story: Story) -> None:
    """Raise :class:`InputError` for an article that is not in English.

    English prose, even one sentence of it, is full of function words ("the", "of", "said"); a text with few of
    them, or written mostly in another script, is checked by langdetect, and refused when it is confidently in
    another language (very confidently, for a text under 200 letters)."""
    words = [w.strip(".,;:!?\"'“”()") for w in story.text[:5000].lower().split()]
    english = sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) if words else 0.0
    if english >= ENGLISH_SHARE and not (len(words) < 40 and sum(w in OTHER_FUNCTION_WORDS for w in words) > 1):
        return
    where = article.source or article.id
    if _latin_share(story.text[:5000]) < MIN_LATIN_SHARE:
        found = language_of(story.text, minimum=1)
        language = found[0] if found else "another script"
        raise InputError(where, f"text is in another language ({language}), not English; skipped")
    found = language_of(story.text)
    short = found is None
    if short:
        # langdetect mistakes a short English line of names for Dutch or Afrikaans: a short text is refused only
        # when it also holds another language's function words, as many as English ones
        other = sum(w in OTHER_FUNCTION_WORDS for w in words)
        if not other or other < english * len(words):
            return
        found = language_of(story.text, minimum=20)
    if found is None:
        return
    language, probability = found
    if language != "en" and probability >= (SHORT_CONFIDENCE if short else CONFIDENCE):
        raise InputError(where, f"text is in another language ({language}), not English; skipped")
