"""The first scene: load and check the content; show the title, or the content error."""

from __future__ import annotations

from pathlib import Path

from game.app import Scene
from game.engine import ContentError
from game.engine.content import DEFAULT_DATA_DIR
from game.game_data import GameData
from game.presets import Presets, for_this_platform


def first_scene(data_dir: Path = DEFAULT_DATA_DIR, presets: Presets | None = None) -> Scene:
    """The title screen if the content loads, else a screen naming the broken file.

    `presets` (default: the page address's or the command line's) choose the scenario,
    the language and the world that New game starts."""
    from game.scenes.error import ContentErrorScene
    from game.scenes.title import TitleScene

    if presets is None:
        presets = for_this_platform(data_dir)
    try:
        data = GameData.load(data_dir, presets.scenario, presets.language, presets)
    except ContentError as error:
        return ContentErrorScene(str(error))
    return TitleScene(data)
