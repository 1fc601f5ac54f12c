"""Bad input never costs data: every kind of bad file named with its problem, the good ones still built."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import EXIT_FAILED, EXIT_SKIPPED, main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

GERMAN = (
    "Russland und die Ukraine haben am Freitag in Istanbul erstmals seit drei Jahren direkte Gespräche geführt. "
    "Die Delegationen trafen sich im Dolmabahce-Palast, doch eine Waffenruhe wurde nicht vereinbart. Der "
    "türkische Außenminister sagte, beide Seiten hätten sich auf einen Gefangenenaustausch geeinigt, und die "
    "Verhandlungen sollten in den kommenden Wochen fortgesetzt werden."
)
ENGLISH = (
    "Serbia And Kosovo Resume Talks\n\n"
    "Serbian and Kosovar negotiators met in Brussels on Monday for talks mediated by the European Union. "
    "Serbian President Aleksandar Vucic said the talks were “constructive” and that both sides would meet again.\n"
)


def _bad_corpus(folder: Path) -> dict[str, str]:
    """Good and bad inputs side by side; returns {file name: a word its message must hold} for the bad ones."""
    folder.mkdir()
    (folder / "good-seed.txt").write_text((SEEDS / "seed.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(ENGLISH.replace("Kosovo", "Kosovo ").encode("cp1252"))
    (folder / "utf16.txt").write_bytes(ENGLISH.replace("Brussels", "Vienna").encode("utf-16"))
    (folder / "page.html").write_text(
        "<html><head><title>Armenia and Azerbaijan meet in Abu Dhabi</title>"
        "<script>document.title = 'pwned'</script></head><body><article><h1>Armenia and Azerbaijan meet</h1>"
        "<p>Armenian and Azerbaijani leaders met in Abu Dhabi on Tuesday for talks hosted by the United Arab "
        "Emirates, officials said.</p><p>Armenian Foreign Minister Ararat Mirzoyan said the talks had been "
        "“useful” and that another round would follow.</p><script>alert(1)</script></article></body></html>",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\n")
    (folder / "german.txt").write_text("Gespräche in Istanbul\n\n" + GERMAN, encoding="utf-8")
    with (folder / "dump.txt").open("wb") as handle:  # 50 MB: refused before it is read
        handle.truncate(50_000_000)
    (folder / "sidecar.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "sidecar.meta.json").write_text("{'published': 2025", encoding="utf-8")
    good_line = json.dumps({"id": "line-good", "published": "2025-03-05", "text": ENGLISH})
    (folder / "corpus.jsonl").write_text(good_line + "\n{not json\n", encoding="utf-8")
    return {
        "empty.txt": "empty",
        "report.txt": "PDF",
        "german.txt": "another language (de)",
        "dump.txt": "50.0 MB",
        "sidecar.meta.json": "not valid JSON",
        "corpus.jsonl:2": "not valid JSON",
    }


def test_every_bad_input_is_named_and_the_good_ones_are_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _bad_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == EXIT_SKIPPED
    captured = capsys.readouterr()
    skipped = [line for line in captured.err.splitlines() if line.startswith("kg: skipped ")]
    for name, word in expected.items():
        lines = [line for line in skipped if f"/{name}: " in line]
        assert len(lines) == 1, (name, skipped)
        assert word in lines[0], lines[0]
    assert len(skipped) == len(expected)
    assert all("\n" not in line for line in skipped)
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    for article in ("good-seed", "cp1252", "utf16", "page", "line-good"):
        assert f'schema:identifier "{article}"' in turtle, article
    assert "pwned" not in turtle and "alert(1)" not in turtle  # scripts of the HTML page never became text
    assert "Vienna" in turtle  # the UTF-16 article was decoded


def test_an_unreadable_file_is_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    locked = tmp_path / "in" / "locked.txt"
    locked.write_text(ENGLISH, encoding="utf-8")
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":  # chmod 000 does not stop root, so the refusal is simulated
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert f"kg: skipped {locked}: Permission denied" in err


def test_an_output_folder_that_cannot_be_written_stops_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    assert main(["build", str(SEEDS / "seed.txt"), "--out", str(blocker / "out"), "--quiet"]) == EXIT_FAILED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kg: error: ") and "not a folder" in err[0]
    if os.geteuid() != 0:  # root writes everywhere, so only an ordinary user can see a read-only folder
        readonly = tmp_path / "readonly"
        readonly.mkdir(mode=0o555)
        assert main(["build", str(SEEDS / "seed.txt"), "--out", str(readonly), "--quiet"]) == EXIT_FAILED
        assert "not writable" in capsys.readouterr().err


def test_an_over_long_sentence_is_left_out_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ENGLISH + "\n" + ("the talks went on and on " * 400) + "\n\nThe talks ended on Tuesday, officials said.\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "long.meta.json").write_text('{"published": "2025-05-16"}', encoding="utf-8")
    assert main(["build", str(tmp_path / "long.txt"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "kg: warning: " in err and "over the 5000 limit" in err and "long.txt" in err
    assert (
        main(
            [
                "build",
                str(tmp_path / "long.txt"),
                "--out",
                str(tmp_path / "o2"),
                "--quiet",
                "--max-sentence-length",
                "20000",
            ]
        )
        == 0
    )
    assert "warning" not in capsys.readouterr().err


def _peak_rss_kib(args: list[str]) -> int:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    script = (
        "import resource,sys; from kg.cli import main; code = main(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr
    del before
    return int(done.stderr.strip().splitlines()[-1])


def test_memory_stays_bounded_on_a_50_mb_input(tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    good = json.dumps({"id": "a", "published": "2025-03-05", "text": ENGLISH})
    small.write_text(good + "\n", encoding="utf-8")
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as handle:
        handle.write(good + "\n")
        handle.write('{"id": "huge", "text": "' + "x" * 50_000_000 + '"}\n')
        handle.write(good.replace('"a"', '"b"') + "\n")
    baseline = _peak_rss_kib(["build", str(small), "--out", str(tmp_path / "o1"), "--quiet"])
    peak = _peak_rss_kib(["build", str(big), "--out", str(tmp_path / "o2"), "--quiet"])
    assert peak - baseline < 30 * 1024, (baseline, peak)  # the 50 MB line is skipped, never held
    assert "b" in (tmp_path / "o2" / "graph.ttl").read_text(encoding="utf-8")
