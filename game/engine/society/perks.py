"""Perks in the society view: what each score is worth in perks, and how many get each value.

A citizen's perk value is the sum of every perk whose threshold their score reaches, money
plus hours valued at the scenario's income per hour, times the perk-strength lever. Values
come in a few steps, so each citizen's value is counted as a level (its place among the few
distinct values): one character per citizen, then counted level by level in C.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from game.engine.model import Perk


class PerkScale:
    """Perk value by score, and counting citizens by value."""

    def __init__(self, perks: Sequence[Perk], strength: float, hour_yuan: float,
                 score_max: int) -> None:
        self.by_score = [strength * sum(p.money + p.hours * hour_yuan
                                        for p in perks if p.threshold <= score)
                         for score in range(score_max + 1)]  # ¥ a week
        self.values = sorted(set(self.by_score))  # the few distinct values, lowest first
        self._level = [chr(self.values.index(v)) for v in self.by_score]

    def level_counts(self, scores: Iterable[int]) -> list[int]:
        """How many of `scores` get each of `values`, in the same order."""
        levels = "".join(map(self._level.__getitem__, scores))
        return [levels.count(chr(level)) for level in range(len(self.values))]

    def counts(self, level_counts: Sequence[int], unenrolled: int) -> Counter[float]:
        """Citizens by perk value (¥ a week), from `level_counts` of the enrolled and the
        number of the unenrolled (who get 0); only values someone gets."""
        counts = Counter(dict(zip(self.values, level_counts, strict=True)))
        counts[0.0] += unenrolled
        return +counts
