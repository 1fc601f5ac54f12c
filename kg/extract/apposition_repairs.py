"""Parser repairs that give a name the word it is set beside: a title's apposition ("X's envoy for the region, Y"),
another item of a list continued after "as well as". spaCy pipeline components :func:`kg.extract.nlp.load_pipeline`
adds after the parser."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.subject_repairs import words_where
from kg.gazetteer import lexicon, load

LOOSE_NAME_DEPS = frozenset({"npadvmod", "dep", "advmod", "appos"})
"""Relations the parser gives a name it hangs on the clause's verb instead of on the title before it."""


@cache
def _title_heads() -> frozenset[str]:
    """The last words of the lexicon's role nouns ("envoy", "minister", "negotiator"), which head a title phrase."""
    nouns = lexicon().role_nouns
    return frozenset(w.split()[-1] for kind, words in nouns.items() for w in (kind, *words))


@Language.component("titled_name_appositions")
def titled_name_appositions(doc: Doc) -> Doc:
    """Make a person's name that commas set right after a title phrase an apposition to the title, where the
    parser hung the name on the clause's verb.

    In "The meeting was attended by the ministers and by Brazil's special envoy for the region, X, who ..." the
    model at times reads X as an adverb of "attended", so the title and the name come apart; a name after its
    verb, set off by a comma from a noun phrase headed by a title that ends right before it, is that title's. So is
    a name the parser set beside the person the title is joined to ("A and her Chilean counterpart, B": B is the
    counterpart, not A)."""
    heads = _title_heads()
    for name in [t for ent in doc.ents if ent.label_ == "PERSON" for t in ent]:
        if name.dep_ not in LOOSE_NAME_DEPS:
            continue
        on_a_verb = name.head.pos_ in {"VERB", "AUX"} and name.i > name.head.i
        if not on_a_verb and not (name.dep_ == "appos" and name.head.ent_type_ == "PERSON"):
            continue
        start = name.left_edge.i
        if start < 2 or doc[start - 1].text != ",":
            continue
        end = start - 2  # the title phrase's last word
        title = next((t for t in (doc[end], *doc[end].ancestors) if t.right_edge.i == end and t.lower_ in heads), None)
        if title is None or title.pos_ != "NOUN":
            continue
        if title.i > name.head.i if on_a_verb else title.dep_ == "conj" and title.head == name.head:
            name.head, name.dep_ = title, "appos"
            doc[start - 1].head = name  # the comma that sets the name off goes with it
    return doc


@Language.component("as_well_as_lists")
def as_well_as_lists(doc: Doc) -> Doc:
    """Make the words after ", as well as" more items of the list before them, where the parser hung them on the
    clause's verb.

    In "brought together the leaders of A, B and C, as well as D, E and F" the model at times reads D as a loose
    dependent of "brought", so D, E and F fall out of the list; a noun after "as well as" hung on a verb above the
    list's first item is that item's conjunct."""
    starts = [w.i + 2 for w in words_where(doc, "LOWER", "well") if w.i + 2 < len(doc)]  # after "as well as"
    candidates = {t for i in starts for t in (doc[i], *doc[i].ancestors) if t.left_edge.i == i}
    for word in sorted(candidates, key=lambda t: t.i):
        if word.dep_ not in {"dep", "npadvmod", "appos"} or word.pos_ not in {"PROPN", "NOUN"}:
            continue
        start = word.left_edge.i
        if start < 5 or [t.lower_ for t in doc[start - 3 : start]] != ["as", "well", "as"]:
            continue
        last = doc[start - 5] if doc[start - 4].text == "," else doc[start - 4]
        first = last
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i < word.i and word.head in first.ancestors and first.pos_ in {"PROPN", "NOUN"}:
            word.head, word.dep_ = first, "conj"
    return doc


@Language.component("list_items_on_the_verb")
def list_items_on_the_verb(doc: Doc) -> Doc:
    """Make the last name of a list set beside a plural noun a conjunct of the list's first name, where the parser
    joined it to the clause's verb instead.

    In "X had lost two leaders, A, killed in July, and B, killed in October" the model at times makes B a
    conjunct of "lost", as if B were another verb; a name joined to a verb after the verb's object, which has a
    name of the same kind in apposition, is the next item of that list; so is one joined to a passive verb after a
    list of names after its "by" ("was represented by A, B, and C")."""
    for name in words_where(doc, "DEP", "conj"):
        if name.dep_ != "conj" or name.pos_ != "PROPN" or not name.ent_type_ or name.head.pos_ != "VERB":
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "dobj"} for c in name.children):
            continue  # a clause of its own
        objects = [c for c in name.head.children if c.dep_ == "dobj" and c.i < name.i and c.tag_ == "NNS"]
        first = next(
            (a for o in objects for a in o.children if a.dep_ == "appos" and a.ent_type_ == name.ent_type_), None
        )
        agents = [o for a in name.head.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        listed = [o for o in agents if o.i < name.i and any(c.ent_type_ == name.ent_type_ for c in o.conjuncts)]
        if first is not None:
            name.head = first
        elif listed:  # "was represented by A, B, and C", C hung on "represented": the list after "by"
            name.head = listed[0]
    return doc


@Language.component("places_before_names")
def places_before_names(doc: Doc) -> Doc:
    """Take a state or city the model read into the person's name after it out of that name, as a place.

    In "Ambassador to Türkiye Tom Barrack" the model at times tags "Türkiye Tom Barrack" one person (or, after a
    title, one organisation: "Special Envoy for Syria X Y"); a first word the gazetteer knows as a state or a city,
    after "to", "in", "from" or "for", before two more words of the name, is the title's place ("ambassador to
    Türkiye"), and the name starts after it."""
    gazetteer = load()
    ents, changed = list(doc.ents), False
    titles = lexicon().title_words
    for index, ent in enumerate(ents):
        first = ent[0]
        if len(ent) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ not in PLACE_MARKS:
            continue
        titled = doc[ent.start - 2].lower_ in titles  # "Special Envoy for Syria X Y", tagged one organisation
        if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and titled):
            continue
        state = gazetteer.party(first.text)
        if gazetteer.city(first.text) is None and not (state and gazetteer.is_country(state)):
            continue
        ents[index : index + 1] = [
            Span(doc, ent.start, ent.start + 1, "GPE"),
            Span(doc, ent.start + 1, ent.end, "PERSON"),
        ]
        changed = True
    if changed:
        doc.ents = ents
    return doc


PLACE_MARKS = frozenset({"to", "in", "from", "for"})
"""Words a place follows in a title ("ambassador to X", "envoy in Y", "delegate from Z", "envoy for Syria")."""
