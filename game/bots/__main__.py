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

SEED_MAX = 2**31 - 1  # world codes carry 31 bits of seed


def seed_number(text: str) -> int:
    """A seed a world code can carry (argparse reports anything else)."""
    value = int(text)
    if not 0 <= value <= SEED_MAX:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and {SEED_MAX}")
    return value


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, play the season and print its summary as one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m game.bots", description=__doc__)
    parser.add_argument("--strategy", required=True, choices=sorted(STRATEGIES))
    parser.add_argument("--seed", required=True, type=seed_number,
                        help=f"a whole number from 0 to {SEED_MAX}")
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
