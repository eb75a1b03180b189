"""The debrief's What if page, by keyboard."""

from __future__ import annotations

import pygame

from game.bots.season import play_season
from game.game_data import GameData

from .helpers import debrief_app, press, scene_name

DATA = GameData.load()


def test_change_a_decision_and_compare_the_seasons(tmp_path, display):
    game = play_season("loyal", 5, content=DATA.content)
    app = debrief_app(tmp_path, display, DATA, game)
    press(app, pygame.K_5)
    scene = app.top
    assert scene.page == "whatif" and scene.list.rows
    scene.focus.focus(scene.list.rows[0].id)
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "WhatIfDialog"
    press(app, pygame.K_1)
    assert scene_name(app) == "DebriefScene"
    changed, line = scene.what_if
    assert changed.finished and "week 1" in line.lower()
    assert app.context.fonts.overflow_log == []
