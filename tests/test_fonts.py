"""The shipped fonts: the Inter subsets and the Chinese (Noto Sans CJK SC) subset are
present, small, licensed, draw every UI symbol, and the tool rebuilds them byte for byte."""

import importlib.util
import shutil
from pathlib import Path

import pygame
import pytest

from game.ui.text import BOLD_FONT_FILE, CJK_FONT_FILE, FONT_DIR, REGULAR_FONT_FILE

UI_SYMBOLS = "¥€£–—…•·↑↓→←▲▼✓✗★●■◆▸“”‘’°±×%"
LATIN_SAMPLE = "AZaz09 ÄÖÜßéèçñø¿¡©®"
MISSING_GLYPH = "\ue000"  # a private-use code point no font here maps: draws .notdef
MAX_FONT_BYTES = 100 * 1024
MAX_CJK_FONT_BYTES = 400 * 1024  # one weight, only the characters the Chinese tables use
CJK_SAMPLE = "信用分好友特权复盘，。？：（）“”"  # all used by the Chinese tables
NOTO_CJK_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


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
    names = [REGULAR_FONT_FILE, BOLD_FONT_FILE, "OFL-Inter.txt"]
    if NOTO_CJK_SOURCE.is_file():
        names += [CJK_FONT_FILE, "OFL-NotoSansCJK.txt"]
    for name in names:  # the Chinese subset follows the zh tables: rerun the tool on a change
        assert (tmp_path / name).read_bytes() == (FONT_DIR / name).read_bytes(), (
            f"{name} differs from what tools/subset_fonts.py makes now: run it")
    shutil.rmtree(tmp_path)


def test_chinese_font_is_shipped_small_and_licensed():
    path = FONT_DIR / CJK_FONT_FILE
    assert path.is_file()
    assert path.stat().st_size < MAX_CJK_FONT_BYTES
    assert path.read_bytes()[:4] == b"OTTO"  # an OpenType font with CFF outlines, not a .ttc
    text = (FONT_DIR / "OFL-NotoSansCJK.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and "Adobe" in text
    assert "PERMISSION & CONDITIONS" in text


def test_chinese_font_draws_chinese_and_every_ui_symbol(display):
    font = pygame.font.Font(str(FONT_DIR / CJK_FONT_FILE), 32)
    notdef = _glyph_pixels(font, MISSING_GLYPH)
    missing = [ch for ch in CJK_SAMPLE + UI_SYMBOLS + "AZaz09" if _glyph_pixels(font, ch) == notdef]
    assert missing == []


@pytest.mark.skipif(
    importlib.util.find_spec("fontTools") is None or not NOTO_CJK_SOURCE.is_file(),
    reason="checking the Chinese subset needs fontTools and Debian's fonts-noto-cjk",
)
def test_subset_tool_check_covers_the_current_chinese_tables(capsys):
    """`--check` fails as soon as the Chinese tables use a character the font lacks."""
    from tools import subset_fonts

    assert subset_fonts.main(["--check"]) == 0
    wanted = subset_fonts.cjk_code_points()
    assert ord("信") in wanted and ord("A") in wanted
    problems = subset_fonts.check_cjk_font(FONT_DIR / CJK_FONT_FILE, wanted + [ord("龘")])
    assert problems and "U+9F98" in problems[0]
