"""Mentions of one sentence that are one meeting: talks and the signing that concludes them, and a meeting verb
that modifies a meeting noun ("talks hosted by ...")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import clause_verb
from kg.extract.dates import DateRange
from kg.extract.meetings.clauses import Mention, via_prepositions
from kg.extract.meetings.triggers import is_weak
from kg.extract.meetings.words import AGREEMENT_VERBS, CLOSING_PARTICIPLES, CLOSING_VERBS
from kg.extract.tree import ancestors_of, children_of


def join_conclusions(mentions: list[Mention]) -> list[Mention]:
    """ "signed a declaration in Jeddah on Thursday after talks that began on May 6" is one meeting: the talks
    and the signing that ends them; its dates run from the talks' start to the signing."""
    kept = list(mentions)
    for talks in mentions:
        for signing in mentions:
            if talks is signing or signing not in kept or talks not in kept:
                continue
            verb = clause_verb(signing.trigger)
            if verb.lemma_ not in AGREEMENT_VERBS and not is_weak(signing.trigger):
                continue  # "hosting the second summit, eight months after their first meeting": two meetings
            if signing.round and talks.round and signing.round != talks.round:
                continue
            after = [a for a in ancestors_of(talks.trigger) if a.lower_ in {"after", "following"}]
            if not (after and via_prepositions(talks.trigger, verb) or _closes(talks, verb)):
                continue
            signing.city = signing.city or talks.city
            signing.country = signing.country or talks.country
            signing.venue = signing.venue or talks.venue
            signing.round = signing.round or talks.round
            signing.mediators = list(dict.fromkeys(signing.mediators + talks.mediators))
            spans = [d for d in (signing.dates, talks.dates) if d]
            if spans:
                signing.dates = DateRange(min(d.start for d in spans), max(d.end for d in spans))
            signing.window = signing.window or talks.window
            signing.days = signing.days or talks.days
            kept.remove(talks)
    return kept


def _closes(talks: Mention, verb: Token) -> bool:
    """Whether the talks are the object of a participle of closing hung on the signing's verb."""
    trigger = talks.trigger
    closing = trigger.head
    if trigger.dep_ == "dobj" and closing.lemma_ in CLOSING_VERBS and closing.head == verb:
        return True
    # the parser often hangs "closing" on the talks as a modifier ("closing U.S.-hosted talks that opened ...")
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in CLOSING_PARTICIPLES for c in children_of(trigger))


def fold_modifiers(mentions: list[Mention]) -> list[Mention]:
    """ "talks hosted by the Kazakh government", "hosted a conference attended by A and B": a meeting verb that
    modifies another meeting word of its sentence, or takes it as its object, is that meeting, and gives it its
    brokers and sides."""
    kept = list(mentions)
    by_trigger = {m.trigger.i: m for m in mentions}
    for mention in mentions:
        trigger = mention.trigger
        noun = by_trigger.get(trigger.head.i) if trigger.dep_ in {"acl", "relcl"} else None
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(trigger)):
            # "held five rounds of talks in Baghdad, hosted by Iraq": the participle describes the verb's object
            noun = next(
                (by_trigger[c.i] for c in children_of(trigger.head) if c.dep_ == "dobj" and c.i in by_trigger), None
            )
        if trigger.pos_ == "VERB" and noun is None:  # "Russia hosted a conference attended by A, B and C"
            noun = next((by_trigger[c.i] for c in children_of(trigger) if c.dep_ == "dobj" and c.i in by_trigger), None)
            if (
                noun is not None
                and (noun.dates or noun.city)
                and (noun.dates, noun.city) != (mention.dates, mention.city)
            ):
                continue  # the object's own place or days differ: not one telling of one meeting
        if noun is None or noun is mention or noun not in kept:
            continue
        noun.mediators = list(dict.fromkeys(noun.mediators + mention.mediators))
        noun.parties = list(dict.fromkeys(noun.parties + mention.parties))
        kept.remove(mention)
    return kept
