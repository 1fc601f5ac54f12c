"""What a party is at a meeting in, told beside its name: cast "as" one after a list of names ("Russia and Ukraine
as mediators", "the EU attending as an observer"), an observer's state, or present "with" the meeting ("with only
the rebels present", "with U.S. envoys present")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.base import tokens_of
from kg.extract.meetings.climbing import climb
from kg.extract.tree import children_of

ATTENDING_VERBS = {"attend", "act", "serve", "sit", "participate", "join"}
"""Verbs of being present in some capacity, said before "as": "the EU attending as an observer"."""

OBSERVER_NOUNS = {"observer", "observers", "witness", "witnesses", "guest", "guests", "accompanying", "accompanier"}
"""What a party cast "as" one of these attends without negotiating ("the EU as an observer", "with A and B as
accompanying countries")."""


LIST_ADVERBS = {"again", "also", "both", "jointly", "once", "together"}
"""Adverbs that may stand between a list of names and the "as" that casts them: "with A and B again as guarantors"."""


def past_list_adverbs(doc: Doc, index: int, stop: int) -> int:
    """The first word from ``index`` on, short of ``stop``, that is none of the :data:`LIST_ADVERBS`: where "as" or "in"
    stands after a list ("with A and B again as guarantors", "with A and B also in attendance")."""
    while index < stop and doc[index].lower_ in LIST_ADVERBS:
        index += 1
    return index


def cast_as(token: Token) -> str | None:
    """The noun a party name is cast as by a following "as" ("Russia and Ukraine as mediators", "the EU as an
    observer"), read along the list of names it stands in, whatever the parse made of the list."""
    return _cast(token)[0]


def cast_acting_as(token: Token) -> str | None:
    """The noun a party name is cast as by a verb of acting and "as" after its list ("with A, B and C acting as
    guarantors"), whatever the parser hung the verb on."""
    noun, acting = _cast(token)
    return noun if acting else None


def _cast(token: Token) -> tuple[str | None, bool]:
    doc = tokens_of(token.doc)
    end = min(token.i + 16, len(doc))  # a list of a few names at most
    index = _past_a_relative(token) + 1  # "A, which shares the lake, has attended as an observer"
    while (
        index < end
        and not (doc[index].is_punct and doc[index].text != ",")  # "A and B - plus C as mediators": A, B apart
        and doc[index].lower_ != "plus"
    ) and (
        _in_a_list_of_names(doc[index])
        or doc[index].lower_ in {"'s", "’s"}
        or _of_in_a_name(doc, index)  # "the Department of the Treasury and the World Bank as observers"
        or doc[index].pos_ in {"ADJ", "NOUN"}
        and doc[index].dep_ in {"amod", "compound", "conj"}  # "the bloc IGAD"
        or doc[index].lower_ in LIST_ADVERBS  # "with A and B again as guarantors"
    ):
        index += 1
    while index < end - 1 and doc[index].dep_ == "aux" and doc[index].head.lemma_ in ATTENDING_VERBS:
        index += 1  # "A and B have joined the talks as observers"
    present = _present_after(doc, index, end)
    if present is not None:
        return _cast_noun(doc, present, True) if doc[present].lower_ == "as" else (None, False)
    acting = index < end and doc[index].pos_ in {"VERB", "AUX"} and _attending(doc, index)
    if acting:
        index += 1  # "with the AU and IGAD attending as observers"
        objects = [t for t in doc[index : min(index + 3, end)] if t.dep_ == "dobj" and t.head.i == index - 1]
        if objects and all(_in_the_object(t) for t in doc[index : objects[0].i + 1]):
            index = objects[0].i + 1  # "the US and China attended the meeting as observers"
            after = objects[0].right_edge.i + 1  # "attended the talks between A and B as an observer"
            if after < end and doc[after].lower_ == "as" and doc[after].head.i == objects[0].head.i:
                index = after
    if index + 3 < len(doc) and [t.lower_ for t in doc[index : index + 4]] in ROLE_PHRASES:
        index, acting = index + 3, True  # "with X in the role of facilitator": cast as one
    elif index >= end or doc[index].lower_ != "as" or doc[index].sent_start == 1:
        return None, False
    if token.conjuncts and index + 1 < len(doc) and doc[index + 1].lower_ in {"a", "an"}:
        return None, False  # "X attended the talks between A and B as an observer": one observer, not the two
    return _cast_noun(doc, index, acting)


def _past_a_relative(token: Token) -> int:
    """The last word of a relative clause set off by commas right after a name, with its closing comma ("A, which
    shares the lake, ..."), else the name itself."""
    doc = token.doc
    clause = next((c for c in token.children if c.dep_ == "relcl" and c.left_edge.i == token.i + 2), None)
    if clause is None or doc[token.i + 1].text != "," or clause.right_edge.i + 1 >= len(doc):
        return token.i
    closing = clause.right_edge.i + 1
    return closing if doc[closing].text == "," else token.i


def _cast_noun(doc: Sequence[Token], index: int, acting: bool) -> tuple[str | None, bool]:
    """The noun an "as" at ``index`` casts the names before it as."""
    for word in doc[index + 1 : min(index + 6, len(doc))]:
        if word.text == "-" or word.lower_ == "co" and word.i + 1 < len(doc) and doc[word.i + 1].text == "-":
            continue  # "as co-guarantor", split by the tokenizer: the guarantor's part
        if word.lower_ in OBSERVER_NOUNS or word.pos_ == "NOUN":
            return word.lower_, acting  # "as accompanying countries": what the countries are cast as
        if word.pos_ not in {"DET", "ADJ"}:
            return None, False
    return None, False


def _present_after(doc: Sequence[Token], index: int, end: int) -> int | None:
    """Where the words after "were (also) present" start, when a list of names is followed by them: "A, B and C
    were also present as guarantors"."""
    if index >= end or doc[index].lemma_ != "be":
        return None
    index += 1
    while index < end and doc[index].lower_ in {"also", "too", "all"}:
        index += 1
    return index + 1 if index + 1 < end and doc[index].lower_ == "present" else None


def _attending(doc: Sequence[Token], index: int) -> bool:
    """Whether a verb tells of being present: "attended", "sat in", "took part" (as observers)."""
    verb = doc[index]
    took_part = verb.lemma_ == "take" and index + 1 < len(doc) and doc[index + 1].lower_ == "part"
    return verb.lemma_ in ATTENDING_VERBS or took_part


ROLE_PHRASES = [["in", "the", "role", "of"], ["in", "the", "capacity", "of"]]
"""Words that cast names in a part as "as" does: "with X in the role of facilitator"."""


def _in_a_list_of_names(token: Token) -> bool:
    """Whether a word may stand in a list of names, whatever the parse made of the list: a name's word, "and", a
    comma, "the"."""
    return bool(token.ent_type_) or token.lower_ in {"and", ",", "the"} or token.pos_ == "PROPN"


def _in_the_object(token: Token) -> bool:
    """Whether a word may stand in the meeting noun a party attends: "the meeting", "Saturday's session"."""
    return token.pos_ in {"DET", "ADJ", "NOUN"} or token.ent_type_ == "DATE" or token.tag_ == "POS"


def _of_in_a_name(doc: Sequence[Token], index: int) -> bool:
    """Whether an "of" stands inside a capitalised name ("Department of the Treasury")."""
    if doc[index].lower_ != "of" or index + 2 >= len(doc):
        return False
    following = doc[index + 2] if doc[index + 1].lower_ == "the" else doc[index + 1]
    return following.text[:1].isupper() and following.pos_ == "PROPN"


OBSERVING_VERBS = {"observe", "monitor", "accompany"}
"""Verbs of watching talks without a seat at them: "officials who are observing the negotiations", "the
church, which accompanies the process"."""


def observes(token: Token) -> bool:
    """Whether a side's name stands on (or is) a noun whose relative clause says it only observes, or sends someone
    only to observe; a clause on the last of a list speaks of the list ("A and B, which accompany the process"), one on
    the people "of" it of them."""
    path = climb(token)
    noun = path.head if path.dep_ in {"amod", "compound", "poss"} else path
    nouns = [noun, *noun.conjuncts]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        nouns.append(noun.head.head)  # "representatives of A and B, who accompany the government"
    clauses = [c for listed in nouns for c in children_of(listed) if c.dep_ == "relcl"]
    if path.dep_ == "nsubj":
        clauses.append(path.head)  # "The United States sent its envoy to observe the talks"
    return any(c.lemma_ in OBSERVING_VERBS or sent_to_observe(c) for c in clauses)


def sent_to_observe(verb: Token) -> bool:
    """Whether a verb sends someone to watch the talks: "which sent its special envoy to observe the talks", "sent
    its foreign minister, X, as an observer"."""
    if verb.lemma_ not in {"send", "dispatch"}:
        return False
    purposes = (c for c in children_of(verb) if c.dep_ in {"xcomp", "advcl"} and c.lemma_ in OBSERVING_VERBS)
    if any(any(a.lower_ == "to" for a in children_of(p)) for p in purposes):
        return True
    sent = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    cast = (o for w in sent for a in children_of(w) if a.lower_ == "as" for o in children_of(a) if o.dep_ == "pobj")
    return any(o.lower_ in OBSERVER_NOUNS for o in cast)


def observers_from(token: Token) -> bool:
    """Whether a name stands in a list of where observers come from ("attended by observers from A, B and C"), read
    back along the list's words, whatever the parse made of the list."""
    doc = tokens_of(token.doc)
    index = token.i - 1
    while index > max(token.i - 16, 0) and _in_a_list_of_names(doc[index]):
        index -= 1
    return index > 0 and doc[index].lower_ == "from" and doc[index - 1].lower_ in OBSERVER_NOUNS


def _said_present(word: Token) -> bool:
    """Whether a word is what an absolute "with ... present" says is present."""
    return word.dep_ in {"nsubj", "compound"} and word.head.lower_ == "present"


def present_with(token: Token, trigger: Token) -> bool:
    """Whether a name stands in an absolute "with X present" on the verb the meeting word is the subject or object
    of: "the talks began on Wednesday with only the rebels present" (however the parser hung the name on it); not
    the states of envoys present (:func:`present_as_envoys`)."""
    path = token  # up through the name's own words, not into a noun it modifies ("with U.S. envoys present")
    while path.dep_ in {"compound", "conj", "amod"} and path.head.pos_ == "PROPN" and path.head.lower_ != "present":
        path = path.head
    if not _said_present(path):
        return False
    present = path.head
    preposition = present.head
    return (
        present.dep_ in {"pcomp", "pobj"}
        and preposition.lower_ == "with"
        and preposition.head in (trigger, trigger.head)
    )


def present_as_envoys(token: Token) -> bool:
    """Whether a state's word modifies people said to be "present" at the meeting ("met ..., with U.S. and Chinese
    envoys present"): their states watched; a side present is named itself ("with only the rebels present")."""
    noun = token
    while noun.dep_ in {"compound", "amod", "nmod", "conj"} and noun.head != noun and noun.head.pos_ != "VERB":
        noun = noun.head
        if noun.pos_ == "NOUN":
            break
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and _said_present(noun)


ENVOY_NOUNS = {"ambassador", "ambassadors", "envoy", "envoys"}
"""Diplomats whose state, said to have attended a meeting, may have watched it: negotiators hold talks, envoys of a
third state attend them ("China's ambassador attended the talks", "envoys from A and B attended the ceremony")."""


def envoys_attending(token: Token) -> bool:
    """Whether a state's word names the state of envoys, themselves the subject of "attend" ("the U.S. ambassador
    and China's ambassador attended the talks", "envoys from A, B and C attended the ceremony"); not a named envoy
    ("U.S. envoy X attended the talks"), who may well negotiate."""
    word = climb(token)
    if word.dep_ == "pobj" and word.head.lower_ in {"from", "of"}:
        word = word.head.head  # "envoys from A"
    elif word.dep_ in {"poss", "compound", "amod", "nmod"}:
        word = word.head  # "China's ambassador", "U.S. envoys", "Russian envoys"
    if word.lower_ not in ENVOY_NOUNS:
        return False
    while word.dep_ == "conj":
        word = word.head  # "the U.S. ambassador and China's ambassador"
    verb = word.head
    if word.dep_ != "nsubj" or verb.lemma_ != "attend":
        return False
    # posted ambassadors watch; envoys, who may be the sides' own ("envoys of A, B and C attended the meeting"),
    # where they attend as well as others or attend a ceremony
    also = any(c.dep_ == "advmod" and c.lower_ in {"also", "too"} for c in children_of(verb))
    ceremony = any(c.dep_ == "dobj" and c.lower_ in {"ceremony", "signing"} for c in children_of(verb))
    return word.lower_.startswith("ambassador") or also or ceremony


def cast_as_the_ones_before(token: Token) -> bool:
    """Whether a name follows "as did" after a clause that cast others as observers: "A and B signed as
    witnesses, as did representatives of C and D" (C and D witnessed too), whatever the parse made of "as did"."""
    doc = tokens_of(token.doc)
    for index in range(token.i - 1, max(token.i - 12, 2), -1):
        if doc[index + 1].is_sent_start:
            return False  # (the words of its own sentence only)
        if doc[index].lower_ == "did" and doc[index - 1].lower_ == "as" and doc[index - 2].text == ",":
            before = [t.lower_ for t in doc[max(index - 6, 0) : index - 2]]
            return any(w == "as" and n in OBSERVER_NOUNS for w, n in zip(before, before[1:], strict=False))
    return False


def watches(token: Token) -> bool:
    """Whether a party's word tells of one who watches the talks: "officials who are observing the negotiations",
    "attended by observers from A", "with U.S. envoys present", "China's ambassador also attended"."""
    return (
        observes(token)
        or observers_from(token)
        or present_as_envoys(token)
        or envoys_attending(token)
        or cast_as_the_ones_before(token)
    )


def fronted_role(noun: Token, conjunct: Token) -> bool:
    """Whether a name hung on a role noun after "as" follows the comma that closes the phrase: "With A and B as
    guarantors, C and D opened talks" (C and D open them; the brokers stand before "as")."""
    between = noun.doc[noun.i + 1 : conjunct.i]
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and any(t.text == "," for t in between)
