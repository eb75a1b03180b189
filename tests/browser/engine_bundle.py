"""A zip of exactly what the rules engine needs, to run it outside the repository.

The browser tests unpack this zip into Pyodide's in-memory file system and put its top
folder on `sys.path`; a later society simulation will load the same bundle the same way.
It holds the `game` package's `__init__.py`, the pure packages `game/engine` and
`game/bots`, and the content files under `assets/data`, at their repository paths (so
`game.engine.content.DEFAULT_DATA_DIR` finds the data beside the code). Nothing that draws
goes in, and building refuses any bundled module that imports pygame.

The zip is reproducible: members in sorted order with a fixed timestamp and mode, so the
same sources always give the same bytes.
"""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENGINE_BUNDLE_NAME = "engine.zip"
PACKAGE_MARKERS = ("game/__init__.py",)  # single files the pure packages import through
PURE_PACKAGES = ("game/engine", "game/bots")  # every *.py below these, at any depth
CONTENT_FOLDER = "assets/data"
CONTENT_PATTERN = "*.toml"  # the engine reads TOML only
FORBIDDEN_IMPORT = "pygame"
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip can hold, for equal bytes
MEMBER_MODE = 0o644  # rw-r--r--, stored in the top 16 bits of external_attr
ZIP_COMPRESSION = zipfile.ZIP_DEFLATED  # zlib is in Pyodide's core, so it can unpack it


class BundleError(ValueError):
    """The sources cannot be bundled as they are (a module imports pygame, a file is gone)."""


def engine_bundle_members(root: Path = ROOT) -> list[str]:
    """The bundle's members as sorted POSIX paths relative to `root`."""
    found: set[Path] = set()
    for marker in PACKAGE_MARKERS:
        path = root / marker
        if not path.is_file():
            raise BundleError(f"{marker} is missing under {root}")
        found.add(path)
    for package in PURE_PACKAGES:
        found.update(p for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts)
    found.update((root / CONTENT_FOLDER).rglob(CONTENT_PATTERN))
    return sorted(path.relative_to(root).as_posix() for path in found if path.is_file())


def imported_top_level_names(source: str, filename: str) -> set[str]:
    """The top-level module names a Python source imports, anywhere in the file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _check_no_pygame(member: str, data: bytes) -> None:
    if member.endswith(".py") and FORBIDDEN_IMPORT in imported_top_level_names(
            data.decode("utf-8"), member):
        raise BundleError(f"{member} imports {FORBIDDEN_IMPORT}; the engine bundle must not")


def build_engine_bundle(folder: Path, name: str = ENGINE_BUNDLE_NAME,
                        root: Path = ROOT) -> Path:
    """Write the engine bundle zip into `folder` (created if needed); return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    try:
        with zipfile.ZipFile(target, "w", compression=ZIP_COMPRESSION) as bundle:
            for member in engine_bundle_members(root):
                data = (root / member).read_bytes()
                _check_no_pygame(member, data)
                info = zipfile.ZipInfo(member, date_time=ZIP_TIMESTAMP)
                info.compress_type = ZIP_COMPRESSION
                info.external_attr = MEMBER_MODE << 16
                bundle.writestr(info, data)
    except BaseException:
        target.unlink(missing_ok=True)  # never leave half a bundle behind
        raise
    return target
