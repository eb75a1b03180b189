"""The rules engine stays pure: no pygame, and no randomness outside the seeded generator."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PURE_PACKAGES = [ROOT / "game" / "engine", ROOT / "game" / "bots"]
MODULE_RANDOM_CALLS = {"random", "randint", "randrange", "choice", "choices", "shuffle",
                       "sample", "uniform", "gauss", "seed"}


def python_files():
    for package in PURE_PACKAGES:
        yield from sorted(package.rglob("*.py"))


def test_engine_and_bots_never_import_pygame():
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(n.split(".")[0] == "pygame" for n in names), path


def test_engine_imports_with_pygame_blocked():
    script = ("import sys; sys.modules['pygame'] = None; import game.engine, game.bots.season; "
              "from game.engine import Game; Game(1)")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr


def test_no_draws_from_the_module_level_generator():
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "random"
                    and node.func.attr in MODULE_RANDOM_CALLS):
                raise AssertionError(f"{path}:{node.lineno} draws from the global generator")


def test_no_iteration_over_sets_in_the_engine():
    """Iterating a set of strings changes order between runs; the engine must not rely on it."""
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.For, ast.comprehension)):
                target = node.iter
                is_set = isinstance(target, (ast.Set, ast.SetComp)) or (
                    isinstance(target, ast.Call) and isinstance(target.func, ast.Name)
                    and target.func.id in ("set", "frozenset"))
                assert not is_set, f"{path}:{getattr(node, 'lineno', '?')} iterates a set"
