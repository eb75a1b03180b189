"""Theme: readable sizes for a projector, contrast that passes WCAG, both variants."""

import pytest

from game.ui.theme import (
    LOGICAL_SIZE_PX,
    MIN_BODY_TEXT_PX,
    TextScale,
    Theme,
    contrast_ratio,
)

TEXT_ROLES = ("text", "muted_text", "accent", "good", "bad", "warning", "focus")
WCAG_AA_TEXT = 4.5


def all_themes():
    return [Theme.from_settings(scale, contrast) for scale in ("normal", "large")
            for contrast in (False, True)]


def test_logical_size():
    assert LOGICAL_SIZE_PX == (1280, 720)


@pytest.mark.parametrize("theme", all_themes())
def test_text_colours_are_readable_on_background_and_panels(theme):
    palette = theme.palette
    for role in TEXT_ROLES:
        for ground in (palette.background, palette.panel):
            assert contrast_ratio(getattr(palette, role), ground) >= WCAG_AA_TEXT, role
    assert contrast_ratio(palette.button_text, palette.button) >= WCAG_AA_TEXT
    assert contrast_ratio(palette.button_text, palette.button_hover) >= WCAG_AA_TEXT
    assert contrast_ratio(palette.disabled_text, palette.disabled) >= WCAG_AA_TEXT


def test_high_contrast_is_higher():
    normal, high = Theme.from_settings(), Theme.from_settings(high_contrast=True)
    assert contrast_ratio(high.palette.text, high.palette.background) == pytest.approx(21)
    for role in TEXT_ROLES:
        assert contrast_ratio(getattr(high.palette, role), high.palette.background) >= 7, role
        assert contrast_ratio(getattr(high.palette, role), high.palette.background) >= (
            contrast_ratio(getattr(normal.palette, role), normal.palette.background) - 0.01
        ), role


def test_series_colours_are_distinct():
    for theme in all_themes():
        assert len(set(theme.palette.series)) == len(theme.palette.series) >= 4


def test_font_sizes_suit_a_projector_and_large_is_larger():
    normal, large = Theme.from_settings("normal"), Theme.from_settings("large")
    assert normal.fonts.body >= MIN_BODY_TEXT_PX and normal.fonts.small >= MIN_BODY_TEXT_PX
    assert normal.fonts.heading > normal.fonts.body
    assert normal.fonts.title > normal.fonts.heading
    for field in ("small", "body", "button", "heading", "title", "display"):
        assert getattr(large.fonts, field) > getattr(normal.fonts, field), field
    assert large.spacing.button_height > normal.spacing.button_height
    assert large.text_scale is TextScale.LARGE


def test_unknown_text_scale_is_rejected():
    with pytest.raises(ValueError):
        Theme.from_settings("gigantic")


def test_contrast_ratio_reference_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
