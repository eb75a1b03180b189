"""The long strategy search: `python tools/strategy_search.py [--seeds 1-10] [--sample 400]`.

Plays a seeded sample of simple policies (`game/bots/policies.py`: what to buy, post, which
friends to keep, whether to report, help or mute, how to answer events) over the seeds, then
climbs from the best of the sample towards each goal one switch at a time, and prints the best
policy found for each goal with its figures, every season that escaped the tradeoff (every
perk, every friend, wellbeing at least 70, speaking in the open nearly every week; there
should be none), and what dropping, reporting and silence paid and cost. The fast, seeded
form of the same search runs in the tests (`tests/engine/test_strategy_search.py`).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.bots.search import (  # noqa: E402
    GOALS,
    PRESSURES,
    climb,
    escapes,
    evaluate,
    pairs,
    sample,
    seed_range,
    without_penalties,
)
from game.engine import load_content  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-10", type=seed_range)
    parser.add_argument("--sample", default=400, type=int, help="policies drawn at random")
    parser.add_argument("--climb", default=6, type=int, help="moves of each climb")
    parser.add_argument("--starts", default=3, type=int, help="climbs per goal")
    parser.add_argument("--scenario", default="default")
    parser.add_argument("--draw", default=1, type=int, help="seed of the policy sample")
    args = parser.parse_args(argv)
    content = load_content(scenario_id=args.scenario)
    started = time.perf_counter()
    results = evaluate(sample(args.sample, args.draw), args.seeds, content)
    seen = {result.policy: result for result in results}
    print(f"{args.scenario}: {len(results)} policies x {len(args.seeds)} seeds "
          f"({args.seeds[0]}-{args.seeds[-1]}), then climbs")
    for goal, key in GOALS.items():
        for start in sorted(results, key=key, reverse=True)[:args.starts]:
            climb(start, goal, args.seeds, content, seen, args.climb)
    for goal, key in GOALS.items():
        best = max(seen.values(), key=key)
        print(f"best for {goal}: {best.policy.name()}")
        print(f"    {best.figures()}")
    escaped = escapes(seen.values())
    print(f"policies played: {len(seen)}; seasons that escaped the tradeoff: {len(escaped)}")
    for policy, index in escaped[:20]:
        print(f"    {policy.name()} (seed {args.seeds[index]})")
    policies = list(seen)[:args.sample]
    for pressure in PRESSURES:
        found = pairs(policies, pressure, args.seeds[:5], content)
        gains = {field: statistics.mean(pair.gain(field) for pair in found)
                 for field in ("score", "perk_value", "money", "wellbeing", "friends_kept")}
        print(f"{pressure}, mean over {len(found)} pairs: "
              + ", ".join(f"{field} {gain:+.1f}" for field, gain in gains.items()))
    penalised = [r for r in results if r.mean("penalty_weeks") >= 3]
    if penalised:
        free = {r.policy: r for r in evaluate([r.policy for r in penalised], args.seeds,
                                              without_penalties(content))}
        lost = [(free[r.policy].mean("wellbeing") - r.mean("wellbeing"),
                 free[r.policy].mean("money") - r.mean("money")) for r in penalised]
        print(f"penalties, {len(penalised)} policies with 3+ penalty-weeks: they cost "
              f"wellbeing {statistics.mean(w for w, _ in lost):.1f} and "
              f"money {statistics.mean(m for _, m in lost):.0f} on average")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
