"""The README's screenshot: the network page of a build, opened in headless Chromium through Playwright.

python scripts/screenshot.py output/graph.html docs/screenshot.png [--select NAME]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser import open_page  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--select", default="Dmitry Peskov", help="a node to search for, so the side panel shows it")
    args = parser.parse_args()
    with open_page(args.page, width=1400, height=860) as (page, log):
        if args.select:
            page.evaluate("name => window.kg.find(name)", args.select)  # type: ignore[attr-defined]
            page.evaluate("() => window.kg.network.fit({animation: false})")  # type: ignore[attr-defined]
        page.screenshot(path=str(args.out))  # type: ignore[attr-defined]
        if log.errors:
            print(f"page errors: {log.errors}", file=sys.stderr)
            return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
