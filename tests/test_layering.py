"""The house plan, read from the code's imports (`ast`, every import wherever it sits):

- the rules engine imports nothing of the game above it, and never pygame;
- code outside the engine reaches it through its front door, `game.engine`;
- the UI layer imports neither the engine nor any scene nor the services;
- no scene imports another scene (the scenes are the scene table's rows); scenes open each
  other by id, and only `game.launch` knows the table;
- the shell and the services import no scene;
- the bots play through the engine's front door only.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from game.scenes.registry import SCENES

ROOT = Path(__file__).resolve().parents[1]
GAME = ROOT / "game"
REGISTRY_MODULE = "game.scenes.registry"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def game_modules() -> dict[str, Path]:
    return {module_name(path): path for path in GAME.rglob("*.py")
            if "__pycache__" not in path.parts}


def imports_of(path: Path) -> Iterator[tuple[str, int]]:
    """(module imported, line) for every absolute import in a file; `from a import b`
    yields `a.b` too, since b may be a module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module, node.lineno
            for alias in node.names:
                yield f"{node.module}.{alias.name}", node.lineno


def inside(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def scene_modules() -> set[str]:
    """The modules that define the scene table's scenes."""
    return {inspect.getmodule(row.make).__name__ for row in SCENES.values()}


def known(name: str, modules: dict[str, Path]) -> bool:
    return name in modules


MODULES = game_modules()
SCENE_MODULES = scene_modules()


def broken(rule) -> list[str]:
    """`rule(importer, imported)` gives a reason for every import that breaks it."""
    found = []
    for importer, path in MODULES.items():
        for imported, line in imports_of(path):
            reason = rule(importer, imported)
            if reason:
                found.append(f"{path.relative_to(ROOT)}:{line}: imports {imported}: {reason}")
    return sorted(set(found))


def engine_stays_pure(importer: str, imported: str) -> str | None:
    if not inside(importer, "game.engine"):
        return None
    if inside(imported, "pygame"):
        return "the rules engine never draws"
    if inside(imported, "game") and not inside(imported, "game.engine"):
        return "the engine imports nothing of the game above it"
    return None


def engine_through_its_front_door(importer: str, imported: str) -> str | None:
    if inside(importer, "game.engine") or not inside(imported, "game.engine"):
        return None
    if imported != "game.engine" and imported in MODULES:
        return "use the engine's front door, `from game.engine import ...`"
    return None


def ui_knows_no_rules(importer: str, imported: str) -> str | None:
    if not inside(importer, "game.ui") or not inside(imported, "game"):
        return None
    if not inside(imported, "game.ui"):
        return "the UI layer draws plain values and knows nothing above it"
    return None


def no_scene_imports_a_scene(importer: str, imported: str) -> str | None:
    if importer == REGISTRY_MODULE or not inside(importer, "game.scenes"):
        return None
    if imported in SCENE_MODULES and imported != importer:
        return "scenes open each other by id (push, replace, reset), never by import"
    return None


def only_launch_knows_the_table(importer: str, imported: str) -> str | None:
    if imported == REGISTRY_MODULE and importer != "game.launch":
        return "only game.launch hands the scene table to the shell"
    if inside(imported, "game.launch") and importer != "game.__main__":
        return "game.launch starts the game; nothing inside it imports it"
    return None


def shell_and_services_know_no_scene(importer: str, imported: str) -> str | None:
    if not (inside(importer, "game.shell") or inside(importer, "game.services")):
        return None
    if inside(imported, "game.scenes") or inside(imported, "game.launch"):
        return "the shell and the services know no scene"
    if inside(importer, "game.services") and inside(imported, "game.shell"):
        return "the services sit below the shell"
    return None


def bots_play_like_players(importer: str, imported: str) -> str | None:
    if not inside(importer, "game.bots") or not inside(imported, "game"):
        return None
    if not (inside(imported, "game.bots") or imported == "game.engine"
            or imported.startswith("game.engine.") and imported not in MODULES):
        return "bots use only the engine's front door"
    return None


RULES = [engine_stays_pure, engine_through_its_front_door, ui_knows_no_rules,
         no_scene_imports_a_scene, only_launch_knows_the_table,
         shell_and_services_know_no_scene, bots_play_like_players]


@pytest.mark.parametrize("rule", RULES, ids=[rule.__name__ for rule in RULES])
def test_the_house_plan_holds(rule):
    assert broken(rule) == []


def test_the_scene_table_is_read_and_every_scene_module_is_in_it():
    assert len(SCENE_MODULES) > 5 and "game.scenes.title" in SCENE_MODULES
    for name in SCENE_MODULES:
        assert name in MODULES, name


def test_the_rules_catch_what_they_are_for():
    """Each rule, fed an import it must refuse."""
    assert engine_stays_pure("game.engine.week", "game.ui.text")
    assert engine_stays_pure("game.engine.week", "pygame")
    assert engine_through_its_front_door("game.scenes.play", "game.engine.week")
    assert not engine_through_its_front_door("game.scenes.play", "game.engine.Game")
    assert ui_knows_no_rules("game.ui.charts", "game.engine")
    assert no_scene_imports_a_scene("game.scenes.play", "game.scenes.title")
    assert not no_scene_imports_a_scene("game.scenes.play", "game.scenes.common")
    assert only_launch_knows_the_table("game.scenes.title", REGISTRY_MODULE)
    assert shell_and_services_know_no_scene("game.shell.app", "game.scenes.title")
    assert shell_and_services_know_no_scene("game.services.session", "game.shell")
    assert bots_play_like_players("game.bots.strategies", "game.engine.queries")
