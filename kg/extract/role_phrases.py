"""Where the words about a person stand around their name: the title chain before it, a phrase it is in
apposition to, an apposition after it; and which words are titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.base import ends_its_sentence, sentence_of
from kg.extract.name_runs import honorifics, title_words
from kg.extract.name_tokens import FORMS_OF_ADDRESS, STYLES
from kg.extract.people import plural_title
from kg.extract.person_cues import titled_subject
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context

QUALIFIERS = {"acting", "interim", "outgoing", "incoming", "caretaker", "former", "then", "deputy"}
STOP_POS = {"DET", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "NUM", "ADV", "INTJ"}
PLACE_PREPOSITIONS = {"in", "at"}


def _clause_start(span: Span) -> int:
    """Where a name's sentence starts, across a break the parser put after a title ("Saudi Foreign Minister | X")."""
    start = sentence_of(span).start
    if start > 0:
        before = span.doc[start - 1]
        if not before.is_punct and not before.is_space and "\n" not in before.whitespace_:
            return sentence_of(before).start
    return start


def pre_chain(span: Span, ctx: Context) -> tuple[list[Token], str | None]:
    """Tokens of the title chain right before a name, and a person owning it ("Trump's envoy"); a title in the
    plural before a list of names is each one's ("Foreign Ministers A and B")."""
    chain, owner = _own_chain(span, ctx)
    while len(chain) > 1 and chain[-1].lower_.rstrip(".") in FORMS_OF_ADDRESS:
        chain = chain[:-1]  # "Minister of Foreign Affairs Dr. X": the title without the form of address
    while chain and chain[0].lower_ in STYLES:
        chain = chain[1:]  # "His Excellency Minister X"
    joined = chain[0].i - 1 if chain and chain[0].lower_ in {"former", "ex"} else -1
    if joined > 1 and span.doc[joined].lower_ == "and" and is_title(span.doc[joined - 1]):
        current, _ = _own_chain(span.doc[joined : joined + 1], ctx)
        chain = current or chain  # "AU envoy and former Chilean President X": the office held now
    root = span.root
    if not chain and root.dep_ == "conj" and (first := ctx.people.at(root.head)) is not None:
        mention = next((m for m in first.mentions if m.start <= root.head.i < m.end), None)
        shared = _own_chain(mention, ctx)[0] if mention is not None and mention.end <= span.start else []
        if shared and shared[-1].text[:1].isupper() and plural_title(shared[-1]):
            return shared, owner
    return chain, owner


def _own_chain(span: Span, ctx: Context) -> tuple[list[Token], str | None]:
    doc = span.doc
    chain: list[Token] = []
    i = span.start - 1
    sent_start = _clause_start(span)
    while i >= sent_start:
        token = doc[i]
        if token.text in {"'s", "’s"}:
            owner = ctx.people.at(i - 1) if i - 1 >= sent_start else None
            if owner is not None:
                return chain, owner.name
            chain.insert(0, token)
            i -= 1
            continue
        joined = token.text == "/" and chain and chain[0].text[:1].isupper() and i > sent_start
        if joined and doc[i - 1].text[:1].isupper() and not token.whitespace_:
            chain.insert(0, token)  # "High Representative/Vice-President X": one office with two titles
            i -= 1
            continue
        if (token.is_punct and token.text != "-") or token.is_space or "\n" in token.whitespace_:
            break
        if ctx.people.at(i) is not None:
            break
        if token.lower_ in QUALIFIERS:
            chain.insert(0, token)
            i -= 1
            continue
        if token.lower_ == "the" and chain and i - 1 >= sent_start and doc[i - 1].lower_ in {"of", "to", "for", "at"}:
            chain.insert(0, token)  # "President of the Russian Federation X", "Ambassador to the United States X",
            i -= 1  # "Special Envoy for the Horn of Africa X"
            continue
        if token.lower_ == "and" and chain and chain[0].text[:1].isupper() and _inside_a_brief(doc, i, sent_start):
            chain.insert(0, token)  # "Assistant Secretary for European and Eurasian Affairs X"
            i -= 1
            continue
        if token.lower_ == "and" and chain and _two_offices(doc[i - 1], chain[0]) and i > sent_start:
            chain.insert(0, token)  # "Deputy Prime Minister and Minister of Defence X": one person's two offices
            i -= 1
            continue
        if token.pos_ == "VERB" and not chain and i == span.start - 1 and is_title(token):
            chain.insert(0, token)  # "delegation head X": a title the tagger took for a verb
            i -= 1
            continue
        if token.lower_ in {"his", "her"} and chain and (partner := _partner(span, ctx)) is not None:
            return chain, partner  # "hosted by the EU's foreign policy chief and his envoy X": the chief's envoy
        if token.pos_ in STOP_POS or (
            token.pos_ == "ADJ" and not token.text[:1].isupper() and token.lower_ not in title_words() and not chain
        ):
            break
        if token.pos_ == "NOUN" and token.is_lower and chain and chain[0].ent_type_ in {"NORP", "GPE"}:
            break  # "it was the third time Turkish President X": the state's name opens the title
        if token.pos_ == "ADP":
            if token.text[:1].isupper() and chain and is_title(chain[0]):
                chain.insert(0, token)  # "Under Secretary"
                i -= 1
                continue
            owner_word = doc[i - 1] if i - 1 >= sent_start else None
            if token.lower_ == "to" and owner_word is not None and chain and is_title(owner_word):
                if any(is_title(t) for t in chain):
                    break  # "chief of staff to (U.S.) President X": the president's own title is X's role
                chain.insert(0, token)  # "Russian Ambassador to the United States X"
                i -= 1
                continue
            owned = span.end < len(doc) and doc[span.end].text in {"'s", "’s"}  # "head of President X's office"
            serving = owner_word is not None and (owner_word.lower_ in lexicon().serving_titles or owned)
            if serving and chain and chain[0].lower_ in lexicon().leader_titles[1]:
                break  # "spokeswoman for President X": X is the president, the spokeswoman another person
            # "Minister of State at the Ministry of Foreign Affairs X": "at" a body named in capitals
            body = chain[1] if len(chain) > 1 and chain[0].lower_ == "the" else None
            at_a_body = token.lower_ == "at" and body is not None and body.text[:1].isupper()
            if (
                (token.lower_ in {"of", "for"} or at_a_body)
                and owner_word is not None
                and (owner_word.text[:1].isupper() or is_title(owner_word))  # "deputy secretary of state X"
                and (owner_word.i > sent_start or is_title(owner_word))
                and owner_word.tag_ != "NNS"  # not "Representatives of President X": those the president sends
                and chain
            ):
                chain.insert(0, token)
                i -= 1
                continue
            break
        chain.insert(0, token)
        i -= 1
    return chain, None


def _two_offices(before: Token, after: Token) -> bool:
    """Whether an "and" between two words joins two capitalised titles held by one person ("Deputy Prime Minister
    and Foreign Minister X"); a name before it ("Putin and Foreign Minister X") or a plural title ("Ministers")
    is another person's."""
    capitals = before.text[:1].isupper() and after.text[:1].isupper()
    if capitals and is_title(before) and before.tag_ != "NNPS" and not plural_title(before):
        return True
    # "Secretary of State and national security adviser X": a capitalised office with its "of", then another
    doc = before.doc
    office = doc[max(before.i - 2, 0)] if before.i >= 2 and doc[before.i - 1].lower_ == "of" else None
    return (
        office is not None
        and before.text[:1].isupper()
        and office.text[:1].isupper()
        and is_title(office)
        and not plural_title(office)
        and any(is_title(t) for t in doc[after.i : after.i + 4])
    )


def _inside_a_brief(doc: Doc, index: int, start: int) -> bool:
    """Whether an "and" at ``index`` joins two capitalised words of a title's brief: a title, "for", then
    capitalised words up to it ("Secretary for European and ...", "Envoy for Sudan and ...")."""
    i = index - 1
    while i > start and doc[i].text[:1].isupper() and doc[i].pos_ in {"PROPN", "ADJ", "NOUN"}:
        i -= 1
    return i < index - 1 and i > start and doc[i].lower_ == "for" and is_title(doc[i - 1])


def _partner(span: Span, ctx: Context) -> str | None:
    """The person a name is joined to by "and" ("A and his envoy B"): whom "his" or "her" before B stands for."""
    root = span.root
    if root.dep_ == "appos" and root.head.i < root.i:
        root = root.head  # "A and his envoy B" parsed with B set beside "envoy"
    if root.dep_ != "conj":
        return None
    partner = ctx.people.named_by(root.head)
    return partner.name if partner is not None else None


def _listed_after_a_title(name: Token) -> bool:
    """Whether a name the parser made a conjunct of a plural title stands after it as its apposition: "The foreign
    ministers, X and Y, will meet" (X conjoined with "ministers")."""
    head = name.head
    comma = name.left_edge.i - 1
    return (
        name.dep_ == "conj"
        and head.tag_ == "NNS"
        and head.text.islower()
        and plural_title(head)
        and comma == head.i + 1
        and name.doc[comma].text == ","
    )


def phrase_before_appos(span: Span) -> list[Token]:
    """The noun phrase a name is in apposition to, when it comes first ("X's chief negotiator, NAME"); for a
    name coordinated with such a name after a plural title ("their foreign ministers, A of X and B of Y"), the
    same phrase (whose title :func:`kg.extract.role_text.clean_role` makes singular)."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and not _listed_after_a_title(first):
        first = first.head
    apposed = first.dep_ == "appos" or _listed_after_a_title(first)
    if first is not root and not (first.head.tag_ in {"NNS", "NNPS"} and apposed):
        return []
    head = first.head
    if not apposed or head.i >= first.i or head.pos_ not in {"NOUN", "PROPN"}:
        return []
    start = first.left_edge.i if first is not root else span.start
    # "the EU Special Representative for the X Dialogue, NAME": hung on "Dialogue"; "the Chairman of the State
    # Committee for National Security of X, NAME": hung on "Security", the title two phrases up. Not up to a plural
    # title, which one name is not: "representatives of X's rights commissioner, NAME" (the commissioner)
    probe = head
    while probe.dep_ == "pobj" and probe.head.lower_ in {"for", "of", "on"}:
        probe = probe.head.head
        if probe.tag_ in {"NNS", "NNPS"}:
            break
        if is_title(probe):
            head = probe
    if head.ent_type_ == "PERSON" and any(c.dep_ == "appos" and is_title(c) for c in children_of(root)):
        return []  # "A, minister of Foreign Affairs, B, minister of Defence": B's own title follows B
    labelled = head.i + 1 < len(span.doc) and span.doc[head.i + 1].text == ":"
    if labelled and any(c.dep_ == "appos" and c.i > root.i for c in children_of(root)):
        return []  # "Facilitator: X, US ambassador to Y": a fact box's label, X's own title after X
    stated = any(c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"GPE", "NORP"} for c in children_of(head))
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and first.i > head.i and not stated:
        return []  # "A, the foreign minister, B, the defence minister": the title hung before B is A's (not "A,
        # Peru's prime minister, B": a state's title set before B is B's)
    named_between = any(t.ent_type_ == "PERSON" for t in span.doc[head.i : max(head.i, start - 1)])
    if (head.ent_type_ in {"PERSON", "GPE"} or named_between) and (
        (title := _title_right_before(span.doc, start)) and title.i > head.i
    ):  # "A, who hosted it with the EU's envoy for the dialogue, B, said": B hung on A; "The X Representative,
        head = title  # A, and the Special Representative for Y, B, met ...": B hung on the first title
    if head.ent_type_ == "PERSON":
        # "Crown Prince A and the foreign minister of X, B": hung on the other name, the phrase is the conjunct
        joined = [c for c in children_of(head) if c.dep_ == "conj" and c.i < start and c.ent_type_ != "PERSON"]
        head = joined[-1] if joined else head
    tokens = []
    for token in subtree_of(head):
        if token.i >= start:
            break
        tokens.append(token)
    if len(tokens) < start - tokens[0].i:
        return []  # "The deal was announced by ..., former President X": hung across the verb, not set beside it
    commas = [position for position, token in enumerate(tokens) if token.text == ","]
    if commas:
        tokens = tokens[: commas[-1]]  # "The army's leader, General X": the rank after the comma is the name's
    doing = {t.i for c in children_of(head) if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} for t in subtree_of(c)}
    tokens = [t for t in tokens if t.i not in doing]  # "the EU official chairing the talks, X": the official
    return _drop_place_phrases(tokens)


def _title_right_before(doc: Doc, start: int) -> Token | None:
    """The title whose phrase ends at the comma before a name: "with the EU's envoy for the dialogue, NAME"."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    word = doc[start - 2]
    while word.dep_ == "pobj" and word.head.lower_ in {"for", "of", "on"} and word.head.head.i < word.i:
        word = word.head.head  # up through the title's "for" and "of" phrases
    placed = word.dep_ == "appos" and word.head.ent_type_ == "GPE"  # "in Lima, Chile's top diplomat, B": hung on Lima
    placed = placed or word.dep_ == "conj" and word.head.ent_type_ == "PERSON"  # "..., A, and the envoy for X, B"
    return word if is_title(word) and (word.dep_ in {"pobj", "dobj"} or placed) else None  # (not "A, the minister, B")


def phrase_after(span: Span, ctx: Context) -> list[Token]:
    """An apposition after a name, up to the next comma or relative clause (hung on the name's head word, or on
    its last word where the parse splits a name with particles: "Khalil al-Hayya, Hamas's chief ...")."""
    root = span.root
    doc = span.doc
    children = list(children_of(root)) + [c for c in children_of(span[-1]) if span[-1] != root]
    if root.dep_ == "conj":
        children += [c for c in children_of(root.head) if c.i > span.end]  # "A and B, head of X": B's, however parsed
    for child in children:
        # "X, Minister of Foreign Affairs", "X, its secretary-general" (the "general" tagged an adjective)
        titled = child.pos_ == "NOUN" or child.pos_ in {"PROPN", "ADJ"} and is_title(child)
        if child.dep_ == "appos" and _gapped_clause(child, ctx):
            return []  # "A's team was led by X, B's team by Y": what follows X is a clause of its own
        if child.lower_ in EVENT_NOUNS:
            continue  # "later met X, the top U.S. diplomat's second visit to China": the event, not X
        if child.dep_ == "appos" and child.i >= span.end and titled and ctx.people.at(child) is None:
            if any(ctx.people.at(t) is not None for t in doc[span.end : child.left_edge.i]):
                continue  # another name stands between: the apposition is that one's
            last = child
            while last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and doc[last.i + 2].head == child.head:
                last = doc[last.i + 2]  # "vice-chairman" parsed as three appositions
            words = doc[child.left_edge.i : last.right_edge.i + 1]
            tokens = []
            for token in words:
                if token.i < span.end:
                    continue
                if token.text == "," and token.i > child.i and _name_list_goes_on(doc, token.i, ctx):
                    tokens.append(token)  # "Minister of Water, Irrigation and Energy"
                    continue
                if token.text == "," and token.i > child.i or token.dep_ == "relcl" or token.lower_ in {"who", "which"}:
                    break
                if token.dep_ == "acl" and token.tag_ in {"VBG", "VBN"} and token.head == child:
                    break  # "X, the Chilean diplomat leading the facilitation": the title before the participle
                if token.lower_ == "and" and token.i > child.i and doc[token.i + 1].pos_ == "DET":
                    break  # "X, Israel's strategic affairs minister and a close confidant of Y": the first one
                tokens.append(token)
            if _titles_another(tokens, ctx):
                continue  # the title of the next name in a list, not an apposition to this one
            return tokens
    return _surface_apposition(span, ctx)


def _gapped_clause(noun: Token, ctx: Context) -> bool:
    """Whether a noun after a name opens a clause with its verb left out: "A's team was led by X, B's team by Y"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(ctx.people.at(o) is not None for o in children_of(c))
        for c in children_of(noun)
    )


EVENT_NOUNS = {"visit", "trip", "tour", "meeting", "talks", "summit", "call", "encounter", "time", "stop"}
"""Nouns of an event that an apposition after a name may sum up: "... met X, his first visit to the region"."""


def _name_list_goes_on(doc: Doc, comma: int, ctx: Context) -> bool:
    """Whether a comma inside a title's "of" goes on with a list of capitalised words joined by "and" ("Minister
    of Water, Irrigation and Energy"), not with another name or clause."""
    if not any(t.lower_ == "of" for t in doc[max(comma - 4, 0) : comma]):
        return False
    words = []
    for t in doc[comma + 1 : min(comma + 8, len(doc))]:
        if t.text in {",", ".", ";", ":"} or t.pos_ in {"VERB", "AUX"}:
            break
        words.append(t)
    return (
        any(t.lower_ == "and" for t in words)
        and capitalised_name(words)
        and not any(ctx.people.at(t) is not None or ctx.party_at(t.i) is not None for t in words)
    )


def capitalised_name(words: list[Token]) -> bool:
    """Whether words are a capitalised name, a list of them joined by commas and "and" included."""
    joined = {"and", ",", "&"}
    return words[-1].text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ in joined for t in words)


def _surface_apposition(span: Span, ctx: Context) -> list[Token]:
    """ "X, spokesman for President Y, told ...", parsed as two subjects: the phrase between two commas right
    after a name, when it opens (after articles and adjectives) on a title word."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return []
    tokens: list[Token] = []
    cut: int | None = None
    for token in doc[span.end + 1 : min(span.end + 14, sentence_of(span).end)]:
        if token.text == "," or token.text in {".", ";"} and ends_its_sentence(token):
            break  # the next comma, or the sentence's end (and the paragraph break the model may keep in it): "...,
            # and Y, Minister of Foreign Affairs."
        if cut is None and tokens and token.dep_ == "acl" and token.tag_ in {"VBG", "VBN"}:
            cut = len(tokens)  # "X, the Norwegian diplomat leading the facilitation, said": the title before it
        elif token.pos_ in {"VERB", "AUX"} or token.lower_ in {"who", "which"}:
            return []
        tokens.append(token)
    else:
        return []
    tokens = tokens if cut is None else tokens[:cut]
    # articles, adjectives and an owner's name with its "'s" come before the title: "the bloc's trade chief"
    opening = next(
        (t for t in tokens if t.pos_ not in {"DET", "ADJ", "PROPN"} and t.tag_ != "POS" or is_title(t)), None
    )
    if _titles_another(tokens, ctx):
        return []  # "X, UN Secretary-General Y and Z looked on": the title of the next name in a list
    return tokens if opening is not None and is_title(opening) else []


def _titles_another(tokens: list[Token], ctx: Context) -> bool:
    """Whether a phrase after a name ends on another name that it titles ("UN Secretary-General Y"), rather than
    naming the one served ("spokesman for President Y", "wife of Y")."""
    for position, token in enumerate(tokens):
        if ctx.people.at(token) is not None:
            owner = any(t.text in {"'s", "’s"} for t in tokens[position:])  # "Trump's senior adviser"
            return not owner and not any(t.pos_ == "ADP" for t in tokens[:position])
    return False


def honorific_only(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in honorifics() and word not in title_words()


def crowned(token: Token) -> bool:
    """ "Crown Prince": an honorific that "crown" makes a title."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "crown" and token.lower_ in honorifics()


def apposed_title(word: Token) -> Token | None:
    """The title a name is set after, between commas, where the title stands in the clause for the person: "The
    Minister of Foreign Affairs, X, received ..." ("Minister")."""
    title = word.head
    return title if word.dep_ == "appos" and title.i < word.i and is_title(title) else None


def is_title(token: Token) -> bool:
    if crowned(token):
        return True
    return token.lower_.rstrip(".") in title_words() or token.lemma_.lower() in title_words()


def _drop_place_phrases(tokens: list[Token]) -> list[Token]:
    """Remove "in Geneva"-like phrases and trailing punctuation from a role phrase."""
    dropped: set[int] = set()
    for token in tokens:
        if token.dep_ == "prep" and token.lower_ in PLACE_PREPOSITIONS:
            objects = [c for c in children_of(token) if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in {"GPE", "LOC", "FAC"}:
                dropped.update(t.i for t in subtree_of(token))
    kept = [t for t in tokens if t.i not in dropped]
    while kept and (kept[-1].is_punct or kept[-1].pos_ in {"ADP", "CCONJ"}):
        kept.pop()
    return kept


def joint_title_side(span: Span, ctx: Context) -> str | None:
    """The side the first of two titles joined by "and" names for the person after the second: "Pakistani Deputy
    Prime Minister and Foreign Minister X" (X parsed as a conjunct of the first title)."""
    root = span.root
    first = root.head
    if root.dep_ != "conj" or not is_title(first) or ctx.people.at(first) is not None:
        return None
    named = [m for t in subtree_of(first) if t.i < first.i and (m := ctx.party_at(t.i)) is not None and m.known]
    return named[0].party if named else None


def copular_title(span: Span) -> list[Token]:
    """The title phrase a copula says a name is: "The rebels' chief negotiator" of "The rebels' chief negotiator is
    X" (the name as the verb's complement)."""
    subject = titled_subject(span.root, title_words())
    return list(span.doc[subject.left_edge.i : subject.i + 1]) if subject is not None else []
