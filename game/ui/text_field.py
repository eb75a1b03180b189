"""A one-line text field: typed with TEXTINPUT events, edited with Backspace, focusable.

It satisfies the toolkit's `Focusable` protocol, so a `FocusGroup` moves focus onto it;
the scene passes it the events while it has the focus (`handle` says whether it used one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.ui.button import WidgetState, draw_focus_ring, draw_widget_background
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.theme import Theme

CARET = "|"  # shown after the text while the field has the focus


@dataclass(eq=False)
class TextField:
    """A single line of typed text, up to `max_length` characters `allowed` lets through."""

    id: str
    rect: pygame.Rect
    placeholder: str = ""
    max_length: int = 64
    allowed: Callable[[str], bool] = field(default=lambda ch: ch.isprintable())
    text: str = ""
    enabled: bool = True
    hotkey: str | None = None
    tooltip: str | None = None
    clip_rect: pygame.Rect | None = None

    def handle(self, event: pygame.event.Event) -> bool:
        """Take typing and Backspace; True if the event changed or belonged to the field."""
        if event.type == pygame.TEXTINPUT:
            added = "".join(ch for ch in event.text if self.allowed(ch))
            self.text = (self.text + added)[: self.max_length]
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_BACKSPACE:
            self.text = self.text[:-1]
            return True
        return False

    def draw(self, surface: pygame.Surface, theme: Theme, fonts: FontBook,
             state: WidgetState) -> None:
        """The box, the text (or the placeholder, dimmed and in brackets) and a caret."""
        draw_widget_background(surface, self.rect, theme, self.enabled, state)
        pygame.draw.rect(surface, theme.palette.text, self.rect, width=theme.spacing.border,
                         border_radius=theme.spacing.corner_radius)
        inner = self.rect.inflate(-2 * theme.spacing.padding, 0)
        if self.text:
            caret = CARET if state.focused else ""
            draw_fitted_line(surface, self.text + caret, inner, fonts, size=theme.fonts.body,
                             min_size=theme.fonts.small, color=theme.palette.text, bold=True)
        else:
            hint = f"[{self.placeholder}]" if self.placeholder else CARET
            draw_fitted_line(surface, hint, inner, fonts, size=theme.fonts.body,
                             min_size=theme.fonts.small - 4, color=theme.palette.muted_text)
        if state.focused:
            draw_focus_ring(surface, self.rect, theme)
