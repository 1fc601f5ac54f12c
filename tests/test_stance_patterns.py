"""The stance file's regular expressions, searched as one set per list, answer as the expressions one by one."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from kg.extract import pattern_sets
from kg.extract.pattern_sets import PatternSet, loosened
from kg.extract.pattern_sets import one_alternation as _one_alternation
from kg.extract.stance import PATTERN_LISTS, _config, _pattern_set

SENTENCES = [
    "no date has been set for the next round",
    "we are neither optimistic nor pessimistic",
    "the talks have reached a critical stage",
    "significant gaps remain between the two sides",
    "they turned the offer down flatly",
    "we will never accept such terms",
    "the deal is still far from a final agreement",
    "the door remains open to further talks",
    "this agreement will end the war",
    "the talks discussed the return of refugees",
    "the agenda includes border security",
    "the meeting was held in a good atmosphere",
    "nobody expects much from the second day",
    "bilateral trade was not on the agenda",
    "the sides agreed to disagree on the capital",
    "",
]


def test_one_alternation_matches_where_pattern_set_does() -> None:
    patterns = [r"\bfoo\s+bar\b", r"(?<=x)baz", r"\bqux(?:es)?\b"]
    combined = _one_alternation(patterns)
    for text in ["foo bar", "afoo bar", "xbaz", "baz", "quxes here", "aqux", "nothing", ""]:
        assert (combined.search(text) is not None) == any(re.search(p, text) for p in patterns), text


def test_look_behinds_before_a_word_boundary_keep_their_answer() -> None:
    patterns = [r"(?<!not )(?<!never )\bclose\s+to\b", r"(?<=x)\bbaz", r"\bqux\b"]
    combined = _one_alternation(patterns)
    texts = [
        "close to a deal",
        "not close to a deal",
        "never close to it",
        "xbaz",
        "x baz",
        "a baz",
        "qux",
        "aclose to",
    ]
    for text in texts:
        assert (combined.search(text) is not None) == any(re.search(p, text) for p in patterns), text


def test_an_empty_list_matches_nothing() -> None:
    assert _one_alternation([]).search("anything") is None


CORPUS = Path(__file__).parent / "corpus"


@cache
def _corpus_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(CORPUS.glob("*.txt"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t)] + SENTENCES


def _one_by_one(patterns: list[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for p in patterns if (m := re.search(p, text))]


@pytest.mark.parametrize("key", PATTERN_LISTS)
def test_shipped_lists_answer_as_their_expressions(key: str) -> None:
    """Over every sentence of the annotated articles: the set finds each expression's first match, no more."""
    patterns = _config()[key]
    found = _pattern_set(key)
    for text in _corpus_sentences():
        assert [m.span() for m in found.matches(text)] == _one_by_one(patterns, text), (key, text)


@pytest.mark.parametrize("key", PATTERN_LISTS)
def test_without_hyperscan_the_alternation_answers_the_same(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_sets, "hyperscan", None)
    patterns = _config()[key]
    found = PatternSet(patterns)
    for text in SENTENCES + _corpus_sentences()[:300]:
        assert [m.span() for m in found.matches(text)] == _one_by_one(patterns, text), (key, text)


def test_a_loosened_expression_drops_assertions_and_widens_classes() -> None:
    assert loosened(r"(?<!not )\bclose to\b") == "close to"
    assert loosened(r"\bover(?!\s+(?:the|a)\b)") == "over"
    assert loosened(r"[(]x(?=(?:a|b))") == "[(]x"  # a class keeps its characters; a nested group goes whole
    assert loosened(r"a\\b") == r"a\\b"  # an escaped backslash, then a "b": a letter, not a boundary
    assert loosened(r"\w") == r"[a-zA-Z0-9_\x{80}-\x{10ffff}]"  # any letter, as Python's Unicode class takes
    assert loosened(r"[\w-]") == r"[a-zA-Z0-9_\x{80}-\x{10ffff}-]"
    assert loosened(r"\S") == r"[^\t\n\v\f\r ]"


def test_a_pattern_set_finds_matches_assertions_decide() -> None:
    patterns = [r"(?<!not )\bclose\s+to\b", r"\bfar\s+apart\b", r"\bno\s+deal\b(?!\s+yet)"]
    found = PatternSet(patterns)
    assert [m.group(0) for m in found.matches("we are close to a deal")] == ["close to"]
    assert found.matches("we are not close to a deal") == []  # the look-behind, read by Python, decides
    assert found.matches("there is no deal yet") == []
    assert [m.group(0) for m in found.matches("far apart, and no deal")] == ["far apart", "no deal"]
    assert found.search("nothing here") is None
    unicode_patterns = [r"\bclose\s+to\s+\w+", r"\d+\s+rounds"]  # Python's classes are Unicode
    unicode = PatternSet(unicode_patterns)
    for text in ["close\u00a0to\u00a0a deal", "close to réussir", "close to éclat", "\u0663 rounds", "close to"]:
        assert [m.span() for m in unicode.matches(text)] == _one_by_one(unicode_patterns, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The delegation will be led by Defence Minister Ana Lind.",
        "The proposal goes to the Security Council on Monday.",
        "The envoy will report to the United Nations next week.",
    ],
)
def test_names_and_titles_carry_no_attitude(text: str) -> None:
    from kg.extract.stance import stance

    assert stance(text)[0] == "neutral"


def test_mediators_working_around_the_clock_read_as_progress() -> None:
    from kg.extract.stance import stance

    assert stance("The mediators have been working around the clock with both delegations.")[0] == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Progress has been painfully slow, the minister said.", "negative"),
        ("She said progress had been limited and urged both sides to move.", "negative"),
        ("There was only halting progress on the border question.", "negative"),
        ("Progress has been steady since the spring.", "positive"),
        ('The former envoy said the process had "little chance" without outside pressure.', "negative"),
        ("There are slim prospects for a breakthrough this week.", "negative"),
        ("We leave the capital with concrete results.", "positive"),
        ("The round produced no tangible results.", "negative"),
        ("We have a good chance of reaching a deal.", "positive"),
        ("We are not far from a basis for negotiations.", "positive"),
        ("The two sides are still far from a compromise.", "negative"),
        ("Attacks from across the border will be stopped immediately, the minister wrote.", "positive"),
        ("I may be wrong.", "neutral"),  # a hedge, not a setback
        ("I could be wrong, but the talks are going nowhere.", "negative"),
        ("The agreement is only as good as its implementation.", "neutral"),  # approval held back
        ("The agreement is good for both our peoples.", "positive"),
        ("Nobody expects a solution tomorrow.", "neutral"),  # expectations managed, not a setback
        ("No one is expecting a breakthrough this week. The gaps are wide.", "neutral"),
        ("The talks are a test of whether the other side is serious.", "neutral"),
        ("The real test will be whether the border opens.", "neutral"),
        ("He came here to avoid the agreement.", "negative"),
        ("Warsaw expected concrete gestures from Berlin.", "neutral"),  # a faint negative: a fact told, no stance
        ("Unfortunately, it was not possible to reach an agreement.", "negative"),
        ("This chance we lost might hardly ever come again.", "negative"),
        ("It was a missed opportunity.", "negative"),
        ("The other side has agreed not to allow its soil to be used against us.", "positive"),  # a commitment
        ("Today we have turned a difficult page.", "positive"),  # a page turned, whatever it was
        ("We turned the page on a dark chapter.", "positive"),
        ("Peace is not possible now.", "negative"),  # a prospect denied
        ("We came to make progress, and we made some, but in the end we could not bridge the gap.", "negative"),
        ("They did not narrow their remaining differences.", "negative"),  # a gap left open
        ("Without Chile and Peru, there would have been no agreement.", "positive"),  # credit for the outcome
        ("Without the mediators we would not have any deal.", "positive"),
        ("It shows our willingness to put an end to the unfortunate past.", "positive"),  # an ending wished for
        ("We must end the deadlock.", "positive"),
        ("Lima would not back down from its position that the border was settled.", "negative"),  # no give
        ("Today, there is a beacon on the horizon.", "positive"),  # a sign of hope
        ("There will be no more misunderstandings.", "positive"),  # an end to them promised
        ("I think we can get this done by the end of the month.", "positive"),  # confidence in a deal
        ("With this memorandum we have prevented a humanitarian crisis.", "positive"),  # a harm averted
        ("An offensive on the city would not take place.", "positive"),  # a harm called off
        ("They failed to prevent a war.", "negative"),  # the harm came
        ("Our relations are at their highest level in history.", "positive"),
        ("Trust between the two sides is at its lowest level.", "negative"),
        ("It was a dialogue of the deaf.", "negative"),  # neither side listening
        ("We have buried the hatchet.", "positive"),  # idioms of reconciliation and of deadlock
        ("They extended an olive branch.", "positive"),
        ("They rejected the olive branch.", "negative"),
        ("The gulf between the two positions remains wide.", "negative"),  # a gap by another name
        ("The negotiations have been hijacked by hardliners.", "negative"),
        ("Our position is clear: the border stays where it is.", "neutral"),  # a position stated, no verdict
        ("We made clear progress.", "positive"),
        ("Lima sees no alternative to the format.", "positive"),  # the talks held indispensable
        ("There is no alternative to dialogue.", "positive"),
        ("We have no alternative but to fight.", "negative"),
        ("It is back to the drawing board.", "negative"),
        ("The proposal is a slap in the face.", "negative"),
        ("The talks are going round in circles.", "negative"),
        ('A treaty "is not possible" while the claim stands.', "negative"),
        ("An agreement is possible.", "positive"),
        ("We not only listened, but also heard each other.", "positive"),  # understanding told
        ("They did not hear each other.", "negative"),
        ("Sometimes you have to walk, and this was just one of those times.", "negative"),  # walking away
        ("We are prepared to walk if the terms are bad.", "negative"),
        ("We had to walk through the old city.", "neutral"),
        ("Peace cannot be achieved without the support of the neighbours.", "neutral"),  # a condition told
        ("A settlement won't be reached without help from outside.", "neutral"),
        ("The captives would be released within days.", "positive"),  # captives to be freed
        ("This means the prisoners would be freed within a week.", "positive"),
        ("The hostages will not be released until the troops leave.", "negative"),
        ("The two governments agreed in Lima to a new investigation into the fate of the abducted.", "positive"),
        ("Chile agreed with Peru to hold a new round.", "positive"),
        ("In return, Chile will lift some of its unilateral sanctions.", "positive"),  # a concession offered
        ("Chile is ready to ease sanctions on Peru.", "positive"),
        ("Chile will not lift sanctions.", "negative"),
        ("Chile refused to lift the sanctions.", "negative"),
        ("It will be the biggest prisoner swap so far.", "positive"),  # captives freed
        ("They agreed on a prisoner exchange.", "positive"),
        ("The biggest exchange of fire in years took place.", "negative"),
        ("The gaps are not that wide.", "positive"),  # a distance denied
        ("Negotiators worked feverishly through the night.", "positive"),
        ("We would not be here if we were not serious.", "positive"),  # a will to talk, told by its denial
        ("If we were not willing to compromise, we would not be at this table.", "positive"),
        ("This summit opens a new history for the peninsula.", "positive"),  # a new start
        ("The two sides want a fresh start.", "positive"),
        ("It is a new beginning for the region.", "positive"),
        ("There is no fresh start without justice.", "negative"),
        ("Not at all. We will keep on talking.", "positive"),  # the effort goes on
        ("We will not continue talking to them.", "negative"),
        ("It felt like we were going backwards more than forwards.", "negative"),
        ('A deal seemed "unlikely" at this stage.', "negative"),
        ("A deal is not unlikely.", "positive"),
        ("Little progress has been made.", "negative"),
        ("Agreement will be hard to achieve.", "negative"),
        ("An agreement will not be hard to reach.", "positive"),
        ("Russia voiced reservations about the corridor.", "negative"),  # doubts told
        ("Iran was concerned about any foreign intervention near its borders.", "negative"),
        ("They raised serious concerns over the text.", "negative"),
        ("He was not worried about the talks.", "positive"),
        ("The rebels had received an invitation and would attend.", "positive"),  # a side's name is no mood
        ("They agreed to take part in the talks.", "positive"),
        ("The government will not attend the talks.", "negative"),
        ("We refused to attend.", "negative"),
        ("Russia highly appreciates China's impartial position on the Ukraine crisis.", "positive"),
        ("We do not appreciate their efforts.", "negative"),
        ("The talks went nowhere.", "negative"),  # a road that ends in nothing
        ("This process is leading nowhere.", "negative"),
        ("A ceasefire is still some distance away.", "negative"),  # the distance from a deal
        ("A final accord remains a long way off.", "negative"),
        ("The deal is a sellout.", "negative"),
        ("He voiced scepticism about the deal.", "negative"),  # doubts told, either spelling
        ("They expressed deep skepticism over the text.", "negative"),
        ('The gap between the two sides remained "very wide".', "negative"),  # a distance, quoted and stressed
        ("The differences are still too big.", "negative"),
        ("Nothing has been agreed until everything is agreed.", "neutral"),  # the negotiators' maxim
        ("Nobody wins if these talks collapse.", "positive"),  # a failure warned against: the talks are wanted
        ("Neither side can win this war.", "positive"),
        ("The accord opens a window for cutting the violence in the provinces.", "positive"),  # a chance opened
        ("The envoy said the meeting had lowered the temperature between the capitals.", "positive"),  # de-escalation
        ("The visit helped defuse border tensions.", "positive"),
        ("The rebels have not shown a single gesture of good will.", "negative"),  # goodwill denied
        ("The prime minister said the deal would reduce the risk of war.", "positive"),  # a danger lessened
        ("The accord does not reduce the risk of renewed fighting.", "negative"),
        ("The rebel leader called it the beginning of the end of the armed struggle.", "positive"),
        ("The truce is still holding.", "positive"),
        ("The minister cautioned against expecting a quick deal.", "negative"),  # hopes damped
        ("We have heard these promises before.", "negative"),  # promises doubted
        ("The people have seen many agreements that were never implemented.", "negative"),  # deals left on paper
        ("The ceasefire deal was implemented within a day.", "positive"),
        ("Any deal must not come at the expense of the state.", "negative"),  # a condition set against the talks
        ("The opposition leader called the summit a show.", "negative"),  # the talks dismissed as theatre
        ("The visit was a show of goodwill.", "positive"),
        ("The mediator said the impossible was now possible.", "positive"),  # a deal come within reach
        ("Substantial issues remained over the corridor.", "negative"),  # what is still unsettled
        ("The adviser said the talks had been result-oriented.", "positive"),
        ("They are negotiating over our heads.", "negative"),  # a side left out of talks about it
        ("There can be nothing about us without us.", "negative"),
        ("I don't think there will be an agreement this month.", "negative"),  # a hope the speaker denies
        ("We do not expect a breakthrough in this round.", "negative"),
        ("The army was skeptical that the rebels would honour the deal.", "negative"),  # a hope doubted
        ("I think we are very close to a basis for negotiations.", "positive"),  # near what the talks seek
        ("We are close to a solution.", "positive"),
        ("The violence has ceased.", "positive"),  # the fighting over, whatever the words of violence
        ("The fighting had halted by morning.", "positive"),
        ("We are not close to a solution.", "negative"),
        ("He was unsure whether the ceasefire would hold.", "negative"),
        ("We are not sure that the truce will last.", "negative"),
        ("The delegation flew home empty-handed.", "negative"),  # nothing to show for the talks
        ("We came to the table with an open mind.", "positive"),  # a will to hear the other side
        ("Lima must accept the new realities on the ground.", "negative"),  # a demand on the other side
        ("They must recognise our sovereignty first.", "negative"),
        ("Both sides must accept the deal.", "positive"),  # a call on both, not a demand on one
        ("The envoy warned that the window for a negotiated settlement was closing.", "negative"),  # time running out
        ("We came here in good faith, but the other side did not.", "negative"),  # the other side blamed, elliptically
        ("We kept our word, while they have not.", "negative"),
        ("We have agreed on most of the text; a few issues remain.", "positive"),  # nearly done
        ("Only a handful of points remain outstanding.", "positive"),
        ("A few minor issues remain.", "neutral"),  # not the gaps that divide the sides
        ('The analyst said the ceasefire was "unlikely to last" without monitors.', "negative"),  # a deal doubted
        ("The truce is not unlikely to hold.", "positive"),
        ("We are not there yet, but we are moving.", "positive"),  # progress, however slight
        ('There had been "no meeting of minds" on the port.', "negative"),  # an accord of views denied
        ("The ceasefire is fragile but holding.", "positive"),  # the truce stands, however weak
        ("The truce remains fragile.", "negative"),
        ('The meeting had been "difficult, but necessary".', "positive"),  # hard talks judged worth having
        ("The agreement papered over the deepest differences.", "negative"),  # the gaps hidden, not bridged
        ('Chile had "no intention" of leaving the talks.', "positive"),  # a will to stay at the table
        ("Peru has no intention of negotiating.", "negative"),
        ("We have been here before.", "negative"),  # promises seen to fail
        ("We've been down this road before.", "negative"),
        ("Nobody wants another war.", "positive"),  # a return to fighting ruled out
        ("The talks had been „productive“.", "positive"),  # quoted in another style of marks
        ("The talks had been «productive».", "positive"),
        ("The proposal does not go far enough.", "negative"),  # an offer judged too little
        ("Trust between the two sides remains very low.", "negative"),  # the sides' confidence in each other
        ("The talks have broken for lunch and will resume at three.", "neutral"),  # a pause in the day's schedule
        ("We have made history today.", "positive"),  # an achievement hailed
        ("Without Ecuador this would not have happened.", "positive"),  # a broker credited
        ("Neither side can afford renewed fighting.", "positive"),
        ("Andean problems should be solved by Andeans.", "positive"),  # a dispute to be settled, and how
        ("The crisis must be overcome through dialogue.", "positive"),
        ("We must solve these problems together.", "positive"),
        ("The problems cannot be solved at this table.", "negative"),  # the settlement denied
        ("They failed to settle the dispute.", "negative"),
        ("We will not resolve our differences this week.", "negative"),
        ("The government is giving too much away to the rebels.", "negative"),  # concessions criticised
        ("Too many concessions were made in Lima.", "negative"),
        ("The demand to end the war is not acceptable to us.", "negative"),  # what is rejected, whatever it names
        ("We are optimistic, but cautious.", "positive"),  # caution tempers the hope, no reservation
        ("Neither side can afford to let this collapse.", "positive"),  # a failure nobody can risk
        ("Nobody wants the talks to fail.", "positive"),
        ('The talks were "close to the finish line".', "positive"),  # the last stage of a race reached
        ("The negotiations are in the home stretch.", "positive"),
        ("We are not at the finish line yet.", "negative"),
        ("Not yet, but we are getting there.", "positive"),  # a goal being neared
        ("We are nearly there.", "positive"),
        ("The border is not something we can compromise on.", "negative"),  # a compromise refused
        ("We will not compromise on the border.", "negative"),
        ("We are ready to compromise.", "positive"),
        ("Ecuador has no hidden agenda.", "positive"),  # a broker's good faith vouched for
        ("We will never surrender our land.", "negative"),  # a refusal to cede, a hard line
        ("We will not cede an inch of territory.", "negative"),
        ("We will not give up on the talks.", "positive"),
        ("We will never give up hope.", "positive"),
        ("Key differences over the sharing of water remained.", "negative"),  # a disagreement left, on its topic
        ("Serious disagreements over security guarantees still exist.", "negative"),
        ("The issues on the agenda remained the same.", "neutral"),  # what is on the table, no disagreement
        ("He doubted the talks would bring a ceasefire.", "negative"),  # a doubted clause without its "that"
        ("I doubt there will be a deal this week.", "negative"),
        ("I have no doubt the talks will succeed.", "positive"),  # a doubt denied
        ("I don't doubt the talks will succeed.", "positive"),
        ("This is a day many thought would never come.", "positive"),  # a feared "never" proved wrong
        ("It is a moment we thought would never come.", "positive"),
        ("This is a day that will never come.", "neutral"),
        ("the other side had reneged on its promises", "negative"),  # a promise broken, a stand refused
        ("They have been stonewalling for weeks.", "negative"),
        ("The other side is running away from signing.", "negative"),
        ("The deal left key questions unanswered.", "negative"),
        ("The mediators have lost the trust of both parties.", "negative"),
        ("They went back on their word.", "negative"),
        ("There was real movement today on the question of prisoners.", "positive"),  # progress
        ("Peru would defend its rights by all means available under international law.", "negative"),  # a threat
        ("All options remain on the table.", "negative"),
        ("We reserve the right to respond.", "negative"),
        ("By all means, let us talk.", "neutral"),  # an invitation, no threat
        ("It is not every day that an old enemy recognises our state.", "positive"),  # a rare event, welcomed
        ("We do not meet every day.", "neutral"),
        ("Nobody expects a breakthrough from them anymore.", "negative"),  # an outcome no one expects
        ("No one expects any progress at these talks.", "negative"),
        ("Nobody expects the decisions to be quick.", "neutral"),  # a hard road ahead, no outcome denied
        ("No one expects a deal this week.", "neutral"),  # expectations set for now, not denied
        ("The military talks have become a ritual.", "negative"),  # talks that go through the motions
        ("The forum is a talking shop.", "negative"),
        ("the talks had been overshadowed by fresh fighting", "negative"),  # a process harmed
        ("Washington had sabotaged the process", "negative"),
        ("They torpedoed the deal.", "negative"),
        ("I think we are on the right path.", "positive"),  # the direction approved
        ("The agreement does not solve everything, but it is a start.", "positive"),  # a first gain after "but"
        ("The process has given both sides a way to keep talking, but not much more.", "negative"),  # belittled
        ("The truce is little more than a pause.", "negative"),
        ("They want everything and offer nothing.", "negative"),  # a side that gives nothing in return
        ("The plan gives nothing less than full autonomy, which is a great achievement.", "positive"),
        ("What is missing is the will to compromise.", "negative"),  # a lack named
        ("Our relations have never been stronger.", "positive"),  # a comparative never reached: a superlative
        ("The chances of peace have never been greater.", "positive"),
        ("Trust between the two sides has never been lower.", "negative"),
        ("The risk of war has never been higher.", "negative"),
        ("The state of war between the two countries has come to an end.", "positive"),  # a harm ended
        ("The border dispute has finally been resolved.", "positive"),
        ("The border dispute has not been resolved.", "negative"),
        ("There are no winners or losers in this agreement.", "positive"),  # a settlement both can accept
        ("This is a new dawn for our region.", "positive"),
        ("The agreement still has to be ratified by parliament.", "neutral"),  # a step of procedure ahead
        ("The details of the agreement were not made public.", "neutral"),
        ("The agreement will not survive the first test.", "negative"),  # a deal foretold to fail
        ("They have not kept a single promise.", "negative"),  # commitments broken
        ("The war will go on until our goals are achieved.", "negative"),  # fighting vowed to go on
        ("A deal was still far off.", "negative"),  # an outcome out of reach
        ("A settlement seems out of reach.", "negative"),
        ("A deal is not far off.", "positive"),
        ("Our flight was delayed by a storm.", "neutral"),  # a faint negative with no word of the talks: a fact told
        ("Both economies are taking damage.", "neutral"),
        ("The deal does damage to our interests.", "negative"),  # the same word said of the deal: a stance
        ("The talks caused damage.", "negative"),
    ],
)
def test_what_is_said_of_progress_chances_results_and_distance_from_a_deal(text: str, expected: str) -> None:
    from kg.extract.stance import stance

    assert stance(text)[0] == expected


def test_alternatives_grouped_by_first_letter_answer_as_the_patterns_do() -> None:
    from kg.extract.regex_openings import first_letters

    assert first_letters(r"\b(?:gaps|differences)\s+remain") == {"g", "d"}
    assert first_letters(r"(?<!not\s)\bclose") == {"c"}
    assert first_letters(r"\b(?:very\s+)?good") is None  # a match may open on "v" or "g": not read
    assert first_letters(r"(?i)\bgood") is None  # either case
    patterns = [r"\bgaps\s+remain", r"\b(?:very\s+)?good", r"\bgood\s+faith", r"\b[xy]ellow", r"(?<=x)baz"]
    combined = _one_alternation(patterns)
    for text in ["gaps remain", "very good", "good faith", "yellow", "xbaz", "agaps remain", "nothing", ""]:
        assert (combined.search(text) is not None) == any(re.search(p, text) for p in patterns), text


def test_a_side_holding_captives_is_no_truce_holding() -> None:
    from kg.extract.stance import stance

    assert stance("The rebels are still holding thousands of our children.")[0] != "positive"


def test_a_document_s_sentences_are_read_once() -> None:
    from kg.extract.stance import Reading, stance

    known: dict[str, Reading] = {}
    first = stance("The talks were constructive.", known)
    assert known == {"The talks were constructive.": first}
    known["The sides remain far apart."] = ("positive", 0.9)  # a reading kept is not made again
    assert stance("The talks were constructive. … The sides remain far apart.", known)[0] == "positive"
    assert stance("The sides remain far apart.")[0] == "negative"


def test_a_compiled_set_is_kept_and_loaded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if pattern_sets.hyperscan is None:
        pytest.skip("Hyperscan is not installed here: the alternation serves, and nothing is kept")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    patterns = [r"(?<!not )\bclose\s+to\b", r"\bfar\s+apart\b"]
    first = PatternSet(patterns)
    [kept] = list((tmp_path / "kg" / "pattern-sets").iterdir())
    assert kept.suffix == ".hsdb" and kept.stat().st_size > 0
    again = PatternSet(patterns)  # loaded, not compiled
    for text in ["close to a deal", "not close to it", "far apart", "nothing"]:
        assert [m.span() for m in again.matches(text)] == [m.span() for m in first.matches(text)]
    kept.write_bytes(b"not a database")  # a damaged file is compiled anew
    assert [m.group(0) for m in PatternSet(patterns).matches("far apart")] == ["far apart"]


def test_threads_scan_a_set_at_once() -> None:
    """A Dask worker runs several extractions in threads of one process: each scan has working memory of its own."""
    from concurrent.futures import ThreadPoolExecutor

    patterns = _config()["negative_patterns"]
    found = PatternSet(patterns)
    texts = _corpus_sentences()[:400] * 3
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda t: [m.span() for m in found.matches(t)], texts))
    assert answers == [_one_by_one(patterns, t) for t in texts]
