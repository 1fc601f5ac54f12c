"""The story's sides and brokers read from the whole article: the parties a meeting that names too few sides
is filled from, the countries acting in the story, and the organisations whose work is mediation."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.agreement_words import AGREEMENT_NOUNS, DOCUMENT_NOUNS
from kg.extract.base import Context, first_conjunct, paragraph_of, sentence_of, sentences_of, tokens_of
from kg.extract.meetings.abstention import BOYCOTTING_VERBS, DENYING_LEMMAS, denies_a_part
from kg.extract.meetings.cast_roles import OBSERVER_NOUNS, cast_as, watches
from kg.extract.meetings.clauses import Cluster, Mention
from kg.extract.meetings.idle_brokers import in_a_topic_discussed
from kg.extract.meetings.named_sides import names_the_place, participant_tokens
from kg.extract.meetings.occasions import dated_in_a_list
from kg.extract.meetings.sides import former
from kg.extract.meetings.triggers import raised_subjects
from kg.extract.meetings.words import (
    CARRYING_VERBS,
    LEAVING_VERBS,
    PARTICIPANT_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    SCHEDULING_VERBS,
)
from kg.extract.tree import ancestors_of, children_of, subtree_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon

LEAD_WEIGHT = 3
"""How many meetings' sides the lead's joint subject counts for: the lead names the story's sides."""


def side_ranking(doc: Doc, ctx: Context, mentions: list[Mention], acting: set[str]) -> list[str]:
    """Parties by how often they stand as sides in the article, then by how often they are named at all; a country
    counts only if it acts in the story (``acting``, from :func:`acting_countries`) or stands as a side."""
    as_side: dict[str, int] = {}
    for mention in mentions:
        for party in mention.parties:
            if party not in mention.mediators:  # "Iceland agreed to host it": the host, not a side
                as_side[party] = as_side.get(party, 0) + 1
    for party in lead_subjects(doc, ctx):
        as_side[party] = as_side.get(party, 0) + LEAD_WEIGHT
    for party in mediated_between(ctx):  # "Egypt and Qatar have been mediating between A and B for months"
        as_side[party] = as_side.get(party, 0) + 1
    for named_side in ctx.party_mentions:  # "the Chilean side was represented by X", "the Peruvian delegation"
        word = first_conjunct(named_side.span.root)  # "Chilean and Peruvian officials": both
        noun = word.head
        if (
            named_side.known
            and noun.lower_ in PARTICIPANT_NOUNS
            and word.dep_ == "amod"
            and not _side_of_a_border(noun)
        ):
            as_side[named_side.party] = as_side.get(named_side.party, 0) + 1
    named = _times_named(doc, ctx)
    # an international organisation hosts or brokers far more often than it negotiates: after the others
    ranked = sorted(named, key=lambda p: (-as_side.get(p, 0), ctx.gazetteer.is_international(p), -named[p], p))
    return [
        p
        for p in ranked
        if (named[p] >= 2 or as_side.get(p, 0))
        and not ctx.gazetteer.mediates(p)
        and (as_side.get(p, 0) or p in acting or not ctx.gazetteer.is_country(p))  # not "moved to Barbados"
    ]


def _side_of_a_border(noun: Token) -> bool:
    """Whether "side" names a place: "talks on the South Korean side", "crossed from the Chinese side"."""
    return noun.lower_ == "side" and noun.dep_ == "pobj" and noun.head.lower_ in {"on", "from", "across", "to"}


BETWEEN_VERBS = frozenset({"mediate", "broker", "shuttle", "facilitate", *CARRYING_VERBS})
"""Verbs of a go-between whose "between" names the sides: "have been mediating between A and B"."""


MEDIATION_ACTS = frozenset({"mediation", "mediations", "facilitation", "brokering", "shuttling"})
"""Nouns of a go-between's work whose "between" names the sides: "Qatar's mediation between A and B"."""


def mediated_between(ctx: Context) -> list[str]:
    """Parties a go-between's verb or a mediation noun stands "between" ("mediating between A and B", "Qatar's
    mediation between A and B"), each time so named: the sides of the story's talks, though no meeting is told
    there."""
    found = []
    for mention in ctx.party_mentions:
        word = first_conjunct(mention.span.root)
        if not mention.known or word.dep_ != "pobj" or word.head.lower_ != "between":
            continue
        head = word.head.head
        if (head.pos_ == "VERB" and head.lemma_ in BETWEEN_VERBS) or head.lower_ in MEDIATION_ACTS:
            found.append(mention.party)
    return found


def _times_named(doc: Doc, ctx: Context) -> dict[str, int]:
    named: dict[str, int] = {}
    for token, side in participant_tokens(doc[:], ctx, set()):
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS | {"to", "from"}:
            named_by = ctx.party_at(token.i)
            if named_by is not None and named_by.how == "metonym":
                continue  # "travelled to Kampala": a city, not Uganda acting ("the war in Syria" still names Syria)
        if _names_a_document(token):
            continue  # "under UN Security Council Resolution 2735": a paper's name, no side acting
        named[side] = named.get(side, 0) + 1
    return named


def _names_a_document(token: Token) -> bool:
    """Whether a party's word is part of a document's name: "UN Security Council Resolution 2735", "the Lima
    Accords" (the capitalised paper it is a compound of)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
        if token.text[:1].isupper() and token.lower_.removesuffix("s") in DOCUMENT_NOUNS | {"resolution"}:
            return True
    return False


def mediators_by_trade(doc: Doc, ctx: Context) -> list[str]:
    """Organisations whose work is mediation that the story names more than once ("the Community of Sant'Egidio
    said ...", "Sant'Egidio's secretary-general"): the brokers of its talks, never a side."""
    if not any(m.known and ctx.gazetteer.mediates(m.party) for m in ctx.party_mentions):
        return []  # most stories name no such organisation: no need to count names
    return sorted(p for p, times in _times_named(doc, ctx).items() if times >= 2 and ctx.gazetteer.mediates(p))


def lead_subjects(doc: Doc, ctx: Context) -> list[str]:
    """The sides a story's first sentence makes the joint subject of its verb of meeting ("Sudan's army and the
    Rapid Support Forces have not met since December", "A and B held talks"): a lead names the sides of its story,
    even when the meeting it tells of is denied or has neither place nor date."""
    # the first sentence that ends like one: a headline in sentence case may stand before it
    first = next((s for s in sentences_of(doc) if s.text.rstrip().endswith((".", '"', "”"))), None)
    if first is None:
        return []
    verb = first.root
    saying = verb
    if verb.lemma_ in lexicon().verbs_of_saying:  # "A and B concluded talks on Sunday, the facilitator said"
        verb = next((c for c in children_of(verb) if c.dep_ == "ccomp"), verb)
    talks = verb.lemma_ in {"meet", "negotiate", "talk"} or any(
        c.dep_ == "dobj" and c.lower_ in lexicon().meeting_nouns for c in children_of(verb)
    )  # "have not met since December", "held talks", not "agreed" (brokers agree too)
    talks = (
        talks
        or verb.lemma_ in {"reach", "sign", "strike", "seal", "agree"}
        and any(c.dep_ == "dobj" and c.lemma_ in AGREEMENT_NOUNS for c in children_of(verb))
    )  # "A and B reached a final agreement", "A and B announced that they had signed a truce", "agreed a truce"
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    if saying != verb and [s.lower_ for s in subjects] == ["they"]:
        subjects = [c for c in children_of(saying) if c.dep_ == "nsubj"]  # "A and B announced that they had ..."
    # "representatives of A and B have spent three months in a Doha hotel": the teams of two sides, whatever they do
    # and "the presidents of A and B agreed on Thursday to a ceasefire": two sides' office holders
    teams = bool(subjects) and (subjects[0].lower_ in PARTICIPANT_NOUNS or _holders_of_sides(subjects[0]))
    if not (talks or teams) or not subjects or not any(t.dep_ in {"conj", "cc"} for t in subtree_of(subjects[0])):
        return []
    inside = {t.i for t in subtree_of(subjects[0])}
    sides = list(dict.fromkeys(side for token, side in participant_tokens(first, ctx, set()) if token.i in inside))
    return sides if len(sides) >= 2 else []


def _holders_of_sides(subject: Token) -> bool:
    """ "The presidents of A and B", "the foreign ministers of A and B", "foreign ministers from 17 countries,
    including A and B": a plural title with the sides after it."""
    titled = subject.tag_ == "NNS" and subject.lemma_.lower() in lexicon().title_words
    return titled and any(c.dep_ == "prep" and c.lower_ in {"of", "from"} for c in children_of(subject))


CITY_SITES = frozenset({"airport", "airfield", "port", "harbour", "harbor", "station", "outskirts", "suburb"})
"""Places of a city a city's name is set before: "X airport" (the city, not the state it stands for)."""


PLACES_GONE_TO = {"visit", "tour", "reach"} | LEAVING_VERBS
"""Verbs whose object is a place gone to or left: "visited Turkey", "left Quito", "reached Doha"."""


def acting_countries(doc: Doc, ctx: Context) -> set[str]:
    """Countries named in the article other than as the place of something ("in Geneva, Switzerland")."""
    found: set[str] = set()
    for mention in ctx.party_mentions:
        if not mention.known or not ctx.gazetteer.is_country(mention.party):
            continue
        root = mention.span.root
        if root.dep_ in {"appos", "poss"} and (root.head.lower_ in PLACE_NOUNS or ctx.gazetteer.city(root.head.text)):
            continue  # "the Swiss capital, Bern": a city named as one; "X's capital Y"
        if root.dep_ == "compound" and root.head.lemma_ in {"war", "conflict", "crisis"}:
            continue  # "talks on ending the Yemen war": where the war is
        if _names_a_document(root):
            continue  # "the signing of the Lisbon Agreement": a named accord, called after where it was signed
        if mention.how == "metonym" and dated_in_a_list(root):
            continue  # "held in Geneva in 2019, Vienna in 2020 and Doha in 2021": cities of meetings, no states
        if in_a_topic_discussed(root):
            continue  # "the ministers discussed the talks between A and B": the topic's sides, no state acting
        if mention.how == "metonym" and root.dep_ == "compound" and root.head.lemma_ in CITY_SITES | PLACE_NOUNS:
            continue  # "received at X airport": the city's airport, no state acting
        if root.dep_ in {"pobj", "dep"} and (
            root.head.lower_ in PLACE_PREPOSITIONS | {"to", "from", "across"}
            or root.head.lower_ == "for"
            and root.head.head.lemma_ in SCHEDULING_VERBS
        ):
            continue  # "in Geneva", "flew to Moscow", "planned for Quito": a place, not a country acting
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS:
            continue  # "the Gomel region of Belarus": where a place lies
        if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in lexicon().title_words:
            continue  # "the UN special envoy for Yemen": the country of a title's brief, no state acting
        if root.dep_ in {"dobj", "npadvmod"} and root.head.lemma_ in PLACES_GONE_TO:
            continue  # "who was visiting Turkey", "negotiators left Quito": a place gone to or left, no state acting
        head = ctx.party_at(root.head.i)
        head_is_country = head is not None and head.known and ctx.gazetteer.is_country(head.party)
        if root.dep_ in {"appos", "conj", "npadvmod"} and (
            (root.head.ent_type_ in {"GPE", "LOC"} or ctx.gazetteer.town(root.head.text))
            and not head_is_country
            or ctx.gazetteer.city(root.head.text)
        ):
            continue  # "in Geneva, Switzerland", "for Ohrid, North Macedonia", not "Chile, Peru and Bolivia"
        if mention.how == "demonym" and (
            root.head.ent_type_ in {"GPE", "LOC"}
            or root.head.lower_ in PLACE_NOUNS
            or _side_of_a_border(root.head)
            or root.head.pos_ == "PROPN"
            and root.head.dep_ == "pobj"
            and root.head.head.lower_ in PLACE_PREPOSITIONS
        ):
            continue  # "the Saudi capital", "the Swiss city of Lausanne", "on the South Korean side", "in Swiss Alps"
        if former(mention.span[0]) or names_the_place(mention.span, ctx):
            continue
        found.add(mention.party)
    return found - standing_aside(doc, ctx)


def standing_aside(doc: Doc, ctx: Context) -> set[str]:
    """Countries the article says take no part in the talks: "Switzerland was not taking part in the
    discussions", "the Belarusian president greeted the leaders but had no seat at the table", "Norway kept its
    distance". Such a state hosts at most; it is never seated as a broker for its country."""
    found: set[str] = set()
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lemma=DENYING_LEMMAS)):
        if not denies_a_part(token) or token.lemma_ in BOYCOTTING_VERBS and token.dep_ in {"advcl", "relcl"}:
            continue  # "talks collapsed when X skipped the final session": X a side of the dispute all the same
        subject = _subject_of(token)
        if subject is not None and subject.tag_ in {"WDT", "WP"} and token.dep_ == "relcl":
            subject = token.head  # "the United States, which had an observer at the talks"
        if subject is None:
            continue
        if subject.lower_ == "it":
            reporting = next((a for a in ancestors_of(token) if a.dep_ not in {"ccomp", "conj"}), None)
            subject = _subject_of(reporting) if reporting is not None else None  # "Oman said it would not mediate"
            if subject is None:
                continue
        for mention in ctx.party_mentions:
            root = mention.span.root
            if mention.known and ctx.gazetteer.is_country(mention.party) and root.i in _subtree(subject):
                found.add(mention.party)
    return found


def _subtree(token: Token) -> set[int]:
    return {t.i for t in subtree_of(token)}


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is joined to ("greeted the leaders but had no seat")."""
    current: Token | None = verb
    while current is not None:
        subject = next((c for c in children_of(current) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if current.dep_ != "conj" or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_ in lexicon().verbs_of_saying and current.dep_ == "conj":
            current = current.head  # "X hosted but, officials insisted, did not mediate": past the aside to X's verb
    return None


def the_two_told(cluster: Cluster, ctx: Context, brokers: frozenset[str] = frozenset()) -> list[str]:
    """The sides of "the two sides" (presidents, leaders) a meeting's clause names, told by the people so titled
    ("the two leaders agreed to meet") or by a pair named together before ("talks between A and B. The two sides")."""
    return _the_two_people_s_sides(cluster, ctx, brokers) or _two_joined_before(cluster, ctx, brokers)


def the_two_sides_of_the_story(
    cluster: Cluster, ctx: Context, brokers: frozenset[str] = frozenset(), story: list[str] | None = None
) -> list[str]:
    """The sides of "the two sides" (presidents, countries) where :func:`the_two_told` finds none: the ``story``'s two
    sides, else the last two named before."""
    pair = _two_named_before(cluster, ctx, brokers)
    return sorted(story) if pair and story and len(story) == 2 else pair


def _the_two_people_s_sides(cluster: Cluster, ctx: Context, brokers: frozenset[str] = frozenset()) -> list[str]:
    """The sides of the two people "the two presidents" (leaders, men) names: those whose role is that title, or
    the two the sentence names ("X said, after a call with Y, that the two leaders had agreed to meet")."""
    for mention in cluster.mentions:
        trigger = mention.trigger
        holders = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]  # "the two had agreed to meet"
        for subject in (c for h in holders for c in children_of(h) if c.dep_ == "nsubj"):
            if not _the_two(subject):
                continue
            title = subject.lemma_.lower()
            sides = _latest_sides_titled(title, mention.sentence.start, ctx)
            if len(sides) == 2:
                return sorted(sides)
            if title in PAIR_PEOPLE and len(named := _sides_of_people_in(mention, ctx) - brokers) == 2:
                return sorted(named)  # "X said, after a call with Y, that the two leaders had agreed to meet"
    return []


def _latest_sides_titled(title: str, before: int, ctx: Context) -> set[str]:
    """The sides of the people whose role is a title, or of the two of them named last before a word where more
    than two hold it ("the two presidents" told before a third president is named)."""
    titled = []
    for person in ctx.people.persons:
        role, side, _ = ctx.people.descriptions[person.name]
        if side and role and role.lower().split()[-1] == title:
            last = max((m.start for m in person.mentions if m.start < before), default=-1)
            titled.append((last, side))
    sides = {side for _, side in titled}
    if len(sides) <= 2:
        return sides
    recent = [side for last, side in sorted(titled, reverse=True) if last >= 0]
    return set(list(dict.fromkeys(recent))[:2])


def _sides_of_people_in(mention: Mention, ctx: Context) -> set[str]:
    """The sides of the people a mention's sentence names."""
    people = {p.name for t in mention.sentence if (p := ctx.people.at(t)) is not None}
    return {side for name in people if (side := ctx.people.descriptions[name][1])}


PAIR_NOUNS = {"side", "party", "country", "neighbour", "neighbor", "nation", "government"}
"""Nouns "the two ..." restates a pair of sides with: "convened the two sides in Geneva"."""


def _two_joined_before(cluster: Cluster, ctx: Context, brokers: frozenset[str] = frozenset()) -> list[str]:
    """The last two sides named before "the two sides" of a meeting's clause, where they were named as a pair ("talks
    between A and B", "A and B"): theirs before those of the meeting told before."""
    return _two_named_before(cluster, ctx, brokers, joined=True)


def _two_named_before(
    cluster: Cluster, ctx: Context, brokers: frozenset[str] = frozenset(), joined: bool = False
) -> list[str]:
    """ "The envoy convened the two sides in Geneva": the last two sides named before the mention (not the story's
    ``brokers``), when the meeting's own clause calls them "the two sides" (or parties, countries, neighbours), or
    the talks are "between" them; with ``joined``, only a pair named together."""
    for mention in cluster.mentions:
        trigger = mention.trigger
        between = _between_objects(trigger)
        if _pair_word(trigger, between) is None:
            continue
        named: list[str] = []
        before = trigger.i if between else mention.sentence.start  # "A and B agreed ..., X said after hosting talks
        for party in reversed(ctx.parties_in(0, before)):  # between the two countries' leaders"
            known = party.known or _between(party.span.root)  # "talks between A and the X Front": a side
            if known and _watching(party.span.root):
                continue  # "Officials from A and B took part as observers. The two sides will meet again"
            if known and party.party not in named and party.party not in {*mention.mediators, *brokers}:
                named.append(party.party)
            if len(named) == 2:
                return sorted(named) if not joined or _named_together(ctx, named, before) else []
    return []


def _watching(word: Token) -> bool:
    """Whether a name tells of one who only watches the talks: "A and B took part as observers"."""
    return cast_as(word) in OBSERVER_NOUNS or watches(word)


def _named_together(ctx: Context, pair: list[str], before: int) -> bool:
    """Whether the last mentions of two sides before a word are joined to each other ("A and B", "between A and
    B")."""
    last = {m.party: m for m in ctx.parties_in(0, before) if m.party in pair}
    if len(last) != 2:
        return False
    a, b = sorted(last.values(), key=lambda m: m.span.start)
    return _joined(a.span.root, b.span.root)


def _between(word: Token) -> bool:
    """Whether a word is an object of "between", or joined to one: "talks between A and B"."""
    word = first_conjunct(word)
    return word.dep_ == "pobj" and word.head.lower_ == "between"


def _the_two(noun: Token) -> bool:
    """Whether a noun is "the two ...": "the two presidents", "the two leaders"."""
    two = any(n.dep_ == "nummod" and n.lower_ == "two" for n in children_of(noun))
    return two and any(d.lower_ == "the" for d in children_of(noun))


PAIR_PEOPLE = {"leader", "man", "woman", "president", "minister", "premier", "chief"}
"""People "the two ..." names as a pair: "the two leaders had met in X"."""


def the_pair_and_another(cluster: Cluster) -> bool:
    """Whether a meeting's subject is "the two leaders" (men, presidents) of the story, meeting a third party named
    in its clause: "The two leaders had met in Tehran for a summit with Iran's president"."""
    for mention in (m for m in cluster.mentions if m.parties):  # the third named in the pair's own sentence
        verb = mention.trigger if mention.trigger.pos_ == "VERB" else mention.trigger.head
        while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in children_of(verb)):
            verb = verb.head  # "the two ministers agreed to hold a trilateral meeting with C"
        for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
            if _the_two(subject) and subject.lemma_.lower() in PAIR_PEOPLE:
                return True
    return False


def the_pair_meeting_a_broker(cluster: Cluster, ctx: Context, sides: list[str], brokers: set[str]) -> list[str]:
    """The pair named before, when "the two sides" (or their negotiators) meet one of the story's brokers: "the chief
    negotiators of the two sides met the EU envoy again" (the envoy still brokers); else no sides."""
    if not any(p in brokers for p in sides):
        return []
    return _two_named_before(cluster, ctx, frozenset(brokers))


def _between_objects(trigger: Token) -> list[Token]:
    """The objects of a meeting word's "between", with their owners ("talks between the two countries' leaders")."""
    between = [o for p in children_of(trigger) if p.lower_ == "between" for o in children_of(p) if o.dep_ == "pobj"]
    return between + [c for o in between for c in children_of(o) if c.dep_ == "poss"]


def _pair_word(trigger: Token, between: list[Token]) -> Token | None:
    """ "the two sides", "both countries" as the subject or object of a meeting word, or after its "between", or
    owning the people who meet ("the chief negotiators of the two sides met")."""
    words = [*(c for c in children_of(trigger) if c.dep_ in {"nsubj", "dobj"}), *between, *raised_subjects(trigger)]
    verb = trigger.head if trigger.dep_ == "xcomp" else trigger  # "are expected to reconvene"
    if verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and (shared := _subject_of(verb)) is not None:
        words.append(shared)  # "Negotiators of the two sides met in X and are due to meet there again": one subject
    people = [w for w in words if w.lower_ in PARTICIPANT_NOUNS or w.lemma_.lower() in lexicon().title_words]
    owners = [
        p for w in people for p in children_of(w) if p.lower_ in {"of", "from"}
    ]  # "negotiators from the two sides"
    words += [o for p in owners for o in children_of(p) if o.dep_ == "pobj"]
    return next(
        (
            c
            for c in words
            if c.lemma_.lower() in PAIR_NOUNS and any(n.lower_ in {"two", "both"} for n in children_of(c))
        ),
        None,
    )


def pair_named_earlier(cluster: Cluster, ctx: Context) -> list[str]:
    """The two sides a sentence names before a clause on "the two countries" (or sides, ...), when it names exactly
    two: "A's president and B's president met, their first meeting since the two countries signed a treaty in X"."""
    for mention in cluster.mentions:
        trigger = mention.trigger
        if trigger.dep_ == "ROOT" or _between_objects(trigger) or _pair_word(trigger, []) is None:
            continue
        start = mention.sentence.start
        named = [p for p in ctx.parties_in(start, trigger.left_edge.i) if p.known and p.party not in mention.mediators]
        sides = list(dict.fromkeys(p.party for p in named))
        if len(sides) == 2:
            return sorted(sides)
        if not sides and start > 0 and (pair := _pair_joined(sentence_of(ctx.doc[start - 1]), mention.sentence, ctx)):
            return sorted(pair)  # "... ready to support A and B. The ministers of the two countries will meet ..."
    return []


def _pair_joined(sentence: Span, following: Span, ctx: Context) -> list[str]:
    """The last two sides a sentence joins with "and" ("support A and B"), in the paragraph of the sentence after."""
    if paragraph_of(ctx.doc, sentence.start_char) != paragraph_of(ctx.doc, following.start_char):
        return []
    named = [p for p in ctx.parties_in(sentence.start, sentence.end) if p.known]
    for first, second in reversed(list(zip(named, named[1:], strict=False))):
        if _joined(first.span.root, second.span.root) and first.party != second.party:
            return [first.party, second.party]
    return []


def _joined(first: Token, second: Token) -> bool:
    """Whether two names (or the nouns they modify: "the Chilean government and the Peruvian rebels") are joined
    by "and"."""
    first, second = (w.head if w.dep_ in {"amod", "compound", "poss", "nmod"} else w for w in (first, second))
    return second.dep_ == "conj" and second.head == first


ENVOY_WORDS = ("envoy", "special representative", "mediator")
"""Roles of an organisation's go-between."""


def an_envoy_s_body(party: str, ctx: Context) -> bool:
    """Whether an international organisation comes into the story through its envoy ("U.N. envoy X welcomed the
    agreement"): a go-between, never a side made up to fill a meeting's two."""
    entry = ctx.gazetteer.entry(party)
    if entry is None or entry.kind != "international_organisation":
        return False
    roles = [role for role, side, _ in ctx.people.descriptions.values() if side == party and role]
    return any(word in role.lower() for role in roles for word in ENVOY_WORDS)
