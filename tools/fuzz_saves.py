"""Save fuzzing: change one field of a real saved season and try to play on.

Each mutation takes a season saved mid-way (its JSON, as the game writes it), replaces one
value anywhere in it (every path of the document can be chosen) by a value of another type
or a boundary value, and loads it. A mutation passes when loading refuses it with
`SaveError`, or when it loads and the season then plays to its end, through the debrief and
its codes, without any other exception. Anything else is a crash a player would meet on
Continue.

    python tools/fuzz_saves.py --mutations 10000 --seed 1   # the long run (README figure)

`tests/engine/test_fuzz_saves.py` runs a short, seeded form in CI.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.bots.season import play_weeks  # noqa: E402
from game.bots.strategies import legal_choices  # noqa: E402
from game.engine import (  # noqa: E402
    Buy,
    Choose,
    Content,
    EndWeek,
    Game,
    Help,
    Publish,
    SaveError,
    build_debrief,
    load_content,
)

MAX_WEEKS_AFTER = 20  # a loaded season is played at most this many more weeks
STRATEGIES = ("random", "conformist", "authentic")
BOUNDARY_VALUES = (None, True, False, 0, -1, 1, 2**31, -(2**31), 10**6, 10**30, 0.5, -0.0,
                   1e300, "", "x", "diapers", [], [0], [[]], {}, {"a": 1}, "é" * 50)


def saved_seasons(content: Content, count: int, rng: random.Random) -> list[str]:
    """Seasons saved part-way, as the game writes them, from bots' play."""
    texts = []
    for index in range(count):
        strategy = STRATEGIES[index % len(STRATEGIES)]
        weeks = rng.randint(1, content.scenario.weeks - 1)
        texts.append(play_weeks(strategy, rng.randrange(1000), weeks, content=content).to_json())
    return texts


def paths(value, prefix=()) -> list[tuple]:
    """Every path to a value in a JSON document (the document itself excluded)."""
    found = []
    if isinstance(value, dict):
        for key, child in value.items():
            found.append((*prefix, key))
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.append((*prefix, index))
            found += paths(child, (*prefix, index))
    return found


def chosen_path(document: dict, rng: random.Random) -> tuple:
    """A path to mutate: first a field of the state (or the log) with equal chances, then
    any place inside it, so the society's thousands of values do not drown the rest."""
    fields = [("log",)] + [("state", key) for key in document["state"]]
    field = rng.choice(fields)
    holder = document
    for step in field:
        holder = holder[step]
    inside = [field] + [(*field, *rest) for rest in paths(holder)]
    return rng.choice(inside)


def replaced(document, path: tuple, new):
    """A copy of `document` with the value at `path` replaced by `new`."""
    copy = json.loads(json.dumps(document))
    holder = copy
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = new
    return copy


def mutation_value(old, rng: random.Random):
    """A value to put where `old` was: a boundary value, another type, or a near number."""
    if isinstance(old, bool) or not isinstance(old, int | float) or rng.random() < 0.6:
        return rng.choice(BOUNDARY_VALUES)
    return old + rng.choice((-1000, -100, -1, 1, 100, 1000, old * 100))


def play_on(game: Game) -> None:
    """Play a loaded season to its end as a player would, then read its debrief and codes."""
    for _ in range(MAX_WEEKS_AFTER):
        if game.finished:
            break
        for _ in range(len(game.content.events) + 1):
            if not game.state.events:
                break
            choices = legal_choices(game)
            if not choices:
                break
            game.act(Choose(choices[0]))
        for item in list(game.content.items)[:3]:
            game.act(Buy(item))
        for post in list(game.content.posts)[:2]:
            game.act(Publish(post))
        for friend in list(game.state.friends)[:2]:
            game.act(Help(friend))
        game.act(EndWeek())
    game.seed_code()
    game.result_code()
    build_debrief(game.state, game.content)


def try_mutation(text: str, content: Content, rng: random.Random) -> tuple[str, str]:
    """("refused" | "played" | "crashed", detail) for one random mutation of a save."""
    document = json.loads(text)
    path = chosen_path(document, rng)
    holder = document
    for step in path:
        holder = holder[step]
    new = mutation_value(holder, rng)
    mutated = json.dumps(replaced(document, path, new))
    where = "/".join(map(str, path[:4])) + ("/..." if len(path) > 4 else "")
    try:
        game = Game.from_json(mutated, content)
    except SaveError:
        return "refused", where
    except Exception:  # noqa: BLE001 - any other exception is what the fuzzer looks for
        return "crashed", f"loading, {where} = {new!r}:\n{traceback.format_exc(limit=4)}"
    try:
        play_on(game)
    except Exception:  # noqa: BLE001
        return "crashed", f"playing, {where} = {new!r}:\n{traceback.format_exc(limit=4)}"
    return "played", where


def fuzz(mutations: int, seed: int, seasons: int = 12) -> tuple[Counter, list[str]]:
    """Run `mutations` mutations; counts by outcome and the crashes' details."""
    rng = random.Random(seed)
    content = load_content()
    texts = saved_seasons(content, seasons, rng)
    counts, crashes = Counter(), []
    for _ in range(mutations):
        outcome, detail = try_mutation(rng.choice(texts), content, rng)
        counts[outcome] += 1
        if outcome == "crashed":
            crashes.append(detail)
    return counts, crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mutations", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts, crashes = fuzz(args.mutations, args.seed)
    seconds = time.monotonic() - started
    print(json.dumps({"mutations": args.mutations, "seed": args.seed, **counts,
                      "seconds": round(seconds, 1)}))
    for detail in crashes[:10]:
        print(detail)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
