"""Which characters the game can put on screen: its string tables, data files and the
string literals of the code that draws.

Two users: ``tools/subset_fonts.py`` cuts the Chinese font down to exactly these
characters, and ``tests/scenes/test_glyphs.py`` checks every shipped font maps them.
Needs only the standard library, so the tests can import it without fontTools.
"""

from __future__ import annotations

import io
import tokenize
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "assets" / "data"  # its *.toml values (e.g. evidence sources) show too
STRINGS_DIR = DATA_DIR / "strings"
SHOWN_SOURCE_PATHS = (  # code whose string literals reach the screen
    REPO_ROOT / "game" / "scenes",
    REPO_ROOT / "game" / "ui",
    REPO_ROOT / "game" / "presentation.py",
)
NOT_SHOWN_SOURCES = (REPO_ROOT / "game" / "ui" / "line_break.py",)  # break rules, not text


def _table_texts(value: object) -> Iterator[str]:
    """Every string inside a TOML value (tables and lists walked, keys skipped)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _table_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _table_texts(item)


def _toml_file_characters(paths: Iterable[Path]) -> set[str]:
    """The characters of every string value in the given TOML files."""
    characters: set[str] = set()
    for path in paths:
        for text in _table_texts(tomllib.loads(path.read_text(encoding="utf-8"))):
            characters |= set(text)
    return characters


def string_table_characters(strings_dir: Path, languages: Iterable[str]) -> set[str]:
    """The characters of every sentence in the languages' string tables."""
    return _toml_file_characters(
        path for language in languages for path in sorted((strings_dir / language).glob("*.toml")))


def data_file_characters(data_dir: Path = DATA_DIR) -> set[str]:
    """The characters of the language-neutral data files' values (sources, ids)."""
    return _toml_file_characters(
        sorted(data_dir.glob("*.toml")) + sorted(data_dir.glob("scenarios/*.toml")))


def source_literal_characters(paths: Iterable[Path] = SHOWN_SOURCE_PATHS) -> set[str]:
    """Non-ASCII characters in the string literals of the given Python files or folders."""
    characters: set[str] = set()
    for root in paths:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in (f for f in files if f not in NOT_SHOWN_SOURCES):
            source = path.read_text(encoding="utf-8")
            for token in tokenize.generate_tokens(io.StringIO(source).readline):
                if token.type == tokenize.STRING or token.type == getattr(
                        tokenize, "FSTRING_MIDDLE", -1):
                    characters |= {c for c in token.string if ord(c) > 0x7F}
    return characters
