"""One meeting per event: meetings that come out of an article's clusters with the same place, day (or round)
and sides are one, under the first, with the evidence of both."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extract.base import Finding
from kg.model import Attendance, Meeting, meeting_identity


def one_per_event(findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings with each meeting once: a later meeting of the same identity joins the first (its evidence),
    and attendances of either follow the one kept."""
    first: dict[tuple[object, ...], int] = {}
    same: dict[Meeting, Meeting] = {}
    kept: list[Finding] = []
    for finding in findings:
        fact = finding.fact
        if isinstance(fact, Meeting):
            key = meeting_identity(fact)
            if key in first:
                earlier = kept[first[key]]
                same[fact] = earlier.fact  # type: ignore[assignment]
                spans = earlier.spans + tuple(s for s in finding.spans if s not in earlier.spans)
                kept[first[key]] = Finding(earlier.fact, spans, max(earlier.confidence, finding.confidence))
                continue
            first[key] = len(kept)
        kept.append(finding)
    seen: set[Attendance] = set()
    for finding in kept:
        fact = finding.fact
        if isinstance(fact, Attendance):
            if fact.meeting in same:
                fact = replace(fact, meeting=same[fact.meeting])
                finding = Finding(fact, finding.spans, finding.confidence)
            if fact in seen:
                continue
            seen.add(fact)
        yield finding
