"""Misfortune in the society view: struck by chance, then barred while it runs its course."""

from __future__ import annotations

from game.engine.society.bulk_draws import DRAW_SPAN
from game.engine.society.lanes import lanes
from game.engine.society.misfortune import Misfortune
from tests.engine.helpers import unpack


def test_a_misfortune_bars_another_for_its_weeks_then_may_strike_again():
    chunks = [(0, 3), (3, 5)]
    misfortune = Misfortune(chunks, weeks=2)
    misfortune.set_chances([1.0, 0.0, 0.5, 1.0, 0.25])
    low, high = lanes(3).constant(0), lanes(3).constant(DRAW_SPAN - 1)
    struck = [unpack(3, misfortune.strike(0, low if week != 1 else high))
              for week in range(7)]
    # certain misfortune strikes in weeks 0, 3 and 6; never under a chance of 0; half a
    # chance strikes on a low draw only, and not in week 1, whose draws are all high
    assert struck == [[1, 0, 1], [0, 0, 0], [0, 0, 0], [1, 0, 1], [0, 0, 0], [0, 0, 0],
                      [1, 0, 1]]
    draws = lanes(2).pack([DRAW_SPAN // 5, DRAW_SPAN // 5])
    assert unpack(2, misfortune.strike(1, draws)) == [1, 1]
