"""Every character the game can show exists in the shipped fonts (no tofu boxes)."""

from __future__ import annotations

import re
from pathlib import Path

import pygame.freetype
import pytest

from game.game_data import GameData
from game.ui.text import BOLD_FONT_FILE, FONT_DIR, REGULAR_FONT_FILE

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = [ROOT / "game" / "scenes", ROOT / "game" / "ui", ROOT / "game" / "presentation.py"]
STRING_LITERAL = re.compile(r"\"([^\"\\n]*)\"|'([^'\\n]*)'")


def shown_characters() -> set[str]:
    data = GameData.load()
    characters: set[str] = set()
    for value in data.strings.table.values():
        for text in value if isinstance(value, list) else [value]:
            characters |= set(text)
    for source in SOURCE_DIRS:
        files = [source] if source.is_file() else sorted(source.rglob("*.py"))
        for path in files:
            for match in STRING_LITERAL.finditer(path.read_text(encoding="utf-8")):
                literal = match.group(1) or match.group(2) or ""
                characters |= {c for c in literal if ord(c) > 127}
    return {c for c in characters if c not in "\n\t"}


@pytest.mark.parametrize("file", [REGULAR_FONT_FILE, BOLD_FONT_FILE])
def test_every_character_has_a_glyph(display, file):
    pygame.freetype.init()
    font = pygame.freetype.Font(str(FONT_DIR / file), 24)
    characters = sorted(shown_characters())
    assert len(characters) > 10
    missing = [c for c, metric in zip(characters, font.get_metrics("".join(characters)),
                                      strict=True) if metric is None]
    assert missing == [], f"glyphs missing from {file}: {missing}"


def test_the_check_itself_notices_a_missing_glyph(display):
    pygame.freetype.init()
    font = pygame.freetype.Font(str(FONT_DIR / REGULAR_FONT_FILE), 24)
    assert font.get_metrics("⊘") == [None]
