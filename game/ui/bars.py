"""Horizontal bar charts with a label and a count on every bar (never colour alone)."""

from __future__ import annotations

import pygame

from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.theme import Theme

LABEL_SHARE = 0.5  # of the chart's width given to the labels
COUNT_WIDTH_PX = 44
BAR_GAP_PX = 6


def draw_bars(surface: pygame.Surface, rect: pygame.Rect, rows: list[tuple[str, int]],
              theme: Theme, fonts: FontBook, title: str = "") -> pygame.Rect:
    """Draw one bar per (label, count), longest for the largest count; returns the area."""
    palette = theme.palette
    top = rect.top
    if title:
        title_h = fonts.line_height(theme.fonts.body, True)
        draw_fitted_line(surface, title, pygame.Rect(rect.left, top, rect.width, title_h),
                         fonts, size=theme.fonts.body, min_size=theme.fonts.small,
                         color=palette.text, bold=True)
        top += title_h + BAR_GAP_PX
    if not rows:
        return rect
    row_h = min(fonts.line_height(theme.fonts.small) + 4,
                max(8, (rect.bottom - top) // len(rows) - BAR_GAP_PX))
    label_w = int(rect.width * LABEL_SHARE)
    bar_left = rect.left + label_w + BAR_GAP_PX
    bar_room = rect.right - COUNT_WIDTH_PX - bar_left
    most = max((count for _, count in rows), default=0) or 1
    for index, (label, count) in enumerate(rows):
        y = top + index * (row_h + BAR_GAP_PX)
        draw_fitted_line(surface, label, pygame.Rect(rect.left, y, label_w, row_h), fonts,
                         size=theme.fonts.small, min_size=theme.fonts.small - 6,
                         color=palette.text)
        bar = pygame.Rect(bar_left, y + 2, max(0, bar_room * count // most), row_h - 4)
        if bar.width:
            pygame.draw.rect(surface, palette.series[index % len(palette.series)], bar,
                             border_radius=3)
            pygame.draw.rect(surface, palette.text, bar, width=1, border_radius=3)
        draw_fitted_line(surface, str(count), pygame.Rect(rect.right - COUNT_WIDTH_PX, y,
                                                           COUNT_WIDTH_PX, row_h), fonts,
                         size=theme.fonts.small, min_size=theme.fonts.small - 6,
                         color=palette.text, bold=True, align="right")
    return rect
