"""Shown instead of a traceback when a content file is broken: which file, entry and field."""

from __future__ import annotations

import pygame

from game.scenes.common import MARGIN_PX, SCREEN_RECT
from game.shell import Quit, Scene, Transition
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.text_box import draw_text_box
from game.ui.widgets import Button, draw_panel

TITLE = "The game's content has a problem"  # the string table may be what is broken
EXPLAIN = ("A data file under assets/data could not be used. Fix the file named below, "
           "then start the game again.")
QUIT_LABEL = "Quit"


class ContentErrorScene(Scene):
    """A plain screen with the error message and a Quit button (English: no table loaded)."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.focus = FocusGroup()

    def enter(self, context) -> None:
        super().enter(context)
        spacing = context.theme.spacing
        rect = pygame.Rect(0, 0, 240, spacing.button_height)
        rect.bottomright = (SCREEN_RECT.right - MARGIN_PX, SCREEN_RECT.bottom - MARGIN_PX)
        self.focus.set_items([Button("quit", rect, QUIT_LABEL, hotkey="q")])

    def handle(self, event: pygame.event.Event) -> Transition | None:
        if self.focus.handle(event) == "quit":
            return Quit()
        return None

    def spoken_text(self) -> str:
        return f"{TITLE}. {EXPLAIN} {self.message}"

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        panel = SCREEN_RECT.inflate(-2 * MARGIN_PX, -2 * MARGIN_PX)
        panel.height -= theme.spacing.button_height + theme.spacing.gap
        inner = draw_panel(surface, panel, theme, fonts, TITLE)
        explain = draw_text_box(surface, EXPLAIN, inner, fonts, size=theme.fonts.body,
                                color=theme.palette.muted_text)
        message_rect = pygame.Rect(inner.left, explain.used_rect.bottom + theme.spacing.gap * 2,
                                   inner.width, inner.bottom - explain.used_rect.bottom)
        draw_text_box(surface, self.message, message_rect, fonts, size=theme.fonts.body,
                      color=theme.palette.warning, bold=True)
        draw_widgets(surface, self.focus, theme, fonts)
