"""Words of brokering that broker nothing where they stand: in what is only proposed or asked for, inside the topic
a meeting discussed, or a rotating chair of an organisation of states."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import Context
from kg.extract.meetings.words import DISCUSSING_VERBS, PROPOSAL_NOUNS, PROPOSAL_VERBS
from kg.extract.tree import ancestors_of, children_of
from kg.gazetteer import lexicon


def only_proposed(word: Token) -> bool:
    """Whether a broker's word stands in what is proposed or asked for, not done: "rejected a proposal to bring in
    the UN as mediators", "proposed that the UN mediate", "a demand for the AU to chair the talks"."""
    for verb in (a for a in ancestors_of(word) if a.pos_ in {"VERB", "AUX"}):
        if (
            verb.dep_ == "acl"
            and verb.head.lemma_ in PROPOSAL_NOUNS
            and any(c.lower_ == "to" for c in children_of(verb))
        ):
            return True  # "a proposal to bring in X as mediators"
        if verb.dep_ == "ccomp" and verb.head.lemma_ in PROPOSAL_VERBS:
            return True  # "proposed that the UN mediate"
        if verb.dep_ not in {"xcomp", "conj", "advcl"}:
            return False
    return False


def in_a_topic_discussed(word: Token) -> bool:
    """Whether a broker's word stands inside the topic a meeting discussed, not in what tells of the meeting (nor
    of a deal discussed: "discussed the Quito Accord signed in the presence of X" names its signing's brokers; nor of
    a meeting discussed: "discussed plans for the next round, to be held in X under the auspices of Y", Y brokers
    that round, a word of brokering, not a party's name, standing in that meeting's phrase)."""
    inner_meeting = lexicon().meeting_nouns if word.pos_ != "PROPN" else frozenset()
    for above in (word, *ancestors_of(word)):
        if above != word and above.lower_ in inner_meeting:
            return False
        if (
            above.dep_ == "dobj"
            and above.head.lemma_ in DISCUSSING_VERBS
            and above.lemma_.lower() not in AGREEMENT_NOUNS
        ):
            return True
    return False


def brokers_nothing(word: Token, ctx: Context) -> bool:
    """Whether a word of brokering brokers nothing here: only proposed, a topic discussed, a rotating chair."""
    return only_proposed(word) or in_a_topic_discussed(word) or chairs_a_body(word, ctx)


def chairs_a_body(verb: Token, ctx: Context) -> bool:
    """Whether a verb of chairing has an organisation of states for its object, one whose work is not mediation:
    "Malaysia, which chairs ASEAN this year" holds a rotating chair, brokering nothing (not "France, which co-chairs
    the Minsk Group")."""
    if verb.lemma_.lower().removeprefix("co-") not in {"chair", "head", "preside"} or verb.pos_ != "VERB":
        return False
    bodies = [m for o in children_of(verb) if o.dep_ == "dobj" and (m := ctx.party_at(o.i)) is not None and m.known]
    return any(ctx.gazetteer.is_international(m.party) and not ctx.gazetteer.mediates(m.party) for m in bodies)
