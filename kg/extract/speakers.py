"""Who speaks: the person or party the subject of a verb of saying names or refers to (a name, a pronoun, a role
noun, a party, a body of a party)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.agreement_words import STATEMENT_NOUNS
from kg.extract.base import Context, capital_state, sentence_of, tokens_of
from kg.extract.coref import Coreference, Referent
from kg.extract.name_tokens import STYLES
from kg.extract.parties import government_named_before
from kg.extract.people import People, Person
from kg.extract.quotes import APOSTROPHE, CLOSE_QUOTES, Quote, inside
from kg.extract.referred_parties import GROUP_KINDS, group_named_before
from kg.extract.tree import ancestors_of, children_of, lefts_of, subtree_of
from kg.gazetteer import lexicon

PRONOUNS = {"he", "she"}


def _two_sentences_back(token: Token) -> int:
    """The first token of the sentence two before a token's (or of the first sentence there is)."""
    start = sentence_of(token).start
    for _ in range(2):
        start = sentence_of(token.doc[start - 1]).start if start > 0 else start
    return start


class Speakers:
    """Resolves the subject of a speech verb to a person: a name, a pronoun or a role noun (``coref``)."""

    def __init__(self, doc: Doc, ctx: Context, quotes: list[Quote]) -> None:
        self.ctx = ctx
        self.people = ctx.people
        quoted = {m.start for p in self.people.persons for m in p.mentions if inside(quotes, m.start_char) is not None}
        self.coref = Coreference(ctx, self.people, quoted)

    def party(self, subject: Token) -> str | None:
        """The party a subject names when it names no person: the party itself ("Hamas", "the Kremlin",
        "Moscow"), or a body of it ("Israel's foreign ministry", "the Iranian government", "Netanyahu's office",
        the office of a person whose side the article gives)."""
        mention = self.ctx.party_at(subject.i)
        known = mention is not None and (mention.known or mention.party in self.ctx.framed_sides)  # a side it casts
        if mention is not None and known and mention.span.root == subject and mention.how != "demonym":
            return mention.party
        if subject.lower_ in lexicon().group_nouns and [c.lower_ for c in children_of(subject)] == ["the"]:
            return self._group_before(subject)
        if subject.lemma_.lower() in STATEMENT_NOUNS:  # "a Hamas statement said", "a statement from Chad's presidency
            return self._issuer(subject) or self._statement_before(subject)  # said"; "the statement said"
        if subject.lemma_.lower() not in lexicon().speaking_bodies:
            return None
        described = {"prep", "compound", "amod"}  # "the foreign ministry", "the Ministry of External Affairs"
        if [c.lower_ for c in children_of(subject) if c.dep_ not in described or self.ctx.party_at(c.i)] == ["the"]:
            # "the Russian Defence Ministry said ... the ministry said"; "In Cairo, the foreign ministry said"
            found = self._of_party(subject) or self._body_before(subject) or self._capital_state(subject)
            if found is None and subject.lower_ == "government":  # "Ethiopia's government ... the government said"
                found = government_named_before(subject.doc, subject.i, self.ctx.gazetteer)
            return found
        return self._owner(subject)

    def _of_party(self, body: Token) -> str | None:
        """The party after a body's "of": "the Ministry of Foreign Affairs of Egypt", or the side of the person
        after it ("the office of Chilean President X")."""
        for prep in (c for c in children_of(body) if c.dep_ == "prep" and c.lower_ == "of"):
            for word in subtree_of(prep):
                if (found := self.ctx.party_at(word.i)) is not None and found.known and word.dep_ == "pobj":
                    return found.party
            for holder in (c for c in children_of(prep) if c.dep_ == "pobj" and self.people.named_by(c) is not None):
                return self._owner(holder) or self._person_side(holder)
        return None

    def _person_side(self, name: Token) -> str | None:
        """The side the article gives the person a word names, where the gazetteer knows it."""
        person = self.people.named_by(name)
        side = self.people.descriptions.get(person.name, (None, None, None))[1] if person is not None else None
        return side if side is not None and self.ctx.gazetteer.entry(side) is not None else None

    def _capital_state(self, body: Token) -> str | None:
        """The state whose capital (or metonym) a clause of saying is set in: "In New Delhi, the ministry said"."""
        for prep in (c for c in children_of(body.head) if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (c for c in children_of(prep) if c.dep_ == "pobj"):
                if (state := capital_state(place, self.ctx)) is not None:
                    return state
        return None

    def _issuer(self, statement: Token) -> str | None:
        """The party whose statement a noun names: its modifier ("a Hamas statement", "a Chadian government
        statement"), or the party or body after "from" or "by"."""
        if (owner := self._owner(statement)) is not None:
            return owner
        for modifier in (c for c in children_of(statement) if c.dep_ in {"compound", "amod", "nmod"}):
            if modifier.lemma_.lower() in lexicon().speaking_bodies and (owner := self._owner(modifier)):
                return owner  # "a Chadian government statement"
        for prep in (c for c in children_of(statement) if c.dep_ == "prep" and c.lower_ in {"from", "by"}):
            for issuer in (c for c in children_of(prep) if c.dep_ == "pobj"):
                if (found := self.party(issuer)) is not None:
                    return found
        return None

    def _statement_before(self, statement: Token) -> str | None:
        """The issuer of the statement "the statement" refers to, told in its sentence or the two before: "Peru's
        foreign ministry said in a statement ... 'X,' the statement said", "Chile issued a statement ..."."""
        if [c.lower_ for c in children_of(statement)] != ["the"]:
            return None
        saying, bodies = lexicon().verbs_of_saying, lexicon().speaking_bodies
        for noun in reversed(tokens_of(statement.doc)[_two_sentences_back(statement) : statement.i]):
            if noun.pos_ == "VERB" and noun.lemma_.lower() in saying and sentence_of(noun) != sentence_of(statement):
                body = next((c for c in children_of(noun) if c.dep_ == "nsubj" and c.lemma_.lower() in bodies), None)
                if body is not None and (issuer := self.party(body)) is not None:
                    return issuer  # "X's office said ... 'Y,' the statement said": the office's statement
            if noun.lemma_.lower() not in STATEMENT_NOUNS:
                continue
            if (found := self._issuer(noun)) is not None:
                return found
            told = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
            if noun.dep_ in {"dobj", "pobj"}:  # "said in a statement", "issued a statement"
                return next((p for c in children_of(told) if c.dep_ == "nsubj" and (p := self.party(c))), None)
        return None

    def _owner(self, body: Token) -> str | None:
        """The party a body's modifier names: "Israel's foreign ministry", "the UAE foreign ministry", "Netanyahu's
        office"."""
        for child in children_of(body):
            if child.dep_ not in {"poss", "amod", "compound", "nmod"}:
                continue
            found = self.ctx.party_at(child.i)
            if found is not None and found.known:
                return found.party
            if child.dep_ == "poss" and (side := self._person_side(child)) is not None:
                return side
            if child.dep_ == "poss" and child.lower_ in lexicon().title_words and (owner := self._owner(child)):
                return owner  # "Israel's prime minister's office": the office of the state's office holder
        return None

    def _body_before(self, subject: Token) -> str | None:
        """The party of the body "the ministry", "the office" stands for: the last one of that kind named in its
        sentence or the two before ("the Russian Defence Ministry")."""
        start = _two_sentences_back(subject)
        for mention in reversed(self.ctx.parties_in(start, subject.i)):
            if mention.known and mention.span.root.lemma_.lower() == subject.lemma_.lower():
                return mention.party
        for body in reversed(subject.doc[start : subject.i]):  # "the UAE foreign ministry said ... the ministry"
            if body.lemma_.lower() == subject.lemma_.lower() and (owner := self._owner(body)) is not None:
                return owner
        return None

    def _group_before(self, subject: Token) -> str | None:
        """The organisation "the group" stands for: the last one named in its sentence or the two before."""
        return group_named_before(self.ctx, _two_sentences_back(subject), subject.i, GROUP_KINDS)

    def _styled_before(self, style: Token) -> Referent | None:
        """The person last named with the style a bare "His Excellency" speaks by: the first name after the
        style in a sentence before (past the title between them)."""
        if any(c.dep_ == "appos" for c in children_of(style)):
            return None
        doc = style.doc
        owner = doc[style.i - 1].lower_ if style.i else ""  # "His" or "Her": the person's, as the earlier style's
        styles = [t for t in doc[: sentence_of(style).start] if t.lower_ == style.lower_ and t.i]
        for earlier in reversed([t for t in styles if doc[t.i - 1].lower_ == owner]):
            for index in range(earlier.i + 1, min(earlier.i + 16, sentence_of(earlier).end)):
                if (person := self.people.at(index)) is not None:
                    return Referent(person, 0.9)
        return None

    def resolve(self, subject: Token) -> Referent | None:
        """The person a subject names or refers to, with how sure the resolution is."""
        if subject.dep_ == "appos" and subject.lemma_.lower() in lexicon().speaking_bodies:
            return None  # "... Deng Xijun, the foreign ministry said": the body, not the name beside it
        person = self.people.named_by(subject)
        if person is not None:
            return Referent(person, 1.0)
        if subject.lower_ in STYLES and (styled := self._styled_before(subject)) is not None:
            return styled  # "His Excellency Minister X met ... His Excellency affirmed ...": X
        if subject.lower_ in PRONOUNS:
            for child in children_of(subject):
                if child.dep_ == "appos" and (titled := self.coref.role_noun(child)) is not None:
                    return titled  # "He, the vice premier, said"
            return self.coref.pronoun(subject, lexicon().verbs_of_saying)
        named = self.ctx.party_at(subject.i)
        if named is not None and named.known and self.ctx.people.at(subject) is None:
            return None  # "the State of Qatar ... commends": the state named, not a "Minister of State" told before
        titled = self.coref.role_noun(subject) if subject.pos_ in {"NOUN", "PROPN"} else None
        if titled is None and told_by_age(subject):  # "The 58-year-old (former judge) told reporters": as "she"
            return self.coref.pronoun(subject, lexicon().verbs_of_saying)
        return titled


def told_by_age(word: Token) -> bool:
    """Whether a subject names a person again by their age: "the 58-year-old", "the 58-year-old former judge" (not
    "a 25-year-old protester", someone new)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(word)):
        return False
    olds = [word] if word.lower_ == "old" else [c for c in children_of(word) if c.dep_ == "amod" and c.lower_ == "old"]
    return any(c.lower_ in {"year", "years"} for old in olds for c in children_of(old))


RELATIVE_PRONOUNS = {"who", "which", "that"}


def _one_name_broken_up(subjects: list[Token]) -> bool:
    """Whether several subjects of one verb are the words of one title and name the parser split up: nouns, proper
    nouns and hyphens in a row, no comma or conjunction between them, the last a proper noun."""
    if len(subjects) < 2 or subjects[-1].pos_ != "PROPN":
        return False
    words = subjects[0].doc[subjects[0].i : subjects[-1].i + 1]
    return all(t.pos_ in {"PROPN", "NOUN"} or t.text == "-" for t in words)


def speaker_subject(verb: Token) -> Token | None:
    """The subject of a verb of saying: its own, that of the verb it is coordinated with or depends on, the noun a
    relative pronoun stands for, or a speaking body set beside a name before the verb."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        # "X was quoted by TASS as saying ...", "Interfax quoted X as saying ...": the one quoted speaks
        quoted = verb.head.head
        return next((c for c in children_of(quoted) if c.dep_ in {"nsubjpass", "dobj"}), None)
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and not c.is_punct]  # not a "»"
    if _one_name_broken_up(subjects):
        subjects = subjects[-1:]  # "Army chief Abdel Fattah al-Burhan said" parsed as four subjects: the name's last
    for child in subjects:
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() != "quote":
            # "his re-election was rejected as fraudulent by the opposition": what was said, by the agent if any
            return next(
                (o for a in children_of(verb) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"), None
            )
        if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head != verb:
            return _titled_owner(verb.head)  # "X, who described the talks as 'useful', said ...": X
        beside = [c for c in children_of(child) if c.dep_ == "appos"] + subjects[1:]
        body = next((c for c in beside if c.i + 1 == verb.i), None)
        if body is not None and body.lemma_.lower() in lexicon().speaking_bodies:
            return body  # "... by the envoy, Deng Xijun, the foreign ministry said": the ministry speaks
        if child.lower_ in STYLES and beside:
            return beside[0]  # "His Highness the Amir affirmed ...": the Amir speaks
        return _name_on_the_title_s_place(child, verb) or child
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "X said that A and B had not agreed, adding that ...": X adds,
        saying = [a for a in ancestors_of(verb) if a.pos_ == "VERB" and a.lemma_.lower() in lexicon().verbs_of_saying]
        if saying:  # whatever clause of X's words the parser hung the participle on
            return speaker_subject(saying[-1])
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head != verb:
        return speaker_subject(verb.head)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon().verbs_of_saying and verb.nbor(-1).dep_ == "cc":
        return speaker_subject(verb.head)  # "said X but warned that Y", "warned" parsed as a second clause said
    if verb.i > 0 and verb.nbor(-1).text in CLOSING_MARKS and (named := _inverted_speaker(verb)) is not None:
        return named  # '"...," underlined X': the name after the verb, parsed as its object
    # "Yoon, who flew in on Thursday, told ...": a name set off before the verb, which the parser hung elsewhere
    stray = [c for c in lefts_of(verb) if c.dep_ in {"advmod", "npadvmod", "dep"} and c.ent_type_ == "PERSON"]
    if stray and stray[0].left_edge.i == sentence_of(verb).start:
        return stray[0]
    return None


def _name_on_the_title_s_place(title: Token, verb: Token) -> Token | None:
    """The name set off after a title's place and before the verb, which the parser hung on the place: "X's envoy
    in Quito, NAME, said", "X's envoy for the region, NAME, who was not there, said" (NAME speaks)."""
    if title.lemma_.lower() not in lexicon().title_words or any(c.dep_ == "appos" for c in children_of(title)):
        return None
    places = [o for p in children_of(title) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    names = [a for o in places for a in children_of(o) if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    if not names:
        return None
    name = names[-1]
    relative = {t.i for o in (*places, name) for c in children_of(o) if c.dep_ == "relcl" for t in subtree_of(c)}
    gap = tokens_of(verb.doc)[name.right_edge.i + 1 : verb.i]
    return name if name.right_edge.i + 2 >= verb.i or all(t.is_punct or t.i in relative for t in gap) else None


def _titled_owner(noun: Token) -> Token:
    """The name a relative clause stands for when the parser hung it on the end of the name's title: "X, head of
    the presidential office, who called the talks ...": X, not the office."""
    current = noun
    while current.ent_type_ != "PERSON" and current.dep_ in {"pobj", "prep"} and current.head != current:
        current = current.head
    if current.dep_ == "appos" and current.head.ent_type_ == "PERSON" and current != noun:
        return current.head
    return noun


CLOSING_MARKS = frozenset({*CLOSE_QUOTES, APOSTROPHE, "'"})
"""Marks that close a quotation a verb of saying may follow."""


def _inverted_speaker(verb: Token) -> Token | None:
    """The person named right after a verb of saying that follows a quotation and has no subject ('"...,"
    underlined X'), which the parser read as the verb's object."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    return objects[0] if objects and following is not None and following.ent_type_ == "PERSON" else None


MEMBER_PREPOSITIONS = {"including", "among"}
"""Prepositions that name members of a group: "critics, including X", "analysts, among them X"."""


def also_speaking(subject: Token, people: People) -> list[Person]:
    """The people a subject of saying names besides the one it resolves to, each saying what it says: the members a
    group names ("Critics, including X, say ...", "Others, such as X and Y, argue ...") and the names listed with a
    named subject ("Both A and B said ...")."""
    if subject.dep_ != "nsubj":
        return []  # not the agent of a passive ("decisions would be made by A and B")
    if people.at(subject) is not None:
        listed = [c for c in children_of(subject) if c.dep_ == "conj"]
    elif subject.tag_ == "NNS" or subject.lower_ == "others":
        members = [
            c
            for c in children_of(subject)
            if c.dep_ == "prep"
            and (
                c.lower_ in MEMBER_PREPOSITIONS or c.lower_ == "as" and any(a.lower_ == "such" for a in children_of(c))
            )
        ]
        listed = [o for p in members for o in children_of(p) if o.dep_ == "pobj"]
        listed += [c for o in listed for c in children_of(o) if c.dep_ == "conj"]
    else:
        return []
    found = {p.name: p for t in listed if (p := people.named_by(t)) is not None}
    return list(found.values())
