"""How a name an article gives is compared with a name of the office-holder table: the same words in order,
a transliteration's consonants, spellings alike."""

from __future__ import annotations

import re

from rapidfuzz import fuzz


def honorifics() -> frozenset[str]:
    """The lexicon's honorifics ("sheikh", "prince"), which stand before a name without being part of it."""
    from kg.gazetteer import lexicon  # the gazetteer reads its table through this module

    return lexicon().honorifics


def surname_first(words: list[str]) -> bool:
    """Whether a name is written family name first, as Korean and many Chinese names are in English news: a given
    name of two hyphened syllables ("Han Min-su", "Park Ji-won"), three short words ("Ri Chol Ho"), or a Chinese or
    Korean family name before one given name ("Sun Weidong")."""
    if len(words) < 2:
        return False
    from kg.gazetteer import lexicon  # the gazetteer reads its table through this module

    if (
        len(words) == 2
        and words[0] in lexicon().family_first_names
        and words[1][:1].isupper()
        and words[1][1:].islower()
    ):
        return True  # "Sun Weidong", "Wang Yi"
    last = words[-1].split("-")
    if len(last) == 2 and all(part[:1].isalpha() for part in last) and last[1][:1].islower():
        return True
    return len(words) == 3 and all(len(w) <= 4 and w[:1].isupper() for w in words)


def skeleton(key: str) -> str:
    """A folded name's consonants, each word's first letter kept and doubled letters single ("volodimir
    zelenskii" and "vladimir zelenski" are both "vldmr zlnsk"), a "j" inside a word read as the glide it
    transliterates ("benjamin" and "biniamin" are both "bnmn"): transliterations of one name meet."""
    words = []
    for word in key.split():
        rest = re.sub(r"[aeiouyj]", "", word[1:])
        words.append(re.sub(r"(.)\1+", r"\1", word[0] + rest))
    return " ".join(words)


def spelled_alike(a: str, b: str) -> bool:
    """Two folded names at least 85% alike, and their surnames too ("Anne Lund" is not "Ann Linde")."""
    return fuzz.ratio(a, b) >= 85 and fuzz.ratio(a.split()[-1], b.split()[-1]) >= 85


def same_person(a: str, b: str) -> bool:
    """Folded names of one person: equal, or all the words of the shorter (two at least) in the longer, the
    surname among them ("Tayyip Erdogan" and "Recep Tayyip Erdogan", "Juan Manuel Santos" and "Juan Manuel Santos
    Calderon", "Abiy Ahmed" and "Abiy Ahmed Ali"), the same first word where the names chain a lineage."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if _initialled(wa, wb) or _initialled(wb, wa):
        return True  # "S. Jaishankar" and "Subrahmanyam Jaishankar"
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if set(short) & LINEAGE_WORDS and short[0] != next((w for w in long if w not in honorifics()), long[0]):
        return False  # "Nasser Al-Sabah" is not "Ahmad Nasser Al-Mohammad Al-Sabah", Nasser's son (past "Sheikh")
    return len(short) > 1 and set(short) <= set(long) and long.index(short[-1]) >= long.index(short[0])


def _initialled(short: list[str], full: list[str]) -> bool:
    """Whether a name written with its first name's initial ("s jaishankar") is the full one ("subrahmanyam
    jaishankar"): the initial opens the first name, the other words are the same."""
    return (
        len(short) == len(full) >= 2 and len(short[0]) == 1 and full[0].startswith(short[0]) and short[1:] == full[1:]
    )


LINEAGE_WORDS = {"al", "bin", "ibn", "bint", "el", "abu", "ben"}
"""Words of names that chain a father's and a family's names after a person's own: such a name's first word is
the person's own."""
