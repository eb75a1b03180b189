"""The society view: thousands of citizens live, the friend rule's weight on a control, and
the isolation it creates measured every week and charted; the experiment runs the same seed
with the rule off and on side by side. The player's own citizen is ringed and labelled; click
a citizen (or press Y for yours, F for the next friend) to see their score, friends and
recent weeks."""

from __future__ import annotations

import time
from dataclasses import replace

import pygame

from game.app import Reset, Scene, Transition
from game.engine.model import Era
from game.engine.society_measures import Measures
from game.engine.society_sim import MAX_FRIEND_WEIGHT, SimSettings
from game.game_data import GameData
from game.presentation import citizen_name, signed
from game.scenes.common import MARGIN_PX, SCREEN_RECT, focused_words, spoken
from game.scenes.debrief_pages import label_text
from game.scenes.society_run import SPEEDS, SocietyRun
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.lever import Lever, draw_lever
from game.ui.society_canvas import BAND_GLYPHS, BANDS, YOU, SocietyCanvas, band_index
from game.ui.society_charts import CachedCharts
from game.ui.text_box import draw_fitted_line, draw_text_box, draw_text_box_shrinking
from game.ui.widgets import Button, draw_panel

POPULATIONS = (2_000, 5_000, 20_000)  # citizens, cycled by the population control
WEIGHT_STEP = 0.5  # friend-rule weight per press
PERK_STEP = 0.25  # perk strength per press
MAX_PERK_STRENGTH = 2.0
LEVER_STEPS = {"friend": round(MAX_FRIEND_WEIGHT / WEIGHT_STEP),
               "perks": round(MAX_PERK_STRENGTH / PERK_STEP), "speed": len(SPEEDS) - 1}
PANEL_WIDTH_PX = 540
LARGE_TEXT_EXTRA_PX = 80  # the panel widens for large text
CONTROL_COLUMNS = 3
BUTTON_GAP_PX = 6
CHARTS_SHARE = {"normal": 0.3, "large": 0.36}  # of the left area's height, under the society
PICTURE_BUDGET_S = 0.0025  # seconds a frame spends redrawing the society's picture
PANEL_SHRINK_PT = 6  # the selected citizen's text may shrink this much to fit the panel
FORMULA_SHRINK_PT = 4  # the rule's text under the society may shrink this much to fit
RULE_LINES = {"normal": 4, "large": 5}  # lines of small text for the rule and its evidence
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
SLOW_SHARE = 0.9  # the speed slider says what is made when under this share of what is asked
STEP_BUTTON_SHARE = 0.2  # of the panel's inner width, for each − and + beside a lever


class SocietyScene(Scene):
    """Left: the society (or two, in the experiment), the friend rule with its evidence label,
    and charts of the four measures; right: settings, the selected citizen, controls."""

    def __init__(self, data: GameData, seed: int = 0) -> None:
        self.data = data
        self.run = SocietyRun(data.content, SimSettings(seed=seed), experiment=False)
        self.focus = FocusGroup()
        self.hovered: int | None = None
        self.selected: int | None = None
        self.visiting = YOU  # whose friends the next-friend control steps through
        self.levers: list[Lever] = []
        self.dragging: Lever | None = None  # the lever the mouse is moving
        self.spotlight: int | None = None  # a band shown alone (the others dimmed), or None
        self.canvases: list[SocietyCanvas] = []
        self.charts = CachedCharts()

    # the run's state, under the names the tests and the benchmark use
    @property
    def sims(self):
        return self.run.sims

    @property
    def history(self) -> list[list[Measures]]:
        return self.run.history

    @property
    def settings(self) -> SimSettings:
        return self.run.settings

    @property
    def running(self) -> bool:
        return self.run.running

    @property
    def experiment(self) -> bool:
        return self.run.experiment

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
        rule_h = RULE_LINES[theme.text_scale] * line_h
        self.rule_rect = pygame.Rect(area.left, self.charts_rect.top - rule_h - spacing.gap // 2,
                                     area.width, rule_h)
        self.legend_rect = pygame.Rect(area.left, self.rule_rect.top - line_h - 2, area.width,
                                       line_h)
        sims = self.run.sims
        width = (area.width - spacing.gap * (len(sims) - 1)) // len(sims)
        canvas_h = self.legend_rect.top - area.top - line_h - 2
        rects = [pygame.Rect(area.left + i * (width + spacing.gap), area.top + line_h, width,
                             canvas_h) for i in range(len(sims))]
        kept = [(c.rect, len(c.positions), c.theme) for c in self.canvases]
        if kept != [(r, sim.settings.population, theme) for r, sim in zip(rects, sims,
                                                                          strict=True)]:
            self.canvases = [SocietyCanvas(rect, sim.settings.population, theme)
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
        buttons, self.levers = [], []
        step_w = int(inner_w * STEP_BUTTON_SHARE)
        for row, (lever, (down, down_key), (up, up_key)) in enumerate(LEVERS):
            y = top + row * (button_h + BUTTON_GAP_PX)
            buttons.append(Button(down, pygame.Rect(left, y, step_w, button_h), "−",
                                  hotkey=down_key, tooltip=t(f"ui.society.{down}_tip")))
            track = pygame.Rect(left + step_w + BUTTON_GAP_PX, y,
                                inner_w - 2 * (step_w + BUTTON_GAP_PX), button_h)
            self.levers.append(Lever(lever, track, LEVER_STEPS[lever]))
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
        focused = self.focus.focused_id
        self.focus.set_items(buttons)
        if focused is not None:
            self.focus.focus(focused)

    # -- levers ---------------------------------------------------------------------------
    def lever_position(self, lever: str) -> int:
        """Where a lever stands, in its steps."""
        settings = self.run.settings
        if lever == "friend":
            return round(settings.friend_weight / WEIGHT_STEP)
        if lever == "perks":
            return round(settings.perk_strength / PERK_STEP)
        return self.run.speed_index

    def lever_text(self, lever: str) -> str:
        """A lever's value in words: "Friend rule ×1.5", "Perks 125 %", "2 weeks a second"."""
        settings, t = self.run.settings, self.data.t
        if lever == "friend":
            return t("ui.society.lever_friend", value=f"{settings.friend_weight:g}")
        if lever == "perks":
            return t("ui.society.lever_perks", value=f"{settings.perk_strength:.0%}")
        made = self.run.weeks_made_per_second()
        if made is not None and made < SLOW_SHARE * self.run.speed:
            return t("ui.society.lever_speed_behind", value=f"{self.run.speed:g}",
                     made=f"{made:.1f}")
        return t("ui.society.lever_speed", value=f"{self.run.speed:g}")

    def set_lever(self, lever: str, position: int) -> None:
        """Move a lever to `position` (nothing happens if it is there already)."""
        if position == self.lever_position(lever):
            return
        if lever == "friend":
            self.run.configure(friend_weight=position * WEIGHT_STEP)
        elif lever == "perks":
            self.run.configure(perk_strength=position * PERK_STEP)
        else:
            self.run.change_speed(position - self.run.speed_index)

    def _drag(self, event: pygame.event.Event) -> bool:
        """Click or drag along a lever; True if the event was the lever's."""
        if event.type == pygame.MOUSEBUTTONUP:
            was_dragging, self.dragging = self.dragging is not None, None
            return was_dragging
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.dragging = next((lever for lever in self.levers
                                  if lever.rect.collidepoint(event.pos)), None)
        if self.dragging is None or event.type not in (pygame.MOUSEBUTTONDOWN,
                                                       pygame.MOUSEMOTION):
            return False
        self.set_lever(self.dragging.id, self.dragging.position_at(event.pos[0]))
        return True

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
        from game.scenes.title import TitleScene

        if self._drag(event):
            return None
        if event.type == pygame.MOUSEMOTION:
            self.hovered = self.canvases[0].citizen_at(event.pos) if self.canvases else None
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.canvases:
            clicked = self.canvases[0].citizen_at(event.pos)
            if clicked is not None:
                self.selected = clicked
                return None
        activated = self.focus.handle(event)
        if activated is None:
            return None
        if activated == "back":
            return Reset(TitleScene(self.data))
        self.control(activated)
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
        elif control in ("friend_down", "friend_up"):
            step = WEIGHT_STEP if control == "friend_up" else -WEIGHT_STEP
            run.configure(friend_weight=max(0.0, min(MAX_FRIEND_WEIGHT,
                                                     settings.friend_weight + step)))
        elif control in ("perks_down", "perks_up"):
            step = PERK_STEP if control == "perks_up" else -PERK_STEP
            run.configure(perk_strength=max(0.0, min(MAX_PERK_STRENGTH,
                                                     settings.perk_strength + step)))
        elif control == "formula":
            run.configure(formula_visible=not settings.formula_visible)
        elif control == "era":
            run.configure(era=Era.OPT_IN if settings.era is Era.MANDATORY else Era.MANDATORY)
        elif control == "population":
            index = POPULATIONS.index(settings.population) \
                if settings.population in POPULATIONS else 0
            self.control_population_to(POPULATIONS[(index + 1) % len(POPULATIONS)])
        elif control in ("slower", "faster"):
            run.change_speed(1 if control == "faster" else -1)
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
    def measure_lines(self, measures: Measures) -> list[str]:
        t = self.data.t
        return [t("ui.society.isolated", value=f"{measures.isolated_share:.0%}"),
                t("ui.society.alike", value=f"{measures.assortativity:+.2f}"),
                t("ui.society.low_alone", value=f"{measures.low_without_high_share:.0%}"),
                t("ui.society.gini", value=f"{measures.perk_gini:.2f}")]

    def settings_line(self) -> str:
        s, t = self.run.settings, self.data.t
        return t("ui.society.settings", weight=f"{s.friend_weight:g}",
                 perks=f"{s.perk_strength:.0%}", era=t(f"ui.era.{s.era.value}"),
                 population=f"{s.population:,}", speed=f"{self.run.speed:g}")

    def evidence_text(self) -> str:
        """What the record shows about the friend rule in this era: its label (a shape and a
        word), its row and claim, and that its strength here is the game's choice."""
        s, content = self.run.settings, self.data.content
        rule = "friend_rule_opt_in" if s.era is Era.OPT_IN else "friend_rule_mandatory"
        row = content.evidence[content.scenario.evidence[rule]]
        return self.data.t("ui.society.evidence", label=label_text(self.data, row.label),
                           row=row.id, claim=self.data.t(f"evidence.{row.id}.claim"))

    def formula_text(self) -> str:
        """The friend rule as citizens see it (or that they cannot), then its evidence."""
        return f"{self._formula()}\n{self.evidence_text()}"

    def _formula(self) -> str:
        s, t = self.run.settings, self.data.t
        if not s.formula_visible:
            return t("ui.society.formula_hidden")
        if s.era is Era.OPT_IN:
            rule = self.data.content.scenario.friend_rule
            return t("ui.society.formula_opt_in", bonus=rule.join_bonus, cap=rule.join_bonus_cap,
                     weight=f"{s.friend_weight:g}")
        rule = self.data.content.scenario.friend_rule
        return t("ui.society.formula_mandatory", pivot=rule.pivot, divisor=rule.drag_divisor,
                 cap=rule.drag_cap, weight=f"{s.friend_weight:g}")

    def citizen_lines(self) -> list[str]:
        """What the panel says about the selected (else hovered) citizen: in the experiment,
        the same person in both societies, each line led by its side."""
        t = self.data.t
        citizen = self.selected if self.selected is not None else self.hovered
        if citizen is None:
            return [t("ui.society.select_hint")]
        lines = [citizen_name(self.data.strings, self.data.content, citizen)]
        sides = [""] if not self.run.experiment else [t("ui.society.side_off"),
                                                      t("ui.society.side_on")]
        for side_index, (side, sim) in enumerate(zip(sides, self.run.sims, strict=True)):
            score, band = sim.scores[citizen], band_index(sim.scores[citizen])
            recent = " → ".join(str(s) for s in self.run.recent_scores(citizen, side_index))
            about = [t("ui.society.citizen_score", score=score, glyph=BAND_GLYPHS[band],
                       band=t(f"ui.band.{BANDS[band][1]}")),
                     t("ui.society.citizen_friends", friends=len(sim.ties[citizen]),
                       points=signed(sim.friend_points(citizen))),
                     t("ui.society.citizen_recent", scores=recent)]
            if side:
                about = [t("ui.society.side_line", side=side, text=" · ".join(about[:2])),
                         t("ui.society.side_line", side=side, text=about[2])]
            lines += about
        return lines

    def spoken_text(self) -> str:
        t = self.data.t
        parts = [t("ui.society.title"), self.settings_line(), self.formula_text()]
        if self.spotlight is not None:
            parts.append(t("ui.society.legend_one", glyph=BAND_GLYPHS[self.spotlight],
                           band=t(f"ui.band.{BANDS[self.spotlight][1]}")))
        for history in self.run.history:
            parts += self.measure_lines(history[-1])
        if self.selected is not None:
            parts += self.citizen_lines()
        return spoken(*parts, *focused_words(self.focus))

    # -- drawing --------------------------------------------------------------------------
    def society_labels(self) -> list[str]:
        t = self.data.t
        if self.run.experiment:
            return [t("ui.society.rule_off"), t("ui.society.rule_on")]
        return [t("ui.society.title")]

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        small, line_h = theme.fonts.small, fonts.line_height(theme.fonts.small)
        marked = self.selected if self.selected is not None else self.hovered
        for sim, canvas, label in zip(self.run.sims, self.canvases, self.society_labels(),
                                      strict=True):
            text = f"{label} · {t('ui.society.week', week=sim.ticks)}"
            draw_fitted_line(surface, text, pygame.Rect(canvas.rect.left, canvas.rect.top - line_h,
                                                        canvas.rect.width, line_h),
                             fonts, size=small, min_size=small - 6, color=theme.palette.text,
                             bold=True)
            canvas.draw(surface, sim.scores, sim.ties, sim.ticks, marked, self.you_label,
                        self.spotlight)
        legend = t("ui.society.legend", **{band: t(f"ui.band.{band}") for _, band, _ in BANDS})
        if self.spotlight is not None:
            band = BANDS[self.spotlight][1]
            legend = t("ui.society.legend_one", glyph=BAND_GLYPHS[self.spotlight],
                       band=t(f"ui.band.{band}"))
        draw_fitted_line(surface, legend, self.legend_rect, fonts, size=small,
                         min_size=small - 6, color=theme.palette.text)
        draw_text_box_shrinking(surface, self.formula_text(), self.rule_rect, fonts,
                                sizes=tuple(range(small, small - FORMULA_SHRINK_PT - 1, -2)),
                                color=theme.palette.muted_text)
        self.charts.draw(surface, self.charts_rect, self.run.history, self.society_labels(), t,
                         theme, fonts)
        self._draw_panel(surface)
        for lever in self.levers:
            draw_lever(surface, lever, self.lever_position(lever.id), self.lever_text(lever.id),
                       theme, fonts, active=lever is self.dragging)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False)

    def _draw_panel(self, surface: pygame.Surface) -> None:
        """Era and population at the top (the levers show the rest), then the selected
        citizen (their text shrinking to the room left above the controls), then what the
        charts measure if there is room."""
        theme, fonts = self.context.theme, self.context.fonts
        small, step, gap = theme.fonts.small, fonts.line_height(theme.fonts.small), \
            theme.spacing.gap
        inner = draw_panel(surface, self.panel, theme)
        era, population = self.run.settings.era, self.run.settings.population
        settings = self.data.t("ui.society.status", era=self.data.t(f"ui.era.{era.value}"),
                               population=f"{population:,}")
        settings_h = len(fonts.wrap(settings, small, inner.width)) * step
        draw_text_box(surface, settings, pygame.Rect(inner.left, inner.top, inner.width,
                                                     settings_h),
                      fonts, size=small, color=theme.palette.text)
        top, bottom = inner.top + settings_h + gap, self.controls_top - gap // 2
        name, *about = self.citizen_lines()
        draw_fitted_line(surface, name, pygame.Rect(inner.left, top, inner.width, step), fonts,
                         size=small, min_size=small - PANEL_SHRINK_PT, color=theme.palette.text,
                         bold=bool(about))
        top += step
        if about:
            text = "\n".join(about)
            sizes = tuple(range(small, small - PANEL_SHRINK_PT - 1, -2))
            size = next((s for s in sizes if len(fonts.wrap(text, s, inner.width))
                         * fonts.line_height(s) <= bottom - top), sizes[-1])
            height = len(fonts.wrap(text, size, inner.width)) * fonts.line_height(size)
            draw_text_box(surface, text, pygame.Rect(inner.left, top, inner.width,
                                                     min(height, bottom - top)),
                          fonts, size=size, color=theme.palette.text)
            top += height + gap
        definitions = self.data.t("ui.society.definitions")
        if len(fonts.wrap(definitions, small, inner.width)) * step <= bottom - top:
            draw_text_box(surface, definitions, pygame.Rect(inner.left, top, inner.width,
                                                            bottom - top),
                          fonts, size=small, color=theme.palette.muted_text)
