"""A mention that tells of several meetings: a clause listing cities each with its own date, or talks moved
from one city to another."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.base import Context, tokens_in
from kg.extract.dates import DateRange
from kg.extract.meetings.clauses import Mention
from kg.extract.meetings.listings import listing_clause, lists_under
from kg.extract.meetings.months import month_hint
from kg.extract.meetings.moves import relocated
from kg.extract.meetings.named_sides import side_of
from kg.extract.meetings.place_names import multiword_city, venue_text
from kg.extract.meetings.rounds import ROUND_NOUNS, earlier_rounds
from kg.extract.meetings.when import dates_of
from kg.extract.meetings.words import DURATION_WORDS, TIME_PREPOSITIONS
from kg.extract.meetings.year_told import date_attachment
from kg.extract.tree import children_of, subtree_of
from kg.gazetteer import lexicon
from kg.model import ORDINALS


def more_occasions(mention: Mention, ctx: Context) -> list[Mention]:
    """The meetings a mention tells of besides its own, the mention set to the first of a list."""
    found: list[Mention] = []
    occasions = listed_occasions(mention, ctx)
    ordinals = [ORDINALS[t.lower_] for t in tokens_in(mention.sentence) if t.lower_ in ORDINALS]
    counted = [DURATION_WORDS.get(c.lower_, 0) for c in children_of(mention.trigger) if c.dep_ == "nummod"]
    if ordinals == [1] and counted == [len(occasions)]:
        ordinals = list(range(1, len(occasions) + 1))  # "the first two rounds were held in A on ... and in B ..."
    told_in = _brokers_told_in(mention, [span for *_, span in occasions], ctx)
    met = _sides_met_before(mention, [span for *_, span in occasions], ctx)
    for position, ((city, country), day, month, span) in enumerate(occasions):
        # "three rounds: in Muscat on April 12, in Rome on April 19 ...": one meeting each, numbered when the
        # sentence numbers them all ("the second and third rounds, in Rome on ... and in Muscat on ...")
        occasion = mention if position == 0 else replace(mention, parties=list(mention.parties), apart=True)
        occasion.city, occasion.country, occasion.dates, occasion.month = city, country, day, month
        occasion.in_country = city is None  # "met in Belarus in February and then in Istanbul": a state alone
        occasion.mediators = [b for b in mention.mediators if told_in.get(b, span) == span]
        if met:  # "met A in X on May 2 and B in Y two days later": A's side at the first, B's at the second
            others = {p for k, local in enumerate(met) if k != position for p in local} - met[position]
            occasion.parties = list(dict.fromkeys([*(p for p in mention.parties if p not in others), *met[position]]))
        occasion.round = ordinals[position] if len(ordinals) == len(occasions) else None
        if position:
            found.append(occasion)
    if not occasions:
        found.extend(_one_place_several_dates(mention, ctx) or _numbered_rounds(mention))
    if (moved := relocation(mention, ctx)) is not None:
        moved.parties, moved.mediators = list(mention.parties), list(mention.mediators)
        found.append(moved)
    return found


def _numbered_rounds(mention: Mention) -> list[Mention]:
    """ "Kazakhstan hosted the third and fourth rounds in Astana": a plural round noun with several ordinals on it
    is a meeting for each, in the one place it names, the mention set to the first."""
    trigger = mention.trigger
    if trigger.lemma_ not in ROUND_NOUNS or trigger.tag_ != "NNS":
        return []
    first = [c for c in children_of(trigger) if c.dep_ == "amod" and c.lower_ in ORDINALS]
    ordinals = [o for f in first[:1] for o in (f, *f.conjuncts) if o.lower_ in ORDINALS]
    if len(ordinals) < 2:
        return []
    mention.round = ORDINALS[ordinals[0].lower_]
    return [replace(mention, parties=list(mention.parties), round=ORDINALS[o.lower_], apart=True) for o in ordinals[1:]]


def _one_place_several_dates(mention: Mention, ctx: Context) -> list[Mention]:
    """ "Two earlier rounds, held in Ankara in July and August": a plural of rounds or meetings in one place with
    dates joined by "and" is that many meetings there, the mention set to the first."""
    trigger = mention.trigger
    # the plural of a round noun counts occasions; "talks" are one event whatever their number
    if trigger.lemma_ not in ROUND_NOUNS or trigger.tag_ != "NNS" or mention.city is None:
        return []
    dates = _dates_between(ctx, trigger.i, mention.sentence.end)
    joined = [  # "in July and August", "in July and in August", "on May 3, and again on June 9"
        d
        for previous, d in zip(dates, dates[1:], strict=False)
        if 1 <= d.start - previous.end <= 3
        and d.doc[previous.end].lower_ in {"and", ","}
        and all(t.lower_ in {"and", ",", "in", "on", "again", "then"} for t in d.doc[previous.end : d.start])
    ]
    if not joined:
        return []
    listed = [dates[0], *joined]
    occasions = []
    numbers = earlier_rounds(trigger, mention.round, len(listed))  # "the previous rounds, in May and in June"
    for position, ent in enumerate(listed):
        occasion = mention if position == 0 else replace(mention, parties=list(mention.parties), apart=True)
        occasion.round = numbers[position] if numbers is not None else occasion.round
        occasion.dates = ctx.dates.resolve(ent)
        occasion.month = month_hint(ent, ctx) if occasion.dates is None else None
        if position:
            occasions.append(occasion)
    return occasions


def _dated_after_a_comma(word: Token) -> bool:
    """ "held in A in 2019, B in 2020 and C in 2021": a place after a comma with a date of its own after it, which
    the parser set beside the verb or the meeting word rather than in the list."""
    return (
        word.dep_ in {"appos", "npadvmod"} and word.i > 0 and word.doc[word.i - 1].text == "," and dated_in_a_list(word)
    )


def dated_in_a_list(word: Token) -> bool:
    """Whether a name the parser hung as a conjunct or beside a clause is followed by a date of its own ("B in 2020"
    of "held in A in 2019, B in 2020 and C in 2021"): a place in a list of meetings."""
    doc = word.doc
    return (
        word.dep_ in {"appos", "npadvmod", "conj"}
        and word.i + 2 < len(doc)
        and doc[word.i + 1].lower_ in {"in", "on"}
        and doc[word.i + 2].ent_type_ == "DATE"
    )


SEQUENCE_WORDS = {"then", "later", "subsequently", "afterwards", "next"}
"""Words that set a place after another as a later occasion: "in Oslo and then in Geneva"."""


def _sides_met_before(mention: Mention, spans: list[tuple[int, int]], ctx: Context) -> list[set[str]]:
    """The sides a verb of meeting names before each place of a list ("met A in X and B in Y"), each the side met at
    that place (a party met, or a person's side); none unless every place has sides of its own, not all the same."""
    trigger = mention.trigger
    if trigger.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in children_of(trigger)) or len(spans) < 2:
        return []
    met: list[set[str]] = []
    for position, (start, _) in enumerate(spans):
        begin = spans[position - 1][0] + 1 if position else trigger.i + 1
        local = {m.party for m in ctx.parties_in(begin, start) if m.known and m.span.root.dep_ in {"dobj", "conj"}}
        people = {p.name for t in trigger.doc[begin:start] if (p := ctx.people.at(t)) is not None}
        local |= {side for name in people if (side := side_of(name, ctx))}
        met.append(local)
    return met if all(met) and len({frozenset(m) for m in met}) == len(met) else []


def _brokers_told_in(mention: Mention, spans: list[tuple[int, int]], ctx: Context) -> dict[str, tuple[int, int]]:
    """The one occasion's words each of a mention's brokers is named in, where it is named in one only: "held in
    Washington under U.S. mediation and in Almaty, hosted by Kazakhstan" (each its own broker)."""
    told: dict[str, set[tuple[int, int]]] = {}
    for span in spans:
        for named in ctx.parties_in(*span):
            if named.party in mention.mediators:
                told.setdefault(named.party, set()).add(span)
    return {broker: next(iter(found)) for broker, found in told.items() if len(found) == 1}


def listed_occasions(
    mention: Mention, ctx: Context
) -> list[tuple[tuple[str | None, str], DateRange | None, tuple[int, int] | None, tuple[int, int]]]:
    """ "held three rounds in April: in Muscat on April 12, in Rome on April 19 and again in Muscat on April 26":
    a clause that lists cities, each with a date of its own, lists that many meetings (none when fewer than two
    of them are dated), each with the words that tell of it (from its city to the next)."""
    trigger = mention.trigger
    if trigger.pos_ != "VERB" and trigger.tag_ != "NNS":
        return []
    verb = listing_clause(trigger)  # or the participle that places the meetings: "rounds, held in A and in B, failed"
    verb = next((c for c in children_of(trigger) if c.dep_ == "acl" and c.tag_ == "VBN"), verb)
    verb = next(
        (c for c in children_of(trigger) if c.dep_ == "relcl" and c.lemma_ == "hold"), verb
    )  # "which were held"
    places: list[tuple[int, tuple[str | None, str]]] = []
    # "the ministers, who met several times, including in A ...": the list the parser hung on the clause's noun
    clause = [*subtree_of(verb), *(t for listing in lists_under(verb) for t in subtree_of(listing))]
    preps = (
        t
        for t in clause
        if t.dep_ in {"prep", "conj"}
        and t.lower_ in {"in", "at"}
        and (listing_clause(t.head) == verb or t.dep_ == "conj" and t.head.dep_ == "advcl" and t.head.head == verb)
        and not (t.head != trigger and t.head.lower_ in lexicon().meeting_nouns and not _counted_by(t.head, trigger))
    )  # "after meetings in A and B" (but "rounds of talks in A, B and C")
    listed = False  # "rounds were held in Quito, Bogota and La Paz": one preposition, several cities
    for prep in preps:
        # "met in Oslo and then in Geneva": one place after another, each a meeting
        listed = listed or prep.i > 0 and prep.doc[prep.i - 1].lower_ in SEQUENCE_WORDS
        # "in Washington and in Berlin", "in Washington, hosted by X, and in Berlin": the preposition said again
        listed = (
            listed or prep.dep_ == "conj" and any(t.lower_ == prep.lower_ for t in children_of(verb) if t.i < prep.i)
        )
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            alternatives = any(t.dep_ == "cc" and t.lower_ in {"or", "nor"} for t in subtree_of(obj))
            objects = [obj] if alternatives else [obj, *(c for c in obj.conjuncts if c.i > obj.i)]  # not "X or Y"
            listed = listed or len(objects) > 1
            for item in objects:
                town = ctx.gazetteer.town(item.text) if item.ent_type_ == "GPE" else None
                venue = ctx.gazetteer.venue_city(venue_text(item))
                seat = ctx.gazetteer.city(venue) if venue else None  # "and again at the State Department in May"
                at = item.i if item is not obj else prep.i
                if (city := ctx.gazetteer.city(item.text) or multiword_city(item, ctx) or town or seat) is not None:
                    places.append((at, city))
                elif item.ent_type_ == "GPE" and (state := _a_state(item, ctx)) is not None:
                    places.append((at, (None, state)))  # "in Belarus in February and then in Istanbul in March"
    hung_on = [verb] if trigger == verb else [verb, trigger]  # ("summits in A in 2021 and B in 2022": on the noun)
    strays = [
        c
        for w in hung_on
        for c in children_of(w)
        if (c.dep_ == "conj" or _dated_after_a_comma(c))
        and (c.ent_type_ == "GPE" or ctx.gazetteer.town(c.text))
        and places
    ]
    # "rounds of talks in A, B and C produced ...": the rest of the list made the verb's subject
    listed_on = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.ent_type_ == "GPE" and places]
    before = {i for i, _ in places} | {
        t.i for t in subtree_of(verb) if t.dep_ == "pobj" and t.head.i in {i for i, _ in places}
    }
    strays += [c for c in listed_on if c.doc[c.i - 1].text == "," and c.i - 2 in before]
    listed = listed or any(c.dep_ == "nsubj" for c in strays)
    for stray in [s for c in strays for s in (c, *(s for s in c.conjuncts if s.i > c.i))]:
        # "took place in London in 2012 and Ankara in 2013": a city the parser hung on the verb
        if (city := ctx.gazetteer.city(stray.text) or ctx.gazetteer.town(stray.text)) is not None:
            places.append((stray.i, city))
    places.sort()
    if len(places) < 2:
        return []
    occasions: list[tuple[tuple[str | None, str], DateRange | None, tuple[int, int] | None, tuple[int, int]]] = []
    dated = 0
    # "in February in Brussels and in March in Ohrid": each date before its city, when the first city has one
    between = mention.sentence.doc[places[0][0] : places[-1][0]]
    leading = any(e.end == places[0][0] for e in _dates_between(ctx, verb.i, places[0][0])) and not any(
        t.pos_ in {"VERB", "AUX"} for t in between
    )  # (one list, not "received him on April 25 in Quito, and on April 11 held talks in Cusco")
    for position, (start, place) in enumerate(places):
        last = verb.i if start < verb.i else _clause_end(mention.sentence, start)  # a list before its verb ends there
        end = places[position + 1][0] if position + 1 < len(places) else last
        words = (start, end)
        if leading:
            start, end = (places[position - 1][0] if position else verb.i), start
        dates = _dates_between(ctx, start, end)[-1:] if leading else _dates_between(ctx, start, end)
        prior = occasions[-1][1] if occasions else None  # "in X on Nov. 19 and in Y two days later": from the 19th
        day = ctx.dates.resolve(dates[0], anchor=prior.start if prior else None) if dates else None
        occasions.append((place, day, month_hint(dates[0], ctx) if dates and day is None else None, words))
        dated += bool(dates)  # a day, a month or a year of its own ("in London in 2012 and Ankara in 2013")
    return occasions if dated >= 2 or listed else []  # "earlier rounds in Geneva in May and in London in June"


def _clause_end(sentence: Span, start: int) -> int:
    """Where the clause a listed place stands in ends: at the next verb or clause of time ("held in A and B before
    moving to C in May": May is C's)."""
    doc = sentence.doc
    for index in range(start + 1, sentence.end):
        if doc[index].pos_ in {"VERB", "AUX"} or doc[index].lower_ in TIME_PREPOSITIONS:
            return index
    return sentence.end


def _a_state(word: Token, ctx: Context) -> str | None:
    """The state a place's word names, if it names one ("Belarus"), not a city."""
    party = ctx.gazetteer.party(word.text)
    return party if party is not None and ctx.gazetteer.is_country(party) else None


def _counted_by(noun: Token, trigger: Token) -> bool:
    """Whether a meeting noun is what the trigger counts: "rounds of talks", "three sessions of negotiations"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head == trigger


def _dates_between(ctx: Context, start: int, end: int) -> list[Span]:
    return [e for e in ctx.entities_in(start, end) if e.label_ == "DATE"]


def relocation(mention: Mention, ctx: Context) -> Mention | None:
    """The meeting a relocated one went on as: the same sides in the city it was moved to."""
    verb = relocated(mention.trigger)
    if verb is None:
        return None
    for obj in (o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in children_of(p)):
        if (found := ctx.gazetteer.city(obj.text) or multiword_city(obj, ctx)) is not None:
            moved = Mention(mention.sentence, verb, status=mention.status, apart=True)
            moved.city, moved.country = found
            moved.dates = dates_of(mention.sentence, ctx, None, verb)
            own = [e for e in _dates_between(ctx, verb.i, verb.right_edge.i + 1) if date_attachment(e) == verb]
            if moved.dates is None and own:  # "began in Caracas in November, moved to Mexico City in February"
                moved.month = month_hint(own[0], ctx)
            return moved
    return None
