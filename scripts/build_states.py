"""Build kg/data/states.jsonl: every sovereign state that the hand-kept gazetteer (kg/data/parties.jsonl) does not
name, with its official name, other spellings, demonyms, capital and Wikidata id; and kg/data/official_names.json:
the official names of the states the hand-kept file does name ("Syrian Arab Republic" -> "Syria").

    python scripts/build_states.py \
        --countries PATH/countries \
        --wikidata PATH/world-leaders-2021 PATH/world \
        --official-names kg/data/official_names.json \
        > kg/data/states.jsonl

Sources, each public:

- ``--countries``: a checkout (bare or not) of https://github.com/mledoze/countries, or its ``countries.json``
  (ODbL 1.0): names, other spellings, demonyms and capitals of the world's states; the states marked independent
  are read;
- ``--wikidata``: git clones of https://github.com/every-politician-scrapers/world-leaders-2021 and
  https://github.com/every-politician-scrapers/world, whose Wikidata extracts (CC0) name each office's state with
  its Wikidata id; a state's id is the one its common or official name is given there.

A state whose common name, official name or another spelling is already a name or alias in parties.jsonl is left
to that file (its hand-kept metonyms and aliases stay the reference). Two-letter codes are not kept as aliases
(they read as ordinary words: "MW", "ST"), a state named "A and B" is also "A" ("Trinidad"), a name with "Saint" is
also kept with "St." as news writes it, and a
demonym two states share ("Dominican", "Guinean") is given to neither. Lines are sorted by name, so a rebuild
from the same sources writes the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import fold  # noqa: E402

WIKIDATA_FILES = ("data/wikidata.csv", "sources/foreign/wikidata.csv")
"""The files of the every-politician clones that name states with their Wikidata ids."""


def read_countries(path: Path) -> list[dict[str, object]]:
    """The records of mledoze/countries from its ``countries.json`` or a (bare) clone of the repository."""
    if path.is_file():
        return list(json.loads(path.read_text(encoding="utf-8")))
    shown = subprocess.run(
        ["git", "-C", str(path), "show", "HEAD:countries.json"], capture_output=True, text=True, check=True
    )
    return list(json.loads(shown.stdout))


def _versions(clone: Path, path: str) -> Iterator[str]:
    """The text of every version of a file on any branch of a git clone."""
    log = subprocess.run(
        ["git", "-C", str(clone), "log", "--all", "--format=%H", "--", path], capture_output=True, text=True, check=True
    )
    for commit in log.stdout.split():
        shown = subprocess.run(
            ["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, text=True, check=False
        )
        if shown.returncode == 0:
            yield shown.stdout


def read_wikidata_ids(clones: Iterable[Path]) -> dict[str, str]:
    """Folded state label -> Wikidata id, from every version of the every-politician extracts."""
    ids: dict[str, str] = {}
    for clone in clones:
        for path in WIKIDATA_FILES:
            for text in _versions(clone, path):
                for row in csv.DictReader(io.StringIO(text)):
                    qid = row.get("countryid") or row.get("country") or ""
                    label = row.get("countryLabel") or (row.get("country") if row.get("countryid") else "") or ""
                    if qid.startswith("Q") and label:
                        ids.setdefault(fold(label.removeprefix("The ").removeprefix("the ")), qid)
    return ids


def _hand_kept(parties_file: Path) -> Iterator[tuple[dict[str, object], list[str]]]:
    """Each line of the hand-kept gazetteer, with the folded forms of its name and aliases."""
    for line in parties_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            yield raw, [fold(form.removeprefix("the ")) for form in (raw["name"], *raw.get("aliases", ()))]


def known_names(parties_file: Path) -> set[str]:
    """Folded names and aliases of every party the hand-kept gazetteer holds."""
    return {form for _, forms in _hand_kept(parties_file) for form in forms}


def _plural(demonym: str) -> str | None:
    """ "Malawian" -> "Malawians", "Liechtensteiner" -> "Liechtensteiners"; none for "Bhutanese", "Seychellois"
    or "Malagasy", whose plural is the same word."""
    return demonym + "s" if demonym.endswith(("an", "er")) else None


def _demonyms(english: dict[str, str]) -> list[str]:
    """Both genders' forms, each of a pair given together ("Antiguan, Barbudan", "Kittitian or Nevisian") apart."""
    forms = {part.strip() for form in english.values() for part in re.split(r",| or ", form)}
    return sorted(forms - {""})


def _names(record: dict[str, object]) -> tuple[str, str, list[str]]:
    name = record["name"]
    assert isinstance(name, dict)
    spellings = record.get("altSpellings") or []
    assert isinstance(spellings, list)
    return str(name["common"]), str(name["official"]), [str(s) for s in spellings]


def state_entries(
    countries: list[dict[str, object]], known: set[str], wikidata: dict[str, str]
) -> list[dict[str, object]]:
    """A gazetteer line for every independent state the hand-kept file does not name."""
    fresh = []
    for record in countries:
        if record.get("independent") is not True:
            continue
        common, official, spellings = _names(record)
        forms = [common, official, *spellings]
        if any(fold(form) in known for form in forms):
            continue
        demonyms = record.get("demonyms") or {}
        assert isinstance(demonyms, dict)
        english = demonyms.get("eng") or {}
        singular = _demonyms(english)
        plurals = [p for d in singular if (p := _plural(d)) is not None]
        capitals = record.get("capital") or []
        assert isinstance(capitals, list)
        aliases = [s for s in (official, *spellings) if len(s) > 3 and s != common]
        first, joined, _ = common.partition(" and ")
        if joined and fold(first) not in known:
            aliases.append(first)  # "Trinidad", "Antigua", "Saint Vincent": the main island names the state
        aliases += [f"St. {form[6:]}" for form in (common, *aliases) if form.startswith("Saint ")]
        fresh.append(
            {
                "name": common,
                "kind": "state",
                "wikidata": wikidata.get(fold(common)) or wikidata.get(fold(official)),
                "aliases": sorted(dict.fromkeys(aliases)),
                "demonyms": singular + plurals,
                "metonyms": [],
                "capital": str(capitals[0]) if capitals else None,
            }
        )
    shared = Counter(fold(d) for entry in fresh for d in entry["demonyms"])  # type: ignore[attr-defined]
    for entry in fresh:
        entry["demonyms"] = [d for d in entry["demonyms"] if shared[fold(d)] == 1]  # type: ignore[attr-defined]
    return sorted(fresh, key=lambda e: str(e["name"]))


def official_names(countries: list[dict[str, object]], parties_file: Path) -> dict[str, str]:
    """Official names of the states the hand-kept file holds under their common names ("Syrian Arab Republic" ->
    "Syria", "Russian Federation" -> "Russia"), where that file does not give them already."""
    canonical: dict[str, str] = {}
    for raw, forms in _hand_kept(parties_file):
        if raw["kind"] == "state":
            for form in forms:
                canonical.setdefault(form, str(raw["name"]))
    found: dict[str, str] = {}
    for record in countries:
        if record.get("independent") is not True:
            continue
        common, official, spellings = _names(record)
        name = next((canonical[fold(f)] for f in (common, official, *spellings) if fold(f) in canonical), None)
        if name is not None and fold(official) not in canonical:
            found[official] = name
    return dict(sorted(found.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--countries", type=Path, required=True)
    parser.add_argument("--wikidata", type=Path, nargs="*", default=[])
    parser.add_argument("--parties", type=Path, default=ROOT / "kg" / "data" / "parties.jsonl")
    parser.add_argument(
        "--official-names",
        type=Path,
        help="also write the official names of the hand-kept states to this JSON file (kg/data/official_names.json)",
    )
    args = parser.parse_args(argv)
    countries = read_countries(args.countries)
    entries = state_entries(countries, known_names(args.parties), read_wikidata_ids(args.wikidata))
    for entry in entries:
        sys.stdout.write(json.dumps(entry, ensure_ascii=False) + "\n")
    if args.official_names is not None:
        names = official_names(countries, args.parties)
        args.official_names.write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
