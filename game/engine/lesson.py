"""A season that fits a lesson: the teacher picks a shorter length (in weeks), carried in
the world code, and the season is played at that length.

`apply_lesson` shortens a scenario's content: the season ends after `weeks`, and every week
the scenario names (the week the scheme turns mandatory, forced events) moves in proportion,
so week 7 of 12 becomes week 4 of 6 and the switch still falls just past the middle. Pure and
deterministic, like the rest of the engine.
"""

from __future__ import annotations

from dataclasses import replace

from game.engine.content import Content

FULL_SEASON = 0  # a lesson length of 0 means the scenario's own length
LESSON_WEEKS = (4, 6, 8, 10)
"""The lengths a teacher can pick (weeks), besides the full season."""
MIN_LESSON_WEEKS = LESSON_WEEKS[0]


def scaled_week(week: int, full: int, lesson: int) -> int:
    """Week `week` of a `full`-week season moved into a `lesson`-week one, rounded half up
    (week 1 stays week 1; 0, "never", stays 0)."""
    if week <= 1:
        return week
    return max(1, min(lesson, (week * lesson + full // 2) // full))


def lesson_fits(weeks: int, content: Content) -> bool:
    """Whether a lesson length can shorten `content`'s season (0, the full season, always)."""
    return weeks == FULL_SEASON or MIN_LESSON_WEEKS <= weeks < content.scenario.weeks


def apply_lesson(content: Content, weeks: int) -> Content:
    """`content` played in `weeks` weeks (itself for 0 or a length that does not shorten
    it; ValueError for a length under MIN_LESSON_WEEKS)."""
    scenario = content.scenario
    if weeks == FULL_SEASON or weeks >= scenario.weeks:
        return content
    if weeks < MIN_LESSON_WEEKS:
        raise ValueError(f"a lesson is at least {MIN_LESSON_WEEKS} weeks, not {weeks}")
    forced: dict[int, str] = {}
    for week, event in sorted(scenario.forced_events.items()):
        forced.setdefault(scaled_week(week, scenario.weeks, weeks), event)
    return replace(content, scenario=replace(
        scenario, weeks=weeks, forced_events=forced,
        mandatory_week=scaled_week(scenario.mandatory_week, scenario.weeks, weeks)))
