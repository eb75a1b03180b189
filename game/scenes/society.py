"""The society view: thousands of citizens live, the friend rule's weight on a control, and
the isolation it creates measured every week and charted; the experiment runs the same seed
with the rule off and on side by side. The player's own citizen is ringed and labelled; click
a citizen (or press Y for yours, F for the next friend) to see their score, friends and
recent weeks."""

from __future__ import annotations

import time
from dataclasses import replace

import pygame

from game.engine import SCORE_MAX, Era, SimSettings
from game.game_data import GameData
from game.scenes.common import MARGIN_PX, SCREEN_RECT, focused_words, spoken
from game.scenes.society_charts import charts_key, measure_charts, week_labels
from game.scenes.society_levers import LEVER_STEPS, WEIGHT_STEP, SliderControls
from game.scenes.society_run import SocietyRun
from game.scenes.society_words import SocietyWords
from game.shell import Scene, Transition, reset
from game.ui.chart_row import CachedChartRow
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.lever import Lever, draw_lever
from game.ui.society_canvas import BAND_GLYPHS, BANDS, YOU, SocietyCanvas, draw_band_legend
from game.ui.text_box import (
    draw_fitted_line,
    draw_text_box,
    draw_text_box_shrinking,
    layout_text_box,
)
from game.ui.widgets import Button, draw_panel, even_out_button_labels

POPULATIONS = (500, 2_000, 5_000, 20_000)  # citizens, cycled by the population control
VIEW_POPULATION = 500  # citizens at first: each a shape large enough to tell apart
LEGEND_NOTE_LINES = 2  # most lines of small text saying how to read the map
LEGEND_SHAPE_SHARE = 0.6  # a legend shape's size, of a line of small text
PANEL_WIDTH_PX = 540
LARGE_TEXT_EXTRA_PX = 80  # the panel widens for large text
CONTROL_COLUMNS = 3
BUTTON_GAP_PX = 6
CHARTS_SHARE = {"normal": 0.3, "large": 0.33}  # of the left area's height, under the society
PICTURE_BUDGET_S = 0.0025  # seconds a frame spends redrawing the society's picture
PANEL_SHRINK_PT = 6  # the panel's citizen and definitions may shrink this much to fit
FORMULA_SHRINK_PT = 4  # the rule's text under the society may shrink this much to fit
RULE_LINES = {"normal": 4, "large": 5}  # most lines of small text for the rule and evidence
LEVERS = (  # (lever, its − control and hotkey, its + control and hotkey)
    ("friend", ("friend_down", "1"), ("friend_up", "2")),
    ("perks", ("perks_down", "3"), ("perks_up", "4")),
    ("speed", ("slower", "5"), ("faster", "6")),
)
CONTROLS = (
    ("run", "p"), ("step", "s"), ("reset", "r"),
    ("experiment", "x"), ("formula", "h"), ("era", "e"),
    ("you", "y"), ("next_friend", "f"), ("population", "n"),
)
STEP_CONTROLS = {  # a slider's − and + buttons: (slider, steps)
    "friend_down": ("friend", -1), "friend_up": ("friend", 1),
    "perks_down": ("perks", -1), "perks_up": ("perks", 1),
    "slower": ("speed", -1), "faster": ("speed", 1),
}
FRIEND_WEIGHTS = [step * WEIGHT_STEP for step in range(LEVER_STEPS["friend"] + 1)]
"""Every weight the friend rule's slider offers."""
STEP_BUTTON_SHARE = 0.2  # of the panel's inner width, for each − and + beside a lever


class SocietyScene(Scene):
    """Left: the society (or two, in the experiment), the friend rule with its evidence label,
    and charts of the four measures; right: settings, the selected citizen, controls."""

    def __init__(self, data: GameData, seed: int | None = None) -> None:
        """`seed` defaults to the world a link or command line named, else 0, so a class
        sees one society on every machine."""
        self.data = data
        if seed is None:
            presets = data.presets
            seed = presets.seed if presets is not None and presets.seed is not None else 0
        self._run = SocietyRun(data.content, SimSettings(seed=seed, population=VIEW_POPULATION),
                               experiment=False)
        self.sliders = SliderControls(self._run)
        self.words = SocietyWords(data, self._run)
        self.focus = FocusGroup()
        self.hovered: int | None = None
        self.selected: int | None = None
        self.visiting = YOU  # whose friends the next-friend control steps through
        self.spotlight: int | None = None  # a band shown alone (the others dimmed), or None
        self.canvases: list[SocietyCanvas] = []
        self.charts = CachedChartRow()

    @property
    def run(self) -> SocietyRun:
        """The societies on screen and their history."""
        return self._run

    @run.setter
    def run(self, run: SocietyRun) -> None:
        self._run = self.sliders.run = self.words.run = run

    def enter(self, context) -> None:
        super().enter(context)
        self.rebuild()

    def rebuild(self) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        spacing, line_h = theme.spacing, fonts.line_height(theme.fonts.small)
        panel_w = PANEL_WIDTH_PX + (LARGE_TEXT_EXTRA_PX if theme.text_scale == "large" else 0)
        self.panel = pygame.Rect(SCREEN_RECT.right - MARGIN_PX - panel_w, MARGIN_PX // 2,
                                 panel_w, SCREEN_RECT.height - MARGIN_PX)
        area = pygame.Rect(MARGIN_PX // 2, MARGIN_PX // 2,
                           self.panel.left - spacing.gap - MARGIN_PX // 2,
                           SCREEN_RECT.height - MARGIN_PX)
        charts_h = int(area.height * CHARTS_SHARE[theme.text_scale])
        self.charts_rect = pygame.Rect(area.left, area.bottom - charts_h, area.width, charts_h)
        rule_lines = max(len(fonts.wrap(text, theme.fonts.small, area.width))
                         for text in self.words.formula_texts(FRIEND_WEIGHTS))
        rule_h = min(RULE_LINES[theme.text_scale], rule_lines) * line_h
        self.rule_rect = pygame.Rect(area.left, self.charts_rect.top - rule_h - spacing.gap // 2,
                                     area.width, rule_h)
        note_lines = max(len(fonts.wrap(note, theme.fonts.small, area.width))
                         for note in self.words.legend_notes())
        legend_h = (1 + min(LEGEND_NOTE_LINES, note_lines)) * line_h  # the bands, the note
        self.legend_rect = pygame.Rect(area.left, self.rule_rect.top - legend_h - 2, area.width,
                                       legend_h)
        sims = self.run.sims
        width = (area.width - spacing.gap * (len(sims) - 1)) // len(sims)
        canvas_h = self.legend_rect.top - area.top - line_h - 2
        rects = [pygame.Rect(area.left + i * (width + spacing.gap), area.top + line_h, width,
                             canvas_h) for i in range(len(sims))]
        kept = [(c.rect, len(c.positions), c.theme) for c in self.canvases]
        if kept != [(r, sim.settings.population, theme) for r, sim in zip(rects, sims,
                                                                          strict=True)]:
            self.canvases = [SocietyCanvas(rect, sim.settings.population, theme, SCORE_MAX)
                             for rect, sim in zip(rects, sims, strict=True)]  # else kept,
            # with their pictures: a control that changes no layout costs no redraw
        self.you_label = fonts.render(t("ui.common.you"), theme.fonts.small, theme.palette.text,
                                      bold=True)
        self._build_controls()

    def _build_controls(self) -> None:
        """Three levers, each between its − and + buttons, then the other controls in three
        columns, then Back."""
        spacing, t = self.context.theme.spacing, self.data.t
        rows = len(LEVERS) + -(-len(CONTROLS) // CONTROL_COLUMNS) + 1
        button_h = spacing.button_height - 8
        left, inner_w = self.panel.left + spacing.padding, self.panel.width - 2 * spacing.padding
        top = self.panel.bottom - spacing.padding - rows * (button_h + BUTTON_GAP_PX)
        self.controls_top = top
        buttons, self.sliders.levers = [], []
        step_w = int(inner_w * STEP_BUTTON_SHARE)
        for row, (lever, (down, down_key), (up, up_key)) in enumerate(LEVERS):
            y = top + row * (button_h + BUTTON_GAP_PX)
            buttons.append(Button(down, pygame.Rect(left, y, step_w, button_h), "−",
                                  hotkey=down_key, tooltip=t(f"ui.society.{down}_tip")))
            track = pygame.Rect(left + step_w + BUTTON_GAP_PX, y,
                                inner_w - 2 * (step_w + BUTTON_GAP_PX), button_h)
            self.sliders.levers.append(Lever(lever, track, LEVER_STEPS[lever]))
            buttons.append(Button(up, pygame.Rect(track.right + BUTTON_GAP_PX, y, step_w,
                                                  button_h), "+",
                                  hotkey=up_key, tooltip=t(f"ui.society.{up}_tip")))
        top += len(LEVERS) * (button_h + BUTTON_GAP_PX)
        column_w = (inner_w - BUTTON_GAP_PX * (CONTROL_COLUMNS - 1)) // CONTROL_COLUMNS
        for index, (control, key) in enumerate(CONTROLS):
            row, column = divmod(index, CONTROL_COLUMNS)
            rect = pygame.Rect(left + column * (column_w + BUTTON_GAP_PX),
                               top + row * (button_h + BUTTON_GAP_PX), column_w, button_h)
            buttons.append(Button(control, rect, self.control_label(control), hotkey=key,
                                  tooltip=t(f"ui.society.{control}_tip")))
        back_top = top + -(-len(CONTROLS) // CONTROL_COLUMNS) * (button_h + BUTTON_GAP_PX)
        buttons.append(Button("bands", pygame.Rect(left, back_top, column_w, button_h),
                              self.control_label("bands"), hotkey="b",
                              tooltip=t("ui.society.bands_tip")))
        back_left = left + column_w + BUTTON_GAP_PX
        buttons.append(Button("back", pygame.Rect(back_left, back_top,
                                                  left + inner_w - back_left, button_h),
                              t("ui.debrief.back_to_title"), hotkey="escape"))
        grid = [b for b in buttons if b.id in {control for control, _ in CONTROLS} | {"bands"}]
        even_out_button_labels(grid, self.context.theme, self.context.fonts)
        focused = self.focus.focused_id
        self.focus.set_items(buttons)
        if focused is not None:
            self.focus.focus(focused)

    # -- sliders (the tests and the screen reader read them through the scene) ------------
    def lever_position(self, lever: str) -> int:
        return self.sliders.position(lever)

    def lever_text(self, lever: str) -> str:
        return self.words.lever_text(lever)

    def control_label(self, control: str) -> str:
        t, run = self.data.t, self.run
        if control == "run":
            return t("ui.society.pause") if run.running else t("ui.society.run")
        if control == "experiment":
            return t("ui.society.single") if run.experiment else t("ui.society.experiment")
        if control == "bands":
            if self.spotlight is None:
                return t("ui.society.bands_all")
            return t("ui.society.bands_one", glyph=BAND_GLYPHS[self.spotlight])
        if control == "formula":
            return t("ui.society.hide_formula") if run.settings.formula_visible \
                else t("ui.society.show_formula")
        return t(f"ui.society.{control}")

    # -- input and time ------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> Transition | None:
        if self.sliders.drag(event):
            return None
        if event.type == pygame.MOUSEMOTION:
            self.hovered = self._citizen_at(event.pos)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            clicked = self._citizen_at(event.pos)
            if clicked is not None:
                self.selected = clicked
                return None
        activated = self.focus.handle(event)
        if activated is None:
            return None
        if activated == "back":
            return reset("title", self.data)
        self.control(activated)
        return None

    def _citizen_at(self, point: tuple[int, int]) -> int | None:
        """The citizen under `point` in whichever society it is over (in the experiment,
        the same citizen in both: one seed, one population)."""
        for canvas in self.canvases:
            found = canvas.citizen_at(point)
            if found is not None:
                return found
        return None

    def control(self, control: str) -> None:
        """Carry out one control."""
        run, settings = self.run, self.run.settings
        if control == "run":
            run.running = not run.running
        elif control == "step":
            run.step()
        elif control == "reset":
            run.rebuild()
        elif control == "experiment":
            run.experiment = not run.experiment
            run.rebuild()
        elif control in STEP_CONTROLS:
            self.sliders.step(*STEP_CONTROLS[control])
        elif control == "formula":
            run.configure(formula_visible=not settings.formula_visible)
        elif control == "era":
            run.configure(era=Era.OPT_IN if settings.era is Era.MANDATORY else Era.MANDATORY)
        elif control == "population":
            index = POPULATIONS.index(settings.population) \
                if settings.population in POPULATIONS else 0
            self.control_population_to(POPULATIONS[(index + 1) % len(POPULATIONS)])
        elif control == "bands":  # all, then each band alone, then all again
            self.spotlight = 0 if self.spotlight is None else (
                None if self.spotlight == len(BANDS) - 1 else self.spotlight + 1)
        elif control == "you":
            self.selected = YOU
        elif control == "next_friend":
            self.select_next_friend()
        self.rebuild()

    def select_next_friend(self) -> None:
        """Select the next friend of the citizen whose friends are being visited: yours at
        first, else the one selected before the visiting began."""
        ties = self.run.sims[0].ties
        if self.selected is None or self.selected not in ties[self.visiting]:
            self.visiting = YOU if self.selected is None else self.selected
            if ties[self.visiting]:
                self.selected = ties[self.visiting][0]
            return
        row = ties[self.visiting]
        later = [friend for friend in row if friend > self.selected]
        self.selected = later[0] if later else row[0]

    def control_population_to(self, population: int) -> None:
        """Show `population` citizens (a fresh society; also used by the benchmark)."""
        self.run.settings = replace(self.run.settings, population=population)
        self.run.rebuild()
        self.selected = self.hovered = None

    def update(self, dt_seconds: float) -> Transition | None:
        self.run.update(dt_seconds)
        deadline = time.perf_counter() + PICTURE_BUDGET_S
        for sim, canvas in zip(self.run.sims, self.canvases, strict=False):
            canvas.prepare(sim.scores, sim.ties, sim.ticks,
                           lambda: time.perf_counter() < deadline, self.spotlight)
        return None

    # -- words ----------------------------------------------------------------------------
    def formula_text(self) -> str:
        return self.words.formula_text()

    def citizen_lines(self) -> list[str]:
        """What the panel says about the selected (else hovered) citizen."""
        return self.words.citizen_lines(self.selected if self.selected is not None
                                        else self.hovered)

    def spoken_text(self) -> str:
        t = self.data.t
        words = self.words
        parts = [t("ui.society.title"), words.settings_line(), words.formula_text()]
        parts += words.legend_lines(self.spotlight, self.canvases[0].citizens_per_shape()
                                    if self.canvases else 1)
        for history in self.run.history:
            parts += words.measure_lines(history[-1])
        if self.selected is not None:
            parts += self.citizen_lines()
        return spoken(*parts, *focused_words(self.focus))

    # -- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        small, line_h = theme.fonts.small, fonts.line_height(theme.fonts.small)
        marked = self.selected if self.selected is not None else self.hovered
        for sim, canvas, label in zip(self.run.sims, self.canvases, self.words.society_labels(),
                                      strict=True):
            text = f"{label} · {t('ui.society.week', week=sim.ticks)}"
            draw_fitted_line(surface, text, pygame.Rect(canvas.rect.left, canvas.rect.top - line_h,
                                                        canvas.rect.width, line_h),
                             fonts, size=small, min_size=small - 6, color=theme.palette.text,
                             bold=True)
            canvas.draw(surface, sim.scores, sim.ties, sim.ticks, marked, self.you_label,
                        self.spotlight)
        canvas = self.canvases[0]
        draw_band_legend(surface, self.legend_rect,
                         canvas.legend_sprites(int(line_h * LEGEND_SHAPE_SHARE), self.spotlight),
                         self.words.band_names(),
                         self.words.legend_note(self.spotlight, canvas.citizens_per_shape()),
                         theme, fonts)
        draw_text_box_shrinking(surface, self.formula_text(), self.rule_rect, fonts,
                                sizes=tuple(range(small, small - FORMULA_SHRINK_PT - 1, -2)),
                                color=theme.palette.muted_text)
        history = self.run.history
        self.charts.draw(surface, self.charts_rect, charts_key(history),
                         lambda: measure_charts(history, t), self.words.society_labels(),
                         lambda: week_labels(history, t), theme, fonts)
        self._draw_panel(surface)
        for lever in self.sliders.levers:
            draw_lever(surface, lever, self.lever_position(lever.id), self.lever_text(lever.id),
                       theme, fonts, active=lever is self.sliders.dragging)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False)

    def _draw_panel(self, surface: pygame.Surface) -> None:
        """Era and population at the top (the levers show the rest), then the selected
        citizen (their text shrinking to the room left above the controls), then what the
        charts measure if there is room."""
        theme, fonts = self.context.theme, self.context.fonts
        small, step, gap = theme.fonts.small, fonts.line_height(theme.fonts.small), \
            theme.spacing.gap
        inner = draw_panel(surface, self.panel, theme)
        settings = self.words.status_line()
        settings_h = len(fonts.wrap(settings, small, inner.width)) * step
        draw_text_box(surface, settings, pygame.Rect(inner.left, inner.top, inner.width,
                                                     settings_h),
                      fonts, size=small, color=theme.palette.text)
        top, bottom = inner.top + settings_h + gap, self.controls_top - gap // 2
        name, *about = self.citizen_lines()
        if not about:  # no one chosen: the hint, wrapped rather than shrunk
            hint_h = len(fonts.wrap(name, small, inner.width)) * step
            draw_text_box(surface, name, pygame.Rect(inner.left, top, inner.width, hint_h),
                          fonts, size=small, color=theme.palette.text)
            top += hint_h + gap // 2
        else:
            draw_fitted_line(surface, name, pygame.Rect(inner.left, top, inner.width, step),
                             fonts, size=small, min_size=small - PANEL_SHRINK_PT,
                             color=theme.palette.text, bold=True)
            top += step
        if about:  # shrinking to the room left, at the smallest size if none fits
            shown = draw_text_box_shrinking(
                surface, "\n".join(about), pygame.Rect(inner.left, top, inner.width,
                                                       bottom - top),
                fonts, sizes=_panel_sizes(small), color=theme.palette.text)
            top = shown.used_rect.bottom + gap
        definitions = self.data.t("ui.society.definitions")
        room = pygame.Rect(inner.left, top, inner.width, bottom - top)
        lines, fitting, _ = layout_text_box(definitions, room, fonts, _panel_sizes(small)[-1])
        if fitting == len(lines):  # what the charts measure, if it fits at all
            draw_text_box_shrinking(surface, definitions, room, fonts,
                                    sizes=_panel_sizes(small), color=theme.palette.muted_text)


def _panel_sizes(small: int) -> tuple[int, ...]:
    """The panel's text sizes, largest first: the theme's small size down by PANEL_SHRINK_PT."""
    return tuple(range(small, small - PANEL_SHRINK_PT - 1, -2))
