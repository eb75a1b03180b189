"""When the score moves: by how much, what moved it most, and which thresholds it crossed.

The play screen watches the game's state (`Watch`); when the score, the perks or the
penalties differ from what it last saw, `Watch.moved` says what changed in words the
screen can show. While the formula is hidden the largest cause is named as the platform
names it (one of its five published dimensions, as Sesame did, S4); once it is shown,
by the game's own causes.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import Game, cause_group
from game.game_data import GameData
from game.presentation import signed


@dataclass(frozen=True)
class Crossing:
    """A threshold crossed: the words of its banner and whether it is good news."""

    text: str
    good: bool


@dataclass(frozen=True)
class ScoreMove:
    """One movement of the score: the change, its largest cause and what it crossed."""

    before: int
    after: int
    cause: str  # "" when nothing moved the score
    crossings: tuple[Crossing, ...]

    @property
    def delta(self) -> int:
        return self.after - self.before


def largest_cause(data: GameData, game: Game, lines: list) -> str:
    """The cause that moved the score most among ledger `lines`, in words ("" if none)."""
    totals: dict[str, int] = {}
    for line in lines:
        key = cause_group(line) if game.state.transparent else line.dimension
        totals[key] = totals.get(key, 0) + line.amount
    moved = {key: amount for key, amount in totals.items() if amount}
    if not moved:
        return ""
    key = max(sorted(moved), key=lambda k: abs(moved[k]))
    name = data.t(f"ui.group.{key}") if game.state.transparent else data.t(f"dim.{key}.name")
    return data.t("ui.feel.mostly", cause=name, points=signed(moved[key]))


def crossings(data: GameData, game: Game, perks_before: tuple[str, ...],
              penalties_before: tuple[str, ...]) -> tuple[Crossing, ...]:
    """The perks gained and lost and the penalties begun and lifted, as banners."""
    state, content = game.state, game.content
    return (_changes(data, "perk", content.perks, perks_before, state.perks, good=True)
            + _changes(data, "penalty", content.penalties, penalties_before, state.penalties,
                       good=False))


BANNER_KEYS = {"perk": ("ui.feel.perk_unlocked", "ui.feel.perk_lost"),
               "penalty": ("ui.feel.penalty_began", "ui.feel.penalty_lifted")}
"""The banner for a perk or penalty that began, then for one that ended."""


def _changes(data: GameData, kind: str, things, before, now, good: bool
             ) -> tuple[Crossing, ...]:
    """A banner for each of `things` (perks or penalties) held now but not before, or the
    other way round; one beginning is good news when `good`."""
    began_key, ended_key = BANNER_KEYS[kind]
    found = []
    for thing in things:
        was, held = thing.id in before, thing.id in now
        if was == held:
            continue
        words = {kind: data.t(f"{kind}.{thing.id}.name"), "threshold": thing.threshold}
        found.append(Crossing(data.t(began_key if held else ended_key, **words),
                              good if held else not good))
    return tuple(found)


MISSED_BILL = "missed_bill"  # the ledger's cause for a bill booked as the next week opens


def last_turn_lines(game: Game) -> list:
    """The ledger lines of the last week's turn: those booked as week `w - 1` ended, and
    the bill booked as week `w` opened (nothing else moves the score mid-week). Empty in
    the first week."""
    week = game.state.week
    if week <= 1:
        return []
    return [line for line in game.state.ledger.lines
            if (line.week == week - 1 and line.cause != MISSED_BILL) or
            line.week == week]


def last_turn_change(game: Game) -> int | None:
    """How far the last turn moved the score (None in the first week, before any turn)."""
    if game.state.week <= 1 and not game.state.finished:
        return None
    return sum(line.amount for line in last_turn_lines(game))


def topic_text(data: GameData, game: Game) -> str:
    """What is on the player's mind, in words that agree with the score: a topic may have
    a second wording, `ui.feel.topic_steady.<id>`, for when the last turn did not lower
    the score (a complaint that "your score dropped" after it rose would contradict it)."""
    topic = game.state.topic
    steady = f"ui.feel.topic_steady.{topic}"
    change = last_turn_change(game)
    fell = game.state.enrolled and change is not None and change < 0
    if not fell and data.strings.has(steady):
        return data.t(steady)
    return data.t(f"topic.{topic}")


class Watch:
    """What the play screen last saw of the score; `moved()` reports a change once."""

    def __init__(self, game: Game) -> None:
        self.game = game
        self._see()

    def _see(self) -> None:
        state = self.game.state
        self.score = state.score
        self.lines = len(state.ledger.lines)
        self.perks = tuple(state.perks)
        self.penalties = tuple(state.penalties)

    def moved(self, data: GameData) -> ScoreMove | None:
        """What changed since the last look (None if nothing the player can see did)."""
        state = self.game.state
        if (state.score, tuple(state.perks), tuple(state.penalties)) == \
                (self.score, self.perks, self.penalties):
            self.lines = len(state.ledger.lines)
            return None
        lines = state.ledger.lines[self.lines:]
        move = ScoreMove(self.score, state.score, largest_cause(data, self.game, lines),
                         crossings(data, self.game, self.perks, self.penalties))
        self._see()
        return move
