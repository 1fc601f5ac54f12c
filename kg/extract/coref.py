"""Who a pronoun or a role noun refers to, within one article: a small coreference resolver over the spaCy parse.

News writing names a person once in full and then refers back to them: by surname (``People`` handles that), by
pronoun ("he cautioned"), or by a role noun phrase ("the minister said", "the Russian leader added", "the Kremlin
aide told reporters"). This module answers the last two for a token in subject position:

* **Pronouns** ("he", "she") in a clause under their own sentence's main verb go to that verb's subject ("X
  gave Y credit for what he described as ..."); others go to the subject that opens the sentence before, else
  to the nearest earlier person who was the subject of a main clause or of a verb of saying nearby, skipping
  people of the other gender where the article shows it (an honorific, "Mr"/"Ms", or the pronoun subject of the
  sentence after one that names that person alone).
* **Role nouns** go to the most recently mentioned person whose role the noun can stand for (the classes in
  ``kg/data/lexicon.json``: "leader" stands for a president, prime minister, king ...; "official" for a minister,
  spokesman, envoy ...), never a former office holder, and whose side agrees with the phrase's country adjective
  or metonym ("the Russian leader", "the Kremlin aide", "the Swiss President").

A resolved pronoun or role noun counts as a mention of its person, so references follow a chain ("the Russian
leader said ... the head of state added"). Each answer carries a confidence: lower when another person fits.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.base import (
    SUBJECT_DEPS,
    Context,
    paragraph_of,
    sentence_of,
    sentences_of,
    text_of,
    tokens_of,
)
from kg.extract.parties import GOVERNMENT_WORDS, government_named_before
from kg.extract.people import People, Person, title_words
from kg.extract.referred_parties import GROUP_KINDS, bloc_referred_to, group_named_before
from kg.extract.tree import children_of, lefts_of, subtree_of
from kg.gazetteer import fold, lexicon

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
OPENING_TOKENS = 6
"""How far into a sentence its subject may stand and still open it ("Foreign Minister Jana Novak said ...")."""
FORMER = ("former", "then", "ex", "late", "previous", "outgoing")
ROLE_WINDOW = 400
"""Tokens back a role noun looks for a person of its side whose role the article does not give (a few
paragraphs); a person whose role it names is looked for anywhere before."""


@cache
def role_classes() -> dict[str, tuple[str, ...]]:
    """Role noun -> the role words of the people it can refer to."""
    return lexicon().role_nouns


@cache
def gendered_honorifics() -> dict[str, str]:
    return lexicon().gendered_honorifics


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether a text holds any of the words or phrases, as whole words (folded)."""
    folded = f" {fold(text)} "
    return any(f" {fold(w)} " in folded for w in words)


@dataclass(frozen=True)
class Referent:
    """The person a pronoun or role noun refers to, and how sure that is."""

    person: Person
    confidence: float


def genders_by_pronoun(doc: Doc, people: People) -> dict[str, str]:
    """The gender of each person named alone, as the subject, in a sentence that names nobody else, when the
    next sentence names nobody and its main clause has a gendered pronoun subject: "X arrived on Monday. She
    said ..."."""
    found: dict[str, str] = {}
    sentences = sentences_of(doc)
    for sentence, following in zip(sentences, sentences[1:], strict=False):
        named: set[str] = set()
        subjects: set[str] = set()
        tokens = tokens_of(doc)
        for index, person in people.named_between(sentence.start, sentence.end):
            named.add(person.name)
            if tokens[index].dep_ in SUBJECT_DEPS:
                subjects.add(person.name)
        if len(subjects) != 1 or named != subjects:
            continue
        (name,) = subjects
        root = following.root
        pronouns = [c for c in children_of(root) if c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUN_GENDER]
        if pronouns and not people.named_between(following.start, following.end):
            found.setdefault(name, PRONOUN_GENDER[pronouns[0].lower_])
    return found


class Coreference:
    """Resolves pronouns and role nouns of one document to its people."""

    def __init__(self, ctx: Context, people: People, excluded: set[int] | None = None) -> None:
        self.ctx = ctx
        self.people = people
        self.doc = ctx.doc
        mentions = [(m.start, m, p) for p in people.persons for m in p.mentions if m.start not in (excluded or set())]
        self.mentions = sorted(mentions, key=lambda e: e[0])
        self.starts = [e[0] for e in self.mentions]
        self.gender = self._genders()

    def _remember(self, token: Token, found: Referent | None) -> Referent | None:
        """Count a resolved pronoun or role noun as a mention of its person, so the next reference prefers the
        person the text was just talking about ("the Russian leader said ... the head of state added")."""
        if found is not None:
            position = bisect.bisect_left(self.starts, token.i)
            self.starts.insert(position, token.i)
            self.mentions.insert(position, (token.i, self.doc[token.i : token.i + 1], found.person))
        return found

    # ---- gender ---------------------------------------------------------------------------------------------
    def _genders(self) -> dict[str, str]:
        """A gender per person where the article shows one: an honorific before a mention, or the pronoun subject
        of a sentence that follows one naming that person alone, as its subject, and names nobody itself."""
        found: dict[str, str] = {}
        honorifics = gendered_honorifics()
        for _, mention, person in self.mentions:
            if mention.start > 0:
                word = self.doc[mention.start - 1].lower_.rstrip(".")
                if word in honorifics:
                    found.setdefault(person.name, honorifics[word])
        for name, gender in self.ctx.genders_by_pronoun.items():
            found.setdefault(name, gender)
        for _, mention, person in self.mentions:
            if (shown := _own_possessive(mention, self.people)) is not None:
                found.setdefault(person.name, shown)
        return found

    def _compatible_gender(self, person: Person, pronoun: Token) -> bool:
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        known = self.gender.get(person.name)
        return wanted is None or known is None or known == wanted

    # ---- pronouns -------------------------------------------------------------------------------------------
    def pronoun(self, token: Token, speech_verbs: frozenset[str]) -> Referent | None:
        """The person a pronoun most likely refers to: the last one nearby that was the subject of a main clause
        or of a verb of saying, of a compatible gender."""
        return self._remember(token, self._pronoun(token, speech_verbs))

    def referent_of(self, token: Token, speech_verbs: frozenset[str]) -> Referent | None:
        """The person a pronoun most likely refers to, as :meth:`pronoun` finds it, without counting it as a
        mention of that person (for readers other than the speakers')."""
        return self._pronoun(token, speech_verbs)

    def _pronoun(self, token: Token, speech_verbs: frozenset[str]) -> Referent | None:
        sentence = sentence_of(token)
        before = bisect.bisect_left(self.starts, token.i)
        nearby = bisect.bisect_left(self.starts, sentence.start - 80)  # a mention starts after its sentence
        earlier = [e for e in self.mentions[nearby:before] if sentence.start - sentence_of(e[1]).start <= 80]
        if not earlier:
            earlier = self.mentions[max(before - 1, 0) : before]
        candidates = [(m, p) for _, m, p in reversed(earlier) if self._compatible_gender(p, token)]
        if not candidates:
            return None
        subjects = []
        for mention, person in candidates:
            root = mention.root
            while root.dep_ in {"appos", "conj", "compound"} and root.head != root:
                root = root.head
            if (
                root.dep_ in SUBJECT_DEPS
                or _misread_subject(root)
                or root.dep_ == "pobj"
                and root.head.lower_ == "to"
                and root.head.head.lower_ == "according"
                or _agent(root)  # "The delegation was led by X. He said ...": the doer of a passive
            ):
                subjects.append((root, person))
        main = [
            p for r, p in subjects if r.head.dep_ == "ROOT" or r.head.lemma_.lower() in speech_verbs or r.dep_ == "pobj"
        ]
        # the subject that opens the sentence just before ("X opens his news conference ... The problem, he said,
        # was ..."), even where the parser hangs that sentence on a quote that follows it
        previous = self._sentence_before(sentence)
        opening_subjects = [
            (r, p)
            for r, p in subjects
            if (r.dep_ in SUBJECT_DEPS or _misread_subject(r))
            and previous
            and sentence_of(r) == previous
            and r.left_edge.i - previous.start <= OPENING_TOKENS
        ]
        # of those, the main verb's own subject ("X said he and Y had spent ... He said": X, not Y)
        main_subjects = [p for r, p in opening_subjects if previous and r.head == previous.root]
        # else the speaker the sentence before ends on ("A and B discussed the annex, X wrote. '...,' he said": X)
        reporter = [
            p
            for r, p in subjects
            if previous
            and sentence_of(r) == previous
            and r.head == previous.root
            and previous.root.lemma_.lower() in speech_verbs
            and any(c.dep_ == "ccomp" and c.i < r.i for c in children_of(previous.root))
        ]
        opening = main_subjects or reporter[:1] or [p for _, p in opening_subjects]
        if not opening and previous is not None:
            # else the last subject of a main clause just before ("Neither signed, and X made clear he ... ")
            opening = [p for r, p in subjects if sentence_of(r) == previous and _main_doer(r, previous)][:1]
        # a pronoun in a clause under its own sentence's main verb: that verb's subject ("X, a former envoy, gave
        # Y credit for what he described as a bold move": he is X)
        own = [
            p
            for r, p in subjects
            if sentence_of(r) == sentence and r.i < token.i and r.head == sentence.root and token.head != sentence.root
        ]
        # a possessive pronoun after a subject a person owns: that person ("X's visit to A follows his visit to B")
        own = own or [
            p
            for m, p in candidates
            if token.dep_ == "poss"
            and sentence_of(m.root) == sentence
            and m.root.dep_ == "poss"
            and m.root.head.dep_ in SUBJECT_DEPS
            and m.root.head.head == sentence.root
            and m.end <= token.i
        ]
        if own:
            opening = own[:1]
        elif not opening and previous is not None and self._unnamed_subject(previous):
            return None  # "Qatar's foreign minister said ... 'Today is a new page,' he told reporters": that minister
        chosen = opening[0] if opening else main[0] if main else subjects[0][1] if subjects else candidates[0][1]
        rivals = {p.name for _, p in subjects if p.name != chosen.name}
        return Referent(chosen, 0.6 if rivals else 0.8)

    def _unnamed_subject(self, sentence: Span) -> bool:
        """Whether a sentence's main verb has for subject a person the text does not name: "a senior official", or
        a state's role noun ("Qatar's foreign minister said") that refers back to nobody named ("the UN chief" refers
        back)."""
        root = sentence.root
        subject = next((c for c in children_of(root) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.lemma_.lower() not in title_words():
            return False
        if any(c.dep_ == "appos" for c in children_of(subject)) or self.people.at(subject) is not None:
            return False
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(subject)):
            return True  # "a senior official said"
        opens = subject.left_edge.i == sentence.start and not self._named_just_before(sentence)
        if opens and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(subject)):
            return self._role_noun_referent(subject) is None  # "The Secretary-General welcomes ...", no one named
        side = self.side_of_phrase(subject) if any(c.dep_ == "poss" for c in children_of(subject)) else None
        return side is not None and self._role_noun_referent(subject) is None  # "Qatar's foreign minister said"

    def _named_just_before(self, sentence: Span) -> bool:
        """Whether someone is named in the sentence before this one ("X attended. The adviser said ...")."""
        previous = self._sentence_before(sentence)
        start = previous.start if previous is not None else sentence.start
        return bisect.bisect_left(self.starts, start) < bisect.bisect_left(self.starts, sentence.start)

    def _sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before, or, where that one lies inside a quotation opened earlier ("X announced it:
        "WE HAVE A DEAL. THANK YOU!" He later ..."), the sentence the quotation opened in."""
        if sentence.start == 0:
            return None
        previous = sentence_of(self.doc[sentence.start - 1])
        text = text_of(self.doc)
        paragraph_start = paragraph_of(self.doc, previous.start_char)[0]
        for _ in range(4):
            inside = text[paragraph_start : previous.start_char]
            opened = inside.count('"') % 2 == 1 or inside.count("“") > inside.count("”")
            if not opened or previous.start == 0 or previous.start_char <= paragraph_start:
                break
            previous = sentence_of(self.doc[previous.start - 1])
        return previous

    # ---- role nouns -----------------------------------------------------------------------------------------
    def role_noun(self, token: Token) -> Referent | None:
        """The person a role noun phrase ("the Russian leader", "the minister") stands for, or None."""
        return self._remember(token, self._role_noun_referent(token))

    def _role_noun_referent(self, token: Token) -> Referent | None:
        noun = self.role_class(token)
        if noun is None:
            return self._echoed_title(token)
        side = self.side_of_phrase(token)
        if noun == "counterpart" and side is None:
            return None  # "his counterpart": whose, the phrase does not say; "her Peruvian counterpart" does
        wanted = role_classes()[noun]
        seen: dict[str, Span] = {}
        unknown: dict[str, Span] = {}  # people of the phrase's side whose role the article did not give
        unsided: dict[str, Span] = {}  # people in the role whose side the article did not give
        earlier = self.mentions[: bisect.bisect_left(self.starts, token.i)]
        # "Commenting on a meeting with X, the head of state said": someone other than X
        others = {p.name for _, m, p in earlier if sentence_of(m) == sentence_of(token) and m.root.dep_ == "pobj"}
        for start, mention, person in reversed(earlier):
            if person.name in seen or person.name in others:
                continue
            role, affiliation, _ = self.people.descriptions.get(person.name, (None, None, mention))
            if role and holds_any(role, FORMER):
                continue  # "then US President", "former minister": not who "the President" is now
            if side is not None and affiliation is None and role and holds_any(role, wanted):
                unsided.setdefault(person.name, mention)  # "President X ... the Russian leader"
                continue
            if side is not None and affiliation != side and not (role and self._names_side(role, side)):
                continue
            if role and (holds_any(role, wanted) or self._mirrors(role, wanted)):
                seen[person.name] = mention  # (a counterpart of one in the role holds it too)
            elif role is None and side is not None and token.i - start <= ROLE_WINDOW:
                unknown.setdefault(person.name, mention)
        if not seen and len(unknown) == 1:
            seen = unknown
        if not seen and len(unsided) == 1:
            seen = unsided  # the only one in that role: the phrase tells their side
        if not seen:
            return None
        # those whose role holds the phrase's whole title ("the Deputy Secretary": not a Foreign Secretary)
        title = " ".join(w.text for w in lefts_of(token) if w.dep_ in {"compound", "amod"} and w.ent_type_ != "NORP")
        exact = {n: m for n, m in seen.items() if title and holds_any(self._role(n), (f"{title} {token.text}",))}
        seen = exact or seen
        # the most recently mentioned of them; "the minister" with two ministers about is a weaker guess
        ranked = sorted(seen.items(), key=lambda item: -item[1].start)
        chosen = self.people.by_name(ranked[0][0])
        if chosen is None or _unnamed_between(token, ranked[0][1].end):
            return None
        return Referent(chosen, 0.5 if len(ranked) > 1 else 0.75)

    def _mirrors(self, role: str, wanted: tuple[str, ...]) -> bool:
        """Whether a role told only as a "counterpart" mirrors an office of the wanted class that someone else in the
        article holds: "Foreign Minister A ... Her Chilean counterpart, B ... the minister said" (B may be meant)."""
        if role.split()[-1].lower() != "counterpart":
            return False
        return any(holds_any(r, wanted) for r, _, _ in self.people.descriptions.values() if r)

    def _role(self, name: str) -> str:
        return self.people.descriptions.get(name, (None, None, None))[0] or ""

    def _echoed_title(self, token: Token) -> Referent | None:
        """The one person earlier given the capitalised title a phrase repeats: "High Representative X ... the
        High Representative said"."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or self.people.at(token) is not None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return None
        words = [c for c in lefts_of(token) if c.dep_ in {"compound", "amod"}] + [token]
        if any(not w.text[:1].isupper() or w.ent_type_ in {"GPE", "NORP"} for w in words):
            return None
        phrase = f" {' '.join(w.lower_ for w in words)} "
        if phrase.strip() not in title_words() and words[-1].lower_ not in title_words():
            return None
        earlier = self.mentions[: bisect.bisect_left(self.starts, token.i)]
        holders = {
            person.name
            for _, _, person in earlier
            if (role := self._role(person.name))
            and phrase in f" {role.lower().replace('/', ' ')} "
            and not holds_any(role, FORMER)
        }
        chosen = self.people.by_name(holders.pop()) if len(holders) == 1 else None
        return Referent(chosen, 0.75) if chosen is not None else None

    def _names_side(self, role: str, side: str) -> bool:
        """Whether a role names a side by its demonym ("Russian Foreign Minister")."""
        entry = self.ctx.gazetteer.entry(side)
        return entry is not None and holds_any(role, entry.demonyms)

    def role_class(self, token: Token) -> str | None:
        """The role class a noun phrase's head (with its compound or "of" words) names."""
        if token.pos_ not in {"NOUN", "PROPN"} or self.people.at(token) is not None:
            return None
        if any(c.dep_ == "appos" and self.people.at(c) is not None for c in children_of(token)):
            return None  # "Norway's envoy, Dag Nylander": the phrase names the person beside it
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(token)) and not any(
            c.dep_ == "poss" for c in children_of(token)
        ):
            return None
        words = [c.lower_ for c in lefts_of(token) if c.dep_ in {"compound", "amod"}] + [token.lower_]
        of = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"]
        if of:
            words += ["of", *(t.lower_ for t in subtree_of(of[0]) if t.dep_ != "prep")]
        phrase = " ".join(words)
        classes = role_classes()
        for size in (3, 2, 1):  # the longest class the phrase ends with ("head of state", "prime minister")
            for start in range(len(words) - size + 1):
                candidate = " ".join(words[start : start + size])
                if candidate in classes and (phrase.endswith(candidate) or "of" in words):
                    return candidate
        return None

    def side_of_phrase(self, token: Token) -> str | None:
        """The side a role noun phrase names: "the Russian leader", "the Kremlin aide", "Iran's negotiator"."""
        for child in lefts_of(token):
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:  # the parser hangs some demonyms as nmod
                words = (
                    [t for t in subtree_of(child) if t.dep_ not in {"det", "case"}] if child.dep_ == "poss" else [child]
                )
                text = " ".join(t.text for t in words)  # "the European Union's envoy": the whole possessor
                text = text[:-2] if text.endswith(("'s", "’s")) else text
                party = self.ctx.gazetteer.party(text)
                if party is not None:
                    return party
                if child.dep_ == "poss" and (bloc := bloc_referred_to(child, self.ctx)) is not None:
                    return bloc  # "the bloc's foreign policy chief": the organisation named before
                if child.dep_ == "poss" and (owner := self._owner_referred_to(child)) is not None:
                    return owner  # "the rebels' negotiator", "the government's envoy": the side named before
        return None

    def _owner_referred_to(self, owner: Token) -> str | None:
        """The side a possessive group or government noun refers back to: the last armed group or movement, or the
        last state whose government the text named."""
        if owner.lower_ in lexicon().group_nouns:
            return group_named_before(self.ctx, 0, owner.i, GROUP_KINDS)
        if owner.lower_ in GOVERNMENT_WORDS:
            return government_named_before(owner.doc, owner.i, self.ctx.gazetteer)
        return None


def _unnamed_between(token: Token, start: int) -> bool:
    """Whether someone of the role noun's kind is introduced without a name after the named candidate: "An
    Israeli official said ... The official added" is that official, not a minister named before; so is "the
    EU's envoy" with no name beside it."""
    for word in token.doc[start : token.i]:
        if word.lemma_ != token.lemma_:
            continue
        if word.dep_ == "appos" and word.head.pos_ == "PROPN":
            continue  # "X, Chile's foreign minister, arrived ... The minister said": a named person's title
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(word)):
            return True
        # "hosted by the EU's special envoy for the dialogue. ... the envoy wrote": an owner's, with no name
        named = word.dep_ == "compound" or any(
            c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in children_of(word)
        )
        if any(c.dep_ == "poss" and c.ent_type_ != "PERSON" for c in children_of(word)) and not named:
            return True
    return False


def _misread_subject(word: Token) -> bool:
    """A name before its verb that the parser took for an adverb: "U.N. envoy X welcomed the agreement"."""
    return (
        word.dep_ in {"advmod", "npadvmod"}
        and word.pos_ == "PROPN"
        and word.head.pos_ == "VERB"
        and word.i < word.head.i
        and not any(c.dep_ in SUBJECT_DEPS for c in children_of(word.head))
    )


def _agent(word: Token) -> bool:
    """Whether a word is the doer a passive names after "by": "was led by X"."""
    return word.dep_ == "pobj" and word.head.dep_ == "agent"


def _main_doer(word: Token, sentence: Span) -> bool:
    """Whether a word is the subject of a sentence's main verb (or of a verb joined to it), or the doer of that verb
    in the passive ("The delegation was led by X")."""
    root = sentence.root
    if _agent(word):
        return word.head.head == root
    return word.dep_ in SUBJECT_DEPS and (word.head == root or word.head.dep_ == "conj" and word.head.head == root)


def _own_possessive(mention: Span, people: People) -> str | None:
    """The gender a subject's own possessive shows on its verb's object, no other person named between them: "X met
    her Peruvian counterpart", "X led his delegation"."""
    root = mention.root
    while root.dep_ in {"appos", "compound"} and root.head != root:
        root = root.head
    if root.dep_ != "nsubj":
        return None
    objects = [c for c in children_of(root.head) if c.dep_ == "dobj"]
    owners = [c for o in objects for c in children_of(o) if c.dep_ == "poss" and c.lower_ in {"his", "her"}]
    if len(owners) != 1 or any(people.at(i) is not None for i in range(mention.end, owners[0].i)):
        return None
    return PRONOUN_GENDER[owners[0].lower_]
