"""Saves: damaged or foreign saves are refused with SaveError, never a crash."""

from __future__ import annotations

import json

import pytest

from game.engine import EndWeek, Game, SaveError

from .helpers import advance_to_week, default_content, new_game


def saved_game() -> tuple[Game, dict]:
    game = new_game(11)
    advance_to_week(game, 4)
    return game, json.loads(game.to_json())


def test_full_season_round_trips_through_json():
    game, data = saved_game()
    restored = Game.from_json(json.dumps(data), default_content())
    assert restored.log == game.log
    restored.act(EndWeek())
    game.act(EndWeek())
    assert restored.state.to_dict() == game.state.to_dict()


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("state"),
    lambda d: d["state"].update(format=99),
    lambda d: d["state"].update(scenario="elsewhere"),
    lambda d: d["state"].update(money=-5),
    lambda d: d["state"].update(week=40),
    lambda d: d["state"]["ledger"]["lines"].append([1, "rule", "x", "history", 900]),
    lambda d: d["state"]["ledger"]["lines"].append([1, "rule", "x", "charisma", 1]),
    lambda d: d["state"]["society"]["scores"].pop(),
    lambda d: d["state"]["rng"][1].pop(),
    lambda d: d["state"]["closeness"].update({"150": 10}),
    lambda d: d["state"]["events"].append({"event_id": "no_such_event", "target": -1}),
    lambda d: d["state"]["record"].update(unknown_field=[]),
    lambda d: d["log"].append(["dance", 1]),
])
def test_damaged_save_is_refused(damage):
    _, data = saved_game()
    damage(data)
    with pytest.raises(SaveError):
        Game.from_json(json.dumps(data), default_content())


@pytest.mark.parametrize("text", ["", "{", "null", "[]", '"text"', "\x00\x01", '{"state": 5}'])
def test_unreadable_save_is_refused(text):
    with pytest.raises(SaveError):
        Game.from_json(text, default_content())
