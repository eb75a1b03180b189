"""Fuzzing the small inputs from outside: stored settings, page addresses and command lines,
world and result codes.

Each generator makes seeded random inputs from pieces the game meets (names it knows, codes
it made, percent escapes, control characters, other scripts, huge numbers and lengths);
each reader must answer without raising: settings fall back field by field, presets become
notices, codes are read or refused with a `CodeError`.

    python tools/fuzz_inputs.py --cases 100000 --seed 1   # the long run (README figure)

`tests/test_fuzz_inputs.py` runs a short, seeded form in CI.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

if __name__ == "__main__":  # run as a script: the repository is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.engine import (  # noqa: E402
    CodeError,
    ContentError,
    Game,
    normalise,
    read_seed_code,
    read_world,
    summarise,
)
from game.engine.codes import ALPHABET, read_result_code  # noqa: E402
from game.services.presets import from_address, from_arguments  # noqa: E402
from game.shell import Settings  # noqa: E402

PIECES = ("seed", "scenario", "lang", "=", "&", "#", "?", "%", "%00", "%E0%A4", "%zz", "-",
          "--", "-i", "py", "main.py", "http://x/y.py", "²", "①", "٣", "\x00", "\u202e",
          "é", "漢", "🙂", "9" * 50, "0", "-1", "2147483648", " ", "\t", "\n", "en", "zh",
          "default", "here_at_home", "designer")
SETTING_VALUES = (None, True, False, 0, 1, -1, 1.5, "", "normal", "large", "en", "zh", "xx",
                  [], [1], {}, {"a": 1}, "x" * 10_000, 10**30)
SETTING_KEYS = ("text_scale", "high_contrast", "muted", "reduced_motion", "language",
                "presenter", "unknown")


def random_text(rng: random.Random, max_pieces: int = 12) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, max_pieces)))


def random_settings(rng: random.Random) -> dict:
    return {rng.choice(SETTING_KEYS): rng.choice(SETTING_VALUES)
            for _ in range(rng.randint(0, len(SETTING_KEYS)))}


def random_code(rng: random.Random, valid: list[str]) -> str:
    """A code as a hand might type it: a real one changed a little, or characters at large."""
    if valid and rng.random() < 0.7:
        code = list(rng.choice(valid))
        for _ in range(rng.randint(0, 3)):
            where = rng.randrange(len(code))
            code[where] = rng.choice(ALPHABET + "ILOU-  abcxyz!é")
        if rng.random() < 0.3 and len(code) > 1:
            where = rng.randrange(len(code) - 1)
            code[where], code[where + 1] = code[where + 1], code[where]
        return "".join(code)
    return "".join(rng.choice(ALPHABET + "-ILOU ") for _ in range(rng.randint(0, 30)))


def case_settings(rng: random.Random, _valid: list[str]) -> None:
    settings, problems = Settings.from_json(random_settings(rng), ["en", "zh", "es", "fr"])
    settings.theme()
    assert all(isinstance(problem, str) and len(problem) < 200 for problem in problems)


def case_address(rng: random.Random, _valid: list[str]) -> None:
    presets = from_address(random_text(rng), random_text(rng))
    assert all(len(str(value)) <= 80 for notice in presets.notices
               for value in notice.params.values())


def case_command_line(rng: random.Random, _valid: list[str]) -> None:
    from_arguments([random_text(rng, 3) for _ in range(rng.randint(0, 6))])


def case_world_code(rng: random.Random, valid: list[str]) -> None:
    text = random_code(rng, valid)
    try:
        read_seed_code(text)
        read_world(text)
    except (CodeError, ContentError):
        pass


def case_result_codes(rng: random.Random, valid: list[str]) -> None:
    texts = [random_code(rng, valid) for _ in range(rng.randint(1, 4))]
    for text in texts:
        try:
            read_result_code(text)
        except CodeError:
            pass
    summary = summarise(texts)
    assert len(summary.entries) == len([t for t in texts if t.strip()])
    assert len({normalise(code.text) for code in summary.read}) == len(summary.read)


CASES: dict[str, Callable[[random.Random, list[str]], None]] = {
    "settings": case_settings, "address": case_address, "command_line": case_command_line,
    "world_code": case_world_code, "result_codes": case_result_codes,
}


def real_codes() -> tuple[list[str], list[str]]:
    """World codes and result codes the game makes, to change a little."""
    from game.bots.season import play_season

    worlds = [Game(seed, scenario).seed_code() for seed in (1, 42, 2**31 - 1)
              for scenario in ("default", "here_at_home")]
    results = [play_season(strategy, 3).result_code() for strategy in ("random", "loyal")]
    return worlds, results


def fuzz(cases: int, seed: int) -> tuple[dict[str, int], list[str]]:
    """Run `cases` cases, spread over the readers; counts by reader and the crashes."""
    rng = random.Random(seed)
    worlds, results = real_codes()
    valid = {"world_code": worlds, "result_codes": results}
    counts, crashes = dict.fromkeys(CASES, 0), []
    names = list(CASES)
    for index in range(cases):
        name = names[index % len(names)]
        counts[name] += 1
        try:
            CASES[name](rng, valid.get(name, []))
        except Exception:  # noqa: BLE001 - any exception is what the fuzzer looks for
            crashes.append(f"{name}: {traceback.format_exc(limit=3)}")
    return counts, crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts, crashes = fuzz(args.cases, args.seed)
    print(json.dumps({"cases": args.cases, "seed": args.seed, "by_reader": counts,
                      "crashes": len(crashes), "seconds": round(time.monotonic() - started, 1)}))
    for detail in crashes[:10]:
        print(detail)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
