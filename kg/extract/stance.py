"""Stance of a statement towards the talks: positive, negative or neutral.

VADER (a lexicon and rule-based sentiment model that handles negation, intensifiers and "but") scores the
text, with a lexicon extended for diplomatic language. Cue phrases from the same data file then decide cases
VADER cannot see: hedges ("too early", "remains to be seen") make a statement neutral, and a negation anywhere
before a positive word ("did not hear the same level of progress") turns it negative.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from kg.extract.pattern_sets import PatternSet
from kg.extract.regex_openings import by_first_letter
from kg.model import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NEGATION = re.compile(
    r"\b(not|no|zero|never|n't|cannot|without|hardly|little|nobody|no one|nothing|none|(?<!a )few)\b", re.I
)


_IMPLICATIVE = (
    r"(?:refus|fail|declin)(?:e|es|ed|ing|s)?\s+to|unable\s+to|(?:im|not\s+)possible\s+to|"
    r"(?:reject|block)(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out"
)
"""Verbs that deny what follows them ("refused to move forward", "failed to reach an agreement", "rejected the
deal", "it was not possible to bridge the differences"): a negation in all but form."""


_THREE_WORDS = r"\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)\b"
"""The (up to) three words after a negation, as a group."""
_PLAIN_NEGATORS = r"not|no|zero|never|n't|without|nobody|no one|nothing|(?<!a )few"  # "few issues", not "a few"
_NEGATOR_THEN_WORDS = re.compile(rf"\b(?:{_PLAIN_NEGATORS}|hardly|lack of|absence of|{_IMPLICATIVE}){_THREE_WORDS}")
"""A negation of any kind (plain, "lack of", a verb of rejecting) and the three words after it."""
_DENIAL_THEN_WORDS = re.compile(rf"\b(?:{_PLAIN_NEGATORS}){_THREE_WORDS}")
"""A plain negation and the three words after it (not a verb of rejecting, whose object is what it rejects)."""
_NEGATED_BEFORE = re.compile(
    rf"(?:\b(?:not|never|no|{_IMPLICATIVE})|n't|(?<!a )\bfew)\s+"
    r"(?:(?:manage|managed|able|succeed|succeeded)\s+(?:to|in)\s+|\w+\s+)?$"
)
"""A negation just before a phrase: the one or two words ending a text, or a verb of managing between ("did not
manage to bridge the differences")."""
_NEGATED_INSIDE = re.compile(r"^\w+(?:\s+\w+)*?\s+(?:not|never)\b|n't\b")
"""A negation inside a phrase, after its first word: "the gaps have not narrowed"."""
_NOTHING_UNSOLVABLE = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,3}?(?:problems?|issues?|obstacles?|differences?|disputes?|questions?|disagreements?)\b"
    r"(?:\s+[\w,-]+){0,6}?\s+(?:that|which)\s+(?:it\s+|they\s+|we\s+)?(?:cannot|can't|could\s+not|couldn't|can\s+not)\s+be\s+"
    r"(?:solved|resolved|overcome|settled|bridged|addressed)\b"
)
"""A denial of any problem beyond solving, which denies the negatives it is built of: "there is no problem so
great that it cannot be solved", "no issue between us that cannot be resolved through dialogue"."""
_DOUBTED = re.compile(
    r"\b(?:no|little)\s+reason\s+(?:why|to\s+(?:believe|think|expect|hope))\b"
    r"|(?<!no )(?<!not )(?<!n't )(?<!little )\bdoubt(?:(?:s|ed|ful)?\s+(?:that|whether|if)\b"
    r"|(?:s|ed)?\s+(?=(?:the|a|an|this|they|we|it|he|she|there|any)\s))"  # "doubted (that) the talks would ..."
    r"|(?:\b(?:do|does|did)\s+not|n't)\s+(?:think|expect|foresee|see)\b(?:\s+that\b)?"
    r"|(?<!not )\b(?:skeptical|sceptical|unsure|uncertain|unconvinced)\s+(?:about\s+)?(?:that|whether|if)\b"
    r"|\bnot\s+(?:sure|certain|convinced)\s+(?:that|whether|if)\b"
)
"""A frame that denies or doubts what follows it: "no reason why ...", "doubts that ...", "doubted the talks would
bring a ceasefire" (the clause without its "that"), "I don't think there will be a deal", "we do not expect a
breakthrough", "skeptical that they would honour the deal", "not sure that the truce will hold"."""
_NOT_ONLY = re.compile(r"\bnot only\b", re.I)
"""The "not only" of "not only ... but also", which negates nothing."""
_AGREED_NOT_TO = re.compile(r"\b(agree|agrees|agreed)\s+not\s+to\b")
"""An agreement to refrain ("agreed not to allow attacks from its soil"), a commitment, not a refusal: read as
"agreed to refrain from"."""
_NEVER_SO = re.compile(r"\b(?:has|have|had)\s+never\s+been\s+(?:so\s+|more\s+)?(?P<adj>[a-z]+er)\b")
"""A comparative denied ever before ("our relations have never been stronger"): a superlative, not a negation."""


def _never_so(lowered: str, valence: dict[str, float]) -> Stance | None:
    """The stance of "X has never been COMPARATIVE": relations never stronger, chances never greater approve; trust
    never lower, the risk never higher warn (the subject's own valence times the comparative's direction)."""
    found = _NEVER_SO.search(lowered) if "never" in lowered else None
    comparatives: dict[str, int] = _config()["comparatives"]  # up (+1) or down (-1)
    if found is None or found["adj"] not in comparatives:
        return None
    before = lowered[max(found.start() - 80, 0) : found.start()]  # the subject's words
    subject = -1 if any(valence.get(w, 0) < -0.5 for w in re.findall(r"[a-z'-]+", before)) else 1
    return "positive" if subject * comparatives[found["adj"]] > 0 else "negative"


_WILLING = re.compile(r"\b(?:ready|willing|prepared|open|eager|keen|agreed|agree|thank|thanks|thanked)\b")
"""Words of a will to talk or of thanks, which judge what a statement of topics goes on to name."""
_QUOTE_MARKS = re.compile(r"[„“”«»‹›‟‘]")
"""Quotation marks of other styles than the English double ones, read as those."""
_CONTRAST = re.compile(r"^\W*(?:but|however|yet|still|nevertheless|nonetheless)\b", re.I)


def _negated_cue(lowered: str, cues: list[str]) -> bool:
    """A cue phrase with a negation just before it ("no agreement was reached", "wasn't a walk away")."""
    return _negated_pattern(tuple(cues)).search(lowered) is not None


@cache
def _negated_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    negator = rf"(?:\b(?:not|no|never|without|nobody|no one|{_IMPLICATIVE})|n't|(?<!\ba )\bfew)"  # not "a few"
    return re.compile(rf"{negator}\s+(?!only\b)(?:[\w']+\s+){{0,2}}?(?:{alternatives})(?!\w)")


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for a list of phrases as whole words, longest first, grouped by first letter."""
    alternatives = by_first_letter([re.escape(p) for p in sorted(phrases, key=len, reverse=True)])
    return re.compile(rf"(?<!\w)(?:{alternatives or '(?!)'})(?!\w)")


def _negated_diplomatic_word(lowered: str, valence: dict[str, float]) -> bool:
    """A negation ("not", "no", "lack of", "without" ...) with a favourable word within the next three words."""
    return _negates(lowered, _NEGATOR_THEN_WORDS, lambda word: valence.get(word, 0) > 0.5)


def _negated_unfavourable_word(lowered: str, valence: dict[str, float]) -> bool:
    """A plain negation with an unfavourable word within the next three words: a fear denied ("no reason for
    pessimism", "not worried"); the caller checks that nothing favourable stands in the text."""
    return _negates(lowered, _DENIAL_THEN_WORDS, lambda word: valence.get(word, 0) < -1.0)


def _negates(lowered: str, pattern: re.Pattern[str], wanted: Callable[[str], bool]) -> bool:
    """Whether a negation the pattern finds has a wanted word among the words after it."""
    return any(any(wanted(word) for word in match.group(1).split()) for match in pattern.finditer(lowered))


@cache
def _config() -> dict[str, Any]:
    return json.loads((resources.files("kg") / "data" / "stance.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(_config()["valence"])
    return analyzer


@cache
def _plain_negative_cues() -> list[str]:
    """The negative cues that do not open on a negation themselves ("walk away", not "no progress")."""
    return [c for c in _config()["negative_cues"] if not _NEGATION.match(c)]


PATTERN_LISTS = (
    "neutral_patterns",
    "negative_patterns",
    "positive_patterns",
    "topic_frames",
    "negatives_denied",
    "talk_and_conflict_words",
)
"""The lists of regular expressions in the stance file."""


@cache
def _pattern_sets() -> dict[str, PatternSet]:
    """Each list of regular expressions as one pattern set, all compiled at the first statement read."""
    return {key: PatternSet(_config()[key]) for key in PATTERN_LISTS}


def _pattern_set(key: str) -> PatternSet:
    """The regular expressions of a list, searched as one: most clauses match none, and one pass tells."""
    return _pattern_sets()[key]


def _matches(key: str, lowered: str) -> list[re.Match[str]]:
    """The first match of each regular expression of a list in a text, in the list's order."""
    return _pattern_set(key).matches(lowered)


def _contains(text: str, phrases: list[str]) -> bool:
    return _phrase_pattern(tuple(phrases)).search(text) is not None


Reading = tuple[Stance, float]
"""A stance and the confidence of that reading (0..1)."""


def stance(text: str, known: dict[str, Reading] | None = None) -> Reading:
    """The stance a statement takes and the confidence of that reading (0..1).

    A statement of several sentences is read sentence by sentence: a later sentence that opens with a contrast
    ("but", "however", "yet") and takes a side decides; else a negative sentence makes the whole negative (a
    reservation outweighs courtesy), else a positive one makes it positive. ``known`` keeps the reading of each
    sentence read (one document's: a claim joined from two statements re-reads their sentences).
    """
    text = _QUOTE_MARKS.sub('"', text).replace("’", "'")  # "„productive“", "«productive»": the word itself
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])|\s+…\s+", text) if s.strip()]
    read = _sentence_stance if known is None else lambda s: _kept(known, s)
    if len(sentences) > 1:
        readings = [read(s) for s in sentences]
        for sentence, reading in reversed(list(zip(sentences, readings, strict=True))[1:]):
            if _CONTRAST.match(sentence) and reading[0] != "neutral":
                return reading  # "It was not the best night ... but the morning is good": the point follows "but"
        first = sentences[0].lower()
        hedged = _contains(first, _config()["neutral_hedges"]) or _pattern_set("neutral_patterns").search(first)
        if readings[0][0] == "neutral" and hedged:
            return readings[0]  # "It's too early to say. ... good results will come out": the hedge leads
        for wanted in ("negative", "positive"):
            matching = [c for s, c in readings if s == wanted]
            if matching:
                return wanted, max(matching)  # type: ignore[return-value]
        return "neutral", min(c for _, c in readings)
    return read(text)


def sentence_stances(doc: Doc) -> dict[str, Reading]:
    """The readings of the sentences a document's statements have said, kept with the document for ``stance``."""
    known: dict[str, Reading] = doc.user_data.setdefault("kg_sentence_stances", {})
    return known


def _kept(known: dict[str, Reading], sentence: str) -> Reading:
    """A sentence's stance, read once for ``known``."""
    reading = known.get(sentence)
    if reading is None:
        reading = known[sentence] = _sentence_stance(sentence)
    return reading


@cache
def _name_phrases() -> re.Pattern[str]:
    """The names and titles of the stance file whose words VADER would read as sentiment, as written (capitalised):
    "United States", "Security Council", "Defence Minister"."""
    phrases = sorted(_config()["name_phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _without_names(text: str) -> str:
    """A text without the names and titles that say nothing of the speaker's attitude, for VADER."""
    return _name_phrases().sub("", text)


def judged_by_verb(lemma: str) -> Stance | None:
    """The stance a reporting verb that judges gives whatever its object is: "welcomed the outcome as proof that
    ..." approves, "denounced the deal as ..." disapproves."""
    config = _config()
    if lemma in config["approving_verbs"]:
        return "positive"
    if lemma in config["disapproving_verbs"]:
        return "negative"
    return None


_BUT = re.compile(
    r"(?:[,;]\s+(?:but|yet|however)\s+(?=\w)|(?<!nothing)(?<!all)\s+but\s+(?=(?:the|we|they|it|there|he|she|both|this|that)\b)"
    r"|\s+but\s+(?=(?:accused|warned|cautioned|insisted|added|stressed|noted|said|complained)\b))",
    re.I,
)  # ", but X", and "but" without a comma where a clause follows ("no deal was reached but the talks go on", "was
# committed to the truce but accused the other side of violating it")
_THOUGH = re.compile(r"[,;]\s+(?:though|although|even though|while)\s+(?=\w)", re.I)


_PAST_BEHIND = re.compile(
    r"^\W*(?:after|following)\s+(?:(?:more\s+than\s+)?(?:\w+\s+)?(?:decades?|years?|months?|weeks?)\s+of\s+[^,]{1,80}),\s+",
    re.I,
)
"""A fronted span of the past a clause sets its news against ("After decades of conflict, we mark ..."): what the
speaker leaves behind, not their view of the talks."""


def _sentence_stance(text: str) -> tuple[Stance, float]:
    """A sentence's stance; after ", but" the second half decides when it takes a side ("No deal was reached,
    but progress was made"); a fronted "after years of war," is left behind."""
    text = _PAST_BEHIND.sub("", text)
    conceded = _THOUGH.split(text)
    if len(conceded) > 1:  # "held in a constructive atmosphere, though differences remain": the main clause leads
        main = _sentence_stance(conceded[0])
        if main[0] != "neutral":
            return main
    parts = _BUT.split(text)
    if len(parts) > 1:
        last = _clause_stance(parts[-1])
        if last[0] != "neutral":
            return last
    return _clause_stance(text)


def _clause_stance(text: str) -> tuple[Stance, float]:
    config = _config()
    lowered = text.lower().replace('"', "")  # quoted words read as the words themselves (marks made plain above)
    lowered = _NOT_ONLY.sub("only", lowered)  # "not only ... but also" negates nothing
    lowered = _AGREED_NOT_TO.sub(r"\1 to refrain from", lowered)
    # a harm averted, an outcome credited ("prevented a crisis", "without X there would have been no deal"), unless
    # negated itself ("failed to prevent a war": the harm came)
    denied = any(not _NEGATED_BEFORE.search(lowered[: m.start()]) for m in _matches("negatives_denied", lowered))
    if _NOTHING_UNSOLVABLE.search(lowered) or denied:
        return "positive", 0.7
    if (superlative := _never_so(lowered, _analyzer().lexicon)) is not None:
        return superlative, 0.75
    if _pattern_set("neutral_patterns").search(lowered):
        return "neutral", 0.7  # "no date has been set for the next round", "neither optimistic nor pessimistic"
    matches = _matches("negative_patterns", lowered)
    patterned = bool(matches)
    if matches and all(_NEGATED_BEFORE.search(lowered[: m.start()]) for m in matches):
        return "positive", 0.6  # "should not waste this chance": a setback urged against
    if _negated_cue(lowered, _plain_negative_cues()) and not patterned:
        return "positive", 0.6  # "this wasn't a walk away", "the sides are not far apart"
    if _contains(lowered, config["negative_cues"]) or patterned:
        return "negative", 0.8
    if _negated_cue(lowered, config["positive_cues"]):
        return "negative", 0.75  # "no agreement was reached", "have not reached agreement"
    doubted = _DOUBTED.search(lowered)
    if doubted and _clause_stance(text[doubted.end() :])[0] == "positive":
        return "negative", 0.65  # "I see no reason why this time would be different": a hope denied
    found = _matches("positive_patterns", lowered)
    if any(_NEGATED_BEFORE.search(lowered[: m.start()]) or _NEGATED_INSIDE.search(m.group(0)) for m in found):
        return "negative", 0.7  # "would not end the war until ...": an outcome denied
    if _contains(lowered, config["positive_cues"]) or found:
        return "positive", 0.75
    if _contains(lowered, config["neutral_hedges"]):
        return "neutral", 0.7
    words = re.findall(r"[a-z'-]+", lowered)
    judged = any(abs(config["valence"].get(w, 0)) >= 1.5 for w in words)
    judged = judged or _WILLING.search(lowered) is not None  # "ready to discuss everything": a will to talk
    if not judged and _pattern_set("topic_frames").search(lowered):
        return "neutral", 0.6  # "the talks will address the return of refugees": what was on the table, no attitude
    scores = _analyzer().polarity_scores(_without_names(_NOT_ONLY.sub("only", text)))
    compound = float(scores["compound"])
    negated = _NEGATION.search(lowered)
    positive_words = [w for w in words if config["valence"].get(w, 0) > 0.5]
    if compound > 0 and negated and positive_words and negated.start() < lowered.find(positive_words[0]):
        return "negative", 0.6
    if _negated_diplomatic_word(lowered, _analyzer().lexicon):
        return "negative", 0.6  # "was not optimistic", "is not constructive", "not acceptable"
    if not positive_words and _negated_unfavourable_word(lowered, _analyzer().lexicon):
        return "positive", 0.6  # "there is no reason for pessimism", "no cause for alarm"
    threshold = float(config["threshold"])
    if compound >= threshold:
        return "positive", min(0.5 + compound / 2, 0.95)
    # a faint negative with neither a word of the talks or the conflict nor a strong word of judgement is a fact told
    about = _pattern_set("talk_and_conflict_words").search(lowered)  # ("There is no happiness in life"), no stance
    if compound <= -float(config["negative_threshold"]) and (judged or about):
        return "negative", min(0.5 + abs(compound) / 2, 0.95)
    return "neutral", 0.5 + (threshold - abs(compound))
