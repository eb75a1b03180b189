"""FontBook caching, word wrapping, text boxes that report overflow, fitted lines."""

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.ui.line_break import segments
from game.ui.text import ELLIPSIS, FontBook, LruCache, ellipsize, wrap
from game.ui.text_box import draw_fitted_line, draw_text_box

BODY_PX = 24


def width(font, text):
    return font.size(text)[0]


def test_wrap_breaks_at_spaces_and_every_line_fits(fonts):
    font = fonts.font(BODY_PX)
    text = "Your score rose because you bought diapers and praised the new policy online."
    lines = wrap(text, font, 300)
    assert len(lines) > 1
    assert all(width(font, line) <= 300 for line in lines)
    assert " ".join(lines) == text


def test_wrap_honours_newlines_and_keeps_empty_paragraphs(fonts):
    lines = wrap("Week 3\n\nThe rules changed.", fonts.font(BODY_PX), 1000)
    assert lines == ["Week 3", "", "The rules changed."]


def test_wrap_breaks_a_word_longer_than_the_line(fonts):
    font = fonts.font(BODY_PX)
    word = "Antidisestablishmentarianism" * 3
    lines = wrap(f"a {word} b", font, 200)
    assert all(width(font, line) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == f"a{word}b"
    assert lines[0] == "a"
    assert lines[-1].endswith("b")


def test_wrap_gives_each_character_a_line_when_box_is_narrower_than_a_glyph(fonts):
    assert wrap("WWW", fonts.font(BODY_PX), 1) == ["W", "W", "W"]


def test_wrap_of_empty_text_is_one_empty_line(fonts):
    assert wrap("", fonts.font(BODY_PX), 100) == [""]


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("abc XYZ ilm\n–…✓"), max_size=120),
    max_width=st.integers(min_value=40, max_value=600),
)
def test_wrap_never_exceeds_the_width_and_loses_no_characters(fonts, text, max_width):
    font = fonts.font(BODY_PX)
    lines = wrap(text, font, max_width)
    for line in lines:
        assert width(font, line) <= max_width or len(line) == 1
    # Wrapping only removes spaces and splits lines: the other characters survive in order.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_text_box_that_fits_reports_no_overflow(canvas, fonts):
    rect = pygame.Rect(100, 100, 400, 200)
    result = draw_text_box(canvas, "A short sentence that fits.", rect, fonts, size=BODY_PX,
                           color=(255, 255, 255))
    assert not result.overflowed
    assert result.visible_line_count == len(result.lines) == 1
    assert rect.contains(result.used_rect)
    assert canvas.get_at(result.used_rect.center) is not None


def test_text_box_too_small_reports_overflow_and_ends_with_ellipsis(canvas, fonts):
    rect = pygame.Rect(0, 0, 200, 60)
    text = "This paragraph is far too long to fit into such a small box on the screen."
    result = draw_text_box(canvas, text, rect, fonts, size=BODY_PX, color=(255, 255, 255))
    assert result.overflowed
    assert 0 < result.visible_line_count < len(result.lines)
    assert rect.contains(result.used_rect)


def test_text_box_draws_only_inside_its_rect(display, fonts):
    surface = pygame.Surface((600, 300))
    surface.fill((0, 0, 0))
    rect = pygame.Rect(50, 50, 200, 100)
    draw_text_box(surface, "word " * 80, rect, fonts, size=BODY_PX, color=(255, 255, 255))
    outside = pygame.mask.from_threshold(surface, (255, 255, 255), (200, 200, 200, 255))
    inside = outside.overlap_area(_rect_mask(surface.get_size(), rect), (0, 0))
    assert outside.count() > 0
    assert inside == outside.count()  # every lit pixel is inside the rect


def _rect_mask(size, rect):
    mask = pygame.mask.Mask(size)
    mask.draw(pygame.mask.Mask(rect.size, fill=True), rect.topleft)
    return mask


@pytest.mark.parametrize(("align", "side"), [("left", "left"), ("right", "right")])
def test_text_box_alignment(canvas, fonts, align, side):
    rect = pygame.Rect(100, 100, 600, 100)
    result = draw_text_box(canvas, "Aligned", rect, fonts, size=BODY_PX, color=(9, 9, 9),
                           align=align)
    assert getattr(result.used_rect, side) == getattr(rect, side)


def test_text_box_centres_vertically(canvas, fonts):
    rect = pygame.Rect(0, 0, 600, 300)
    result = draw_text_box(canvas, "Middle", rect, fonts, size=BODY_PX, color=(9, 9, 9),
                           align="center", valign="middle")
    assert abs(result.used_rect.centery - rect.centery) <= 1
    assert abs(result.used_rect.centerx - rect.centerx) <= 1


def test_unknown_alignment_is_an_error(canvas, fonts):
    with pytest.raises(ValueError, match="alignment"):
        draw_text_box(canvas, "x", pygame.Rect(0, 0, 100, 100), fonts, size=BODY_PX,
                      color=(0, 0, 0), align="justify")


def test_render_cache_returns_the_same_surface(fonts):
    first = fonts.render("Score 742", BODY_PX, (255, 255, 255))
    again = fonts.render("Score 742", BODY_PX, (255, 255, 255))
    other_colour = fonts.render("Score 742", BODY_PX, (0, 0, 0))
    bold = fonts.render("Score 742", BODY_PX, (255, 255, 255), bold=True)
    assert first is again
    assert other_colour is not first and bold is not first


def test_render_cache_is_bounded(display):
    book = FontBook(render_cache_surfaces=5)
    for index in range(20):
        book.render(str(index), BODY_PX, (1, 2, 3))
    assert len(book.render_cache) == 5


def test_lru_cache_evicts_least_recently_used():
    cache = LruCache(2)
    cache.get_or_make("a", lambda: 1)
    cache.get_or_make("b", lambda: 2)
    cache.get_or_make("a", lambda: 99)  # touch a
    cache.get_or_make("c", lambda: 3)  # evicts b
    assert cache.get_or_make("a", lambda: 0) == 1
    assert cache.get_or_make("b", lambda: 42) == 42
    with pytest.raises(ValueError):
        LruCache(0)


def test_fonts_load_once_per_size_and_style(fonts):
    assert fonts.font(30) is fonts.font(30)
    assert fonts.font(30) is not fonts.font(30, bold=True)
    assert not fonts.using_fallback() and not fonts.using_fallback(bold=True)


def test_missing_font_files_fall_back_to_pygame_default(display, tmp_path):
    book = FontBook(tmp_path / "no-fonts-here")
    assert book.using_fallback()
    assert book.render("Still readable", BODY_PX, (255, 255, 255)).get_width() > 0


def test_fit_size_shrinks_until_the_line_fits(fonts):
    text = "Deposit-free rental unlocked"
    natural = width(fonts.font(40), text)
    size = fonts.fit_size(text, natural // 2, 40, 10)
    assert size < 40
    assert width(fonts.font(size), text) <= natural // 2
    assert width(fonts.font(size + 1), text) > natural // 2
    assert fonts.fit_size(text, natural + 5, 40, 10) == 40
    assert fonts.fit_size(text, 3, 40, 10) == 10  # cannot fit: the minimum
    with pytest.raises(ValueError):
        fonts.fit_size(text, 100, 10, 20)


def test_fitted_line_shrinks_or_ellipsizes(canvas, fonts):
    rect = pygame.Rect(0, 0, 180, 40)
    fitted = draw_fitted_line(canvas, "Hotel discount", rect, fonts, size=40, min_size=16,
                              color=(255, 255, 255))
    assert not fitted.overflowed and fitted.lines == ("Hotel discount",)
    assert fitted.used_rect.width <= rect.width
    cut = draw_fitted_line(canvas, "A very long perk name that will not fit at all", rect,
                           fonts, size=40, min_size=20, color=(255, 255, 255))
    assert cut.overflowed and cut.lines[0].endswith(ELLIPSIS)
    assert cut.used_rect.width <= rect.width


def test_ellipsize(fonts):
    font = fonts.font(BODY_PX)
    assert ellipsize("short", font, 500) == "short"
    cut = ellipsize("a rather long sentence here", font, 100)
    assert cut.endswith(ELLIPSIS) and width(font, cut) <= 100


# -- Chinese: no spaces, so lines break between characters -------------------------------

CHINESE = "你的支付软件邀请你开通芝麻信用，分数从 350 到 950。同事们午饭时已经在比分数了。"
CLOSING = set("，。！？：；、）」』》")
OPENING = set("（「『《“")


@pytest.fixture(scope="module")
def chinese_fonts(display):
    return FontBook(language="zh")


def test_chinese_breaks_between_characters_and_loses_nothing(chinese_fonts):
    font = chinese_fonts.font(BODY_PX)
    lines = wrap(CHINESE, font, 200)
    assert len(lines) > 3
    assert all(width(font, line) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == CHINESE.replace(" ", "")


def test_chinese_punctuation_never_starts_a_line(chinese_fonts):
    font = chinese_fonts.font(BODY_PX)
    for max_width in range(100, 400, 7):  # the widest glued run, 吧）！”, is 96 px
        for line in wrap(CHINESE + "他说：“（好吧）！”", font, max_width)[1:]:
            assert line[0] not in CLOSING, (max_width, line)


def test_a_latin_word_inside_chinese_stays_whole(chinese_fonts):
    font = chinese_fonts.font(BODY_PX)
    lines = wrap("芝麻信用技术总监 Yingyun 对 Caixin 说过这句话。", font, 150)
    assert any("Yingyun" in line for line in lines)
    assert any("Caixin" in line for line in lines)


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("信用分数你好，。！？：（）“”「」ab12"), max_size=80),
    max_width=st.integers(min_value=40, max_value=500),
)
def test_chinese_wrap_fits_keeps_characters_and_punctuation_rules(chinese_fonts, text,
                                                                     max_width):
    font = chinese_fonts.font(BODY_PX)
    lines = wrap(text, font, max_width)
    assert "".join(lines) == text
    for line in lines:
        assert width(font, line) <= max_width or len(line) == 1
    for before, line in zip(lines, lines[1:], strict=False):
        if len(before) > 1 and line:  # a one-character line: no allowed break existed
            assert line[0] not in CLOSING, (before, line)
            assert before[-1] not in OPENING, (before, line)


def test_line_break_segments():
    assert [s.text for s in segments("你好，世界")] == ["你", "好，", "世", "界"]
    assert [s.text for s in segments("说“你好”")] == ["说", "“你", "好”"]
    assert [(s.text, s.space_before) for s in segments("Week 3 第3周")] == [
        ("Week", False), ("3", True), ("第", True), ("3", False), ("周", False)]
    assert [s.text for s in segments("plain English words")] == ["plain", "English", "words"]


def test_font_book_switches_language_and_emboldens_the_single_chinese_weight(display):
    book = FontBook()
    latin = book.render("信用", BODY_PX, (255, 255, 255))
    assert not book.synthetic_bold and book.language == "en"
    book.set_language("zh")
    assert book.language == "zh" and book.synthetic_bold
    assert len(book.render_cache) == 0  # switching forgets what was drawn in the old fonts
    chinese = book.render("信用", BODY_PX, (255, 255, 255))
    assert pygame.image.tobytes(chinese, "RGBA") != pygame.image.tobytes(latin, "RGBA")
    assert book.font(BODY_PX, bold=True).bold and not book.font(BODY_PX).bold
    assert not book.using_fallback() and not book.using_fallback(bold=True)
    book.set_language("es")
    assert not book.synthetic_bold and book.language == "es"
