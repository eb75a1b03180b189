"""`python -m game.bots --strategy NAME --seed N [--scenario ID]`: play a season, print JSON.

Runs without a window and without pygame installed.
"""

from __future__ import annotations

import argparse
import json
import sys

from game.bots.season import play_season, summary
from game.bots.strategies import STRATEGIES
from game.engine import ContentError


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, play the season and print its summary as one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m game.bots", description=__doc__)
    parser.add_argument("--strategy", required=True, choices=sorted(STRATEGIES))
    parser.add_argument("--seed", required=True, type=int)
    parser.add_argument("--scenario", default="default")
    args = parser.parse_args(argv)
    try:
        game = play_season(args.strategy, args.seed, args.scenario)
    except ContentError as exc:
        print(f"content error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary(game, args.strategy), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
