"""Soak: thousands of whole seasons in one process, to see that memory stays flat.

Plays `--seasons` seasons (the five strategies in turn, every scenario in turn, a fresh seed
each) and checks the engine's invariants after each (the ledger adds up to the score, the
score within 350-950, money and hours never negative, a result code that reads back). Every
`--every` seasons it prints the process's resident memory; the last line says how much it
grew after the first sample.

    python tools/soak.py --seasons 10000   # the README figure
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.bots.season import play_season  # noqa: E402
from game.bots.strategies import STRATEGIES  # noqa: E402
from game.engine import SCORE_MAX, SCORE_MIN, load_content  # noqa: E402
from game.engine.codes import read_result_code  # noqa: E402
from game.services.presets import available_scenarios  # noqa: E402

KIB_PER_MIB = 1024
DESIGNER = "designer"  # played with its sliders as they start, like any other scenario


def resident_mib() -> float:
    """This process's resident memory now (Linux: /proc; elsewhere the peak so far)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / KIB_PER_MIB
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KIB_PER_MIB


def check(game) -> None:
    """The invariants every finished season keeps."""
    state = game.state
    assert state.ledger.score == state.score and SCORE_MIN <= state.score <= SCORE_MAX
    assert state.money >= 0 and state.hours >= 0 and game.finished
    assert read_result_code(game.result_code()).score == state.score


def soak(seasons: int, every: int) -> list[dict]:
    contents = {scenario: load_content(scenario_id=scenario)
                for scenario in available_scenarios()}
    scenarios, strategies = sorted(contents), sorted(STRATEGIES)
    samples, started = [], time.monotonic()
    for index in range(seasons):
        scenario = scenarios[index % len(scenarios)]
        strategy = strategies[(index // len(scenarios)) % len(strategies)]
        check(play_season(strategy, index, scenario, content=contents[scenario]))
        if (index + 1) % every == 0:
            gc.collect()
            samples.append({"seasons": index + 1, "resident_mib": round(resident_mib(), 1),
                            "seconds": round(time.monotonic() - started, 1)})
            print(json.dumps(samples[-1]), flush=True)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seasons", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    args = parser.parse_args(argv)
    samples = soak(args.seasons, args.every)
    if samples:
        first, peak = samples[0]["resident_mib"], max(s["resident_mib"] for s in samples)
        print(json.dumps({"seasons": args.seasons, "first_sample_mib": first,
                          "peak_mib": peak, "growth_after_first_mib": round(peak - first, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
