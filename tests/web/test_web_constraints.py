"""The game's source uses nothing the browser runtime lacks: no threads, no sleeping, no
blocking loops, no clipboard, no pygame-ce feature newer than 2.5.7 (the web runtime's)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GAME_FILES = sorted((ROOT / "game").rglob("*.py")) + [ROOT / "main.py"]
FORBIDDEN_MODULES = {"threading", "_thread", "multiprocessing", "concurrent", "subprocess",
                     "pyperclip", "tkinter"}
FORBIDDEN_CALLS = {("time", "sleep"), ("asyncio", "get_event_loop")}
FORBIDDEN_PYGAME = {"scrap", "Window"}  # no clipboard on the web; Window.handle is 2.5.8


def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_no_threads_processes_or_clipboard_modules():
    for path in GAME_FILES:
        for node in ast.walk(parsed(path)):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN_MODULES, f"{path}: imports {name}"


def test_no_sleeping_and_no_forbidden_pygame_parts():
    for path in GAME_FILES:
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                pair = (node.value.id, node.attr)
                assert pair not in FORBIDDEN_CALLS, f"{path}:{node.lineno} uses {pair}"
                if node.value.id == "pygame":
                    assert node.attr not in FORBIDDEN_PYGAME, f"{path}:{node.lineno}"


def test_no_unbounded_loops():
    """`while True` in a frame would freeze the page; loops must be bounded or async."""
    for path in GAME_FILES:
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.While) and isinstance(node.test, ast.Constant):
                raise AssertionError(f"{path}:{node.lineno}: `while {node.test.value}` loop")


def test_the_only_frame_loop_yields_every_frame():
    module = parsed(ROOT / "game" / "shell" / "app.py")
    run = next(node for node in module.body
               if isinstance(node, ast.AsyncFunctionDef) and node.name == "run")
    loop = next(node for node in ast.walk(run) if isinstance(node, ast.While))
    awaited = [ast.unparse(node.value) for node in ast.walk(loop) if isinstance(node, ast.Await)]
    assert "asyncio.sleep(0)" in awaited


def test_main_ends_with_asyncio_run():
    """pygbag runs main.py; nothing may follow `asyncio.run(...)`."""
    module = parsed(ROOT / "main.py")
    last = module.body[-1]
    assert isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)
    assert ast.unparse(last.value.func) == "asyncio.run"


def test_mouse_wheel_events_are_read_without_their_position():
    """MOUSEWHEEL's `pos` arrived in pygame-ce 2.5.8; the web runtime has 2.5.7."""
    for path in GAME_FILES:
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.If) and "MOUSEWHEEL" in ast.unparse(node.test):
                for inner in ast.walk(ast.Module(body=node.body, type_ignores=[])):
                    if isinstance(inner, ast.Attribute) and inner.attr == "pos":
                        raise AssertionError(f"{path}:{inner.lineno}: wheel event .pos")


def test_pygame_is_pinned_to_the_web_runtimes_line():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [d for d in project["dependencies"] if d.startswith("pygame-ce")]
    assert pins and re.search(r"<\s*2\.6", pins[0]), pins


def test_audio_shipped_is_ogg_only():
    """pygbag refuses .wav and .mp3 without an .ogg twin; the game synthesises its cues."""
    for path in (ROOT / "assets").rglob("*"):
        assert path.suffix.lower() not in (".wav", ".mp3", ".flac"), path
