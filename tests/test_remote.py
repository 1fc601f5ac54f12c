"""Pushing to a real SPARQL server (``oxigraph serve`` on loopback) and querying it back."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kg.cli import EXIT_OK, main

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("oxigraph") or str(Path(__import__("sys").executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.fail("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                requests.get(base, timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _count(base: str) -> int:
    answer = requests.post(
        f"{base}/query",
        data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    ).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_push_query_and_push_again_replaces(server: str, seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quads = seed_build / "graph.nq"
    assert main(["push", "--endpoint", server, "--quads", str(quads)]) == EXIT_OK
    assert "pushed 9 article graph(s)" in capsys.readouterr().out
    first = _count(server)
    assert main(["query", "meetings", "--endpoint", server, "--format", "csv"]) == EXIT_OK
    remote = capsys.readouterr().out
    assert main(["query", "meetings", "--graph", str(seed_build / "graph.ttl"), "--format", "csv"]) == EXIT_OK
    local = capsys.readouterr().out
    assert sorted(remote.splitlines()) == sorted(local.splitlines())
    assert main(["push", "--endpoint", server, "--quads", str(quads)]) == EXIT_OK
    assert _count(server) == first  # replaced, not duplicated


def test_an_unreachable_server_is_one_line(
    tmp_path: Path, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    assert main(["push", "--endpoint", url, "--quads", str(seed_build / "graph.nq")]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("kg: error: ") and "cannot reach the server" in line
