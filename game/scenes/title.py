"""The title screen: new game, continue the saved season, settings, quit."""

from __future__ import annotations

import pygame

from game.app import RUNNING_IN_BROWSER, Push, Quit, Replace, Scene, Transition
from game.game_data import GameData
from game.scenes.common import MARGIN_PX, SCREEN_RECT
from game.session import Session
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.text import draw_fitted_line, draw_text_box
from game.ui.widgets import Button

BUTTON_WIDTH_PX = 420
TITLE_TOP_PX = 110


class TitleScene(Scene):
    """Shows the game's name and its four doors; reports a save that had to be set aside."""

    def __init__(self, data: GameData) -> None:
        self.data = data
        self.focus = FocusGroup()
        self.notices: list[str] = []
        self.saved = None

    def enter(self, context) -> None:
        super().enter(context)
        self.session = Session(self.data, context.storage)
        loaded = self.session.load()
        self.saved = loaded.game
        self.notices = [*context.problems]
        context.problems.clear()
        if loaded.problem:
            self.notices.append(loaded.problem)
        self.rebuild()

    def resume(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        """Lay out the buttons for the current theme and save."""
        t, spacing = self.data.t, self.context.theme.spacing
        if self.saved is not None:
            week = min(self.saved.state.week, self.data.content.scenario.weeks)
            continue_label, continue_tip = t("ui.title.continue", week=week), None
        else:
            continue_label, continue_tip = t("ui.common.continue"), t("ui.title.no_save")
        entries = [
            ("new", t("ui.title.new_game"), "n", True, None),
            ("continue", continue_label, "c", self.saved is not None, continue_tip),
            ("settings", t("ui.title.settings"), "s", True, None),
        ]
        if not RUNNING_IN_BROWSER:
            entries.append(("quit", t("ui.title.quit"), "q", True, None))
        top = SCREEN_RECT.centery - 20
        buttons = []
        for index, (entry_id, label, key, enabled, tip) in enumerate(entries):
            rect = pygame.Rect(0, 0, BUTTON_WIDTH_PX, spacing.button_height)
            rect.midtop = (SCREEN_RECT.centerx,
                           top + index * (spacing.button_height + spacing.gap))
            buttons.append(Button(entry_id, rect, label, hotkey=key, enabled=enabled,
                                  tooltip=tip))
        self.focus.set_items(buttons)
        if self.saved is not None and self.focus.focused_id == "new":
            self.focus.focus("continue")

    def handle(self, event: pygame.event.Event) -> Transition | None:
        activated = self.focus.handle(event)
        if activated is None:
            return None
        self.context.sounds.play("click")
        from game.scenes.play import PlayScene
        from game.scenes.settings import SettingsScene

        if activated == "new":
            return Replace(PlayScene(self.data, self.session, self.session.new_game()))
        if activated == "continue" and self.saved is not None:
            return Replace(PlayScene(self.data, self.session, self.saved))
        if activated == "settings":
            return Push(SettingsScene(self.data))
        if activated == "quit":
            return Quit()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        palette = theme.palette
        width = SCREEN_RECT.width - 4 * MARGIN_PX
        title_rect = pygame.Rect(0, TITLE_TOP_PX, width, fonts.line_height(theme.fonts.title, True))
        title_rect.centerx = SCREEN_RECT.centerx
        draw_fitted_line(surface, t("ui.common.title"), title_rect, fonts, size=theme.fonts.title,
                         min_size=theme.fonts.heading, color=palette.text, bold=True,
                         align="center")
        subtitle = pygame.Rect(title_rect.left, title_rect.bottom + theme.spacing.gap, width,
                               2 * fonts.line_height(theme.fonts.body))
        draw_text_box(surface, t("ui.title.subtitle"), subtitle, fonts, size=theme.fonts.body,
                      color=palette.muted_text, align="center")
        bottom = SCREEN_RECT.bottom - MARGIN_PX
        footer = pygame.Rect(2 * MARGIN_PX, bottom - 2 * fonts.line_height(theme.fonts.small),
                             width, 2 * fonts.line_height(theme.fonts.small))
        draw_text_box(surface, f"{t('ui.title.hint')}\n{t('ui.title.credits')}", footer, fonts,
                      size=theme.fonts.small, color=palette.muted_text, align="center")
        if self.notices:
            last = max(b.rect.bottom for b in self.focus.widgets)
            notice = pygame.Rect(2 * MARGIN_PX, last + theme.spacing.gap, width,
                                 footer.top - last - 2 * theme.spacing.gap)
            draw_text_box(surface, "⚠ " + "\n⚠ ".join(self.notices), notice, fonts,
                          size=theme.fonts.small, color=palette.warning, align="center")
        draw_widgets(surface, self.focus, theme, fonts)
