"""Text in boxes: word-wrapped paragraphs and fitted single lines that report overflow.

Drawing functions over a `FontBook` (text.py): they lay text out inside a rectangle, shrink
it within limits when asked, and tell the font book when text did not fit, so tests can
fail on any screen whose text overflows its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pygame

from game.ui.text import ELLIPSIS, FontBook, ellipsize
from game.ui.theme import Color

SHRINK_STEP_PX = 2  # a long text in a fixed box shrinks by this much at a time
LABEL_VALUE_GAP_PX = 12  # between a label and its value on one line
SHRINK_STEPS = 2  # and at most this many times

HAlign = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]


@dataclass(frozen=True)
class TextBoxResult:
    """What ``draw_text_box`` did: the lines it laid out and whether they all fitted."""

    lines: tuple[str, ...]  # every wrapped line, drawn or not
    visible_line_count: int  # how many lines were drawn
    used_rect: pygame.Rect  # bounding box of what was drawn
    overflowed: bool  # True if some text did not fit in the rect


def layout_text_box(
    text: str,
    rect: pygame.Rect,
    fonts: FontBook,
    size: int,
    *,
    bold: bool = False,
    line_spacing: float = 1.0,
) -> tuple[tuple[str, ...], int, int]:
    """Wrap ``text`` into ``rect``: (lines, how many fit vertically, line step in px).

    A text box too narrow for any character still wraps (one character a line), and
    is reported as overflowing by ``draw_text_box``.
    """
    lines = fonts.wrap(text, size, max(rect.width, 1), bold)
    step = max(1, round(fonts.line_height(size, bold) * line_spacing))
    glyph_height = fonts.font(size, bold).get_height()
    if rect.height < glyph_height:
        return lines, 0, step
    fitting = 1 + (rect.height - glyph_height) // step
    return lines, min(len(lines), fitting), step


def draw_text_box(
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    fonts: FontBook,
    *,
    size: int,
    color: Color,
    bold: bool = False,
    align: HAlign = "left",
    valign: VAlign = "top",
    line_spacing: float = 1.0,
    ellipsis: bool = True,
) -> TextBoxResult:
    """Draw ``text`` word-wrapped inside ``rect`` and report whether it overflowed.

    Lines that do not fit vertically are not drawn; with ``ellipsis`` the last drawn line
    ends in "…" to show that text is missing. A line wider than the rect (a character
    wider than the whole box) also counts as overflow.
    """
    rect = pygame.Rect(rect)
    lines, visible, step = layout_text_box(
        text, rect, fonts, size, bold=bold, line_spacing=line_spacing
    )
    font = fonts.font(size, bold)
    overflowed = visible < len(lines)
    shown = list(lines[:visible])
    if overflowed and ellipsis and shown:
        shown[-1] = ellipsize(shown[-1] + ELLIPSIS, font, rect.width)
    block_height = (len(shown) - 1) * step + font.get_height() if shown else 0
    top = _aligned_top(rect, block_height, valign)
    used = pygame.Rect(rect.x, top, 0, 0)
    blits = []
    for index, line in enumerate(shown):
        image = fonts.render(line, size, color, bold)
        if image.get_width() > rect.width:
            overflowed = True
        x = _aligned_left(rect, image.get_width(), align)
        position = (x, top + index * step)
        blits.append((image, position))
        line_rect = image.get_rect(topleft=position)
        used = line_rect if index == 0 else used.union(line_rect)
    if blits:
        surface.fblits(blits)
    if overflowed:
        fonts.note_overflow(text)
    fonts.note_drawn(text, used, size, overflowed)
    return TextBoxResult(
        lines=tuple(lines), visible_line_count=len(shown), used_rect=used, overflowed=overflowed
    )


def draw_fitted_line(
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    fonts: FontBook,
    *,
    size: int,
    min_size: int,
    color: Color,
    bold: bool = False,
    align: HAlign = "left",
    valign: VAlign = "middle",
    full_text_elsewhere: bool = False,
) -> TextBoxResult:
    """Draw one line, shrinking the font from ``size`` towards ``min_size`` until it fits.

    If it is still too wide at ``min_size`` it is cut with "…" and reported as overflow,
    unless ``full_text_elsewhere`` says the screen shows the whole text in another place
    (a list row whose full text is in a details box).
    """
    rect = pygame.Rect(rect)
    fitted = fonts.fit_size(text, rect.width, size, min_size, bold)
    shown = fonts.ellipsize(text, fitted, rect.width, bold)
    image = fonts.render(shown, fitted, color, bold)
    position = (
        _aligned_left(rect, image.get_width(), align),
        _aligned_top(rect, image.get_height(), valign),
    )
    surface.blit(image, position)
    cut = (shown != text and not full_text_elsewhere) or image.get_height() > rect.height
    if cut:
        fonts.note_overflow(text)
    fonts.note_drawn(text, image.get_rect(topleft=position), fitted, cut)
    return TextBoxResult(
        lines=(shown,),
        visible_line_count=1,
        used_rect=image.get_rect(topleft=position),
        overflowed=shown != text or image.get_height() > rect.height,
    )


def _aligned_left(rect: pygame.Rect, width: int, align: HAlign) -> int:
    if align == "left":
        return rect.left
    if align == "center":
        return rect.centerx - width // 2
    if align == "right":
        return rect.right - width
    raise ValueError(f"unknown horizontal alignment {align!r}")


def _aligned_top(rect: pygame.Rect, height: int, valign: VAlign) -> int:
    if valign == "top":
        return rect.top
    if valign == "middle":
        return rect.centery - height // 2
    if valign == "bottom":
        return rect.bottom - height
    raise ValueError(f"unknown vertical alignment {valign!r}")


def draw_label_and_value(surface: pygame.Surface, label: str, value: str, rect: pygame.Rect,
                         fonts: FontBook, *, size: int, min_size: int, label_color: Color,
                         value_color: Color, value_bold: bool = True) -> None:
    """A label on the left and its value on the right of one line, never overlapping: the
    value is drawn first at its size, and the label fits into what is left (minus a gap)."""
    rect = pygame.Rect(rect)
    value_size = fonts.fit_size(value, rect.width, size, min_size, value_bold)
    used = draw_fitted_line(surface, value, rect, fonts, size=value_size, min_size=min_size,
                            color=value_color, bold=value_bold, align="right").used_rect
    label_rect = pygame.Rect(rect.left, rect.top,
                             max(0, used.left - LABEL_VALUE_GAP_PX - rect.left), rect.height)
    draw_fitted_line(surface, label, label_rect, fonts, size=size, min_size=min_size,
                     color=label_color)


def shrink_sizes(size: int, min_size: int, steps: int = SHRINK_STEPS) -> tuple[int, ...]:
    """``size`` and up to ``steps`` smaller sizes, ``SHRINK_STEP_PX`` apart, none below
    ``min_size`` (the ``sizes`` for ``draw_text_box_shrinking``)."""
    sizes = tuple(size - step * SHRINK_STEP_PX for step in range(steps + 1))
    return tuple(s for s in sizes if s >= min_size) or (size,)


def draw_text_box_shrinking(
    surface: pygame.Surface,
    text: str,
    rect: pygame.Rect,
    fonts: FontBook,
    *,
    sizes: tuple[int, ...],
    color: Color,
    bold: bool = False,
    align: HAlign = "left",
    valign: VAlign = "top",
    line_spacing: float = 1.0,
) -> TextBoxResult:
    """Draw ``text`` at the first of ``sizes`` (largest first) at which it fits ``rect``;
    at the last size it is drawn as well as it can be (and reported if it overflows)."""
    rect = pygame.Rect(rect)
    for size in sizes[:-1]:
        lines, visible, _ = layout_text_box(text, rect, fonts, size, bold=bold,
                                            line_spacing=line_spacing)
        widest = max((fonts.font(size, bold).size(line)[0] for line in lines), default=0)
        if visible == len(lines) and widest <= rect.width:
            return draw_text_box(surface, text, rect, fonts, size=size, color=color, bold=bold,
                                 align=align, valign=valign, line_spacing=line_spacing)
    return draw_text_box(surface, text, rect, fonts, size=sizes[-1], color=color, bold=bold,
                         align=align, valign=valign, line_spacing=line_spacing)
