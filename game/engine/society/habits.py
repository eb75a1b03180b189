"""What each citizen buys and posts in a week, for thousands at once.

A citizen buys one favoured purchase with chance `chase` (each alike), else one of the other
purchases (each alike); posts a critical post with chance outspoken * post_rate (in code with
the coded share, else one of the critical posts, each alike), else a praise post with chance
(1 - that) * chase * PRAISE_PER_CONFORMITY (each alike), else nothing. What each is worth comes
from the player's own shop and post tables (`behaviour_table`), so one rule set governs
everyone; a coded post is worth a critical post's points once the censor's filter knows its
phrase, and nothing while it slips past.

Built for speed: each citizen's outcomes are cumulative thresholds over one draw, and an
outcome's number is how many of those thresholds the draw reaches. The thresholds are kept
column by column (every citizen's m-th threshold together, as lanes (`lanes`), one integer
per chunk of citizens), so for a chunk the count is a few comparisons of lanes rather than a
search per citizen, and the points follow from the steps between consecutive outcomes' values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from game.engine.model import Era, Item, Post, PostKind
from game.engine.society.bulk_draws import threshold
from game.engine.society.lanes import lanes, pack_chunks

PRAISE_PER_CONFORMITY = 0.5  # weekly chance to post praise per unit of conformity


@dataclass(frozen=True)
class BehaviourTable:
    """What the citizens' habits are worth in each era, taken from the player's own shop
    and post tables so one rule set governs everyone."""

    approved_buys: tuple[int, ...]  # net score points of each purchase the score favours
    leisure_buys: tuple[int, ...]  # net score points of the other purchases
    critical_posts: tuple[int, ...]
    praise_posts: tuple[int, ...]
    coded_post: int  # net points of a coded post once the filter knows its phrase


def behaviour_table(items: Iterable[Item], posts: Iterable[Post], era: Era) -> BehaviourTable:
    """Derive the society's habit values for `era` from the item and post records."""
    posts = list(posts)
    buys = [item.score.total(era) for item in items if not item.exploit]
    critical = [p.score.total(era) for p in posts if p.kind is PostKind.CRITICAL]
    praise = [p.score.total(era) for p in posts if p.kind is PostKind.PRAISE]
    coded = [p.score.total(era) for p in posts if p.kind is PostKind.CODED]
    return BehaviourTable(
        approved_buys=tuple(v for v in buys if v > 0) or (0,),
        leisure_buys=tuple(v for v in buys if v <= 0) or (0,),
        critical_posts=tuple(critical) or (0,),
        praise_posts=tuple(praise) or (0,),
        coded_post=coded[0] if coded else 0,
    )


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
                 chunks: Sequence[tuple[int, int]], coded_caught: bool = True) -> None:
        approved, leisure = habits.approved_buys, habits.leisure_buys
        critical, praise = habits.critical_posts, habits.praise_posts
        self.buy_values = approved + leisure
        coded = habits.coded_post if coded_caught else 0  # a phrase the filter does not know
        self.post_values = (coded, *critical, *praise, 0)
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
        # a post draw under the first cut is a coded post, under this one any that speaks out
        self._coded_cuts = pack_chunks([cuts[0] for cuts in self.post_cuts], chunks)
        self._speak_cuts = pack_chunks([cuts[len(critical)] for cuts in self.post_cuts], chunks)

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


    def speakers(self, chunk: int, post_draws: int) -> tuple[int, int]:
        """Of the citizens of chunk number `chunk`, given their post draws (lanes): 1 in the
        lane of each who said what they think (a critical or a coded post), and how many of
        them posted in code."""
        start, stop = self.chunks[chunk]
        lane = lanes(stop - start)
        coded = lane.below(post_draws, self._coded_cuts[chunk]).bit_count()
        return lane.below(post_draws, self._speak_cuts[chunk]), coded


def _steps(cuts: list[tuple[int, ...]], values: Sequence[int]) -> list[tuple[int, list[int]]]:
    """The thresholds as lanes (one per citizen of `cuts`), grouped by the change in points
    when a draw reaches one (thresholds between outcomes of equal value change nothing and
    are left out), so each change is multiplied once."""
    lane, by_step = lanes(len(cuts)), {}
    for m, column in enumerate(zip(*cuts, strict=True)):
        if values[m + 1] != values[m]:
            by_step.setdefault(values[m + 1] - values[m], []).append(lane.pack(column))
    return list(by_step.items())
