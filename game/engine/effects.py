"""Small state changes every rule uses: spending, wellbeing, closeness, queued score points.

Score points a player's choice earns are queued during the week and booked into the ledger
when the week ends, as the real score was recalculated periodically rather than live.
"""

from __future__ import annotations

from game.engine.ledger import CauseKind
from game.engine.state import GameState, PendingPoints

WELLBEING_MIN = 0
WELLBEING_MAX = 100
CLOSENESS_MIN = 0
CLOSENESS_MAX = 100


def change_money(state: GameState, amount: int) -> int:
    """Add (or take, never below zero) yuan; return the change actually made."""
    before = state.money
    state.money = max(0, state.money + amount)
    return state.money - before


def spend_hours(state: GameState, hours: int) -> None:
    """Use hours of the week (callers check there are enough first)."""
    state.hours = max(0, state.hours - hours)


def change_wellbeing(state: GameState, amount: int) -> int:
    """Change wellbeing within 0..100; return the change actually made."""
    before = state.wellbeing
    state.wellbeing = max(WELLBEING_MIN, min(WELLBEING_MAX, state.wellbeing + amount))
    return state.wellbeing - before


def change_closeness(state: GameState, citizen: int, amount: int) -> None:
    """Change closeness with a friend within 0..100 (ignored for non-friends)."""
    if citizen in state.closeness:
        value = state.closeness[citizen] + amount
        state.closeness[citizen] = max(CLOSENESS_MIN, min(CLOSENESS_MAX, value))


def queue_points(state: GameState, kind: CauseKind, cause: str,
                 points: dict[str, int]) -> dict[str, int]:
    """Queue hidden score points to be booked at the end of the week; return them."""
    wanted = {dim: amount for dim, amount in points.items() if amount}
    if wanted:
        state.pending.append(PendingPoints(kind, cause, wanted))
    return wanted


def change_citizen_score(state: GameState, citizen: int, amount: int) -> None:
    """Move a simulated citizen's score (the society keeps it within the score range)."""
    state.society.set_score(citizen, state.society.scores[citizen] + amount)


def enrol(state: GameState) -> None:
    """Switch the score on (once), remembering the week it happened."""
    if not state.enrolled:
        state.enrolled = True
        state.record.enrolled_week = state.week


def add_flag(state: GameState, flag: str) -> None:
    """Set a flag on the record (kept sorted so saves compare equal)."""
    if flag not in state.record.flags:
        state.record.flags.append(flag)
        state.record.flags.sort()
