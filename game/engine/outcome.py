"""What an action did, returned to the caller so screens draw from results, not state."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.checks import Refusal


@dataclass
class Outcome:
    """The result of one action: a message key, the visible changes and the hidden points."""

    key: str  # string key under [outcome], or "" when refused
    params: dict = field(default_factory=dict)
    money: int = 0  # yuan gained (negative: spent)
    hours: int = 0  # hours spent
    wellbeing: int = 0
    points: dict[str, int] = field(default_factory=dict)  # hidden score points queued
    refusal: Refusal | None = None
    report: object | None = None  # a WeekReport when the action ended the week

    @property
    def ok(self) -> bool:
        """Whether the action was taken."""
        return self.refusal is None
