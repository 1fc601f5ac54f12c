"""Cross-article identity: the same person and the same meeting reported by several articles become one.

People are the same when their folded full names are at least 85% similar and so are their surnames
("Volodymyr Zelensky" / "Volodymyr Zelenskyy", "Aleksandr Fomin" / "Alexander Fomin"); a surname used alone
joins the one full name in the corpus that ends with it. The name most articles use (then the longest) names
the node.

Meetings are the same when they are in the same city, their dates overlap or touch (or, undated, they share
their round and status), their sides agree (one set holds the other, or they share half), and they come from
different articles. The merged meeting takes the value most sources give for each attribute; where sources
disagree, every source's value is kept as a conflicting report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from kg.gazetteer import fold
from kg.model import Actor, ArticleFacts, Meeting, Statement, meeting_identity

NAME_THRESHOLD = 85.0


def similar_names(a: str, b: str) -> bool:
    """Folded full names that differ only in spelling, with surnames that do too."""
    if a == b:
        return True
    if not a or not b or fuzz.ratio(a, b) < NAME_THRESHOLD:
        return False
    return fuzz.ratio(a.split()[-1], b.split()[-1]) >= NAME_THRESHOLD


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_people(names: Iterable[tuple[str, str]], preferred: set[str] | None = None) -> dict[str, str]:
    """Map every name to its canonical form, given (article id, name) pairs; a ``preferred`` name (one a store
    already holds) names its group."""
    preferred = preferred or set()
    articles_using: dict[str, set[str]] = defaultdict(set)
    for article_id, name in names:
        articles_using[name].add(article_id)
    folded = {name: fold(name) for name in articles_using}
    blocks: dict[str, list[str]] = defaultdict(list)
    for name, key in folded.items():
        if key:
            blocks[key.split()[-1][:4]].append(name)
    union = _UnionFind()
    for members in blocks.values():
        members.sort()
        full = [n for n in members if len(folded[n].split()) > 1]
        for i, a in enumerate(full):
            for b in full[i + 1 :]:
                if similar_names(folded[a], folded[b]):
                    union.union(a, b)
        for single in (n for n in members if len(folded[n].split()) == 1):
            owners = {union.find(n) for n in full if folded[n].split()[-1] == folded[single]}
            if len(owners) == 1:
                union.union(single, owners.pop())
    groups: dict[str, list[str]] = defaultdict(list)
    for name in articles_using:
        groups[union.find(name)].append(name)
    canonical: dict[str, str] = {}
    for members in groups.values():
        best = min(members, key=lambda n: (n not in preferred, -len(articles_using[n]), -len(n.split()), -len(n), n))
        for name in members:
            canonical[name] = best
    return canonical


@dataclass
class MeetingGroup:
    """One meeting as several articles report it."""

    reports: list[tuple[str, Meeting]] = field(default_factory=list)
    pinned: Meeting | None = None
    """Values already stored for this meeting: they stand, and new reports that differ are conflicts."""
    iri: str | None = None
    """The stored meeting's IRI, when there is one."""

    @property
    def articles(self) -> set[str]:
        return {article for article, _ in self.reports}

    def merged(self) -> tuple[Meeting, list[tuple[str, object, str]]]:
        """The meeting most sources agree on, and (attribute, value, article) for every disputed value."""
        meetings = [m for _, m in self.reports]
        conflicts: list[tuple[str, object, str]] = []

        pinned = self.pinned

        def consensus(attribute: str, reported: bool = True) -> object:
            """The value most sources give; with ``reported``, each other value a source gives kept as a conflict
            (the day an undated meeting's text names sets meetings apart but is no property the graph carries)."""
            values = [(a, getattr(m, attribute)) for a, m in self.reports if getattr(m, attribute) is not None]
            disputes = conflicts if reported else []
            if pinned is not None and getattr(pinned, attribute) is not None:
                stored = getattr(pinned, attribute)
                disputes.extend((attribute, v, a) for a, v in sorted(values, key=lambda x: x[0]) if v != stored)
                return stored
            if not values:
                return None
            counts = Counter(v for _, v in values)
            if len(counts) > 1:
                disputes.extend((attribute, v, a) for a, v in sorted(values, key=lambda x: (x[0], str(x[1]))))
            earliest = {v: min(a for a, w in values if w == v) for v in counts}
            return min(counts, key=lambda v: (-counts[v], earliest[v]))

        location = consensus("location")
        country = Counter(m.country for m in meetings if m.location == location and m.country).most_common(1)
        if pinned is not None and pinned.country:
            country = [(pinned.country, 1)]
        parties = tuple(dict.fromkeys(p for m in ([pinned] if pinned else []) + meetings for p in m.parties))
        mediators = tuple(dict.fromkeys(p for m in meetings for p in m.mediators))
        start = consensus("start")
        end = consensus("end")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            end = start
        merged = Meeting(
            label=meetings[0].label,
            location=location,  # type: ignore[arg-type]
            country=country[0][0] if country else None,
            venue=consensus("venue"),  # type: ignore[arg-type]
            start=start,  # type: ignore[arg-type]
            end=end,  # type: ignore[arg-type]
            round=consensus("round"),  # type: ignore[arg-type]
            status=consensus("status") or "held",  # type: ignore[arg-type]
            parties=parties,
            mediators=mediators,
            day=None if start else consensus("day", reported=False),  # type: ignore[arg-type]
        )
        return merged, conflicts


def _touch(a: Meeting, b: Meeting) -> bool:
    if a.start is None or b.start is None:
        days_agree = a.day is None or b.day is None or a.day == b.day
        return a.start is None and b.start is None and a.round == b.round and a.status == b.status and days_agree
    a_end, b_end = a.end or a.start, b.end or b.start
    return (a.start - b_end).days <= 1 and (b.start - a_end).days <= 1


def _sides_agree(a: Meeting, b: Meeting) -> bool:
    sa, sb = set(a.parties), set(b.parties)
    if not sa or not sb or sa <= sb or sb <= sa:
        return True
    return len(sa & sb) * 2 >= max(len(sa), len(sb))


def same_meeting(a: Meeting, b: Meeting) -> bool:
    """Whether two reports (from different articles) describe one meeting."""
    if not a.location or not b.location or fold(a.location) != fold(b.location):
        return False
    return _touch(a, b) and _sides_agree(a, b)


def names_in(facts: Iterable[ArticleFacts]) -> list[tuple[str, str]]:
    """(article id, name) for every actor and speaker of the articles."""
    names = []
    for article in facts:
        for x in article.actors:
            if isinstance(x.fact, Actor):
                names.append((article.article.id, x.fact.name))
        for x in article.statements:
            if isinstance(x.fact, Statement):
                names.append((article.article.id, x.fact.speaker))
    return names


@dataclass
class Resolution:
    """Canonical people and merged meetings of a corpus."""

    people: dict[str, str]
    groups: list[MeetingGroup]
    group_of: dict[tuple[str, int], int]

    def person(self, name: str) -> str:
        return self.people.get(name, name)


def resolve(corpus: Iterable[ArticleFacts]) -> Resolution:
    """Decide which people and meetings of different articles are the same."""
    facts = list(corpus)
    people = resolve_people(names_in(facts))

    groups: list[MeetingGroup] = []
    group_of: dict[tuple[str, int], int] = {}
    by_place: dict[str, list[int]] = defaultdict(list)
    ordered = sorted(facts, key=lambda f: f.article.id)
    for article in ordered:
        for index, extracted in enumerate(article.meetings):
            meeting = extracted.fact
            assert isinstance(meeting, Meeting)
            key = (article.article.id, index)
            home = None
            if meeting.location:
                for candidate in by_place[fold(meeting.location)]:
                    group = groups[candidate]
                    if article.article.id in group.articles:
                        continue
                    if all(same_meeting(meeting, other) for _, other in group.reports):
                        home = candidate
                        break
            if home is None:
                groups.append(MeetingGroup())
                home = len(groups) - 1
                if meeting.location:
                    by_place[fold(meeting.location)].append(home)
            groups[home].reports.append((article.article.id, meeting))
            group_of[key] = home
    return _one_node_per_identity(Resolution(people, groups, group_of))


def _one_node_per_identity(resolution: Resolution) -> Resolution:
    """Groups whose merged meetings have one identity (an unplaced meeting of one day in two articles, told as held
    in one and as planned in the other) are one meeting: one node, with the disputed values as conflicts."""
    first: dict[tuple[str | None, str, tuple[str, ...]], int] = {}
    moved: dict[int, int] = {}
    for index, group in enumerate(resolution.groups):
        identity = meeting_identity(group.merged()[0])
        if identity in first and not set(group.articles) & resolution.groups[first[identity]].articles:
            resolution.groups[first[identity]].reports.extend(group.reports)
            moved[index] = first[identity]
        else:
            first.setdefault(identity, index)
    if not moved:
        return resolution
    kept = [i for i in range(len(resolution.groups)) if i not in moved]
    position = {old: new for new, old in enumerate(kept)}
    groups = [resolution.groups[i] for i in kept]
    group_of = {key: position[moved.get(i, i)] for key, i in resolution.group_of.items()}
    return Resolution(resolution.people, groups, group_of)
