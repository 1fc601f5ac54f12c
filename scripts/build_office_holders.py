"""Build kg/data/office_holders.json: heads of state and government with their Wikidata ids and the day their
term began, from the open-data-archive/world-leaders-current dataset (Wikipedia + Wikidata, CC BY-SA 4.0).

    python scripts/build_office_holders.py PATH/TO/world-leaders-current [--out kg/data/office_holders.json]

PATH is a checkout of https://github.com/open-data-archive/world-leaders-current (each country's
data/countries/NAME/current.json). Countries are named as the gazetteer names them; the table keeps who held
which office since when, so a lookup can check that a term covers an article's date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import load  # noqa: E402

SOURCE = "https://github.com/open-data-archive/world-leaders-current"
LICENCE = "CC BY-SA 4.0 (data from Wikipedia and Wikidata)"


def holders(checkout: Path) -> tuple[list[dict[str, object]], str]:
    """Every office holder of the dataset, and the latest snapshot date it gives."""
    gazetteer = load()
    found: dict[tuple[str, str], dict[str, object]] = {}
    snapshot = ""
    for path in sorted((checkout / "data" / "countries").glob("*/current.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        snapshot = max(snapshot, str(data.get("snapshot_date") or ""))
        name = data["country"]["name_en"]
        side = gazetteer.party(name) or name
        for position, office in sorted(data.get("positions", {}).items()):
            holder = (office or {}).get("current_holder") or {}
            if not holder.get("name_en") or not holder.get("since"):
                continue
            key = (holder["name_en"], side)
            entry = found.setdefault(
                key,
                {
                    "name": holder["name_en"],
                    "wikidata": holder.get("wikidata_id"),
                    "side": side,
                    "offices": [],
                    "since": holder["since"],
                },
            )
            entry["offices"].append(office.get("title_en") or position.replace("_", " "))  # type: ignore[union-attr]
            entry["since"] = min(str(entry["since"]), holder["since"])
    table = sorted(found.values(), key=lambda e: (str(e["side"]), str(e["name"])))
    for entry in table:
        entry["offices"] = sorted(set(entry["offices"]))  # type: ignore[arg-type]
    return table, snapshot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="a checkout of open-data-archive/world-leaders-current")
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "office_holders.json")
    args = parser.parse_args()
    table, snapshot = holders(args.checkout)
    document = {"source": SOURCE, "licence": LICENCE, "snapshot": snapshot, "holders": table}
    args.out.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(table)} office holders, snapshot {snapshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
