"""The reveal: the same world replayed with the formula shown, then both runs compared."""

from __future__ import annotations

import pygame

from game.bots.season import play_season
from game.engine import Buy, Game
from game.game_data import GameData
from game.scenes.debrief import DebriefScene
from game.scenes.week_summary import summary_lines
from game.services.session import Session

from .helpers import debrief_app, make_app, press, scene_name

DATA = GameData.load()


def test_showing_the_formula_changes_what_is_shown_not_the_world():
    hidden = Game(9, "default", DATA.content)
    shown = Game(9, "default", DATA.content, transparent=True)
    assert hidden.state.society.scores == shown.state.society.scores
    assert shown.state.transparent and not hidden.state.transparent


def test_a_shown_formula_puts_every_contribution_in_the_feed(tmp_path, display):
    app = make_app(tmp_path, display)
    session = Session(DATA, app.context.storage)
    game = session.new_game(3, DATA, transparent=True)
    from game.scenes.play import PlayScene

    app = make_app(tmp_path, display, scene=PlayScene(DATA, session, game))
    while scene_name(app) == "EventDialog":
        press(app, pygame.K_RETURN)
    play = app.top
    play.record(game.act(Buy("diapers")))
    assert play.feed[-1] == "Formula: Behaviour +6"
    report = game.act(__import__("game.engine", fromlist=["EndWeek"]).EndWeek()).report
    lines = summary_lines(DATA, game, report)
    assert any(line.startswith("The formula this week:") for line in lines)
    assert not any("business secret" in line for line in lines)


def test_the_debrief_compares_the_hidden_and_the_shown_runs(tmp_path, display):
    hidden = play_season("conformist", 12, content=DATA.content)
    shown = play_season("authentic", 12, content=DATA.content)
    shown.state.transparent = True
    app = make_app(tmp_path, display)
    storage = app.context.storage
    first = make_app(tmp_path, display, scene=DebriefScene(DATA, Session(DATA, storage), hidden))
    press(first, pygame.K_5)
    assert first.top.other_run is None
    assert first.top.focus.get("replay").label == "Replay, formula shown"
    second = make_app(tmp_path, display, scene=DebriefScene(DATA, Session(DATA, storage), shown))
    press(second, pygame.K_5)
    other = second.top.other_run
    assert other is not None and other["score"] == hidden.state.score
    assert second.context.fonts.overflow_log == []


def started_from_debrief(tmp_path, display, bot: str, seed: int, key: int):
    """The game a debrief's fifth page starts with `key`, after `bot` played world `seed`."""
    finished = play_season(bot, seed, content=DATA.content)
    app = debrief_app(tmp_path, display, DATA, finished)
    press(app, pygame.K_5)
    press(app, key)
    return app.scenes[0].game


def test_the_replay_button_starts_the_same_world_with_the_formula_shown(tmp_path, display):
    game = started_from_debrief(tmp_path, display, "loyal", 21, pygame.K_x)
    assert game.state.seed == 21 and game.state.transparent and game.state.week == 1


def test_the_debrief_offers_the_other_side_of_the_same_world(tmp_path, display):
    game = started_from_debrief(tmp_path, display, "conformist", 33, pygame.K_o)
    assert (game.state.seed, game.state.scenario) == (33, "other_side")
