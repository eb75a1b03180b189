"""Settling back towards one's standing, on lanes: exactly the float rule, int((t - s) * rate)."""

from __future__ import annotations

import pytest

from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.society.lanes import lanes
from game.engine.society.reversion import Reversion, fixed_point
from tests.engine.helpers import unpack

SCORES = list(range(SCORE_MIN, SCORE_MAX + 1, 7))


@pytest.mark.parametrize("rate", [0.08, 0.072, 0.0, 0.5, 1.0, 0.3333])
def test_every_score_settles_by_the_float_rule(rate):
    standing = [s for s in SCORES for _ in SCORES]
    scores = [s for _ in SCORES for s in SCORES]
    chunks = [(start, min(len(scores), start + 500)) for start in range(0, len(scores), 500)]
    reversion = Reversion(rate, standing, chunks, (SCORE_MIN, SCORE_MAX))
    for chunk, (start, stop) in enumerate(chunks):
        listed = scores[start:stop]
        settled = reversion.settled(chunk, lanes(stop - start).pack(listed), listed)
        assert unpack(stop - start, settled) == [
            s + int((t - s) * rate) for s, t in zip(listed, standing[start:stop], strict=True)]


def test_the_default_rate_has_a_fixed_point_and_some_rates_do_not():
    assert fixed_point(0.08, SCORE_MAX - SCORE_MIN) is not None
    # in floats 125 * 0.072 is 9.0 but 375 * 0.072 falls just under 27: no single fraction
    assert fixed_point(0.072, SCORE_MAX - SCORE_MIN) is None
