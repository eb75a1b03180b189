"""Shared helpers for engine tests: a cached content load, a scripted player, lanes read back,
and a copy of the data folder with a mistake in it."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

from game.engine import Choose, EndWeek, Game, load_content
from game.engine.content import DEFAULT_DATA_DIR, Content
from game.engine.society.lanes import lanes_to_words


@functools.cache
def default_content() -> Content:
    """The shipped content, loaded once per test session."""
    return load_content()


def new_game(seed: int = 1) -> Game:
    """A fresh default season."""
    return Game(seed, "default", default_content())


def answer_events(game: Game, prefer: tuple[str, ...] = ()) -> None:
    """Answer every pending event: the first preferred legal choice, else the first legal."""
    while game.state.events:
        event = game.content.events[game.state.events[0].event_id]
        legal = [c.id for c in event.choices if game.check(Choose(c.id)) is None]
        assert legal, f"event {event.id} offers no legal choice"
        pick = next((c for c in prefer if c in legal), legal[0])
        assert game.act(Choose(pick)).ok


def advance_to_week(game: Game, week: int, prefer: tuple[str, ...] = ()) -> None:
    """End weeks (answering events) until `week` has begun."""
    while game.state.week < week:
        answer_events(game, prefer)
        assert game.act(EndWeek()).ok
    answer_events(game, prefer)


def unpack(count: int, packed: int) -> list[int]:
    """The values of `count` lanes, as a list."""
    return lanes_to_words(packed, count).tolist()


def edited_data_copy(folder: Path, file: str, old: str, new: str) -> Path:
    """A copy of the game's data folder under `folder`, with the first `old` in `file` (a path
    inside it) replaced by `new`: a content mistake to load. Returns the copy's path."""
    data_dir = folder / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data_dir)
    path = data_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data_dir
