"""What the society view shows every tick: four measures of what the friend rule does.

Pure functions over the simulation's parallel lists (scores, ties, perk values), so they can
be checked on tiny hand-made graphs. Every share is a fraction 0..1; a measure with nothing to
measure (no ties, no low scorers, no perks) is 0.0 rather than undefined, so charts stay drawable.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, repeat
from operator import lt, mul

LOW_BELOW = 600  # score points: a citizen under this counts as low-score
HIGH_FROM = 700  # score points: a citizen at or above this counts as high-score


@dataclass(frozen=True)
class Measures:
    """The society's state after one tick."""

    tick: int
    isolated_share: float  # citizens with no ties, 0..1
    assortativity: float  # Pearson correlation of scores across ties, -1..1
    low_without_high_share: float  # low-score citizens with no high-score friend, 0..1
    perk_gini: float  # Gini coefficient of perk value, 0 (equal) .. 1 (one citizen has all)


def isolated_share(ties: list[list[int]]) -> float:
    """Share of citizens without a single tie."""
    if not ties:
        return 0.0
    return list(map(len, ties)).count(0) / len(ties)


def friend_score_sums(scores: list[int], ties: list[list[int]]) -> list[int]:
    """Sum of each citizen's friends' scores (0 for the isolated)."""
    return list(map(sum, map(map, repeat(scores.__getitem__), ties)))


def assortativity(scores: list[int], ties: list[list[int]]) -> float:
    """Pearson correlation of the scores at both ends of every tie (each tie counted both ways).

    Both ends then share one distribution (each citizen weighted by their number of ties), so
    the correlation is cov / var with cov = E[s_a * s_b] - mean^2 over ordered tied pairs.
    Integer sums keep it exact whatever the order.
    """
    degrees = list(map(len, ties))
    ends = sum(degrees)  # ordered tied pairs, twice the number of ties
    if not ends:
        return 0.0
    weighted = list(map(mul, degrees, scores))
    total = sum(weighted)
    total_sq = sum(map(mul, weighted, scores))
    cross = sum(map(mul, scores, friend_score_sums(scores, ties)))
    variance = total_sq * ends - total * total  # ends^2 times the variance
    if variance <= 0:
        return 0.0
    return (cross * ends - total * total) / variance


def low_without_high_share(scores: list[int], ties: list[list[int]],
                           low_below: int = LOW_BELOW, high_from: int = HIGH_FROM) -> float:
    """Share of low-score citizens (< `low_below`) with no friend at or above `high_from`."""
    is_low = list(map(lt, scores, repeat(low_below)))
    low = is_low.count(True)
    if not low:
        return 0.0
    low_rows = list(compress(ties, is_low))
    alone = list(map(len, low_rows)).count(0)
    best = map(max, map(map, repeat(scores.__getitem__), filter(None, low_rows)))  # best friend
    return (alone + list(map(lt, best, repeat(high_from))).count(True)) / low


def gini(values: list[float]) -> float:
    """Gini coefficient of non-negative values: 0 when all equal, near 1 when one holds all."""
    count = len(values)
    total = sum(values)
    if not count or total <= 0:
        return 0.0
    weighted = sum(map(mul, range(1 - count, count, 2), sorted(values)))
    return weighted / (count * total)
