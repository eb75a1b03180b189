"""Many uniform integers from one seeded generator in a single call, the same on every machine.

`random.Random.getrandbits(k * n)` gives n k-bit draws at C speed; read as little-endian words
they are the same numbers on the desktop and in the browser (a big-endian machine swaps bytes).
"""

from __future__ import annotations

import random
import sys
from array import array

WORD_BITS = 32  # each draw is uniform below 2**32
WORD_CODE = "I"  # array/memoryview type code of an unsigned 32-bit number


def bulk_draws(rng: random.Random, count: int) -> memoryview:
    """`count` uniform 32-bit integers from `rng`, in one call."""
    raw = rng.getrandbits(WORD_BITS * count).to_bytes(4 * count, "little") if count else b""
    if sys.byteorder == "little":
        return memoryview(raw).cast(WORD_CODE)
    values = array(WORD_CODE, raw)  # a big-endian machine reads the same little-endian numbers
    values.byteswap()
    return memoryview(values)
