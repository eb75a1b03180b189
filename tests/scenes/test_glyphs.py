"""Every character the game can show, in every language, exists in the font that draws
that language (no tofu boxes)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pygame.freetype
import pytest

from game.engine.content import DEFAULT_DATA_DIR
from game.game_data import GameData
from game.presets import available_languages
from game.ui.text import CJK_FONT_FILE, FONT_DIR, REGULAR_FONT_FILE, font_files

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = [ROOT / "game" / "scenes", ROOT / "game" / "ui", ROOT / "game" / "presentation.py"]
NOT_SHOWN = {ROOT / "game" / "ui" / "line_break.py"}  # punctuation rules, not text
STRING_LITERAL = re.compile(r"\"([^\"\\n]*)\"|'([^'\\n]*)'")
LANGUAGES = available_languages()


def source_characters() -> set[str]:
    """Non-ASCII characters the scenes' code writes itself (marks, separators)."""
    characters: set[str] = set()
    for source in SOURCE_DIRS:
        files = [source] if source.is_file() else sorted(source.rglob("*.py"))
        for path in (f for f in files if f not in NOT_SHOWN):
            for match in STRING_LITERAL.finditer(path.read_text(encoding="utf-8")):
                literal = match.group(1) or match.group(2) or ""
                characters |= {c for c in literal if ord(c) > 127}
    return characters


def data_file_characters() -> set[str]:
    """Characters of the language-neutral data files (the evidence sources are shown)."""
    paths = sorted(DEFAULT_DATA_DIR.glob("*.toml")) + sorted(
        DEFAULT_DATA_DIR.glob("scenarios/*.toml"))
    characters: set[str] = set()
    for path in paths:
        for value in tomllib.loads(path.read_text(encoding="utf-8")).values():
            characters |= set(str(value))  # repr of nested tables: a superset, harmless
    return {c for c in characters if ord(c) > 127}


def shown_characters(language: str) -> set[str]:
    data = GameData.load(language=language)
    characters: set[str] = set()
    for value in data.strings.table.values():
        for text in value if isinstance(value, list) else [value]:
            characters |= set(text)
    characters |= source_characters() | data_file_characters()
    return {c for c in characters if c not in "\n\t"}


def missing_glyphs(file: str, characters: set[str]) -> list[str]:
    pygame.freetype.init()
    font = pygame.freetype.Font(str(FONT_DIR / file), 24)
    ordered = sorted(characters)
    return [c for c, metric in zip(ordered, font.get_metrics("".join(ordered)), strict=True)
            if metric is None]


def test_there_are_three_languages():
    assert {"en", "es", "zh"} <= set(LANGUAGES)


@pytest.mark.parametrize("style", ["regular", "bold"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_has_a_glyph(display, language, style):
    file = font_files(language)[style == "bold"]
    characters = shown_characters(language)
    assert len(characters) > 10
    missing = missing_glyphs(file, characters)
    assert missing == [], f"{language}: glyphs missing from {file}: {missing}"


def test_chinese_is_drawn_with_the_chinese_font():
    assert font_files("zh") == (CJK_FONT_FILE, CJK_FONT_FILE)
    assert font_files("es")[0] == font_files("en")[0] == REGULAR_FONT_FILE
    assert any(ord(c) >= 0x4E00 for c in shown_characters("zh"))


def test_the_check_itself_notices_a_missing_glyph(display):
    assert missing_glyphs(REGULAR_FONT_FILE, {"⊘"}) == ["⊘"]
    assert missing_glyphs(CJK_FONT_FILE, {"龘"}) == ["龘"]  # not in the tables: cut out
