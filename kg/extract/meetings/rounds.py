"""Which round of talks a meeting word is: the ordinal it carries ("the third round", "a second such meeting"),
never a first in a span of time or a first of its kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.base import sentence_of, tokens_in
from kg.extract.dates import MONTHS
from kg.extract.meetings.counts import count_of
from kg.extract.meetings.time_clauses import in_a_time_clause
from kg.extract.meetings.verb_chains import counted
from kg.extract.tree import children_of, subtree_of
from kg.model import ORDINALS

if TYPE_CHECKING:
    from kg.extract.meetings.clauses import Mention

ROUND_NOUNS = {"round", "meeting", "session", "cycle"}


def round_of(token: Token) -> int | None:
    """The ordinal of a round, meeting or session noun ("the third round", "a second such meeting"), or of an
    ordinal standing for one ("... and the second, held in London"). A first meeting counted from a time ("their
    first meeting in a decade", "the first talks since 2019") is a first in that time, not round one."""
    found = _ordinal_of(token)
    if found == 1 and (_counted_from_a_time(token) or _first_of_a_kind(token)):
        return None
    if found is not None and token.lemma_ not in ROUND_NOUNS - {"meeting"} and _counted_this_period(token):
        return None  # "his third summit with Kim this year": a count of the year's summits, no round of talks
    if found is not None and _a_sitting(token):
        return None
    return found


def _counted_this_period(token: Token) -> bool:
    """Whether a meeting noun is counted within a period the words after it name ("this year", "in a decade")."""
    end = sentence_of(token).end
    for t in token.doc[token.i + 1 : min(token.i + 8, end)]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"}:
            break
        if t.lower_ in {"this", "so"} and t.i + 1 < end and t.doc[t.i + 1].lower_ in {"year", "month", "far"}:
            return True
    return _counted_from_a_time(token)


def _a_sitting(token: Token) -> bool:
    """ "said after the first session that ...", "during the second session", "with X opening the first session": a
    sitting of the day's meeting, told of in passing with neither place nor talks of its own, not a round ("after a
    first session in Oman")."""
    if token.lemma_ != "session":
        return False
    passing = token.dep_ == "pobj" and token.head.lower_ in {"after", "before", "during"}
    presided = token.dep_ == "dobj" and token.head.lemma_ in SITTING_VERBS
    return (passing or presided) and not any(c.dep_ == "prep" for c in children_of(token))


SITTING_VERBS = {"open", "close", "address", "chair", "adjourn"}
"""Verbs of presiding over one sitting of a meeting: "with the host's minister opening the first session"."""


def _first_of_a_kind(token: Token) -> bool:
    """ "the first direct meeting between A and B", "the first meeting of a new forum": a first of its kind, not the
    first of numbered rounds."""
    if token.lemma_ in {"round", "cycle"}:
        return False
    qualified = any(c.dep_ in {"amod", "compound"} and c.lower_ not in ORDINALS for c in children_of(token))
    of_new = any(c.dep_ == "prep" and c.lower_ in {"of", "between"} for c in children_of(token))
    return qualified or of_new


_A_SPAN_OF_TIME = re.compile(
    r"(?:more than |over |almost |nearly |about |at least |some )?(?:a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+|several|many) (?:full )?(?:year|decade|month|week)s?\b"
)
"""A span of time something is the first in: "(in) more than a year", "(in) two decades"."""


def _counted_from_a_time(token: Token) -> bool:
    following = token.right_edge.i + 1
    end = sentence_of(token).end
    if following < end and token.doc[following].lower_ == "since":
        return True  # "the first meeting between the two since X won": a clause the parser may hang elsewhere
    if following < end and token.doc[following].lower_ in {"in", "for"}:
        after = token.doc[following + 1 : min(following + 5, end)]
        if any(t.lemma_ in {"year", "decade", "month", "week"} for t in after):
            return True  # "first formal talks in a year", "the first meeting in more than a decade", however parsed
    for t in token.doc[token.i + 1 : min(token.i + 12, end)]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"}:
            break
        if t.lower_ in {"in", "for"} and _A_SPAN_OF_TIME.match(token.doc[t.i + 1 : min(t.i + 5, end)].text.lower()):
            return True  # "the first formal round of '5+2' talks in more than a year", the phrase hung on the talks
    holders = [token, token.head] if token.dep_ == "dobj" else [token]  # "hold first talks in a year", however hung
    for child in (c for holder in holders for c in children_of(holder)):
        if child.dep_ == "prep" and child.lower_ in {"since", "without"}:
            return True  # "the first meeting since the war", "their first meeting without mediators": a kind
        if child.dep_ in {"advcl", "relcl", "acl"} and any(
            g.dep_ == "mark" and g.lower_ == "since" for g in children_of(child)
        ):
            return True  # "the first such visit since a deal was signed"
        if child.dep_ == "prep" and child.lower_ in {"in", "for"}:
            clauses = {d.i for t in subtree_of(child) if t.dep_ == "relcl" for d in subtree_of(t)}
            words = [t for t in subtree_of(child) if t.i not in clauses]  # not "the first round in X, which ran ..."
            spans = any(t.ent_type_ == "DATE" and not t.like_num and t.lower_ not in MONTHS for t in words)
            if spans or any(t.lemma_ in {"year", "decade", "month", "week"} for t in words):
                return True  # not "held a first round in Lima in 2019": the year it was held
    return False


def _ordinal_of(token: Token) -> int | None:
    found = ordinal_word_of(token)
    if found is not None and found[1].lower_[:1].isdigit() and token.lemma_ not in ROUND_NOUNS and found[1] != token:
        return None  # "the 16th BRICS summit": an edition of the gathering, not a round of the talks in it
    return found[0] if found is not None else None


def ordinal_word_of(token: Token) -> tuple[int, Token] | None:
    """The number of the ordinal a meeting word carries, with the ordinal's word."""
    if token.lower_ in ORDINALS and token.dep_ not in {"amod", "nummod"}:
        return ORDINALS[token.lower_], token
    for child in children_of(token):
        if child.lower_ in ORDINALS and child.dep_ in {"amod", "nummod"}:
            return ORDINALS[child.lower_], child
        if child.lower_ in ORDINALS and child.dep_ == "appos" and all(c.dep_ == "det" for c in children_of(child)):
            return ORDINALS[child.lower_], child  # "The latest round, the sixth, closed ..." (not "the first in years")
    for owner in (c for c in children_of(token) if c.dep_ == "poss" and c.tag_ == "NNS" and c.i < token.i):
        # "the sixth foreign ministers' dialogue": the ordinal hung on the plural possessive before the noun
        counted = [c for c in children_of(owner) if c.lower_ in ORDINALS and c.dep_ in {"amod", "nummod"}]
        if counted and any(c.text in {"'", "’"} for c in children_of(owner)):
            return ORDINALS[counted[0].lower_], counted[0]
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 and token.pos_ != "VERB" else None  # not "first signed": at first
    if previous is not None and previous.lower_ in ORDINALS:
        return ORDINALS[previous.lower_], previous
    if previous is not None and previous.lower_ == "such" and token.i > 1 and doc[token.i - 2].lower_ in ORDINALS:
        return ORDINALS[doc[token.i - 2].lower_], doc[token.i - 2]
    return None


def _time_told(trigger: Token) -> int | None:
    """The count of a meeting verb's "for the third time" ("met for a second time"): its round, from the second on
    (not "for the first time in years", nor "for the second time this year", a count of something else)."""
    if trigger.pos_ != "VERB":
        return None
    times = [o for p in children_of(trigger) if p.lower_ == "for" for o in children_of(p) if o.lemma_ == "time"]
    for time in times:
        counted = [ORDINALS[c.lower_] for c in children_of(time) if c.dep_ == "amod" and c.lower_ in ORDINALS]
        bounded = any(c.dep_ in {"prep", "npadvmod"} for c in children_of(time))  # "in years", "this year"
        if counted and counted[0] >= 2 and not bounded:
            return counted[0]
    return None


def _ordinal_told(ordinal: Token) -> int | None:
    """The round an ordinal said of a meeting word gives ("was the fourth", ", the eighth,"), but for a first counted
    from a time or between the sides: "the first between the two leaders in a year" is no first round."""
    number = ORDINALS[ordinal.lower_]
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(ordinal))
    return None if number == 1 and (_counted_from_a_time(ordinal) or between) else number


def sentence_round(sentence: Span, trigger: Token, single: bool) -> int | None:
    """The round the trigger is, or, in a sentence with one trigger, any round the sentence numbers."""
    own = round_of(trigger) or _time_told(trigger) or _the_latest_of_a_count(trigger)
    if own is None and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
        said = [c for c in children_of(trigger.head) if c.dep_ == "attr" and c.lemma_ in ROUND_NOUNS]
        own = round_of(said[0]) if said else None  # "The talks, which X hosts, are the second cycle"
        counted = [c for c in children_of(trigger.head) if c.dep_ == "attr" and c.lower_ in ORDINALS]
        if own is None and counted and trigger.lemma_ in ROUND_NOUNS:
            own = _ordinal_told(counted[0])  # "The round was the fourth since ..."
    apposed = [c for c in children_of(trigger) if c.dep_ == "appos" and c.lower_ in ORDINALS]
    if own is None and apposed and trigger.lemma_ in ROUND_NOUNS | {"meeting"}:
        own = _ordinal_told(apposed[0])  # "The latest round, the eighth, was held in X"
    if own is not None or not single:
        return own
    for token in tokens_in(sentence):
        if token.lemma_ in ROUND_NOUNS and not in_a_time_clause(token, trigger):
            found = round_of(token)
            if found is not None:
                return found
    return None


def earlier_rounds(trigger: Token, last: int | None, count: int) -> list[int] | None:
    """The numbers of ``count`` rounds a plural "previous" or "earlier" round noun tells apart, the last of them
    ``last`` ("the previous rounds, on May 16 and June 2", before the third: 1 and 2); None where they are not
    told so."""
    earlier = trigger.tag_ == "NNS" and any(c.lower_ in {"previous", "earlier"} for c in children_of(trigger))
    if not earlier or last is None or last < count:
        return None
    return list(range(last - count + 1, last + 1))


def round_after(trigger: Token, before: Sequence[Mention]) -> int | None:
    """The number of "the next round" after the numbered ones told before ("the 24th meeting ... The next round will
    be held in China"; "opened a sixth round ... The fifth round was held in X ... The next round"): one more than
    the latest held (or told); of "the previous round", one less than the last one held."""
    if trigger.lemma_ not in ROUND_NOUNS and trigger.lower_ not in ROUND_NOUNS:  # ("meeting" read as a verb)
        return None
    if any(c.dep_ == "amod" and c.lower_ == "previous" for c in children_of(trigger)):
        # "held the 23rd round ... The previous round was held in X": one less than the last one held
        held = [m.round for m in before if isinstance(m.round, int) and m.status in {"held", "ongoing"}]
        if held:
            return held[-1] - 1 if held[-1] > 1 else None
    if any(c.dep_ == "amod" and c.lower_ in {"previous", "last"} for c in children_of(trigger)) and _told_as_past(
        trigger
    ):
        # "will hold the 24th round on Tuesday ... The last round was held in X": one less than the one to come
        planned = [m.round for m in before if isinstance(m.round, int) and m.status == "planned"]
        return planned[-1] - 1 if planned and planned[-1] > 1 else None
    if not any(c.dep_ == "amod" and c.lower_ == "next" for c in children_of(trigger)):
        return None
    numbered = [m.round for m in before if isinstance(m.round, int)]
    held = [m.round for m in before if isinstance(m.round, int) and m.status in {"held", "ongoing"}]
    return max(held or numbered) + 1 if numbered else None  # after the latest held, not one told in passing


def _told_as_past(trigger: Token) -> bool:
    """Whether the clause a meeting word stands in tells of it in the past: "The last round was held in X"."""
    verb = trigger.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were"} for c in children_of(verb)
    )


def _the_latest_of_a_count(trigger: Token) -> int | None:
    """The number of rounds counted when the meeting placed is the latest of them: "have held three rounds of
    talks, most recently in Lisbon on Oct. 1" (that one was the third)."""
    if trigger.lemma_ not in ROUND_NOUNS or trigger.tag_ != "NNS":
        return None
    count = next((c for c in children_of(trigger) if c.dep_ == "nummod"), None)
    number = count_of(count) if count else None
    verb = trigger.head
    latest = any(
        c.lower_ == "recently" and any(m.lower_ == "most" for m in children_of(c))
        for c in subtree_of(verb)
        if c.i > trigger.i
    )
    return number if number and latest else None


MANY_WORDS = {"several", "multiple", "numerous", "many", "repeated"}
"""Words that count occasions without a number: "several rounds", "repeated meetings"."""


def counted_occasions(noun: Token) -> bool:
    """Whether a plural round or meeting noun counts several occasions ("several meetings", "three rounds of talks",
    the rounds counting the talks): a series told as held, not one vague meeting."""
    noun = counted(noun)
    if noun.lemma_ not in ROUND_NOUNS or noun.tag_ != "NNS":
        return False
    return any(
        c.dep_ == "nummod" and (count_of(c) or 0) > 1 or c.dep_ == "amod" and c.lower_ in MANY_WORDS
        for c in children_of(noun)
    )


def round_of_talks(round_word: Token, talk_nouns: frozenset[str]) -> bool:
    """Whether "round" is a round of talks: "the second round", "a round of talks", "the high-level round came and
    went", "the Doha round of May 3-4"; not "a round of sanctions" nor "round-the-clock"."""
    return (
        any(t.lower_ in talk_nouns and t.tag_ == "NNS" for t in subtree_of(round_word))
        or any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in children_of(round_word))
        or not (any(_of_a_thing(c) for c in children_of(round_word)) or round_word.dep_ == "compound")
    )


def _of_a_thing(child: Token) -> bool:
    """Whether a word's child is an "of" phrase naming a thing ("a round of sanctions"), not a day ("the round of
    May 3-4")."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and not any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in children_of(child))
    )
