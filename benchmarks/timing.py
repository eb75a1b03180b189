"""Timing helpers and the output format shared by the benchmarks.

Every figure is printed next to its budget and next to a baseline measured in the same
run (a fixed pure-Python workload), so a slow machine shows up as a slow baseline rather
than as a regression.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

BASELINE_ITEMS = 200_000  # integers summed by the reference workload


def percentile(samples: list[float], share: float) -> float:
    """The value below which `share` (0..1) of the samples fall."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def time_calls(call: Callable[[], object], repeats: int) -> list[float]:
    """Milliseconds each of `repeats` calls took."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def baseline_ms(repeats: int = 15) -> float:
    """Median milliseconds of the reference workload on this machine, now."""
    numbers = list(range(BASELINE_ITEMS))
    return statistics.median(time_calls(lambda: sum(n * 2 for n in numbers), repeats))


def report(name: str, value: float, unit: str, budget: float | None, baseline: float,
           *, floor: bool = False, **extra: object) -> dict:
    """Print one result line and return it (a budget of None means "no limit"). The budget
    is a ceiling, or with `floor` the least the value may be (a speed-up)."""
    within = budget is None or (value >= budget if floor else value <= budget)
    row = {"name": name, "value": round(value, 3), "unit": unit, "budget": budget,
           **({"budget_is": "floor"} if floor else {}), "within_budget": within,
           "baseline_ms": round(baseline, 3),
           "ratio_to_baseline": round(value / baseline, 3) if baseline else None, **extra}
    print(json.dumps(row), flush=True)
    return row
