"""The debrief's Evidence page: a mechanic that mixes a real fact with the game's own rule
shows both parts in words, each with its label and sheet row, and every row's explanation
fits its box at 1280x720, in every language and scenario, at both text sizes."""

from __future__ import annotations

import pytest

from game.bots.season import play_season
from game.game_data import GameData
from game.scenes import debrief_pages as pages
from game.scenes.debrief import DebriefScene
from game.services.presets import available_languages, available_scenarios
from game.services.session import Session
from game.shell import Settings

from .helpers import make_app

LANGUAGES = available_languages()


def test_a_mixed_mechanic_shows_both_parts_in_words():
    data = GameData.load()
    debrief = play_season("conformist", 2, content=data.content)
    rows = pages.rule_rows(DebriefScene(data, None, debrief).debrief, data, data.content)
    flaunt = next(row for row in rows if row.label == data.t("post.flaunt_score.name"))
    assert flaunt.detail == "● Invented for the game, in part ■ Documented"
    assert ("People did post screenshots of their scores (documented, F5); that posting one "
            "raises your score is the game's invention (invented, T1).") in flaunt.tooltip
    plain = next(row for row in rows if row.label == data.t("perk.hotel_no_deposit.name"))
    assert plain.detail == "■ Documented" and "(documented" not in plain.tooltip
    assert plain.tooltip.splitlines()[-1].startswith("P1 · ChinaTravelNews")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_evidence_box_fits_in_every_scenario(tmp_path, display, language):
    for scenario in available_scenarios():
        data = GameData.load(scenario=scenario, language=language)
        finished = play_season("loyal", 3, scenario, data.content)
        for settings in (Settings(), Settings(text_scale="large")):
            app = make_app(tmp_path, display, settings, language=language)
            scene = DebriefScene(data, Session(data, app.context.storage), finished)
            app = make_app(tmp_path, display, settings, language=language, scene=scene)
            app.top.page = "rules"
            app.top.rebuild()
            for index in range(len(app.top.debrief.rules)):
                app.top.focus.focus(f"rule:{index}")
                app.context.fonts.overflow_log = []
                app.draw()
                assert app.context.fonts.overflow_log == [], (language, scenario, index,
                                                              settings.text_scale)
