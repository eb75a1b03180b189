"""Lanes: many small non-negative integers side by side in one Python int, 32 bits each.

Value i sits in bits 32i..32i+31 (the same order as little-endian 32-bit words in memory), so
adding, subtracting, masking, shifting or scaling a whole vector of citizens is one
big-integer operation that CPython runs in C, about a nanosecond a lane, where a `map` over a
list costs some fifty. Comparisons are the classic SIMD-within-a-register trick: the top bit
of each lane is a guard that a subtraction may borrow from without touching the next lane.

The contract that keeps lanes apart: every value stays under VALUE_LIMIT (2**31), and no
operation may carry out of or borrow into a lane. Callers bias signed values up by a constant
before packing and keep sums within range; `pack` refuses anything else.
"""

from __future__ import annotations

import functools
import sys
from array import array
from collections.abc import Iterable, Sequence
from itertools import compress

LANE_BITS = 32  # bits per lane
LANE_BYTES = LANE_BITS // 8
GUARD_BIT = LANE_BITS - 1  # the top bit of a lane, kept clear in every value
VALUE_LIMIT = 1 << GUARD_BIT  # values must stay under this
LANE_MASK = (1 << LANE_BITS) - 1  # every bit of one lane
WORD_CODE = "I"  # array/memoryview type code of an unsigned 32-bit number
LITTLE_ENDIAN = sys.byteorder == "little"


def words_to_lanes(words: array | memoryview) -> int:
    """Lanes holding these unsigned 32-bit words (an array or memoryview of type code "I")."""
    if LITTLE_ENDIAN:
        return int.from_bytes(words, "little")
    swapped = array(WORD_CODE, words)  # a big-endian machine stores each word backwards
    swapped.byteswap()
    return int.from_bytes(swapped, "little")


def lanes_to_words(packed: int, count: int) -> array:
    """The `count` lanes of `packed` as an array of unsigned 32-bit words."""
    words = array(WORD_CODE, packed.to_bytes(LANE_BYTES * count, "little"))
    if not LITTLE_ENDIAN:
        words.byteswap()
    return words


class Lanes:
    """Operations on vectors of `count` lanes (a chunk of citizens); get one with `lanes()`."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.ones = int.from_bytes(b"\x01\x00\x00\x00" * count, "little")  # 1 in each lane
        self.guards = self.ones << GUARD_BIT  # the guard bit of each lane
        self._positions = list(range(count))

    def pack(self, values: Iterable[int]) -> int:
        """Lanes holding `values` (exactly `count` of them, each 0 <= v < VALUE_LIMIT)."""
        words = array(WORD_CODE, values)  # refuses anything negative or over 32 bits
        packed = words_to_lanes(words)
        if len(words) != self.count or packed & self.guards:
            raise ValueError(f"pack needs {self.count} values under {VALUE_LIMIT}")
        return packed

    def constant(self, value: int) -> int:
        """`value` in every lane."""
        return value * self.ones

    def at_least(self, left: int, right: int) -> int:
        """1 in each lane where left >= right, else 0: left's lanes with the guard set, minus
        right's, keep the guard exactly where nothing had to be borrowed."""
        return ((left | self.guards) - right) >> GUARD_BIT & self.ones

    def count_at_least(self, left: int, rights: Iterable[int]) -> int:
        """Lanes counting, for each lane, how many of `rights` left reaches (left >= right)."""
        guarded, ones, count = left | self.guards, self.ones, 0
        for right in rights:
            count += (guarded - right) >> GUARD_BIT & ones
        return count

    def below(self, left: int, right: int) -> int:
        """1 in each lane where left < right, else 0."""
        return self.at_least(left, right) ^ self.ones

    @staticmethod
    def spread(flags: int) -> int:
        """Every bit of each lane where `flags` (0/1 lanes) is 1 (no lane can carry)."""
        return flags * LANE_MASK

    def where(self, flags: int, if_set: int, if_clear: int) -> int:
        """Each lane from `if_set` where `flags` (0/1 lanes) is 1, else from `if_clear`."""
        return if_clear ^ ((if_clear ^ if_set) & self.spread(flags))

    def flag_bytes(self, flags: int) -> bytes:
        """One byte per lane, 1 where `flags` (0/1 lanes) is set, else 0."""
        return flags.to_bytes(LANE_BYTES * self.count, "little")[::LANE_BYTES]

    def chosen(self, flags: int) -> list[int]:
        """The positions (0..count-1) of the lanes where `flags` (0/1 lanes) is set."""
        return list(compress(self._positions, self.flag_bytes(flags)))


@functools.cache
def lanes(count: int) -> Lanes:
    """The shared `Lanes` for vectors of `count` lanes."""
    return Lanes(count)


def pack_chunks(values: Sequence[int], chunks: Sequence[tuple[int, int]]) -> list[int]:
    """`values` packed chunk by chunk: lanes of values[start:stop] for each (start, stop)."""
    return [lanes(stop - start).pack(values[start:stop]) for start, stop in chunks]
