"""Posts that say what is on your mind go through a draft: post it, or delete it (counted)."""

from __future__ import annotations

import pygame

from game.engine import WithdrawDraft

from .helpers import make_app, press, scene_name


def start(tmp_path, display):
    app = make_app(tmp_path, display)
    for _ in range(3):  # new game, first scenario, the invitation
        press(app, pygame.K_RETURN)
    assert scene_name(app) == "PlayScene"
    app.apply(app.top.activate("tab:post"))
    return app


def test_deleting_a_draft_says_nothing_and_is_counted(tmp_path, display):
    app = start(tmp_path, display)
    app.apply(app.top.activate("post:history_question"))
    assert scene_name(app) == "DraftDialog"
    press(app, pygame.K_d)
    game = app.top.game
    assert scene_name(app) == "PlayScene"
    assert game.state.record.withdrawn == [(1, "history_question")]
    assert not game.state.said_this_week
    assert game.metrics()["withdrawn"] == 1
    assert "deleted" in app.top.feed[-1]


def test_posting_the_draft_says_it(tmp_path, display):
    app = start(tmp_path, display)
    app.apply(app.top.activate("post:coded"))
    press(app, pygame.K_p)
    assert app.top.game.state.said_this_week
    assert app.top.game.log[-1].post == "coded"


def test_ordinary_posts_need_no_draft(tmp_path, display):
    app = start(tmp_path, display)
    app.apply(app.top.activate("post:family_photo"))
    assert scene_name(app) == "PlayScene"
    assert "family_photo" in app.top.game.state.posted_this_week


def test_withdraw_is_refused_like_posting_when_it_is_not_allowed(tmp_path, display):
    app = start(tmp_path, display)
    game = app.top.game
    game.state.hours = 0
    assert game.check(WithdrawDraft("stock_crash")).key == "hours"


def test_a_draft_deleted_once_this_week_cannot_be_deleted_again(tmp_path, display):
    app = start(tmp_path, display)
    app.apply(app.top.activate("post:history_question"))
    press(app, pygame.K_d)
    app.apply(app.top.activate("post:history_question"))
    assert scene_name(app) == "DraftDialog"
    withdraw = next(e for e in app.top.entries() if e.id == "withdraw")
    assert not withdraw.enabled and "already deleted" in withdraw.tooltip
    press(app, pygame.K_d)  # refused: nothing more is counted
    assert app.top.game.metrics()["withdrawn"] == 1
