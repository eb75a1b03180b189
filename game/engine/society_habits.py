"""What each citizen of the society view buys and posts in a week, for thousands at once.

The chances are those of `society_step` (the 200-citizen society of a season): a citizen buys
one favoured purchase with chance `chase` (each alike), else one of the other purchases (each
alike); posts a critical post with chance outspoken * post_rate (in code with the coded share,
else one of the critical posts, each alike), else a praise post with chance
(1 - that) * chase * PRAISE_PER_CONFORMITY (each alike), else nothing.

Built for speed: each citizen's outcomes are cumulative thresholds over one 32-bit draw, so
`bisect` (in C, over all citizens with `map`) picks the purchase and the post with exactly
those chances, from one draw each.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from operator import add

from game.engine.society import BehaviourTable

PRAISE_PER_CONFORMITY = 0.5  # weekly chance to post praise per unit of conformity (as society)
DRAW_SPAN = 1 << 32  # draws are uniform integers below this


def threshold(chance: float) -> int:
    """A 32-bit draw under this happens with `chance` (0..1)."""
    return int(min(1.0, max(0.0, chance)) * DRAW_SPAN)


def cumulative_thresholds(chances: Sequence[float]) -> tuple[int, ...]:
    """Thresholds (32-bit draws) between outcomes with these chances (they sum to 1)."""
    total, cuts = 0.0, []
    for chance in chances[:-1]:
        total += chance
        cuts.append(threshold(total))
    return tuple(cuts)


class HabitSampler:
    """Everyone's weekly habit points (purchase + post) from two 32-bit draws per citizen."""

    def __init__(self, habits: BehaviourTable, chase: Sequence[float],
                 outspoken: Sequence[float], post_rate: float, coded_share: float) -> None:
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

    def points(self, buy_draw: Sequence[int], post_draw: Sequence[int]) -> Iterator[int]:
        """Each citizen's points from this week's purchase and post, in citizen order."""
        buys = map(self.buy_values.__getitem__, map(bisect_right, self.buy_cuts, buy_draw))
        posts = map(self.post_values.__getitem__, map(bisect_right, self.post_cuts, post_draw))
        return map(add, buys, posts)
