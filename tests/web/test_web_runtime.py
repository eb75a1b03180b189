"""The game against what pygbag 0.9.3's browser runtime really holds (tools/web_runtime.py):
main.py names every package the runtime must install, the game imports no standard-library
module the runtime lacks, and the build refuses a game that would not start there."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import build_web, web_runtime
from tools.web_runtime import Runtime, import_problems, packages_named_by_entry

ROOT = Path(__file__).resolve().parents[2]
SHARED_RUNTIME = ROOT.parent / "shared" / "web-runtime"
SUBPROCESS_TIMEOUT_S = 120


def run_python(code: str) -> subprocess.CompletedProcess:
    """`code` in a fresh interpreter, from the repository's root, with SDL's dummy drivers."""
    env_code = ("import os\nos.environ['SDL_VIDEODRIVER'] = 'dummy'\n"
                "os.environ['SDL_AUDIODRIVER'] = 'dummy'\n")
    return subprocess.run([sys.executable, "-c", env_code + code], cwd=ROOT, text=True,
                          capture_output=True, timeout=SUBPROCESS_TIMEOUT_S)


def project_copy(tmp_path: Path) -> Path:
    """main.py, game/ and the runtime's data, copied: what the import check reads."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "game", root / "game",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(web_runtime.RUNTIME_DIR, root / "web" / "pygbag-runtime")
    shutil.copy2(ROOT / "main.py", root / "main.py")
    return root


# -- the runtime's data ----------------------------------------------------------------------


def test_the_runtime_data_is_read_as_the_runtime_holds_it():
    runtime = Runtime.load()
    for present in ("json", "tomllib", "zipfile", "random", "difflib", "asyncio.tasks",
                    "collections.abc", "urllib.parse", "os", "importlib.util", "math", "array"):
        assert runtime.has_stdlib(present), present
    for missing in ("statistics", "_pydecimal", "timeit", "doctest", "pdb", "sched",
                    "asyncio.selector_events"):
        assert not runtime.has_stdlib(missing), missing
    assert "pygame" in runtime.packages and "numpy" in runtime.packages
    assert "-CDN-" not in runtime.packages


def test_the_project_keeps_the_same_runtime_data_as_the_shared_folder():
    if not SHARED_RUNTIME.is_dir():
        pytest.skip(f"{SHARED_RUNTIME} is not beside this checkout (the project's copy is used)")
    for name in (web_runtime.FILE_LIST.name, web_runtime.PACKAGE_INDEX.name):
        assert (web_runtime.RUNTIME_DIR / name).read_bytes() == \
            (SHARED_RUNTIME / name).read_bytes(), name


# -- main.py and the packages the runtime installs -------------------------------------------


def test_main_py_names_every_package_the_game_imports_and_nothing_is_missing():
    assert import_problems() == []
    assert "pygame" in packages_named_by_entry((ROOT / "main.py").read_text(encoding="utf-8"))


def test_pygbag_reads_main_py_as_the_runtime_does():
    """Its imports anywhere in the text, and a PEP 723 block under pygbag's own names."""
    block = ('# /// script\n# dependencies = [\n#     "pygame-ce>=2.5",\n#     "Pillow",\n# ]\n'
             "# ///\nimport asyncio\n")
    assert packages_named_by_entry(block) == {"pygame", "PIL"}
    assert packages_named_by_entry("import asyncio\nfrom game.shell import start\n") == set()
    assert packages_named_by_entry("def f():\n    import numpy.linalg\n") == {"numpy"}


def test_a_main_py_without_pygame_is_found_out(tmp_path):
    root = project_copy(tmp_path)
    (root / "main.py").write_text(
        "import asyncio\nfrom game.shell import start\nfrom game.launch import first_scene\n"
        "asyncio.run(start(first_scene))\n", encoding="utf-8")
    problems = import_problems(root)
    assert len(problems) == 1
    assert "imports pygame, but main.py does not" in problems[0]
    assert "add `import pygame` at the top of main.py" in problems[0]


def test_a_pep_723_block_alone_names_pygame_too(tmp_path):
    root = project_copy(tmp_path)
    (root / "main.py").write_text(
        '# /// script\n# dependencies = ["pygame-ce"]\n# ///\nimport asyncio\n'
        "from game.shell import start\nfrom game.launch import first_scene\n"
        "asyncio.run(start(first_scene))\n", encoding="utf-8")
    assert import_problems(root) == []


def test_a_standard_library_module_the_runtime_lacks_is_found_out(tmp_path):
    root = project_copy(tmp_path)
    module = root / "game" / "engine" / "class_results.py"
    module.write_text("import statistics\n" + module.read_text(encoding="utf-8"),
                      encoding="utf-8")
    (root / "game" / "ui" / "extra.py").write_text("import numpy\n", encoding="utf-8")
    problems = import_problems(root)
    assert any("game/engine/class_results.py:1: imports statistics, which pygbag 0.9.3's "
               "runtime does not have" in problem for problem in problems), problems
    assert any("imports numpy, but main.py does not" in problem for problem in problems)


def test_the_build_refuses_a_game_the_runtime_could_not_start(tmp_path):
    root = project_copy(tmp_path)
    build_web.check_runtime_imports(root)  # the game as it is passes
    (root / "game" / "stats.py").write_text("import timeit\n", encoding="utf-8")
    with pytest.raises(build_web.BuildError, match="timeit"):
        build_web.check_runtime_imports(root)
    shutil.rmtree(root / "web" / "pygbag-runtime")
    with pytest.raises(build_web.BuildError, match="file list"):
        build_web.check_runtime_imports(root)


# -- the live check: every module of the game under the runtime's standard library ----------

IMPORT_EVERY_GAME_MODULE = """
import importlib, pkgutil, sys
import pygame
from tools.web_runtime import StdlibGate
gate = StdlibGate()
sys.meta_path.insert(0, gate)
import game
names = ["game"] + [m.name for m in pkgutil.walk_packages(game.__path__, "game.")
                    if not m.name.endswith("__main__")]
failed = []
for name in names:
    try:
        importlib.import_module(name)
    except Exception as error:
        failed.append(f"{name}: {type(error).__name__}: {error}")
print("IMPORTED", len(names))
print("REFUSED", gate.refused)
print("FAILED", failed)
"""


def test_every_game_module_imports_with_only_the_runtimes_standard_library():
    """A fresh interpreter imports each module of game/ (the `__main__` entry points are
    desktop-only and checked by reading them) behind the runtime's standard library."""
    finished = run_python(IMPORT_EVERY_GAME_MODULE)
    assert finished.returncode == 0, finished.stderr
    lines = {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in finished.stdout.splitlines()
             if line.split(" ", 1)[0] in ("IMPORTED", "REFUSED", "FAILED")}
    assert int(lines["IMPORTED"]) > 50
    assert lines["REFUSED"] == "[]"
    assert lines["FAILED"] == "[]"


GATE_CASES = """
import sys
from tools.web_runtime import StdlibGate
gate = StdlibGate()
sys.meta_path.insert(0, gate)

def attempt(statement, importer):
    try:
        exec(statement, {"__name__": importer})
        return "ok"
    except ModuleNotFoundError:
        return "refused"

print(attempt("import sched", "game.engine.example"))       # game code, missing module
print(attempt("import difflib", "game.engine.example"))     # game code, in the runtime
print(attempt("import timeit", "__main__"))                 # main.py, missing module
print(attempt("import _pydecimal", "decimal"))              # stdlib importing a missing .py
print(attempt("import _lsprof", "cProfile"))                # stdlib importing a C module
print(attempt("import asyncio.selector_events", "asyncio.unix_events"))  # the runtime's own
print(attempt("import sched", "pygame.something"))          # a package's own business
print(gate.refused)
"""


def test_the_gate_refuses_exactly_what_the_rule_says():
    finished = run_python(GATE_CASES)
    assert finished.returncode == 0, finished.stderr
    answers = finished.stdout.splitlines()
    assert answers[:7] == ["refused", "ok", "refused", "refused", "ok", "ok", "ok"]
    assert "sched (imported by game.engine.example)" in answers[7]
