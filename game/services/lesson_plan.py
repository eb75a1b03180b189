"""A teacher's plan for a lesson, chosen before the scenario: how many weeks the season
lasts and whether the before-and-after card is asked. A plain value the lesson planner, the
scenario picker and the Designer share; the world code then carries it to every student."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import FULL_SEASON, LESSON_WEEKS

LENGTHS = (FULL_SEASON, *LESSON_WEEKS)
"""The lengths the planner cycles through, in weeks (0: the scenario's whole season)."""


@dataclass
class LessonPlan:
    """The season's length (0: the whole season) and whether to ask the card."""

    weeks: int = FULL_SEASON
    card: bool = False

    def next_length(self) -> None:
        """The next length of `LENGTHS`, back to the whole season after the last."""
        index = LENGTHS.index(self.weeks) if self.weeks in LENGTHS else 0
        self.weeks = LENGTHS[(index + 1) % len(LENGTHS)]

    def toggle_card(self) -> None:
        """Ask the card, or stop asking it."""
        self.card = not self.card


def plan_for(presets, plan: LessonPlan | None) -> LessonPlan:
    """`plan` if the teacher made one, else the lesson a link's or command line's world
    code carries (`presets`), else the whole season without the card."""
    if plan is not None:
        return plan
    if presets is not None and presets.seed is not None:
        return LessonPlan(presets.lesson, presets.card)
    return LessonPlan()
