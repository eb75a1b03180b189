"""The debrief: after the last week, how the machine worked and what the player traded.

Four pages (keys 1-4): what happened, every point, rules and evidence, questions.
"""

from __future__ import annotations

import pygame

from game.app import Reset, Scene, Transition
from game.engine import Game
from game.engine.debrief import build_debrief
from game.game_data import GameData
from game.scenes import debrief_pages as pages
from game.scenes import rows as rows_module
from game.scenes.common import MARGIN_PX, SCREEN_RECT
from game.scenes.rows import draw_list_row, draw_selected_tab
from game.session import Session
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.scroll_list import ScrollList
from game.ui.text import draw_fitted_line, draw_text_box
from game.ui.widgets import Button, draw_panel

PAGES = ("summary", "ledger", "rules", "questions")
DETAILS_LINES = 5  # lines of the explanation box on the ledger and rules pages
TOTALS_WIDTH_PX = 380


class DebriefScene(Scene):
    """The reveal: charts, the ledger, evidence labels and questions."""

    def __init__(self, data: GameData, session: Session, game: Game) -> None:
        self.data = data
        self.session = session
        self.game = game
        self.debrief = build_debrief(game.state, game.content)
        self.page = PAGES[0]
        self.focus = FocusGroup()
        self.list: ScrollList | None = None

    def enter(self, context) -> None:
        super().enter(context)
        self.rebuild()

    def resume(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        theme, t = self.context.theme, self.data.t
        spacing, fonts = theme.spacing, self.context.fonts
        title_h = fonts.line_height(theme.fonts.heading, True)
        self.title_rect = pygame.Rect(MARGIN_PX, MARGIN_PX // 2, SCREEN_RECT.width - 2 * MARGIN_PX,
                                      title_h)
        tabs_top = self.title_rect.bottom + spacing.gap // 2
        back = pygame.Rect(0, tabs_top, 260, spacing.button_height)
        back.right = SCREEN_RECT.right - MARGIN_PX
        tab_w = (back.left - MARGIN_PX - 4 * spacing.gap) // 4
        items: list = []
        for index, page in enumerate(PAGES):
            rect = pygame.Rect(MARGIN_PX + index * (tab_w + spacing.gap), tabs_top, tab_w,
                               spacing.button_height)
            items.append(Button(f"page:{page}", rect, t(f"ui.debrief.tab_{page}"),
                                hotkey=str(index + 1)))
        area_top = back.bottom + spacing.gap + rows_module.SELECTED_BAR_PX
        self.area = pygame.Rect(MARGIN_PX, area_top, SCREEN_RECT.width - 2 * MARGIN_PX,
                                SCREEN_RECT.bottom - MARGIN_PX // 2 - area_top)
        self.list = None
        if self.page in ("ledger", "rules"):
            details_h = DETAILS_LINES * fonts.line_height(theme.fonts.small) + 2 * spacing.padding
            self.details = pygame.Rect(self.area.left, self.area.bottom - details_h,
                                       self.area.width, details_h)
            list_left = self.area.left
            list_top = self.area.top
            if self.page == "ledger":
                list_left = self.area.left + TOTALS_WIDTH_PX + spacing.gap
                rows = pages.ledger_rows(self.debrief, self.data, self.game.content)
            else:
                list_top = self.area.top + fonts.line_height(theme.fonts.small) + spacing.gap
                rows = pages.rule_rows(self.debrief, self.data, self.game.content)
            viewport = pygame.Rect(list_left, list_top, self.area.right - list_left,
                                   self.details.top - spacing.gap - list_top)
            self.list = ScrollList(viewport, rows, row_height_px=spacing.row_height)
            items.append(self.list)
        items.append(Button("title", back, t("ui.debrief.back_to_title"), hotkey="t"))
        focused = self.focus.focused_id
        self.focus.set_items(items)
        if focused is None or focused.startswith("page:"):
            self.focus.focus(f"page:{self.page}")

    def handle(self, event: pygame.event.Event) -> Transition | None:
        from game.scenes.title import TitleScene

        activated = self.focus.handle(event)
        if activated is None:
            return None
        self.context.sounds.play("click")
        if activated.startswith("page:"):
            self.page = activated.partition(":")[2]
            self.rebuild()
            return None
        if activated == "title":
            return Reset(TitleScene(self.data))
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        draw_fitted_line(surface, t("ui.debrief.title"), self.title_rect, fonts,
                         size=theme.fonts.heading, min_size=theme.fonts.body,
                         color=theme.palette.text, bold=True)
        if self.page == "summary":
            pages.draw_summary(surface, self.area, self.debrief, self.data, theme, fonts)
        elif self.page == "ledger":
            totals = pygame.Rect(self.area.left, self.area.top, TOTALS_WIDTH_PX,
                                 self.details.top - theme.spacing.gap - self.area.top)
            pages.draw_ledger_totals(surface, totals, self.debrief, self.game.state.score,
                                     self.data, theme, fonts, self.game.content.dimension_ids)
        elif self.page == "rules":
            key = pygame.Rect(self.area.left, self.area.top, self.area.width,
                              fonts.line_height(theme.fonts.small))
            pages.draw_label_key(surface, key, self.data, theme, fonts)
        else:
            pages.draw_questions(surface, self.area, self.data, theme, fonts)
        if self.list is not None:
            self._draw_details(surface)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False,
                     draw_row=lambda s, row, state: draw_list_row(s, row, state, theme, fonts))
        draw_selected_tab(surface, self.focus.get(f"page:{self.page}").rect, theme)

    def _draw_details(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        inner = draw_panel(surface, self.details, theme)
        target = self.focus.tooltip_target() or self.focus.focused
        text = target.tooltip if target is not None and target.tooltip else (
            self.data.t("ui.debrief.rules_intro") if self.page == "rules"
            else self.data.t("ui.debrief.ledger_heading"))
        draw_text_box(surface, text, inner, fonts, size=theme.fonts.small,
                      color=theme.palette.text)
