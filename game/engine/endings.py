"""How a season ends: measures of the whole run, and the first ending whose conditions hold."""

from __future__ import annotations

from game.engine.content import Content
from game.engine.model import Ending
from game.engine.state import GameState


def starting_friends(content: Content) -> list[int]:
    """Citizen indices of the named friends the season starts with."""
    return list(range(1, len(content.friends) + 1))


def run_metrics(state: GameState, content: Content) -> dict[str, int]:
    """The whole run summed up in the measures endings and bots use."""
    record = state.record
    kept = [f for f in starting_friends(content) if f in state.friends]
    return {
        "score": state.score,
        "wellbeing": state.wellbeing,
        "friends_kept": len(kept),
        "friends_now": len(state.friends),
        "friends_dropped": len(record.dropped),
        "dropped_by": len(record.dropped_by),
        "reports": len(record.reported),
        "held_back": len(record.held_back),
        "said": len(record.said),
        "silent_weeks": len(record.silent_weeks),
        "muted": len(record.muted),
        "withdrawn": len(record.withdrawn),
        "helped": len(record.helped),
        "exploits": len(record.exploits),
        "low_score_club": int("low_score_club" in record.flags),
        "perks": len(state.perks),
        "money": state.money,
    }


def _matches(ending: Ending, metrics: dict[str, int]) -> bool:
    return all(low <= metrics[name] <= high for name, (low, high) in ending.conditions.items())


def choose_ending(state: GameState, content: Content) -> str:
    """The id of the first ending, by priority, whose conditions the run meets."""
    metrics = run_metrics(state, content)
    for ending in content.endings:
        if _matches(ending, metrics):
            return ending.id
    return content.endings[-1].id
