"""Nothing lost, nothing invalid, nothing runaway: article identity, fault isolation, bounded resources.

Each test answers one way a careless or hostile input broke a build: articles merged under one id, one bad
article aborting the run, children outliving their parent, queries reaching other hosts, inputs passed over
without a word.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import EXIT_FAILED, EXIT_OK, EXIT_SKIPPED, main
from kg.errors import InputError
from kg.ingest.clean import clean
from kg.ingest.read import article_id, parse_date, read_articles
from kg.ingest.screen import screen
from kg.model import Article
from kg.rdf.namespaces import NEG, RDF

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KG = [sys.executable, "-m", "kg.cli"]

ARTICLE = (
    "Envoys Meet Again\n\n"
    "Armenian and Azerbaijani negotiators met in Vienna on Monday for talks hosted by Austria, Foreign Minister "
    "Ana Lindqvist said. “We made progress,” she told reporters.\n"
)


def _articles_in(graph_file: Path) -> set[str]:
    graph = Graph().parse(graph_file, format="turtle")
    return {str(a) for a in graph.subjects(RDF.type, NEG.NewsArticle)}


def _build(*args: str) -> int:
    return main(["build", *args, "--quiet"])


# --- identity ------------------------------------------------------------------------------------------------


def test_names_in_other_scripts_give_distinct_ascii_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("переговоры", "встреча", "会谈"):
        (corpus / f"{name}.txt").write_text(ARTICLE.replace("Vienna", "Geneva"), encoding="utf-8")
    assert _build(str(corpus), "--out", str(tmp_path / "out")) == EXIT_OK
    assert len(_articles_in(tmp_path / "out" / "graph.ttl")) == 3
    assert "built 3 articles" in capsys.readouterr().out
    assert article_id("переговоры") == "peregovory"
    assert article_id("???", "some text").startswith("article-")  # nothing left: a hash of the text
    assert article_id("???", "some text") != article_id("???", "other text")


def test_same_name_in_two_folders_and_names_differing_in_case_stay_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "in"
    for folder in ("x", "y"):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "same.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "Report.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    (corpus / "report.txt").write_text(ARTICLE.replace("Monday", "Friday"), encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(corpus), "--out", str(out)) == EXIT_OK
    articles = _articles_in(out / "graph.ttl")
    assert len(articles) == 4
    assert any(a.endswith("/x-same") for a in articles) and any(a.endswith("/Report") for a in articles)
    assert main(["validate", "--graph", str(out / "graph.ttl")]) == EXIT_OK
    capsys.readouterr()
    store = tmp_path / "store"
    assert _build(str(corpus), "--store", str(store)) == EXIT_OK
    assert "4 added" in capsys.readouterr().out
    assert _build(str(corpus), "--store", str(store)) == EXIT_OK
    assert "up to date" in capsys.readouterr().out  # no article replaces another on a second run


def test_two_records_with_one_id_are_both_kept_or_refused_with_strict_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.jsonl"
    records = [
        {"id": "talks", "text": ARTICLE},
        {"id": "talks", "text": ARTICLE.replace("Vienna", "Geneva")},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(dump), "--out", str(out)) == EXIT_OK
    assert len(_articles_in(out / "graph.ttl")) == 2
    err = capsys.readouterr().err
    assert "dump.jsonl:1" in err and "dump.jsonl:2" in err and "'talks-2'" in err
    strict = tmp_path / "strict"
    assert _build(str(dump), "--out", str(strict), "--strict-ids") == EXIT_FAILED
    assert "--strict-ids" in capsys.readouterr().err
    assert not strict.exists() or not any(strict.iterdir())


# --- fault isolation -----------------------------------------------------------------------------------------


def test_dates_at_the_ends_of_the_calendar_build(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    relative = "Talks will resume next week, after a session the previous day and one on Friday, the envoy said."
    for stem, published in (("late", "9999-12-31"), ("early", "0001-01-01")):
        (corpus / f"{stem}.txt").write_text(ARTICLE + relative + "\n", encoding="utf-8")
        (corpus / f"{stem}.meta.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    assert _build(str(corpus), "--out", str(tmp_path / "out")) == EXIT_OK
    assert len(_articles_in(tmp_path / "out" / "graph.ttl")) == 2


def test_an_article_extraction_fails_on_is_skipped_and_the_rest_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract.pipeline

    real = kg.extract.pipeline.extract_doc

    def fragile(article: Article, story: object, doc: object) -> object:
        if "Boom" in article.text:
            raise RuntimeError("an extractor broke")
        return real(article, story, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.extract.pipeline, "extract_doc", fragile)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "bad.txt").write_text(ARTICLE.replace("Envoys", "Boom Envoys"), encoding="utf-8")
    assert _build(str(corpus), "--out", str(tmp_path / "out"), "--debug") == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert "bad.txt: extraction failed: RuntimeError: an extractor broke" in err
    assert "Traceback" in err  # --debug
    assert len(_articles_in(tmp_path / "out" / "graph.ttl")) == 1


def test_evidence_stays_inside_the_text_when_a_credit_comes_first(tmp_path: Path) -> None:
    text = (
        "Envoys Meet Again\n\nBy Maria Ortiz and Tomas Berg\n\n"
        "Armenian and Azerbaijani negotiators met in Vienna on Monday, Foreign Minister Ana Lindqvist said\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(tmp_path / "a.txt"), "--out", str(out)) == EXIT_OK
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    spans = [
        (int(graph.value(e, NEG.startChar)), int(graph.value(e, NEG.endChar)))  # type: ignore[arg-type]
        for e in graph.subjects(RDF.type, NEG.Evidence)
    ]
    assert spans and all(0 <= start < end <= len(text) for start, end in spans)
    assert main(["validate", "--graph", str(out / "graph.ttl")]) == EXIT_OK


def test_story_spans_never_end_before_they_start() -> None:
    story = clean("Headline Words Here\n\nBy Maria Ortiz\n\nFirst paragraph of the story\n\nSecond one.\n")
    last = story.text.rindex("Second")
    for start in range(len(story.text)):
        for end in (start + 1, len(story.text)):
            first, final = story.to_source_span(start, end)
            assert first < final
    assert story.to_source_span(0, len(story.text))[0] < story.to_source_span(last, last + 6)[0]


def test_broken_inputs_to_load_push_and_viz_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _build(str(SEEDS / "seed.txt"), "--out", str(out)) == EXIT_OK
    capsys.readouterr()
    truncated = tmp_path / "cut.ttl"
    truncated.write_text((out / "graph.ttl").read_text(encoding="utf-8")[:4000], encoding="utf-8")
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "a.nq").write_text((out / "graph.nq").read_text(encoding="utf-8")[:4000], encoding="utf-8")
    (shards / "b.nq").write_text((out / "graph.nq").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["viz", "--graph", str(truncated), "--out", str(tmp_path / "v.html")]) == EXIT_FAILED
    assert main(["load", str(shards), "--store", str(tmp_path / "store")]) == EXIT_SKIPPED
    assert main(["push", "--endpoint", "http://127.0.0.1:9", "--quads", str(shards / "a.nq")]) == EXIT_FAILED
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(len(line) <= 320 for line in lines)
    assert "Traceback" not in err and "a.nq: not a valid N-Quads shard" in err


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_timeouts_that_are_no_number_of_seconds_are_usage_errors(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["query", "meetings", "--timeout", value])
    assert stop.value.code == 2
    assert "--timeout" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-1", "1000", "two"])
def test_jobs_outside_one_to_the_core_count_are_usage_errors(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", str(SEEDS / "seed.txt"), "--jobs", value])
    assert stop.value.code == 2
    assert "--jobs" in capsys.readouterr().err


# --- children die with their parent ---------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for_children(process: subprocess.Popen[bytes], count: int, seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if len(found := _children(process.pid)) >= count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"no {count} child process(es) appeared")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_query_child_dies_with_its_parent(tmp_path: Path, how: signal.Signals) -> None:
    out = tmp_path / "out"
    assert _build(str(SEEDS / "seed.txt"), "--out", str(out)) == EXIT_OK
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    process = subprocess.Popen([*KG, "query", slow, "--graph", str(out / "graph.ttl")], cwd=ROOT)
    children = _wait_for_children(process, 1, 30)
    time.sleep(0.5)
    process.send_signal(how)
    process.wait(10)
    deadline = time.monotonic() + 5
    while any(_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(c) for c in children)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores for --jobs 2")
def test_build_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(200):
        (corpus / f"a{i}.txt").write_text(ARTICLE.replace("Monday", f"Monday, May {i % 28 + 1}"), encoding="utf-8")
    process = subprocess.Popen([*KG, "build", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "2"], cwd=ROOT)
    workers = _wait_for_children(process, 2, 60)
    process.kill()
    process.wait(10)
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)


# --- read-only means local ------------------------------------------------------------------------------------


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request it receives and answers each with a page."""
    received: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            received.append(self.path)
            body = (
                "<html><head><title>Envoys meet in Vienna</title></head><body><article><h1>Envoys meet</h1>"
                + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[2:])
                + "</article></body></html>"
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received
    server.shutdown()


def test_service_and_load_are_refused_and_reach_no_host(
    tmp_path: Path, listener: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, received = listener
    out = tmp_path / "out"
    assert _build(str(SEEDS / "seed.txt"), "--out", str(out)) == EXIT_OK
    graph = ["--graph", str(out / "graph.ttl")]
    federated = f"SELECT ?x WHERE {{ SERVICE <{url}/sparql> {{ ?x ?p ?o }} }}"
    assert main(["query", federated, *graph]) == EXIT_FAILED
    assert main(["query", f"select ?x where {{ service silent <{url}/q> {{ ?x ?p ?o }} }}", *graph]) == EXIT_FAILED
    assert main(["query", f"LOAD <{url}/data.ttl>", *graph, "--allow-update"]) == EXIT_FAILED
    assert "--allow-service" in capsys.readouterr().err
    assert received == []
    # the word inside a string or an IRI is data, not a keyword
    assert main(["query", 'SELECT ?x WHERE { ?x ?p "SERVICE" }', *graph]) == EXIT_OK


def test_a_url_is_downloaded_and_read_as_a_page(
    tmp_path: Path, listener: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, received = listener
    assert _build(f"{url}/news/envoys-meet.html", "--out", str(tmp_path / "out")) == EXIT_OK
    assert received == ["/news/envoys-meet.html"]
    assert any(a.endswith("/envoys-meet") for a in _articles_in(tmp_path / "out" / "graph.ttl"))


# --- every input accounted for --------------------------------------------------------------------------------


def test_hidden_files_other_files_and_the_output_folder_are_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "in"
    (corpus / ".cache").mkdir(parents=True)
    (corpus / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / ".draft.txt").write_text(ARTICLE.replace("Vienna", "Geneva"), encoding="utf-8")
    (corpus / ".cache" / "old.txt").write_text(ARTICLE.replace("Vienna", "Oslo"), encoding="utf-8")
    (corpus / "notes.md").write_text("# notes", encoding="utf-8")
    (corpus / "table.csv").write_text("a,b", encoding="utf-8")
    (corpus / "chart.png").write_bytes(b"\x89PNG")
    out = corpus / "out"
    for _ in range(2):  # the second run must not read the first run's graph.html or timeline.html
        assert _build(str(corpus), "--out", str(out)) == EXIT_OK
        captured = capsys.readouterr()
        assert len(_articles_in(out / "graph.ttl")) == 1
        assert "3 file(s) that are not articles (1 .csv, 1 .md, 1 .png) left out" in captured.err
        assert "built 1 article," in captured.out


def test_an_unreadable_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real = os.scandir

    def scandir(path: object) -> object:  # root reads every folder, so the refusal is simulated
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_articles([tmp_path / "in"]))
    problems = [str(i) for i in items if isinstance(i, InputError)]
    assert any("locked" in p and "cannot be read" in p for p in problems)
    assert sum(isinstance(i, Article) for i in items) == 1


def test_control_characters_never_reach_an_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    record = {"id": "a", "text": ARTICLE, "publisher": "Reu\u0000ters\u001b[31m", "title": "Envoys\u0007 Meet"}
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(dump), "--out", str(out)) == EXIT_OK
    ElementTree.parse(out / "graph.graphml")  # well-formed XML
    capsys.readouterr()
    from kg.rdf.namespaces import SDO

    query = f"SELECT ?p WHERE {{ ?a <{SDO.publisher}>/<{SDO.name}> ?p }}"
    assert main(["query", query, "--graph", str(out / "graph.ttl")]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "Reuters[31m" in printed and "\x1b" not in printed and "\x00" not in printed


def test_a_broken_sidecar_says_what_became_of_its_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{broken", encoding="utf-8")
    (problem,) = list(read_articles([tmp_path]))
    assert isinstance(problem, InputError)
    assert "a.meta.json" in str(problem) and "its article a.txt was skipped" in str(problem)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2025-07-07", date(2025, 7, 7)),
        ("2025-07-07T10:30:00Z", date(2025, 7, 7)),
        ("July 7, 2025", date(2025, 7, 7)),
        ("7 July 2025", date(2025, 7, 7)),
        ("Jul. 7 2025", date(2025, 7, 7)),
        ("Mon, 07 Jul 2025 10:00:00 +0000", date(2025, 7, 7)),
    ],
)
def test_sidecar_dates_in_common_written_forms(written: str, day: date) -> None:
    assert parse_date(written, "a.meta.json") == day


@pytest.mark.parametrize("written", ["July 2025", "next Tuesday", "2025-13-45", "soon"])
def test_sidecar_values_that_name_no_day_are_refused(written: str) -> None:
    with pytest.raises(InputError, match="a.meta.json"):
        parse_date(written, "a.meta.json")


@pytest.mark.parametrize(
    "text",
    [
        "Die Gespräche in Genf wurden am Dienstag ohne Einigung beendet.",
        "Les négociations de Genève se sont achevées mardi sans accord.",
        "Las negociaciones en Ginebra terminaron el martes sin acuerdo.",
        "Переговоры в Женеве завершились во вторник без соглашения.",
        "Переговори в Женеві завершилися у вівторок без угоди.",
    ],
)
def test_one_sentence_in_another_language_is_recognised(text: str) -> None:
    with pytest.raises(InputError, match="another language"):
        screen(Article("x", text), clean("Some Headline\n\n" + text))


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Geneva ended on Tuesday without a deal.",
        "Lavrov, Rubio meet in Riyadh.",
        "Russia, Ukraine agree prisoner swap after Istanbul talks.",
        "Ceasefire holds. Negotiators return to Doha.",
        "Von der Leyen meets Sánchez in La Paz.",
    ],
)
def test_short_english_texts_pass(text: str) -> None:
    screen(Article("x", text), clean("Some Headline\n\n" + text))


def test_a_store_run_with_nothing_to_do_shows_no_progress_bar(tmp_path: Path) -> None:
    store = tmp_path / "store"
    command = [*KG, "build", str(SEEDS / "seed.txt"), "--store", str(store)]
    assert subprocess.run(command, cwd=ROOT, capture_output=True, check=False).returncode == EXIT_OK
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert again.returncode == EXIT_OK and "up to date" in again.stdout
    assert "extracting" not in again.stderr and "article/s" not in again.stderr


# --- the graph a build writes conforms to its own shapes ----------------------------------------------------------

FURNITURE = (
    "SEE ALSO: Envoys Meet Again In Vienna",
    "Your browser doesn't support HTML5",
    "Negotiators Arrive At The Palace",
    "By Maria Ortiz and Tomas Berg",
    "With reporting by Tomas Berg; Editing by Ana Reyes",
    "Photo: negotiators at the table, left, in Vienna.",
    "VIENNA, May 16 (Lodestar) --",
)
SENTENCES = (
    "Armenian and Azerbaijani negotiators met in Vienna on Monday for talks hosted by Austria.",
    "“We made progress,” Foreign Minister Ana Lindqvist told reporters.",
    "The talks will resume next week, the envoy said",
    "Russia and Ukraine held a third round of talks in Istanbul the previous day.",
    "She warned that “there is no deal yet”, adding the sides were far apart.",
    "He said the meeting on Friday was constructive",
)


def _property_article(draw: object) -> tuple[str, dict[str, object]]:
    from hypothesis import strategies as st

    pick = draw  # type: ignore[assignment]
    parts = pick(st.lists(st.sampled_from(FURNITURE + SENTENCES), min_size=1, max_size=8))  # type: ignore[operator]
    control = pick(st.sampled_from(["", "\x00", "\x1b[31m", "\x07", "\u200b", "\ufeff"]))  # type: ignore[operator]
    text = "Envoys Meet\n\n" + "\n\n".join(p.replace(" ", f" {control}", 1) for p in parts) + "\n"
    published = pick(  # type: ignore[operator]
        st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(str))
    )
    return text, {"published": published, "publisher": f"Wire{control}", "title": f"Envoys{control} Meet"}


def test_generated_articles_build_into_a_conforming_graph_with_spans_inside_the_text() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from kg.extract.pipeline import extract_articles
    from kg.ingest.read import _article
    from kg.rdf.graph import build_graphs, union
    from kg.rdf.validate import validate

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.data(), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
    def check(data: st.DataObject, encoding: str) -> None:
        text, meta = _property_article(data.draw)
        decoded = text.encode(encoding, errors="replace").decode(encoding)
        article = _article("generated", decoded, meta, "generated.txt")
        skipped: list[InputError] = []
        facts = list(extract_articles([article], on_skip=skipped.append))
        assert not [s for s in skipped if "extraction failed" in s.problem]
        for found in facts:
            size = len(found.article.text)
            for group in (found.parties, found.actors, found.meetings, found.statements):
                for extracted in group:
                    for ev in extracted.evidence:
                        assert 0 <= ev.start < ev.end <= size
                        span = " ".join(found.article.text[ev.start : ev.end].split())
                        assert span[:20] in ev.sentence or ev.sentence[:20] in span
        if facts:
            report = validate(union(build_graphs(facts).values()))
            assert report.conforms, report.text[:2000]

    check()


def test_build_validate_checks_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _build(str(SEEDS / "seed.txt"), "--out", str(tmp_path / "out"), "--validate") == EXIT_OK
    assert "graph.ttl: conforms to the SHACL shapes" in capsys.readouterr().out
    assert _build(str(SEEDS / "seed.txt"), "--store", str(tmp_path / "store"), "--validate") == EXIT_OK
    assert "store: conforms to the SHACL shapes" in capsys.readouterr().out


def test_a_large_build_goes_on_in_a_temporary_store_and_writes_the_same_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rdflib.compare import isomorphic

    import kg.run.build

    small, large = tmp_path / "small", tmp_path / "large"
    assert _build(str(SEEDS), "--out", str(small)) == EXIT_OK
    monkeypatch.setattr(kg.run.build, "MEMORY_ARTICLES", 3)
    assert _build(str(SEEDS), "--out", str(large)) == EXIT_OK
    assert "built 9 articles" in capsys.readouterr().out
    names = {"graph.ttl", "graph.nq", "graph.html", "timeline.html", "graph.graphml"}
    assert {p.name for p in large.iterdir()} == names  # the temporary store is gone
    one = Graph().parse(small / "graph.ttl", format="turtle")
    other = Graph().parse(large / "graph.ttl", format="turtle")
    assert isomorphic(one, other)


def test_every_dependency_of_the_html_path_is_declared() -> None:
    from importlib.metadata import requires

    declared = {
        re.split(r"[<>=!\[; ]", r, maxsplit=1)[0].lower().replace("-", "_") for r in requires("negotiation-kg") or []
    }
    assert {"trafilatura", "lxml_html_clean"} <= declared


def test_a_corrupt_store_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "CURRENT").write_text("garbage\n", encoding="utf-8")
    assert _build(str(SEEDS / "seed.txt"), "--store", str(store)) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "store" in err


def test_a_full_disk_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import kg.run.build

    def full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(kg.run.build, "atomic_write_text", full)
    assert _build(str(SEEDS / "seed.txt"), "--out", str(tmp_path / "out")) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err


def test_a_server_that_trickles_its_answer_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import kg.backends.remote
    from kg.errors import GraphError

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    stop = threading.Event()

    def trickle() -> None:
        connection, _ = listener.accept()
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stop.wait(0.5):  # one header line every half second, never the end of the headers
            try:
                connection.sendall(b"X-Slow: 1\r\n")
            except OSError:
                break
        connection.close()

    threading.Thread(target=trickle, daemon=True).start()
    monkeypatch.setattr(kg.backends.remote, "TIMEOUT", 2)
    endpoint = kg.backends.remote.Endpoint.at(f"http://127.0.0.1:{listener.getsockname()[1]}")
    started = time.monotonic()
    with pytest.raises(GraphError, match="no complete answer within 2 s"):
        kg.backends.remote.push(endpoint, [(None, b"")])
    assert time.monotonic() - started < 5
    stop.set()
    listener.close()


def test_a_store_run_with_nothing_to_do_counts_what_the_store_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    assert _build(str(SEEDS / "seed.txt"), "--store", str(store)) == EXIT_OK
    first = capsys.readouterr().out.split(" in ")[0]
    assert _build(str(SEEDS / "seed.txt"), "--store", str(store)) == EXIT_OK
    again = capsys.readouterr().out
    assert "up to date" in again and first.split("built ")[1] in again and " 0 statements" not in again
