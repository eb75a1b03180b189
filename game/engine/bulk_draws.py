"""Many uniform integers from one seeded generator in a single call, the same on every machine.

`random.Random.getrandbits(k * n)` gives n k-bit draws at C speed; read as little-endian words
they are the same numbers on the desktop and in the browser (a big-endian machine swaps bytes).
"""

from __future__ import annotations

import random
import sys
from array import array

WORD_CODES = {16: "H", 32: "I"}  # bits per draw -> array/memoryview type code


def bulk_draws(rng: random.Random, count: int, bits: int = 32) -> memoryview:
    """`count` uniform integers below 2**bits (16 or 32) from `rng`, in one call."""
    code = WORD_CODES[bits]
    raw = rng.getrandbits(bits * count).to_bytes(bits // 8 * count, "little") if count else b""
    if sys.byteorder == "little":
        return memoryview(raw).cast(code)
    values = array(code, raw)  # a big-endian machine reads the same little-endian numbers
    values.byteswap()
    return memoryview(values)
