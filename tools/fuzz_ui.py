"""UI fuzzing: random input through the real scenes, frame by frame, under SDL's dummy driver.

A seeded stream of events (key presses and releases, typed text, clicks, drags, the mouse
wheel, window focus lost and regained, window resizes) goes to the real app, one frame at a
time. Now and then the app is restarted on a scene of the scene table that a random walk
seldom reaches. No event may raise; the scenes reached are counted.

    python tools/fuzz_ui.py --events 200000 --seed 1   # the long run (README figure)

`tests/scenes/test_fuzz_ui.py` runs a short, seeded form in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
if __name__ == "__main__":  # run as a script: the repository is not on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from game.bots.season import play_season, play_weeks  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.launch import first_scene  # noqa: E402
from game.scenes.registry import SCENES  # noqa: E402
from game.services.presets import Presets  # noqa: E402
from game.services.session import Session  # noqa: E402
from game.services.storage import MemoryBackend, Storage  # noqa: E402
from game.shell import App, Settings, load_context  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402

KEYS = ("return", "escape", "tab", "space", "up", "down", "left", "right", "page up",
        "page down", "home", "end", "backspace", "delete", "f2", "f3", "f4", "1", "2", "3",
        "4", "5", "6", "a", "b", "c", "d", "e", "h", "m", "n", "o", "p", "q", "r", "s", "t",
        "v", "w", "x", "y")
TEXTS = ("2600", "-", "abc", "ILOU", "漢字", "é", " ", "0" * 30, "\x00")
RESTART_EVERY = 400  # events between restarts on a scene the walk may not reach
SETTINGS = (Settings(), Settings(text_scale="large", high_contrast=True),
            Settings(presenter=True), Settings(language="zh"), Settings(language="es"),
            Settings(language="fr"))


def random_event(rng: random.Random) -> list[pygame.event.Event]:
    """One gesture as events: a key press and release, text, a click, a drag, the wheel,
    or a window event."""
    roll = rng.random()
    point = (rng.randrange(-20, LOGICAL_SIZE_PX[0] + 20), rng.randrange(-20,
                                                                       LOGICAL_SIZE_PX[1] + 20))
    if roll < 0.5:
        key = pygame.key.key_code(rng.choice(KEYS))
        mod = rng.choice((0, 0, 0, pygame.KMOD_SHIFT, pygame.KMOD_CTRL))
        text = chr(key) if 32 <= key < 127 else ""
        return [pygame.event.Event(kind, key=key, mod=mod, unicode=text, scancode=0)
                for kind in (pygame.KEYDOWN, pygame.KEYUP)]
    if roll < 0.6:
        return [pygame.event.Event(pygame.TEXTINPUT, text=rng.choice(TEXTS))]
    if roll < 0.85:
        return [pygame.event.Event(pygame.MOUSEMOTION, pos=point, rel=(0, 0), buttons=(0, 0, 0)),
                pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=point, button=1),
                pygame.event.Event(pygame.MOUSEBUTTONUP, pos=point, button=1)]
    if roll < 0.92:
        end = (point[0] + rng.randint(-300, 300), point[1] + rng.randint(-100, 100))
        return [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=point, button=1),
                pygame.event.Event(pygame.MOUSEMOTION, pos=end, rel=(0, 0), buttons=(1, 0, 0)),
                pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1)]
    if roll < 0.97:
        return [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice((-3, -1, 1, 3)),
                                   flipped=False)]
    return [pygame.event.Event(rng.choice((pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED,
                                           pygame.WINDOWRESIZED)), x=640, y=360)]


def start_scene(rng: random.Random, data: GameData, session: Session):
    """A scene to restart on: the title, or one a random walk reaches only late."""
    roll = rng.random()
    if roll < 0.4:
        return first_scene(presets=Presets())
    if roll < 0.7:
        game = play_weeks("random", rng.randrange(100), rng.randint(1, 11), content=data.content)
        return SCENES["play"].make(data, session, game)
    if roll < 0.9:
        game = play_season("random", rng.randrange(100), content=data.content)
        return SCENES["debrief"].make(data, session, game)
    if roll < 0.97:
        return SCENES["society"].make(data, seed=rng.randrange(100))
    return SCENES["error"].make("assets/data/items.toml, item 'x', field 'price': must be a "
                                "whole number (got 'cheap')")


def fuzz(events: int, seed: int) -> tuple[Counter, list[str]]:
    """Send `events` gestures; how often each scene was on top, and the crashes."""
    rng = random.Random(seed)
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    data = GameData.load()
    seen, crashes = Counter(), []
    app = None
    for index in range(events):
        if app is None or not app.running or index % RESTART_EVERY == 0:
            context = load_context(storage=Storage(MemoryBackend()), scenes=SCENES)
            context.apply_settings(rng.choice(SETTINGS), save=False)
            scene = start_scene(rng, data, Session(data, context.storage))
            app = App(scene, context=context, screen=screen)
        try:
            app.step(random_event(rng), rng.choice((0.0, 1 / 60, 0.2)))
        except Exception:  # noqa: BLE001 - any exception is what the fuzzer looks for
            crashes.append(f"event {index} on {type(app.top).__name__}: "
                           f"{traceback.format_exc(limit=5)}")
            app = None
            continue
        if app.top is not None:
            seen[type(app.top).__name__] += 1
    return seen, crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    seen, crashes = fuzz(args.events, args.seed)
    print(json.dumps({"events": args.events, "seed": args.seed, "crashes": len(crashes),
                      "scenes": dict(seen.most_common()),
                      "seconds": round(time.monotonic() - started, 1)}))
    for detail in crashes[:10]:
        print(detail)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
