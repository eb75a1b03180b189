"""Lanes: whole vectors of small integers in one Python int, compared and chosen lane by lane."""

from __future__ import annotations

import random
from array import array

import pytest

from game.engine.society.lanes import VALUE_LIMIT, lanes, lanes_to_words, words_to_lanes
from tests.engine.helpers import unpack

EDGES = [0, 1, 2, VALUE_LIMIT // 2, VALUE_LIMIT - 2, VALUE_LIMIT - 1]


def pairs() -> tuple[list[int], list[int]]:
    """Every pairing of edge values, then random ones."""
    rng = random.Random(3)
    left = [a for a in EDGES for _ in EDGES] + [rng.randrange(VALUE_LIMIT) for _ in range(300)]
    right = [b for _ in EDGES for b in EDGES] + [rng.randrange(VALUE_LIMIT) for _ in range(300)]
    return left, right


def test_pack_and_unpack_round_trip_in_little_endian_word_order():
    values = [5, 0, VALUE_LIMIT - 1, 77]
    packed = lanes(4).pack(values)
    assert packed == 5 + (VALUE_LIMIT - 1 << 64) + (77 << 96)
    assert unpack(4, packed) == values
    assert lanes_to_words(packed, 4).tolist() == values
    assert words_to_lanes(array("I", values)) == packed
    assert words_to_lanes(memoryview(array("I", values))) == packed


@pytest.mark.parametrize("values", [[1, 2], [1, VALUE_LIMIT, 3], [1, 2, 3, 4]])
def test_pack_refuses_the_wrong_count_or_a_value_that_would_touch_the_guard(values):
    with pytest.raises(ValueError):
        lanes(3).pack(values)


def test_comparisons_are_lane_by_lane_even_at_the_edges():
    left, right = pairs()
    lane = lanes(len(left))
    a, b = lane.pack(left), lane.pack(right)
    both = list(zip(left, right, strict=True))
    assert unpack(lane.count, lane.at_least(a, b)) == [int(x >= y) for x, y in both]
    assert unpack(lane.count, lane.below(a, b)) == [int(x < y) for x, y in both]
    assert lane.flag_bytes(lane.below(a, b)) == bytes(int(x < y) for x, y in both)


def test_where_takes_each_lane_from_one_side_or_the_other():
    left, right = pairs()
    lane = lanes(len(left))
    a, b = lane.pack(left), lane.pack(right)
    chosen = unpack(lane.count, lane.where(lane.at_least(a, b), a, b))
    assert chosen == [max(x, y) for x, y in zip(left, right, strict=True)]


def test_arithmetic_stays_in_its_lane_within_range():
    lane = lanes(3)
    total = lane.pack([10, 0, 7]) + 3 * lane.pack([1, 2, 3]) - lane.constant(1)
    assert unpack(lane.count, total) == [12, 5, 15]
