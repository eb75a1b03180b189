"""Paired horizontal bars: for each row a label (on up to two lines), then two bars (say,
before and after) each with its word and its figure written beside it, so the chart never
relies on colour: the first bar is hatched, the second filled, and both say what they are."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.button import draw_hatching
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line, draw_text_box_shrinking, shrink_sizes
from game.ui.theme import MIN_BODY_TEXT_PX, Theme

LABEL_SHARE = 0.42  # of the chart's width given to the row labels
FIGURE_SHARE = 0.3  # of the bars' room at least given to the word and figure after a bar
ROW_GAP_PX = 8
BAR_INSET_PX = 3  # space above and below a bar inside its line


@dataclass(frozen=True)
class PairedRow:
    """One row: its label and two shares (0..1, None for no data) with their texts."""

    label: str
    first: float | None
    second: float | None
    first_text: str  # e.g. "before 40 %"
    second_text: str


def draw_paired_bars(surface: pygame.Surface, rect: pygame.Rect, rows: list[PairedRow],
                     theme: Theme, fonts: FontBook, title: str = "") -> pygame.Rect:
    """Draw the rows top to bottom inside `rect` (bars scaled to a share of 1)."""
    palette, size = theme.palette, max(theme.fonts.small, MIN_BODY_TEXT_PX)
    top = rect.top
    if title:
        title_h = fonts.line_height(theme.fonts.body, True)
        draw_fitted_line(surface, title, pygame.Rect(rect.left, top, rect.width, title_h),
                         fonts, size=theme.fonts.body, min_size=MIN_BODY_TEXT_PX,
                         color=palette.text, bold=True)
        top += title_h + ROW_GAP_PX
    if not rows:
        return rect
    room = ((rect.bottom - top) // len(rows) - ROW_GAP_PX) // 2  # for one line of a row
    while size > MIN_BODY_TEXT_PX and fonts.line_height(size, True) > room:
        size -= 1  # many rows in large text: a smaller size, never under the minimum
    line_h = fonts.line_height(size, True)
    label_w = int(rect.width * LABEL_SHARE)
    bars_left = rect.left + label_w + ROW_GAP_PX
    widest = max(fonts.font(size, True).size(text)[0] for row in rows
                 for text in (row.first_text, row.second_text))
    figure_w = max(int((rect.right - bars_left) * FIGURE_SHARE), widest + ROW_GAP_PX)
    bar_room = rect.right - bars_left - figure_w - ROW_GAP_PX
    for index, row in enumerate(rows):
        y = top + index * (2 * line_h + ROW_GAP_PX)
        draw_text_box_shrinking(surface, row.label, pygame.Rect(rect.left, y, label_w,
                                                                2 * line_h), fonts,
                                sizes=shrink_sizes(size, MIN_BODY_TEXT_PX), color=palette.text,
                                valign="middle")
        for line, (share, text) in enumerate(((row.first, row.first_text),
                                              (row.second, row.second_text))):
            line_top = y + line * line_h
            bar = pygame.Rect(bars_left, line_top + BAR_INSET_PX,
                              round(bar_room * (share or 0)), line_h - 2 * BAR_INSET_PX)
            if bar.width:
                if line == 0:
                    draw_hatching(surface, bar, palette.text, theme.spacing.hatch_step)
                else:
                    pygame.draw.rect(surface, palette.series[0], bar, border_radius=3)
                pygame.draw.rect(surface, palette.text, bar, width=1, border_radius=3)
            draw_fitted_line(surface, text, pygame.Rect(bars_left + bar_room + ROW_GAP_PX,
                                                        line_top, figure_w, line_h),
                             fonts, size=size, min_size=MIN_BODY_TEXT_PX, color=palette.text,
                             bold=line == 1)
    return rect
