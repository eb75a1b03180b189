"""The engine bundle holds exactly the pure engine, its bots and their data, and runs alone.

These run on the desktop (no browser needed): they check what `build_engine_bundle` puts
in the zip and leaves out, that the zip is reproducible, that it refuses a module that
imports pygame, and that the unpacked bundle plays a season with nothing else on the path.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from game.bots.season import play_season, summary
from tests.browser.engine_bundle import (
    ENGINE_BUNDLE_NAME,
    BundleError,
    build_engine_bundle,
    imported_top_level_names,
)

ROOT = Path(__file__).resolve().parents[2]
STANDALONE_RUN_TIMEOUT_S = 60
LEFT_OUT = ("main.py", "game/launch.py", "game/__main__.py")
LEFT_OUT_FOLDERS = ("game/scenes/", "game/ui/", "game/services/", "game/shell/", "assets/fonts/",
                    "tests/", "tools/")


def repository_files(folder: str, pattern: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob(pattern)
            if "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    return build_engine_bundle(tmp_path_factory.mktemp("bundle"))


@pytest.fixture(scope="module")
def members(bundle) -> set[str]:
    with zipfile.ZipFile(bundle) as archive:
        return set(archive.namelist())


def test_the_bundle_is_written_where_asked(bundle):
    assert bundle.name == ENGINE_BUNDLE_NAME and bundle.is_file()
    assert zipfile.is_zipfile(bundle)


def test_it_holds_the_pure_packages_and_every_data_file_and_nothing_else(members):
    expected = ({"game/__init__.py"} | repository_files("game/engine", "*.py")
                | repository_files("game/bots", "*.py") | repository_files("assets/data", "*.toml"))
    assert members == expected
    assert "game/engine/__init__.py" in members and "game/bots/__main__.py" in members
    assert "assets/data/scenarios/default.toml" in members


def test_it_leaves_out_the_window_the_scenes_and_compiled_files(members):
    assert not members & set(LEFT_OUT)
    assert not [m for m in members if m.startswith(LEFT_OUT_FOLDERS)]
    assert not [m for m in members if "__pycache__" in m or m.endswith((".pyc", ".ttf"))]


def test_no_bundled_module_imports_pygame(bundle, members):
    with zipfile.ZipFile(bundle) as archive:
        for member in sorted(m for m in members if m.endswith(".py")):
            source = archive.read(member).decode("utf-8")
            assert "pygame" not in imported_top_level_names(source, member), member


def test_building_twice_gives_the_same_bytes(bundle, tmp_path):
    again = build_engine_bundle(tmp_path, name="again.zip")
    assert again.read_bytes() == bundle.read_bytes()


def test_a_module_importing_pygame_is_refused(tmp_path):
    fake_root = tmp_path / "repo"
    for relative in ("game/__init__.py", "game/engine/__init__.py", "game/bots/__init__.py"):
        (fake_root / relative).parent.mkdir(parents=True, exist_ok=True)
        (fake_root / relative).write_text('"""A package."""\n', encoding="utf-8")
    (fake_root / "game/engine/draws.py").write_text("import pygame.draw\n", encoding="utf-8")
    with pytest.raises(BundleError, match="game/engine/draws.py imports pygame"):
        build_engine_bundle(tmp_path / "out", root=fake_root)
    assert not (tmp_path / "out" / ENGINE_BUNDLE_NAME).exists()


def test_the_unpacked_bundle_plays_a_season_on_its_own(bundle, tmp_path):
    """Isolated Python (no site-packages, no repository, pygame blocked) runs the bots."""
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(unpacked)
    script = (
        "import sys; sys.modules['pygame'] = None; sys.path.insert(0, sys.argv[1]); "
        "import game; assert game.__file__.startswith(sys.argv[1]), game.__file__; "
        "from game.bots.__main__ import main; "
        "sys.exit(main(['--strategy', 'gamer', '--seed', '3']))"
    )
    result = subprocess.run([sys.executable, "-I", "-S", "-c", script, str(unpacked)],
                            cwd=tmp_path, capture_output=True, text=True,
                            timeout=STANDALONE_RUN_TIMEOUT_S)
    assert result.returncode == 0, result.stderr
    expected = json.dumps(summary(play_season("gamer", 3), "gamer"), sort_keys=True)
    assert result.stdout == expected + "\n"
