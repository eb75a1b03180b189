"""Run every benchmark: `python -m benchmarks`. Prints one JSON object per line; exits 0
when every figure holds (within its ceiling, or at or above its floor), else 1."""

from __future__ import annotations

import sys

from benchmarks import (
    draw_play,
    draw_society,
    engine_week,
    gather_codes,
    society,
    society_browser,
    startup,
)
from benchmarks.timing import baseline_ms, report


def main() -> int:
    baseline = baseline_ms()
    report("baseline_sum_200k", baseline, "ms", None, baseline)
    rows = [module.run(baseline) for module in (engine_week, draw_play, startup, society,
                                                draw_society, society_browser, gather_codes)]
    return 0 if all(row["within_budget"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
