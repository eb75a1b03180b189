"""World codes and class results through the real scenes, by keyboard."""

from __future__ import annotations

import pygame

from game.bots.season import play_season, summary
from game.engine import Game
from game.game_data import GameData

from .helpers import make_app, press, scene_name

DATA = GameData.load()


def type_text(app, text: str) -> None:
    app.step([pygame.event.Event(pygame.TEXTINPUT, text=text)])


def test_a_world_code_starts_that_world(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_w)
    assert scene_name(app) == "WorldCodeScene"
    code = Game(4321, "mandatory_2020").seed_code()  # Mandatory, 2020, world 4321
    type_text(app, code.lower())
    press(app, pygame.K_RETURN)
    play = app.scenes[0]
    assert scene_name(app) in ("PlayScene", "EventDialog")
    assert (play.game.state.seed, play.game.state.scenario) == (4321, "mandatory_2020")
    assert play.game.seed_code() == code


def test_a_mistyped_world_code_says_why_and_stays(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_w)
    good = Game(4321, "mandatory_2020").seed_code()
    typo = good[:-1] + ("X" if good[-1] != "X" else "Y")
    type_text(app, typo)
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "WorldCodeScene"
    assert "mistyped" in app.top.body()
    press(app, pygame.K_BACKSPACE)
    assert app.top.field.text == typo[:-1]
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "TitleScene"


def test_class_results_read_codes_and_skip_mistyped_ones(tmp_path, display):
    rows = [summary(play_season(s, 8, content=DATA.content), s)
            for s in ("conformist", "authentic", "gamer")]
    app = make_app(tmp_path, display)
    press(app, pygame.K_r)
    assert scene_name(app) == "ClassResultsScene"
    for row in rows:
        type_text(app, row["result_code"])
        press(app, pygame.K_RETURN)
    type_text(app, "4000-0006-NSRZ-35F0-01XX")
    press(app, pygame.K_RETURN)
    scene = app.top
    assert len(scene.summary.read) == 3 and len(scene.summary.skipped) == 1
    assert sorted(scene.summary.endings().elements()) == sorted(r["ending"] for r in rows)
    disabled = [row for row in scene.list.rows if not row.enabled]
    assert [row.label for row in disabled] == ["4000-0006-NSRZ-35F0-01XX"]
    assert app.context.fonts.overflow_log == []
    press(app, pygame.K_DELETE)
    assert len(scene.codes) == 3 and not scene.summary.skipped
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "TitleScene"


def test_the_play_header_shows_the_world_code(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    game = app.scenes[0].game
    assert game.seed_code() and len(game.seed_code()) == 14  # 12 characters, 2 dashes


def test_class_codes_survive_leaving_the_screen_and_spaces_are_typed(tmp_path, display):
    code = summary(play_season("loyal", 9, content=DATA.content), "loyal")["result_code"]
    app = make_app(tmp_path, display)
    press(app, pygame.K_r)
    first, rest = code[:4], code[4:]
    type_text(app, first)
    press(app, pygame.K_SPACE)  # a space key press must not add the half-typed code
    assert app.top.codes == []
    app.top.field.text = ""
    type_text(app, code)
    press(app, pygame.K_RETURN)
    assert rest and app.top.codes == [code]
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_r)
    assert app.top.codes == [code] and len(app.top.summary.read) == 1


def test_an_exactly_repeated_code_is_marked_left_out(tmp_path, display):
    code = summary(play_season("loyal", 3, content=DATA.content), "loyal")["result_code"]
    app = make_app(tmp_path, display)
    press(app, pygame.K_r)
    for _ in range(2):
        type_text(app, code)
        press(app, pygame.K_RETURN)
    newest, oldest = app.top.list.rows  # newest first
    assert oldest.mark == "✓" and oldest.enabled
    assert not newest.enabled and newest.mark != "✓"
    assert app.top.data.t("ui.code_error.twice") in newest.tooltip
