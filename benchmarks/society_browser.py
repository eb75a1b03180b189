"""The society view's week in a browser: the rules engine on Pyodide in headless Chromium.

Classes mostly open the game in a browser, where Python runs as WebAssembly. This times the
same weeks there as on the desktop, through the browser tests' Pyodide page
(`tests.browser.pyodide_engine`: needs the test extra for Playwright, `npm install` for
Pyodide and Debian's Chromium; without them it prints why and skips). Pyodide is not
pygbag's runtime, but both are CPython 3.12 compiled to WebAssembly by Emscripten.

The budget follows from the view: it works on a week for at most WORK_BUDGET_S a frame, so
to keep its default speed at 60 frames a second a week at the default population may take
at most WORK_BUDGET_S * FRAMES_PER_SECOND / default speed. Each line also gives the weeks a
second the view can make at that size, and the browser's time against the desktop's for the
same weeks and for the baseline workload.
"""

from __future__ import annotations

import inspect
import json
import statistics
import tempfile
from pathlib import Path

from benchmarks.timing import BASELINE_ITEMS, baseline_ms, report, time_calls
from game.engine import load_content
from game.engine.society.sim import DEFAULT_POPULATION, MAX_POPULATION, SimSettings, SocietySim
from game.scenes.society_run import DEFAULT_SPEED_INDEX, SPEEDS, WORK_BUDGET_S

SIZES = (DEFAULT_POPULATION, 5_000, MAX_POPULATION)  # citizens
WARM_UP_TICKS = 3
TICKS = 12
SEED = 1
FRAMES_PER_SECOND = 60
DEFAULT_SPEED = SPEEDS[DEFAULT_SPEED_INDEX]  # weeks a second
WEEK_BUDGET_MS = 1000 * WORK_BUDGET_S * FRAMES_PER_SECOND / DEFAULT_SPEED
NODE_MODULES = Path(__file__).resolve().parents[1] / "node_modules"

SNIPPET_IMPORTS = ("from __future__ import annotations\n\n"
                   "import json\nimport statistics\nimport time\n\n")
# Runs in the page after the sources of `time_calls` and `baseline_ms` (the same timing as
# on the desktop): the week's milliseconds at each size, and the baseline workload's.
TIME_WEEKS = """
from game.engine import load_content
from game.engine.society.sim import SimSettings, SocietySim

content = load_content()
weeks = {}
for size in SIZES:
    sim = SocietySim(content, SimSettings(seed=SEED, population=size))
    for _ in range(WARM_UP_TICKS):
        sim.tick()
    weeks[size] = time_calls(sim.tick, TICKS)
json.dumps({"weeks": weeks, "baseline_ms": baseline_ms()})
"""


def _missing() -> str | None:
    """Why the browser cannot be used here, if it cannot."""
    try:
        import playwright.sync_api  # noqa: F401 - only whether it is there
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    from tests.browser.support import find_chromium

    if find_chromium() is None:
        return "no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)"
    if not (NODE_MODULES / "pyodide").is_dir():
        return "Pyodide is not installed (npm install at the project root)"
    return None


def _in_browser() -> dict:
    """The TIME_WEEKS figures, measured in the browser."""
    from playwright.sync_api import sync_playwright

    from tests.browser.pyodide_engine import booted_engine, stage_site
    from tests.browser.support import CHROMIUM_FLAGS, find_chromium

    parameters = (f"SIZES = {SIZES!r}\nSEED = {SEED}\nWARM_UP_TICKS = {WARM_UP_TICKS}\n"
                  f"TICKS = {TICKS}\nBASELINE_ITEMS = {BASELINE_ITEMS}\n")
    timing = SNIPPET_IMPORTS + "\n".join(inspect.getsource(function)
                                          for function in (time_calls, baseline_ms))
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        stage_site(Path(folder), NODE_MODULES / "pyodide")
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_FLAGS,
                                             headless=True)
        try:
            with booted_engine(browser, Path(folder)) as engine:
                return json.loads(engine.run_python(timing + parameters + TIME_WEEKS))
        finally:
            browser.close()


def _desktop_week_ms(size: int) -> float:
    sim = SocietySim(load_content(), SimSettings(seed=SEED, population=size))
    for _ in range(WARM_UP_TICKS):
        sim.tick()
    return statistics.median(time_calls(sim.tick, TICKS))


def run(baseline: float) -> dict:
    missing = _missing()
    if missing is not None:
        row = {"name": "society_tick_in_browser", "skipped": missing, "within_budget": True}
        print(json.dumps(row), flush=True)
        return row
    measured = _in_browser()
    desktop_baseline = baseline_ms()  # now, beside the browser's
    browser_baseline = measured["baseline_ms"]
    rows = []
    for size in SIZES:
        week_ms = statistics.median(measured["weeks"][str(size)])
        desktop_ms = _desktop_week_ms(size)
        rows.append(report(
            f"society_tick_{size}_citizens_in_browser", week_ms, "ms",
            WEEK_BUDGET_MS if size == DEFAULT_POPULATION else None, baseline,
            view_weeks_per_second=round(1000 * WORK_BUDGET_S * FRAMES_PER_SECOND / week_ms, 1),
            desktop_ms=round(desktop_ms, 3), browser_over_desktop=round(week_ms / desktop_ms, 2),
            baseline_browser_over_desktop=round(browser_baseline / desktop_baseline, 2),
            ticks=len(measured["weeks"][str(size)])))
    return min(rows, key=lambda row: row["within_budget"])
