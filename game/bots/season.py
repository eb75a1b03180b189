"""Playing a whole season with a strategy and summing it up as one JSON-ready object."""

from __future__ import annotations

from game.bots.strategies import STRATEGIES, Strategy, legal_choices
from game.engine import (
    EXPLOIT_LEARNED,
    CauseKind,
    Choose,
    Content,
    EndWeek,
    Game,
    exploit_causes,
)


def play_season(strategy_name: str, seed: int, scenario: str = "default",
                content: Content | None = None) -> Game:
    """Play a full season with the named strategy and return the finished game."""
    return play_weeks(strategy_name, seed, None, scenario, content)


def play_weeks(strategy_name: str, seed: int, weeks: int | None, scenario: str = "default",
               content: Content | None = None) -> Game:
    """Play `weeks` weeks (None: the whole season) with the named strategy."""
    return play_strategy(STRATEGIES[strategy_name](seed), Game(seed, scenario, content), weeks)


def play_strategy(strategy: Strategy, game: Game, weeks: int | None = None) -> Game:
    """Play `game` with a strategy object for `weeks` weeks (None: to the season's end)."""
    while not game.finished and (weeks is None or game.state.week <= weeks):
        while game.state.events:
            choices = legal_choices(game)
            if not choices:
                raise RuntimeError(f"event {game.state.events[0].event_id} has no legal choice")
            game.act(Choose(strategy.choose(game, choices)))
        strategy.week_actions(game)
        while game.state.events:  # an action never adds events, but stay safe
            game.act(Choose(legal_choices(game)[0]))
        game.act(EndWeek())
    return game


def mandatory_friend_points(game: Game) -> int:
    """Score points the friend rule and friends' posts gave (or took) in the mandatory era."""
    start = game.content.scenario.mandatory_from
    return game.state.ledger.total_for(
        lambda line: line.week >= start and (line.cause == "friend_rule"
                                             or line.kind is CauseKind.FRIEND))


def exploit_points(game: Game) -> int:
    """Score points exploits (needless baby goods and the like) added, less what the score
    took back when it learned the pattern."""
    causes = exploit_causes(game.content) | {EXPLOIT_LEARNED}
    return game.state.ledger.total_for(lambda line: line.cause in causes)


def summary(game: Game, strategy_name: str) -> dict:
    """The season as one JSON-ready object (the bots' command-line output)."""
    state = game.state
    metrics = game.metrics()
    return {
        "strategy": strategy_name,
        "seed": state.seed,
        "scenario": state.scenario,
        "final_score": state.score,
        "perks": list(state.perks),
        "wellbeing": state.wellbeing,
        "money": state.money,
        "friends_kept": metrics["friends_kept"],
        "friends_now": metrics["friends_now"],
        "friends_dropped": metrics["friends_dropped"],
        "dropped_by_friends": metrics["dropped_by"],
        "posts_held_back": metrics["held_back"],
        "posts_said": metrics["said"],
        "reports_made": metrics["reports"],
        "exploits": metrics["exploits"],
        "exploit_points": exploit_points(game),
        "mandatory_friend_points": mandatory_friend_points(game),
        "perk_money": sum(row[1] for row in state.record.perk_income),
        "perk_hours": sum(row[2] for row in state.record.perk_income),
        "ending": state.ending,
        "seed_code": game.seed_code(),
        "result_code": game.result_code(),
        "weekly_scores": [snap.score for snap in state.history],
    }
