"""The society view's frames under the dummy driver.

- Paused, as a class watches it between weeks, at the view's first 500 citizens (a shape
  each, their ties, the player's ties bright) and at 5,000 (a density view of the same
  layout): drawing a frame must take at most 4 ms at the 95th percentile.
- Running at its top speed with 5,000 and with 20,000 citizens: a whole frame (the week's work
  spread over frames, the layout moved on and the picture redrawn over frames, drawing) must
  take at most 1/60 s at the 95th percentile, so the view stays at 60 frames a second while
  the society lives.
"""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from benchmarks.timing import percentile, report, time_calls  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.scenes.society import SocietyScene  # noqa: E402
from game.scenes.society_run import SPEEDS  # noqa: E402
from game.services.storage import MemoryBackend, Storage  # noqa: E402
from game.shell import App, load_context  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402

PAUSED_BUDGET_MS = 4.0
FRAME_BUDGET_MS = 1000 / 60  # one frame at 60 Hz
PAUSED_FRAMES = 300
RUNNING_FRAMES = 600  # ten seconds of frames at 60 Hz
WARM_UP_FRAMES = 60
FRAME_SECONDS = 1 / 60
PAUSED_POPULATIONS = (500, 5_000)
RUNNING_POPULATIONS = (5_000, 20_000)


def run(baseline: float) -> dict:
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    context = load_context(storage=Storage(MemoryBackend()))
    app = App(SocietyScene(GameData.load()), context=context, screen=screen)
    scene = app.top

    def frame() -> None:
        screen.fill(context.theme.palette.background)
        scene.draw(screen)

    rows = []
    for population in PAUSED_POPULATIONS:
        scene.control_population_to(population)
        scene.rebuild()
        scene.run.running = False
        scene.run.step()
        frame()
        samples = time_calls(frame, PAUSED_FRAMES)
        rows.append(report(f"draw_society_{population}_p95", percentile(samples, 0.95), "ms",
                           PAUSED_BUDGET_MS, baseline,
                           median_ms=round(sorted(samples)[len(samples) // 2], 3),
                           citizens=population))
    for population in RUNNING_POPULATIONS:
        scene.control_population_to(population)
        scene.rebuild()
        scene.run.running = True
        scene.run.speed_index = len(SPEEDS) - 1
        for _ in range(WARM_UP_FRAMES):
            app.step([], FRAME_SECONDS)
        weeks = scene.run.sims[0].ticks
        running = time_calls(lambda: app.step([], FRAME_SECONDS), RUNNING_FRAMES)
        seconds = RUNNING_FRAMES * FRAME_SECONDS
        rows.append(report(f"society_view_running_{population}_frame_p95",
                           percentile(running, 0.95), "ms", round(FRAME_BUDGET_MS, 2),
                           baseline, median_ms=round(sorted(running)[len(running) // 2], 3),
                           max_ms=round(max(running), 3), citizens=population,
                           weeks_per_second=round((scene.run.sims[0].ticks - weeks) / seconds, 2),
                           asked_weeks_per_second=SPEEDS[-1]))
    return min(rows, key=lambda row: row["within_budget"])
