"""What the society view shows every tick: four measures of what the friend rule does.

`MeasureTally` adds the measures up over the citizens chunk by chunk (so a tick can be spread
over several frames); any chunking gives the same figures, and integer sums keep them exact.
The plain functions measure whole lists at once, so they can be checked on tiny hand-made
graphs. Every share is a fraction 0..1; a measure with nothing to measure (no ties, no low
scorers, no perks) is 0.0 rather than undefined, so charts stay drawable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import ge, lt, mul

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


class MeasureTally:
    """Running sums behind the measures, over the citizens added so far.

    With ties kept symmetric, the degree-weighted sum of scores is the sum of every citizen's
    friends' scores, which the gather for the friend rule adds up anyway."""

    def __init__(self, scores: list[int], ties: list[list[int]],
                 degrees: list[int] | None = None, low_below: int = LOW_BELOW,
                 high_from: int = HIGH_FROM) -> None:
        self.scores, self.ties = scores, ties
        self.degrees = list(map(len, ties)) if degrees is None else degrees  # ties each
        self.low_below, self.high_from = low_below, high_from
        self.citizens = self.isolated = 0
        self.ends = self.weighted = self.weighted_sq = self.cross = 0  # see assortativity()
        self.low = self.low_cut_off = 0  # low scorers; those of them without a high friend
        self.friend_sums: list[int] = []  # each citizen's friends' scores added, as counted
        self._has_high_friend = bytearray(len(scores))  # 1 where a friend is high-score
        self._marked = 0  # citizens 0.._marked-1 have had their high-score friends marked

    def mark_high_friends(self, start: int, stop: int) -> None:
        """Mark the friends of the high scorers among citizens start..stop-1 (1 in
        `_has_high_friend`: they have a friend at or above the high mark). Every citizen
        must be marked over, in order, before any is added; `add` marks the rest itself."""
        if start != self._marked:
            raise ValueError(f"marking from {start}, but citizens up to {self._marked} are done")
        marks = self._has_high_friend
        is_high = map(ge, self.scores[start:stop], repeat(self.high_from))
        for friend in chain.from_iterable(compress(self.ties[start:stop], is_high)):
            marks[friend] = 1
        self._marked = stop

    def add(self, start: int, stop: int) -> None:
        """Count citizens start..stop-1 in."""
        scores, score_of = self.scores[start:stop], self.scores.__getitem__
        degrees = self.degrees[start:stop]
        self.citizens += len(degrees)
        self.isolated += degrees.count(0)
        self.ends += sum(degrees)
        sums = list(map(sum, map(map, repeat(score_of), self.ties[start:stop])))
        self.friend_sums += sums
        self.weighted += sum(sums)
        self.weighted_sq += sum(map(mul, degrees, map(mul, scores, scores)))
        self.cross += sum(map(mul, scores, sums))
        is_low = list(map(lt, scores, repeat(self.low_below)))
        low = is_low.count(True)
        self.low += low
        if self._marked < len(self.scores):
            self.mark_high_friends(self._marked, len(self.scores))
        self.low_cut_off += low - sum(compress(self._has_high_friend[start:stop], is_low))

    def isolated_share(self) -> float:
        """Share of citizens without a single tie."""
        return self.isolated / self.citizens if self.citizens else 0.0

    def assortativity(self) -> float:
        """Pearson correlation of the scores at both ends of every tie (each tie counted both
        ways). Both ends then share one distribution (each citizen weighted by their number
        of ties), so the correlation is cov / var with cov = E[s_a * s_b] - mean^2 over
        ordered tied pairs."""
        if not self.ends:
            return 0.0
        variance = self.weighted_sq * self.ends - self.weighted ** 2  # ends^2 times variance
        if variance <= 0:
            return 0.0
        return (self.cross * self.ends - self.weighted ** 2) / variance

    def low_without_high_share(self) -> float:
        """Share of low-score citizens with no friend at or above the high mark."""
        return self.low_cut_off / self.low if self.low else 0.0

    def measures(self, tick: int, perk_counts: Mapping[float, int]) -> Measures:
        """The four measures (perk Gini over `perk_counts`: how many citizens get each perk
        value)."""
        return Measures(tick=tick, isolated_share=self.isolated_share(),
                        assortativity=self.assortativity(),
                        low_without_high_share=self.low_without_high_share(),
                        perk_gini=gini_of_counts(perk_counts))


def _whole(scores: list[int], ties: list[list[int]], **marks: int) -> MeasureTally:
    tally = MeasureTally(scores, ties, **marks)
    tally.add(0, len(ties))
    return tally


def isolated_share(ties: list[list[int]]) -> float:
    """Share of citizens without a single tie."""
    return _whole([0] * len(ties), ties).isolated_share()


def assortativity(scores: list[int], ties: list[list[int]]) -> float:
    """Pearson correlation of the scores at both ends of every tie (see MeasureTally)."""
    return _whole(scores, ties).assortativity()


def low_without_high_share(scores: list[int], ties: list[list[int]],
                           low_below: int = LOW_BELOW, high_from: int = HIGH_FROM) -> float:
    """Share of low-score citizens (< `low_below`) with no friend at or above `high_from`."""
    return _whole(scores, ties, low_below=low_below, high_from=high_from).low_without_high_share()


def gini(values: list[float]) -> float:
    """Gini coefficient of non-negative values: 0 when all equal, near 1 when one holds all."""
    return gini_of_counts(Counter(values))


def gini_of_counts(counts: Mapping[float, int]) -> float:
    """Gini coefficient of values given as value -> how many have it (values come in few
    distinct amounts, perks being steps, so they are counted rather than sorted): with n
    values in ascending order the coefficient is sum((2i - n - 1) * x_i) / (n * total) over
    ranks i = 1..n, and a run of c equal values x from rank r + 1 adds x * c * (2r + c - n)."""
    count = sum(counts.values())
    total = sum(value * copies for value, copies in counts.items())
    if not count or total <= 0:
        return 0.0
    weighted, rank = 0.0, 0
    for value, copies in sorted(counts.items()):
        weighted += value * copies * (2 * rank + copies - count)
        rank += copies
    return weighted / (count * total)
