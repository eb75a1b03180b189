"""Every character the game can show, in every language, exists in the font that draws
that language (no tofu boxes)."""

from __future__ import annotations

import pygame.freetype
import pytest

from game.game_data import GameData
from game.services.presets import available_languages
from game.ui.text import CJK_FONT_FILE, FONT_DIR, REGULAR_FONT_FILE, font_files
from tools.shown_characters import data_file_characters, source_literal_characters

LANGUAGES = available_languages()


def shown_characters(language: str) -> set[str]:
    data = GameData.load(language=language)
    characters: set[str] = set()
    for value in data.strings.table.values():
        for text in value if isinstance(value, list) else [value]:
            characters |= set(text)
    characters |= source_literal_characters() | data_file_characters()
    return {c for c in characters if c not in "\n\t"}


def missing_glyphs(file: str, characters: set[str]) -> list[str]:
    pygame.freetype.init()
    font = pygame.freetype.Font(str(FONT_DIR / file), 24)
    ordered = sorted(characters)
    return [c for c, metric in zip(ordered, font.get_metrics("".join(ordered)), strict=True)
            if metric is None]


def test_there_are_four_languages():
    assert {"en", "es", "fr", "zh"} <= set(LANGUAGES)


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
    assert font_files("es")[0] == font_files("fr")[0] == font_files("en")[0] == REGULAR_FONT_FILE
    assert any(ord(c) >= 0x4E00 for c in shown_characters("zh"))


def test_french_letters_and_spaces_beyond_latin_1_are_in_inter(display):
    assert {"œ", "\u202f", "\u00a0", "«", "»"} <= shown_characters("fr")
    assert missing_glyphs(REGULAR_FONT_FILE, {"œ", "Œ", "\u202f"}) == []


def test_the_check_itself_notices_a_missing_glyph(display):
    assert missing_glyphs(REGULAR_FONT_FILE, {"⊘"}) == ["⊘"]
    assert missing_glyphs(CJK_FONT_FILE, {"龘"}) == ["龘"]  # not in the tables: cut out
