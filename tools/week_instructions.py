"""Count the CPU instructions of one society week, for comparing versions on a noisy machine.

    python tools/week_instructions.py [--population 5000] [--weeks 10]

Runs the society twice under valgrind's cachegrind (Debian: `apt install valgrind`), with
10 weeks of warm-up and then with `--weeks` more, and prints one JSON line: the instructions
of one week, the difference divided by the weeks. Unlike a clock, the count is the same from
run to run (to a fraction of a percent), so a change of a few percent can be seen; it does
not count cache misses, which the clock does, so use both. Needs no display; slow (about a
minute at 5,000).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM_UP_WEEKS = 10
SEED = 1
RUN_WEEKS = """
import sys
sys.path.insert(0, {root!r})
from game.engine import load_content
from game.engine.society import SimSettings, SocietySim
sim = SocietySim(load_content(), SimSettings(seed={seed}, population={population}))
for _ in range({weeks}):
    sim.tick()
"""


def instructions(population: int, weeks: int) -> int:
    """Instructions cachegrind counts for building a society and running `weeks` weeks."""
    script = RUN_WEEKS.format(root=str(ROOT), seed=SEED, population=population, weeks=weeks)
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                           "--cachegrind-out-file=/dev/null", sys.executable, "-c", script],
                          capture_output=True, text=True, check=True)
    return counted(done.stderr)


def counted(report: str) -> int:
    """The instruction count ("I refs") in cachegrind's closing report."""
    found = re.search(r"I\s+refs:\s+([\d,]+)", report)
    if not found:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{report}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=5_000)
    parser.add_argument("--weeks", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 1
    before = instructions(args.population, WARM_UP_WEEKS)
    after = instructions(args.population, WARM_UP_WEEKS + args.weeks)
    print(json.dumps({"name": f"society_week_{args.population}_instructions",
                      "value": round((after - before) / args.weeks), "unit": "instructions",
                      "weeks": args.weeks, "after_warm_up_weeks": WARM_UP_WEEKS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
