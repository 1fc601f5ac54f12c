"""How predictions pair with annotations: people by name, parties by canonical name, roles, quotes and
meetings by their own rules, and one-to-one pairings by descending score (the rules are listed in
:mod:`kg.evaluation.evaluate`)."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from kg.evaluation.gold import GoldMeeting
from kg.gazetteer import fold, load
from kg.model import Meeting
from kg.resolve.identity import similar_names

ROLE_THRESHOLD = 80.0
"""rapidfuzz's token sort ratio at which two roles are the same."""
MIN_QUOTE_WORDS = 3
"""Fewest words of a predicted quote that may pair by lying inside an annotated one."""


def _names(name: str, aliases: Sequence[str]) -> tuple[str, set[str]]:
    return fold(name), {fold(a) for a in aliases} | {fold(name)}


def _similar(a: str, b: str) -> bool:
    return similar_names(a, b)


def person_match(pred_name: str, pred_aliases: Sequence[str], gold_name: str, gold_aliases: Sequence[str]) -> int:
    """2 when full names agree, 1 when a full name equals an alias of the other, 0 otherwise."""
    p_full, p_all = _names(pred_name, pred_aliases)
    g_full, g_all = _names(gold_name, gold_aliases)
    if not p_full or not g_full:
        return 0
    if _similar(p_full, g_full):
        return 2
    if any(_similar(p_full, g) for g in g_all) or any(_similar(p, g_full) for p in p_all):
        return 1
    return 0


def canonical_party(name: str | None) -> str | None:
    """A side's canonical folded name, resolving aliases and metonyms through the gazetteer."""
    if not name:
        return None
    return fold(load().party(name) or name)


def role_match(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    p, g = fold(pred), fold(gold)
    if not p or not g:
        return False
    if fuzz.token_sort_ratio(p, g) >= ROLE_THRESHOLD:
        return True
    return f" {p} " in f" {g} " or f" {g} " in f" {p} "


def quote_match(pred: str, gold: str) -> bool:
    p, g = fold(pred), fold(gold)
    if not p or not g:
        return False
    if f" {g} " in f" {p} ":
        return True
    return len(p.split()) >= MIN_QUOTE_WORDS and f" {p} " in f" {g} "


def _place_keys(location: str | None, venue: str | None) -> set[str]:
    gaz = load()
    keys = set()
    for value in (location, venue):
        if value:
            keys.add(fold(value))
            city = gaz.venue_city(value)
            if city:
                keys.add(fold(city))
            if (named := gaz.city(value)) is not None:
                keys.add(fold(named[0]))  # "Kiev" and "Kyiv": one city
    return keys


def _dates_overlap(pred: Meeting, gold: GoldMeeting) -> bool:
    if pred.start is None or gold.start is None:
        return True
    p_end = pred.end or pred.start
    g_end = gold.end or gold.start
    return pred.start <= g_end and gold.start <= p_end


def meeting_pair_score(pred: Meeting, gold: GoldMeeting) -> float:
    """0 when the meetings cannot be the same; otherwise higher for more shared sides and exact dates, and, between
    otherwise equal candidates, for the same status and round."""
    pred_places = _place_keys(pred.location, pred.venue)
    gold_places = _place_keys(gold.location, gold.venue)
    shared = {canonical_party(p) for p in pred.parties} & {canonical_party(p) for p in gold.parties}
    if not pred_places and not gold_places:
        # neither names a city: "talks in Israel" pair by country, and a meeting with no place at all by its sides
        if pred.country != gold.country or (gold.country is None and not shared):
            return 0.0
    elif not pred_places & gold_places:
        return 0.0
    if not _dates_overlap(pred, gold):
        return 0.0
    exact = pred.start == gold.start and pred.start is not None
    alike = 0.25 * (pred.status == gold.status) + 0.25 * (pred.round is not None and pred.round == gold.round)
    return 1.0 + len(shared) + 0.5 * exact + alike


def greedy(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """One-to-one pairs by descending score (ties broken by position, so results are stable)."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for (p, g), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        if score > 0 and p not in used_p and g not in used_g:
            pairs.append((p, g))
            used_p.add(p)
            used_g.add(g)
    return pairs


# --- scoring --------------------------------------------------------------------------------------------
