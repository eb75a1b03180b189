"""Save fuzzing, short and seeded (tools/fuzz_saves.py has the long run): one field of a
real saved season changed at a time, to another type or a boundary value. Each either is
refused as a damaged save or loads and plays to the debrief; nothing else may happen."""

from __future__ import annotations

import random

from game.engine import Game, load_content
from tools.fuzz_saves import fuzz, play_on, saved_seasons

MUTATIONS = 400


def test_no_mutated_save_crashes_the_game():
    counts, crashes = fuzz(MUTATIONS, seed=2026, seasons=6)
    assert crashes == [], crashes[0]
    assert counts["refused"] > 0 and counts["played"] > 0  # both paths were exercised
    assert sum(counts.values()) == MUTATIONS


def test_the_checks_refuse_no_real_save():
    """The fuzzer's starting points, untouched, load as they were saved and play on."""
    content = load_content()
    for text in saved_seasons(content, 9, random.Random(3)):
        game = Game.from_json(text, content)
        assert game.to_json() == text
        play_on(game)
        assert game.finished
