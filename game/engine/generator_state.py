"""A seeded generator's state as JSON-ready data and back, so a saved world draws on exactly
where it left off (the game's generator and the society's own)."""

from __future__ import annotations

import random

MT_STATE_WORDS = 625  # length of the Mersenne Twister's internal state tuple
WORD_LIMIT = 1 << 32  # each word of that state is an unsigned 32-bit number


def generator_to_list(rng: random.Random) -> list:
    """[version, internal state words, gauss] of `rng`."""
    version, internal, gauss = rng.getstate()
    return [version, list(internal), gauss]


def generator_from_list(data: list) -> random.Random:
    """A generator in the state `generator_to_list` gave; ValueError if it has the wrong
    shape."""
    version, internal, gauss = data
    if (not isinstance(internal, list) or len(internal) != MT_STATE_WORDS
            or not all(type(w) is int and 0 <= w < WORD_LIMIT for w in internal)):
        raise ValueError("random generator state has the wrong shape")
    if gauss is not None and type(gauss) is not float:
        raise ValueError("random generator state has the wrong shape")
    rng = random.Random()
    rng.setstate((int(version), tuple(internal), gauss))
    return rng
