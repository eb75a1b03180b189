"""The society's rules exist once: a season's society is the society view's simulation, built
by the same code and stepped by the same week, with the player playing citizen 0."""

from __future__ import annotations

import ast
import random
from pathlib import Path

from game.engine import EndWeek
from game.engine.model import Era
from game.engine.society import (
    PLAYER,
    SimSettings,
    SocietySim,
    society_from_dict,
    society_to_dict,
)
from game.engine.society.season import SEED_BITS

from .helpers import advance_to_week, answer_events, default_content, new_game

ENGINE = Path(__file__).resolve().parents[2] / "game" / "engine"
RULE_PARTS = {"friend_rule_points", "behaviour_table", "small_world", "drop_lowest",
              "meet_friends_of_friends", "HabitSampler", "Misfortune", "Reversion"}


def test_a_new_season_builds_the_society_the_view_builds_from_that_seed():
    game = new_game(5)
    seed = random.Random(5).getrandbits(SEED_BITS)  # the game's first draw seeds the society
    view = SocietySim(default_content(), SimSettings(
        seed=seed, population=200, era=Era.OPT_IN, coded_caught=False, player_plays=True))
    season = game.state.society
    assert season.settings == view.settings
    assert (season.scores, season.ties, season.conformity, season.opted_in) == (
        view.scores, view.ties, view.conformity, view.opted_in)


def test_a_seasons_society_week_is_one_tick_of_the_simulation():
    """From the same state and generator, the season's week and the simulation's week give
    every citizen the same score and the same ties (the player's score is the ledger's)."""
    for week in (3, 8):  # opt-in, then mandatory
        game = new_game(9)
        advance_to_week(game, week)
        state = game.state
        twin = society_from_dict(society_to_dict(state.society), default_content())
        phrase = state.coded.current()
        twin.configure(era=state.era, coded_caught=state.coded.knows(phrase))
        twin.tick()
        assert game.act(EndWeek()).ok
        society = state.society
        assert society.ties == twin.ties
        assert society.scores[PLAYER + 1:] == twin.scores[PLAYER + 1:]
        assert society.scores[PLAYER] == state.score
        assert society.rng.getstate() == twin.rng.getstate()


def test_ending_a_week_runs_the_simulations_week_once(monkeypatch):
    weeks = []
    original = SocietySim._week_steps

    def counted(self):
        weeks.append(self)
        return original(self)

    monkeypatch.setattr(SocietySim, "_week_steps", counted)
    game = new_game(2)
    answer_events(game)
    game.act(EndWeek())
    assert weeks == [game.state.society]


def test_the_player_never_acts_and_the_society_never_befriends_them():
    game = new_game(4)
    society = game.state.society
    for week in range(2, 13):
        before = list(society.ties[PLAYER])
        advance_to_week(game, week)
        assert set(society.ties[PLAYER]) <= set(before)  # only dropped, never met
        assert society.scores[PLAYER] == game.state.score


def test_no_engine_module_outside_the_society_works_the_societys_rules():
    """Only the society package uses the rules' parts; the season calls the society."""
    for path in sorted(ENGINE.rglob("*.py")):
        if "society" in path.relative_to(ENGINE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        names |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                  for alias in node.names}
        assert not names & RULE_PARTS, (path, sorted(names & RULE_PARTS))
