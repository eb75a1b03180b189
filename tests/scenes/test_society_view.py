"""The society view through the real scene, by keyboard: controls, experiment, measures."""

from __future__ import annotations

import pygame

from game.engine.model import Era

from .helpers import make_app, press, scene_name


def test_the_society_view_by_keyboard(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    assert scene_name(app) == "SocietyScene"
    scene = app.top
    press(app, pygame.K_p)  # pause
    assert not scene.running
    weeks = scene.sims[0].ticks
    press(app, pygame.K_s)  # one step
    assert scene.sims[0].ticks == weeks + 1 and len(scene.history[0]) == 2
    press(app, pygame.K_2)
    assert scene.settings.friend_weight == 1.5
    assert scene.sims[0].settings.friend_weight == 1.5
    press(app, pygame.K_e)
    assert scene.settings.era is Era.OPT_IN
    press(app, pygame.K_x)  # the experiment: the same seed, rule off and on
    assert scene.experiment and len(scene.sims) == 2
    assert scene.sims[0].settings.friend_weight == 0 and scene.sims[1].settings.friend_weight > 0
    for _ in range(3):
        press(app, pygame.K_s)
    assert all(sim.ticks == 3 for sim in scene.sims)
    assert "No ties" in app.context.live.text
    assert app.context.fonts.overflow_log == []
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "TitleScene"


def test_the_view_ticks_on_its_own_at_its_speed(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_v)
    scene = app.top
    for _ in range(30):
        app.step([], 1 / 30)  # one second at 2 ticks a second
    assert scene.sims[0].ticks == 2
