"""Who meets whom: the sides of a meeting and the brokers, hosts and chairs who are not sides."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context
from kg.extract.meetings.clauses import (
    Mention,
    clause_verb,
    climb,
    dated_subject,
    hyphenated_word,
    via_prepositions,
)
from kg.extract.meetings.places import place_tokens
from kg.extract.meetings.triggers import brings_together, is_trigger
from kg.extract.meetings.words import (
    AGREEMENT_VERBS,
    COPULAS,
    DEAL_WORDS,
    GOVERNMENT_NOUNS,
    HOST_VERBS,
    MEDIATION_PREP_VERBS,
    PARTICIPANT_NOUNS,
    PARTICIPATION_VERBS,
    PATRONAGE_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    RECEIVE_VERBS,
    TIME_PREPOSITIONS,
    VISIT_NOUNS,
)
from kg.extract.people import Person
from kg.gazetteer import lexicon


def side_of(person_name: str, ctx: Context) -> str | None:
    """The side a person acts for; a former office holder acts for no state."""
    role, side, _ = ctx.people.descriptions.get(person_name, (None, None, None))
    if role and role.lower().startswith("former"):
        return None
    entry = ctx.gazetteer.entry(side) if side else None
    return side if entry is not None and entry.kind != "news_organisation" else None


def mediators_in(sentence: Span, ctx: Context) -> list[str]:
    """Brokers, hosts and chairs a sentence names, each pattern of English a method of :class:`_Brokers`."""
    return list(dict.fromkeys(party for party, _ in brokers_in(sentence, ctx)))


def brokers_in(sentence: Span, ctx: Context) -> list[tuple[str, Token]]:
    """Each broker a sentence names with the word that makes it one ("brokered", "mediators", "auspices")."""
    brokers = _Brokers(ctx)
    for token in sentence:
        brokers.at = token
        if brokers.hyphenated(token):
            continue
        if token.lemma_.lower() in MEDIATION_PREP_VERBS and token.pos_ == "VERB" or brings_together(token):
            brokers.verb(token)
        if hyphenated_word(token) in lexicon().mediation_nouns and token.pos_ == "NOUN":
            brokers.noun(token)
        if token.lower_ in PATRONAGE_NOUNS:
            brokers.patron(token)
    return brokers.found


def _own_clause(token: Token) -> Token:
    """The independent clause a word stands in: the sentence's main verb, or a verb joined to it by "and" or
    "but" with a subject of its own ("X brokered a ceasefire in 2020, and Y hosted talks in 2022")."""
    current = token
    while current.head.i != current.i:
        if current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"} and _has_subject(current):
            return current
        current = current.head
    return current


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def brokers_of(trigger: Token, found: list[tuple[str, Token]]) -> list[str]:
    """The brokers a sentence names that broker the meeting of a trigger: not those of a clause of their own."""
    clause = _own_clause(trigger)
    return list(dict.fromkeys(party for party, at in found if _own_clause(at) == clause))


RELATIVE_PRONOUNS = {"which", "who", "that"}


def _list_start(token: Token) -> Token:
    """The first name of the list a token ends: "A and B, who brokered the meeting" hangs the clause on B."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


class _Brokers:
    """The parties a sentence makes brokers, collected pattern by pattern."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.found: list[tuple[str, Token]] = []
        self.at: Token | None = None
        """The word whose pattern is being read."""

    def _found(self, party: str) -> None:
        assert self.at is not None
        self.found.append((party, self.at))

    def add_from(self, token: Token) -> None:
        """The side of the person or the party a token names, and of those coordinated with it."""
        person = self.ctx.people.named_by(token)
        if person is not None:
            side = side_of(person.name, self.ctx)
            if side:
                self._found(side)
        else:
            mention = self.ctx.party_at(token.i)
            if mention is not None and mention.known:
                self._found(mention.party)
        for child in token.children:
            if child.dep_ == "conj":
                self.add_from(child)

    def add_objects(self, preposition: Token) -> None:
        for obj in preposition.children:
            if obj.dep_ == "pobj":
                self.add_from(obj)

    def add_subjects(self, verb: Token) -> None:
        """The subject of a verb of acting as a broker, or the object of "with" in "with X acting as ..."."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.head.lower_ == "with":
            subjects = [verb.head]
        for subject in subjects:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = _list_start(verb.head)  # "Cuba and Norway, which have acted as guarantors"
                for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
                    self.add_objects(prep)  # "diplomats from Cuba and Norway, which have acted as guarantors"
            self.add_from(subject)
        if not subjects and verb.dep_ in {"pcomp", "acl", "advcl"}:
            for sibling in verb.head.children:
                if sibling.dep_ == "pobj":
                    self.add_from(sibling)

    def hyphenated(self, token: Token) -> bool:
        """ "US-brokered", "Oman-mediated", and "African Union-led" when what is led is talks or mediation."""
        doc = token.doc
        if token.text != "-" or token.i + 1 >= len(doc):
            return False
        after = doc[token.i + 1]
        led = after.lower_ == "led"
        if not led and after.lemma_.lower() not in MEDIATION_PREP_VERBS:
            return False
        led_talks = led and after.head.lower_ in lexicon().meeting_nouns | {"mediation"}
        if (not led or led_talks) and (mention := self.ctx.party_at(token.i - 1)) is not None and mention.known:
            self._found(mention.party)
        return True

    def verb(self, token: Token) -> None:
        """ "mediated by Qatar", "Qatar brokered the deal", "Qatar helped broker the text", "Oman, which hosted"."""
        agents = [c for c in token.children if c.dep_ == "agent"]
        for agent in agents:
            self.add_objects(agent)
        if agents or token.tag_ == "VBN":
            return
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects and token.dep_ in {"xcomp", "ccomp"}:
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        for child in subjects:
            self.add_from(child)
        if token.dep_ == "relcl":
            self.add_from(_list_start(token.head))

    def patron(self, token: Token) -> None:
        """ "under the auspices of the OSCE", "under the aegis of the AU", "under EU mediation", "under Qatar's
        auspices"."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                self.add_objects(child)
            elif child.dep_ in {"compound", "amod", "poss", "nmod"} and token.head.lower_ == "under":
                self.add_from(child)

    def noun(self, token: Token) -> None:
        """ "the mediators from Qatar", "Egyptian and Qatari mediators", "Oman, the mediator", "with South Africa
        as host", "with Cuba and Norway acting as guarantors", "Oman remained the go-between"."""
        for prep in (c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == token.i + 1):
            self.add_objects(prep)  # "thanked the mediators from Qatar, Egypt and Turkey"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for obj in child.children:
                    self.add_from(obj)
            if child.dep_ in {"appos", "amod", "compound", "nmod", "poss"}:
                self.add_from(child)
        head = token.head
        if token.dep_ in {"attr", "appos"} and head.pos_ in {"PROPN", "NOUN"}:
            self.add_from(head)
        if token.dep_ == "pobj" and head.lower_ == "as":
            self._as_role(token)
        if token.dep_ in {"attr", "oprd", "dobj"} and head.lemma_ in COPULAS:
            self.add_subjects(head)

    def _as_role(self, token: Token) -> None:
        """ "X as host": of the noun before "as", or of the subject (or "with" object) of the verb before it."""
        above = token.head.head
        if above.pos_ in {"PROPN", "NOUN"}:
            self.add_from(above)  # "with South Africa as host"
        elif above.pos_ in {"VERB", "AUX"}:
            for sibling in above.children:  # "..., with Cuba and Norway acting as guarantors"
                if sibling.dep_ == "prep" and sibling.lower_ == "with" and sibling.right_edge.i + 1 == token.head.i:
                    self.add_objects(sibling)
            self.add_subjects(above)


def _participant_tokens(sentence: Span, ctx: Context, exclude: set[int]) -> Iterator[tuple[Token, str]]:
    """(token, side) for every party name and every person with a known side in a sentence."""
    for party_mention in ctx.parties_in(sentence.start, sentence.end):
        entry = ctx.gazetteer.entry(party_mention.party) if party_mention.known else None
        if entry is None and party_mention.party not in ctx.framed_sides or entry and entry.kind == "news_organisation":
            continue
        root = party_mention.span.root
        if root.i in exclude or any(ctx.people.at(t) is not None for t in party_mention.span):
            continue
        for member in entry.members if entry and entry.members else (party_mention.party,):
            yield root, member  # a group that negotiates as one ("Iran and the P5+1") sits as its states
    seen: set[str] = set()
    for token, person in people_in(sentence, ctx):
        if token.i in exclude or person.name in seen:
            continue
        side = side_of(person.name, ctx)
        if side:
            seen.add(person.name)
            yield token, side


def people_in(sentence: Span, ctx: Context) -> Iterator[tuple[Token, Person]]:
    """(head word of the name, person) for each mention of a person in a sentence."""
    for token in sentence:
        person = ctx.people.at(token)
        if person is not None and not (token.head.i != token.i and ctx.people.at(token.head) is person):
            yield token, person


def parties_of(mention: Mention, ctx: Context, others: frozenset[int] = frozenset()) -> list[str]:
    """Sides of the talks a sentence names: parties and the sides of people taking part.

    Sides written on the meeting word itself ("Russia-Ukraine session", "US-Iran talks") are its sides alone;
    modifiers of another meeting word of the sentence (``others``) are that meeting's.
    """
    sentence = mention.sentence
    trigger = mention.trigger
    own: list[str] = []
    found: list[str] = []
    for token, side in _participant_tokens(sentence, ctx, place_tokens(sentence)):
        path = climb(token)
        if path.head.i in others and path.dep_ in {"amod", "compound", "nmod", "poss"}:
            continue
        if not is_participant(token, trigger):
            continue
        found.append(side)
        if path.head == trigger and path.dep_ in {"amod", "compound", "nmod", "poss"}:
            own.append(side)
    return list(dict.fromkeys(own if len(set(own)) >= 2 else found))


def _cast_as_mediator(token: Token) -> bool:
    """ "with South Africa as host": the object of "with" followed by "as" and a mediation noun."""
    nouns = lexicon().mediation_nouns
    preposition = token.head
    following = [c for c in token.children] + [c for c in preposition.head.children if c.i == token.right_edge.i + 1]
    for child in following:
        if child.dep_ == "prep" and child.lower_ == "as":
            return any(hyphenated_word(c) in nouns for c in child.children)
    return False


LIST_PREPOSITIONS = {"between", "among"}


def _listed_after(token: Token, trigger: Token) -> bool:
    """ "the summit between President X and Y's leader Z, eight months after ...": the names listed after "between"
    right behind the meeting word are its sides, whichever way the parser attached them; the list ends at a verb,
    a clause mark or a comma that does not go on with another name."""
    doc = token.doc
    start = trigger.i + 1
    if token.i <= start or start >= len(doc) or doc[start].lower_ not in LIST_PREPOSITIONS:
        return False
    for t in doc[start + 1 : token.i]:
        if t.pos_ in {"VERB", "AUX"} or t.text in {";", ":", "(", ")", "\u2014", "\u2013", "--"} or "\n" in t.text:
            return False
        following = doc[t.i + 1 : t.i + 3]
        if t.text == "," and not (following[0].pos_ in {"PROPN", "CCONJ"} or following[-1].pos_ == "PROPN"):
            return False
    return True


def _subject_before(token: Token, trigger: Token) -> bool:
    """ "X held talks with Y" parsed with "held" as a modifier of "talks": the subject of a verb of taking part
    that stands just before the meeting word."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in PARTICIPATION_VERBS or not 0 < trigger.i - verb.i <= 3:
        return False
    return all(t.pos_ in {"DET", "ADJ", "NUM", "ADV"} for t in token.doc[verb.i + 1 : trigger.i])


def _one_phrase(a: Token, b: Token) -> bool:
    """Whether two meeting words stand in one noun phrase ("the meetings in Geneva, the third round of talks"):
    one is the other's ancestor with no verb between them."""
    low, high = (a, b) if b.is_ancestor(a) else (b, a) if a.is_ancestor(b) else (None, None)
    if low is None or high is None or low.pos_ in {"VERB", "AUX"}:
        return False  # "Before sitting down with X, the delegation met Y": a clause of its own
    current = low.head
    while current != high:
        if current.pos_ in {"VERB", "AUX"}:
            return False
        current = current.head
    return True


def _shares_subject(trigger: Token, verb: Token) -> bool:
    """Whether the meeting verb (or the verb of a meeting noun) is coordinated with ``verb`` with no subject of
    its own, so that the subject of ``verb`` is its subject too."""
    current = trigger if trigger.pos_ == "VERB" else trigger.head
    if trigger.pos_ != "VERB" and (trigger.dep_ != "dobj" or current.pos_ != "VERB"):
        return False  # "... and held talks with Z": the verb the meeting noun is the object of
    for _ in range(4):
        if current.dep_ not in {"conj", "dep"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return False
        current = current.head
        if current == verb:
            return True
    return False


def _understood_subject(trigger: Token, root: Token) -> bool:
    """Whether the meeting stands in a participle clause without a subject ("before holding talks with X",
    "after meeting X") in the sentence of ``root``: its subject is the main clause's."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return verb.head.lower_ in TIME_PREPOSITIONS and root.is_ancestor(verb)


def is_participant(token: Token, trigger: Token) -> bool:
    """Whether a party or person token stands as a side of the talks in its sentence."""
    doc = token.doc
    if _listed_after(token, trigger) or _subject_before(token, trigger):
        return True
    # "US-Iran talks", "Russia-Ukraine session"
    if (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ in {"brokered", "mediated", "led", "hosted", "backed"}
    ):
        return False
    path = climb(token)
    if path.dep_ in {"amod", "compound", "poss", "nmod"} and path.head.lower_ in GOVERNMENT_NOUNS:
        path = climb(path.head)  # "the Colombian government and the ELN"
    head = path.head
    host = trigger.lemma_ in HOST_VERBS
    if path.dep_ == "pobj" and head.lower_ in {"between", "with", "among"}:
        other = head.head
        if other != trigger and is_trigger(other) and not _one_phrase(other, trigger):
            return False  # "X met Y in Riga, then sat down with Z in Oslo": Z is at the second meeting
        return not _cast_as_mediator(path)  # not "with South Africa as host"
    if path.dep_ == "pobj" and head.lower_ == "to" and head.head == trigger and trigger.lower_ in VISIT_NOUNS:
        return True  # "a state visit to Estonia": the host is the other side
    if path.dep_ == "dobj" and trigger.head.lower_ == "for" and trigger.head.head == head:
        return True  # "brought Djibouti's president and Isaias together for their first meeting"
    if (
        path.dep_ in {"dobj"}
        and head == trigger
        and (trigger.lemma_ in HOST_VERBS | RECEIVE_VERBS | {"meet", "bring", "visit"})
    ):
        return True  # "Malaysia hosted Thailand and Cambodia", "X met the Latvian prime minister"
    if path.dep_ == "nsubj" and head.dep_ == "ROOT" and _understood_subject(trigger, head):
        return True  # "Blinken said ..., before holding talks with Netanyahu": the main clause's subject
    if path.dep_ == "pobj" and path == dated_subject(trigger):
        return True  # "On May 9 Peruvian negotiators met ..." parsed with the subject inside "On May 9"
    if path.dep_ == "nsubj" and head.dep_ == "relcl" and head.head == trigger and head.lemma_ in PARTICIPATION_VERBS:
        return True  # "the talks that Putin held on Wednesday with X"
    if path.dep_ == "nsubj" and trigger.dep_ == "xcomp" and trigger.head == head:
        return True  # "Zelensky prepared to meet Trump", "the two leaders agreed to meet"
    if path.dep_ in {"nsubj", "nsubjpass"}:
        if head == trigger:
            return not host and not brings_together(trigger)
        if _shares_subject(trigger, head):
            return trigger.lemma_ not in HOST_VERBS  # "X met Y in Doha, then flew on and sat down with Z"
        if trigger.head == head and trigger.dep_ in {"dobj", "nsubjpass"}:
            return head.lemma_ in PARTICIPATION_VERBS  # "Iran and the US held talks"
        if trigger.head.dep_ == "prep" and trigger.head.lower_ in {"at", "in", "during"} and trigger.head.head == head:
            return True  # "the leaders agreed at talks in Malaysia"
        if head.lemma_ in PARTICIPATION_VERBS and trigger.head.head == head and trigger.head.dep_ == "prep":
            return True
        # "Ethiopia and the TPLF agreed ... after ten days of talks"
        return head.lemma_ in AGREEMENT_VERBS and via_prepositions(trigger, head)
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head == trigger or head.lower_ in lexicon().meeting_nouns
    ):
        return True
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head.lower_ in PARTICIPANT_NOUNS
        or head.lemma_.lower() == "counterpart"
        or head.lemma_.lower() in lexicon().title_words
    ):
        # "Russian and Ukrainian negotiators sat down", "the Estonian president sat down with his Latvian
        # counterpart", not "Saudi officials said"
        return head != token and is_participant(head, trigger)
    if path.dep_ == "pobj" and head.lower_ in {"of", "for"} and head.head.lower_ in PARTICIPANT_NOUNS:
        return True  # "negotiators for the government", "the delegations of Sudan and Chad"
    if path.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in PARTICIPANT_NOUNS:
        return is_participant(head.head, trigger)  # "commanders from Sudan and Chad will meet"
    met = head.head
    if path.dep_ == "pobj" and head.lower_ == "of" and met.dep_ == "dobj" and met.head == trigger:
        return trigger.lemma_ == "meet"  # "met the national security advisers of Britain, France and Germany"
    if path.dep_ == "appos" and head.lower_ in PARTICIPANT_NOUNS:
        return True
    return False


def side_ranking(doc: Doc, ctx: Context, mentions: list[Mention]) -> list[str]:
    """Parties by how often they stand as sides in the article, then by how often they are named at all."""
    as_side: dict[str, int] = {}
    for mention in mentions:
        for party in mention.parties:
            as_side[party] = as_side.get(party, 0) + 1
    named: dict[str, int] = {}
    for _, side in _participant_tokens(doc[:], ctx, set()):
        named[side] = named.get(side, 0) + 1
    ranked = sorted(named, key=lambda p: (-as_side.get(p, 0), -named[p], p))
    return [p for p in ranked if named[p] >= 2 or as_side.get(p, 0)]


def acting_countries(doc: Doc, ctx: Context) -> set[str]:
    """Countries named in the article other than as the place of something ("in Geneva, Switzerland")."""
    found: set[str] = set()
    for mention in ctx.party_mentions:
        if not mention.known or not ctx.gazetteer.is_country(mention.party):
            continue
        root = mention.span.root
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS | {"to", "from", "across"}:
            continue  # "in Geneva", "flew to Moscow": a place, not a country acting
        if root.dep_ in {"appos", "conj", "npadvmod"} and (
            root.head.ent_type_ in {"GPE", "LOC"} or ctx.gazetteer.city(root.head.text)
        ):
            continue
        if mention.how == "demonym" and (root.head.ent_type_ in {"GPE", "LOC"} or root.head.lower_ in PLACE_NOUNS):
            continue  # "the Saudi capital", "the Swiss city of Lausanne"
        found.add(mention.party)
    return found


def loose_mediators(doc: Doc, ctx: Context, trigger_sentences: set[int]) -> list[str]:
    """Brokers named in sentences that name no meeting ("Qatar helped broker the text")."""
    found: list[str] = []
    nouns = lexicon().mediation_nouns
    for sentence in doc.sents:
        if sentence.start in trigger_sentences:
            continue
        about_talks = any(hyphenated_word(t) in nouns and t.pos_ == "NOUN" for t in sentence) or any(
            t.dep_ == "dobj"
            and t.lower_ in DEAL_WORDS
            and t.head.lemma_ in MEDIATION_PREP_VERBS
            and not any(c.ent_type_ == "DATE" for c in t.subtree)  # "brokered the 2020 ceasefire"
            for t in sentence
        )
        if about_talks and not _of_another_year(sentence, ctx):
            found.extend(m for m in mediators_in(sentence, ctx) if m not in found)
    return found


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _of_another_year(sentence: Span, ctx: Context) -> bool:
    """Whether a sentence dates what it tells to a year before the story's ("X brokered a ceasefire in November
    2020"): its brokers brokered something else. "Since 2023" reaches the present and does not count."""
    reference = ctx.dates.reference
    if reference is None:
        return False
    for ent in ctx.entities_in(sentence.start, sentence.end):
        if ent.label_ != "DATE" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"):
            continue
        if any(int(year) < reference.year for year in _YEAR.findall(ent.text)):
            return True
    return False
