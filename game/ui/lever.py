"""A lever: a setting on a track, set by clicking or dragging along it with the mouse, while
the − and + buttons beside it (and their hotkeys) serve the keyboard.

It is drawn as its value in words over a thin bar whose filled part and round thumb show the
position, so the value never rests on colour or position alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.theme import Theme

BAR_HEIGHT_PX = 4
THUMB_RADIUS_PX = 6
BAR_INSET_PX = 14  # the bar stops this far inside the track's ends (room for the thumb)
BAR_BOTTOM_GAP_PX = 6  # between the bar and the track's bottom edge
SHRINK_PT = 6  # the value's text may shrink this much to fit


@dataclass(frozen=True)
class Lever:
    """Where a lever is and how many steps it has (positions 0..steps)."""

    id: str
    rect: pygame.Rect
    steps: int

    def bar(self) -> pygame.Rect:
        """The bar the thumb runs along."""
        return pygame.Rect(self.rect.left + BAR_INSET_PX,
                           self.rect.bottom - BAR_BOTTOM_GAP_PX - BAR_HEIGHT_PX,
                           self.rect.width - 2 * BAR_INSET_PX, BAR_HEIGHT_PX)

    def position_at(self, x: int) -> int:
        """The step nearest to a point at `x` along the bar."""
        bar = self.bar()
        share = (x - bar.left) / max(1, bar.width)
        return max(0, min(self.steps, round(share * self.steps)))


def draw_lever(surface: pygame.Surface, lever: Lever, position: int, text: str, theme: Theme,
               fonts: FontBook, *, active: bool = False) -> None:
    """The track, `text` (the value in words) above the bar, the filled part and the thumb;
    `active` while it is being dragged (a thicker border)."""
    palette, spacing = theme.palette, theme.spacing
    rect = lever.rect
    pygame.draw.rect(surface, palette.button, rect, border_radius=spacing.corner_radius)
    pygame.draw.rect(surface, palette.focus if active else palette.panel_border, rect,
                     width=2 * spacing.border if active else spacing.border,
                     border_radius=spacing.corner_radius)
    bar = lever.bar()
    label = pygame.Rect(rect.left + BAR_INSET_PX, rect.top + 2, bar.width,
                        bar.top - rect.top - 2)
    draw_fitted_line(surface, text, label, fonts, size=theme.fonts.small,
                     min_size=theme.fonts.small - SHRINK_PT, color=palette.button_text,
                     bold=True, align="center")
    pygame.draw.rect(surface, palette.muted_text, bar, border_radius=BAR_HEIGHT_PX // 2)
    x = bar.left + round(bar.width * position / max(1, lever.steps))
    filled = pygame.Rect(bar.left, bar.top, x - bar.left, bar.height)
    pygame.draw.rect(surface, palette.focus, filled, border_radius=BAR_HEIGHT_PX // 2)
    pygame.draw.circle(surface, palette.focus, (x, bar.centery), THUMB_RADIUS_PX)
    pygame.draw.circle(surface, palette.button_text, (x, bar.centery), THUMB_RADIUS_PX, width=2)
