"""The tense of the clause a date stands in: whether what it dates is past or still to come ("will meet on
Monday", "the leaders are to meet", "is in Lima to attend talks on Friday", "met on Monday")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import sentence_of, tokens_in
from kg.extract.dates import WEEKDAYS
from kg.extract.meetings.words import PARTICIPANT_NOUNS, READINESS_ADJECTIVES
from kg.extract.name_runs import title_words
from kg.extract.people import plural_title
from kg.extract.tree import children_of
from kg.gazetteer import lexicon

_FUTURE_WORDS = {"will", "'ll", "shall", "next", "coming", "upcoming", "expected", "scheduled", "due", "planned"}


def is_future_context(sentence: Span) -> bool:
    """Whether a sentence speaks of something yet to happen ("will hold", "next week")."""
    return any(t.lower_ in _FUTURE_WORDS for t in tokens_in(sentence)) or any(
        t.lower_ == "to" and t.head.lemma_ in {"plan", "expect", "schedule", "set", "due"} for t in tokens_in(sentence)
    )


def had_been(word: Token) -> bool:
    """Whether a word is told in the past perfect: a plan overtaken ("the talks had been due to start", "had been
    scheduled for"), an event over ("the round had ended"); "had" on the word, or on the "be" a predicate adjective
    stands after."""
    holders = [word, word.head] if word.dep_ in {"acomp", "attr"} else [word]
    return any(c.dep_ == "aux" and c.lower_ == "had" for holder in holders for c in children_of(holder))


DECIDING_VERBS = frozenset({"agree", "decide", "consent", "commit", "pledge", "promise", "vow"})
"""Verbs of settling on a meeting to come: what a side "had agreed to" hold is still ahead of the story, the past
before the past being a report's ("said the parties had agreed to meet again in December")."""


def overtaken_plan(verb: Token) -> bool:
    """Whether a plan is told in the past perfect as overtaken ("the talks had been due to start in October"), not a
    decision reported in it ("had agreed to meet in December")."""
    return had_been(verb) and verb.lemma_ not in DECIDING_VERBS


def reported_as_over(trigger: Token) -> bool:
    """Whether a meeting word is the subject of a clause someone reports in the past before the past ("Peru said on
    Tuesday that the latest round had ended"): over by the day it was told on, and not where or when it was told."""
    verb = trigger.head
    saying = verb.head
    return (
        trigger.dep_ in {"nsubj", "nsubjpass"}
        and trigger.pos_ == "NOUN"
        and verb.tag_ == "VBN"
        and had_been(verb)
        and verb.dep_ == "ccomp"
        and saying.lemma_.lower() in lexicon().verbs_of_saying
    )


_STAYING_VERBS = {"remain", "stay"}
"""Verbs whose present tense sets out what comes next ("remains in Hanoi for a visit on Friday")."""

_PRESENT = {"VBZ", "VBP"}
_PLAN_VERBS = {"plan", "expect", "schedule", "set", "due", "intend", "agree", "aim", "prepare", "hope"}


def arranged_by_be_to(verb: Token) -> bool:
    """A present "be to" arranging what comes: "the leaders are to meet in Paris", "it is to be signed"."""
    infinitive = any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in children_of(verb))
    return infinitive and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in _PRESENT


SOURCE_VERBS = {"say", "report", "confirm", "announce", "tell"}
"""Verbs of a headline's source set after what it reports: "A, B to hold talks on Friday, C says"."""


def headline_infinitive(verb: Token) -> bool:
    """A headline's verb "to" makes future ("Iran, U.S. to hold talks on Sunday"): the sentence's own verb, one
    the parser hung on the names that open the headline, or one it hung on the plural noun of those who will meet
    and took for the headline's verb ("A, B envoys to hold talks in X")."""
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    if verb.dep_ in {"relcl", "acl"} and head.dep_ == "ROOT" and bool(head.ent_type_):
        return True
    if verb.dep_ == "xcomp" and head.ent_type_ and head.pos_ != "VERB" and sentence_of(verb).start == 0:
        return True  # "A, B chiefs to meet in X as truce holds", "to meet" hung on the first name
    titled = head.lower_ in PARTICIPANT_NOUNS or head.lemma_ in title_words() or plural_title(head)
    if verb.dep_ in {"relcl", "acl"} and head.dep_ == "ROOT" and head.pos_ == "NOUN" and titled:
        return True  # "US envoy to join talks on Thursday": a live blog's entry heading
    sentence = sentence_of(verb)
    root = sentence.root
    sourced = root.tag_ == "VBZ" and root.lemma_ in SOURCE_VERBS and verb.i < root.i
    if verb.dep_ in {"ccomp", "relcl", "acl"} and sourced:
        return True  # "Iran, U.S. to hold talks in Rome on Friday, Oman says": the headline's source after it
    return (
        verb.dep_ == "xcomp"
        and head.dep_ == "ROOT"
        and head.tag_ == "VBZ"
        and sentence.start == 0
        and (head.lower_ in PARTICIPANT_NOUNS or plural_title(head))
    )


MAYBE_AUXILIARIES = {"could", "may", "might", "should"}
"""Modal verbs that put what they govern in the future as a possibility: "a new round could take place in January"."""


def invited_to(token: Token) -> bool:
    """Whether a word lies in what someone is invited to ("invited the two leaders to a further meeting in
    March"): a meeting to come, whatever the tense of the invitation."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in {"to", "for"} and token.head.head.lemma_ == "invite":
            return True  # (also "invited X to Santiago for talks in April")
        if token.dep_ == "xcomp" and token.head.lemma_ == "invite":
            return True  # "invited them to talks", parsed as an infinitive
        token = token.head
    return token.dep_ == "xcomp" and token.head.lemma_ == "invite"  # "invited them to take part in talks"


_TIMETABLE_VERBS = frozenset(
    "meet hold gather convene resume reconvene open start begin sit travel fly visit host arrive sign head return go "
    "leave".split()
)
"""Verbs whose simple present with a weekday tells a timetable: "Chile and Peru meet in Quito on Thursday" (not
"the talks follow a summit on Thursday")."""


def _after_the_invitation(span: Span) -> bool:
    """Whether a date hangs on a verb of inviting after the meeting it invites to: "has invited A and B to a
    conference in X on Sunday" (the conference's day, not the invitation's)."""
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return verb.lemma_ == "invite" and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i < span.start and any(o.dep_ == "pobj" for o in children_of(c))
        for c in children_of(verb)
    )


WILL_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})


def plainly_to_come(span: Span) -> bool:
    """Whether a date expression's clause tells of a day still to come, whatever day the story was written on: "the
    sides will meet again on Jan. 12", a timetable in the present ("talks are scheduled to resume on Jan. 12", "the
    envoys are due to meet"); not "said they would meet", whose day may be gone by the time of writing."""
    verb = _verb_of(span)
    for _ in range(3):
        if _auxiliaries(verb) & WILL_AUXILIARIES:
            return True
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_ not in SETTING_VERBS | {"due"}:
            return False
        if _auxiliaries(head) & {"is", "are", "'re", "'s"}:
            return True
        verb = head
    return False


def _verb_of(span: Span) -> Token:
    """The verb of the clause a date expression stands in (its root where none is above it)."""
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}}


def clause_is_future(span: Span) -> bool | None:
    """The tense of the clause a date expression stands in: True future, False past, None when unclear."""
    if invited_to(span.root) or _after_the_invitation(span):
        return True
    if _an_occasion_before(span):
        return False  # "Following progress at Monday's meeting, a second meeting will be held ...": gone by
    verb = _verb_of(span)
    for _ in range(4):
        auxiliaries = _auxiliaries(verb)
        if auxiliaries & WILL_AUXILIARIES:
            return True
        told = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" else verb.head
        reported = told.tag_ == "VBD" or told.tag_ == "VBG" and told.dep_ in {"advcl", "conj", "xcomp"}
        if "would" in auxiliaries and verb.dep_ in {"ccomp", "conj"} and reported and told != verb:
            # "said the talks would resume on Feb. 20" (or "were intensive and would continue on ..."), "..., adding
            # that the third round would be held on Sept. 17"
            return True
        if "to" in auxiliaries and headline_infinitive(verb):
            return True  # a headline's "Iran, U.S. to hold talks on Sunday"
        if arranged_by_be_to(verb):
            return True  # "the commanders are to meet on Tuesday"
        maybe = auxiliaries & MAYBE_AUXILIARIES and "have" not in auxiliaries
        if maybe and (verb.tag_ == "VB" or "be" in auxiliaries):
            return True  # "a new round could take place in January"
        if _set_for(span, verb) and "had" not in auxiliaries:
            return True  # "a meeting has been set for Friday", "talks were scheduled for Monday": a day to come
        if verb.tag_ == "VBD" or auxiliaries & {"had", "has", "have", "did", "was", "were"}:
            return False
        if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
            return False  # "a statement issued after weekend talks"
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _PLAN_VERBS and not overtaken_plan(verb.head):
            return True  # not "the round, which had been scheduled to take place on Saturday": gone by
        if verb.dep_ == "xcomp" and verb.head.lower_ in READINESS_ADJECTIVES and verb.head.head.tag_ in _PRESENT:
            return True  # "A and B are ready to take part in talks in X this weekend"
        if verb.tag_ in _PRESENT and verb.lemma_ in _STAYING_VERBS and verb.dep_ == "ROOT":
            return True  # "Kim remains in Hanoi for an official visit on Friday and Saturday"
        if (
            verb.tag_ in _PRESENT
            and not auxiliaries
            and verb.lemma_ in _TIMETABLE_VERBS
            and any(word in WEEKDAYS for word in span.text.lower().split())
        ):
            return True  # "Chile and Peru meet in Quito on Thursday": the present of a timetable
        if _present_purpose(verb) and any(word in WEEKDAYS for word in span.text.lower().split()):
            return True  # "the minister is in China to attend a meeting on Tuesday", "is in Lima for talks on Friday"
        if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acl"} and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    return None


def _an_occasion_before(span: Span) -> bool:
    """Whether a day names, by its possessive, a meeting inside a phrase of what came before: "following progress at
    Monday's meeting", "after Tuesday's talks"."""
    root = span.root
    if root.dep_ != "poss":
        return False
    for above in root.head.ancestors:
        if above.lower_ in {"after", "following"} and above.dep_ == "prep":
            return True
        if above.pos_ in {"VERB", "AUX"} and above.lower_ != "following":
            return False
    return False


SETTING_VERBS = frozenset({"set", "schedule", "plan", "slate", "fix", "arrange"})
"""Verbs that fix the day of something to come: "set for Friday"."""


def _set_for(span: Span, verb: Token) -> bool:
    """Whether a date is the "for" of a verb that fixes a day: "has been set for Friday"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head == verb and verb.lemma_ in SETTING_VERBS


def _present_purpose(verb: Token) -> bool:
    """Whether a verb is the purpose of a stay in the present ("is in China to attend ..."), or that stay itself
    with what it is for ("is in Lima for talks"): what it is for is still to come."""
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        verb = verb.head  # "to attend", hung on "is"
    elif not any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(verb)):
        return False
    return (
        verb.lemma_ in _STAYING_VERBS | {"be", "arrive", "travel", "head"}
        and verb.tag_ in _PRESENT
        and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
    )
