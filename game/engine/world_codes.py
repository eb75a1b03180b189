"""World codes read against this copy of the game: which scenario file a code's number
names, and whether the code was made with the same rules (its content version)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from game.engine.codes import CodeError, check_content, read_seed_code
from game.engine.content import DEFAULT_DATA_DIR, load_content


@dataclass(frozen=True)
class World:
    """What a world code names, in this copy of the game."""

    scenario: str  # the scenario file's id
    seed: int
    design: tuple[int, ...] | None  # the Designer's slider positions, if designed


def scenarios_by_code(data_dir: Path = DEFAULT_DATA_DIR) -> dict[int, str]:
    """Scenario ids by their code number, read from the scenario files."""
    found = {}
    for path in sorted((Path(data_dir) / "scenarios").glob("*.toml")):
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue
        code = document.get("code")
        if isinstance(code, int) and not isinstance(code, bool):
            found.setdefault(code, path.stem)
    return found


def read_world(text: str, data_dir: Path = DEFAULT_DATA_DIR) -> World:
    """The world a code names; CodeError if it cannot be read, names a scenario this copy
    lacks, or was made with other rules (ContentError if the scenario's files are broken)."""
    code = read_seed_code(text)
    scenario = scenarios_by_code(data_dir).get(code.scenario)
    if scenario is None:
        raise CodeError(f"names scenario number {code.scenario}, which this game lacks",
                        "scenario", number=code.scenario)
    check_content(code.content, load_content(data_dir, scenario))
    return World(scenario, code.seed, code.design)
