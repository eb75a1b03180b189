"""Property tests: invariants hold and seasons are deterministic under any action sequence."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine import (
    Befriend,
    Buy,
    Choose,
    EndWeek,
    Game,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    Unfriend,
)
from game.engine.content import SCORE_MAX, SCORE_MIN

from .helpers import default_content

CONTENT = default_content()
CHOICE_IDS = sorted({c.id for e in CONTENT.events.values() for c in e.choices})
SOCIETY_SIZE = CONTENT.scenario.society.size

actions = st.one_of(
    st.sampled_from([Buy(i) for i in CONTENT.items]),
    st.sampled_from([Publish(p) for p in CONTENT.posts]),
    st.builds(Befriend, st.integers(0, SOCIETY_SIZE)),
    st.builds(Unfriend, st.integers(0, 12)),
    st.builds(Help, st.integers(0, 12)),
    st.builds(Mute, st.integers(0, 12)),
    st.builds(Report, st.integers(0, 12)),
    st.just(OptIn()),
    st.sampled_from([Choose(c) for c in CHOICE_IDS]),
    st.just(EndWeek()),
)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def play(seed: int, script: list) -> Game:
    game = Game(seed, "default", CONTENT)
    for action in script:
        game.act(action)
    return game


def check_invariants(game: Game) -> None:
    state = game.state
    assert SCORE_MIN <= state.score <= SCORE_MAX
    assert state.money >= 0 and 0 <= state.wellbeing <= 100 and state.hours >= 0
    ledger = state.ledger
    assert state.score == SCORE_MIN + sum(line.amount for line in ledger.lines)
    for dim in CONTENT.scenario.dimensions:
        booked = sum(line.amount for line in ledger.lines if line.dimension == dim.id)
        assert booked == ledger.points[dim.id]
        assert 0 <= booked <= dim.cap
    assert all(SCORE_MIN <= s <= SCORE_MAX for s in state.society.scores)
    assert sorted(state.closeness) == state.friends
    for snap in state.history:
        assert SCORE_MIN <= snap.score <= SCORE_MAX and snap.money >= 0


@SETTINGS
@given(seed=st.integers(0, 2**32), script=st.lists(actions, max_size=80))
def test_invariants_hold_after_any_actions(seed, script):
    game = Game(seed, "default", CONTENT)
    for action in script:
        game.act(action)
        check_invariants(game)


@SETTINGS
@given(seed=st.integers(0, 2**32), script=st.lists(actions, max_size=60))
def test_same_seed_and_actions_give_the_same_world(seed, script):
    first, second = play(seed, script), play(seed, script)
    assert first.state.to_dict() == second.state.to_dict()


@SETTINGS
@given(seed=st.integers(0, 2**32), before=st.lists(actions, max_size=40),
       after=st.lists(actions, max_size=40))
def test_a_restored_save_continues_identically(seed, before, after):
    original = play(seed, before)
    saved = original.to_json()
    restored = Game.from_json(json.loads(json.dumps(saved)), CONTENT)
    assert restored.state.to_dict() == original.state.to_dict()
    for action in after:
        a, b = original.act(action), restored.act(action)
        assert (a.key, a.params, a.points) == (b.key, b.params, b.points)
    assert restored.state.to_dict() == original.state.to_dict()
    assert restored.to_json() == original.to_json()


def test_different_seeds_give_different_worlds():
    assert play(1, []).state.society.scores != play(2, []).state.society.scores
