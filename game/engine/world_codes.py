"""World codes read against this copy of the game: which scenario file a code's number
names, whether the code was made with the same rules (its content version) and whether its
lesson length fits the scenario."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from game.engine.codes import CodeError, check_content, read_seed_code
from game.engine.content import DEFAULT_DATA_DIR, load_content
from game.engine.lesson import lesson_fits


@dataclass(frozen=True)
class World:
    """What a world code names, in this copy of the game."""

    scenario: str  # the scenario file's id
    seed: int
    design: tuple[int, ...] | None  # the Designer's slider positions, if designed
    lesson: int = 0  # the lesson length in weeks; 0 = the scenario's own length
    card: bool = False  # whether the before-and-after card is asked


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
    content = load_content(data_dir, scenario)
    check_content(code.content, content)
    if not lesson_fits(code.lesson, content):
        raise CodeError(f"asks for a season of {code.lesson} weeks, which does not fit",
                        "lesson", weeks=code.lesson)
    return World(scenario, code.seed, code.design, code.lesson, code.card)
