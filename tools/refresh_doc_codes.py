"""The world and result codes printed in the README and docs/: find them, say which no longer
work, and bring the world codes up to today's rules.

    python tools/refresh_doc_codes.py [--check]

A world code carries its rules' content version, so every change to the rules makes the
printed codes stale (`tests/test_docs_codes.py` fails). Each stale world code is rewritten to
the same scenario, seed and Designer sliders under today's rules. Result codes sum up a
season's play, so they cannot be remade from the code: the tool lists the stale ones, to be
replaced with the figures of a new run (the text around each says which run). A code the
text shows being refused (in a "skipped '...'" line) is wrong on purpose and left alone.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.engine.codes import (  # noqa: E402
    CodeError,
    check_content,
    content_version,
    read_result_code,
    read_seed_code,
    seed_code,
)
from game.engine.content import load_content  # noqa: E402
from game.engine.design import Design  # noqa: E402
from game.engine.world_codes import read_world, scenarios_by_code  # noqa: E402

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CODE = re.compile(r"(?<![0-9A-Z-])[0-9A-Z]{4}(?:-[0-9A-Z]{4}){2,}(?:-[0-9A-Z]{1,4})?(?![0-9A-Z-])")
REFUSED = re.compile(r"skipped '([0-9A-Z-]+)'")


def printed_codes() -> list[tuple[str, str]]:
    """(document, code) for every code-shaped text, less those shown being refused."""
    found = []
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        refused = set(REFUSED.findall(text))
        found += [(path.name, code) for code in dict.fromkeys(CODE.findall(text))
                  if code not in refused]
    return found


def problem(code: str) -> str | None:
    """Why a printed code does not work today, or None."""
    try:
        read_world(code)
        return None
    except CodeError as world_error:
        if world_error.key != "length":
            return f"world code: {world_error}"
    try:
        result = read_result_code(code)
    except CodeError as result_error:
        return f"neither a world nor a result code: {result_error}"
    scenario = scenarios_by_code().get(result.scenario)
    if scenario is None:
        return f"result code names scenario number {result.scenario}"
    try:
        check_content(result.content, load_content(scenario_id=scenario))
    except CodeError as stale:
        return f"result code: {stale}"
    return None


def today(code: str) -> str | None:
    """The same world as `code` under today's rules, or None if it is no world code."""
    try:
        world = read_seed_code(code)
    except CodeError:
        return None
    scenario = scenarios_by_code().get(world.scenario)
    if scenario is None:
        return None
    design = Design.from_list(list(world.design)) if world.design is not None else None
    return seed_code(world.scenario, world.seed, design,
                     content_version(load_content(scenario_id=scenario)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list stale codes, change nothing")
    args = parser.parse_args()
    stale = [(document, code, problem(code)) for document, code in printed_codes()]
    stale = [(document, code, why) for document, code, why in stale if why]
    renamed = {code: today(code) for _, code, _ in stale}
    renamed = {old: new for old, new in renamed.items() if new and new != old}
    for document, code, why in stale:
        print(f"{document}: {code} -> {renamed.get(code) or 'remake by hand: ' + why}")
    if args.check or not renamed:
        return 1 if stale else 0
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        for old, new in renamed.items():
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return 0 if len(renamed) == len(stale) else 1


if __name__ == "__main__":
    sys.exit(main())
