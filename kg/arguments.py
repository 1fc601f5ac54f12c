"""What the ``kg`` command's arguments accept, checked as argparse reads them, and the named queries' help."""

from __future__ import annotations

import argparse
import math
import os


def whole(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


def jobs(value: str) -> int:
    """``--jobs``: a whole number from 1 to the number of cores."""
    cores = os.cpu_count() or 1
    jobs = whole(value)
    if not 1 <= jobs <= cores:
        raise argparse.ArgumentTypeError(f"{jobs} is not between 1 and the {cores} core(s) of this machine")
    return jobs


def seconds(value: str) -> float:
    """``--timeout``: a finite number of seconds above zero."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or not 0 < seconds <= 1e6:
        raise argparse.ArgumentTypeError(f"{value!r}: give a number of seconds above zero and at most 1000000")
    return seconds


def count(value: str) -> int:
    """``--limit``/``--offset``: a whole number from 0."""
    count = whole(value)
    if count < 0:
        raise argparse.ArgumentTypeError(f"{count}: give a whole number from 0")
    return count


def named_query_help() -> str:
    """The named queries with their columns and parameters, from the header comments of their files."""
    from kg.backends.query import named_queries

    lines = ["named queries:"]
    for name, text in named_queries().items():
        header = [line.lstrip("# ").strip() for line in text.splitlines()[:2] if line.startswith("#")]
        lines.append(f"  {name:<13} {header[0] if header else ''}")
        if len(header) > 1:
            lines.append(f"  {'':<13} {header[1]}")
    return "\n".join(lines)
