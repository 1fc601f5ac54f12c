"""Who took part in a meeting, for which side."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from kg.extract.base import Context, Finding, paragraph_of, sentence_of
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.climbing import climb
from kg.extract.meetings.named_sides import people_in, side_of
from kg.extract.meetings.sides import is_participant
from kg.extract.meetings.words import ACCOMPANY_VERBS, LEAD_VERBS, PARTICIPANT_NOUNS
from kg.extract.tree import children_of
from kg.gazetteer import lexicon
from kg.model import Attendance, Meeting


@cache
def _negotiator_words() -> frozenset[str]:
    """The words of a negotiator's role (the lexicon's "negotiator" class: negotiator, envoy, delegation ...)."""
    return frozenset(lexicon().role_nouns["negotiator"])


def _leads_team(token: Token) -> bool:
    """ "X led the delegation", "the team, headed by X", "led the American side, flanked by X"."""
    path = climb(token)
    head = path.head
    if path.dep_ == "nsubj" and head.lemma_ in LEAD_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ in PARTICIPANT_NOUNS for c in children_of(head))
    if path.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in LEAD_VERBS:
        return head.head.head.lower_ in PARTICIPANT_NOUNS or head.head.dep_ in {"acl", "relcl"}
    if path.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in ACCOMPANY_VERBS:
        return head.head.dep_ in {"acl", "advcl"}  # "..., flanked by X": the companions of a named leader
    return False


def _in_place(token: Token, city: str) -> bool:
    """A person introduced as a negotiator in the meeting's city: "the lead envoy in Geneva, Steve Witkoff"."""
    path = token
    head = path.head
    if path.dep_ == "appos" and head.text == city and head.dep_ == "pobj" and head.head.lower_ == "in":
        return head.head.head.lower_ in _negotiator_words() | PARTICIPANT_NOUNS  # the name parsed as the city's
    nouns = [head] if path.dep_ == "appos" else [c for c in children_of(token) if c.dep_ == "appos"]
    return any(
        noun.lower_ in _negotiator_words() | PARTICIPANT_NOUNS
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.text == city for g in children_of(c))
            for c in children_of(noun)
        )
        for noun in nouns
    )


def _following(sentence: Span, limit: int = 3) -> list[Span]:
    """The sentences after one in its paragraph (at most ``limit``): what they tell goes on about it."""
    doc = sentence.doc
    paragraph = paragraph_of(doc, sentence.start_char)
    found: list[Span] = []
    end = sentence.end
    while len(found) < limit and end < len(doc) and paragraph_of(doc, doc[end].idx) == paragraph:
        found.append(sentence_of(doc[end]))
        end = sentence_of(doc[end]).end
    return found


def _negotiator(name: str, ctx: Context) -> bool:
    """Whether a person's role makes them one of a side's negotiators ("chief negotiator", "special envoy")."""
    role = ctx.people.descriptions.get(name, (None, None, None))[0]
    if not role or role.lower().startswith("former"):
        return False
    return bool(set(role.lower().split()) & _negotiator_words())


def _attendees(mention: Mention, ctx: Context) -> Iterator[tuple[str, Span, bool]]:
    """(person, sentence, sure) for the people a meeting's sentence names as taking part in it.

    Sure: the sentence makes them a participant ("X met Y", "talks between X and Y", "X attended the talks", the
    host of a meeting), or has them lead a team. Not sure: a side's negotiator or envoy named in a sentence about
    the meeting ("Moscow's chief negotiator said the negotiations were difficult"); kept where their side is one of
    the meeting's.
    """
    trigger = mention.trigger
    seen: set[str] = set()
    for sentence in [mention.sentence, *_following(mention.sentence)]:
        own = sentence == mention.sentence
        for token, person in people_in(sentence, ctx):
            if person.name in seen:
                continue
            path = climb(token)
            linked = own and (
                (path.dep_ in {"nsubj", "dobj"} and path.head == trigger and trigger.pos_ == "VERB")
                or (
                    path.dep_ == "pobj"
                    and path.head.lower_ in {"between", "with", "among"}
                    and path.head.head == trigger
                )
                or (is_participant(token, trigger) and path.dep_ != "pobj")
            )
            sure = linked or _leads_team(token) or bool(mention.city and _in_place(token, mention.city))
            if sure or (own and _negotiator(person.name, ctx)):
                seen.add(person.name)
                yield person.name, sentence, sure


def attendance_of(cluster: Cluster, meeting: Meeting, ctx: Context, *, sole_in_city: bool) -> Iterator[Finding]:
    """Who took part in a meeting, for which side, each with the sentences that say so.

    Beside the people the meeting's own sentences name, a negotiator introduced as being in the meeting's city
    anywhere in the article ("the lead envoy in Geneva, X") took part, when no other meeting was held there.
    """
    sides = set(meeting.parties) | set(meeting.mediators)
    found: dict[str, list[Span]] = {}
    sure: dict[str, bool] = {}
    if meeting.location and sole_in_city and cluster.mentions[0].status != "planned":
        for person in ctx.people.persons:
            for span in person.mentions:
                if _in_place(span.root, meeting.location):
                    found.setdefault(person.name, []).append(sentence_of(span))
                    sure[person.name] = True
                    break
    for mention in cluster.mentions:
        if mention.status == "planned":
            continue  # a meeting still to come has no one at it yet
        for name, sentence, certain in _attendees(mention, ctx):
            found.setdefault(name, [])
            if sentence not in found[name]:
                found[name].append(sentence)
            sure[name] = sure.get(name, False) or certain
    for name, sentences in found.items():
        side = side_of(name, ctx)
        if not sure[name] and side not in sides:
            continue
        yield Finding(Attendance(name, meeting, side), tuple(sentences), 0.8 if sure[name] else 0.6)
