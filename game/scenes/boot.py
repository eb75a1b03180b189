"""The first scene: load and check the content; show the title, or the content error.

The language is the one the player saved in the settings, unless the page address or the
command line names one (`?lang=zh`, `--lang es`): the link wins for that session.
"""

from __future__ import annotations

from pathlib import Path

from game.app import Scene, load_settings
from game.engine import ContentError
from game.engine.content import DEFAULT_DATA_DIR
from game.game_data import GameData
from game.services.presets import Presets, available_languages, for_this_platform
from game.services.storage import Storage


def first_scene(data_dir: Path = DEFAULT_DATA_DIR, presets: Presets | None = None,
                saved_language: str | None = None) -> Scene:
    """The title screen if the content loads, else a screen naming the broken file.

    `presets` (default: the page address's or the command line's) choose the scenario,
    the language and the world that New game starts. `saved_language` is the settings'
    language (default: read from this platform's storage); a preset language beats it."""
    from game.scenes.error import ContentErrorScene
    from game.scenes.title import TitleScene

    if presets is None:
        presets = for_this_platform(data_dir)
    language = start_language(presets, saved_language, data_dir)
    try:
        data = GameData.load(data_dir, presets.scenario, language, presets)
    except ContentError as error:
        return ContentErrorScene(str(error))
    return TitleScene(data)


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
