"""Parties: states, blocs, armed groups and organisations named in the text, with metonyms and demonyms resolved.

"Moscow", "the Kremlin" -> Russia; "Kyiv" -> Ukraine; "Ukrainian" -> Ukraine; "Türkiye" -> Turkey. Organisation
names the gazetteer does not know (think tanks, companies) are kept as they are written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.extract.base import Context, Finding, entities_of, sentence_of, tokens_of
from kg.extract.group_names import POLITICAL_GROUP_HEADS, names_after_group_nouns, names_before_group_nouns
from kg.extract.org_entities import (
    a_name,
    clean_org_name,
    joint_body,
    known_after_a_qualifier,
    list_ending_on_a_known_name,
    listed_with_a_person,
    officer_of_a_party_s_officer,
    party_and_title,
    people_of_a_party,
    title_and_name,
)
from kg.extract.referred_parties import groups_told_by_demonym
from kg.extract.short_forms import bracketed_acronyms, compass_short_forms, names_repeated, short_forms_joined
from kg.extract.tree import ancestors_of, children_of
from kg.extract.word_index import words_with
from kg.gazetteer import Gazetteer, fold, lexicon
from kg.model import Party

ORG_LABELS = {"ORG"}


@dataclass(frozen=True)
class PartyMention:
    """A stretch of text that names a party, and how it names it (name, demonym, metonym or org)."""

    party: str
    span: Span
    how: str

    @property
    def known(self) -> bool:
        """Whether the gazetteer knows the party (an organisation or a state's opposition it does not know is
        a side only where the text casts it as one)."""
        return self.how not in {"org", "opposition"}


_ABBREVIATION_STOP = re.compile(r"\b(St|Mt|Ft)\.(?= )")
"""The stop of an abbreviated word in a name, which British style leaves out."""


@cache
def _matcher(vocab: Vocab, gazetteer: Gazetteer) -> tuple[PhraseMatcher, dict[str, str]]:
    forms = gazetteer.surface_forms()
    make_doc = English(vocab=vocab).make_doc
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for form, how in sorted(forms.items()):
        matcher.add(how, [make_doc(form)])
        if "'" in form:
            matcher.add(how, [make_doc(form.replace("'", "’"))])
        if " and " in form:  # "Trinidad & Tobago", "St. Vincent & the Grenadines"
            matcher.add(how, [make_doc(form.replace(" and ", " & "))])
        if _ABBREVIATION_STOP.search(form):  # "St. Lucia" is "St Lucia" where a style drops the stop
            matcher.add(how, [make_doc(_ABBREVIATION_STOP.sub(r"\1", form))])
        first, _, rest = form.partition(" ")
        if first in COMPASS_WORDS and rest[:1].isupper():  # "south Korea", as translated Korean wire copy writes it
            matcher.add(how, [make_doc(f"{first.lower()} {rest}")])
    return matcher, forms


COMPASS_WORDS = {"North", "South", "East", "West", "Latin", "Central", "Northern", "Southern", "Eastern", "Western"}


def _title_of_a_state(span: Span, titles: frozenset[str] | set[str], gazetteer: Gazetteer) -> bool:
    """Whether a name opens on a title and ends "of STATE": "the Minister of Foreign Affairs of X", "the Ministers of
    Foreign Affairs of X" (before "and Y")."""
    words = [t for t in span if t.lower_ != "the"]
    first = words[0].lower_ if words else ""
    titled = first in titles or first.endswith("s") and first[:-1] in titles
    return titled and state_named(span[-1:], gazetteer) is not None


OFFICE_NOUNS = {"mission", "office", "secretariat", "delegation", "representation"}
"""Nouns of an organisation's or a state's office somewhere: "the OSCE Mission to Moldova", "the UN Office in X"."""


def _office_owner(span: Span, gazetteer: Gazetteer) -> str | None:
    """The known party whose name opens an organisation's name before an office noun ("the OSCE Mission to")."""
    words = [t for t in span if t.lower_ not in {"the", "a", "an"}]
    for cut in range(1, len(words)):
        if words[cut].lower_ in OFFICE_NOUNS:
            return gazetteer.party(span.doc[words[0].i : words[cut - 1].i + 1].text)
    return None


NAME_TAGS = {"PROPN", "ADJ", "NOUN"}
"""Tags of the capitalised words of an organisation's name ("Center for Strategic and International Studies")."""


def _named_organisations(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Capitalised names headed by an organisation word that the NER missed ("Center for Strategic and
    International Studies", "Eirene International", "Nusantara Academy for Strategic Research")."""
    heads = lexicon().organisation_heads | POLITICAL_GROUP_HEADS
    found = []
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lower=heads)):
        if not token.text[:1].isupper():
            continue
        sentence = sentence_of(token)
        if token.i == sentence.start:
            continue
        start = token.i
        while (
            start > sentence.start
            and (
                doc[start - 1].text[:1].isupper()
                and doc[start - 1].pos_ in NAME_TAGS
                or token.lower_ in POLITICAL_GROUP_HEADS  # "the South Sudan People's Movement", a state's name in it
                and doc[start - 1].text in {"'s", "’s"}
                and start - 2 > sentence.start
                and doc[start - 2].text[:1].isupper()
            )
        ):
            start -= 1
        end = token.i + 1
        while (
            end + 1 < sentence.end and doc[end].lower_ in {"for", "of", "on", "and"} and doc[end + 1].text[:1].isupper()
        ):
            end += 2
            while end < sentence.end and doc[end].text[:1].isupper() and doc[end].pos_ in NAME_TAGS:
                end += 1
        end = _name_end(doc[start:end], gazetteer)  # "... of Tajikistan Saimumin Yatimov": the name of its head
        if end - start < 2 or gazetteer.party(doc[start:end].text):
            continue
        if start > 0 and doc[start - 1].lower_ == "the" and token.lower_ not in POLITICAL_GROUP_HEADS:
            start -= 1  # (not before a group's name: the span's root stays its head, "the X Front rebel movement")
        found.append(Span(doc, start, end, label="org"))
    return found


def _name_end(span: Span, gazetteer: Gazetteer) -> int:
    """Where an organisation's name the model tagged too long ends: before an opening bracket, before a place
    phrase that closes it ("the Rapid Support Forces in Jeddah"), or after the state it is "of" when a person's
    name follows ("the State Committee for National Security of Tajikistan Saimumin Yatimov")."""
    for token in span[1:]:
        if token.text == "(":
            return token.i
        rest = span.doc[token.i + 1 : span.end]
        if token.lower_ in {"in", "at"} and len(rest) and (gazetteer.city(rest.text) or state_named(rest, gazetteer)):
            return token.i
        state = span.doc[token.i + 1 : token.i + 2]
        named = rest[len(state) :]
        if token.lower_ in {"of", "for"} and len(named) >= 2 and state_named(state, gazetteer) and a_name(named):
            return state.end
    return span.end


def _of_name_end(doc: Doc, end: int) -> int:
    """Where a name the model cut before its "of" part ends: "the Liberation Tigers" + "of Tamil Eelam", when the
    words after "of" are capitalised proper nouns the model gave no label of their own."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    stop = end + 1
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper() and not doc[stop].ent_type_:
        stop += 1
    return stop if stop > end + 1 else end


def _group_phrase(span: Span, gazetteer: Gazetteer) -> bool:
    """A phrase in lower case of several words that names a group of states ("six world powers")."""
    if len(span) < 2:
        return False
    party = gazetteer.party(span.text)
    entry = gazetteer.entry(party) if party else None
    return entry is not None and bool(entry.members)


PLURAL_BODIES = {"ministries", "governments", "parliaments", "delegations", "embassies", "armies"}
"""Words that open the name of the like organs of several states, no one body: "the Ministries of Foreign Affairs
of A and B"."""


def _a_body_of_none(name: str) -> bool:
    """Whether an organisation's name is an organ of a state it does not name ("the National Assembly"), or the like
    organs of several states ("the Ministries of Foreign Affairs of A and B")."""
    return name.lower() in lexicon().state_bodies or name.split()[0].lower() in PLURAL_BODIES


def _written_as_a_name(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a match of a party's name is written as a name: capitalised, a lower-case phrase naming a group of
    states ("six world powers"), or a state named with a lower-case compass word ("south Korea", as translated
    Korean wire copy writes it)."""
    if span.text[:1].isupper() or _group_phrase(span, gazetteer):
        return True
    return len(span) >= 2 and span[0].text.capitalize() in COMPASS_WORDS and span[1].text[:1].isupper()


def _without_possessive(span: Span) -> Span:
    return span[:-1] if len(span) > 1 and span[-1].tag_ == "POS" else span


def _run_end(ent: Span) -> int:
    """Where the proper nouns an entity ends in run on to, untagged: "India Vikram" tagged an organisation before
    the name's last word, "Misri"."""
    end = ent.end
    while end < len(ent.doc) and ent.doc[end].pos_ == "PROPN" and not ent.doc[end].ent_type_ and end - ent.end < 2:
        end += 1
    return end


TITLED_WITH_A_PARTY = (party_and_title, officer_of_a_party_s_officer)
"""Tests of an entity the model tagged whole that is a title written with a known party's name."""


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[PartyMention]:
    """Every party mention in a document, left to right, longest match first."""
    matcher, _ = _matcher(doc.vocab, gazetteer)
    people = sorted((e for e in entities_of(doc) if e.label_ == "PERSON"), key=lambda e: e.start)
    starts = [p.start for p in people]
    spans = []
    for match_id, start, end in matcher(doc):
        span = Span(doc, start, end, label=match_id)
        # the person entity that starts last at or before the match is the only one that can hold it
        holder = people[index] if (index := bisect.bisect_right(starts, start) - 1) >= 0 else None
        inside_person = (
            holder is not None
            and end <= holder.end
            and _without_possessive(holder).text != span.text  # "Sri Lanka's" tagged a person
            and not (holder[0].lower_ == "the" and holder[1:].text == span.text)  # "the X Front" tagged a person
            and not (start == holder.start and end < holder.end and doc[end].lower_ in lexicon().title_words)
            and not (start == holder.start and end < holder.end and start > 0 and doc[start - 1].lower_ == "of")
        )  # "Qatar Emir X", "Deputy Prime Minister of Azerbaijan X" tagged one person: the state stays a party
        if inside_person or not _written_as_a_name(span, gazetteer):
            continue
        if start > 0 and doc[start - 1].text in COMPASS_WORDS and gazetteer.party(doc[start - 1 : end].text) is None:
            continue  # "North America", "Latin America": a region, not the state "America" names
        if end < len(doc) and doc[end].is_title and gazetteer.city(doc[start : end + 1].text) is not None:
            continue  # "Panama City", "Kuwait City": a city whose name begins with its state's
        spans.append(span)
    titles = lexicon().title_words
    starts_at = {e.start: e for e in entities_of(doc)}
    name_words = {w for p in people if len(p) >= 2 for w in p.text.split() if len(w) >= 3}
    for ent in entities_of(doc):
        if ent.label_ in ORG_LABELS and gazetteer.party(clean_org_name(ent)) is None:
            if title_and_name(ent, titles) or any(f(ent, titles, gazetteer) for f in TITLED_WITH_A_PARTY):
                continue  # "Indian National Security Adviser Ajit Doval", "the EU Special Representative" tagged whole,
                # "the Personal Representative of the OSCE Chairperson-in-Office" (the OSCE's officer)
            if clean_org_name(ent) in name_words:
                continue  # "Han's aide" after "President Han Min-su": a person's name, not an organisation
            if len(ent) == 1 and ent.root.dep_ == "pobj" and (gazetteer.city(ent.text) or gazetteer.town(ent.text)):
                continue  # "signed an accord in X", a city the model tagged an organisation
            if list_ending_on_a_known_name(ent, gazetteer):
                continue  # "Chisinau and Tiraspol" tagged one organisation: two names the gazetteer knows
            if listed_with_a_person(ent):
                continue  # "Special envoys X of Turkey and Ruben Rubinyan of Armenia": the second name, a person
            if all(t.lower_ in titles or t.lower_ in {"affairs", "the"} for t in ent):
                continue  # "minister of Foreign Affairs": a title's portfolio, not an organisation
            if state_named(doc[ent.start : ent.start + 1], gazetteer) and a_name(doc[ent.start + 1 : _run_end(ent)]):
                continue  # "the Minister of Foreign Affairs of Kazakhstan Murat Nurtleu": a state, then a name
            end = ent.end
            if doc[end - 1].lower_ == "of" and (following := starts_at.get(end)) is not None:
                end = following.end  # "the Ministry of Foreign Affairs of" + "the Republic of Indonesia": one name
            full = _of_name_end(doc, end)
            end = _name_end(doc[ent.start : full], gazetteer)
            if _title_of_a_state(doc[ent.start : end], titles, gazetteer):
                continue  # "the Minister of Foreign Affairs of Kazakhstan (Aidos Serikbay)": a title and a state
            if gazetteer.party(clean_org_name(doc[ent.start : end])) is not None:
                continue  # "the Rapid Support Forces in Jeddah", "the ... Development (IGAD": a known name in it
            if joint_body(doc[ent.start : end], gazetteer) or people_of_a_party(doc[ent.start : end], gazetteer):
                continue  # "the China-Philippines Bilateral Consultation Mechanism": its two states are named;
                # "Delegations of the X government and ...": the party's own name stands
            spans.append(Span(doc, ent.start, end, label="org"))
    spans.extend(_named_organisations(doc, gazetteer))
    spans.extend(names_before_group_nouns(doc, gazetteer))
    spans.extend(names_after_group_nouns(doc, gazetteer))
    from kg.extract.oppositions import named_the_opposition, oppositions_in  # they read states with this module

    oppositions = dict(oppositions_in(doc, gazetteer))
    spans.extend(oppositions)
    elided = dict(_elided_shared_words(spans, gazetteer))
    spans = [s for s in spans if not any(e.start <= s.start < e.end for e in elided)] + list(elided)
    mentions = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        how = span.label_
        if span in oppositions:
            mentions.append(PartyMention(oppositions[span], span, "opposition"))
            continue
        if span in elided:
            mentions.append(PartyMention(elided[span], span, "name"))
            continue
        if how == "org":
            if (found := _org_mention(span, gazetteer)) is not None:
                mentions.append(found)
            continue
        party = gazetteer.party(span.text)
        if party is not None:
            mentions.append(PartyMention(party, span, how))
    named = {m.party for m in mentions if m.how != "opposition" and named_the_opposition(m.span)}
    if named:  # "the opposition Unity Platform": the story's opposition is that body ("the opposition team": its)
        body = next(iter(named)) if len(named) == 1 else None
        mentions = [replace(m, party=body) if m.how == "opposition" and body else m for m in mentions]
        mentions = [m for m in mentions if m.how != "opposition" or body]
    return groups_told_by_demonym(
        compass_short_forms(short_forms_joined(names_repeated(bracketed_acronyms(mentions)))), gazetteer
    )


def _org_mention(span: Span, gazetteer: Gazetteer) -> PartyMention | None:
    """What an organisation's name the model tagged names: a known organisation after a qualifier, a state's
    organ or office, or an organisation of its own (not "the National Assembly" of no state named)."""
    name = clean_org_name(span)
    if (known := known_after_a_qualifier(name, gazetteer)) is not None:
        return PartyMention(known, span, "name")  # "the Swiss Centre for Humanitarian Dialogue"
    if not name[:1].isupper() or len(name) < 2 or _a_body_of_none(name):
        return None  # "the National Assembly": an organ of a state it does not name, no side of its own
    if (state := _state_organ(span, gazetteer)) is not None:
        return PartyMention(state, span, "metonym")
    if (owner := _office_owner(span, gazetteer)) is not None:
        return PartyMention(owner, span, "metonym")  # "the OSCE Mission to X": the OSCE's office
    return PartyMention(name, span, "org")


def _elided_shared_words(spans: list[Span], gazetteer: Gazetteer) -> Iterator[tuple[Span, str]]:
    """Names that share a word written once with the name beside them: the first of "North and South Korea",
    "Greek and Turkish Cypriot leaders" (the word before "and" with the words after the second's first), and the
    second of "Bosnian Serb and Croat leaders" (the first's first word with the word after "and")."""
    for span in spans:
        doc, start, end = span.doc, span.start, span.end
        if len(span) >= 2 and start >= 2 and doc[start - 1].lower_ == "and":
            before = doc[start - 2]
            party = gazetteer.party(f"{before.text} {doc[start + 1 : end].text}")
            if party is not None and party not in {gazetteer.party(span.text), gazetteer.party(before.text)}:
                yield Span(doc, before.i, before.i + 1, label="name"), party
        if len(span) == 2 and end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].text[:1].isupper():
            after = doc[end + 1]
            party = gazetteer.party(f"{span[0].text} {after.text}")
            if party is not None and party not in {gazetteer.party(span.text), gazetteer.party(after.text)}:
                yield Span(doc, after.i, after.i + 1, label="name"), party


GOVERNMENT_NOUNS = frozenset({"government", "regime", "authorities", "leadership"})
"""Nouns for the side a state's opposition faces ("the Syrian government and the armed opposition")."""


CONFLICT_NOUNS = {"war", "conflict", "insurgency", "rebellion", "uprising"}
"""Nouns of a fight within a state that a possessive or adjective names the state of: "Ethiopia's war in Tigray",
"the Colombian conflict"."""


def conflict_state(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The one state the article writes a war or conflict noun for ("Ethiopia's war", "the Sudanese conflict");
    None when it names none or several."""
    states = {state for t in tokens_of(doc) if t.lower_ in CONFLICT_NOUNS and (state := state_named_on(t, gazetteer))}
    return states.pop() if len(states) == 1 else None


GOVERNMENT_WORDS = {"government", "governmental", "federal"}
"""Words that make a delegation or a description the government's: "the government delegation", "the federal
team"."""

HOSTING_VERBS = {"host", "co-host", "convene", "sponsor", "broker", "mediate", "facilitate", "chair", "co-chair"}
"""Verbs of a government that hosts or brokers talks rather than negotiates in them."""


def government_named_before(
    doc: Doc, end: int, gazetteer: Gazetteer, nouns: frozenset[str] | set[str] = GOVERNMENT_NOUNS
) -> str | None:
    """The state whose government the text named last before a token ("Colombia's government and the ELN ...
    the government delegation"), passing over a government that only hosts or brokers ("talks hosted by the Swiss
    government", "brokered by the Norwegian government")."""
    for token in reversed(doc[:end]):
        hosting = token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_ in HOSTING_VERBS
        if token.lower_ not in nouns or hosting:
            continue
        if state := state_named_on(token, gazetteer) or possessor(token, gazetteer) or _state_after(token, gazetteer):
            return state
        if token.dep_ == "compound" and (state := state_named_on(token.head, gazetteer)):
            return state  # "Philippine government negotiators": the state's adjective hung on the people
    return None


def state_where(word: Token, gazetteer: Gazetteer) -> str | None:
    """The state a "where" clause holding a word is said of: "worked on Bolivia, where X facilitated talks
    between the government and the opposition" (Bolivia's government and opposition)."""
    for above in ancestors_of(word):
        if above.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(above)):
            state = state_named(above.doc[above.head.i : above.head.i + 1], gazetteer)
            return state if state is not None and gazetteer.is_country(state) else None
    return None


def _state_after(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The state an "of" after a noun names ("the Government of Colombia"), or the capital an "in" names ("the
    government in Bogota")."""
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in {"of", "in"}):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            if prep.lower_ == "in":
                city = gazetteer.city(obj.text)
                capital = gazetteer.capital(city[1]) if city else None
                if city and capital and fold(capital[0]) == fold(city[0]):  # "Bogota" for "Bogotá"
                    return city[1]
                continue
            if state := state_named(noun.doc[obj.left_edge.i : obj.i + 1], gazetteer) or state_named(obj, gazetteer):
                return state
    return None


def possessor(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The state written with "'s" just before a noun, wherever the parser hung it ("South Sudan's government")."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text not in {"'s", "’s"}:
        return None
    start = doc[noun.i - 2].left_edge.i if doc[noun.i - 2].ent_type_ else noun.i - 2
    for first in range(start, noun.i - 1):
        if state := state_named(doc[first : noun.i - 1], gazetteer):
            return state
    return None


def _state_organ(span: Span, gazetteer: Gazetteer) -> str | None:
    """The state an organisation's name makes it an organ of: a state's name or adjective, then one of the
    lexicon's state bodies ("the U.S. Treasury", "the Egyptian Foreign Ministry")."""
    words = [t for t in span if t.lower_ not in {"the", "'s", "’s"}]
    if len(words) < 2:
        return None
    for cut in range(1, len(words)):
        head = " ".join(t.lower_ for t in words[cut:])
        if head.removeprefix("federal ") in lexicon().state_bodies:  # "the Swiss Federal Department of ..."
            return state_named(span.doc[words[0].i : words[cut - 1].i + 1], gazetteer)
    for cut in (i for i, t in enumerate(words) if t.lower_ == "of" and 0 < i < len(words) - 1):
        # "the Government of Malaysia", "the Ministry of Foreign Affairs of the Republic of Indonesia"
        body = " ".join(t.lower_ for t in words[:cut])
        organ = body in lexicon().state_bodies or any(t.lower_ in ORGAN_HEADS for t in words[:cut])  # "Committee"
        if organ and (state := state_named(span.doc[words[cut + 1].i : span.end], gazetteer)):
            return state
    return None


ORGAN_HEADS = {"committee", "ministry", "council", "service", "agency", "commission", "directorate", "bureau"}
"""Words that make a name "of" a state one of its organs: "the State Committee for National Security of X"."""


def state_named(token: Token | Span | str, gazetteer: Gazetteer) -> str | None:
    """The state a word or phrase names, by name or adjective ("Swiss", "U.S."), or None."""
    party = gazetteer.party(token if isinstance(token, str) else token.text)
    return party if party and gazetteer.is_country(party) else None


def state_named_on(noun: Token, gazetteer: Gazetteer) -> str | None:
    """The state a noun's modifier names: "the Syrian government", "Venezuela's government", "the Swiss town"."""
    for child in children_of(noun):
        if child.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        # the whole name the modifier heads ("South Sudan's"), else the word alone ("Syrian")
        whole = noun.doc[child.left_edge.i : child.i + 1]
        if (state := state_named(whole, gazetteer)) or (state := state_named(child, gazetteer)):
            return state
    return None


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """One finding per party the gazetteer knows or the text casts as a side, with its first mention as evidence."""
    seen: set[str] = set()
    sides = ctx.framed_sides
    for mention in ctx.party_mentions:
        if (not mention.known and mention.party not in sides) or mention.party in seen:
            continue
        seen.add(mention.party)
        if not mention.known:
            yield Finding(Party(mention.party, sides[mention.party]), (mention.span,), 0.6)
            continue
        entry = ctx.gazetteer.entry(mention.party)
        party = entry.party() if entry else Party(mention.party)
        yield Finding(party, (mention.span,), 0.9 if mention.how == "name" else 0.8)
