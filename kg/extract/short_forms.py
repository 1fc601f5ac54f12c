"""Short forms of an organisation's name that the story also uses: its acronym ("SSOMA") and its first word
("Tamil rebels"), each read as the organisation the story names in full."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.base import tokens_of
from kg.extract.word_index import words_with

if TYPE_CHECKING:
    from kg.extract.parties import PartyMention


_NAME_LINKS = {"of", "for", "and", "the", "de", "du", "des", "la", "le"}


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in _NAME_LINKS).upper()


def bracketed_acronyms(mentions: list[PartyMention]) -> list[PartyMention]:
    """An acronym the text gives in brackets after a party's name ("the Free Aceh Movement (GAM)", "the Government
    of Chile (GOC)") names that party wherever it stands, whatever its letters and whatever the model tagged it."""
    if not mentions:
        return mentions
    doc = mentions[0].span.doc
    given: dict[str, PartyMention] = {}
    known = {m.span.start: m for m in mentions if m.how != "org"}
    unknown = {m.span.start: m for m in mentions if m.how == "org" and len(m.span) == 1}
    renamed: dict[str, PartyMention] = {}
    for mention in mentions:
        end = mention.span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1].text
            if end + 1 in known:  # "the Barisan Revolusi Nasional (BRN)", BRN known: the name is the known party
                if mention.how == "org":
                    renamed.setdefault(mention.party, known[end + 1])
            elif end + 1 in unknown and mention.how != "org":
                renamed.setdefault(unknown[end + 1].party, mention)  # the acronym tagged as an organisation
            elif acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha():
                # a known party's too: "the Government of the Republic of the Philippines (GPH)", then "the GPH panel"
                given.setdefault(acronym, mention)
    if renamed:
        mentions = [
            replace(m, party=renamed[m.party].party, how=renamed[m.party].how) if m.party in renamed else m
            for m in mentions
        ]
    if not given:
        return mentions
    mentions = [  # the acronym where the model tagged it an organisation of its own
        replace(m, party=given[m.span.text].party, how=given[m.span.text].how)
        if m.how == "org" and m.span.text in given
        else m
        for m in mentions
    ]
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    added = [replace(given[t.text], span=doc[t.i : t.i + 1]) for t in doc if t.text in given and t.i not in taken]
    return sorted(mentions + added, key=lambda m: m.span.start)


def names_repeated(mentions: list[PartyMention]) -> list[PartyMention]:
    """An organisation's name of two words or more, written again where the model tagged nothing, names it there
    too: "the Andean Liberation Front" tagged in one sentence, "Andean Liberation Front official X" untagged in
    the next."""
    if not mentions:
        return mentions
    doc = mentions[0].span.doc
    names: dict[tuple[str, ...], PartyMention] = {}
    for mention in mentions:
        words = tuple(t.text for t in mention.span if t.lower_ != "the")
        if mention.how == "org" and len(words) >= 2:
            names.setdefault(words, mention)
    if not names:
        return mentions
    texts = [t.text for t in tokens_of(doc)]
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    firsts = {words[0] for words in names}
    starts: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if text in firsts:
            starts.setdefault(text, []).append(i)
    added = []
    for words, mention in names.items():
        for start in starts.get(words[0], ()):
            end = start + len(words)
            if tuple(texts[start:end]) == words and taken.isdisjoint(range(start, end)):
                if not any(doc[i].ent_type_ == "PERSON" for i in range(start, end)):
                    added.append(replace(mention, span=doc[start:end]))
                    taken.update(range(start, end))
    return sorted(mentions + added, key=lambda m: m.span.start) if added else mentions


def short_forms_joined(mentions: list[PartyMention]) -> list[PartyMention]:
    """An unknown organisation's acronym is that organisation: "the South Sudan Opposition Movements Alliance,
    known as SSOMA", then "SSOMA said" - one side, under its full name (the first one named whose initials it
    spells)."""
    full: dict[str, str] = {}
    for mention in mentions:  # a headline's acronym may come before the name the story spells out
        if mention.how == "org" and len(mention.party.split()) >= 2:
            full.setdefault(_initials(mention.party), mention.party)
    joined = []
    for mention in mentions:
        name = mention.party
        if mention.how == "org" and name.isupper() and 2 <= len(name) <= 8 and name in full:
            mention = replace(mention, party=full[name])
        joined.append(mention)
    return _first_words_joined(joined)


def head_word(name: str) -> str:
    """The noun a name is built on: the last word before its "of" or "for" part ("Tigers" in "Liberation Tigers
    of Tamil Eelam")."""
    words = name.split()
    for i, word in enumerate(words):
        if word in {"of", "for"} and i:
            return words[i - 1]
    return words[-1]


def _first_words_joined(mentions: list[PartyMention]) -> list[PartyMention]:
    """An unknown one-word organisation that is the first word or the head noun of the name of one party the story
    names is that party: "Tamil rebels" in a headline, "the Tamil Liberation Front" in the story; "the Tigers"
    after "the Liberation Tigers of Tamil Eelam"."""
    by_first: dict[str, dict[str, str]] = {}
    for mention in mentions:
        # the name as written ("the Liberation Tigers of Tamil Eelam" for the party known as "LTTE")
        written = mention.span.text.removeprefix("the ").removeprefix("The ")
        for name in dict.fromkeys((mention.party, written)):
            first, _, rest = name.partition(" ")
            if rest and mention.how != "opposition":
                by_first.setdefault(first, {})[mention.party] = mention.how
                head = head_word(name)
                if head != first:
                    by_first.setdefault(head, {})[mention.party] = mention.how
    joined = []
    for mention in mentions:
        named = by_first.get(mention.party, {}) if mention.how == "org" else {}
        if len(named) == 1:
            ((party, how),) = named.items()
            mention = replace(mention, party=party, how=how)
        joined.append(mention)
    return joined


COMPASS_FORMS = {"north", "south"}
"""Words a story uses alone, after "the", for a state named in full with them: "the North" for North Korea."""


def compass_short_forms(mentions: list[PartyMention]) -> list[PartyMention]:
    """ "the North" and "the South" for the one state the story names in full with that word ("North Korea ... the
    North's negotiating team"), wherever the model tagged the word or not."""
    named = {m.party.split()[0].lower(): m for m in mentions if m.known and m.how == "name"}
    full = {w: m for w, m in named.items() if w in COMPASS_FORMS and m.party.lower().startswith(w + " ")}
    if not full:
        return mentions  # (most stories: no word to look for)
    doc = mentions[0].span.doc
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = list(mentions)
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lower=frozenset(full))):
        named_in_full = full[token.lower_]
        if token.i in taken or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text[0].isupper() and (following is None or following.pos_ != "PROPN"):  # not "the North Sea"
            found.append(replace(named_in_full, span=doc[token.i : token.i + 1]))
    return sorted(found, key=lambda m: m.span.start)
