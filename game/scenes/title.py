"""The title screen: new game, continue the saved season, settings, quit."""

from __future__ import annotations

import pygame

from game.game_data import GameData
from game.scenes.common import MARGIN_PX, SCREEN_RECT, focused_words, spoken
from game.services.session import Session
from game.shell import RUNNING_IN_BROWSER, Go, Quit, Scene, TitleDoor, Transition, replace
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.text_box import draw_fitted_line, draw_text_box, draw_text_box_shrinking
from game.ui.widgets import Button

BUTTON_WIDTH_PX = 420
BUTTON_COLUMNS = 2  # the title's buttons sit in a grid of this many columns
TITLE_TOP_PX = 110  # from the top of the screen, when there is room
MAX_NOTICE_LINES = 4  # more notices than fit are shrunk, then cut
CONTINUE_POSITION = 1  # Continue comes right after the first door (New game)


class TitleScene(Scene):
    """Shows the game's name, Continue, a door to each scene the scene table gives one, and
    Quit (not in the browser); reports a save that had to be set aside."""

    def __init__(self, data: GameData) -> None:
        self.data = data
        self.focus = FocusGroup()
        self.notices: list[str] = []
        self.saved = None
        self.saved_data: GameData | None = None

    def enter(self, context) -> None:
        super().enter(context)
        context.use_language(self.data.language)  # after start-up or a language switch
        self.session = Session(self.data, context.storage)
        loaded = self.session.load()
        self.saved = loaded.game
        self.saved_data = loaded.data
        self.notices = [*context.problems]
        context.problems.clear()
        if not context.storage.persistent:
            self.notices.append(self.data.t("ui.title.storage_memory"))
        presets = self.data.presets
        if presets is not None:
            self.notices += [self.data.t(n.key, **n.params) for n in presets.notices]
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
        entries = [(scene_id, t(door.label_key), door.hotkey, True, None)
                   for scene_id, door in self.doors()]
        entries.insert(CONTINUE_POSITION, ("continue", continue_label, "c",
                                           self.saved is not None, continue_tip))
        if not RUNNING_IN_BROWSER:
            entries.append(("quit", t("ui.title.quit"), "q", True, None))
        rows = -(-len(entries) // BUTTON_COLUMNS)
        self.layout_blocks(rows)
        top = self.blocks["buttons"].top
        buttons = []
        grid_width = BUTTON_COLUMNS * BUTTON_WIDTH_PX + (BUTTON_COLUMNS - 1) * spacing.gap
        for index, (entry_id, label, key, enabled, tip) in enumerate(entries):
            row, column = divmod(index, BUTTON_COLUMNS)
            rect = pygame.Rect(0, 0, BUTTON_WIDTH_PX, spacing.button_height)
            rect.topleft = (SCREEN_RECT.centerx - grid_width // 2
                            + column * (BUTTON_WIDTH_PX + spacing.gap),
                            top + row * (spacing.button_height + spacing.gap))
            buttons.append(Button(entry_id, rect, label, hotkey=key, enabled=enabled,
                                  tooltip=tip))
        self.focus.set_items(buttons)
        if self.saved is not None and self.focus.focused_id == entries[0][0]:
            self.focus.focus("continue")

    def doors(self) -> list[tuple[str, TitleDoor]]:
        """The scenes with a door on the title, in the scene table's order."""
        return [(scene_id, row.door) for scene_id, row in self.context.scenes.items()
                if row.door is not None]

    def layout_blocks(self, button_rows: int) -> None:
        """Stack title, subtitle, notices, buttons and footer so that all of them fit."""
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        spacing, width = theme.spacing, SCREEN_RECT.width - 4 * MARGIN_PX
        small_h = fonts.line_height(theme.fonts.small)
        title_h = fonts.line_height(theme.fonts.title, True)
        subtitle_h = len(fonts.wrap(t("ui.title.subtitle"), theme.fonts.body, width)) * (
            fonts.line_height(theme.fonts.body))
        notice_h = 0
        if self.notices:
            lines = fonts.wrap(self.notice_text(), theme.fonts.small, width)
            notice_h = min(len(lines), MAX_NOTICE_LINES) * small_h
        buttons_h = button_rows * (spacing.button_height + spacing.gap)
        footer_h = 2 * small_h
        used = title_h + subtitle_h + notice_h + buttons_h + footer_h + 4 * spacing.gap
        free = SCREEN_RECT.height - MARGIN_PX - used
        top = max(MARGIN_PX, min(TITLE_TOP_PX, free // 2))
        blocks = {}
        for name, height in (("title", title_h), ("subtitle", subtitle_h),
                             ("notices", notice_h), ("buttons", buttons_h)):
            blocks[name] = pygame.Rect(2 * MARGIN_PX, top, width, height)
            top += height + spacing.gap + (free // 4 if name == "subtitle" and free > 0 else 0)
        blocks["footer"] = pygame.Rect(2 * MARGIN_PX, SCREEN_RECT.bottom - MARGIN_PX // 2
                                       - footer_h, width, footer_h)
        self.blocks = blocks

    def notice_text(self) -> str:
        """The notices, one a line, each marked with a warning sign."""
        return "⚠ " + "\n⚠ ".join(self.notices)

    def spoken_text(self) -> str:
        t = self.data.t
        return spoken(t("ui.common.title"), t("ui.title.subtitle"), *self.notices,
                      *focused_words(self.focus))

    def handle(self, event: pygame.event.Event) -> Transition | None:
        activated = self.focus.handle(event)
        if activated is None:
            return None
        self.context.sounds.play("click")
        row = self.context.scenes.get(activated)
        if row is not None and row.door is not None:
            return Go(activated, row.door.how, (self.data,))
        if activated == "continue" and self.saved is not None:
            data = self.saved_data or self.data
            return replace("play", data, Session(data, self.context.storage), self.saved)
        if activated == "quit":
            return Quit()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        palette = theme.palette
        blocks = self.blocks
        draw_fitted_line(surface, t("ui.common.title"), blocks["title"], fonts,
                         size=theme.fonts.title, min_size=theme.fonts.heading, color=palette.text,
                         bold=True, align="center")
        draw_text_box(surface, t("ui.title.subtitle"), blocks["subtitle"], fonts,
                      size=theme.fonts.body, color=palette.muted_text, align="center")
        draw_text_box(surface, f"{t('ui.title.hint')}\n{t('ui.title.credits')}",
                      blocks["footer"], fonts, size=theme.fonts.small, color=palette.muted_text,
                      align="center")
        if self.notices:
            draw_text_box_shrinking(surface, self.notice_text(), blocks["notices"], fonts,
                                    sizes=(theme.fonts.small, theme.fonts.small - 2,
                                           theme.fonts.small - 4, theme.fonts.small - 6),
                                    color=palette.warning, align="center")
        draw_widgets(surface, self.focus, theme, fonts)
