"""What if? Replay a season from its seed and action log with one decision changed.

Every season is its seed plus its actions, so any past decision can be changed and the
rest of the season played again by the same rules. After the change the world may differ
(other events, other people in trouble), so the later actions are re-applied where they
still make sense and skipped where they do not; events the original season never saw are
answered with their first allowed choice, and the season is played to its end.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.actions import (
    Action,
    Befriend,
    Choose,
    EndWeek,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    Unfriend,
    WithdrawDraft,
)
from game.engine.content import Content
from game.engine.game import Game
from game.engine.model import SPEAKING_KINDS

MAX_EXTRA_ACTIONS = 2000  # a replay that needs more than this to finish is a bug


@dataclass(frozen=True)
class DecisionPoint:
    """A decision in the log that can be changed: when, what, and what else was possible."""

    index: int  # position in the action log
    week: int
    action: Action
    event_id: str  # for event choices, the event; "" otherwise
    target: int  # the citizen the event or action was about; -1 if none
    alternatives: tuple[Action | None, ...]  # None stands for "don't do it"


def _is_decision(game: Game, action: Action) -> bool:
    if isinstance(action, (Choose, OptIn, Unfriend, Report, Help, Mute, Befriend,
                           WithdrawDraft)):
        return True
    if isinstance(action, Publish):
        return game.content.posts[action.post].kind in SPEAKING_KINDS
    return False


def decision_points(content: Content, seed: int, log: list[Action]) -> list[DecisionPoint]:
    """The decisions of a season, found by replaying its log."""
    game = Game(seed, content.scenario.id, content)
    points = []
    for index, action in enumerate(log):
        if _is_decision(game, action):
            points.append(_point(game, index, action))
        game.act(action)
    return points


def _point(game: Game, index: int, action: Action) -> DecisionPoint:
    state = game.state
    if isinstance(action, Choose) and state.events:
        pending = state.events[0]
        event = game.content.events[pending.event_id]
        others = tuple(Choose(c.id) for c in event.choices
                       if c.id != action.choice and game.check(Choose(c.id)) is None)
        return DecisionPoint(index, state.week, action, pending.event_id, pending.target,
                             others)
    target = getattr(action, "citizen", -1)
    if isinstance(action, Publish):
        others: tuple[Action | None, ...] = (WithdrawDraft(action.post), None)
    elif isinstance(action, WithdrawDraft):
        others = (Publish(action.post),)
    else:
        others = (None,)
    return DecisionPoint(index, state.week, action, "", target, others)


def _answer_events(game: Game) -> None:
    while game.state.events and not game.finished:
        event = game.content.events[game.state.events[0].event_id]
        legal = [c.id for c in event.choices if game.check(Choose(c.id)) is None]
        if not legal:
            raise RuntimeError(f"event {event.id} has no allowed choice")
        game.act(Choose(legal[0]))


def _apply_adaptively(game: Game, action: Action) -> None:
    """Apply a logged action if it still makes sense in the changed world."""
    if game.finished:
        return
    if isinstance(action, Choose):
        if game.state.events and game.check(action) is None:
            game.act(action)
        return
    if game.state.events:
        _answer_events(game)
    if game.check(action) is None:
        game.act(action)


def replay_with_change(content: Content, seed: int, log: list[Action], index: int,
                       replacement: Action | None, ended_after: int | None = None) -> Game:
    """The season again, with the decision at `index` replaced (None: not taken); a season
    that was ended early (`ended_after` weeks played) ends after as many weeks again."""
    game = Game(seed, content.scenario.id, content)
    for action in log[:index]:
        game.act(action)
    if replacement is not None:
        _apply_adaptively(game, replacement)
    for action in log[index + 1:]:
        _apply_adaptively(game, action)
    if ended_after is None:
        return play_out(game)
    for _ in range(MAX_EXTRA_ACTIONS):
        if game.finished or game.state.week > ended_after:
            game.end_now()
            return game
        _answer_events(game)
        game.act(EndWeek())
    raise RuntimeError("the season did not reach its end")


def play_out(game: Game) -> Game:
    """End the remaining weeks, answering events with their first allowed choice (a
    replay's tail, or a teacher skipping to the debrief)."""
    for _ in range(MAX_EXTRA_ACTIONS):
        if game.finished:
            return game
        _answer_events(game)
        game.act(EndWeek())
    raise RuntimeError("the season did not finish")
