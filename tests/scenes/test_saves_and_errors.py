"""Autosave and continue through the title screen; damaged saves and broken content never
crash the game and never destroy the old file."""

from __future__ import annotations

import json
import shutil

import pygame

from game.engine.content import DEFAULT_DATA_DIR
from game.launch import first_scene
from game.services.storage import FileBackend, Storage
from game.shell import load_context
from tests.engine.helpers import edited_data_copy

from .helpers import make_app, press, scene_name


def start_and_play_a_week(app) -> dict:
    press(app, pygame.K_RETURN)  # new game
    press(app, pygame.K_RETURN)  # the first scenario
    press(app, pygame.K_RETURN)  # answer the invitation
    press(app, pygame.K_e)  # end week 1
    press(app, pygame.K_RETURN)  # leave the summary
    while scene_name(app) == "EventDialog":
        press(app, pygame.K_RETURN)
    return app.top.game.state.to_dict()


def test_the_season_is_saved_every_week_and_continue_resumes_it(tmp_path, display):
    app = make_app(tmp_path, display)
    state = start_and_play_a_week(app)
    assert state["week"] == 2
    saved = json.loads((tmp_path / "season.json").read_text(encoding="utf-8"))
    assert "season" in saved
    again = make_app(tmp_path, display)
    continue_button = again.top.focus.get("continue")
    assert continue_button.enabled and "2" in continue_button.label
    assert again.top.focus.focused_id == "continue"
    press(again, pygame.K_RETURN)
    assert scene_name(again) == "PlayScene"
    assert again.top.game.state.to_dict() == state


def test_corrupt_save_is_kept_aside_and_the_title_says_so(tmp_path, display):
    (tmp_path / "season.json").write_text("{ this is not json", encoding="utf-8")
    app = make_app(tmp_path, display)
    assert scene_name(app) == "TitleScene"
    assert not app.top.focus.get("continue").enabled
    assert any("season" in notice for notice in app.top.notices)
    kept = tmp_path / "season.corrupt-1.json"
    assert kept.read_text(encoding="utf-8") == "{ this is not json"
    press(app, pygame.K_RETURN)  # a fresh season starts fine
    press(app, pygame.K_RETURN)
    assert scene_name(app) in ("PlayScene", "EventDialog")


def test_a_save_that_parses_but_is_damaged_is_also_kept_aside(tmp_path, display):
    app = make_app(tmp_path, display)
    start_and_play_a_week(app)
    path = tmp_path / "season.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    season = json.loads(document["season"])
    season["state"]["money"] = -50
    document["season"] = json.dumps(season)
    path.write_text(json.dumps(document), encoding="utf-8")
    original = path.read_text(encoding="utf-8")
    again = make_app(tmp_path, display)
    assert not again.top.focus.get("continue").enabled
    assert again.top.notices
    assert (tmp_path / "season.corrupt-1.json").read_text(encoding="utf-8") == original


def test_settings_persist_between_runs(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_s)  # settings
    assert scene_name(app) == "SettingsScene"
    press(app, pygame.K_t)  # text size: large
    press(app, pygame.K_m)  # reduced motion on
    press(app, pygame.K_s)  # sound off
    press(app, pygame.K_ESCAPE)
    context = load_context(storage=Storage(FileBackend(tmp_path)))
    assert context.settings.text_scale == "large"
    assert context.settings.reduced_motion and context.settings.muted
    assert context.theme.fonts.body > 24


def test_broken_content_shows_a_message_not_a_traceback(tmp_path, display):
    data_dir = edited_data_copy(tmp_path, "items.toml", "price = 55", "price = -5")
    scene = first_scene(data_dir)
    assert type(scene).__name__ == "ContentErrorScene"
    assert "items.toml" in scene.message and "diapers" in scene.message
    assert "price" in scene.message
    app = make_app(tmp_path, display, scene=scene)
    press(app, pygame.K_q)
    assert not app.running


def test_missing_sentence_is_a_content_error_too(tmp_path, display):
    data_dir = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data_dir)
    strings = data_dir / "strings" / "en" / "content.toml"
    text = strings.read_text(encoding="utf-8")
    start = text.index("\n[item.diapers]\n")
    strings.write_text(text[:start] + text[start:].replace("name = ", "nmae = ", 1),
                       encoding="utf-8")
    scene = first_scene(data_dir)
    assert type(scene).__name__ == "ContentErrorScene"
    assert "item.diapers.name" in scene.message
