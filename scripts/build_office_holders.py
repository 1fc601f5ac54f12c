"""Build kg/data/office_holders.json: who held which top office of which state or organisation, from when to when,
with Wikidata ids where a source gives them.

    python scripts/build_office_holders.py \
        --current PATH/world-leaders-current \
        --lists PATH/wikipedia.abstract.en \
        --leaders-history PATH/world-leaders-2021 \
        --foreign-history PATH/world \
        --cabinets PATH/iran-ministers PATH/us-cabinet ...

Five public sources, each optional:

- ``--current``: a checkout of https://github.com/open-data-archive/world-leaders-current (heads of state and
  government of 30 states and organisations with the day their term began and Wikidata ids; Wikipedia and
  Wikidata, CC BY-SA 4.0);
- ``--lists``: Wikipedia's "List of state leaders in the 20th century (1951-2000)" and "... in the 21st century"
  as plain text (the 2019-07-20 dump converted by https://github.com/chinapedia/wikipedia.abstract.en; CC BY-SA
  3.0): a clone of that repository, or the two ``Page/*.md`` files: every state's heads of state and government
  with the years of their terms;
- ``--leaders-history``: a git clone of https://github.com/every-politician-scrapers/world-leaders-2021, whose
  ``data/wikidata.csv`` each commit wrote from Wikidata (CC0): heads of state and government in office in
  2021-2024 with Wikidata ids and the years of their terms; every version on every branch is read;
- ``--foreign-history``: a git clone of https://github.com/every-politician-scrapers/world, whose
  ``sources/foreign/wikidata.csv`` lists the foreign ministers of every state in 2022-2023 with the day they
  took office and Wikidata ids (CC0); every version on every branch is read;
- ``--cabinets``: git clones of the repositories https://github.com/every-politician-scrapers keeps for single
  states (``iran-ministers``, ``us-cabinet``, ``azerbaijan-cabinet``, ``sudan`` ...; the state is read from the
  repository's name), whose ``html/holders21.csv`` each commit wrote from Wikidata (CC0): the holders of the
  state's offices with the days their terms began and ended; the heads of state and government and the foreign
  ministers are kept, from every version. ``scripts/cabinet_repositories.txt`` lists the repositories the bundled
  table was built from.

A term given in years runs from 1 January of its first year to 31 December of its last; "until" is null where no
source gives an end (a term still running when its source was written: the sources are snapshots, of 2019, 2021-2024
and 2026, so a term that ended since then may still read as running). States are named as the gazetteer names
them; rows of states it does not know (colonies, states that no longer exist under any name it has) are left out,
and so are terms that ended before 1990.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import Gazetteer, fold, load  # noqa: E402

FIRST_YEAR = 1990
LISTS_SNAPSHOT = "2019-07-20"
SOURCES = {
    "current": "https://github.com/open-data-archive/world-leaders-current (Wikipedia and Wikidata, CC BY-SA 4.0)",
    "lists": "Wikipedia, List of state leaders in the 20th century (1951-2000) and in the 21st century, dump of "
    "2019-07-20 via https://github.com/chinapedia/wikipedia.abstract.en (CC BY-SA 3.0)",
    "leaders-history": "https://github.com/every-politician-scrapers/world-leaders-2021, data/wikidata.csv "
    "(Wikidata, CC0)",
    "foreign-history": "https://github.com/every-politician-scrapers/world, sources/foreign/wikidata.csv "
    "(Wikidata, CC0)",
    "cabinets": "https://github.com/every-politician-scrapers, each state's repository, html/holders21.csv "
    "(Wikidata, CC0)",
}
LICENCE = "CC BY-SA 4.0 (from Wikipedia, CC BY-SA, and Wikidata, CC0)"


@dataclass
class Term:
    """One person's time in one top office of one state or organisation (the first day of their first term in it
    to the last of their last)."""

    name: str
    side: str
    offices: set[str] = field(default_factory=set)
    since: str = "9999-12-31"
    until: str | None = "0000-01-01"
    wikidata: str | None = None

    def widen(self, office: str, since: str, until: str | None, wikidata: str | None) -> None:
        self.offices.add(office)
        self.since = min(self.since, since)
        self.until = None if until is None or self.until is None else max(self.until, until)
        self.wikidata = self.wikidata or wikidata


class Table:
    """Terms by (folded name, side, folded office), merged across sources: one row per person and office."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.terms: dict[tuple[str, str, str], Term] = {}

    def side(self, state: str) -> str | None:
        for candidate in _state_names(state):
            if (party := self.gazetteer.party(candidate)) is not None:
                return party
        return None

    def add(self, name: str, state: str, office: str, since: str, until: str | None, wikidata: str | None) -> None:
        side = self.side(state)
        name = " ".join(name.split())
        if side is None or not re.search(r"[^\W\d_]", name) or re.fullmatch(r"Q\d+", name):
            return
        if until is not None and until < f"{FIRST_YEAR}-01-01":
            return
        office = self.title(office, side)
        term = self.terms.setdefault((fold(name), side, fold(office)), Term(name, side))
        term.widen(office, since, until, wikidata)

    def title(self, office: str, side: str) -> str:
        """An office as news writes it: "Foreign Minister" for the many names of that office (not the "Secretary
        of State" or "Foreign Secretary" some states keep), without the state it belongs to ("Prime Minister of
        Israel", "President of the French Republic" -> "Prime Minister", "President")."""
        office = re.sub(r"\s*\([^)]*\)", "", " ".join(office.split())) or "head of state"
        lowered = office.lower()
        foreign = re.search(r"foreign|external (affairs|relations)|international (relations|affairs)", lowered)
        if foreign and "minister" in lowered:
            return "Foreign Minister"
        if lowered.startswith("secretary of state for foreign"):
            return "Foreign Secretary"  # the United Kingdom's
        match = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", office)
        if match and (
            self.side(match.group(2)) == side or re.search(r"\b(Republic|Kingdom|Federation)\b", match.group(2))
        ):
            office = match.group(1)
        small = {"of", "the", "and", "for", "to", "di"}
        return " ".join(w if w.lower() in small else w[:1].upper() + w[1:] for w in office.split())

    def rows(self) -> list[dict[str, object]]:
        items: dict[tuple[str, str], str] = {}
        for (name, side, _), term in sorted(self.terms.items()):
            if term.wikidata:
                items.setdefault((name, side), term.wikidata)
        for (name, side, _), term in self.terms.items():
            term.wikidata = term.wikidata or items.get((name, side))  # one person's item on each of their offices
        rows: list[dict[str, object]] = [
            {
                "name": t.name,
                "wikidata": t.wikidata,
                "side": t.side,
                "offices": sorted(t.offices),
                "since": t.since,
                "until": t.until,
            }
            for t in self.terms.values()
        ]
        return sorted(rows, key=lambda r: (str(r["side"]), str(r["name"]), str(r["since"])))


SUCCESSORS = {"Federal Republic of Yugoslavia": "Serbia", "Serbia and Montenegro": "Serbia"}
"""States the gazetteer knows by their successor's name (the side their leaders spoke for in later reporting)."""


def _state_names(state: str) -> Iterator[str]:
    """A state's name as a source writes it, then without the form of government ("Republic of Angola")."""
    state = re.sub(r"\s*\(complete list\).*$|,.*$|:.*$|\s+–\s*$", "", state).strip()
    yield SUCCESSORS.get(state, state)
    short = re.sub(
        r"^(the )?((Democratic |Federal |Islamic |Arab |Socialist |People's |Kingdom |Republic |State |Union )*of )",
        "",
        state,
        flags=re.I,
    )
    if short != state:
        yield short
    if state.endswith(" of America"):
        yield state[: -len(" of America")]


# ---- Wikipedia's lists of state leaders -----------------------------------------------------------------------

_BULLET = re.compile(r"^(:+)\*(.*)$")
_TERM = re.compile(r"([^,()]*)\(([^)]*\d{4}[^)]*)\)")
_RANGE = re.compile(r"(\d{4})(?:\s*[–-]\s*(\d{4}|present))?")


def _years(text: str) -> Iterator[tuple[str, str | None]]:
    """(first day, last day or None for a term still running) of each range of years in a list entry."""
    for match in _RANGE.finditer(text):
        first, last = match.group(1), match.group(2)
        if last == "present":
            yield f"{first}-01-01", None
        else:
            yield f"{first}-01-01", f"{last or first}-12-31"


LIST_PAGES = (
    "Page/List_of_state_leaders_in_the_20th_century_(1951\u20132000).md",
    "Page/List_of_state_leaders_in_the_21st_century.md",
)
"""The two pages in a clone of chinapedia/wikipedia.abstract.en."""


def _list_texts(paths: Iterable[Path]) -> Iterator[str]:
    """The text of each list: a file, or both pages from a clone of chinapedia/wikipedia.abstract.en."""
    for path in paths:
        if not path.is_dir():
            yield path.read_text(encoding="utf-8")
            continue
        for page in LIST_PAGES:
            shown = subprocess.run(["git", "-C", str(path), "show", f"HEAD:{page}"], capture_output=True, check=True)
            yield shown.stdout.decode("utf-8")


def read_lists(paths: Iterable[Path], table: Table) -> int:
    """Terms from Wikipedia's lists of state leaders; the number of rows read."""
    count = 0
    for text_of_list in _list_texts(paths):
        state, heading, pending, pending_depth = "", "", "", 0
        for line in text_of_list.splitlines():
            if line.startswith("-   "):
                state, heading, pending = line[4:], "", ""
                continue
            match = _BULLET.match(line)
            if not match or not state:
                continue
            depth, text = len(match.group(1)), match.group(2).strip()
            terms = _TERM.findall(text)
            if not terms:
                if text.endswith("–") or "complete list" in text or depth == 1:
                    heading = re.sub(r"\s*\(complete list\)\s*–?\s*$|\s*–\s*$", "", text)
                    pending = ""
                else:
                    pending, pending_depth = text, depth  # a name whose terms follow one level down
                continue
            if pending and depth > pending_depth and not re.match(r"[^,(]+,", text):
                name, rest = pending, text
            else:
                pending = ""
                name, _, rest = text.partition(",") if re.match(r"[^(]+,", text) else (text.split("(")[0], "", text)
            for title, years in _TERM.findall(rest if rest else text):
                office = title.strip(" ,") or _singular(heading)
                for since, until in _years(years):
                    table.add(name, state, office, since, until, None)
                    count += 1
    return count


def _singular(heading: str) -> str:
    if not heading:
        return "head of state"
    word = heading.split(" (")[0]
    return word[:-3] + "man" if word.endswith("men") else re.sub(r"s$", "", word)


# ---- Wikidata snapshots kept in git history -------------------------------------------------------------------


def _versions(clone: Path, path: str) -> Iterator[tuple[str, str]]:
    """(commit date, text) of every version of a file on any branch of a git clone (bare or not), oldest first."""
    log = subprocess.run(
        ["git", "-C", str(clone), "log", "--all", "--reverse", "--format=%H %cs", "--", path],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in log.stdout.splitlines():
        commit, day = line.split()
        shown = subprocess.run(
            ["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, text=True, check=False
        )
        if shown.returncode == 0:
            yield day, shown.stdout


_Term = tuple[str, str, str, str, str | None, str | None]
"""A term as :meth:`Table.add` takes it: name, state, office, since, until, Wikidata id."""


def _read_history(
    clone: Path, path: str, table: Table, term: Callable[[dict[str, str]], _Term | None]
) -> tuple[int, str]:
    """Add the term each row of every version of a CSV file gives (rows that give none are skipped): the rows read
    and the date of the newest version."""
    count, newest = 0, ""
    for day, text in _versions(clone, path):
        newest = max(newest, day)
        for row in csv.DictReader(io.StringIO(text)):
            if (found := term(row)) is not None:
                table.add(*found)
                count += 1
    return count, newest


def read_leaders_history(clone: Path, table: Table) -> tuple[int, str]:
    """Heads of state and government from every version of world-leaders-2021's data/wikidata.csv."""
    return _read_history(clone, "data/wikidata.csv", table, _leader_term)


def _leader_term(row: dict[str, str]) -> _Term | None:
    start, end = row.get("start_year") or "", row.get("end_year") or ""
    if not start.isdigit():
        return None
    until = f"{end}-12-31" if end.isdigit() else None
    # early versions name the label columns ...ItemLabel and put the state's label in countryItemLabel
    name = row.get("officeholderLabel") or row.get("officeholderItemLabel") or ""
    state = row.get("countryItemLabel") or row.get("country") or ""
    office = row.get("positionLabel") or row.get("positionItemLabel") or ""
    return name, state, office, f"{start}-01-01", until, row.get("officeholder") or None


def read_foreign_history(clone: Path, table: Table) -> tuple[int, str]:
    """Foreign ministers from every version of the world repository's sources/foreign/wikidata.csv."""
    return _read_history(clone, "sources/foreign/wikidata.csv", table, _foreign_minister_term)


def _foreign_minister_term(row: dict[str, str]) -> _Term | None:
    start = row.get("start") or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", start) or not row.get("name"):
        return None
    return row["name"], row["countryLabel"], row["positionLabel"], start, None, row.get("person") or None


def _current_files(checkout: Path) -> Iterator[str]:
    """The text of each country's current.json, from a checkout or from a clone without a work tree."""
    folder = checkout / "data" / "countries"
    if folder.is_dir():
        for path in sorted(folder.glob("*/current.json")):
            yield path.read_text(encoding="utf-8")
        return
    listing = subprocess.run(
        ["git", "-C", str(checkout), "ls-tree", "-r", "--name-only", "HEAD", "data/countries"],
        capture_output=True,
        text=True,
        check=True,
    )
    for name in sorted(n for n in listing.stdout.splitlines() if n.endswith("/current.json")):
        shown = subprocess.run(["git", "-C", str(checkout), "show", f"HEAD:{name}"], capture_output=True, check=True)
        yield shown.stdout.decode("utf-8")


def read_current(checkout: Path, table: Table) -> tuple[int, str]:
    """Current holders from world-leaders-current; the rows read and the snapshot date."""
    count, snapshot = 0, ""
    for text in _current_files(checkout):
        data = json.loads(text)
        snapshot = max(snapshot, str(data.get("snapshot_date") or ""))
        for position, office in sorted(data.get("positions", {}).items()):
            holder = (office or {}).get("current_holder") or {}
            if not holder.get("name_en") or not holder.get("since"):
                continue
            title = office.get("title_en") or position.replace("_", " ")
            table.add(
                holder["name_en"], data["country"]["name_en"], title, holder["since"], None, holder.get("wikidata_id")
            )
            count += 1
    return count, snapshot


# ---- every state's own cabinet repository ---------------------------------------------------------------------

CABINET_OFFICES = re.compile(
    r"(President|Prime Minister|Chancellor|Supreme Leader|Secretary of State|Foreign Minister"
    r"|Minister (?:of|for) (?!State\b)[A-Za-z ,]*?(?:Foreign|External) (?:Affairs|Relations)[A-Za-z ,]*"
    r"|Secretary of State for Foreign[A-Za-z ,]+Affairs)"
)
"""The offices a cabinet file gives that the table keeps: heads of state and government and foreign ministers, not
their deputies or juniors ("Deputy Prime Minister", "Minister of State for Foreign Affairs")."""

REPOSITORY_STATES = {
    "congo kinshasa": "Democratic Republic of the Congo",
    "us": "United States",
    "swiss": "Switzerland",
    "bosnia herzegovina": "Bosnia and Herzegovina",
}
"""States a cabinet repository is named for with words the gazetteer does not take as the state's name."""


def cabinet_state(clone: Path, table: Table) -> str | None:
    """The state a clone of one of every-politician-scrapers' cabinet repositories is of, from its name
    ("iran-ministers", "azerbaijan-cabinet", "every-politician-scrapers+sudan"): a state the gazetteer knows."""
    for part in (clone.name, clone.parent.name):
        stem = part.split("+")[-1]
        stem = re.sub(r"-(ministers|cabinet|federal-council)$", "", stem).replace("-", " ")
        state = REPOSITORY_STATES.get(stem) or table.side(stem) or table.side(stem.title())
        if state is not None:
            return state
    return None


def read_cabinets(clones: Iterable[Path], table: Table) -> tuple[int, str]:
    """Heads of state and government and foreign ministers of each state, with the days their terms began and
    ended, from every version of html/holders21.csv in a clone of that state's every-politician-scrapers
    repository (Wikidata, CC0): the rows kept and the date of the newest version."""
    count, newest = 0, ""
    for clone in clones:
        state = cabinet_state(clone, table)
        if state is None:
            print(f"{clone}: no state of that name", file=sys.stderr)
            continue

        def term(row: dict[str, str], state: str = state) -> _Term | None:
            position, start = row.get("position") or "", row.get("start") or ""
            if not CABINET_OFFICES.fullmatch(position) or not row.get("person") or not re.match(r"\d{4}", start):
                return None
            if position == "Secretary of State" and state != "United States":
                return None
            return (
                row["person"],
                state,
                position,
                _day(start, first=True),
                _day(row.get("end") or "", first=False),
                (row.get("personID") or None),
            )

        rows, day = _read_history(clone, "html/holders21.csv", table, term)
        count += rows
        newest = max(newest, day)
    return count, newest


def _day(text: str, *, first: bool) -> str | None:
    """A day from a date Wikidata gives to the year, month or day ("2018", "2018-05", "2018-05-12"): the first or
    the last day it may be; None for none."""
    if not re.match(r"\d{4}", text):
        return None
    if len(text) >= 10:
        return text[:10]
    if len(text) == 7:
        last = calendar.monthrange(int(text[:4]), int(text[5:7]))[1]
        return f"{text}-01" if first else f"{text}-{last:02d}"
    return f"{text[:4]}-01-01" if first else f"{text[:4]}-12-31"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--current", type=Path, help="a checkout of open-data-archive/world-leaders-current")
    parser.add_argument(
        "--lists", type=Path, nargs="*", default=[], help="a clone of chinapedia/wikipedia.abstract.en, or its pages"
    )
    parser.add_argument(
        "--leaders-history", type=Path, help="a git clone of every-politician-scrapers/world-leaders-2021"
    )
    parser.add_argument("--foreign-history", type=Path, help="a git clone of every-politician-scrapers/world")
    parser.add_argument(
        "--cabinets", type=Path, nargs="*", default=[], help="clones of every-politician-scrapers' state repos"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "office_holders.json")
    args = parser.parse_args()
    table = Table(load())
    used: dict[str, str] = {}
    read: list[str] = []
    if args.lists:
        read.append(f"lists: {read_lists(args.lists, table)} rows")
        used["lists"] = SOURCES["lists"]
    newest = LISTS_SNAPSHOT if args.lists else ""
    for key, clone, reader in (
        ("leaders-history", args.leaders_history, read_leaders_history),
        ("foreign-history", args.foreign_history, read_foreign_history),
    ):
        if clone is not None:
            count, day = reader(clone, table)
            read.append(f"{key}: {count} rows")
            used[key] = SOURCES[key]
            newest = max(newest, day)
    if args.cabinets:
        count, day = read_cabinets(args.cabinets, table)
        read.append(f"cabinets: {count} rows from {len(args.cabinets)} states")
        used["cabinets"] = SOURCES["cabinets"]
        newest = max(newest, day)
    snapshot = newest
    if args.current is not None:
        count, current = read_current(args.current, table)
        snapshot = max(snapshot, current)
        read.append(f"current: {count} rows")
        used["current"] = SOURCES["current"]
    rows = table.rows()
    document = {"sources": used, "licence": LICENCE, "snapshot": snapshot, "holders": rows}
    args.out.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} terms ({', '.join(read)}), newest source {snapshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
