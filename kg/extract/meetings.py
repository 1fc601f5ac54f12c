"""Meetings: rounds, sessions and summits with place, dates, round number, parties, mediators and status.

Every sentence that speaks of talks ("talks", "meeting", "round", "summit", a form of "meet" or "negotiate";
never a phone or video call) is a mention. From each mention come the place it names ("in Geneva",
"at the Dolmabahce Palace"), its dates, an ordinal round ("the third round"), the sides ("between Russia and
Ukraine", "talks with Russia", "Ukrainian and Russian negotiators", "US-Iran talks"), brokers and hosts
("US-brokered", "mediated by Qatar", "hosted by", "chaired", "co-organised by"), and whether it is planned or
ongoing. Mentions that agree on place, round, status and dates are one meeting; a different city, round or
status, or dates that do not overlap, make another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.extract.base import Context, Finding
from kg.extract.dates import ORDINALS, DateRange, is_future_context
from kg.gazetteer import lexicon
from kg.model import Meeting, Status

MEETING_VERBS = {"meet", "negotiate", "host", "convene"}
PARTICIPANT_NOUNS = {
    "negotiators",
    "delegation",
    "delegations",
    "team",
    "teams",
    "officials",
    "side",
    "sides",
    "envoys",
    "representatives",
    "leaders",
    "ministers",
    "diplomats",
    "counterparts",
}
MULTI_WORDS = {"trilateral": 3, "three-way": 3, "quadrilateral": 4, "four-way": 4}
VENUE_WORDS = {
    "palace",
    "residence",
    "house",
    "department",
    "hotel",
    "center",
    "centre",
    "room",
    "office",
    "embassy",
    "ministry",
    "hall",
    "villa",
    "base",
    "building",
    "compound",
    "pavilion",
    "kremlin",
}
MEDIATION_PREP_VERBS = {
    "broker",
    "mediate",
    "host",
    "chair",
    "facilitate",
    "co-host",
    "cohost",
    "co-organise",
    "co-organize",
    "organise",
    "organize",
    "co-chair",
    "sponsor",
    "convene",
    "moderate",
}


@dataclass
class Mention:
    """One sentence's worth of information about a meeting."""

    sentence: Span
    trigger: Token
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    dates: DateRange | None = None
    round: int | None = None
    status: Status = "held"
    parties: list[str] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    multi: int = 0


@dataclass
class Cluster:
    mentions: list[Mention]

    def first(self, attribute: str) -> object:
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value not in (None, [], 0):
                return value
        return None


def _is_trigger(token: Token) -> bool:
    nouns = set(lexicon()["meeting_nouns"])
    remote = set(lexicon()["remote_meeting_words"])
    if token.pos_ in {"NOUN", "PROPN"} and token.lower_ in nouns:
        if any(t.lower_ in remote for t in token.doc[max(token.i - 3, 0) : token.i]):
            return False
        return not (
            token.lower_ == "round"
            and not any(t.lower_ in {"talks", "negotiations"} for t in token.subtree)
            and not any(c.dep_ in {"amod"} and c.lower_ in ORDINALS for c in token.children)
        )
    return token.pos_ == "VERB" and token.lemma_ in MEETING_VERBS


def _place_objects(sentence: Span) -> list[Token]:
    """Objects of "in"/"at" in a sentence: where things happen."""
    found: list[Token] = []
    for token in sentence:
        if token.dep_ == "prep" and token.lower_ in {"in", "at", "on"}:
            found.extend(c for c in token.children if c.dep_ == "pobj")
    return found


def _locate(mention: Mention, ctx: Context) -> None:
    doc = mention.sentence.doc
    gazetteer = ctx.gazetteer
    for obj in _place_objects(mention.sentence):
        phrase = doc[obj.left_edge.i : obj.i + 1]
        text = re.sub(r"^(the|a|an)\s+", "", phrase.text, flags=re.I)
        city = gazetteer.city(obj.text) or gazetteer.city(text)
        if obj.ent_type_ in {"GPE", "LOC"} or city:
            if mention.city is None and city:
                mention.city, mention.country = city
                # "Geneva, Switzerland"
            elif (
                mention.city is None
                and obj.ent_type_ == "GPE"
                and not gazetteer.is_country(gazetteer.party(text) or "")
            ):
                mention.city = doc[obj.left_edge.i if obj.left_edge.ent_type_ else obj.i : obj.i + 1].text
                country = _apposed_country(obj, ctx)
                if country:
                    mention.country = country
            elif mention.country is None and gazetteer.is_country(gazetteer.party(text) or ""):
                mention.country = gazetteer.party(text)
        elif mention.venue is None and (
            obj.lower_ in VENUE_WORDS or obj.ent_type_ == "FAC" or gazetteer.venue_city(text)
        ):
            mention.venue = text
            venue_city = gazetteer.venue_city(text)
            if venue_city and mention.city is None:
                mention.city, mention.country = gazetteer.city(venue_city) or (venue_city, None)
            for sub in obj.subtree:
                if (
                    sub.dep_ == "pobj"
                    and sub.i != obj.i
                    and (found := gazetteer.city(sub.text))
                    and mention.city is None
                ):
                    mention.city, mention.country = found


def _apposed_country(token: Token, ctx: Context) -> str | None:
    for child in token.children:
        if child.dep_ in {"appos", "conj", "npadvmod"}:
            party = ctx.gazetteer.party(child.text)
            if party and ctx.gazetteer.is_country(party):
                return party
    return None


def _round(sentence: Span) -> int | None:
    for token in sentence:
        if token.lower_ in {"round", "meeting", "session"} or (
            token.lower_ == "such" and token.head.lower_ in {"meeting", "round"}
        ):
            for child in token.children:
                if child.lower_ in ORDINALS and child.dep_ in {"amod", "nummod"}:
                    return ORDINALS[child.lower_]
            previous = token.doc[token.i - 1] if token.i > 0 else None
            if previous is not None and previous.lower_ in ORDINALS:
                return ORDINALS[previous.lower_]
            if (
                previous is not None
                and previous.lower_ == "such"
                and token.i > 1
                and token.doc[token.i - 2].lower_ in ORDINALS
            ):
                return ORDINALS[token.doc[token.i - 2].lower_]
    return None


def _mediators(sentence: Span, ctx: Context) -> list[str]:
    found: list[str] = []
    doc = sentence.doc

    def add_from(token: Token) -> None:
        person = ctx.people.named_by(token)
        if person is not None:
            side = ctx.people.descriptions[person.name][1]
            if side and ctx.gazetteer.entry(side):
                found.append(side)
            return
        mention = ctx.party_at(token.i)
        if mention is not None and mention.known:
            found.append(mention.party)
        for child in token.children:
            if child.dep_ == "conj":
                add_from(child)

    for token in sentence:
        lemma = token.lemma_.lower()
        # "US-brokered", "Oman-mediated"
        if (
            token.text == "-"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lemma_.lower() in MEDIATION_PREP_VERBS | {"led"}
        ):
            if (
                doc[token.i + 1].lemma_.lower() != "led"
                and (mention := ctx.party_at(token.i - 1)) is not None
                and mention.known
            ):
                found.append(mention.party)
            continue
        if lemma in MEDIATION_PREP_VERBS and token.pos_ == "VERB":
            agents = [c for c in token.children if c.dep_ == "agent"]
            for agent in agents:
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        add_from(obj)
            if not agents and token.tag_ != "VBN":
                for child in token.children:
                    if child.dep_ == "nsubj":
                        add_from(child)
                if token.dep_ == "relcl":
                    add_from(token.head)
        if token.lower_ in set(lexicon()["mediation_nouns"]) and token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    for obj in child.children:
                        add_from(obj)
                if child.dep_ == "appos":
                    add_from(child)
            if token.dep_ in {"attr", "appos"} and token.head.pos_ in {"PROPN", "NOUN"}:
                add_from(token.head)
    return list(dict.fromkeys(found))


def _parties(mention: Mention, ctx: Context) -> list[str]:
    """Sides of the talks a sentence names."""
    sentence = mention.sentence
    trigger = mention.trigger
    found: list[str] = []
    place_tokens = {t.i for obj in _place_objects(sentence) for t in obj.subtree}
    for party_mention in ctx.parties_in(sentence.start, sentence.end):
        if not party_mention.known or ctx.gazetteer.entry(party_mention.party) is None:
            continue
        if ctx.gazetteer.entry(party_mention.party).kind == "news_organisation":  # type: ignore[union-attr]
            continue
        root = party_mention.span.root
        if root.i in place_tokens:
            continue
        if any(ctx.people.at(t) is not None for t in party_mention.span):
            continue
        if _is_participant(root, trigger):
            found.append(party_mention.party)
    return list(dict.fromkeys(found))


def _is_participant(token: Token, trigger: Token) -> bool:
    """Whether a party token stands as a side of the talks in its sentence."""
    doc = token.doc
    # "US-Iran talks", "Russia-Ukraine session"
    if (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lower_ in {"brokered", "mediated", "led", "hosted", "backed"}
    ):
        return False
    head = token.head
    path = token
    # climb coordination: "Russia and Ukraine"
    while path.dep_ == "conj" and path.head != path:
        path = path.head
    head = path.head
    if path.dep_ == "pobj" and head.lower_ in {"between", "with", "among"}:
        return True
    if path.dep_ in {"nsubj", "nsubjpass"} and (head == trigger or trigger in head.subtree or trigger.head == head):
        return True
    if path.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head.lower_ in PARTICIPANT_NOUNS or head == trigger or head.lower_ in set(lexicon()["meeting_nouns"])
    ):
        return True
    if path.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PARTICIPANT_NOUNS:
        return True
    return False


def _status(mention: Mention, ctx: Context) -> Status:
    sentence = mention.sentence
    words = {t.lower_ for t in sentence}
    if any(m in words for m in ("ongoing", "continuing", "underway")):
        return "ongoing"
    reference = ctx.dates.reference
    if mention.dates and reference and mention.dates.start > reference:
        return "planned"
    trigger = mention.trigger
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"will", "'ll", "shall"} or any(t.lower_ in {"next", "upcoming"} for t in trigger.subtree):
        return "planned"
    if any(c.lemma_ in {"expect", "plan", "schedule"} for c in [verb, verb.head]) and is_future_context(sentence):
        return "planned"
    return "held"


def _dates(sentence: Span, ctx: Context, anchor: date | None) -> DateRange | None:
    best: DateRange | None = None
    for ent in sentence.ents:
        if ent.label_ != "DATE":
            continue
        found = ctx.dates.resolve(ent, anchor=anchor)
        if found is None:
            continue
        if best is None or (found.end - found.start) > (best.end - best.start):
            best = found
    return best


def _mentions(doc: Doc, ctx: Context) -> list[Mention]:
    mentions = []
    last_date: date | None = None
    for sentence in doc.sents:
        dates = _dates(sentence, ctx, last_date)
        if dates is not None:
            last_date = dates.start
        triggers = [t for t in sentence if _is_trigger(t)]
        if not triggers:
            continue
        trigger = triggers[0]
        mention = Mention(sentence, trigger, dates=dates, round=_round(sentence))
        _locate(mention, ctx)
        mention.status = _status(mention, ctx)
        mention.mediators = _mediators(sentence, ctx)
        mention.parties = []
        for candidate in triggers:
            mention.trigger = candidate
            mention.parties.extend(p for p in _parties(mention, ctx) if p not in mention.parties)
        mention.trigger = trigger
        mention.multi = max((MULTI_WORDS.get(t.lower_, 0) for t in sentence), default=0)
        mentions.append(mention)
    return mentions


def _compatible(cluster: Cluster, mention: Mention) -> bool:
    for other in cluster.mentions:
        if mention.city and other.city and mention.city != other.city:
            return False
        if mention.round and other.round and mention.round != other.round:
            return False
        if mention.status != other.status:
            return False
        if (
            mention.dates
            and other.dates
            and (mention.dates.end < other.dates.start or other.dates.end < mention.dates.start)
        ):
            return False
    return True


def _substantial(mention: Mention) -> bool:
    return bool(mention.city or mention.venue or mention.round or mention.dates or mention.mediators)


def _label(meeting: Meeting) -> str:
    parts = []
    if meeting.round:
        ordinal = next((w for w, n in ORDINALS.items() if n == meeting.round), str(meeting.round))
        parts.append(f"{ordinal} round of")
    sides = "-".join(meeting.parties) if meeting.parties else ""
    parts.append(f"{sides} talks".strip())
    if meeting.location:
        parts.append(f"in {meeting.location}")
    if meeting.start:
        parts.append(f"({meeting.start.isoformat()})")
    return " ".join(parts)


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """Meetings of the article, the one mentioned first first."""
    clusters: list[Cluster] = []
    for mention in _mentions(doc, ctx):
        if not _substantial(mention) and not mention.parties:
            continue
        home = next((c for c in clusters if _compatible(c, mention)), None)
        if home is None:
            if not _substantial(mention):
                continue
            clusters.append(Cluster([mention]))
        else:
            home.mentions.append(mention)
    for cluster in clusters:
        if not any(m.city or m.venue for m in cluster.mentions) and not any(m.dates for m in cluster.mentions):
            continue
        mediators = list(dict.fromkeys(p for m in cluster.mentions for p in m.mediators))
        parties = list(dict.fromkeys(p for m in cluster.mentions for p in m.parties))
        multi = max(m.multi for m in cluster.mentions)
        sides = [p for p in parties if p not in mediators]
        if multi and len(sides) < multi:
            sides.extend(p for p in mediators if p not in sides)
            sides = sides[:multi]
        located = next((m for m in cluster.mentions if m.city), None)
        city = located.city if located else None
        country = located.country if located else cluster.first("country")
        if city is None and ctx.dateline_place and (found := ctx.gazetteer.city(ctx.dateline_place)):
            city, country = found
        dated = [m.dates for m in cluster.mentions if m.dates]
        start = min(d.start for d in dated) if dated else None
        end = max(d.end for d in dated) if dated else None
        meeting = Meeting(
            label="",
            location=city,  # type: ignore[arg-type]
            country=country,  # type: ignore[arg-type]
            venue=cluster.first("venue"),  # type: ignore[arg-type]
            start=start,
            end=end,
            round=cluster.first("round"),  # type: ignore[arg-type]
            status=cluster.mentions[0].status,
            parties=tuple(sides),
            mediators=tuple(mediators),
        )
        meeting = Meeting(**{**meeting.__dict__, "label": _label(meeting)})
        spans = tuple(m.sentence for m in cluster.mentions)
        confidence = 0.5 + 0.1 * min(len(cluster.mentions), 4)
        yield Finding(meeting, spans, confidence)
