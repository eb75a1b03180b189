"""The live region for screen readers, and presenter mode's settings and teacher keys."""

from __future__ import annotations

import pygame

from game.scenes.debrief import DebriefScene
from game.services import web
from game.shell import Settings
from tests.scenes.helpers import make_app, press, scene_name


class FakeElement:
    textContent = ""


class FakeDocument:
    def __init__(self):
        self.element = FakeElement()

    def getElementById(self, element_id):  # noqa: N802 - the DOM's name
        return self.element if element_id == "live-region" else None


class FakeWindow:
    def __init__(self):
        self.document = FakeDocument()


def start(tmp_path, display, settings=None):
    app = make_app(tmp_path, display, settings)
    for _ in range(3):  # new game, the first scenario, the invitation
        press(app, pygame.K_RETURN)
    return app


def test_screen_text_and_score_changes_reach_the_page(tmp_path, display, monkeypatch):
    window = FakeWindow()
    monkeypatch.setattr(web, "browser_window", lambda: window)
    app = make_app(tmp_path, display)
    assert "Credit to Society" in window.document.element.textContent
    for _ in range(3):
        press(app, pygame.K_RETURN)
    assert scene_name(app) == "PlayScene"
    spoken = window.document.element.textContent
    assert "Week 1 of 12" in spoken and "Score 600" in spoken
    press(app, pygame.K_e)  # end the week: the summary is read out
    assert "Week 1 is over" in window.document.element.textContent
    press(app, pygame.K_RETURN)
    while scene_name(app) == "EventDialog":
        press(app, pygame.K_RETURN)
    score = app.top.game.state.score
    assert f"Score {score}" in window.document.element.textContent


def test_the_live_region_is_in_the_page_template():
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "web" / "template.tmpl").read_text()
    assert 'id="live-region"' in page and 'aria-live="polite"' in page


def test_presenter_mode_is_large_high_contrast_and_still(tmp_path, display):
    settings = Settings(presenter=True)
    assert settings.motion_reduced and settings.theme().high_contrast
    assert settings.theme().fonts.body > Settings().theme().fonts.body
    stored, problems = Settings.from_json(settings.to_json(), ["en"])
    assert stored.presenter and not problems


def test_presenter_keys_reveal_pause_and_skip_to_the_debrief(tmp_path, display):
    app = start(tmp_path, display, Settings(presenter=True))
    game = app.top.game
    press(app, pygame.K_F2)
    assert game.state.transparent
    press(app, pygame.K_F3)
    assert scene_name(app) == "PresenterPause"
    assert "Eyes on the board" in app.context.live.text
    press(app, pygame.K_SPACE)
    assert scene_name(app) == "PlayScene"
    press(app, pygame.K_F4)
    assert scene_name(app) == "DebriefScene" and game.finished
    assert isinstance(app.top, DebriefScene)


def test_presenter_keys_do_nothing_outside_presenter_mode(tmp_path, display):
    app = start(tmp_path, display)
    press(app, pygame.K_F2)
    press(app, pygame.K_F4)
    assert scene_name(app) == "PlayScene" and not app.top.game.state.transparent


def test_settings_toggle_presenter_mode_by_keyboard(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_s)
    press(app, pygame.K_p)
    assert app.context.settings.presenter and app.context.theme.high_contrast
    assert app.context.fonts.overflow_log == []


def test_presenter_discussion_questions_are_large_and_all_reachable(tmp_path, display):
    from game.bots.season import play_season
    from game.game_data import GameData
    from game.scenes.debrief_pages import PRESENTER_BODY_PX
    from game.ui.text_record import TextRecord
    from tests.scenes.helpers import debrief_app

    data = GameData.load()
    app = debrief_app(tmp_path, display, data, play_season("loyal", 4, content=data.content))
    app.context.apply_settings(Settings(presenter=True), save=False)
    press(app, pygame.K_4)  # the Discuss page
    seen = []
    for _ in app.top.question_parts:
        app.context.fonts.record = TextRecord()
        app.step([])
        part = app.top.question_parts[app.top.question_part]
        drawn = [t for t in app.context.fonts.record.top_layer() if t.text == "\n".join(part)]
        assert drawn and drawn[0].size >= PRESENTER_BODY_PX and not drawn[0].cut
        seen += part
        press(app, pygame.K_m, "m")  # the next part (a no-op with only one)
    assert len(set(seen)) == len(data.strings.items("debrief.questions"))
