from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli import EXIT_FAILED, EXIT_OK, EXIT_SKIPPED, main
from tests.conftest import SEEDS

EVIL = (
    "Talks Fail In Geneva\n\n"
    "Russian and Ukrainian negotiators met in Geneva on Monday for talks mediated by Switzerland.\n\n"
    '"<script>window.pwned=1</script> We will not give up," Foreign Minister Hakan Fidan said.\n\n'
    '"<img src=x onerror=alert(1)> is all they offered," Fidan told reporters.'
)


def test_build_query_validate_viz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS / "seed.txt"), "--out", str(out), "--quiet"]) == EXIT_OK
    stdout = capsys.readouterr().out
    assert "built 1 article, " in stdout and "1 meeting" in stdout and (out / "graph.ttl").exists()

    assert main(["query", "participants", "--graph", str(out / "graph.ttl"), "--format", "json"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    assert {"meeting", "party", "role"} == set(rows[0])

    sparql = (
        "PREFIX neg: <https://w3id.org/negotiation-kg/ontology#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a neg:Meeting }"
    )
    assert main(["query", sparql, "--graph", str(out / "graph.ttl"), "--format", "csv"]) == EXIT_OK
    assert capsys.readouterr().out == "n\n1\n"

    assert main(["validate", "--graph", str(out / "graph.ttl")]) == EXIT_OK
    assert (
        main(
            [
                "viz",
                "--graph",
                str(out / "graph.ttl"),
                "--out",
                str(tmp_path / "v.html"),
                "--graphml",
                str(tmp_path / "v.graphml"),
            ]
        )
        == EXIT_OK
    )
    assert (tmp_path / "v.html").exists() and (tmp_path / "v.graphml").exists()


def test_bad_article_is_skipped_and_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SEEDS / "seed.txt", tmp_path / "seed.txt")
    (tmp_path / "empty.txt").write_text("")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_SKIPPED
    captured = capsys.readouterr()
    assert "empty.txt: file is empty" in captured.err
    assert "built 1 article, " in captured.out


def test_nothing_readable_is_a_failure_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_FAILED
    assert not (tmp_path / "out").exists()


def test_invalid_graph_and_query_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    assert main(["validate", "--graph", str(bad)]) == EXIT_FAILED
    assert main(["query", "nosuchquery", "--graph", str(bad)]) == EXIT_FAILED
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("kg: error: ") for line in err)
    assert "bad.ttl" in err[0] and "unknown query 'nosuchquery'" in err[1]


def test_article_text_cannot_inject_markup(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(EVIL, encoding="utf-8")
    assert main(["build", str(tmp_path / "evil.txt"), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_OK
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "pwned" in page  # the quote is in the data ...
    assert "<script>window.pwned" not in page and "<img src=x" not in page  # ... but never as markup
