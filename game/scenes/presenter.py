"""Presenter mode's pause: the teacher freezes the screen to talk; any key carries on."""

from __future__ import annotations

import pygame

from game.game_data import GameData
from game.scenes.common import MARGIN_PX, SCREEN_RECT, dim_screen
from game.shell import Pop, Scene, Transition
from game.ui.text_box import draw_fitted_line, draw_text_box

TITLE_TOP_PX = 220  # where the big line sits on the 720 px screen


class PresenterPause(Scene):
    """A full-screen overlay with one big line; any key or click returns to the game."""

    is_overlay = True

    def __init__(self, data: GameData) -> None:
        self.data = data

    def handle(self, event: pygame.event.Event) -> Transition | None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONUP):
            return Pop()
        return None

    def spoken_text(self) -> str:
        t = self.data.t
        return f"{t('ui.presenter.pause_title')}. {t('ui.presenter.pause_body')}"

    def draw(self, surface: pygame.Surface) -> None:
        dim_screen(surface)
        dim_screen(surface)
        theme, fonts = self.context.theme, self.context.fonts
        width = SCREEN_RECT.width - 4 * MARGIN_PX
        title = pygame.Rect(2 * MARGIN_PX, TITLE_TOP_PX, width,
                            fonts.line_height(theme.fonts.display, True))
        draw_fitted_line(surface, self.data.t("ui.presenter.pause_title"), title, fonts,
                         size=theme.fonts.display, min_size=theme.fonts.title,
                         color=theme.palette.text, bold=True, align="center")
        body = pygame.Rect(2 * MARGIN_PX, title.bottom + theme.spacing.gap, width,
                           3 * fonts.line_height(theme.fonts.heading))
        draw_text_box(surface, self.data.t("ui.presenter.pause_body"), body, fonts,
                      size=theme.fonts.heading, color=theme.palette.text, align="center")
