"""The lesson on screen: Plan a lesson carries a length and the card into the world code,
the card before and after, End the season now from the pause menu, and many result codes
at once on Class results (pasted, or a dropped file), each checked on its own row."""

from __future__ import annotations

import pygame
import pytest

import game.scenes.class_results as class_results_module
from game.bots.season import play_season, summary
from game.engine import Game, read_world
from game.engine.codes import read_result_code
from game.game_data import GameData
from game.launch import first_scene
from game.scenes.class_results import ClassResultsScene
from game.scenes.play import PlayScene
from game.services.presets import from_query
from game.services.session import Session
from tests.ui_helpers import key

from .helpers import make_app, press, scene_name

DATA = GameData.load()
PASTED_CODES = 30  # a class


def bot_codes(count: int) -> list[str]:
    strategies = ("conformist", "authentic", "gamer", "loyal", "random")
    return [summary(play_season(strategies[i % 5], 100 + i, content=DATA.content),
                    strategies[i % 5])["result_code"] for i in range(count)]


def test_plan_a_lesson_puts_the_length_and_the_card_in_the_world_code(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_l, "l")
    assert scene_name(app) == "LessonPlanScene"
    for _ in range(3):  # whole season -> 4 -> 6 -> 8 weeks
        press(app, pygame.K_1, "1")
    press(app, pygame.K_2, "2")  # the card on
    press(app, pygame.K_3, "3")  # choose a scenario
    assert scene_name(app) == "ScenarioPicker"
    press(app, pygame.K_1, "1")  # the drift
    assert scene_name(app) == "CardScene"  # asked before week 1
    play = app.scenes[0]
    assert play.game.content.scenario.weeks == 8 and play.game.state.card
    world = read_world(play.game.seed_code())
    assert (world.lesson, world.card) == (8, True)
    for answer in "12341234":
        press(app, getattr(pygame, f"K_{answer}"), answer)
    assert play.game.state.card_before == [1, 2, 3, 4, 1, 2, 3, 4]
    assert scene_name(app) == "EventDialog"  # then the week's first event, as always
    # a student typing that code plays the same lesson
    student = make_app(tmp_path / "student", display)
    press(student, pygame.K_w, "w")
    student.step([pygame.event.Event(pygame.TEXTINPUT, text=play.game.seed_code())])
    press(student, pygame.K_RETURN)
    game = student.scenes[0].game
    assert (game.content.scenario.weeks, game.state.card, game.state.seed) == (
        8, True, play.game.state.seed)


def test_the_card_can_be_skipped_and_is_not_asked_again(tmp_path, display):
    app = make_app(tmp_path, display)
    session = Session(DATA, app.context.storage)
    game = session.new_game(seed=3, card=True)
    app = make_app(tmp_path, display, scene=PlayScene(DATA, session, game))
    assert scene_name(app) == "CardScene"
    press(app, pygame.K_2, "2")
    press(app, pygame.K_ESCAPE)
    assert game.state.card_before == [2] + [0] * (len(DATA.quiz) - 1)
    assert scene_name(app) == "EventDialog"
    assert session.load().game.state.card_before == game.state.card_before  # saved


def test_end_the_season_now_from_the_pause_menu(tmp_path, display):
    app = make_app(tmp_path, display)
    session = Session(DATA, app.context.storage)
    game = session.new_game(seed=5, card=True)
    game.answer_card("before", [1] * len(DATA.quiz))
    app = make_app(tmp_path, display, scene=PlayScene(DATA, session, game))
    press(app, pygame.K_RETURN)  # the opening event's first choice
    app.apply(app.top.end_week())
    press(app, pygame.K_RETURN)  # the week's summary
    while scene_name(app) == "EventDialog":
        press(app, pygame.K_RETURN)
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "PauseMenu"
    press(app, pygame.K_e, "e")
    assert scene_name(app) == "EndNowConfirm"
    press(app, pygame.K_n, "n")  # keep playing
    assert scene_name(app) == "PauseMenu" and not game.finished
    press(app, pygame.K_e, "e")
    press(app, pygame.K_y, "y")
    assert scene_name(app) == "DebriefScene"
    assert game.finished and game.ended_early
    result = read_result_code(game.result_code())
    assert (result.weeks_played, result.weeks, result.ended_early) == (1, 12, True)
    assert app.top.ended_early_line() == "Ended early: 1 of 12 weeks played"
    press(app, pygame.K_k, "k")  # the card again, after the reveal
    assert scene_name(app) == "CardScene"
    for _ in DATA.quiz:
        press(app, pygame.K_4, "4")
    assert scene_name(app) == "DebriefScene" and "card_again" not in [
        w.id for w in app.top.focus.widgets]
    assert read_result_code(game.result_code()).after == (4,) * len(DATA.quiz)
    assert session.load().game.ended_early  # saved as ended


def test_thirty_pasted_codes_are_read_each_on_its_own_row(tmp_path, display, monkeypatch):
    codes = bot_codes(PASTED_CODES)
    mistyped = codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")
    block = "\n".join(codes[:15]) + "\r\n" + "  ".join(codes[15:]) + "\t" + mistyped
    monkeypatch.setattr(class_results_module, "clipboard_text", lambda: block)
    app = make_app(tmp_path, display, scene=ClassResultsScene(DATA))
    app.step([key(pygame.K_v, mod=pygame.KMOD_CTRL)])
    scene = app.top
    assert len(scene.summary.read) == PASTED_CODES and len(scene.summary.skipped) == 1
    assert scene.status == "31 codes added."
    rows = scene.code_rows()
    assert len(rows) == PASTED_CODES + 1
    bad = rows[0]  # newest first
    assert not bad.enabled and bad.detail == DATA.t("ui.code_error.check")
    press(app, pygame.K_F2)
    assert scene.view == "card"  # F2 works with the code field focused


def test_a_dropped_file_of_codes_is_read(tmp_path, display):
    codes = bot_codes(3)
    path = tmp_path / "codes.txt"
    path.write_text("\n".join(codes) + "\nnot-a-code\n", encoding="utf-8")
    app = make_app(tmp_path, display, scene=ClassResultsScene(DATA))
    app.step([pygame.event.Event(pygame.DROPFILE, file=str(path))])
    assert len(app.top.summary.read) == 3 and len(app.top.summary.skipped) == 1
    app.step([pygame.event.Event(pygame.DROPFILE, file=str(tmp_path / "missing.txt"))])
    assert app.top.status.startswith("Could not read missing.txt")


@pytest.mark.parametrize("language", ("en", "zh", "es"))
def test_the_card_chart_shows_each_statement_before_and_after(tmp_path, display, language):
    data = GameData.load(language=language)
    right = [s.answer_number for s in data.quiz]
    codes = []
    for seed in range(4):
        game = Session(data, make_app(tmp_path, display).context.storage).new_game(
            seed=seed, lesson=4, card=True)
        game.answer_card("before", [0] * len(right) if seed == 0 else
                         [1] * len(right))
        game.end_now()
        game.answer_card("after", right)
        codes.append(game.result_code())
    app = make_app(tmp_path, display, scene=ClassResultsScene(data), language=language)
    app.top.paste(" ".join(codes))
    press(app, pygame.K_F2)
    assert app.top.view == "card"
    rows = app.top.card_rows()
    assert [row.label for row in rows] == [data.t(f"quiz_short.{s.id}") for s in data.quiz]
    for row, statement in zip(rows, data.quiz, strict=True):
        assert row.second == 1.0  # everyone right after
        assert row.first == (1.0 if statement.answer == "documented" else 0.0)
        assert row.first_text.startswith(data.t("ui.lesson.before"))
        assert row.second_text == f"{data.t('ui.lesson.after')} 100 %"


def test_a_link_with_a_lesson_code_plays_that_lesson(tmp_path, display):
    code = Game(21, lesson=6, card=True).seed_code()
    presets = from_query(f"seed={code}")
    assert (presets.seed, presets.lesson, presets.card) == (21, 6, True)
    app = make_app(tmp_path, display, scene=first_scene(presets=presets))
    press(app, pygame.K_RETURN)  # New game: the picker, the world's scenario highlighted
    press(app, pygame.K_RETURN)
    game = app.scenes[0].game
    assert (game.state.seed, game.content.scenario.weeks, game.state.card) == (21, 6, True)
    assert game.seed_code() == code
