"""The Designer: before the season the teacher sets the rules with sliders (keyboard:
arrows and Enter on − and +; mouse: click them), then plays or shares the world code."""

from __future__ import annotations

import pygame

from game.engine import PERCENT_STEP, SLIDERS, Design
from game.game_data import GameData
from game.scenes.common import MARGIN_PX, SCREEN_RECT, dim_screen, focused_words, spoken
from game.services.lesson_plan import LessonPlan, plan_for
from game.services.session import Session
from game.shell import Pop, Scene, Transition, reset
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.text_box import draw_fitted_line, draw_text_box
from game.ui.widgets import Button, draw_panel

STEP_BUTTON_PX = 64
VALUE_WIDTH_PX = 200
CARD_WIDTH_PX = 900
PERCENT_SLIDERS = ("perk_strength", "penalty_strength", "purchase_weight")


class DesignerScene(Scene):
    """One row per slider: its name, its value in words, − and +; then Start and Back."""

    is_overlay = True

    def __init__(self, data: GameData, plan: LessonPlan | None = None) -> None:
        self.data = data
        self.plan = plan_for(data.presets, plan)  # a lesson's length and card
        presets = data.presets
        carried = presets.design if presets is not None else None
        self.design = Design.from_list(list(carried)) if carried else Design()
        self.seed = presets.seed if presets is not None else None  # a link's world
        self.focus = FocusGroup()

    def enter(self, context) -> None:
        super().enter(context)
        self.rebuild()

    def value_text(self, name: str) -> str:
        """A slider's position in words: "3 of 5", "150 %", "from week 7", "never"."""
        value, t = getattr(self.design, name), self.data.t
        if name in PERCENT_SLIDERS:
            return t("ui.designer.percent", value=value * PERCENT_STEP)
        if name == "mandatory_week":
            return t("ui.designer.week", week=value) if value else t("ui.designer.never")
        return t("ui.designer.of", value=value, high=SLIDERS[name].high)

    def rebuild(self) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        spacing = theme.spacing
        row_h = spacing.button_height
        title_h = fonts.line_height(theme.fonts.heading, True)
        explain_h = 2 * fonts.line_height(theme.fonts.small)
        height = (2 * spacing.padding + title_h + explain_h + 2 * spacing.gap
                  + (len(SLIDERS) + 1) * (row_h + spacing.gap))
        self.card = pygame.Rect(0, 0, CARD_WIDTH_PX, min(height, SCREEN_RECT.height - MARGIN_PX))
        self.card.center = SCREEN_RECT.center
        inner = self.card.inflate(-2 * spacing.padding, -2 * spacing.padding)
        self.title_rect = pygame.Rect(inner.left, inner.top, inner.width, title_h)
        self.explain_rect = pygame.Rect(inner.left, self.title_rect.bottom + spacing.gap // 2,
                                        inner.width, explain_h)
        top = self.explain_rect.bottom + spacing.gap
        items = []
        self.rows: dict[str, pygame.Rect] = {}
        for index, name in enumerate(SLIDERS):
            row = pygame.Rect(inner.left, top + index * (row_h + spacing.gap), inner.width, row_h)
            self.rows[name] = row
            plus = pygame.Rect(0, row.top, STEP_BUTTON_PX, row_h)
            plus.right = row.right
            minus = plus.move(-(STEP_BUTTON_PX + spacing.gap), 0)
            tip = self.data.t(f"ui.designer.{name}_tip")
            items += [Button(f"minus:{name}", minus, "−", tooltip=tip),
                      Button(f"plus:{name}", plus, "+", tooltip=tip)]
        bottom = top + len(SLIDERS) * (row_h + spacing.gap)
        half = (inner.width - spacing.gap) // 2
        items.append(Button("start", pygame.Rect(inner.left, bottom, half, row_h),
                            self.data.t("ui.designer.start"), hotkey="return"))
        items.append(Button("back", pygame.Rect(inner.left + half + spacing.gap, bottom, half,
                                                row_h), self.data.t("ui.common.back"),
                            hotkey="escape"))
        focused = self.focus.focused_id
        self.focus.set_items(items)
        if focused is None:
            self.focus.focus(f"plus:{next(iter(SLIDERS))}")

    def handle(self, event: pygame.event.Event) -> Transition | None:
        activated = self.focus.handle(event)
        if activated is None:
            return None
        self.context.sounds.play("click")
        kind, _, name = activated.partition(":")
        if kind in ("minus", "plus"):
            self.design = self.design.moved(name, 1 if kind == "plus" else -1)
            return None
        if activated == "back":
            return Pop()
        session = Session(self.data, self.context.storage)
        game = session.new_game(self.seed, data=self.data, design=self.design,
                                lesson=self.plan.weeks, card=self.plan.card)
        return reset("play", self.data, session, game)

    def spoken_text(self) -> str:
        t = self.data.t
        parts = [t("ui.designer.title")]
        parts += [f"{t(f'ui.designer.{name}')}: {self.value_text(name)}" for name in SLIDERS]
        return spoken(*parts, *focused_words(self.focus))

    def draw(self, surface: pygame.Surface) -> None:
        dim_screen(surface)
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        draw_panel(surface, self.card, theme)
        draw_fitted_line(surface, t("ui.designer.title"), self.title_rect, fonts,
                         size=theme.fonts.heading, min_size=theme.fonts.body,
                         color=theme.palette.text, bold=True)
        focused = self.focus.focused
        explain = focused.tooltip if focused is not None and focused.tooltip else t(
            "ui.designer.explain")
        draw_text_box(surface, explain, self.explain_rect, fonts, size=theme.fonts.small,
                      color=theme.palette.muted_text)
        for name, row in self.rows.items():
            label_w = row.width - 2 * (STEP_BUTTON_PX + theme.spacing.gap) - VALUE_WIDTH_PX
            draw_fitted_line(surface, t(f"ui.designer.{name}"),
                             pygame.Rect(row.left, row.top, label_w, row.height), fonts,
                             size=theme.fonts.body, min_size=theme.fonts.small - 4,
                             color=theme.palette.text)
            draw_fitted_line(surface, self.value_text(name),
                             pygame.Rect(row.left + label_w, row.top, VALUE_WIDTH_PX, row.height),
                             fonts, size=theme.fonts.body, min_size=theme.fonts.small - 4,
                             color=theme.palette.text, bold=True, align="center")
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False)
