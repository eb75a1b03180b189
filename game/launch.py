"""Starting the game: the first scene, the scene table, and the command line.

The one place where the shell meets the scenes: `play` is main.py's coroutine (pygbag's
entry and the desktop's), `main` the `credit-to-society` command. The first scene loads
and checks the content and shows the title, or a screen naming the broken file. The
language is the one the player saved in the settings, unless the page address or the
command line names one (`#lang=zh`, `--lang es`): the link wins for that session.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from game.engine import DEFAULT_DATA_DIR, ContentError
from game.game_data import GameData
from game.scenes.registry import SCENES
from game.services.presets import (
    Presets,
    available_languages,
    available_scenarios,
    for_this_platform,
)
from game.services.storage import Storage
from game.shell import Scene, load_settings, start

USAGE = """usage: credit-to-society [--seed N] [--scenario ID] [--lang CODE]

Opens the game. --seed starts New game in that world: a whole number, or a world code (the
same seed gives the same world on any machine); --scenario and --lang pick a scenario file
and a language. Values the game does not know are ignored, with a notice on the title
screen.

Scenarios: {scenarios}
Languages: {languages}"""


def usage() -> str:
    """The command line's help, with the scenarios and languages this copy has."""
    return USAGE.format(scenarios=", ".join(available_scenarios()),
                        languages=", ".join(available_languages()))


def first_scene(data_dir: Path = DEFAULT_DATA_DIR, presets: Presets | None = None,
                saved_language: str | None = None) -> Scene:
    """The title screen if the content loads, else a screen naming the broken file.

    `presets` (default: the page address's or the command line's) choose the scenario,
    the language and the world that New game starts. `saved_language` is the settings'
    language (default: read from this platform's storage); a preset language beats it."""
    if presets is None:
        presets = for_this_platform(data_dir)
    language = start_language(presets, saved_language, data_dir)
    try:
        data = GameData.load(data_dir, presets.scenario, language, presets)
    except ContentError as error:
        return SCENES["error"].make(str(error))
    return SCENES["title"].make(data)


def start_language(presets: Presets, saved_language: str | None = None,
                   data_dir: Path = DEFAULT_DATA_DIR) -> str:
    """The language to start in: the preset's if one was named, else the saved one (if the
    game still has it), else the presets' default."""
    if presets.language_chosen:
        return presets.language
    if saved_language is None:
        saved_language = load_settings(Storage.for_this_platform())[0].language
    if saved_language in available_languages(data_dir):
        return saved_language
    return presets.language


async def play() -> None:
    """Run the game from its first scene until the player quits."""
    await start(first_scene, SCENES)


def main() -> None:
    """Console entry point: open the window and run until the player quits."""
    if any(word in ("-h", "--help") for word in sys.argv[1:]):
        print(usage())
        return
    asyncio.run(play())
