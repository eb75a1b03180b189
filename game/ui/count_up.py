"""A number that counts to its new value over a fixed time, frame by frame.

Driven by the loop's `dt`; with reduced motion it jumps straight to the value. The count
eases out (fast first, slow at the end) and lands exactly on the target.
"""

from __future__ import annotations

COUNT_SECONDS = 0.9  # how long a count takes, whatever the distance


class CountUp:
    """The value to show while counting from one whole number to another."""

    def __init__(self, value: int, duration_s: float = COUNT_SECONDS) -> None:
        self.start = value
        self.target = value
        self.duration_s = duration_s
        self.elapsed_s = duration_s

    def set_target(self, value: int, *, immediate: bool = False) -> None:
        """Count from what is shown now to `value` (at once if `immediate`)."""
        if value == self.target and not immediate:
            return
        self.start = self.shown
        self.target = value
        self.elapsed_s = self.duration_s if immediate else 0.0

    def update(self, dt_seconds: float) -> None:
        self.elapsed_s = min(self.duration_s, self.elapsed_s + max(0.0, dt_seconds))

    @property
    def done(self) -> bool:
        return self.elapsed_s >= self.duration_s

    @property
    def shown(self) -> int:
        if self.done:
            return self.target
        progress = self.elapsed_s / self.duration_s
        eased = 1 - (1 - progress) ** 3
        return round(self.start + (self.target - self.start) * eased)
