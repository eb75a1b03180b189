"""Start to first frame (budget: under 1 s): a fresh Python process imports pygame and the
game, loads and checks the content, opens the window and draws the title screen."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.timing import report

BUDGET_MS = 1000.0
RUNS = 3
ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import os
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
from game.shell import App
from game.launch import SCENES, first_scene
app = App(first_scene, scenes=SCENES)
app.step([])
import pygame
pygame.display.flip()
print("first frame", flush=True)
"""


def run(baseline: float) -> dict:
    samples = []
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    for _ in range(RUNS):
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, env=env,
                                   stdout=subprocess.PIPE, text=True)
        line = process.stdout.readline()
        samples.append((time.perf_counter() - start) * 1000)
        process.kill()
        process.wait()
        if "first frame" not in line:
            raise RuntimeError("the game did not draw its first frame")
    return report("start_to_first_frame", min(samples), "ms", BUDGET_MS, baseline,
                  runs_ms=[round(s, 1) for s in samples])
