"""The shipped Inter subsets: present, small, licensed, and drawing every UI symbol."""

import importlib.util
import shutil
from pathlib import Path

import pygame
import pytest

from game.ui.text import BOLD_FONT_FILE, FONT_DIR, REGULAR_FONT_FILE

UI_SYMBOLS = "¥€£–—…•·↑↓→←▲▼✓✗★●■◆▸“”‘’°±×%"
LATIN_SAMPLE = "AZaz09 ÄÖÜßéèçñø¿¡©®"
MISSING_GLYPH = "\ue000"  # a private-use code point no font here maps: draws .notdef
MAX_FONT_BYTES = 100 * 1024


@pytest.mark.parametrize("file_name", [REGULAR_FONT_FILE, BOLD_FONT_FILE])
def test_font_file_is_shipped_and_small(file_name):
    path = FONT_DIR / file_name
    assert path.is_file()
    assert path.stat().st_size < MAX_FONT_BYTES
    assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines, as named


def test_licence_is_shipped_with_the_fonts():
    text = (FONT_DIR / "OFL-Inter.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "The Inter Project Authors" in text
    assert "PERMISSION & CONDITIONS" in text


def _glyph_pixels(font, character):
    image = font.render(character, True, (255, 255, 255), (0, 0, 0))
    return pygame.image.tobytes(image, "RGB"), image.get_size()


@pytest.mark.parametrize("file_name", [REGULAR_FONT_FILE, BOLD_FONT_FILE])
def test_every_ui_symbol_has_a_real_glyph(display, file_name):
    font = pygame.font.Font(str(FONT_DIR / file_name), 32)
    notdef = _glyph_pixels(font, MISSING_GLYPH)
    missing = [ch for ch in UI_SYMBOLS + LATIN_SAMPLE if _glyph_pixels(font, ch) == notdef]
    assert missing == []


@pytest.mark.skipif(
    importlib.util.find_spec("fontTools") is None
    or not Path("/usr/share/fonts/opentype/inter/Inter-Regular.otf").is_file(),
    reason="regenerating needs fontTools and Debian's fonts-inter",
)
def test_subset_tool_reproduces_the_shipped_fonts(tmp_path):
    from tools import subset_fonts

    assert subset_fonts.main(["--out-dir", str(tmp_path)]) == 0
    for name in (REGULAR_FONT_FILE, BOLD_FONT_FILE, "OFL-Inter.txt"):
        assert (tmp_path / name).read_bytes() == (FONT_DIR / name).read_bytes(), name
    shutil.rmtree(tmp_path)
