"""What each citizen of the society view buys and posts in a week, for thousands at once.

The chances are those of `society_step` (the 200-citizen society of a season): a citizen buys
one favoured purchase with chance `chase` (each alike), else one of the other purchases (each
alike); posts a critical post with chance outspoken * post_rate (in code with the coded share,
else one of the critical posts, each alike), else a praise post with chance
(1 - that) * chase * PRAISE_PER_CONFORMITY (each alike), else nothing.

Built for speed: each citizen's outcomes are cumulative thresholds over one draw, and an
outcome's number is how many of those thresholds the draw reaches. The thresholds are kept
column by column (every citizen's m-th threshold together, as lanes (`lanes`),
one integer per chunk of citizens), so for a chunk the count is a few comparisons of lanes
rather than a search per citizen, and the points follow from the steps between consecutive
outcomes' values.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.society.bulk_draws import threshold
from game.engine.society.lanes import lanes
from game.engine.society.season import BehaviourTable

PRAISE_PER_CONFORMITY = 0.5  # weekly chance to post praise per unit of conformity (as society)


def cumulative_thresholds(chances: Sequence[float]) -> tuple[int, ...]:
    """Thresholds (draws, see `bulk_draws`) between outcomes with these chances (they sum
    to 1)."""
    total, cuts = 0.0, []
    for chance in chances[:-1]:
        total += chance
        cuts.append(threshold(total))
    return tuple(cuts)


class HabitSampler:
    """Everyone's weekly habit points (purchase + post) from two draws per citizen."""

    def __init__(self, habits: BehaviourTable, chase: Sequence[float],
                 outspoken: Sequence[float], post_rate: float, coded_share: float,
                 chunks: Sequence[tuple[int, int]]) -> None:
        approved, leisure = habits.approved_buys, habits.leisure_buys
        critical, praise = habits.critical_posts, habits.praise_posts
        self.buy_values = approved + leisure
        self.post_values = (habits.coded_post, *critical, *praise, 0)
        by_chase: dict[float, tuple[int, ...]] = {}  # citizens share buy thresholds by chase
        for c in chase:
            if c not in by_chase:
                by_chase[c] = cumulative_thresholds([c / len(approved)] * len(approved)
                                                    + [(1 - c) / len(leisure)] * len(leisure))
        self.buy_cuts = list(map(by_chase.__getitem__, chase))
        self.post_cuts = []
        for speaks, c in zip(outspoken, chase, strict=True):
            speak = min(1.0, speaks * post_rate)  # chance of a critical post
            praise_chance = (1 - speak) * c * PRAISE_PER_CONFORMITY
            self.post_cuts.append(cumulative_thresholds(
                [speak * coded_share] + [speak * (1 - coded_share) / len(critical)] * len(critical)
                + [praise_chance / len(praise)] * len(praise) + [1 - speak - praise_chance]))
        self.chunks = chunks
        self._buy_steps = [_steps(self.buy_cuts[start:stop], self.buy_values)
                           for start, stop in chunks]
        self._post_steps = [_steps(self.post_cuts[start:stop], self.post_values)
                            for start, stop in chunks]

    def points(self, chunk: int, bias: int, buy_draws: int, post_draws: int) -> int:
        """Lanes of `bias` plus the points of the citizens of chunk number `chunk` from this
        week's purchase and post (`bias` must outweigh the most negative points); the draws
        are lanes too."""
        start, stop = self.chunks[chunk]
        lane = lanes(stop - start)
        gained = lane.constant(bias + self.buy_values[0] + self.post_values[0])
        lost = 0
        for draws, steps in ((buy_draws, self._buy_steps[chunk]),
                             (post_draws, self._post_steps[chunk])):
            for step, cuts in steps:
                reached = lane.count_at_least(draws, cuts)
                if step > 0:
                    gained += step * reached
                else:
                    lost -= step * reached
        return gained - lost


def _steps(cuts: list[tuple[int, ...]], values: Sequence[int]) -> list[tuple[int, list[int]]]:
    """The thresholds as lanes (one per citizen of `cuts`), grouped by the change in points
    when a draw reaches one (thresholds between outcomes of equal value change nothing and
    are left out), so each change is multiplied once."""
    lane, by_step = lanes(len(cuts)), {}
    for m, column in enumerate(zip(*cuts, strict=True)):
        if values[m + 1] != values[m]:
            by_step.setdefault(values[m + 1] - values[m], []).append(lane.pack(column))
    return list(by_step.items())
