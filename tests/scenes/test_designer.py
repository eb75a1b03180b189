"""The Designer: sliders set the rules before the season, and the world code carries them."""

from __future__ import annotations

import pygame

from game.engine import load_content
from game.engine.design import SLIDERS, Design, apply_design

from .helpers import make_app, press, scene_name


def type_text(app, text: str) -> None:
    app.step([pygame.event.Event(pygame.TEXTINPUT, text=text)])


def test_sliders_change_the_rules():
    content = load_content(scenario_id="designer")
    strong = apply_design(content, Design(friend_drag=5, perk_strength=8, penalty_strength=0,
                                          purchase_weight=0, mandatory_week=0))
    assert strong.scenario.friend_rule.drag_cap > content.scenario.friend_rule.drag_cap
    assert [p.money for p in strong.perks] == [2 * p.money for p in content.perks]
    assert all(p.money == 0 and p.wellbeing == 0 for p in strong.penalties)
    assert all(not i.score.opt_in and not i.score.mandatory for i in strong.items.values())
    assert strong.scenario.mandatory_week == 0 and 7 not in strong.scenario.forced_events
    off = apply_design(content, Design(friend_drag=0))
    assert off.scenario.friend_rule.drag_cap == 0


def test_a_design_survives_its_bounds_and_a_round_trip():
    design = Design().moved("friend_drag", 99).moved("mandatory_week", -99)
    assert design.friend_drag == SLIDERS["friend_drag"].high and design.mandatory_week == 0
    assert Design.from_list(design.to_list()) == design


def test_the_designer_by_keyboard_and_its_world_code(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_6)
    assert scene_name(app) == "DesignerScene"
    assert app.context.fonts.overflow_log == []
    assert app.top.focus.focused_id == "plus:friend_drag"
    press(app, pygame.K_RETURN)  # friend drag 3 -> 4
    press(app, pygame.K_RETURN)  # -> 5
    app.top.focus.focus("minus:mandatory_week")
    for _ in range(3):
        press(app, pygame.K_RETURN)  # mandatory from week 4
    assert app.top.design.friend_drag == 5 and app.top.design.mandatory_week == 4
    app.top.focus.focus("start")
    press(app, pygame.K_RETURN)
    game = app.scenes[0].game
    assert game.state.scenario == "designer" and game.content.scenario.mandatory_week == 4
    code = game.seed_code()
    assert len(code.replace("-", "")) == 16
    again = make_app(tmp_path, display)
    press(again, pygame.K_w)
    type_text(again, code)
    press(again, pygame.K_RETURN)
    copy = again.scenes[0].game
    assert copy.state.design == game.state.design and copy.state.seed == game.state.seed
    assert copy.content.scenario.friend_rule == game.content.scenario.friend_rule


def test_a_designed_season_continues_after_a_restart(tmp_path, display):
    app = make_app(tmp_path, display)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_6)
    app.top.focus.focus("minus:perk_strength")
    press(app, pygame.K_RETURN)
    app.top.focus.focus("start")
    press(app, pygame.K_RETURN)
    state = app.scenes[0].game.state.to_dict()
    again = make_app(tmp_path, display)
    press(again, pygame.K_c)
    assert again.scenes[0].game.state.to_dict() == state
    assert again.scenes[0].game.content.perks[0].money < load_content().perks[0].money


def test_a_designed_world_code_in_the_link_keeps_its_sliders(tmp_path, display):
    from game.launch import first_scene
    from game.services.presets import from_query

    content = load_content(scenario_id="designer")
    from game.engine import Game

    original = Game(77, "designer", content, design=Design(friend_drag=0, mandatory_week=2))
    app = make_app(tmp_path, display,
                   scene=first_scene(presets=from_query(f"seed={original.seed_code()}")))
    press(app, pygame.K_RETURN)  # New game: the picker focuses the link's scenario
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "DesignerScene"
    assert app.top.design == Design(friend_drag=0, mandatory_week=2)
    app.top.focus.focus("start")
    press(app, pygame.K_RETURN)
    game = app.scenes[0].game
    assert game.seed_code() == original.seed_code()
