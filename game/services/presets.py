"""Presets from the page address (`#seed=42&scenario=default&lang=en`, or the same after
`?`) or the command line (`--seed 42 --scenario default --lang en`): which world to start,
checked and explained.

Unknown or malformed values are never fatal: they are dropped, and each leaves a notice
(a string key and its values) for the title screen to show. A value is shown as text only
after characters that cannot be printed are taken out and it is cut to a short length, and
only the first few names in an address are read.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl

from game.engine import (
    DEFAULT_DATA_DIR,
    DEFAULT_LANGUAGE,
    CodeError,
    ContentError,
    read_world,
)

SEED_MAX = 2**31 - 1  # the largest seed a preset may name
KNOWN_KEYS = ("seed", "scenario", "lang")
MAX_PAIRS = 8  # names read from one address or command line; the rest are ignored
MAX_VALUE_CHARS = 40  # a value longer than this is cut (a world code is 14 characters)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Notice:
    """Something about the presets the player should know: a string key and its values."""

    key: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Presets:
    """The world a link or command line asks for (None/defaults where it asks nothing)."""

    seed: int | None = None
    scenario: str = "default"
    language: str = DEFAULT_LANGUAGE
    notices: tuple[Notice, ...] = ()
    language_chosen: bool = False  # True if `lang` named a language (it beats the saved one)
    design: tuple[int, ...] | None = None  # Designer sliders carried by a designed world code
    lesson: int = 0  # the lesson length a world code carries (0: the whole season)
    card: bool = False  # whether the world code asks the before-and-after card


def available_scenarios(data_dir: Path = DEFAULT_DATA_DIR) -> list[str]:
    """Scenario ids, one per file in assets/data/scenarios."""
    return sorted(path.stem for path in (data_dir / "scenarios").glob("*.toml"))


def available_languages(data_dir: Path = DEFAULT_DATA_DIR) -> list[str]:
    """Language codes, one per folder in assets/data/strings."""
    return sorted(path.name for path in (data_dir / "strings").iterdir() if path.is_dir())


def parse_pairs(pairs: list[tuple[str, str]], data_dir: Path = DEFAULT_DATA_DIR) -> Presets:
    """Check name/value pairs; keep the good ones, explain the rest."""
    seed, scenario, language, language_chosen = None, "default", DEFAULT_LANGUAGE, False
    design, lesson, card = None, 0, False
    notices: list[Notice] = []
    if len(pairs) > MAX_PAIRS:
        notices.append(Notice("ui.preset.too_many", {"count": len(pairs) - MAX_PAIRS}))
    for name, value in pairs[:MAX_PAIRS]:
        name, value = shown(name), shown(value.strip())
        if name == "seed":
            world = _world(value, data_dir)
            if world is not None:
                seed, design, lesson, card = world[0], world[2], world[3], world[4]
                scenario = world[1] or scenario
                notices.append(Notice("ui.preset.seed", {"seed": value}))
            else:
                notices.append(Notice("ui.preset.bad_seed", {"value": value}))
        elif name == "scenario":
            if value in available_scenarios(data_dir):
                scenario = value
            else:
                notices.append(Notice("ui.preset.bad_scenario", {
                    "value": value, "known": ", ".join(available_scenarios(data_dir))}))
        elif name == "lang":
            if value in available_languages(data_dir):
                language, language_chosen = value, True
            else:
                notices.append(Notice("ui.preset.bad_lang", {
                    "value": value, "known": ", ".join(available_languages(data_dir))}))
        else:
            notices.append(Notice("ui.preset.unknown", {"name": name}))
    return Presets(seed, scenario, language, tuple(notices), language_chosen, design, lesson,
                   card)


def shown(text: str) -> str:
    """`text` without characters that cannot be printed, cut to MAX_VALUE_CHARS."""
    text = "".join(character for character in text if character.isprintable())
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS - 1] + ELLIPSIS


def _world(value: str, data_dir: Path) -> tuple[int, str | None, tuple | None, int, bool] | None:
    """(seed, scenario or None, Designer sliders or None, lesson length, card) from a plain
    number or a world code; None if it is neither."""
    if value.isascii() and value.isdigit():  # "²".isdigit() is True, int("²") fails
        return (int(value), None, None, 0, False) if int(value) <= SEED_MAX else None
    try:
        world = read_world(value, data_dir)
    except (CodeError, ContentError):
        return None
    return world.seed, world.scenario, world.design, world.lesson, world.card


def from_query(query: str, data_dir: Path = DEFAULT_DATA_DIR) -> Presets:
    """Presets from a page address's query string (with or without the leading '?')."""
    return from_address(query, "", data_dir)


def from_address(query: str, fragment: str, data_dir: Path = DEFAULT_DATA_DIR) -> Presets:
    """Presets from a page address's query (`?seed=7`) and fragment (`#seed=7`); both are
    read, the fragment last, so where both name a preset the fragment's wins."""
    pairs = [*address_pairs(query.removeprefix("?")), *address_pairs(fragment.removeprefix("#"))]
    return parse_pairs(pairs, data_dir)


def address_pairs(text: str) -> list[tuple[str, str]]:
    """The `name=value` pairs of an address's query or fragment, percent-decoded."""
    return parse_qsl(text, keep_blank_values=True, errors="replace")


def from_arguments(arguments: list[str], data_dir: Path = DEFAULT_DATA_DIR) -> Presets:
    """Presets from command-line words: `--seed 42`, `--scenario=default`, `--lang en`."""
    pairs: list[tuple[str, str]] = []
    index = 0
    while index < len(arguments):
        word = arguments[index]
        if word.startswith("--"):
            name, has_value, value = word[2:].partition("=")
            if not has_value:
                following = arguments[index + 1] if index + 1 < len(arguments) else ""
                value = "" if following.startswith("--") else following
                index += 0 if following.startswith("--") else 1
            pairs.append((name, value))
        else:
            pairs.append((word, ""))
        index += 1
    return parse_pairs(pairs, data_dir)


def for_this_platform(data_dir: Path = DEFAULT_DATA_DIR) -> Presets:
    """The page address's presets in the browser; the command line's on the desktop."""
    from game.services import web

    if web.RUNNING_IN_BROWSER:
        return from_address(*web.page_address(), data_dir)
    return from_arguments(sys.argv[1:], data_dir)
