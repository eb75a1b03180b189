"""Languages on screen: the settings switch them by keyboard and the choice is saved; the
saved language opens the game unless `--lang` or `?lang=` names another for the session."""

from __future__ import annotations

import pygame

from game.launch import first_scene
from game.services.presets import Presets, from_arguments, from_query
from game.services.storage import FileBackend, Storage

from .helpers import make_app, press, scene_name


def switch_language(app) -> None:
    """Title -> Settings (S) -> Language (L): lands on the title in the next language."""
    press(app, pygame.K_s, "s")
    assert scene_name(app) == "SettingsScene"
    press(app, pygame.K_l, "l")
    assert scene_name(app) == "TitleScene"


def test_the_settings_cycle_through_the_languages_and_save_the_choice(tmp_path, display):
    app = make_app(tmp_path, display)
    assert app.top.data.language == "en" and app.context.fonts.language == "en"
    press(app, pygame.K_s, "s")
    assert app.top.focus.get("language").label == "Language: English"
    press(app, pygame.K_ESCAPE)
    seen = []
    for _ in range(4):
        switch_language(app)
        language = app.top.data.language
        seen.append(language)
        assert app.context.fonts.language == language  # the fonts follow the strings
        assert app.context.settings.language == language
        saved = Storage(FileBackend(tmp_path)).read_json("settings").data
        assert saved["language"] == language
        assert app.context.fonts.overflow_log == []
    assert seen == ["es", "fr", "zh", "en"]


def test_the_switch_shows_each_language_in_its_own_words(tmp_path, display):
    app = make_app(tmp_path, display)
    switch_language(app)
    press(app, pygame.K_s, "s")
    assert app.top.focus.get("language").label == "Idioma: Español"
    press(app, pygame.K_ESCAPE)
    switch_language(app)
    assert app.top.data.t("ui.common.title") == "Crédit citoyen"
    press(app, pygame.K_s, "s")
    assert app.top.focus.get("language").label == "Langue\u00a0: Français"
    press(app, pygame.K_ESCAPE)
    switch_language(app)
    assert app.top.data.t("ui.common.title") == "信用楷模"
    press(app, pygame.K_s, "s")
    assert app.top.focus.get("language").label == "语言：中文"
    assert app.top.focus.get("sound").label == "提示音：开"


def test_switching_mid_season_keeps_the_season_to_continue(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_n, "n")
    press(app, pygame.K_1, "1")  # the first scenario
    assert scene_name(app) == "EventDialog"
    press(app, pygame.K_1, "1")  # switch the score on
    seed = app.top.game.state.seed
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "PauseMenu"
    press(app, pygame.K_s, "s")
    press(app, pygame.K_l, "l")
    assert scene_name(app) == "TitleScene" and app.top.data.language == "es"
    assert app.top.focus.get("continue").enabled
    press(app, pygame.K_c, "c")
    assert scene_name(app) in ("PlayScene", "EventDialog")
    play = app.scenes[0]
    assert play.game.state.seed == seed and play.game.state.enrolled
    assert play.data.language == "es"


def test_the_saved_language_opens_the_game(tmp_path, display):
    Storage.for_this_platform().write_json("settings", {"language": "zh"})
    scene = first_scene(presets=Presets())
    assert scene.data.language == "zh"
    app = make_app(tmp_path, display, scene=scene)
    assert app.context.fonts.language == "zh"
    assert app.context.fonts.overflow_log == []


def test_a_language_named_by_the_link_or_command_line_wins(tmp_path, display):
    Storage.for_this_platform().write_json("settings", {"language": "zh"})
    assert first_scene(presets=from_arguments(["--lang", "es"])).data.language == "es"
    assert first_scene(presets=from_arguments(["--lang=en"])).data.language == "en"
    assert first_scene(presets=from_query("?lang=es&seed=4")).data.language == "es"
    unknown = first_scene(presets=from_query("?lang=tlh"))
    assert unknown.data.language == "zh"  # ignored with a notice: the saved one stays
    app = make_app(tmp_path, display, scene=unknown)
    assert any("tlh" in notice for notice in app.top.notices)


def test_presets_record_whether_a_language_was_named():
    assert from_query("?lang=zh").language_chosen
    assert from_arguments(["--lang", "es"]).language == "es"
    assert not from_query("?seed=4").language_chosen
    assert not from_query("?lang=xx").language_chosen
    assert first_scene(presets=Presets(), saved_language="es").data.language == "es"
    assert first_scene(presets=Presets(), saved_language="xx").data.language == "en"


def test_spanish_screens_write_large_numbers_the_spanish_way(tmp_path, display):
    """20 000 people (a no-break space between the groups), never 20,000, which a Spanish
    reader could take for twenty."""
    app = make_app(tmp_path, display)
    switch_language(app)
    press(app, pygame.K_v)  # the society view
    scene = app.top
    while len(scene.run.sims[0].scores) < 20_000:
        press(app, pygame.K_n)
    status = scene.words.status_line()
    assert "20\u00a0000" in status and "20,000" not in status
