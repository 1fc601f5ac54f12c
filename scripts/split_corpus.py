"""Fix the split of the annotated articles into a development part and a validation part, once.

The nine sample articles in ``seeds/`` were read while the first rules were written, so they are development
articles. Of the others (``tests/corpus/``), a quarter of the whole corpus goes to validation: the articles whose
SHA-256 of their stem is smallest, a choice that depends on nothing but the names. Rules are written only from
failures in the development part; the validation part is looked at only as figures.

    python scripts/split_corpus.py > tests/corpus/split.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VALIDATION_SHARE = 0.25


def stems(folder: Path) -> list[str]:
    return sorted(p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json"))


def split(samples: list[str], others: list[str]) -> dict[str, list[str]]:
    total = len(samples) + len(others)
    size = round(total * VALIDATION_SHARE)
    ranked = sorted(others, key=lambda stem: hashlib.sha256(stem.encode()).hexdigest())
    validation = sorted(ranked[:size])
    development = sorted(set(samples) | set(others) - set(validation))
    return {"development": development, "validation": validation}


def main() -> int:
    parts = split(stems(ROOT / "seeds"), stems(ROOT / "tests" / "corpus"))
    json.dump(parts, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
