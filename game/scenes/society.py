"""The society view: thousands of citizens live, the friend rule's weight on a slider, and
the isolation it creates measured every tick; the experiment runs the same seed with the
rule off and on side by side."""

from __future__ import annotations

import pygame

from game.app import Reset, Scene, Transition
from game.engine.model import Era
from game.engine.society_experiment import paired_sims
from game.engine.society_measures import Measures
from game.engine.society_sim import MAX_FRIEND_WEIGHT, SimSettings, SocietySim
from game.game_data import GameData
from game.scenes.common import MARGIN_PX, SCREEN_RECT, focused_words, spoken
from game.ui.charts import Series, draw_line_chart
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.society_canvas import BANDS, SocietyCanvas, band_index
from game.ui.text_box import draw_fitted_line, draw_text_box
from game.ui.widgets import Button, draw_panel

POPULATIONS = (2_000, 5_000, 20_000)  # citizens, cycled by the population control
SPEEDS = (0.5, 1, 2, 4, 8)  # ticks per second
WEIGHT_STEP = 0.5  # friend-rule weight per press
PERK_STEP = 0.25  # perk strength per press
MAX_PERK_STRENGTH = 2.0
HISTORY_TICKS = 60  # measures kept for the charts
PANEL_WIDTH_PX = 420
VALUE_COLUMN_PX = 88  # one column of measure values
LARGE_TEXT_EXTRA_PX = 60  # the panel widens for large text
PANEL_TEXT_LINES = 7  # settings (2 lines) and the measures' heading and 4 rows
MAX_TICKS_PER_FRAME = 2  # a slow tick never piles up more than this in one frame
CONTROLS = (
    ("run", "p"), ("step", "s"), ("reset", "r"), ("experiment", "x"),
    ("friend_down", "1"), ("friend_up", "2"), ("perks_down", "3"), ("perks_up", "4"),
    ("slower", "5"), ("faster", "6"), ("era", "e"), ("population", "n"),
)


class SocietyScene(Scene):
    """Left: the society (or two, in the experiment); right: measures, charts, controls."""

    def __init__(self, data: GameData, seed: int = 0) -> None:
        self.data = data
        self.settings = SimSettings(seed=seed)
        self.running = True
        self.speed_index = 2
        self.experiment = False
        self.focus = FocusGroup()
        self.accumulated = 0.0
        self.hovered: int | None = None
        self.build_sims()

    def build_sims(self) -> None:
        """Fresh societies for the current settings (two in the experiment)."""
        content = self.data.content
        if self.experiment:
            self.sims = list(paired_sims(content, self.settings.seed, self.settings.population,
                                         self.settings.perk_strength))
        else:
            self.sims = [SocietySim(content, self.settings)]
        self.history: list[list[Measures]] = [[sim.measures()] for sim in self.sims]
        self.canvases: list[SocietyCanvas] = []

    def enter(self, context) -> None:
        super().enter(context)
        self.rebuild()

    def rebuild(self) -> None:
        theme, t = self.context.theme, self.data.t
        spacing = theme.spacing
        panel_w = PANEL_WIDTH_PX + (LARGE_TEXT_EXTRA_PX if theme.text_scale == "large" else 0)
        self.panel = pygame.Rect(SCREEN_RECT.right - MARGIN_PX - panel_w, MARGIN_PX // 2,
                                 panel_w, SCREEN_RECT.height - MARGIN_PX)
        area = pygame.Rect(MARGIN_PX // 2, MARGIN_PX // 2,
                           self.panel.left - spacing.gap - MARGIN_PX // 2,
                           SCREEN_RECT.height - MARGIN_PX)
        width = (area.width - spacing.gap * (len(self.sims) - 1)) // len(self.sims)
        label_h = self.context.fonts.line_height(theme.fonts.small)
        self.canvas_rects = [pygame.Rect(area.left + i * (width + spacing.gap),
                                         area.top + label_h, width, area.height - 2 * label_h)
                             for i in range(len(self.sims))]
        self.canvases = [SocietyCanvas(rect, sim.settings.population, theme)
                         for rect, sim in zip(self.canvas_rects, self.sims, strict=True)]
        columns = 2
        half = (self.panel.width - 2 * spacing.padding - spacing.gap) // columns
        rows = -(-len(CONTROLS) // columns)
        words_h = self.context.fonts.line_height(theme.fonts.small) * PANEL_TEXT_LINES
        words_bottom = self.panel.top + spacing.padding + words_h + spacing.gap
        room = (self.panel.bottom - spacing.padding - words_bottom) // (rows + 1) - 6
        button_h = min(spacing.button_height - 8, room)
        top = self.panel.bottom - spacing.padding - rows * (button_h + 6) - button_h - 6
        buttons = []
        for index, (control, key) in enumerate(CONTROLS):
            row, column = divmod(index, columns)
            rect = pygame.Rect(self.panel.left + spacing.padding + column * (half + spacing.gap),
                               top + row * (button_h + 6), half, button_h)
            buttons.append(Button(control, rect, self.control_label(control), hotkey=key))
        back = pygame.Rect(self.panel.left + spacing.padding, top + rows * (button_h + 6),
                           self.panel.width - 2 * spacing.padding, button_h)
        buttons.append(Button("back", back, t("ui.debrief.back_to_title"), hotkey="escape"))
        self.controls_top = top
        focused = self.focus.focused_id
        self.focus.set_items(buttons)
        if focused is not None:
            self.focus.focus(focused)

    def control_label(self, control: str) -> str:
        t = self.data.t
        if control == "run":
            return t("ui.society.pause") if self.running else t("ui.society.run")
        if control == "experiment":
            return t("ui.society.single") if self.experiment else t("ui.society.experiment")
        return t(f"ui.society.{control}")

    # -- input and time ------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> Transition | None:
        from game.scenes.title import TitleScene

        if event.type == pygame.MOUSEMOTION:
            self.hovered = None
            for canvas in self.canvases[:1]:
                self.hovered = canvas.citizen_at(event.pos)
        activated = self.focus.handle(event)
        if activated is None:
            return None
        if activated == "back":
            return Reset(TitleScene(self.data))
        self.control(activated)
        return None

    def control(self, control: str) -> None:
        """Carry out one control."""
        settings = self.settings
        if control == "run":
            self.running = not self.running
        elif control == "step":
            self.tick()
        elif control == "reset":
            self.build_sims()
        elif control == "experiment":
            self.experiment = not self.experiment
            self.build_sims()
        elif control in ("friend_down", "friend_up"):
            step = WEIGHT_STEP if control == "friend_up" else -WEIGHT_STEP
            weight = max(0.0, min(MAX_FRIEND_WEIGHT, settings.friend_weight + step))
            self.apply(friend_weight=weight)
        elif control in ("perks_down", "perks_up"):
            step = PERK_STEP if control == "perks_up" else -PERK_STEP
            self.apply(perk_strength=max(0.0, min(MAX_PERK_STRENGTH,
                                                  settings.perk_strength + step)))
        elif control == "era":
            era = Era.OPT_IN if settings.era is Era.MANDATORY else Era.MANDATORY
            self.apply(era=era)
        elif control == "population":
            index = POPULATIONS.index(settings.population) if settings.population in \
                POPULATIONS else 0
            self.settings = SimSettings(seed=settings.seed,
                                        population=POPULATIONS[(index + 1) % len(POPULATIONS)],
                                        friend_weight=settings.friend_weight,
                                        perk_strength=settings.perk_strength, era=settings.era)
            self.build_sims()
        elif control in ("slower", "faster"):
            step = 1 if control == "faster" else -1
            self.speed_index = max(0, min(len(SPEEDS) - 1, self.speed_index + step))
        self.rebuild()

    def control_population_to(self, population: int) -> None:
        """Show `population` citizens (a fresh society; used by the benchmark)."""
        from dataclasses import replace

        self.settings = replace(self.settings, population=population)
        self.build_sims()

    def apply(self, **changes: object) -> None:
        """Change a rule at once (in the experiment, the era and perks for both sides)."""
        from dataclasses import replace

        self.settings = replace(self.settings, **changes)
        for sim in self.sims:
            if self.experiment and "friend_weight" in changes:
                continue  # the experiment's two sides keep their rule off and on
            sim.configure(**changes)

    def tick(self) -> None:
        """Advance every society one week and record its measures."""
        for sim, history in zip(self.sims, self.history, strict=True):
            sim.tick()
            history.append(sim.measures())
            del history[:-HISTORY_TICKS]

    def update(self, dt_seconds: float) -> Transition | None:
        if not self.running:
            return None
        self.accumulated = min(self.accumulated + dt_seconds * SPEEDS[self.speed_index],
                               MAX_TICKS_PER_FRAME)
        while self.accumulated >= 1:
            self.accumulated -= 1
            self.tick()
        return None

    # -- words ----------------------------------------------------------------------------
    def measure_lines(self, measures: Measures) -> list[str]:
        t = self.data.t
        return [t("ui.society.isolated", value=f"{measures.isolated_share:.0%}"),
                t("ui.society.alike", value=f"{measures.assortativity:+.2f}"),
                t("ui.society.low_alone", value=f"{measures.low_without_high_share:.0%}"),
                t("ui.society.gini", value=f"{measures.perk_gini:.2f}")]

    def settings_line(self) -> str:
        s, t = self.settings, self.data.t
        return t("ui.society.settings", weight=f"{s.friend_weight:g}",
                 perks=f"{s.perk_strength:.0%}", era=t(f"ui.era.{s.era.value}"),
                 population=f"{s.population:,}", speed=f"{SPEEDS[self.speed_index]:g}")

    def spoken_text(self) -> str:
        t = self.data.t
        parts = [t("ui.society.title"), self.settings_line()]
        for history in self.history:
            parts += self.measure_lines(history[-1])
        return spoken(*parts, *focused_words(self.focus))

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        small = theme.fonts.small
        for index, (sim, canvas) in enumerate(zip(self.sims, self.canvases, strict=True)):
            week = t("ui.society.week", week=sim.ticks)
            label = f"{t('ui.society.title')} · {week}"
            if self.experiment:
                side = t("ui.society.rule_off") if index == 0 else t("ui.society.rule_on")
                label = f"{side} · {week}"
            label_rect = pygame.Rect(canvas.rect.left, canvas.rect.top - fonts.line_height(small),
                                     canvas.rect.width, fonts.line_height(small))
            draw_fitted_line(surface, label, label_rect, fonts, size=small,
                             min_size=small - 6, color=theme.palette.text, bold=True)
            canvas.draw(surface, sim.scores, sim.ties, sim.ticks, self.hovered)
        self._draw_hover(surface)
        self._draw_panel(surface)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False)

    def _draw_hover(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        rect = self.canvas_rects[0]
        line = pygame.Rect(rect.left, rect.bottom + 2, self.canvas_rects[-1].right - rect.left,
                           fonts.line_height(theme.fonts.small))
        if self.hovered is None:
            text = t("ui.society.legend", **{band: t(f"ui.band.{band}") for _, band, _ in BANDS})
        else:
            sim = self.sims[0]
            score = sim.scores[self.hovered]
            text = t("ui.society.citizen", index=self.hovered, score=score,
                     band=t(f"ui.band.{BANDS[band_index(score)][1]}"),
                     friends=len(sim.ties[self.hovered]))
        draw_fitted_line(surface, text, line, fonts, size=theme.fonts.small,
                         min_size=theme.fonts.small - 6, color=theme.palette.text)

    def _draw_measures(self, surface: pygame.Surface, top_rect: pygame.Rect) -> pygame.Rect:
        """The four measures: name and value, one column per society; returns the area."""
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        step = fonts.line_height(theme.fonts.small)
        latest = [history[-1] for history in self.history]
        rows = [("isolated_name", [f"{m.isolated_share:.0%}" for m in latest]),
                ("alike_name", [f"{m.assortativity:+.2f}" for m in latest]),
                ("low_alone_name", [f"{m.low_without_high_share:.0%}" for m in latest]),
                ("gini_name", [f"{m.perk_gini:.2f}" for m in latest])]
        if self.experiment:
            rows.insert(0, ("", [t("ui.society.off_short"), t("ui.society.on_short")]))
        value_w = VALUE_COLUMN_PX
        label_w = top_rect.width - value_w * len(latest)
        for index, (key, values) in enumerate(rows):
            y = top_rect.top + index * step
            if key:
                draw_fitted_line(surface, t(f"ui.society.{key}"),
                                 pygame.Rect(top_rect.left, y, label_w, step), fonts,
                                 size=theme.fonts.small, min_size=theme.fonts.small - 6,
                                 color=theme.palette.muted_text)
            for column, value in enumerate(values):
                cell = pygame.Rect(top_rect.left + label_w + column * value_w, y, value_w, step)
                draw_fitted_line(surface, value, cell, fonts, size=theme.fonts.small,
                                 min_size=theme.fonts.small - 6, color=theme.palette.text,
                                 bold=True, align="right")
        return pygame.Rect(top_rect.left, top_rect.top, top_rect.width, len(rows) * step)

    def _draw_panel(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        inner = draw_panel(surface, self.panel, theme)
        step = fonts.line_height(theme.fonts.small)
        settings = self.settings_line()
        settings_h = len(fonts.wrap(settings, theme.fonts.small, inner.width)) * step
        draw_text_box(surface, settings, pygame.Rect(inner.left, inner.top, inner.width,
                                                     settings_h),
                      fonts, size=theme.fonts.small, color=theme.palette.text)
        box = self._draw_measures(surface, pygame.Rect(inner.left, inner.top + settings_h + 4,
                                                       inner.width, 0))
        chart = pygame.Rect(inner.left, box.bottom + 4, inner.width,
                            self.controls_top - box.bottom - 12)
        if chart.height > 3 * step:
            series = [Series(t("ui.society.chart_isolated") + (f" {i + 1}" if self.experiment
                                                               else ""),
                             [100 * m.isolated_share for m in history])
                      for i, history in enumerate(self.history)]
            draw_line_chart(surface, chart, series, theme, fonts, y_min=0, y_max=None,
                            value_format="{:.0f}%", show_legend=self.experiment)
