"""Sides a clause gives the people it names: the side a person leads or speaks for, the delegation they are
sent with or head, the person they accompany, and the side the sentence before is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.agreement_words import AGREEMENT_NOUNS
from kg.extract.base import has_subject, sentence_of
from kg.extract.government_sides import government_side, leader_s_government
from kg.extract.group_references import group_referred_to
from kg.extract.inverted_companions import COMPANY_VERBS, companion_before
from kg.extract.parties import GOVERNMENT_WORDS, government_named_before
from kg.extract.people import title_words
from kg.extract.referred_parties import owner_referred_to
from kg.extract.role_bodies import hyphened_as_backer
from kg.extract.side_phrases import his_or_hers, listed_after_a_person, side_phrase
from kg.extract.tree import children_of, rights_of, subtree_of
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context


SIDE_VERBS = {"lead", "head", "represent", "speak", "join"}
SIGNING_VERBS = {"sign", "negotiate", "initial", "countersign"}
"""Verbs whose "for" or "on behalf of" names the side a person acts for: "X signed for the opposition"."""


def _party_in_subtree(token: Token, ctx: Context, before: int | None = None) -> str | None:
    """The first side named under a word (before a position, where given)."""
    for t in subtree_of(token):
        if before is not None and t.i >= before:
            break
        mention = ctx.party_at(t.i)
        if mention is None or hyphened_as_backer(mention.span[-1]):
            continue  # "the Saudi-backed government delegation": its backer, not its side
        if (mention.known or mention.party in ctx.framed_sides) and ctx.people.at(t) is None:
            return mention.party
    return None


FACTION_NOUNS = {"faction", "wing", "movement", "group", "coalition", "alliance", "front", "party"}
"""Nouns for a group whose name stands on them: "the X Movement faction led by Y"."""


def _group_named_on(group: Token, ctx: Context) -> str | None:
    """An organisation the gazetteer does not know, named on the noun a leader heads: "the Sudan Liberation
    Movement faction led by X" (X speaks for that movement)."""
    if group.lower_ not in FACTION_NOUNS:
        return None
    for t in subtree_of(group):
        mention = ctx.party_at(t.i)
        if mention is not None and mention.how == "org" and mention.span.root.head == group:
            return mention.party
    return None


SEND_VERBS = {"send", "dispatch", "field", "include", "comprise", "feature", "name", "appoint"}
MADE_OF_VERBS = {"make", "consist", "compose", "comprise"}
"""Verbs a side's team is "made up of", "consisted of" or "composed of" its people with."""
PARTNER_WORDS = {"with", "alongside"}


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with ("was headed by X and included Y"); for "it"
    or "they" in a reported clause, the subject of the verb reporting it ("X said it had sent Y": X)."""
    for _ in range(3):
        for child in children_of(verb):
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child.lower_ in {"it", "they"} and verb.dep_ == "ccomp" and _clause_subject(verb.head) or child
        if verb.dep_ != "conj" or verb.head == verb:
            return None
        verb = verb.head
    return None


def side_from_clause(span: Span, ctx: Context) -> Reading:
    """(side, companion) from the clause a name stands in.

    "X led the American side", "X spoke for Moscow", "Moscow's team was headed by X", "Israel's delegation
    included X", "China sent X", "Kyiv was represented by a group under X"; "flanked by X", "accompanied by
    X", "together with X" and "A and X" make X a companion of the other person, who lends their side.
    """
    side = side_phrase(span, ctx)
    if side is not None:
        return side, None
    side, companion = _side_from_role_in_clause(span, ctx)
    if side is None and companion is None:
        # "Saudi Foreign Minister Prince Faisal and national security adviser Musaed al-Aiban"; not the two who
        # "will meet", talk or negotiate with each other
        root = span.root
        own = ctx.people.at(root)
        if (beside := companion_before(span.root, ctx)) is not None:
            return None, beside  # "Sitting with X were A and B": X's company, B's too (not two who sit together)
        if _meet_each_other(root):
            return None, None
        while root.dep_ == "conj" and root.head != root:
            partner = ctx.people.named_by(root.head)
            if partner is not None and own is not None and partner.name != own.name:
                return None, partner.name
            root = root.head
        if (listed := listed_after_a_person(span, ctx)) is not None:
            return None, listed
        twin = _subject_before_and(span.root)  # the same list, parsed as two subjects of one verb
        if twin is not None and span.root.head.lemma_ not in RECIPROCAL_VERBS:
            partner = ctx.people.named_by(twin)
            if partner is not None and own is not None and partner.name != own.name:
                return None, partner.name
    return side, companion


def _subject_before_and(word: Token) -> Token | None:
    """The subject set before a subject with only "and" between them, which the parser made twins rather than a
    list: "Saudi Foreign Minister A and national security adviser B hosted ..."."""
    doc = word.doc
    start = word.left_edge.i
    if word.dep_ != "nsubj" or start < 2 or doc[start - 1].lower_ != "and":
        return None
    twins = (c for c in children_of(word.head) if c.dep_ == "nsubj" and c.i < word.i)
    return next((c for c in twins if start - 2 <= c.right_edge.i < start), None)  # ("and" hung on the first)


RECIPROCAL_VERBS = {"meet", "talk", "negotiate", "clash", "spar", "sit"}
"""Verbs whose joint subjects act on each other: "A and B will meet", two sides, not one."""


def _meet_each_other(root: Token) -> bool:
    """Whether a name is one of the joint subjects of a verb of meeting each other, or one of two a broker brings
    together or hosts."""
    first = root
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first == root:
        return False
    rivals = [first.head] if first.dep_ == "appos" else [c for c in children_of(first.head) if c.dep_ == first.dep_]
    if any(r.lemma_.lower() in RIVAL_NOUNS for r in rivals):
        return True  # "the two rivals, A and B": two sides (the list set beside the noun, or parsed as its twin)
    verb = first.head
    brought = verb.lemma_ == "bring" and any(c.lower_ == "together" for c in children_of(verb))
    if (
        first.dep_ == "dobj"
        and (verb.lemma_ in {"host", "convene"} or brought)
        or first.dep_ == "nsubjpass"
        and brought
    ):
        return True  # "X brought A and B together", "X hosted A and B", "A and B were brought together": two sides
    held_talks = any(c.dep_ == "dobj" and c.lower_ in lexicon().meeting_nouns for c in children_of(verb))
    # "A and B signed the accord": the signatories of a deal, one for each side
    signed = verb.lemma_ in {"sign", "initial"} and any(
        c.dep_ == "dobj" and c.lower_ in AGREEMENT_NOUNS for c in children_of(verb)
    )
    # not "A and B met with a Peruvian delegation": the partner met with is the other side, A and B one
    partnered = any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lower_ not in {"other", "another"} for o in children_of(c))
        for c in children_of(verb)
    )
    reciprocal = verb.lemma_ in RECIPROCAL_VERBS or held_talks or signed  # "A and B held talks"
    return first.dep_ == "nsubj" and reciprocal and not partnered


RIVAL_NOUNS = {"rival", "foe", "adversary", "enemy", "opponent", "belligerent"}
"""Nouns of people or parties set against each other: "the two rivals, A and B"."""


Reading = tuple[str | None, str | None]
"""(side, companion): the side a clause gives a person, or the person whose side they share."""


def _side_from_role_in_clause(span: Span, ctx: Context) -> Reading:
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    titles = title_words()
    if root.dep_ == "appos" and root.head.i < root.i and (root.head.lower_ in titles or root.head.lemma_ in titles):
        root = root.head  # "Former vice president X led the government team", "Deputy ministers X and Y represented"
    elif root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in title_words():
        root = root.head.head  # "by former ambassador to Washington X": the name hung on the title's "to"
    patterns = (_from_the_side, _signed_for, _acting_for, _by_agent, _with_partner, _under_leader, _sent, _included)
    for pattern in patterns:
        found = pattern(root, ctx)
        if found is not None:
            return found
    return None, None


def _from_the_side(root: Token, ctx: Context) -> Reading | None:
    """ "From the Russian side, X, Y and Z took part", "On the Ukrainian side, X attended"."""
    holder = root
    for _ in range(6):  # "Chief of the General Staff of the Armed Forces X": the name hangs from the title
        if holder.dep_ in {"nsubj", "nsubjpass"} or holder.head == holder:
            break
        if holder.dep_ not in {"pobj", "prep", "compound", "appos"}:
            break
        holder = holder.head
    if holder.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for child in children_of(holder.head):
        if child.dep_ == "prep" and child.lower_ in {"from", "on", "for"} and child.i < holder.i:
            for obj in children_of(child):
                if obj.dep_ == "pobj" and obj.lower_ in SIDE_NOUNS and (side := _party_in_subtree(obj, ctx)):
                    return side, None
    return None


def _signed_for(root: Token, ctx: Context) -> Reading | None:
    """ "X signed for the opposition", "Y negotiated on behalf of the government": the side named after the verb."""
    head = root.head
    if root.dep_ != "nsubj":  # "X, president of the assembly, signed for ...", the name parsed as the root
        head = next((c for c in rights_of(root) if c.lemma_ in SIGNING_VERBS and not has_subject(c)), head)
    if not (root.dep_ == "nsubj" or head.head == root) or head.lemma_ not in SIGNING_VERBS:
        return None
    for child in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in {"for", "on"}):
        objects = [o for o in children_of(child) if o.dep_ == "pobj"]
        if child.lower_ == "on" and not any(o.lower_ == "behalf" for o in objects):
            continue  # "on behalf of X", not "signed on Tuesday"
        governments = (o for o in objects if o.lower_ in GOVERNMENT_WORDS)
        side = _party_in_subtree(child, ctx) or next(
            (government_named_before(o.doc, o.i, ctx.gazetteer) for o in governments), None
        )
        if side:
            return side, None
    return None


def _acting_for(root: Token, ctx: Context) -> Reading | None:
    """ "X led the American side", "X spoke for Moscow" (not "spoke with the Cuban leader")."""
    head = root.head
    if root.dep_ == "nsubj":  # "Speaking for Bolivia, Deputy Minister X said", "Representing Peru, X ..."
        opening = [c for c in children_of(head) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < root.i]
        head = next((c for c in opening if c.lemma_ in SIDE_VERBS), head)
    set_off = [c for c in children_of(root) if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_ in SIDE_VERBS]
    if set_off:  # "Foreign Minister X, speaking for Peru, said": the participle set off after the name
        head = set_off[0]
    elif root.dep_ not in {"nsubj", "nsubjpass"} or head.lemma_ not in SIDE_VERBS:
        return None
    for child in children_of(head):
        if child.dep_ in {"dobj", "attr"} or (child.dep_ == "prep" and child.lower_ in {"for", "on"}):
            side = _party_in_subtree(child, ctx) or (government_side(child, ctx) if child.dep_ == "dobj" else None)
            if side:  # "X led the American side", "X has led the government delegation"
                return side, None
    return None


def _named_on(noun: Token, ctx: Context) -> str | None:
    """The side a noun's own modifier names, before its owner's: "Yemen's Houthi movement" is the Houthis'."""
    for child in (c for c in children_of(noun) if c.dep_ in {"compound", "amod", "nmod"}):
        mention = ctx.party_at(child.i)
        if mention is not None and mention.known and ctx.people.at(child) is None:
            return mention.party
    return None


def _by_agent(root: Token, ctx: Context) -> Reading | None:
    """ "Moscow's team was headed by X", "a delegation led by X"; "flanked by X", "accompanied by X"."""
    if root.dep_ != "pobj" or root.head.lower_ != "by":
        return None
    by = root.head
    if by.i >= 2 and by.doc[by.i - 1].text in {"'s", "’s"} and (owner := ctx.party_at(by.i - 2)) and owner.known:
        return owner.party, None  # "Turkey's team was led by A and Iran's by B": the side is the one before "by"
    gapped = by.i >= 2 and by.doc[by.i - 2].lower_ in {"and", ","}
    if gapped and (owner := ctx.party_at(by.i - 1)) is not None and owner.known:
        return owner.party, None  # "A was represented by X, and B by Y": the verb left out after B
    while by.dep_ == "conj" and by.head.lower_ == "by" and by.head != by:
        by = by.head  # "accompanied by her deputy X and by Y": the verb of the first "by"
    verb = by.head
    if verb.dep_ == "pobj" and verb.head.head.lemma_ in {"head", "lead", "represent"} and verb.head.head.pos_ == "VERB":
        verb = verb.head.head  # "X was represented at the ceremony by Y": "by" hung on the place between
    if verb.pos_ in {"NOUN", "PROPN"} and verb.lower_ in SIDE_NOUNS:
        return _party_in_subtree(verb, ctx), None  # "..., and the Ukrainian delegation by X": the verb left out
    if verb.lemma_ in {"head", "lead", "represent"}:
        subject = _clause_subject(verb)
        if subject is not None and subject.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
            subject = verb.head  # "the Russian delegation, which was led by X"
        if subject is not None:  # "the government delegation was led by X", "the X Alliance was represented by Y"
            found = _named_on(subject, ctx) or _party_in_subtree(subject, ctx) or government_side(subject, ctx)
            if not found and (leader := leader_s_government(subject, ctx)):
                return None, leader  # "The government of President X is represented by Y": X's side
            return found or group_referred_to([subject], subject.doc[subject.i : subject.i + 1], ctx), None
        if verb.dep_ in {"acl", "relcl"}:  # "the delegations, led by X for A and Y for B": not A's or B's
            found = _party_in_subtree(verb.head, ctx, before=verb.i) or government_side(verb.head, ctx)
            sender = _clause_subject(verb.head.head) if verb.head.dep_ == "dobj" else None
            if not found and sender is not None and (leader := leader_s_government(sender, ctx)):
                return None, leader  # "The administration of X sent a team led by Y"
            if not found and (speaker := his_or_hers(verb.head, ctx)) is not None:
                return None, speaker  # "X said his delegation, led by Y, ...": X's side
            return found or _group_named_on(verb.head, ctx) or owner_referred_to(verb.head, ctx), None
    if verb.lemma_ in COMPANY_VERBS:
        return _companion(verb, ctx)
    return None


def _companion(verb: Token, ctx: Context) -> Reading | None:
    """The person (or side) a verb of accompanying makes its agent a companion of."""
    if verb.dep_ in {"acl", "advcl", "relcl"} and (person := ctx.people.named_by(verb.head)) is not None:
        return None, person.name  # "He Lifeng, ..., accompanied by X", "Y, who was accompanied by X"
    governor = verb
    if verb.dep_ in {"advcl", "acl"}:
        governor = verb.head
        while governor.pos_ not in {"VERB", "AUX"} and governor.head != governor:
            governor = governor.head  # "led the American side, flanked by X"
    subject = _clause_subject(governor)
    if subject is not None and (person := ctx.people.named_by(subject)) is not None:
        return None, person.name
    for obj in (c for c in children_of(governor) if c.dep_ == "dobj"):
        if (person := ctx.people.named_by(obj)) is not None:
            return None, person.name  # "Japan sent X, accompanied by Y"
    if subject is not None and (side := _party_in_subtree(subject, ctx)):
        return side, None
    return None


def _with_partner(root: Token, ctx: Context) -> Reading | None:
    """ "A met the envoys together with X": X shares A's side."""
    if root.dep_ != "pobj" or root.head.lower_ not in PARTNER_WORDS:
        return None
    governor = root.head.head
    if governor.pos_ == "ADV":  # "together with", "along with"
        governor = governor.head
    elif root.head.lower_ == "with" and _meets_with(governor):
        return None  # "X held talks with Y": Y is whom X met, the other side
    subject = _clause_subject(governor) if governor.pos_ in {"VERB", "AUX"} else None
    if subject is not None and (person := ctx.people.named_by(subject)) is not None:
        return None, person.name
    for agent in (c for c in children_of(governor) if c.dep_ == "agent"):  # "the team is headed by A, with B and C"
        for head in (o for o in children_of(agent) if o.dep_ == "pobj"):
            if (person := ctx.people.named_by(head)) is not None:
                return None, person.name
    return None


def _meets_with(verb: Token) -> bool:
    """Whether a verb's "with" names whom its subject meets: "met with", "held talks with", "spoke with"."""
    held = any(c.dep_ == "dobj" and c.lower_ in lexicon().meeting_nouns for c in children_of(verb))
    return verb.lemma_ in RECIPROCAL_VERBS | {"speak", "confer"} or held or verb.lower_ in lexicon().meeting_nouns


def _under_leader(root: Token, ctx: Context) -> Reading | None:
    """ "Kyiv was represented by a larger group under X"."""
    if root.dep_ != "pobj" or root.head.lower_ != "under" or root.head.head.pos_ != "NOUN":
        return None
    group = root.head.head
    side = _party_in_subtree(group, ctx) if group.lower_ in SIDE_NOUNS else None
    if side is None and group.dep_ == "pobj" and group.head.lower_ == "by":
        subject = _clause_subject(group.head.head)
        side = _party_in_subtree(subject, ctx) if subject is not None else None
    if side is None and group.lower_ in SIDE_NOUNS:
        # "Hamas was in town but not at the table: a delegation under X arrived": the side the sentence opens on
        opening = next((t for t in sentence_of(group) if t.dep_ == "nsubj" and t.i < group.i), None)
        side = _party_in_subtree(opening, ctx) if opening is not None else None
    return (side, None) if side else None


def _sent(root: Token, ctx: Context) -> Reading | None:
    """ "China sent X", "Israel's delegation included X", "the Chilean team, which included X"."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in MADE_OF_VERBS:
        subject = _clause_subject(root.head.head)  # "Chile's delegation was made up of X", "consisted of X"
        return (_party_in_subtree(subject, ctx), None) if subject is not None and subject.lower_ in SIDE_NOUNS else None
    if root.dep_ != "dobj" or root.head.lemma_ not in SEND_VERBS:
        return None
    verb = root.head
    subject = _clause_subject(verb)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return _party_in_subtree(verb.head, ctx, before=verb.i), None  # "the American delegation, which included X"
    return (_party_in_subtree(subject, ctx), None) if subject is not None else None


def _included(root: Token, ctx: Context) -> Reading | None:
    """ "Venezuela's delegation, including X, arrived": the side of the people a name is listed among."""
    if root.dep_ != "pobj" or root.head.lower_ != "including":
        return None
    noun = root.head.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ not in SIDE_NOUNS | {"representatives", "envoys"}:
        return None
    return _named_on(noun, ctx) or _party_in_subtree(noun, ctx, before=root.head.i) or government_side(noun, ctx), None


SIDE_NOUNS = {
    "team",
    "delegation",
    "group",
    "side",
    "negotiators",
    "contingent",
    "government",
    "leadership",
    "officials",
    "diplomats",
}
"""Nouns for a side's people: "a member of the Iranian team", "the North Korean delegation summoned reporters"."""


def side_from_previous_sentence(span: Span, ctx: Context) -> str | None:
    """ "Belgium welcomed the accord. Foreign Minister X said ...", "In Moscow, the mood was glum. Commentator X
    said ..." and "The Belgian delegation arrived. Foreign Minister X said ...": a person introduced at the head
    of a sentence speaks for the state that the sentence before, in the same paragraph, is about."""
    sentence = sentence_of(span)
    if span.start - sentence.start > 7 or span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = span.doc
    if sentence.start == 0 or "\n" in doc[sentence.start - 1].whitespace_ or "\n" in doc[sentence.start - 1].text:
        return None
    previous = sentence_of(doc[sentence.start - 1])
    for mention in ctx.parties_in(previous.start, previous.end):
        if not mention.known or not ctx.gazetteer.is_country(mention.party):
            continue
        root = mention.span.root
        if any(ctx.people.at(t) is not None for t in mention.span):
            continue
        topic = root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.i - previous.start <= 1
        if any(c.dep_ == "conj" for c in children_of(root)):
            return None  # "Chile and Peru held talks. Foreign Minister X said ...": either's
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "ROOT" or topic:
            return mention.party
        # "The North Korean delegation summoned reporters. Foreign Minister X disputed ...": a side's team
        team = root.head
        if (
            root.dep_ in {"amod", "compound", "poss"}
            and team.lower_ in SIDE_NOUNS
            and team.dep_ in {"nsubj", "nsubjpass"}
            and team.head.dep_ == "ROOT"
        ):
            return mention.party
    return None
