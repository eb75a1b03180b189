"""The season in play and its autosave: start, save every week, continue, set bad saves aside.

No pygame here: the session only joins the engine with storage, so tests can drive it and
the title and play scenes share one way of saving.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from game.engine import ContentError, Design, Game, SaveError, lesson_fits
from game.game_data import GameData
from game.services.storage import Storage

SAVE_DOCUMENT = "season"
SEED_RANGE = 1_000_000  # new worlds are numbered 0..999,999, short enough to read aloud


@dataclass
class LoadResult:
    """A restored season with the data it runs on, or None with the reason it could not be
    used."""

    game: Game | None = None
    problem: str | None = None
    data: GameData | None = None


def fresh_seed() -> int:
    """A seed for a new world, taken from the clock (outside the rules engine)."""
    return time.time_ns() // 1000 % SEED_RANGE


class Session:
    """Creates, saves and restores seasons through a `Storage`."""

    def __init__(self, data: GameData, storage: Storage) -> None:
        self.data = data
        self.storage = storage

    def new_game(self, seed: int | None = None, data: GameData | None = None,
                 transparent: bool = False, design: Design | None = None,
                 lesson: int = 0, card: bool = False) -> Game:
        """A new season for `seed` (a fresh one if None) on `data` (default: the session's
        own), saved at once; `transparent` shows the formula as it works, `lesson` shortens
        the season to that many weeks (0: its own length) and `card` asks the
        before-and-after card."""
        data = data or self.data
        if not lesson_fits(lesson, data.content):
            lesson = 0  # a lesson longer than this scenario's season: play the whole season
        game = Game(fresh_seed() if seed is None else seed, data.content.scenario.id,
                    data.content, transparent, design, lesson, card)
        self.save(game)
        return game

    def save(self, game: Game) -> str | None:
        """Write the season; returns a problem sentence if it could not be stored."""
        return self.storage.write_json(SAVE_DOCUMENT, {"season": game.to_json()}).problem

    def load(self) -> LoadResult:
        """The saved season, if any. A damaged one is set aside (never deleted)."""
        result = self.storage.read_json(SAVE_DOCUMENT)
        if result.problem:
            return LoadResult(problem=result.problem)
        if result.data is None:
            return LoadResult()
        try:
            text = result.data["season"]
            if not isinstance(text, str):
                raise SaveError("the save holds no season")
            data = self.data.for_scenario(scenario_of(text))
            return LoadResult(game=Game.from_json(text, data.content), data=data)
        except (KeyError, SaveError, ContentError) as exc:
            reason = f"could not be restored ({exc})"
            return LoadResult(problem=self.storage.set_aside(SAVE_DOCUMENT, reason).problem)


def scenario_of(season_json: str) -> str:
    """The scenario a saved season was played in (SaveError if it does not say)."""
    try:
        scenario = json.loads(season_json)["state"]["scenario"]
    except (ValueError, KeyError, TypeError) as exc:
        raise SaveError(f"the save does not name its scenario ({exc})") from exc
    if not isinstance(scenario, str) or not scenario.replace("_", "").isalnum():
        raise SaveError(f"the save names a strange scenario {scenario!r}")
    return scenario
