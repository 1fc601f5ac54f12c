"""A role phrase as the text of a title: without articles, the sides before it ("Ukrainian", "Moscow's") or
possessives, ending on its title word ("ambassador to Ukraine" stays, "expert with the group X" is cut)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.name_tokens import is_initial
from kg.extract.nlp import RANK_ABBREVIATIONS, STATUS_MARKS, inflections
from kg.extract.parties import GOVERNMENT_WORDS, state_named
from kg.extract.people import plural_title, title_words
from kg.extract.portfolio_names import PORTFOLIO_ENDS
from kg.extract.referred_parties import BLOC_NOUNS
from kg.extract.relative_roles import LED_BODIES, open_brackets
from kg.extract.role_phrases import capitalised_name, crowned, honorific_only, is_title
from kg.extract.tree import children_of
from kg.gazetteer import lexicon

if TYPE_CHECKING:
    from kg.extract.base import Context

COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}
"""Nouns that refer back to a state ("the country's top diplomat")."""


QUALIFIERS = {"acting", "interim", "caretaker", "former", "then", "outgoing"}
"""Words before a title that qualify the office ("acting Defence Minister")."""


def _after_principal(tokens: list[Token], ctx: Context) -> list[Token] | None:
    """The words after a principal's possessive inside a role, the principal being its owner rather than part of it:
    "Mora's special envoy", "U.S. President Donald Trump's envoy for special missions", "the prime minister's chief
    of staff"."""
    for position, token in enumerate(tokens[1:], start=1):
        owner = tokens[position - 1]
        if token.text in {"'s", "’s", "'"} and (ctx.people.at(owner) is not None or _a_leader_s_title(owner)):
            before = tokens[:position]
            if any(t.lower_ in {"of", "to"} and any(is_title(w) for w in before[:k]) for k, t in enumerate(before)):
                return None  # "head of President X's office", "adviser to X's leader": the role's office and title
            return tokens[position + 1 :]
    return None


def _a_leader_s_title(word: Token) -> bool:
    """Whether a word ends a leader's title, of one word or two: "the Peruvian president's", "the prime minister's"."""
    leaders = lexicon().role_nouns["leader"]
    pair = f"{word.doc[word.i - 1].lower_} {word.lower_}" if word.i > 0 else ""
    return word.lower_ in leaders or pair in leaders


CHOSEN_WORDS = frozenset({"pick", "choice", "nominee", "candidate"})
"""Words of one chosen for an office, which follows their "as" or "for": "pick as Middle East envoy"."""
LEADING_WORDS = {"another", "other", "its", "their", "his", "her", "of", "for", "only", "just", "also", "now"}
"""Words that lead into a role without being part of it: "its envoy", "another adviser", "the other members", "only its
ambassador", "now (the) chief negotiator"."""

MEETING_SOMEONE = frozenset(
    {
        form
        for verb in ("host", "receive", "welcome", "visit", "greet", "invite", "join", "thank", "call")
        for form in inflections(verb)
    }
    | {"meet", "met"}
)
"""Verbs of meeting a person, and their past forms, that the model may read as an adjective of the title after
them ("X hosted President Y" parsed as a "hosted President"): never the first word of a role."""


def _lone_initial(token: Token, tokens: list[Token]) -> bool:
    """A single capital and its full stop before a role's words: the end of the sentence before, which the
    model ran on ("in a post on X. U.S. President Y said")."""
    return is_initial(token) and len(tokens) > 1


SIDE_WORDS = {"government", "opposition", "army", "military", "state", "federal", "national", "presidential"}
"""Capitalised words before a title that tell whose office it is, not a group's name: "Government spokesman"."""


def _title_after_a_body_s_name(tokens: list[Token]) -> int | None:
    """Where a lower-case title opens after the capitalised name of a group the entity model did not tag ("Shining
    Path commander"; not a brief, "Europe minister", a known body, "Mossad chief", or a place), if the role opens
    so."""
    titles = title_words()
    for position, token in enumerate(tokens):
        if token.text.islower():
            named = all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in titles | SIDE_WORDS and not t.ent_type_
                for t in tokens[:position]
            )
            return position if position > 0 and token.lower_ in titles and named else None
    return None


def _and_before(tokens: list[Token], words: frozenset[str] | set[str]) -> int | None:
    """Where an "and" inside a role phrase stands before one of ``words`` ("... and former ...", "... and
    president of ..."), if one does."""
    return next(
        (
            i
            for i in range(1, len(tokens) - 1)
            if tokens[i].lower_ == "and" and tokens[i + 1].lower_ in words and tokens[i].ent_iob_ != "I"
        ),  # not the "and" of a body's name: "secretary of the National Security and Defence Council"
        None,
    )


def _a_dash(token: Token) -> bool:
    """A dash that sets phrases apart ("–", "—", "--", or "-" with spaces around it), not a hyphen inside a word."""
    if token.text in {"–", "—", "--"}:
        return True
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def _the_office_told(tokens: list[Token]) -> list[Token]:
    """The words of a role phrase that tell the office: after a dash ("VIENNA, 14 March 2024 – The OSCE
    Chairperson-in-Office"), the office held "now" ("a former defence minister and now the chief negotiator"), the
    office one is chosen for ("Trump's pick as Middle East envoy")."""
    dashes = [i for i, t in enumerate(tokens) if _a_dash(t)]
    if dashes:
        tokens = tokens[dashes[-1] + 1 :]
    now = _and_before(tokens, {"now"})
    if now is not None:
        tokens = tokens[now + 2 :]
    chosen = (
        i for i, t in enumerate(tokens[:-2]) if t.lower_ in CHOSEN_WORDS and tokens[i + 1].lower_ in {"as", "for"}
    )
    picked = next(chosen, None)
    return tokens[picked + 2 :] if picked is not None else tokens


def clean_role(tokens: list[Token], ctx: Context) -> str | None:
    """Role text without articles, leading sides ("Ukrainian", "Moscow's") or possessives."""
    tokens = _the_office_told(list(tokens))
    changed = True
    while tokens and changed:
        changed = False
        first = tokens[0]
        mention = ctx.party_at(first.i)
        if first.pos_ in {"DET", "PRON", "NUM"} or _lone_initial(first, tokens) or first.lower_ in LEADING_WORDS:
            tokens.pop(0)
            changed = True
        elif first.ent_type_ == "DATE" or first.is_lower and first.lower_ in MEETING_SOMEONE:
            tokens.pop(0)  # "Today, the EU's envoy, X", "hosted President X": a day or a verb the parser hung on
            changed = True
        elif (opens := _title_after_a_body_s_name(tokens)) is not None:
            tokens = tokens[opens:]  # "Shining Path commander": the group's name, not the role
            changed = True
        elif first.is_punct or first.is_quote or first.text in {"'s", "’s"}:
            tokens.pop(0)  # '"We never planted mines," a ministry spokeswoman, X, told AFP': the quote's closing mark;
            changed = True  # the possessive left of "Chile's Foreign Ministry spokesperson" once its state is read
        elif _refers_back(first) and len(tokens) > 1 and tokens[1].text in {"'s", "’s", "'", "’"}:
            tokens = tokens[2:]  # "the country's top diplomat", "the bloc's special envoy"
            changed = True
        elif (owned := _after_principal(tokens, ctx)) is not None:
            tokens = owned  # "Mora's special envoy", "U.S. President X's envoy": the principal owns the role
            changed = True
        elif mention is not None and (mention.how in {"name", "demonym"} or followed_by_possessive(mention.span)):
            end = mention.span.end
            tokens = [t for t in tokens if t.i >= end]
            if tokens and tokens[0].text in {"'s", "’s", "-", "'", "’"}:
                tokens.pop(0)
            changed = True
        elif (
            mention is not None
            and not mention.known
            and len(tokens) > 2
            and tokens[1].text[:1].isupper()
            and state_named(first, ctx.gazetteer) is not None
        ):
            tokens.pop(0)  # "Indian External Affairs Minister", the title tagged an organisation with its side
            changed = True
        elif (
            mention is not None
            and mention.how == "metonym"
            and len(mention.span) > 1
            and state_named(first, ctx.gazetteer) is not None
        ):
            tokens.pop(0)  # "U.S. Treasury Secretary": the state goes, its department stays in the title
            changed = True
        elif first.lower_ in QUALIFIERS and len(tokens) > 2 and (inner := ctx.party_at(tokens[1].i)) is not None:
            if inner.how == "demonym":  # "acting Thai Defence Minister": the qualifier stays, the side goes
                tokens = [first] + [t for t in tokens[1:] if t.i >= inner.span.end]
                changed = True
    while tokens and (
        tokens[-1].is_punct
        and not _closes_a_bracket(tokens)
        or tokens[-1].dep_ == "cc"
        or honorific_only(tokens[-1])
        and not _ranked(tokens)
    ):
        tokens.pop()  # "Foreign Minister H.E. Mr. Wang Yi": the courtesies before the name are not the role; nor is
        # an "and" the phrase was cut after ("general secretary of the party and | Vietnamese president")
    former = _and_before(tokens, {"former", "ex"})
    if former is not None and any(is_title(t) for t in tokens[:former]):
        tokens = tokens[:former]  # "Special Representative and former Prime Minister of X": the current office
    tokens = _end_on_title(tokens, ctx)
    if len(tokens) > 3 and tokens[-1].lower_ in COUNTRY_NOUNS and [t.lower_ for t in tokens[-3:-1]] == ["of", "the"]:
        tokens = tokens[:-3]  # "Foreign Minister of the Republic of X" with its state read: "of the Republic" goes
    while (
        len(tokens) > 1
        and _rank_word(tokens[-1])
        and tokens[-2].text != "-"
        and not all(map(_rank_word, tokens))
        and tokens[-2].lower_ not in GENERAL_OFFICES
    ):
        tokens.pop()  # "army chief General X", "Defence Minister Lt. Gen. X": the office, not the rank after it (but
        # "secretary general", "attorney general": an office of its own)
    while tokens and honorific_only(tokens[0]):
        tokens.pop(0)
    if not tokens or not any(t.lower_.rstrip(".") in title_words() or _plural_title(t, ctx) for t in tokens):
        return None
    if len(tokens) > 14:  # ("chairman of the Baku-based Center of Analysis of International Relations")
        return None
    doc = tokens[0].doc
    kept = {t.i for t in tokens} | {t.i for t in doc[tokens[1].i : tokens[-1].i + 1]} if len(tokens) > 1 else set()
    words = [t.text_with_ws for t in doc[tokens[0].i : tokens[-1].i + 1] if t.i in kept or t.i == tokens[0].i]
    last = doc[tokens[-1].i]
    plural = last.tag_ in {"NNS", "NNPS"} and last.lower_.endswith("s")  # not "Chairperson-in-Office" tagged so
    if plural and (last.lower_.rstrip(".") in title_words() or last.lemma_ in title_words()):
        words[-1] = last.lemma_ if last.text.islower() else last.lemma_.capitalize()
    elif _plural_title(last, ctx):
        words[-1] = last.text[:-1] + last.whitespace_  # "Foreign Ministers A and B": each a Foreign Minister
    for position, token in enumerate(doc[tokens[0].i : tokens[-1].i]):
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" and _plural_title(token, ctx):
            words[position] = token.text[:-1] + token.whitespace_  # "the Ministers of Foreign Affairs of A and B"
    text = "".join(words)
    return text.strip(" ,-") or None


RANK_WORDS = {rank.rstrip(".").lower() for rank in RANK_ABBREVIATIONS} | {
    "general",
    "colonel",
    "major",
    "brigadier",
    "lieutenant",
    "captain",
    "admiral",
    "field",
    "marshal",
    "retired",
    "ret",
    "res",
}
"""Words of a military rank: a rank alone is a weaker role than an office ("Lt. Gen. X, deputy head of ...")."""


GENERAL_OFFICES = frozenset({"secretary", "attorney", "governor", "director", "solicitor", "inspector", "surgeon"})
"""Offices "general" completes rather than ranks: "secretary general", "attorney general"."""


def _closes_a_bracket(tokens: list[Token]) -> bool:
    """Whether the last word closes a bracket the role opened: "head of the X Alliance (XA)"."""
    return tokens[-1].text == ")" and open_brackets(tokens) == 0


def _rank_word(token: Token) -> bool:
    return token.lower_.strip("().") in RANK_WORDS  # (and the status mark of "Gen. (res.)")


def _refers_back(word: Token) -> bool:
    """A noun that refers back to a state or body named before: "the country's", "the bloc's", "the group's", "the
    government's", "the side's", "the two countries'"."""
    referring = COUNTRY_NOUNS | BLOC_NOUNS | GOVERNMENT_WORDS | SIDE_NOUNS
    lemma = word.lemma_.lower()  # "the two countries' foreign ministers"
    return word.lower_ in referring or lemma in referring or word.lower_ in lexicon().group_nouns


SIDE_NOUNS = {"side", "team", "delegation", "camp"}
"""Nouns for a side at the table, whose possessive opens a title: "the Chilean side's lead negotiator" (not "the
army's leader", which names whose leader)."""


def rank_only(role: str) -> bool:
    """Whether a role is a military rank and nothing else: "Maj. Gen.", "Lt. Col. (ret.)"."""
    words = [w.strip(".()").lower() for w in role.split()]
    return bool(words) and all(w in RANK_WORDS for w in words if w)


GENERIC_ROLES = frozenset({"diplomat", "official", "politician"})
"""Roles that say what a person is ("a veteran diplomat"), not the office they hold: an office named in their own
clause replaces them."""


HONORIFIC_TITLES = frozenset({"ambassador"})
"""Titles a senior diplomat keeps as a form of address ("Ambassador X, the UN peacekeeping chief"): alone before the
name, an office named beside it replaces them."""


def better_role(current: str | None, found: str | None) -> bool:
    """Whether a role found later replaces the one in hand: none yet, or an office after a bare rank (a current
    one: "Major General X, a former ambassador" is a general), after a word that only says what the person is
    ("The EU's envoy for the Balkans, Slovak diplomat X": the envoy) or after a bare form of address ("Ambassador X,
    the UN peacekeeping chief")."""
    if found is None:
        return False
    if current is None:
        return True
    generic = current.split()[-1].lower() in GENERIC_ROLES
    honorific = current.lower() in HONORIFIC_TITLES and found.split()[-1].lower() not in GENERIC_ROLES
    return (rank_only(current) or generic or honorific) and not rank_only(found) and not former_role(found)


def former_role(role: str) -> bool:
    """Whether a role is one held before: "former defence minister", "ex-president"."""
    return role.split()[0].lower() in {"former", "ex", "ex-"} or role.lower().startswith("ex-")


def _ranked(tokens: list[Token]) -> bool:
    """Whether the last word completes a title with the one before it: "Crown Prince", "Maj. Gen.", "Lt. Col."."""
    last = tokens[-1]
    return crowned(last) or len(tokens) > 1 and is_title(tokens[-2]) and tokens[-2].text.endswith(".")


BODY_WORDS = LED_BODIES | {"department", "ministry", "directorate", "bureau", "staff", "party", "presidency", "cabinet"}
"""Bodies, besides organisations, that a title is "of": "head of the Chilean team", "chief of the general staff"."""


def _end_on_title(tokens: list[Token], ctx: Context) -> list[Token]:
    """Keep a role phrase up to its title noun: "ambassador to Ukraine" stays, "expert with the group X" is cut."""
    if not tokens or is_title(tokens[-1]) or _plural_title(tokens[-1], ctx):
        return tokens
    if len(tokens) > 1 and tokens[-1].text in STATUS_MARKS and is_title(tokens[-2]):
        return tokens  # "Maj. Gen. (res.)": the rank with its status
    second = _and_before(tokens, title_words())
    if second is not None and any(is_title(t) for t in tokens[:second]):
        return _end_on_title(tokens[:second], ctx)  # "head of the delegation and president of X": the first title
    for position, token in enumerate(tokens):
        if (
            token.pos_ == "ADP"
            and position > 0
            and any(is_title(t) or _plural_title(t, ctx) for t in tokens[:position])
        ):
            rest = tokens[position + 1 :]
            if token.lower_ == "of" and len(rest) > 1 and is_title(rest[0]) and rest[1].pos_ == "ADP":
                continue  # "chief of staff of the presidency": a title of two words, the phrase after it read next
            if token.lower_ in {"to", "of"} and rest and ctx.party_at(rest[-1].i) is not None:
                return tokens
            named = rest[1:] if rest and rest[0].lower_ == "the" else rest
            if len(named) > 2 and named[1].text in {"'s", "’s"} and ctx.party_at(named[0].i) is not None:
                named = named[2:]  # "head of Peru's National Assembly": the body the state owns
            if token.lower_ in {"for", "of"} and named and (capitalised_name(named) or _capitalised_office(named)):
                # "Under Secretary for Political Affairs", "Minister of Water, Irrigation and Energy", "Minister of
                # State for Foreign Affairs"
                return tokens
            if token.lower_ == "of" and named and named[-1].lower_ in lexicon().organisation_heads | BODY_WORDS:
                return tokens  # "head of the presidential office", "member of the negotiating committee"
            portfolio = title_words() | PORTFOLIO_ENDS | {"and"}
            if token.lower_ in {"of", "for"} and named and all(t.lower_ in portfolio for t in named):
                return tokens  # "minister of foreign affairs", "minister for trade", "secretary of state": the title's
            head = tokens[:position]
            return head if is_title(head[-1]) else []
    return []


def _capitalised_office(words: list[Token]) -> bool:
    """Whether words are capitalised ones joined by "for" or "of", as an office's name is ("State for Foreign
    Affairs")."""
    joined = {"for", "of", "and"}
    capitalised = [t for t in words if t.lower_ not in joined]
    return (
        bool(capitalised)
        and words[0] in capitalised
        and words[-1] in capitalised
        and all(t.text[:1].isupper() for t in capitalised)
    )


def followed_by_possessive(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].text in {"'s", "’s"}


def _lists(child: Token) -> bool:
    """Whether a word under a plural title lists whom it names: "of" the sides, or names in apposition."""
    return child.lower_ == "of" or child.dep_ in {"appos", "conj"} and child.pos_ == "PROPN"


def _plural_title(token: Token, ctx: Context) -> bool:
    """Whether a word is a title in the plural ("Ministers" before two names, "the presidents of A and B"), not a
    word of a party's name ("the United States")."""
    # "the presidents of A and B, X and Y", "two leaders, X and Y": a lower-case plural title with its sides or names
    lowered = token.text.islower() and token.tag_ == "NNS" and any(_lists(c) for c in children_of(token))
    return (token.text[:1].isupper() or lowered) and plural_title(token) and ctx.party_at(token.i) is None


def office_held_now(role: str | None, found: str | None, side: str | None, apposed: bool, ctx: Context) -> bool:
    """Whether a title found beside a former office is the office held now: an organisation's ("the AU's high
    representative, former Nigerian President X": the AU's representative, Nigeria's president once), or any set
    before the name in apposition ("A's top negotiator, former minister X")."""
    if not (role and found) or not former_role(role) or former_role(found):
        return False
    return apposed or side is not None and not ctx.gazetteer.is_country(side)


SCHOLAR_ROLES = set(
    "analyst researcher fellow scholar professor expert economist historian scientist specialist academic "
    "lecturer".split()
)
"""Roles held at an organisation rather than for a side: the body "of" which they are speaks for them."""
