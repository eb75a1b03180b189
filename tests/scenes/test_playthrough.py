"""A whole season through the real scenes, from the title to the debrief, by keyboard alone
and by mouse alone."""

from __future__ import annotations

import pygame

from game.engine import Choose

from .helpers import MAX_FRAMES, click_widget, make_app, press, scene_name

SCENES_SEEN_BY_KEYBOARD = {"PlayScene", "EventDialog", "WeekSummary",
                           "DebriefScene"}


def test_keyboard_alone_plays_a_season_to_the_debrief(tmp_path, display):
    app = make_app(tmp_path, display)
    assert scene_name(app) == "TitleScene"
    assert app.top.focus.focused_id == "scenario_picker"
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "ScenarioPicker"
    assert app.top.focus.focused_id == "default"
    press(app, pygame.K_RETURN)
    seen, bought, posted = set(), 0, 0
    for _ in range(MAX_FRAMES):
        name = scene_name(app)
        seen.add(name)
        if name == "DebriefScene":
            break
        if name == "EventDialog":
            focused = app.top.focus.focused
            assert focused is not None and focused.enabled, "focus starts on a legal choice"
            press(app, pygame.K_RETURN)
        elif name == "WeekSummary":
            press(app, pygame.K_RETURN)
        elif name == "PlayScene":
            game = app.top.game
            week = game.state.week
            press(app, pygame.K_1)  # the shop: first row is focused
            if app.top.focus.focused.enabled:
                press(app, pygame.K_RETURN)
                bought += 1
            press(app, pygame.K_2)  # posts: move down to the second post and post it
            press(app, pygame.K_DOWN)
            if app.top.focus.focused.enabled:
                press(app, pygame.K_RETURN)
                posted += 1
            press(app, pygame.K_e)
            assert game.state.week == week + 1 or game.finished
        else:
            raise AssertionError(f"unexpected scene {name}")
    assert scene_name(app) == "DebriefScene"
    assert SCENES_SEEN_BY_KEYBOARD <= seen
    game = app.top.game
    assert game.finished and game.state.ending
    assert bought > 0 and posted > 0
    assert len(game.state.history) == game.content.scenario.weeks
    for page_key in (pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_1):
        press(app, page_key)
    press(app, pygame.K_2)
    assert len(app.top.list.rows) == len(game.state.ledger.lines)
    press(app, pygame.K_t)
    assert scene_name(app) == "TitleScene"
    assert app.context.fonts.overflow_log == []


def test_mouse_alone_plays_a_season_to_the_debrief(tmp_path, display):
    app = make_app(tmp_path, display)
    click_widget(app, "scenario_picker")
    click_widget(app, "default")
    friends_seen = False
    for _ in range(MAX_FRAMES):
        name = scene_name(app)
        if name == "DebriefScene":
            break
        if name == "EventDialog":
            game = app.top.game
            legal = [w.id for w in app.top.focus.widgets if w.enabled]
            assert all(game.check(Choose(c)) is None for c in legal)
            click_widget(app, legal[-1])
        elif name == "WeekSummary":
            click_widget(app, "continue")
        elif name == "PlayScene":
            if not friends_seen:
                click_widget(app, "tab:friends")
                first_friend = next(w.id for w in app.top.focus.widgets
                                    if w.id.startswith("friend:"))
                click_widget(app, first_friend)
                assert scene_name(app) == "FriendDialog"
                click_widget(app, "close")
                friends_seen = True
                click_widget(app, "tab:shop")
            row = next(w.id for w in app.top.focus.widgets if w.id.startswith("buy:"))
            click_widget(app, row)
            click_widget(app, "end_week")
    assert scene_name(app) == "DebriefScene"
    for page in ("ledger", "rules", "questions", "summary"):
        click_widget(app, f"page:{page}")
        assert app.top.page == page
    click_widget(app, "title")
    assert scene_name(app) == "TitleScene"
    assert app.context.fonts.overflow_log == []


def test_escape_opens_the_menu_and_resume_returns(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # the first scenario
    press(app, pygame.K_RETURN)  # the invitation
    assert scene_name(app) == "PlayScene"
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "PauseMenu"
    press(app, pygame.K_r)
    assert scene_name(app) == "PlayScene"


def test_refused_action_shows_its_reason_in_the_feed(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    play = app.top
    play.game.state.money = 0
    play.rebuild()
    row = play.focus.get("buy:handbag")
    assert not row.enabled and "¥300" in row.tooltip
    play.activate("buy:handbag")
    assert play.feed and "¥300" in play.feed[-1]
