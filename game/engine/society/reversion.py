"""Settling back: each week a citizen's score moves towards their standing, for a chunk at once.

A score s with standing t moves by int((t - s) * rate): the gap's
share, truncated towards zero. Working it out citizen by citizen means a table per standing,
and looking scores up in hundreds of tables spills out of the processor's cache. So the gap
is worked out on lanes (`lanes`) instead, its share as a fixed-point product
(gap * multiplier) >> shift, with a multiplier and shift checked once against the float rule
for every gap a score can have. A rate that no fixed point matches exactly keeps the tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import getitem

from game.engine.society.lanes import LANE_BITS, LANE_MASK, VALUE_LIMIT, lanes, pack_chunks

MAX_SHIFT = 20  # bits: gap * multiplier must stay under a lane's guard bit


def fixed_point(rate: float, widest_gap: int) -> tuple[int, int] | None:
    """(multiplier, shift) with (gap * multiplier) >> shift == int(gap * rate) for every gap
    0..widest_gap, if any; the float rule is symmetric, so negative gaps follow."""
    exact = [int(gap * rate) for gap in range(widest_gap + 1)]
    for shift in range(MAX_SHIFT + 1):
        near = rate * (1 << shift)
        for multiplier in dict.fromkeys((int(near), int(near) + 1)):
            if widest_gap * multiplier >= VALUE_LIMIT:
                continue
            if all((gap * multiplier) >> shift == exact[gap] for gap in range(widest_gap + 1)):
                return multiplier, shift
    return None


class Reversion:
    """Each citizen's standing, by chunk, and how to settle their scores towards it."""

    def __init__(self, rate: float, standing: Sequence[int], chunks: Sequence[tuple[int, int]],
                 score_range: tuple[int, int]) -> None:
        self.chunks = chunks
        self.standing = pack_chunks(standing, chunks)
        lowest, highest = score_range
        self.fixed = fixed_point(rate, highest - lowest)
        self._tables: list[list[int]] = []
        if self.fixed is None:  # a table per standing: score -> score after settling
            by_standing = {t: [s + int((t - s) * rate) for s in range(highest + 1)]
                           for t in dict.fromkeys(standing)}
            self._tables = list(map(by_standing.__getitem__, standing))

    def settled(self, chunk: int, scores: int, listed: Sequence[int]) -> int:
        """Lanes of the chunk's scores after settling; `scores` holds them as lanes and
        `listed` as a list (for a rate without a fixed point)."""
        start, stop = self.chunks[chunk]
        lane = lanes(stop - start)
        if self.fixed is None:
            return lane.pack(map(getitem, self._tables[start:stop], listed))
        multiplier, shift = self.fixed
        standing = self.standing[chunk]
        rising = lane.spread(lane.at_least(standing, scores))  # where standing >= score
        falling = rising ^ lane.constant(LANE_MASK)
        up = (standing & rising) - (scores & rising)  # the gap where it is upwards, else 0
        down = (scores & falling) - (standing & falling)
        kept = lane.constant((1 << (LANE_BITS - shift)) - 1)  # what a shift leaves of a lane
        return (scores + ((up * multiplier) >> shift & kept)
                - ((down * multiplier) >> shift & kept))
