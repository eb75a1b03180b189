"""docs/changing.md's recipe "A new language", carried out: a folder of strings (here a
copy of the English one, with its number style changed), nothing else. The title offers
it in Settings, a link can ask for it, and a season plays through to the debrief in it."""

from __future__ import annotations

import shutil

from game.engine import DEFAULT_DATA_DIR
from game.game_data import GameData
from game.launch import first_scene
from game.services.presets import available_languages, from_query
from game.shell import App
from tests.ui_helpers import headless_context

from .helpers import play_to_debrief, scene_name

NEW = "xx"  # a language code no table uses


def test_a_new_language_is_a_folder_of_strings(tmp_path, display):
    data_dir = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data_dir)
    folder = data_dir / "strings" / NEW
    shutil.copytree(data_dir / "strings" / "en", folder)
    ui = folder / "ui.toml"
    text = ui.read_text(encoding="utf-8").replace('group_mark = ","', 'group_mark = "."', 1)
    ui.write_text(text, encoding="utf-8")
    assert NEW in available_languages(data_dir)
    assert GameData.load(data_dir, language=NEW).numbers.money(1040) != \
        GameData.load(data_dir, language="en").numbers.money(1040)

    context = headless_context(tmp_path / "user")
    context.fonts.overflow_log = []
    app = App(lambda: first_scene(data_dir, from_query(f"lang={NEW}", data_dir)),
              context=context, screen=display)
    app.step([])
    assert scene_name(app) == "TitleScene" and app.top.data.language == NEW
    play_to_debrief(app)
    assert app.top.game.finished and app.top.data.language == NEW
    assert app.context.fonts.overflow_log == []
