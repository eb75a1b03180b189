"""Many uniform draws from one seeded generator in a single call, the same on every machine.

`random.Random.getrandbits(32 * n)` gives n 32-bit words at C speed, as one integer whose
lowest 32 bits are the first word: exactly n lanes (`lanes`), the same numbers on the desktop
and in the browser. Each lane keeps its low 30 bits, so a draw is uniform below
DRAW_SPAN (2**30), and so is every threshold a draw is compared with (a chance of 1 is
DRAW_SPAN itself): both fit under a lane's guard bit, so thousands of draws can be compared
with their thresholds at once.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from game.engine.society.lanes import GUARD_BIT, LANE_BITS, lanes

DRAW_BITS = GUARD_BIT - 1  # each draw is uniform below 2**DRAW_BITS
DRAW_SPAN = 1 << DRAW_BITS


def lane_draws(rng: random.Random, sizes: Sequence[int]) -> list[int]:
    """For each size, that many uniform draws below DRAW_SPAN as lanes; drawn in order."""
    return [rng.getrandbits(LANE_BITS * size) & lanes(size).constant(DRAW_SPAN - 1)
            for size in sizes]


def threshold(chance: float) -> int:
    """A draw under this happens with `chance` (0..1); at most DRAW_SPAN, under a lane's
    guard bit."""
    return int(min(1.0, max(0.0, chance)) * DRAW_SPAN)
