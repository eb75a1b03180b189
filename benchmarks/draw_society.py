"""Drawing the society view with 5,000 citizens and their ties under the dummy driver
(budget: 4 ms at the 95th percentile), the society paused between ticks as a class watches
it; the frame right after a tick, which redraws the cached layer, is reported beside it."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from benchmarks.timing import percentile, report, time_calls  # noqa: E402
from game.app import App, load_context  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.scenes.society import SocietyScene  # noqa: E402
from game.storage import MemoryBackend, Storage  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402

BUDGET_MS = 4.0
FRAMES = 300
AFTER_TICK_FRAMES = 10
POPULATION = 5_000


def run(baseline: float) -> dict:
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    context = load_context(storage=Storage(MemoryBackend()))
    app = App(SocietySceneAt(GameData.load()), context=context, screen=screen)
    scene = app.top
    scene.running = False

    def frame() -> None:
        screen.fill(context.theme.palette.background)
        scene.draw(screen)

    frame()
    samples = time_calls(frame, FRAMES)

    def tick_then_frame() -> None:
        scene.tick()
        frame()

    after_tick = time_calls(tick_then_frame, AFTER_TICK_FRAMES)
    return report("draw_society_5000_p95", percentile(samples, 0.95), "ms", BUDGET_MS,
                  baseline, median_ms=round(sorted(samples)[len(samples) // 2], 3),
                  citizens=POPULATION, tick_and_frame_median_ms=round(
                      sorted(after_tick)[len(after_tick) // 2], 3))


def SocietySceneAt(data: GameData) -> SocietyScene:  # noqa: N802 - reads as a constructor
    """The society view showing 5,000 citizens."""
    scene = SocietyScene(data)
    scene.control_population_to(POPULATION)
    return scene
