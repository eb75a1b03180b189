"""Resolving a week for a 200-citizen society (budget: 5 ms)."""

from __future__ import annotations

import statistics

from benchmarks.timing import percentile, report, time_calls
from game.engine import Choose, EndWeek, Game, load_content

BUDGET_MS = 5.0
SEEDS = range(10)


def run(baseline: float) -> dict:
    content = load_content()
    samples: list[float] = []
    for seed in SEEDS:
        game = Game(seed, "default", content)
        while not game.finished:
            while game.state.events:
                event = content.events[game.state.events[0].event_id]
                legal = next(c.id for c in event.choices if game.check(Choose(c.id)) is None)
                game.act(Choose(legal))
            samples += time_calls(lambda g=game: g.act(EndWeek()), 1)
    median = statistics.median(samples)
    return report("week_resolution_200_citizens", median, "ms", BUDGET_MS, baseline,
                  p95_ms=round(percentile(samples, 0.95), 3), weeks=len(samples),
                  citizens=content.scenario.society.size)
