"""Choosing a scenario on the title screen, and continuing a season of any scenario."""

from __future__ import annotations

import pygame

from .helpers import make_app, press, scene_name


def test_keyboard_picks_here_at_home_and_the_header_says_so(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "ScenarioPicker"
    assert [w.id for w in app.top.focus.widgets][:5] == [
        "default", "opt_in_2015", "mandatory_2020", "here_at_home", "other_side"]
    press(app, pygame.K_4)
    assert scene_name(app) in ("PlayScene", "EventDialog")
    game = app.scenes[0].game
    assert game.state.scenario == "here_at_home"
    assert app.context.fonts.overflow_log == []


def test_escape_leaves_the_picker(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "TitleScene"


def test_a_saved_season_of_another_scenario_continues(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_3)  # mandatory, 2020
    state = app.scenes[0].game.state.to_dict()
    again = make_app(tmp_path, display)
    assert again.top.focus.get("continue").enabled and not again.top.notices
    press(again, pygame.K_RETURN)
    assert again.scenes[0].game.state.to_dict() == state
    assert again.scenes[0].data.content.scenario.id == "mandatory_2020"
