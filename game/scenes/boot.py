"""The first scene: load and check the content; show the title, or the content error."""

from __future__ import annotations

from pathlib import Path

from game.app import Scene
from game.engine import ContentError
from game.engine.content import DEFAULT_DATA_DIR
from game.game_data import GameData


def first_scene(data_dir: Path = DEFAULT_DATA_DIR) -> Scene:
    """The title screen if the content loads, else a screen naming the broken file."""
    from game.scenes.error import ContentErrorScene
    from game.scenes.title import TitleScene

    try:
        data = GameData.load(data_dir)
    except ContentError as error:
        return ContentErrorScene(str(error))
    return TitleScene(data)
