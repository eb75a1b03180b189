"""The rules engine inside a real browser gives the desktop's worlds, byte for byte.

Pyodide (core only, from the pinned npm package) runs in headless Chromium from a folder
served on 127.0.0.1: the test page, the engine bundle zip and a link to
`node_modules/pyodide`. The page boots once per module; the tests then send Python
snippets to it. Every strategy on every seed below must print, through the bots' own
command line (`game.bots.__main__.main`), exactly the line desktop CPython computes; the
browser's Python must be Emscripten's and must never import pygame; and the page may
fetch nothing from anywhere but the local server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from game.bots.season import play_season, summary
from game.bots.strategies import STRATEGIES
from tests.browser.engine_bundle import ENGINE_BUNDLE_NAME
from tests.browser.pyodide_engine import (
    BROWSER_BUNDLE_DIR,
    BrowserEngine,
    booted_engine,
    stage_site,
)
from tests.browser.support import npm_package

STRATEGY_NAMES = sorted(STRATEGIES)
SEEDS = range(20)
PAGE_FILES_EXPECTED = ("pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", ENGINE_BUNDLE_NAME)

# Installed before anything imports the engine: remembers every attempt to import pygame
# (even one that fails or is caught), without changing how imports resolve.
WATCH_PYGAME_IMPORTS = """
import sys

class PygameImportWatch:
    attempts = []

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.split(".")[0] == "pygame":
            cls.attempts.append(name)
        return None

sys.meta_path.insert(0, PygameImportWatch)
"""

# Plays every (strategy, seed) through the bots' command line; returns the printed lines.
PLAY_SEASONS = """
import contextlib
import io
import json

from game.bots.__main__ import main as bots_command_line


def printed_by_command_line(strategy, seed):
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        exit_status = bots_command_line(["--strategy", strategy, "--seed", str(seed)])
    return {"strategy": strategy, "seed": seed, "exit_status": exit_status,
            "stdout": captured.getvalue()}


json.dumps([printed_by_command_line(strategy, seed)
            for strategy in STRATEGY_NAMES for seed in SEEDS])
"""

# Runs societies of the society view for some weeks under several settings; the last
# expression is a JSON list of SHA-256 digests of each society's scores, ties and measures.
# The same snippet runs on the desktop to give the expected digests.
SOCIETY_RUNS = """
import hashlib
import json

from game.engine import load_content
from game.engine.model import Era
from game.engine.society.experiment import paired_sims
from game.engine.society.sim import SimSettings, SocietySim


def digest(sim):
    state = {"scores": sim.scores, "ties": sim.ties, "measures": repr(sim.measures())}
    return hashlib.sha256(json.dumps(state).encode("utf-8")).hexdigest()


content = load_content()
societies = [SocietySim(content, SimSettings(seed=seed, population=2_000)) for seed in (1, 2)]
societies.append(SocietySim(content, SimSettings(seed=3, population=2_000, era=Era.OPT_IN,
                                                 formula_visible=False)))
societies += paired_sims(content, SimSettings(seed=4, population=2_000, friend_weight=2.0))
for sim in societies:
    for week in range(12):
        sim.tick()
        if week == 5 and sim.settings.seed == 2:
            sim.configure(friend_weight=2.5, perk_strength=1.5)
json.dumps([digest(sim) for sim in societies])
"""

REPORT_RUNTIME = """
import json
import sys

json.dumps({
    "platform": sys.platform,
    "version": sys.version,
    "pygame_in_sys_modules": any(name.split(".")[0] == "pygame" for name in sys.modules),
    "pygame_import_attempts": list(PygameImportWatch.attempts),
    "engine_loaded_from": sys.modules["game.engine"].__file__,
})
"""


@pytest.fixture(scope="module")
def staged_site(tmp_path_factory) -> Path:
    """The folder to serve (first, so a missing Pyodide skips before Chromium starts)."""
    site = tmp_path_factory.mktemp("pyodide-site")
    stage_site(site, npm_package("pyodide"))
    return site


@pytest.fixture(scope="module")
def browser_engine(staged_site, chromium) -> Iterator[BrowserEngine]:
    """One booted page for the whole module (booting Pyodide is the slow part)."""
    with booted_engine(chromium, staged_site) as engine:
        engine.run_python(WATCH_PYGAME_IMPORTS)
        yield engine


@pytest.fixture(scope="module")
def browser_lines(browser_engine) -> dict[tuple[str, int], dict]:
    """What the bots' command line printed in the browser, by (strategy, seed)."""
    parameters = f"STRATEGY_NAMES = {STRATEGY_NAMES!r}\nSEEDS = {list(SEEDS)!r}\n"
    runs = json.loads(browser_engine.run_python(parameters + PLAY_SEASONS))
    return {(run["strategy"], run["seed"]): run for run in runs}


def desktop_line(strategy: str, seed: int) -> str:
    """The bots' command-line output line, computed by this desktop CPython."""
    return json.dumps(summary(play_season(strategy, seed), strategy), sort_keys=True)


@pytest.mark.parametrize("strategy", STRATEGY_NAMES)
def test_every_season_is_byte_identical_to_desktop_cpython(browser_lines, strategy):
    for seed in SEEDS:
        run = browser_lines[(strategy, seed)]
        assert run["exit_status"] == 0, run
        browser_bytes = run["stdout"].encode("utf-8")
        desktop_bytes = (desktop_line(strategy, seed) + "\n").encode("utf-8")
        assert browser_bytes == desktop_bytes, f"{strategy} seed {seed} differs in the browser"


def test_societies_are_identical_in_the_browser(browser_engine):
    """The society view's simulation, several seeds and settings, gives the desktop's
    societies in the browser: scores, ties and measures hash the same."""
    desktop: dict = {}
    exec(SOCIETY_RUNS.rsplit("\n", 2)[0], desktop)  # all but the last expression
    expected = [desktop["digest"](sim) for sim in desktop["societies"]]
    assert len(set(expected)) == len(expected)  # every society is its own
    assert json.loads(browser_engine.run_python(SOCIETY_RUNS)) == expected


def test_the_browser_python_is_emscripten_and_never_imports_pygame(browser_engine,
                                                                   browser_lines):
    runtime = json.loads(browser_engine.run_python(REPORT_RUNTIME))
    assert runtime["platform"] == "emscripten", runtime
    assert runtime["pygame_import_attempts"] == [], runtime
    assert not runtime["pygame_in_sys_modules"], runtime
    assert runtime["engine_loaded_from"].startswith(f"{BROWSER_BUNDLE_DIR}/game/"), runtime


def test_every_request_stayed_on_the_local_server(browser_engine, browser_lines):
    network = browser_engine.network
    assert network.refused == [], f"the page tried to leave 127.0.0.1: {network.refused}"
    assert all(network.is_local(url) for url in network.requested), network.requested
    assert network.failed_responses == [], network.failed_responses
    requested_files = {urlsplit(url).path.rsplit("/", 1)[-1] for url in network.requested}
    missing = [name for name in PAGE_FILES_EXPECTED if name not in requested_files]
    assert not missing, f"requests were not recorded: {missing} not in {network.requested}"
