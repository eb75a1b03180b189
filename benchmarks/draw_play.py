"""Drawing the play scene at 1280x720 under the dummy driver (budget: 4 ms at the 95th
percentile), with the focus moving every few frames as a player's would."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from benchmarks.timing import percentile, report, time_calls  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.scenes.play import PlayScene  # noqa: E402
from game.services.session import Session  # noqa: E402
from game.services.storage import MemoryBackend, Storage  # noqa: E402
from game.shell import App, load_context  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402

BUDGET_MS = 4.0
FRAMES = 600
WARM_UP_FRAMES = 30  # fonts and text caches fill on the first frames
FOCUS_MOVE_EVERY = 10  # frames between simulated arrow presses
FULL_REDRAWS = 100  # frames measured right after an action (rebuild and backdrop)


def run(baseline: float) -> dict:
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    data = GameData.load()
    context = load_context(storage=Storage(MemoryBackend()))
    session = Session(data, context.storage)
    game = session.new_game(seed=3)
    app = App(PlayScene(data, session, game), context=context, screen=screen)
    app.apply(app.top.activate("opt_in"))  # the week-1 invitation answered
    while type(app.top).__name__ != "PlayScene":
        app.apply(app.top.activate(app.top.focus.focused_id))
    scene = app.top
    frame = {"n": 0}

    def one_frame() -> None:
        frame["n"] += 1
        if frame["n"] % FOCUS_MOVE_EVERY == 0:
            scene.focus.focus_next()
        screen.fill(context.theme.palette.background)
        scene.draw(screen)

    for _ in range(WARM_UP_FRAMES):
        one_frame()
    samples = time_calls(one_frame, FRAMES)

    def full_redraw() -> None:
        scene.rebuild()  # what an action costs: widgets rebuilt, the backdrop redrawn
        one_frame()

    redraws = time_calls(full_redraw, FULL_REDRAWS)
    return report("draw_play_scene_p95", percentile(samples, 0.95), "ms", BUDGET_MS, baseline,
                  median_ms=round(sorted(samples)[len(samples) // 2], 3), frames=FRAMES,
                  after_action_p95_ms=round(percentile(redraws, 0.95), 3))
