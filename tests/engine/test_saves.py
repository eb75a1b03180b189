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
    lambda d: d["state"]["society"]["scores"].__setitem__(5, 2000),
    lambda d: d["state"]["society"]["conformity"].__setitem__(5, "high"),
    lambda d: d["state"]["society"]["opted_in"].__setitem__(5, 1),
    lambda d: d["state"]["society"]["ties"][20].append(199),  # one-sided
    lambda d: d["state"]["society"]["ties"][20].append(20),  # a tie to oneself
    lambda d: d["state"]["society"]["ties"][20].reverse(),
    lambda d: d["state"]["society"]["misfortune"].__setitem__(5, 9),
    lambda d: d["state"]["society"]["rng"][1].append(1),
    lambda d: d["state"]["society"]["rng"][1].__setitem__(3, -1),
    lambda d: d["state"]["society"]["settings"].update(player_plays=False),
    lambda d: d["state"]["society"]["settings"].update(population=500),
    lambda d: d["state"]["society"]["settings"].update(era="eventually"),
    lambda d: d["state"]["society"]["settings"].update(friend_weight=float("inf")),
    lambda d: d["state"]["society"]["settings"].pop("seed"),
    lambda d: d["state"]["society"].update(ticks=-1),
    lambda d: d["state"]["society"].pop("standing"),
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


def test_the_society_and_its_generator_round_trip_mid_season():
    """The society's own generator and every citizen's misfortune are saved, so a restored
    season's society lives on exactly as the original's."""
    game, data = saved_game()
    restored = Game.from_json(json.dumps(data), default_content())
    for _ in range(3):
        for season in (game, restored):
            advance_to_week(season, season.state.week + 1)
    original, copy = game.state.society, restored.state.society
    assert (copy.scores, copy.ties) == (original.scores, original.ties)
    assert copy.rng.getstate() == original.rng.getstate()
    assert copy.misfortune.barred_weeks() == original.misfortune.barred_weeks()


@pytest.mark.parametrize("text", ["", "{", "null", "[]", '"text"', "\x00\x01", '{"state": 5}'])
def test_unreadable_save_is_refused(text):
    with pytest.raises(SaveError):
        Game.from_json(text, default_content())
