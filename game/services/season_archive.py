"""Finished seasons remembered on this device, so the debrief can set two runs of the same
world side by side: one played with the formula hidden, one with it shown."""

from __future__ import annotations

from game.engine import Game
from game.services.storage import Storage

ARCHIVE_DOCUMENT = "seasons"
MAX_FIGURE = 10_000  # no stored figure is larger (scores stop at 950, counts are small)
MAX_WORLDS = 50  # worlds remembered; the oldest are forgotten first
FIGURES = ("score", "ending", "wellbeing", "friends_kept", "friends_dropped", "held_back",
           "said", "reports", "withdrawn")


def mode_of(game: Game) -> str:
    """"shown" when the formula was shown during play, else "hidden"."""
    return "shown" if game.state.transparent else "hidden"


def figures(game: Game) -> dict:
    """The numbers of a finished season that the comparison shows."""
    metrics = game.metrics()
    return {"score": game.state.score, "ending": game.state.ending,
            **{name: metrics[name] for name in FIGURES if name in metrics
               and name not in ("score",)}}


def remember(storage: Storage, game: Game) -> str | None:
    """Store a finished season under its world and mode; returns a problem, if any."""
    archive = storage.read_json(ARCHIVE_DOCUMENT).data or {}
    world = archive.pop(game.seed_code(), {})
    world = world if isinstance(world, dict) else {}  # a damaged entry is replaced
    world[mode_of(game)] = figures(game)
    archive[game.seed_code()] = world  # re-inserted last: the most recent world
    while len(archive) > MAX_WORLDS:
        archive.pop(next(iter(archive)))
    return storage.write_json(ARCHIVE_DOCUMENT, archive).problem


def other_run(storage: Storage, game: Game) -> dict | None:
    """The same world's season in the other mode, if one was played on this device."""
    world = (storage.read_json(ARCHIVE_DOCUMENT).data or {}).get(game.seed_code(), {})
    other = "hidden" if game.state.transparent else "shown"
    figures_ = world.get(other) if isinstance(world, dict) else None
    return figures_ if plausible(figures_, game) else None


def plausible(stored: object, game: Game) -> bool:
    """Whether stored figures are ones a season of this game could have left: every
    figure a whole number in range, the ending one of the scenario's."""
    if not isinstance(stored, dict) or set(stored) - set(FIGURES):
        return False
    endings = {ending.id for ending in game.content.endings}
    numbers = [value for name, value in stored.items() if name != "ending"]
    ending = stored.get("ending")
    return (isinstance(ending, str) and ending in endings
            and all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_FIGURE
                    for n in numbers))
