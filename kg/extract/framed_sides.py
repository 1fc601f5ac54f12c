"""Sides the gazetteer does not know: organisations the text casts as a side by their members, their own name or
an apposition ("Renamo leader X", "the X Liberation Front", "the X Movements, an alliance of rebel groups")."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.tokens import Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import first_conjunct, of_objects, tokens_of
from kg.extract.group_names import GROUP_NOUNS_AFTER_NAMES, POLITICAL_GROUP_HEADS
from kg.extract.short_forms import head_word
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon
from kg.model import PartyKind

if TYPE_CHECKING:
    from kg.extract.parties import PartyMention

UNIT_HEADS = {"district", "command", "corps", "division", "brigade", "regiment", "battalion", "fleet", "directorate"}
"""Last words of the names of a state's military or administrative units, which have commanders but are no side."""


def framed_sides(mentions: list[PartyMention]) -> dict[str, PartyKind]:
    """Organisations the gazetteer does not know that the text casts as a side by naming its members ("Renamo
    leader Ossufo Momade", "a Renamo general", "M23 fighters", "the movement's negotiators"), with the kind of side
    the member nouns make of them (an armed group when any does)."""
    kinds = {noun: kind for kind, nouns in lexicon().member_nouns.items() for noun in nouns}
    found: dict[str, PartyKind] = {m.party: "organisation" for m in mentions if m.how == "opposition"}
    unknown = [m for m in mentions if m.how == "org"]
    if not unknown:
        return found
    from kg.extract.oppositions import named_the_opposition  # it reads states with the parties module

    found.update({m.party: "organisation" for m in unknown if named_the_opposition(m.span)})  # "the opposition X"
    # the name where the model tagged it, and the same one-word name wherever else it stands untagged
    roots = [(m.party, m.span.root, m.span[-1]) for m in unknown]
    single = {m.party for m in unknown if len(m.span) == 1 or m.span[0].lower_ == "the" and len(m.span) == 2}
    doc = unknown[0].span.doc
    roots.extend((t.text, t, t) for t in tokens_of(doc) if t.text in single and t.pos_ == "PROPN")
    generic = lexicon().institution_heads
    known = {m.span.root.i for m in mentions if m.known}
    named = known | {root.i for _, root, _ in roots}  # ("A Front and the B Council held talks": two such bodies)
    for name, root, last in roots:
        if name.lower() in generic or name.split()[-1].lower() in UNIT_HEADS:
            continue  # "Army commanders", "the South Xinjiang Military District": a unit of some state, no side
        kind = _member_kind(root, kinds) or _named_as_group(name, root) or _before_a_group_noun(last)
        if kind is None and (_meets_beside_a_side(root, named) or _brokers_by_name(last)):
            kind = "organisation"
        if kind is not None and found.get(name) != "armed_group":
            found[name] = kind
    return found


ARMED_NAME_HEADS = {"army", "forces", "brigade", "brigades", "militia", "militias"}
"""Last words of the names of armed groups: "the Free X Army", "the Rapid X Forces". (A state's own army or
forces, "the Sudanese Armed Forces", is read as that state before it gets here.)"""


def _named_as_group(name: str, root: Token) -> PartyKind | None:
    """The kind of side an organisation's own name makes of it: a name that ends in "Front", "Movement",
    "Army" or "Forces" is that of a group that can stand at talks, armed when its name or an adjective before it
    says so ("the paramilitary X Forces", "the X Liberation Front")."""
    words = name.lower().split()
    head = head_word(name.lower())  # "the X Movement of Y", "the Popular Front for ..."
    if (
        len(words) < 2
        or head not in ARMED_NAME_HEADS | POLITICAL_GROUP_HEADS
        and not {"liberation", "opposition"} & set(words)
    ):
        return None  # "Liberation" names a movement whatever its head ("the Liberation Tigers of X"), "Opposition" a
        # political side ("the Non-Signatory X Opposition Groups")
    before = {c.lower_ for c in children_of(root) if c.dep_ == "amod" and c.i < root.i}
    armed = head in ARMED_NAME_HEADS or (set(words) | before) & (ARMED_WORDS | {"paramilitary", "liberation"})
    return "armed_group" if armed else "organisation"


def _before_a_group_noun(root: Token) -> PartyKind | None:
    """The kind of side a lower-case group noun after a name makes of it: "the X armed group", "the Y militia",
    "the rebel Z movement" (a movement armed where a word before its name says so, however the parser hung it)."""
    head = root.head
    political = head.lower_ in POLITICAL_GROUP_HEADS
    if root.dep_ not in {"compound", "nmod", "amod"} or head.lower_ not in GROUP_NOUNS_AFTER_NAMES and not political:
        return None
    before = root.doc[max(root.left_edge.i - 2, 0) : root.left_edge.i]
    armed = any(c.lower_ in ARMED_WORDS for c in (*children_of(head), *before))
    return "armed_group" if armed or head.lower_ != "group" and not political else "organisation"


BROKERING_AGENT_VERBS = frozenset({"mediate", "facilitate", "broker", "chair", "convene", "sponsor"})
"""Verbs whose agent brokers talks: "talks facilitated by the X Centre", "chaired by the Y Programme"."""


def _brokers_by_name(last: Token) -> bool:
    """Whether an organisation's name is the agent of a verb of brokering: "talks chaired by the United Nations
    Environment Programme" (an organisation of its own that brokers, where the gazetteer does not know it)."""
    return last.dep_ == "pobj" and last.head.dep_ == "agent" and last.head.head.lemma_ in BROKERING_AGENT_VERBS


LEADING_VERBS = {"lead": "organisation", "head": "organisation", "command": "armed_group"}
"""Verbs of leading a group, with the kind of side they make of it ("who commands the X Brigades")."""


REPRESENTED_VERBS = {"represent", "lead", "head"}
"""Verbs whose passive names who speaks for a group: "the X Alliance was represented by Y"."""


GROUP_APPOSITIONS = {"alliance", "coalition", "group", "movement", "faction", "front", "umbrella", "militia"}
"""Nouns an apposition describes an organisation by as a side: "the X Movements, an alliance of rebel groups"."""
ARMED_WORDS = {
    *("rebel", "rebels", "armed", "militia", "insurgent", "insurgents", "guerrilla", "guerrillas"),
    *("militant", "militants", "jihadist", "jihadists"),
}


def _described_as_group(root: Token) -> PartyKind | None:
    """The kind of side an apposition to an organisation's name makes of it: "the Coordination of Azawad
    Movements, an alliance of rebel groups" (an armed group), "the X Platform, a coalition of parties"."""
    name = [t for t in subtree_of(root) if t.i >= root.i and t.ent_type_ and t.ent_type_ == root.ent_type_]
    for child in (c for t in name or [root] for c in children_of(t)):  # hung on the name's last word at times
        if child.dep_ == "appos" and child.lemma_.lower() in GROUP_APPOSITIONS and child.i > root.i:
            words = {t.lower_ for t in subtree_of(child)}
            return "armed_group" if words & ARMED_WORDS else "organisation"
    return None


def _spoken_for(root: Token) -> bool:
    """Whether a name is what someone signed or spoke "on behalf of": "signed on behalf of the X Movements"."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "behalf"


def _between_in_talks(root: Token) -> bool:
    """Whether a name stands in the "between" of talks or a deal, a side by the grammar of the sentence: "talks
    between the government and the Coordination of X Movements", "a deal between A, B and the X Council"."""
    current = first_conjunct(root)
    if current.dep_ != "pobj" or current.head.lower_ != "between":
        return False
    noun = current.head.head
    return noun.pos_ == "NOUN" and (noun.lower_ in lexicon().meeting_nouns or noun.lemma_ in AGREEMENT_NOUNS)


def _member_kind(root: Token, kinds: dict[str, str]) -> PartyKind | None:
    """The kind of side an organisation's name makes of it by the member noun or verb of leading it stands with:
    "Renamo leader", "M23 fighters", "the leader of the X Movement", "who leads the X Movement"."""
    described = _described_as_group(root)
    if described is not None:
        return described
    if _between_in_talks(root) or _spoken_for(root):
        return "organisation"
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ == "dobj" and head.lemma_ in LEADING_VERBS and head.pos_ == "VERB":
        return cast(PartyKind, LEADING_VERBS[head.lemma_])
    if (
        root.dep_ == "nsubjpass"
        and head.lemma_ in REPRESENTED_VERBS
        and any(c.dep_ == "agent" for c in children_of(head))
    ):
        return "organisation"  # "the X Alliance was represented by Y", "the X Front, led by Y"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in kinds:
        head = head.head  # "the leader of the X Movement"
    elif root.dep_ not in {"compound", "poss", "nmod"} or head.lower_ not in kinds:
        return None
    if not head.text.islower():
        return None  # "Supreme Leader": a title, not the leader of something named "Supreme"
    return cast(PartyKind, kinds[head.lower_])


MEETING_VERBS_OF_SIDES = {"meet", "negotiate", "talk"}
"""Verbs whose joint subjects are the sides of a meeting: "the government and the X Council met in Y"."""


def _meets_beside_a_side(root: Token, known: set[int]) -> bool:
    """Whether an organisation is joined by "and" to another side (``known``: one the gazetteer knows, or another such
    organisation) as the subject of a meeting: "Yemen's government and the Southern X Council met in Riyadh", "A and
    the X Council held talks", "the X Front and the Y Council held talks", "... agreed at talks"."""
    first = first_conjunct(root)
    conjuncts = [first, *(t for t in subtree_of(first) if t.dep_ == "conj" and first_conjunct(t) == first)]
    partners = [c for c in conjuncts if c != root]
    if not any(t.i in known for c in partners for t in (c, *children_of(c)) if t == c or t.dep_ in {"poss", "amod"}):
        return False
    verb = first.head
    if first.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    nouns = lexicon().meeting_nouns
    objects = [o for o in children_of(verb) if o.dep_ == "dobj"]
    held = any(o.lower_ in nouns or any(x.lower_ in nouns for x in of_objects(o)) for o in objects)  # "held (three
    # days of) talks"
    at = [o for p in children_of(verb) if p.lower_ in {"at", "during"} for o in children_of(p) if o.dep_ == "pobj"]
    return held or verb.lemma_ in MEETING_VERBS_OF_SIDES or any(o.lower_ in nouns for o in at)  # "agreed at talks"
