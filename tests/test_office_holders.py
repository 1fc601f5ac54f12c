"""The office-holder table: built from the world-leaders dataset's files, looked up by name and date."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from kg.extract import actors
from kg.gazetteer import office_holder, office_holders
from kg.model import Actor
from tests.conftest import analyse

ROOT = Path(__file__).resolve().parent.parent


def test_a_term_counts_from_the_day_it_began() -> None:
    putin = office_holder("Vladimir Putin", "2020-06-01")
    assert putin is not None and putin.side == "Russia" and putin.wikidata == "Q7747"
    trump = next(h for h in office_holders() if h.name == "Donald Trump")
    assert office_holder("Donald Trump", trump.since) is not None  # the first day of the term
    assert office_holder("Donald Trump", "2024-12-31") is None  # before it: the table does not say
    assert office_holder("Donald Trump", None) is None  # an undated article: no term can be checked


def test_a_name_several_states_share_or_a_different_person_is_no_match() -> None:
    assert office_holder("Charles III", "2024-01-01") is None  # king of several states
    assert office_holder("Vladimir Popov", "2024-01-01") is None
    assert office_holder("Putin", "2024-01-01") is None  # a surname alone could be anyone


def test_an_unqualified_office_holder_gets_side_and_wikidata_item() -> None:
    doc, ctx = analyse("President Vladimir Putin said the talks were useful.", published=date(2025, 3, 1))
    [found] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert (found.affiliation, found.wikidata) == ("Russia", "Q7747")
    doc, ctx = analyse("Vladimir Putin said the talks were useful.", published=None)
    [undated] = [f.fact for f in actors.extract(doc, ctx) if isinstance(f.fact, Actor)]
    assert undated.affiliation is None


def test_the_build_script_reads_the_datasets_files(tmp_path: Path) -> None:
    for folder, country, holders in (
        ("estonia", "Estonia", {"head_of_state": ("Mari Tamm", "Q1", "2021-10-11")}),
        ("latvia", "Latvia", {"head_of_government": ("Ivo Berzins", "Q2", "2023-09-15")}),
    ):
        path = tmp_path / "data" / "countries" / folder
        path.mkdir(parents=True)
        positions = {
            kind: {"title_en": "President", "current_holder": {"name_en": n, "wikidata_id": q, "since": s}}
            for kind, (n, q, s) in holders.items()
        }
        document = {"country": {"name_en": country}, "snapshot_date": "2026-08-22", "positions": positions}
        (path / "current.json").write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "holders.json"
    script = ROOT / "scripts" / "build_office_holders.py"
    subprocess.run([sys.executable, str(script), str(tmp_path), "--out", str(out)], check=True, capture_output=True)
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["snapshot"] == "2026-08-22" and "CC BY-SA" in table["licence"]
    assert [(h["name"], h["side"], h["since"], h["wikidata"]) for h in table["holders"]] == [
        ("Mari Tamm", "Estonia", "2021-10-11", "Q1"),
        ("Ivo Berzins", "Latvia", "2023-09-15", "Q2"),
    ]
