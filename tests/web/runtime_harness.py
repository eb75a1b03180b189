"""Run main.py the way pygbag's browser runtime does, on desktop CPython, and report.

What is stood in for, and how (each as the runtime behaves where it matters):
- `sys.platform` is "emscripten", as there, once pygame is imported (pygame's own loader
  takes another path on that platform; in the runtime pygame is already installed);
- the standard library is cut to what pygbag 0.9.3's runtime holds (`tools/web_runtime.py`'s
  `StdlibGate`);
- a stand-in `platform` module whose `window` is a page: `localStorage` that works or whose
  reading throws a plain `Exception` (as blocked storage does there), `MM.download` that
  throws (pygbag 0.9.3's does), the page's `gamePage` object (web/template.tmpl) with the
  address it saved, its `download` (working, or throwing), and `setState`, or no
  `gamePage` at all (any other page), and `location` with or without a query or fragment;
- `asyncio.run` only schedules main.py's coroutine, as the runtime's does; the harness
  then drives the event loop frame by frame and posts scripted input between frames:
  New game, the first scenario, every week (an event card's first legal choice, End week,
  the summary) to the debrief, and Save image there.

No exception may escape the game. Run it in a fresh interpreter (the test does), e.g.

    python -m tests.web.runtime_harness --storage blocked --address '#seed=42'

It prints one JSON report and exits 1 if the game raised or did not reach the debrief.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import traceback
import types
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_FRAMES = 2000  # a season takes a few hundred; more means the script is stuck
FRAMES_AFTER_KEY = 2  # frames run after each key press, for the scene to answer
JS_SECURITY_ERROR = "SecurityError: The operation is insecure."  # as a browser words it
JS_DOWNLOAD_ERROR = "ReferenceError: filename is not defined"  # pygbag 0.9.3's MM.download


@dataclass
class PageOptions:
    """How the stand-in page behaves."""

    storage: str = "works"  # "works" or "blocked"
    download: str = "works"  # the page's gamePage.download: "works" or "throws"
    page_object: bool = True  # False: a page without window.gamePage
    address: str = ""  # what the player opened, e.g. "?seed=42#lang=zh"


# -- the stand-in page ---------------------------------------------------------------------


class FakeLocalStorage:
    """The slice of the Web Storage API the game uses, over a dict of strings."""

    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def getItem(self, key):  # noqa: N802 - the Web API's names
        return self.items.get(key)

    def setItem(self, key, value):  # noqa: N802
        if not isinstance(value, str):
            raise TypeError("localStorage keeps strings only")
        self.items[str(key)] = value

    def removeItem(self, key):  # noqa: N802
        self.items.pop(key, None)

    def key(self, index):
        keys = list(self.items)
        return keys[index] if index < len(keys) else None

    @property
    def length(self):
        return len(self.items)


class FakeElement:
    def __init__(self) -> None:
        self.textContent = ""  # noqa: N815 - the DOM's name


class FakeDocument:
    def __init__(self) -> None:
        self.elements = {"live-region": FakeElement()}

    def getElementById(self, element_id):  # noqa: N802
        return self.elements.get(element_id)


class FakeMediaManager:
    """pygbag 0.9.3's `MM`: its download always throws."""

    UME = True

    def __init__(self, log: list) -> None:
        self.log = log

    def download(self, path, *rest):
        self.log.append(("MM.download", str(path)))
        raise Exception(JS_DOWNLOAD_ERROR)


class FakeGamePage:
    """web/template.tmpl's `window.gamePage`."""

    def __init__(self, options: PageOptions, log: list) -> None:
        query, _, fragment = options.address.partition("#")
        self.address = types.SimpleNamespace(search=query, hash="#" + fragment if fragment else "")
        self.download_works = options.download == "works"
        self.log = log

    def download(self, path, name):
        if not self.download_works:
            self.log.append(("gamePage.download failed", str(name)))
            raise Exception("Error: the file system has no " + str(path))
        data = Path(str(path)).read_bytes()  # the runtime's file system is this disk here
        self.log.append(("gamePage.download", str(name), len(data)))
        return True

    def setState(self, state, detail=""):  # noqa: N802
        self.log.append(("gamePage.setState", str(state), str(detail)))


class FakeWindow:
    """The page's `window`, as far as the game reaches into it."""

    def __init__(self, options: PageOptions) -> None:
        self.options = options
        self.log: list = []
        self.storage = FakeLocalStorage()
        self.document = FakeDocument()
        self.MM = FakeMediaManager(self.log)  # noqa: N815
        query, _, fragment = options.address.partition("#")
        if options.page_object:  # the page took the address off the address bar
            self.gamePage = FakeGamePage(options, self.log)  # noqa: N815
            self.location = types.SimpleNamespace(search="", hash="")
        else:
            self.location = types.SimpleNamespace(search=query,
                                                  hash="#" + fragment if fragment else "")

    @property
    def localStorage(self):  # noqa: N802
        if self.options.storage == "blocked":
            raise Exception(JS_SECURITY_ERROR)  # JavaScript errors arrive as plain Exception
        return self.storage


def install_platform_module(window: FakeWindow) -> None:
    """Put pygbag's `platform` in place of the standard library's (whose other functions
    the stand-in still answers, for modules that use them)."""
    import platform as desktop_platform

    stand_in = types.ModuleType("platform", "pygbag's platform module, stood in for")
    stand_in.window = window
    stand_in.document = window.document
    stand_in.__getattr__ = lambda name: getattr(desktop_platform, name)
    sys.modules["platform"] = stand_in


# -- the scripted player -------------------------------------------------------------------


@dataclass
class Report:
    """What happened: the scenes reached, what the page was asked, what went wrong."""

    frames: int = 0
    scenes: list[str] = field(default_factory=list)
    title_notices: list[str] = field(default_factory=list)
    world_seed: int | None = None
    export_message: str = ""
    page_log: list = field(default_factory=list)
    refused_modules: list[str] = field(default_factory=list)
    error: str | None = None
    reached_debrief: bool = False
    stored_keys: list[str] = field(default_factory=list)


class ScriptedPlayer:
    """Presses keys between frames, choosing them by the scene on top."""

    def __init__(self, apps: list, report: Report) -> None:
        self.apps = apps
        self.report = report

    @property
    def top(self):
        return self.apps[0].top if self.apps and self.apps[0].top is not None else None

    def scene(self) -> str:
        return type(self.top).__name__ if self.top is not None else ""

    async def frames(self, count: int) -> None:
        for _ in range(count):
            await asyncio.sleep(0)
            self.report.frames += 1

    async def press(self, key_name: str) -> None:
        import pygame

        code = pygame.key.key_code(key_name)
        for kind in (pygame.KEYDOWN, pygame.KEYUP):
            pygame.event.post(pygame.event.Event(kind, key=code, mod=0, scancode=0,
                                                 unicode=key_name if len(key_name) == 1 else ""))
        await self.frames(FRAMES_AFTER_KEY)

    def note_scene(self) -> None:
        name = self.scene()
        if name and (not self.report.scenes or self.report.scenes[-1] != name):
            self.report.scenes.append(name)

    async def act_in_week(self) -> None:
        """Buy the shop's first item and post the second kind of post, if allowed; end the
        week."""
        week = self.top.game.state.week
        for panel, moves in (("1", ()), ("2", ("down",))):
            await self.press(panel)
            for move in moves:
                await self.press(move)
            if self.scene() == "PlayScene" and self.top.focus.focused.enabled:
                await self.press("return")
            if self.scene() != "PlayScene" or self.top.game.state.week != week:
                return  # a draft or an event opened: the main loop answers it
        await self.press("e")

    async def play(self) -> None:
        await self.frames(FRAMES_AFTER_KEY)
        self.note_scene()
        if self.scene() != "TitleScene":
            return
        self.report.title_notices = list(self.top.notices)
        await self.press("n")
        await self.press("return")  # the first scenario is focused
        while self.report.frames < MAX_FRAMES and self.scene() != "DebriefScene":
            self.note_scene()
            name = self.scene()
            if name == "EventDialog":
                await self.press("return")  # focus starts on a legal choice
            elif name == "WeekSummary":
                await self.press("return")
            elif name == "PlayScene":
                self.report.world_seed = self.top.game.state.seed
                await self.act_in_week()
            else:
                await self.press("escape")
        self.note_scene()
        if self.scene() == "DebriefScene":
            self.report.reached_debrief = True
            await self.press("s")
            self.report.export_message = self.top.export_message
            await self.press("2")  # the ledger page still works after it
            await self.frames(FRAMES_AFTER_KEY)


# -- running it ------------------------------------------------------------------------------


def record_apps(apps: list) -> None:
    """Make every App the game opens known to the scripted player."""
    import game.shell.app

    class RecordedApp(game.shell.app.App):
        def __init__(self, *args, **kwargs) -> None:
            apps.append(self)
            super().__init__(*args, **kwargs)

    game.shell.app.App = RecordedApp


def run(options: PageOptions) -> Report:
    """Run main.py in this interpreter as the web runtime would; see the module docstring."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame  # noqa: F401 - installed in the runtime before main.py runs

    from tools.web_runtime import StdlibGate

    report = Report()
    gate = StdlibGate()
    sys.meta_path.insert(0, gate)
    window = FakeWindow(options)
    install_platform_module(window)
    sys.platform = "emscripten"
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))

    apps: list = []
    loop = asyncio.new_event_loop()
    tasks = []

    def schedule(coroutine):  # the runtime's asyncio.run: the page's loop runs it
        tasks.append(loop.create_task(coroutine))

    asyncio.run = schedule
    try:
        record_apps(apps)
        source = (ROOT / "main.py").read_text(encoding="utf-8")
        exec(compile(source, str(ROOT / "main.py"), "exec"), {"__name__": "__main__"})
        player = ScriptedPlayer(apps, report)
        loop.run_until_complete(asyncio.wait([loop.create_task(player.play()), *tasks],
                                             return_when=asyncio.FIRST_COMPLETED))
        for task in tasks:
            if task.done() and task.exception() is not None:
                raise task.exception()
    except BaseException as error:  # noqa: BLE001 - the report says what escaped
        report.error = "".join(traceback.format_exception(error))
    finally:
        for task in tasks:
            task.cancel()
        report.refused_modules = list(gate.refused)
        report.page_log = [list(entry) for entry in window.log]
        report.stored_keys = sorted(window.storage.items)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--storage", choices=("works", "blocked"), default="works")
    parser.add_argument("--download", choices=("works", "throws"), default="works")
    parser.add_argument("--no-page-object", action="store_true",
                        help="a page without window.gamePage (not the game's template)")
    parser.add_argument("--address", default="", help="e.g. '?seed=42#lang=zh'")
    args = parser.parse_args(argv)
    report = run(PageOptions(storage=args.storage, download=args.download,
                             page_object=not args.no_page_object, address=args.address))
    print(json.dumps(report.__dict__, ensure_ascii=False))
    return 0 if report.error is None and report.reached_debrief else 1


if __name__ == "__main__":
    from tests.web import runtime_harness  # its code must not run as __main__ (main.py's name)

    sys.exit(runtime_harness.main())
