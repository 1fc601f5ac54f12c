"""Actors: the people of the story, each once, with role and side; and the reporters a credit line names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.base import Context, Finding, sentences_of, text_in, tokens_of
from kg.extract.cataphora import roles_told_before, sides_of_offices_told_before
from kg.extract.counterparts import mirrored_office, mirrored_person
from kg.extract.credits import CREDIT_SENTENCE, NOT_REPORTING
from kg.extract.home_sides import sides_at_home
from kg.extract.host_sides import sides_of_hosts
from kg.extract.org_titles import sides_from_organisation_titles
from kg.extract.people import Person
from kg.extract.plural_roles import sides_in_the_order_told, sides_of_their_titles
from kg.extract.roles import describe_mention
from kg.extract.tree import children_of
from kg.extract.word_index import words_with
from kg.gazetteer import fold, lexicon
from kg.model import Actor
from kg.office_holders import office_holder

SPEECH_DEPS = frozenset({"nsubj", "nsubjpass"})

DESK_WORDS = frozenset({"desk", "team", "bureau", "newsroom", "reporters", "writers", "correspondents"})
"""Last words of a byline that credits a newsroom, not a person: "By the Africa Desk"."""
_BYLINE_NAME = re.compile(r"^\s*[Bb]y\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:[,|]|in\s+[A-Z]|$)")
"""The name a byline gives: "By Jane Mwangi, Central Africa analyst"."""


def _is_substantial(person: Person, role: str | None) -> bool:
    """A one-word name is kept only with a role or as the subject of a clause (else it is often a place)."""
    if len(person.name.split()) > 1 or role is not None:
        return True
    return any(m.root.dep_ in SPEECH_DEPS for m in person.mentions)


def _sides_from_references(doc: Doc, ctx: Context) -> None:
    """A person named without a side takes the side of a phrase that refers back to them: "President Ana Lind
    ... the Estonian leader said" makes Ana Lind Estonian. Only the one person in that role can be meant."""
    from kg.extract.coref import Coreference

    coref = Coreference(ctx, ctx.people)
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, dep=SPEECH_DEPS)):
        side = coref.side_of_phrase(token)
        if side is None or not ctx.gazetteer.is_country(side):
            continue
        found = coref.role_noun(token)
        if found is None:
            continue
        role, affiliation, evidence = ctx.people.descriptions[found.person.name]
        if affiliation is None:
            ctx.people.descriptions[found.person.name] = (role, side, evidence)


LATEST = "9999-12-31"
"""A day after every term of the office-holder table has begun."""
LATER_TERM_YEARS = 5
"""How soon after the article a term the table knows may begin for its state to be the person's side then."""


def _years_after(day: str, years: int) -> str:
    """The ISO day ``years`` after another (its month and day kept)."""
    return f"{int(day[:4]) + years:04d}{day[4:]}"


def _sides_from_office_holders(ctx: Context) -> dict[str, str | None]:
    """People the article gives no side who hold or held a top office by the table (``kg/data/office_holders.json``),
    in a term that had begun by the article's date, take that office's state or organisation (and the office as
    their role, "former" once the term has ended, where the article gives none); people it knows from a term that
    began later take its side alone (a deputy minister then, the minister now); their Wikidata items, by name."""
    items: dict[str, str | None] = {}
    day = ctx.story_day.isoformat() if ctx.story_day else None
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        holder = office_holder(person.name, day, role)
        weak = person.name in ctx.people.contextual_sides
        if holder is None and affiliation is None and day is not None:
            later = office_holder(person.name, LATEST)
            if later is not None and day < later.since < _years_after(day, LATER_TERM_YEARS):
                # a vice minister, later the minister: the same side (not a new state's office a decade on)
                ctx.people.descriptions[person.name] = (role, later.side, evidence)
                items[person.name] = later.wikidata
            continue
        # the state office the text gives outweighs a bloc the holder chairs ("Prime Minister X, who chairs ASEAN")
        own_office = bool(role) and role in holder.offices if holder is not None else False
        chaired = affiliation is not None and not ctx.gazetteer.is_country(affiliation) and own_office
        # a body the gazetteer does not know that a sitting holder heads is their state's ("Wang Yi, director of the
        # Office of the Central Foreign Affairs Commission")
        organ = (
            holder is not None
            and affiliation is not None
            and ctx.unknown_body(affiliation)
            and not (day is None or holder.ended_by(day))
        )
        weak = weak or organ
        if holder is None or (affiliation is not None and affiliation != holder.side and not weak and not chaired):
            continue
        if affiliation is not None and affiliation != holder.side:
            affiliation = None  # the office outweighs a side read from the clause around the name
        items[person.name] = holder.wikidata
        if affiliation is None and day is not None and _moved_on(role, holder.offices, holder.ended_by(day)):
            continue  # "Secretary-General X", once prime minister of a state: the office the text gives now
        if affiliation is None:
            standing = [o for o in holder.offices if not o.lower().startswith(("acting", "interim"))]
            office = max(standing or holder.offices, key=len, default=None)
            if office and day is not None and holder.ended_by(day):
                office = f"former {office}"
            ctx.people.descriptions[person.name] = (role or office, holder.side, evidence)
    return items


def _moved_on(role: str | None, offices: tuple[str, ...], ended: bool) -> bool:
    """Whether the article gives a person an office other than the ended ones the table knows them by."""
    if role is None or not ended:
        return False
    held = fold(role).removeprefix("former ")
    return not any(fold(office) in held or held in fold(office) for office in offices)


SPEAKING_ROLES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "press secretary"}
"""Roles whose holder speaks for a side by office: what they say that side does or wants is said for it."""


def _sides_spoken_for(ctx: Context) -> None:
    """A spokesperson the article gives no side speaks for the party their reported clause is about: "Maria
    Ivanova, the ministry's spokeswoman, said Moscow hoped ...", "spokesman Li Wen said China had ..."."""
    speech = lexicon().verbs_of_saying
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if affiliation is not None or role is None or not any(w in role.lower() for w in SPEAKING_ROLES):
            continue
        found = set()
        for mention in person.mentions:
            verb = mention.root.head
            if mention.root.dep_ != "nsubj" or verb.lemma_.lower() not in speech:
                continue
            for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
                for subject in (c for c in children_of(clause) if c.dep_ == "nsubj"):
                    named = ctx.party_at(subject.i)
                    if named is not None and named.known and named.how in {"name", "metonym"}:
                        found.add(named.party)
        if len(found) == 1:
            ctx.people.descriptions[person.name] = (role, found.pop(), evidence)


def roles_of_counterparts(ctx: Context) -> None:
    """A person given no role but called someone's "counterpart" ("Her Chilean counterpart, Y") holds the office of the
    person it mirrors once the article gives that one's (a plural title told earlier, "the foreign ministers of A and
    B", gives it only after the counterpart is first read)."""
    descriptions = ctx.people.descriptions
    tokens = tokens_of(ctx.doc)
    for person in ctx.people.persons:
        role, affiliation, evidence = descriptions[person.name]
        if role is not None:
            continue
        for mention in person.mentions:
            before = tokens[max(mention.start - 4, 0) : mention.start]
            if not any(t.lemma_.lower() == "counterpart" for t in before):
                continue
            found = mirrored_person(mention, ctx, any(t.lower_ in {"his", "her"} for t in before))
            office = descriptions[found[1].name][0] if found is not None else None
            if office:
                descriptions[person.name] = (mirrored_office(office, ctx), affiliation, evidence)
                break


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """One actor per person of the story (reporting credits excluded)."""
    _sides_from_references(doc, ctx)
    _sides_spoken_for(ctx)
    roles_told_before(doc, ctx)
    sides_of_their_titles(ctx)  # "A's and B's leaders agreed ... Their foreign ministers, X and Y": X is A's
    sides_in_the_order_told(ctx)  # "The foreign ministers of A and B ... Foreign Ministers X and Y": X is A's
    roles_of_counterparts(ctx)  # "Peru's X ... Her Chilean counterpart, Y": Y holds X's office, now X's is known
    before = {name: description[1] for name, description in ctx.people.descriptions.items()}
    items = _sides_from_office_holders(ctx)
    sides_of_hosts(ctx)  # "Foreign Minister X hosted her Finnish counterpart in Stockholm": X is Swedish
    sides_from_organisation_titles(ctx)  # "Secretary-General X", where the text writes "U.N. Secretary-General"
    sides_of_offices_told_before(doc, ctx)  # "Chile's foreign secretary said ... Foreign Secretary X"
    sides_at_home(ctx)  # "Defence Minister X told reporters in Sialkot", "ISLAMABAD: ... Defence Minister X said"
    ctx.people.lend_owners_sides()  # "Trump's envoy X": Trump's side may come from the table
    for person in ctx.people.persons:
        role, affiliation, evidence = ctx.people.descriptions[person.name]
        if not _is_substantial(person, role):
            continue
        aliases = tuple(sorted(a for a in person.aliases if a != person.name))
        confidence = 0.9 if role and affiliation else 0.75 if role or affiliation else 0.6
        if affiliation is not None and before.get(person.name) is None:
            confidence = 0.6  # the side came from the office-holder table or the title told elsewhere
        actor = Actor(person.name, aliases, role, affiliation, wikidata=items.get(person.name))
        yield Finding(actor, (evidence,), confidence)


def extract_reporters(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """Reporters named in a byline ("By Jane Doe") or a "With reporting by ..." credit, with their news organisation.

    "With reporting by RFE/RL correspondent Alex Raufoglu in Washington" gives Alex Raufoglu, correspondent,
    RFE/RL; agencies named alone ("With reporting by Reuters and AFP") are not people.
    """
    credited: set[str] = set()
    told_of = {person.name for person in ctx.people.persons}
    for sentence in sentences_of(doc):
        if not CREDIT_SENTENCE.match(text := text_in(sentence)):
            continue
        other_credit = NOT_REPORTING.search(text)  # "...; Editing by X" names an editor
        cutoff = sentence.start_char + other_credit.start() if other_credit else sentence.end_char
        names = [e for e in ctx.entities_in(sentence.start, sentence.end) if e.label_ == "PERSON"]
        names += [n for n in _credited_names(sentence, text) if not any(e.start <= n.start < e.end for e in names)]
        names.sort(key=lambda e: e.start)
        if (byline := _BYLINE_NAME.match(text)) is not None:
            # "By Jane Mwangi, Central Africa analyst": a byline's name, whatever label the model gave it (or the
            # part of it: "By Tomas Reyes" with "Reyes" taken for a town)
            named = doc.char_span(sentence.start_char + byline.start("name"), sentence.start_char + byline.end("name"))
            names = [e for e in names if not _describes_a_job(e)]  # "By Jane Doe, Balkans correspondent"
            within = named is not None and all(named.start <= e.start and e.end <= named.end for e in names)
            names = [named] if named is not None and within and len(names) <= 1 else names
        for ent in names:
            named_place = ctx.gazetteer.party(ent.text) is not None or ctx.gazetteer.city(ent.text) is not None
            if named_place or ent.start_char >= cutoff or ent.text in credited or ent.text in told_of:
                continue  # ("Reporting by A in Quito and New York": a city, no reporter; an author the story tells
                # of is one actor, as the story describes them: "By A // A is a fellow at X")
            credited.add(ent.text)  # "By X and Y ... (Reporting by X in A and Y in B)": each reporter once
            end = ent.end
            while end > ent.start and ent.doc[end - 1].is_space:
                end -= 1
            ent = ent.doc[ent.start : end]
            if not len(ent) or ent[-1].lower_ in lexicon().title_words | DESK_WORDS:
                continue  # "By Newsroom Staff", "By the Africa Desk": a byline of no one person
            role, organisation, _ = describe_mention(ent, ctx)
            if organisation is not None and ctx.gazetteer.is_country(organisation):
                organisation = None  # "By Tom Lee, Moscow correspondent": the beat, not the employer
            if organisation is None:
                organisation = _outlet_after(ent, sentence, ctx)  # "By Jane Doe, BBC News"
            if organisation is not None and _a_job(organisation, role):
                organisation = None  # "By Ana Lind, Diplomatic Correspondent": the job, capitalised
            if organisation is None:
                earlier = [
                    m
                    for m in ctx.parties_in(sentence.start, ent.start)
                    if m.how in {"name", "org"} and not _overlaps(m.span, names)
                ]  # (not another reporter's name the model took for an organisation: "By A and B")
                # a wire story's reporters work for the agency its dateline credits, else for the publisher
                organisation = earlier[-1].party if earlier else ctx.dateline_source or ctx.publisher
            yield Finding(Actor(ent.text, (), role or "reporter", organisation, reporter=True), (ent,), 0.85)


_CREDIT_LIST = re.compile(r"\b(?:[Bb]y|[Rr]eporting\s+by)\s+(?P<list>[^;()\n]+)")
"""A credit's list of names: "By A and B", "(Reporting by A in X and B in Y; ...)"."""
_LISTED_NAME = re.compile(
    r"(?:^|,\s*|\s+and\s+)(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?=\s+in\s+[A-Z]|\s*,|\s+and\s|\s*$)"
)
"""A name opening an item of a credit's list, alone or with the city it was reported from ("A in X")."""


def _credited_names(sentence: Span, text: str) -> list[Span]:
    """The names a credit lists whatever label the model gave them: "By A and B", "Reporting by A in X, B in Y and C
    in Z"; a list without "and" is one name and what describes it ("By A, BBC News")."""
    found: list[Span] = []
    for credit in _CREDIT_LIST.finditer(text):
        names = list(_LISTED_NAME.finditer(credit["list"].rstrip()))
        if " and " not in credit["list"]:
            names = names[:1]
        offset = sentence.start_char + credit.start("list")
        spans = (sentence.doc.char_span(offset + n.start("name"), offset + n.end("name")) for n in names)
        found.extend(span for span in spans if span is not None)
    return found


def _overlaps(span: Span, others: list[Span]) -> bool:
    """Whether a span shares a token with any of others."""
    return any(other.start < span.end and span.start < other.end for other in others)


def _a_job(organisation: str, role: str | None) -> bool:
    """Whether what a byline's description reads as an organisation is the job itself ("Diplomatic Correspondent")."""
    return organisation == role or organisation.split()[-1].lower() in lexicon().title_words


def _describes_a_job(name: Span) -> bool:
    """A name the model found before a title word: the region or beat of a job ("Balkans correspondent")."""
    return name.end < len(name.doc) and name.doc[name.end].lower_ in lexicon().title_words


def _outlet_after(name: Span, sentence: Span, ctx: Context) -> str | None:
    """The news organisation a byline names after a comma ("By Jane Doe, BBC News"), when nothing else follows."""
    doc = name.doc
    if name.end >= sentence.end or doc[name.end].text != ",":
        return None
    rest = [t for t in doc[name.end + 1 : sentence.end] if not t.is_space and not t.is_punct]
    named = ctx.parties_in(name.end + 1, sentence.end)
    if (
        len(named) == 1
        and named[0].how in {"name", "org"}
        and rest
        and named[0].span.start <= rest[0].i
        and named[0].span.end > rest[-1].i
    ):
        return named[0].party
    return None
