"""A teacher's lesson, by keyboard alone, in every language: pick a scenario, share the
world code, collect result codes, show class results, open the reveal and the what-if."""

from __future__ import annotations

import pygame
import pytest

from game.bots.season import play_season, summary
from game.game_data import GameData
from game.launch import first_scene
from game.services.presets import from_query
from game.services.session import Session

from .helpers import make_app, press, scene_name

LANGUAGES = ("en", "zh", "es")


def type_text(app, text: str) -> None:
    app.step([pygame.event.Event(pygame.TEXTINPUT, text=text)])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lesson_in_every_language(tmp_path, display, language):
    app = make_app(tmp_path, display, scene=first_scene(presets=from_query(f"lang={language}")))
    data = app.top.data
    assert data.language == language
    # the teacher picks "Here at home" and reads out the world code
    press(app, pygame.K_RETURN)
    press(app, pygame.K_4)
    play = app.scenes[0]
    code = play.game.seed_code()
    assert play.game.state.scenario == "here_at_home"
    press(app, pygame.K_ESCAPE)
    while scene_name(app) != "PauseMenu":
        press(app, pygame.K_RETURN)  # answer the opening card(s)
        press(app, pygame.K_ESCAPE)
    press(app, pygame.K_t)
    # a student enters the same code and gets the same world
    press(app, pygame.K_w)
    type_text(app, code)
    press(app, pygame.K_RETURN)
    assert (app.scenes[0].game.state.seed, app.scenes[0].game.state.scenario) == (
        play.game.state.seed, "here_at_home")
    # result codes come back; the teacher enters them, one mistyped
    codes = [summary(play_season(s, 3, content=data.content), s)["result_code"]
             for s in ("conformist", "authentic")]
    results = make_app(tmp_path, display,
                       scene=first_scene(presets=from_query(f"lang={language}")))
    press(results, pygame.K_r)
    for text in [*codes, codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")]:
        type_text(results, text)
        press(results, pygame.K_RETURN)
    scene = results.top
    assert len(scene.summary.read) == 2 and len(scene.summary.skipped) == 1
    bad_row = next(row for row in scene.list.rows if not row.enabled)
    assert data.t("ui.code_error.check") in bad_row.tooltip
    assert results.context.fonts.overflow_log == []
    # the debrief: the evidence (reveal) and a what-if, by keyboard
    from game.scenes.debrief import DebriefScene

    finished = play_season("loyal", 3, content=data.content)
    debrief = make_app(tmp_path, display,
                       scene=DebriefScene(data, Session(data, results.context.storage), finished))
    debrief.context.use_language(language)
    press(debrief, pygame.K_3)
    assert debrief.top.page == "rules" and len(debrief.top.list.rows) > 20
    press(debrief, pygame.K_5)
    debrief.top.focus.focus(debrief.top.list.rows[0].id)
    press(debrief, pygame.K_RETURN)
    press(debrief, pygame.K_1)
    assert debrief.top.what_if is not None
    assert debrief.context.fonts.overflow_log == []


def test_language_data_loads_for_every_scenario():
    for language in LANGUAGES:
        for scenario in ("default", "opt_in_2015", "mandatory_2020", "here_at_home",
                         "other_side"):
            data = GameData.load(scenario=scenario, language=language)
            assert data.t(f"scenario.{scenario}.name") != f"scenario.{scenario}.name"
