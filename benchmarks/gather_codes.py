"""Gathering a class's results (budget: 30 codes in under a minute, of which the game's
part should take under 1 s): 30 bot-made result codes with the before-and-after card are
pasted as one block into Class results, each is read and checked, and the overview and the
card chart are drawn. Also timed: the same 30 entered one at a time (each Enter re-reads
the class so far), the machine's share of typing them."""

from __future__ import annotations

import os
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from benchmarks.timing import report  # noqa: E402
from game.engine import Game, play_out  # noqa: E402
from game.game_data import GameData  # noqa: E402
from game.scenes.class_results import ClassResultsScene  # noqa: E402
from game.services.storage import MemoryBackend, Storage  # noqa: E402
from game.shell import App, load_context  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX  # noqa: E402

BUDGET_MS = 1000.0
CLASS_SIZE = 30
RUNS = 3


def class_codes(data: GameData) -> list[str]:
    """A class's result codes: short seasons, both cards answered, ended at once."""
    codes = []
    for seed in range(CLASS_SIZE):
        game = Game(seed, content=data.content, lesson=6, card=True)
        game.answer_card("before", [(seed + k) % 5 for k in range(len(data.quiz))])
        play_out(game)
        game.answer_card("after", [s.answer_number for s in data.quiz])
        codes.append(game.result_code())
    return codes


def gather(data: GameData, screen: pygame.Surface, codes: list[str], one_by_one: bool) -> float:
    """Milliseconds to enter the codes and draw both views of the results."""
    context = load_context(storage=Storage(MemoryBackend()))
    app = App(ClassResultsScene(data), context=context, screen=screen)
    app.step([])
    start = time.perf_counter()
    if one_by_one:
        for code in codes:
            app.top.add_codes(code)
    else:
        app.top.paste("\n".join(codes))
    app.step([])
    app.top.view = "card"
    app.top.rebuild()
    app.step([])
    elapsed = (time.perf_counter() - start) * 1000
    if len(app.top.summary.read) != CLASS_SIZE:
        raise RuntimeError("not every code was read")
    return elapsed


def run(baseline: float) -> dict:
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX)
    data = GameData.load()
    codes = class_codes(data)
    pasted = [gather(data, screen, codes, one_by_one=False) for _ in range(RUNS)]
    typed = [gather(data, screen, codes, one_by_one=True) for _ in range(RUNS)]
    report("class_results_30_codes_typed_one_by_one", min(typed), "ms", None, baseline)
    return report("class_results_30_codes_pasted", min(pasted), "ms", BUDGET_MS, baseline,
                  runs_ms=[round(s, 1) for s in pasted])


if __name__ == "__main__":
    from benchmarks.timing import baseline_ms

    run(baseline_ms())
