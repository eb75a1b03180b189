"""docs/changing.md's recipe "A new scene", carried out: a scene module, one row in the
scene table, and its title label in each language. Nothing else changes, and the title
shows the door, opens the scene, and the scene goes back by id."""

from __future__ import annotations

import shutil

import pygame

from game.engine import DEFAULT_DATA_DIR
from game.launch import first_scene
from game.scenes.common import MenuEntry, MenuScene
from game.scenes.registry import SCENES
from game.services.presets import Presets, available_languages
from game.shell import App, SceneRow, TitleDoor, Transition, reset
from tests.ui_helpers import headless_context

from .helpers import press, scene_name

LABEL = {"en": "About this game", "zh": "关于", "es": "Acerca del juego",
         "fr": "À propos du jeu"}


class AboutScene(MenuScene):
    """The recipe's new scene: a card with one way back."""

    is_overlay = True

    def title(self) -> str:
        return self.data.t("ui.title.about")

    def entries(self) -> list[MenuEntry]:
        return [MenuEntry("back", self.data.t("ui.common.back"), hotkey="b")]

    def activate(self, entry_id: str) -> Transition | None:
        return reset("title", self.data)


def test_a_new_scene_is_a_module_a_row_and_its_label(tmp_path, display):
    data_dir = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data_dir)
    for language in available_languages(data_dir):  # the label, in each language
        strings = data_dir / "strings" / language / "ui.toml"
        line = f'about = "{LABEL[language]}"\n'
        text = strings.read_text(encoding="utf-8").replace("[ui.title]\n", "[ui.title]\n" + line, 1)
        strings.write_text(text, encoding="utf-8")
    scenes = {**SCENES, "about": SceneRow(AboutScene, TitleDoor("ui.title.about", "a"))}

    context = headless_context(tmp_path / "user")
    context.fonts.overflow_log = []
    app = App(lambda: first_scene(data_dir, Presets(), "en"), context=context, screen=display,
              scenes=scenes)
    app.step([])
    door = app.top.focus.get("about")
    assert door.label == LABEL["en"] and door.enabled
    press(app, pygame.K_a, "a")
    assert scene_name(app) == "AboutScene" and app.top.title() == LABEL["en"]
    press(app, pygame.K_b, "b")
    assert scene_name(app) == "TitleScene"
    assert app.context.fonts.overflow_log == []
