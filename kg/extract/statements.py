"""Statements: who said what, in direct quotes and reported speech, each with a stance.

Quotes are found in the text first (straight or curly quote marks, across sentences, and across paragraphs
when the next paragraph reopens the quote). Speech events are verbs of saying whose subject is a person: a
name, a title that names one ("the foreign minister said"), or a pronoun that refers back to the last person
who was the subject of a clause. Each quote goes to the speech event of its sentence or of the sentence
beside it in the same paragraph; all the quotes one event introduces make one statement. A speech event
without quotes whose clause reports what was said ("Peskov said it was too early ...") is a reported
statement.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.base import (
    Context,
    Finding,
    headline_end,
    paragraph_of,
    sentence_of,
    text_of,
    tokens_in,
    tokens_of,
)
from kg.extract.claims import merge_claims
from kg.extract.coref import Referent
from kg.extract.frames import (
    NAMING_VERBS,
    VOICING_VERBS,
    a_clause,
    a_document_s_words,
    after_that,
    before_another_report,
    charged_claim,
    framed_claim,
    greets_guests,
    judged_by_the_act_said_in,
    past_the_day,
    plays_down,
    reported_clauses,
    stirs_a_mood,
    stressed_object,
    trimmed,
    withheld,
)
from kg.extract.interviews import answer_ranges
from kg.extract.people import in_credit
from kg.extract.quotes import Quote, a_name_given, inside, modifies_a_noun, one_line, quoted_text, quotes_of
from kg.extract.speakers import Speakers, also_speaking, speaker_subject
from kg.extract.speech_events import SpeechEvent, before_a_contrast, but_after, in_clause
from kg.extract.stance import judged_by_verb, sentence_stances, stance
from kg.extract.tree import ancestors_of, children_of, lefts_of, subtree_of
from kg.extract.word_index import words_with
from kg.gazetteer import lexicon
from kg.model import Statement

MIN_REPORTED_TOKENS = 4
_REPORTING = lexicon().reporting_verbs | lexicon().framing_verbs
"""Verbs whose clause is a statement without quote marks: reporting verbs and framing verbs."""


ACTION_VERBS = {"agree"}
"""Reporting verbs whose infinitive is a deed, not a claim: "agreed that the talks were useful" says something,
"will not agree to end the war" does not."""


def _an_accord(verb: Token) -> bool:
    """Whether a verb of agreeing tells of an accord, not of words: "agreed on a framework", "agreed to a truce" (not
    "agreed that the talks were useful")."""
    return verb.lemma_.lower() in ACTION_VERBS and not any(c.dep_ == "ccomp" for c in children_of(verb))


def _content(verb: Token, quotes: list[Quote]) -> Span | None:
    """The clause a speech verb reports, if it has one.

    "said (that) X" gives X; "described X as Y" gives "X as Y"; "X, she said, Y" gives the clause around the verb.
    """
    doc = verb.doc
    if verb.lemma_.lower() in lexicon().charging_verbs and (charged := charged_claim(verb)) is not None:
        return charged  # "praised X for Y" charges; "praised X as Y" frames
    if verb.lemma_.lower() in lexicon().framing_verbs:
        framed = framed_claim(verb)
        if framed is not None:
            return framed
    if verb.dep_ == "parataxis" or (
        verb.dep_ == "ccomp" and verb.i > verb.head.i and verb.head.pos_ in {"VERB", "AUX"}
    ):
        head = verb.head
        reports = head.lemma_.lower() in lexicon().verbs_of_saying and not _an_accord(head)
        # (not "A and B agreed on a framework, X said": an agreement, not a report)
        reports = reports and not _side_told_of(head)  # "Bolivia, he said, insisted that ...": his words
        if not reports:
            tokens = [t for t in subtree_of(head) if t.i < verb.left_edge.i or t.i > verb.right_edge.i]
            before = [t for t in tokens if t.i < verb.left_edge.i]
            set_off = (
                doc[verb.left_edge.i].text == "," or verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ","
            )
            if set_off and len(before) >= 2 and len(before) >= len(tokens) - 2:
                tokens = before  # "A and B agreed on X, Y said, at the end of the talks": the clause before
            if tokens and all(inside(quotes, t.idx) is None for t in tokens[:1]):
                return trimmed(doc, tokens[0].i, tokens[-1].i + 1)
    reported = reported_clauses(verb)
    if any(c.i > verb.i for c in reported):  # "X insists A; Y says B": B is what Y says
        reported = [c for c in reported if c.i > verb.i]
    # "A wants X; B insists on Y": a clause set off by a semicolon before the verb is no one's report
    reported = [c for c in reported if c.i > verb.i or not any(t.text == ";" for t in doc[c.right_edge.i : verb.i])]
    clauses = reported or [
        c
        for c in children_of(verb)
        if c.dep_ == "xcomp" and any(t.lower_ == "to" for t in lefts_of(c)) and verb.lemma_ not in ACTION_VERBS
    ]
    for child in clauses:
        start = past_the_day(verb, after_that(verb, child.left_edge.i))
        if (found := trimmed(doc, start, before_another_report(child))) is not None:
            return found
    end = sentence_of(verb).end
    if (start := after_that(verb, end)) < end:  # the clause after "that" hung on a noun before it
        return trimmed(doc, start, end)
    return stressed_object(verb)


_VERB = frozenset({"VERB"})
"""The part of speech of a verb of saying (``words_with``'s first test)."""
_ACCORDING = frozenset({"according"})


def _speech_events(doc: Doc, ctx: Context, quotes: list[Quote]) -> list[SpeechEvent]:
    speakers = Speakers(doc, ctx, quotes)
    verbs = lexicon().verbs_of_saying
    events: list[SpeechEvent] = []
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, pos=_VERB)):
        saying = token.lemma_.lower() in verbs or plays_down(token)  # ("played down hopes": a phrasal verb)
        if not saying or inside(quotes, token.idx) is not None:
            continue
        concludes = token.lemma_ == "conclude" and any(c.dep_ == "dobj" for c in children_of(token))  # talks ended
        concludes = concludes or _an_accord(token)  # "agreed to a 'permanent cessation of hostilities'"
        if in_credit(sentence_of(token)[0:1]) or greets_guests(token) or stirs_a_mood(token) or concludes:
            continue  # a credit line's words; a host greeting guests; hopes raised; "A and B concluded talks"
        if withheld(token):  # "X did not say whether it would attend", "declined to say when": nothing said
            continue
        subject = speaker_subject(token)
        if subject is None or inside(quotes, subject.idx) is not None:
            continue
        found = speakers.resolve(subject)
        members = also_speaking(subject, speakers.people)  # "Critics, including X, say", "Both A and B said"
        if found is None and members:
            found, members = Referent(members[0], 1.0), members[1:]
        party = speakers.party(subject) if found is None else None
        if found is None and party is None and subject.lower_ == "it" and events:
            party = _party_spoke_before(events[-1], token)  # "The ministry said ... It added that ..."
        if found is None and party is None:
            continue
        if found is None and _told_by_another_speaker(token, speakers, party):
            continue  # "X said the United States welcomed ...": X's words about the side, not the side's
        person, sure = (found.person, found.confidence) if found else (None, 1.0)
        content = _content(token, quotes)
        events.append(SpeechEvent(token, person, content, party=party, sure=sure))
        events.extend(SpeechEvent(token, p, content) for p in members if p != person)
    events.extend(_according_to(doc, ctx, quotes, speakers))
    return sorted((e for e in events if not _told_by_another(e, events)), key=lambda e: e.verb.i)


def _told_by_another(event: SpeechEvent, events: list[SpeechEvent]) -> bool:
    """Whether an event is a side remark in what another speaker reports ("X said Y had come to wreck the talks
    and accused him of ...", "a plan that Brussels could not accept"): the outer speaker's claim about Y, not Y's
    own words. A report that is the whole of the other's ("X said Y told him ...") stays Y's."""
    return event.verb.dep_ in ("conj", "relcl") and any(
        other is not event
        and other.content is not None
        and other.name != event.name
        and other.content.start <= event.verb.i < other.content.end
        for other in events
    )


def _party_spoke_before(last: SpeechEvent, verb: Token) -> str | None:
    """The party "it" stands for as a speaker: the party that spoke last, in this sentence or the one before."""
    start = sentence_of(verb).start
    previous = sentence_of(verb.doc[start - 1]).start if start > 0 else start
    return last.party if last.party and last.speaker is None and last.verb.i >= previous else None


def _side_told_of(verb: Token) -> bool:
    """Whether a verb of saying is what a side is told of by a speaker set off inside its clause: "Bolivia, he
    said, still insisted that ..." (the speaker's words about the side, not the side's own)."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.ent_type_ in {"GPE", "NORP", "ORG"}
        and any(c.dep_ == "parataxis" and c.i > subject.i and c.lemma_.lower() == "say" for c in children_of(verb))
    )


def _told_by_another_speaker(verb: Token, speakers: Speakers, party: str | None) -> bool:
    """Whether a side's verb of saying stands in what a named person or another side is said to have said ("X
    said ...", "Peru's ministry said the talks failed because Chile had rejected ..."), or is told of by a speaker
    set off inside its clause ("Bolivia, he said, insisted")."""
    verbs = lexicon().verbs_of_saying
    if _side_told_of(verb):
        return True
    for above in ancestors_of(verb):
        if above.pos_ == "VERB" and above.lemma_.lower() in verbs:
            subject = speaker_subject(above)
            if subject is not None and speakers.resolve(subject) is not None:
                return True
            if subject is not None and speakers.party(subject) not in (None, party):
                return True
    return False


def _according_to(doc: Doc, ctx: Context, quotes: list[Quote], speakers: Speakers) -> list[SpeechEvent]:
    """ "According to Getachew, the deal was 'painful' but necessary": the clause is the person's statement (or the
    party's: "according to a statement from Chad's foreign ministry")."""
    events = []
    tokens = tokens_of(doc)
    for token in (tokens[i] for i in words_with(doc, lower=_ACCORDING)):
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        if inside(quotes, token.idx) is not None:
            continue
        objects = [c for c in children_of(doc[token.i + 1]) if c.dep_ == "pobj"]
        person = ctx.people.named_by(objects[0]) if objects else None
        party = speakers.party(objects[0]) if objects and person is None else None
        if person is None and party is None:
            continue
        sentence = sentence_of(token)
        phrase_end = max(t.i for t in subtree_of(doc[token.i + 1])) + 1
        if token.i == sentence.start:
            content = trimmed(doc, phrase_end, sentence.end)
        else:
            content = trimmed(doc, sentence.start, token.i)
        if content is None:
            continue
        speech = lexicon().verbs_of_saying
        relayed = any(
            t.lemma_.lower() in speech and any(c.dep_ == "nsubj" and ctx.people.named_by(c) for c in children_of(t))
            for t in content
        )
        if not relayed:  # "According to X, Medinsky reminded ...": Medinsky's words, relayed
            events.append(SpeechEvent(token, person, content, party=party))
    return events


class _Events:
    """Speech events by sentence and in text order, so each quote finds its own in logarithmic time."""

    def __init__(self, events: list[SpeechEvent]) -> None:
        self.ordered = sorted(events, key=lambda e: e.verb.idx)
        self.starts = [e.verb.idx for e in self.ordered]
        self.by_sentence: dict[int, list[SpeechEvent]] = {}
        for event in events:
            self.by_sentence.setdefault(sentence_of(event.verb).start, []).append(event)

    def in_sentences(self, *sentences: Span) -> list[SpeechEvent]:
        starts = {s.start for s in sentences}
        return [e for start in sorted(starts) for e in self.by_sentence.get(start, [])]

    def between(self, start: int, end: int) -> list[SpeechEvent]:
        return self.ordered[bisect.bisect_left(self.starts, start) : bisect.bisect_right(self.starts, end)]


def _attribute(doc: Doc, quote: Quote, events: _Events) -> SpeechEvent | None:
    """The speech event a quote belongs to: in its sentence first, then beside it in its paragraph."""
    para_start, para_end = paragraph_of(doc, quote.start)
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is None:
        return None
    start_sent, end_sent = sentence_of(first[0]), sentence_of(first[-1])
    same = events.in_sentences(start_sent, end_sent)
    holding = [e for e in same if in_clause(quote, e.content, closing=0)]
    if holding:
        return holding[0]
    if same:
        nearest = min(same, key=lambda e: min(abs(e.verb.idx - quote.start), abs(e.verb.idx - quote.end)))
        # "X said A had 'kept the peace,' while Y called it '...'": the clause that holds the quote, its closing
        # comma past the clause's last word, is X's even where Y's verb stands nearer
        ending = [e for e in same if in_clause(quote, e.content)]
        if ending and ending[0].speaker is not None and nearest.speaker is not None:
            if ending[0].speaker.name != nearest.speaker.name:
                return ending[0]
        if ending and nearest is not ending[0] and nearest.content is not None and but_after(nearest.verb, quote):
            return ending[0]  # "said A was attending 'to open the door,' but warned that ...": the first verb's
        return before_a_contrast(doc, quote, same, nearest)
    if any(_has_other_speaker(s, quote) or a_document_s_words(s) for s in (start_sent, end_sent)):
        return None  # ("A joint declaration committed both sides to settle it 'in accordance with ...'")
    previous = doc[start_sent.start - 1].sent if start_sent.start > 0 else None
    if (
        previous is not None
        and previous.start_char >= para_start
        and not events.in_sentences(previous)
        and _has_other_speaker(previous, quote)
    ):
        return None  # "'...,' said one member. '...'": the unnamed speaker goes on
    opens = not text_of(doc)[start_sent.start_char : quote.start].strip(" \"“«„‘'")  # the quote opens its sentence
    if opens and previous is not None and previous.start_char >= para_start:
        quoting = [e for e in events.in_sentences(previous) if e.quotes and e.quotes[-1].end > previous.start_char]
        if quoting:
            return quoting[-1]  # "'...,' X told reporters. '...' Y said ...": X goes on, before Y speaks
    para_end_q = paragraph_of(doc, max(quote.end - 1, quote.start))[1]
    nearby = events.between(para_start, max(para_end, para_end_q))
    if nearby:
        return min(nearby, key=lambda e: min(abs(e.verb.idx - quote.start), abs(e.verb.idx - quote.end)))
    return None


def _after_colon(doc: Doc, ctx: Context, quote: Quote, events: _Events) -> SpeechEvent | None:
    """A quote introduced by a colon belongs to the speaker named before it: "X told reporters: '...'", and with
    no verb of saying at all, "X, leaving the building: '...'"."""
    text = text_of(doc)
    position = quote.start - 2  # before the opening mark
    while position >= 0 and text[position] in " \t":
        position -= 1
    colon_at = position if position >= 0 and text[position] == ":" else -1
    if colon_at < 0 or text.rfind("\n", 0, colon_at) > text.rfind("\n", 0, quote.start):
        return None
    colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
    if colon is None:
        return None
    sentence = sentence_of(colon[0])
    before = [e for e in events.in_sentences(sentence) if e.verb.i < colon[0].i]
    if before:
        return before[-1]
    named = [ctx.people.at(t) for t in doc[sentence.start : colon[0].i]]
    people = [p for p in named if p is not None]
    if people and all(p is people[-1] for p in people):
        return SpeechEvent(colon[0], people[-1], None)
    return None


def _alone_in_paragraph(doc: Doc, quote: Quote) -> int | None:
    """Where the paragraph of a quote starts, when the quote is all the paragraph holds."""
    text = text_of(doc)
    start, end = paragraph_of(doc, quote.start)
    if text[start : quote.start].strip(" \t\"“«„‘'") or len(text[quote.end : end].strip()) > 3:
        return None
    return start


def _continued(doc: Doc, quote: Quote, last: SpeechEvent | None) -> SpeechEvent | None:
    """A paragraph that is a quote and nothing else continues the speaker of the quote before it, when that quote
    ended the previous paragraph or the one before ("'...,' she said. / 'And more.'")."""
    if last is None or not last.quotes or (paragraph_start := _alone_in_paragraph(doc, quote)) is None:
        return None
    text = text_of(doc)
    previous = last.quotes[-1]
    if paragraph_of(doc, previous.start)[0] == paragraph_start:
        return None
    gap = text[paragraph_of(doc, previous.end)[1] : paragraph_start]
    return last if not gap.strip() else None


def _continued_from_report(doc: Doc, quote: Quote, events: list[SpeechEvent]) -> SpeechEvent | None:
    """A paragraph that is a quote and nothing else, right after a paragraph that reports one person's words
    without quoting them ("Soto called the deal a real hope. / 'It is a relief for the whole region.'"): that
    person goes on speaking."""
    if (paragraph_start := _alone_in_paragraph(doc, quote)) is None:
        return None
    before = text_of(doc)[:paragraph_start].rstrip()
    if not before:
        return None
    previous_start, previous_end = paragraph_of(doc, len(before) - 1)
    reported = [e for e in events if previous_start <= e.verb.idx < previous_end]
    if not reported or any(e.quotes or e.speaker is None for e in reported):
        return None
    speakers = {e.speaker.name for e in reported if e.speaker is not None}
    opening = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if len(speakers) != 1 or opening is None:
        return None
    return SpeechEvent(opening[0], reported[-1].speaker, None)  # a claim of its own, beside the reported one


def _has_other_speaker(sentence: Span, quote: Quote) -> bool:
    """A sentence whose verb of saying, outside the quote, has a subject that is no person ("the White House
    called it ..."); the quoted words' own verbs ("we could not agree") say nothing of who speaks."""
    verbs = lexicon().verbs_of_saying
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in verbs
        and not quote.start <= t.idx < quote.end
        and speaker_subject(t) is not None
        for t in tokens_in(sentence)
    )


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def extract(doc: Doc, ctx: Context) -> Iterator[Finding]:
    """Statements with speaker, text and stance, in text order."""
    quotes = list(quotes_of(doc))
    events = _speech_events(doc, ctx, quotes)
    index = _Events(events)
    last: SpeechEvent | None = None
    for quote in quotes:
        event = _after_colon(doc, ctx, quote, index) or _attribute(doc, quote, index)
        if event is None:
            event = _continued(doc, quote, last) or _continued_from_report(doc, quote, events)
        if event is not None:
            if event not in events:
                events.append(event)
            event.quotes.append(quote)
            last = event
    events.sort(key=lambda e: e.verb.i)
    findings: list[tuple[int, Finding, bool]] = []  # (start, finding, whether it stands apart)
    used_quotes, title = set[Quote](), headline_end(doc, ctx.lead_start)  # a headline's words are no statement
    answers = answer_ranges(doc)  # an interview's answers are the interviewee's (kg.extract.interviews)
    for event in events:
        quoted = [q for q in event.quotes if q not in used_quotes]
        used_quotes.update(quoted)
        if event.quotes and not quoted:
            continue
        groups = _claims(doc, quoted) if quoted else [[]]
        for group in groups:
            found = _statement(doc, event, group)
            if found is not None and doc[found[0]].idx >= title and not _answered(doc[found[0]].idx, answers):
                # accusations and praise: claims of their own, never joined to another
                charge = not group and event.verb.lemma_.lower() in lexicon().charging_verbs
                findings.append((*found, charge))
    yield from merge_claims(doc, [(f, apart) for _, f, apart in sorted(findings, key=lambda f: f[0])])


def _answered(char: int, answers: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in answers)


def _claims(doc: Doc, quotes: list[Quote]) -> list[list[Quote]]:
    """The quotes of one speech event grouped by claim: quotes in one sentence (a quote split by its attribution,
    "'X,' he warned, 'Y.'") are one claim, and so is a fragment without a verb that goes on with it ("'A beacon of
    hope.'"); a quote in another sentence is another claim."""
    groups: list[list[Quote]] = []
    last_sentence = -1
    for quote in sorted(quotes, key=lambda q: q.start):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        first = sentence_of(span[0]).start if span is not None and len(span) else -2
        fragment = span is not None and not any(t.pos_ in {"VERB", "AUX"} for t in span)  # "'A beacon of hope.'"
        if groups and (first == last_sentence or first == -2 or fragment):
            groups[-1].append(quote)
        else:
            groups.append([quote])
        if span is not None and len(span):
            last_sentence = sentence_of(span[-1]).start
    return groups


def _statement(doc: Doc, event: SpeechEvent, quoted: list[Quote]) -> tuple[int, Finding] | None:
    """The statement an event makes with the given quotes (or, without quotes, with its reported clause)."""
    content = event.content
    quoted = [q for q in quoted if not modifies_a_noun(doc, q) and not a_name_given(text_of(doc), q)]
    inside = (
        bool(quoted) and content is not None and all(in_clause(q, content) for q in quoted)
    )  # every quote a part of the reported clause
    if quoted:
        quote_words = sum(q.words(doc) for q in quoted)
        if quote_words < 3 and content is None:
            return None
        if inside and content is not None and quote_words * 2 < len(content):
            text, spans, direct = quoted_text(content), [content], False
        else:
            text = " … ".join(one_line(text_of(doc)[q.start : q.end]) for q in quoted)
            spans = [s for q in quoted if (s := _span(doc, q.start, q.end)) is not None]
            direct = True
            if quote_words < 3 and content is not None:
                text, spans, direct = quoted_text(content), [content], False
    elif (
        content is not None
        and (event.verb.lemma_.lower() in _CLAUSE_VERBS or event.verb.lower_ == "according" or plays_down(event.verb))
        and (
            len(content) >= MIN_REPORTED_TOKENS
            or len(content) >= 3
            and (content[0] == event.verb or a_clause(content) or event.verb.lemma_.lower() in NAMING_VERBS)
            or len(content) == 2
            and content[0].pos_ == "NOUN"
            and a_clause(content)  # "warned that gaps remained"
        )
    ):  # "welcomed the agreement", "said he was optimistic": a judgement or a clause in three words
        text, spans, direct = quoted_text(content), [content], False
    else:
        return None
    if not text or not spans:
        return None
    # a quote inside a reported clause reads with its frame: "would not accept 'a deal at any price'"
    found_stance, _ = stance(quoted_text(content) if inside and content is not None else text, sentence_stances(doc))
    judged = judged_by_verb(event.verb.lemma_.lower()) or judged_by_the_act_said_in(event.verb)
    if judged is not None and (not direct or inside) and not any(c.dep_ == "neg" for c in children_of(event.verb)):
        # "welcomed the outcome as proof that ...", "dismissed the meeting as 'a gathering of puppets'": the verb
        # judges, whatever its object, quoted or not
        found_stance = judged
    statement = Statement(event.name, text, found_stance, direct, by_party=event.party is not None)
    return spans[0].start, Finding(statement, tuple(spans), round((0.85 if direct else 0.7) * event.sure, 2))


_CLAUSE_VERBS = _REPORTING | lexicon().charging_verbs | VOICING_VERBS
"""Verbs whose clause or object is a statement without quote marks."""
