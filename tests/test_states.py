"""The states built from public data: every sovereign state is a party, with its demonyms and capital."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from kg.extract import meetings
from kg.gazetteer import load
from kg.model import Meeting
from tests.conftest import actors_of, analyse

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _script():  # type: ignore[no-untyped-def]
    return _load("build_states")


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
        _record("Saint Brendan and the Isles", "Federation of Saint Brendan", "Brendanian", "Port", []),
    ]
    known = {"russia", "russian federation"}
    entries = {e["name"]: e for e in script.state_entries(records, known, {"atlantis": "Q1"})}
    assert sorted(entries) == ["Atlantis", "Lemuria", "Lemuria Minor", "Saint Brendan and the Isles"]
    brendan = entries["Saint Brendan and the Isles"]["aliases"]  # the main island names the state, with "St."
    assert {"Saint Brendan", "St. Brendan", "St. Brendan and the Isles"} <= set(brendan)
    atlantis = entries["Atlantis"]
    assert atlantis["wikidata"] == "Q1" and atlantis["capital"] == "Poseidonia"
    assert atlantis["aliases"] == ["Republic of Atlantis"]  # the two-letter code is no alias
    assert atlantis["demonyms"] == ["Atlantean", "Atlanteans"]
    assert entries["Lemuria"]["demonyms"] == ["Muvian", "Muvians"]  # "Lemurian" is shared, so neither has it
    assert entries["Lemuria Minor"]["demonyms"] == []


def test_the_build_gives_the_hand_kept_states_their_official_names(tmp_path: Path) -> None:
    script = _script()
    parties = tmp_path / "parties.jsonl"
    parties.write_text(
        json.dumps({"name": "Atlantis", "kind": "state", "aliases": ["the Atlantean Republic"]})
        + "\n"
        + json.dumps({"name": "Lemuria", "kind": "state", "aliases": ["Kingdom of Lemuria"]})
        + "\n"
        + json.dumps({"name": "Mu Front", "kind": "armed_group", "aliases": []})
        + "\n"
    )
    records = [
        _record("Atlantis", "Republic of Atlantis", "Atlantean", "Poseidonia", ["AT"]),
        _record("Lemuria", "Kingdom of Lemuria", "Lemurian", "Mu", []),  # already given by the hand-kept file
        _record("Hyperborea", "Republic of Hyperborea", "Hyperborean", "Thule", []),  # not hand-kept
    ]
    assert script.official_names(records, parties) == {"Republic of Atlantis": "Atlantis"}


def test_a_states_official_name_names_it() -> None:
    gazetteer = load()
    assert gazetteer.party("the Syrian Arab Republic") == "Syria"
    assert gazetteer.party("Republic of Azerbaijan") == "Azerbaijan"


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


def test_a_town_of_the_world_table_gives_its_state_in_place_phrases_only() -> None:
    found = _meetings_in("Sudanese and Chadian envoys held talks in Entebbe on Monday.")
    assert [(m.location, m.country) for m in found] == [("Entebbe", "Uganda")]
    found = _meetings_in("Nigerien and Malian officials met in March in Niamey.")  # a month, though a town too
    assert [(m.location, m.country) for m in found] == [("Niamey", "Niger")]
    assert load().city("Entebbe") is None  # towns are not cities a person's name is checked against


def test_the_world_table_is_built_with_the_most_populous_town_of_a_name() -> None:
    script = _load("build_world_cities")
    cities = {
        "1": {"name": "Springvale", "countrycode": "AU", "population": 20000},
        "2": {"name": "Springvale", "countrycode": "NZ", "population": 90000},
        "3": {"name": "Djibouti", "countrycode": "DJ", "population": 600000},
        "4": {"name": "Nowhere", "countrycode": "XX", "population": 50000},
    }
    table = script.world_cities(cities, {"AU": "Australia", "NZ": "New Zealand", "DJ": "Djibouti"})
    assert table == {"Springvale": "New Zealand"}  # a party's name and an unknown state's town are left out


def test_the_regions_table_names_states_their_dateline_abbreviations_and_other_federations_regions() -> None:
    script = _load("build_regions")
    states = {
        "CA": {"code": "CA", "name": "California"},
        "GA": {"code": "GA", "name": "Georgia"},
        "DC": {"code": "DC", "name": "District of Columbia"},
    }
    table = script.regions(states)
    assert table["California"] == table["Calif."] == table["Ga."] == "United States"
    assert "Georgia" not in table and "District of Columbia" not in table  # a state of its own, a capital
    assert (table["Alberta"], table["Queensland"]) == ("Canada", "Australia")


def _meetings_in(text: str) -> list[Meeting]:
    doc, ctx = analyse(text)
    return [f.fact for f in meetings.extract(doc, ctx) if isinstance(f.fact, Meeting)]


def test_a_state_written_with_a_lower_case_compass_word_is_that_state() -> None:
    from tests.conftest import actors_of

    actors = actors_of("Kim Jong Un met Moon Jae In, president of south Korea, at Panmunjom.", published=None)
    assert actors["Moon Jae In"].affiliation == "South Korea"


def test_a_state_s_own_bodies_known_by_name_stand_for_it() -> None:
    gazetteer = load()
    expected = {"the Verkhovna Rada": "Ukraine", "the Knesset": "Israel", "the Quai d'Orsay": "France"}
    assert {name: gazetteer.party(name) for name in expected} == expected
    assert gazetteer.party("the National Security Council") is None  # a body many states have
    actors = actors_of("Knesset speaker Jorge Paz met Chilean officials in Lima.")
    assert actors["Jorge Paz"].affiliation == "Israel"
