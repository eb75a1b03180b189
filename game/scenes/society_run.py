"""The society view's running state: its societies (two in the experiment), their measures
over time, recent scores, and weeks spread over frames so drawing stays smooth.

A week of a large society takes longer than a frame, so `update` works on it for at most
`work_budget_s` of each frame (asking the clock between chunks of citizens) and finishes it
over the next frames; the result is the same week however it is spread. No pygame here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from game.engine.content import Content
from game.engine.society import Measures, SimSettings, SocietySim, paired_sims

SPEEDS = (0.5, 1, 2, 4, 8)  # weeks per second
DEFAULT_SPEED_INDEX = 2
HISTORY_TICKS = 60  # measures kept for the charts (weeks)
RECENT_WEEKS = 6  # scores kept per citizen for the details panel (weeks)
MAX_WEEKS_DUE = 2  # a slow society never owes more than this many weeks
RATE_WINDOW_S = 2.0  # seconds over which the weeks actually made per second are counted
WORK_BUDGET_S = 0.0045  # seconds of simulation work per frame (a 60 Hz frame is 0.0167 s)


class SocietyRun:
    """The societies on screen and their history; `update` advances them in real time."""

    def __init__(self, content: Content, settings: SimSettings, experiment: bool,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.content, self.settings, self.experiment, self.clock = (
            content, settings, experiment, clock)
        self.running = True
        self.speed_index = DEFAULT_SPEED_INDEX
        self.rebuild()

    def rebuild(self) -> None:
        """Fresh societies for the current settings (two in the experiment)."""
        s = self.settings
        if self.experiment:
            self.sims = list(paired_sims(self.content, s))
        else:
            self.sims = [SocietySim(self.content, s)]
        self.history: list[list[Measures]] = [[sim.measures()] for sim in self.sims]
        self.recent: list[list[list[int]]] = [[sim.scores] for sim in self.sims]
        self.done = [False] * len(self.sims)  # which societies finished the week under way
        self.due = 0.0  # weeks owed by the clock
        self.finished_at: list[float] = []  # clock readings when recent weeks were done
        self.running_since: float | None = None  # clock reading when running last began

    @property
    def speed(self) -> float:
        """Weeks per second while running."""
        return SPEEDS[self.speed_index]

    def configure(self, **changes: object) -> None:
        """Change a rule at once (in the experiment the friend weight moves the rule-on side
        only: the other keeps the rule off)."""
        if any(self.done) or any(sim.week_in_progress for sim in self.sims):
            self.step()  # settle the week under way under the old rules
        self.settings = replace(self.settings, **changes)
        for index, sim in enumerate(self.sims):
            if self.experiment and index == 0:
                sim.configure(**{**changes, "friend_weight": sim.settings.friend_weight})
            else:
                sim.configure(**changes)  # finishes a week under way first
        self.history = [history[:-1] + [sim.measures()]
                        for history, sim in zip(self.history, self.sims, strict=True)]

    def step(self) -> None:
        """Complete the week under way (or a whole new one) at once."""
        self._work(lambda: True)

    def update(self, dt_seconds: float, work_budget_s: float = WORK_BUDGET_S) -> None:
        """Owe the clock's share of weeks and work on them for at most `work_budget_s`."""
        if not self.running:
            self.running_since, self.finished_at = None, []
            return
        now = self.clock()
        if self.running_since is None:
            self.running_since = now
        self.due = min(self.due + dt_seconds * self.speed, MAX_WEEKS_DUE)
        deadline = now + work_budget_s
        while self.due >= 1 and self._work(lambda: self.clock() < deadline):
            self.due -= 1
            self.finished_at.append(self.clock())
        self.finished_at = [t for t in self.finished_at if now - t <= RATE_WINDOW_S]

    def weeks_made_per_second(self) -> float | None:
        """Weeks actually made a second over the last RATE_WINDOW_S while running (None
        until it has run that long): a large society may make fewer than are asked."""
        if self.running_since is None or self.clock() - self.running_since < RATE_WINDOW_S:
            return None
        return len(self.finished_at) / RATE_WINDOW_S

    def _work(self, more: Callable[[], bool]) -> bool:
        """Advance each unfinished society while `more()`; True once all finished the week."""
        for index, sim in enumerate(self.sims):
            if not self.done[index]:
                self.done[index] = sim.advance(more)
                if not self.done[index]:
                    return False
        for sim, history, recent in zip(self.sims, self.history, self.recent, strict=True):
            history.append(sim.measures())
            del history[:-HISTORY_TICKS]
            recent.append(sim.scores)  # each week makes a new list: keeping it is free
            del recent[:-RECENT_WEEKS]
        self.done = [False] * len(self.sims)
        return True

    def recent_scores(self, citizen: int, side: int = 0) -> list[int]:
        """The citizen's scores over the last weeks, oldest first."""
        return [scores[citizen] for scores in self.recent[side]]
