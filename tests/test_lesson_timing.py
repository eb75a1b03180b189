"""The lesson-timing tool plays a whole season through the real scenes and counts what there
is to read and decide (its minutes are estimates from stated rates)."""

from __future__ import annotations

from tools.lesson_timing import DECISION_SECONDS, play, reading_units


def test_words_and_chinese_characters_are_counted_apart():
    assert reading_units("Week 3 · ¥400 — Sun Tao") == (5, 0)  # the dots are not words
    assert reading_units("第 3 周：孙涛") == (1, 4)


def test_a_season_is_played_to_the_debrief_and_timed_week_by_week(display):
    result = play("en", "default", screen=display)
    assert result["weeks"] == 12 and len(result["minutes_at_end_of_week"]) == 12
    by_week = result["minutes_at_end_of_week"]
    assert all(later > earlier for earlier, later in zip(by_week, by_week[1:], strict=False))
    assert result["decisions"] >= 2 * result["weeks"]  # a purchase and a post each week
    assert result["deciding_minutes"] == round(result["decisions"] * DECISION_SECONDS / 60, 1)
    assert result["words_by_screen"]["Reveal"] > 0 and result["words"] > 0
