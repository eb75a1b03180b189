"""Random input through the real scenes, short and seeded (tools/fuzz_ui.py has the long
run): key presses, typing, clicks, drags, the wheel and window events, restarted now and
then on scenes a random walk reaches late. No event may raise."""

from __future__ import annotations

from tools.fuzz_ui import fuzz

EVENTS = 2000


def test_no_input_through_the_scenes_raises():
    seen, crashes = fuzz(EVENTS, seed=2026)
    assert crashes == [], crashes[0]
    assert {"TitleScene", "PlayScene", "DebriefScene", "SocietyScene"} <= set(seen)
    assert len(seen) >= 10  # the walk went through most of the game, not one screen
