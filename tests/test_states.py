"""The states built from public data: every sovereign state is a party, with its demonyms and capital."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from kg.extract import meetings
from kg.gazetteer import load
from kg.model import Meeting
from tests.conftest import analyse

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_states", ROOT / "scripts" / "build_states.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(common: str, official: str, demonym: str, capital: str, spellings: list[str]) -> dict[str, object]:
    return {
        "name": {"common": common, "official": official},
        "independent": True,
        "altSpellings": spellings,
        "demonyms": {"eng": {"m": demonym, "f": demonym}},
        "capital": [capital],
    }


def test_the_build_adds_only_the_states_the_hand_kept_file_lacks() -> None:
    script = _script()
    records = [
        _record("Atlantis", "Republic of Atlantis", "Atlantean", "Poseidonia", ["AT", "Republic of Atlantis"]),
        _record("Russia", "Russian Federation", "Russian", "Moscow", ["RU"]),
        _record("Lemuria", "Kingdom of Lemuria", "Lemurian or Muvian", "Mu", ["LM"]),
        _record("Lemuria Minor", "State of Lemuria Minor", "Lemurian", "Mu Minor", []),
        {**_record("Dependency", "Dependency", "Dependent", "Port", []), "independent": False},
    ]
    known = {"russia", "russian federation"}
    entries = {e["name"]: e for e in script.state_entries(records, known, {"atlantis": "Q1"})}
    assert sorted(entries) == ["Atlantis", "Lemuria", "Lemuria Minor"]  # Russia is hand-kept; a dependency is none
    atlantis = entries["Atlantis"]
    assert atlantis["wikidata"] == "Q1" and atlantis["capital"] == "Poseidonia"
    assert atlantis["aliases"] == ["Republic of Atlantis"]  # the two-letter code is no alias
    assert atlantis["demonyms"] == ["Atlantean", "Atlanteans"]
    assert entries["Lemuria"]["demonyms"] == ["Muvian", "Muvians"]  # "Lemurian" is shared, so neither has it
    assert entries["Lemuria Minor"]["demonyms"] == []


def test_the_bundled_states_cover_the_world() -> None:
    gazetteer = load()
    states = [name for name in gazetteer.parties if gazetteer.is_country(name)]
    assert len(states) >= 193  # every member of the United Nations, and more
    assert gazetteer.party("Malawian") == "Malawi" and gazetteer.party("Republic of Zambia") == "Zambia"
    assert gazetteer.city("Montevideo") == ("Montevideo", "Uruguay")
    assert gazetteer.capital("Sierra Leone") == ("Freetown", "Sierra Leone")
    assert gazetteer.party("Russian Federation") == "Russia"  # the hand-kept entry still answers
    lines = (ROOT / "kg" / "data" / "states.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["name"] for line in lines] == sorted(json.loads(line)["name"] for line in lines)


def test_a_meeting_of_smaller_states_keeps_its_sides_and_country() -> None:
    doc, ctx = analyse("The foreign ministers of Uruguay and Paraguay met in Asunción on Monday to discuss the river.")
    [meeting] = [f.fact for f in meetings.extract(doc, ctx) if isinstance(f.fact, Meeting)]
    assert set(meeting.parties) == {"Uruguay", "Paraguay"}
    assert meeting.country == "Paraguay"
