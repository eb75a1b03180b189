"""Colours, sizes and spacing for every screen, built from the player's display settings.

The palette uses the Okabe-Ito colours, which stay distinct for the common forms of colour
blindness; widgets add shapes on top so colour is never the only cue. Sizes are chosen for
a 1280x720 logical screen shown on a classroom projector: body text is at least 20 px.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

Color = tuple[int, int, int]

LOGICAL_WIDTH_PX = 1280
LOGICAL_HEIGHT_PX = 720
LOGICAL_SIZE_PX = (LOGICAL_WIDTH_PX, LOGICAL_HEIGHT_PX)

# Okabe & Ito (2008), "Color Universal Design", as 8-bit sRGB.
OKABE_ITO_BLACK: Color = (0, 0, 0)
OKABE_ITO_ORANGE: Color = (230, 159, 0)
OKABE_ITO_SKY_BLUE: Color = (86, 180, 233)
OKABE_ITO_BLUISH_GREEN: Color = (0, 158, 115)
OKABE_ITO_YELLOW: Color = (240, 228, 66)
OKABE_ITO_BLUE: Color = (0, 114, 178)
OKABE_ITO_VERMILLION: Color = (213, 94, 0)
OKABE_ITO_REDDISH_PURPLE: Color = (204, 121, 167)

# Okabe-Ito hues lightened so text in them keeps a 4.5:1 contrast on the dark panels.
LIGHT_BLUISH_GREEN: Color = (26, 184, 136)
LIGHT_VERMILLION: Color = (240, 118, 30)

MIN_BODY_TEXT_PX = 20  # smallest body text readable from the back of a classroom


class TextScale(StrEnum):
    """How big the player wants text: the values are what settings files store."""

    NORMAL = "normal"
    LARGE = "large"


@dataclass(frozen=True)
class Palette:
    """Colours by role. ``series`` is the cycle used for chart lines."""

    background: Color
    panel: Color
    panel_border: Color
    text: Color
    muted_text: Color
    accent: Color
    good: Color
    bad: Color
    warning: Color
    focus: Color
    button: Color
    button_hover: Color
    button_pressed: Color
    button_text: Color
    disabled: Color
    disabled_text: Color
    hatch: Color
    tooltip: Color
    series: tuple[Color, ...]


STANDARD_PALETTE = Palette(
    background=(22, 25, 33),
    panel=(36, 41, 54),
    panel_border=(88, 96, 116),
    text=(238, 240, 245),
    muted_text=(176, 182, 196),
    accent=OKABE_ITO_SKY_BLUE,
    good=LIGHT_BLUISH_GREEN,
    bad=LIGHT_VERMILLION,
    warning=OKABE_ITO_ORANGE,
    focus=OKABE_ITO_YELLOW,
    button=(52, 60, 80),
    button_hover=(68, 80, 106),
    button_pressed=(40, 46, 62),
    button_text=(238, 240, 245),
    disabled=(38, 41, 50),
    disabled_text=(150, 154, 166),
    hatch=(70, 74, 86),
    tooltip=(12, 14, 20),
    series=(
        OKABE_ITO_SKY_BLUE,
        OKABE_ITO_ORANGE,
        LIGHT_BLUISH_GREEN,
        OKABE_ITO_REDDISH_PURPLE,
        OKABE_ITO_YELLOW,
        LIGHT_VERMILLION,
    ),
)

HIGH_CONTRAST_PALETTE = Palette(
    background=OKABE_ITO_BLACK,
    panel=OKABE_ITO_BLACK,
    panel_border=(255, 255, 255),
    text=(255, 255, 255),
    muted_text=(225, 225, 225),
    accent=OKABE_ITO_SKY_BLUE,
    good=(60, 210, 160),  # Okabe-Ito bluish green, lightened for 7:1 on black
    bad=(255, 140, 60),  # Okabe-Ito vermillion, lightened for 7:1 on black
    warning=OKABE_ITO_YELLOW,
    focus=OKABE_ITO_YELLOW,
    button=OKABE_ITO_BLACK,
    button_hover=(40, 40, 40),
    button_pressed=(70, 70, 70),
    button_text=(255, 255, 255),
    disabled=OKABE_ITO_BLACK,
    disabled_text=(200, 200, 200),
    hatch=(110, 110, 110),
    tooltip=OKABE_ITO_BLACK,
    series=(
        OKABE_ITO_SKY_BLUE,
        OKABE_ITO_ORANGE,
        (60, 210, 160),
        OKABE_ITO_REDDISH_PURPLE,
        OKABE_ITO_YELLOW,
        (255, 140, 60),
    ),
)


@dataclass(frozen=True)
class FontSizes:
    """Font sizes in px (the height pygame is asked for)."""

    small: int  # captions, chart labels
    body: int  # paragraphs, list rows
    button: int  # button labels
    heading: int  # panel headings
    title: int  # screen titles
    display: int  # the big score number


NORMAL_FONT_SIZES = FontSizes(small=20, body=24, button=24, heading=34, title=52, display=84)
LARGE_FONT_SIZES = FontSizes(small=24, body=30, button=30, heading=42, title=64, display=104)


@dataclass(frozen=True)
class Spacing:
    """Distances in px."""

    gap: int  # between neighbouring widgets
    padding: int  # inside panels and buttons
    border: int  # panel and button outlines
    focus_ring: int  # thickness of the focus outline
    focus_corner: int  # length of each focus corner mark
    corner_radius: int  # rounded corners of panels and buttons
    button_height: int
    row_height: int  # one row of a scrollable list
    hatch_step: int  # distance between disabled-state hatch lines


NORMAL_SPACING = Spacing(
    gap=12, padding=16, border=2, focus_ring=4, focus_corner=14, corner_radius=8,
    button_height=52, row_height=44, hatch_step=10,
)
LARGE_SPACING = Spacing(
    gap=14, padding=18, border=3, focus_ring=5, focus_corner=16, corner_radius=8,
    button_height=62, row_height=52, hatch_step=12,
)


@dataclass(frozen=True)
class Theme:
    """Everything a widget needs to look right: palette, font sizes, spacing."""

    palette: Palette
    fonts: FontSizes
    spacing: Spacing
    text_scale: TextScale = TextScale.NORMAL
    high_contrast: bool = False

    @classmethod
    def from_settings(cls, text_scale: str = "normal", high_contrast: bool = False) -> Theme:
        """Build the theme for a text scale ("normal" or "large") and contrast choice.

        Raises ``ValueError`` for an unknown text scale.
        """
        scale = TextScale(text_scale)
        large = scale is TextScale.LARGE
        return cls(
            palette=HIGH_CONTRAST_PALETTE if high_contrast else STANDARD_PALETTE,
            fonts=LARGE_FONT_SIZES if large else NORMAL_FONT_SIZES,
            spacing=LARGE_SPACING if large else NORMAL_SPACING,
            text_scale=scale,
            high_contrast=high_contrast,
        )


def relative_luminance(color: Color) -> float:
    """WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color[:3]
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(first: Color, second: Color) -> float:
    """WCAG 2 contrast ratio between two colours, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
