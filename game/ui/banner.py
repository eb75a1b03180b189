"""A short banner across the top of a screen: it slides in, stays a moment, and goes.

With reduced motion it appears in place, without sliding, for the same time.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.theme import MIN_BODY_TEXT_PX, Color, Theme

BANNER_SECONDS = 3.2  # how long a banner stays on screen
SLIDE_SECONDS = 0.25  # how long it takes to slide in (and out)
BANNER_BORDER_PX = 3


@dataclass
class Banner:
    """One banner's words, whether it is good news, and how long it has been shown."""

    text: str
    good: bool
    still: bool = False  # reduced motion: no sliding
    elapsed_s: float = 0.0

    def update(self, dt_seconds: float) -> None:
        self.elapsed_s += max(0.0, dt_seconds)

    @property
    def visible(self) -> bool:
        return self.elapsed_s < BANNER_SECONDS

    def drop(self) -> float:
        """0..1: how far down it has slid (1 = fully in place)."""
        if self.still:
            return 1.0
        coming = self.elapsed_s / SLIDE_SECONDS
        going = (BANNER_SECONDS - self.elapsed_s) / SLIDE_SECONDS
        return max(0.0, min(1.0, coming, going))

    def draw(self, surface: pygame.Surface, rect: pygame.Rect, theme: Theme,
             fonts: FontBook) -> pygame.Rect | None:
        """Draw into `rect` (where it rests), slid up by how far it still has to come."""
        if not self.visible:
            return None
        palette = theme.palette
        placed = rect.move(0, -round((1 - self.drop()) * (rect.bottom + 4)))
        color: Color = palette.good if self.good else palette.warning
        pygame.draw.rect(surface, palette.panel, placed, border_radius=8)
        pygame.draw.rect(surface, color, placed, width=BANNER_BORDER_PX, border_radius=8)
        draw_fitted_line(surface, self.text, placed.inflate(-2 * theme.spacing.padding, 0),
                         fonts, size=theme.fonts.heading, min_size=MIN_BODY_TEXT_PX,
                         color=palette.text, bold=True, align="center")
        return placed
