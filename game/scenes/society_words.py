"""What the society view says: the rule and its evidence, the settings, the measures, a
citizen's details, the sliders' values. Shared by the screen and the screen reader; no
drawing here."""

from __future__ import annotations

from dataclasses import replace

from game.engine import Era, Measures, SimSettings
from game.game_data import GameData
from game.presentation import citizen_name, signed
from game.scenes.debrief_pages import label_text
from game.scenes.society_run import SocietyRun
from game.ui.society_canvas import BAND_GLYPHS, BANDS, band_index

DENSITY_COUNT_ROOM = 99  # citizens per shape the legend keeps room to name (two digits)
SLOW_SHARE = 0.9  # the speed slider says what is made when under this share of what is asked

FRIEND_RULE_ROWS = {"friend_rule_opt_in": "join_bonus", "friend_rule_mandatory": "friend_drag"}
"""The evidence rows of the friend rule the view plays, for a season that leaves one out."""


class SocietyWords:
    """The view's sentences, from the game's strings and the run's state."""

    def __init__(self, data: GameData, run: SocietyRun) -> None:
        self.data, self.run = data, run

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
                 population=self.data.numbers.number(s.population), speed=f"{self.run.speed:g}")

    def status_line(self) -> str:
        """What the sliders do not show: the era and the population."""
        s, t = self.run.settings, self.data.t
        return t("ui.society.status", era=t(f"ui.era.{s.era.value}"),
                 population=self.data.numbers.number(s.population))

    def evidence_text(self, settings: SimSettings | None = None) -> str:
        """What the record shows about the friend rule in this era (of `settings`, by
        default the run's): its label (a shape and a word), its row and claim, and that its
        strength here is the game's choice."""
        s, content = settings or self.run.settings, self.data.content
        rule = "friend_rule_opt_in" if s.era is Era.OPT_IN else "friend_rule_mandatory"
        # the view plays both eras' friend rule even where a season leaves one out
        row = content.evidence[content.scenario.evidence.get(rule) or FRIEND_RULE_ROWS[rule]]
        return self.data.t("ui.society.evidence", label=label_text(self.data, row.label),
                           row=", ".join(row.sheet_rows),
                           claim=self.data.t(f"evidence.{row.id}.claim"))

    def formula_text(self, settings: SimSettings | None = None) -> str:
        """The friend rule as citizens see it (or that they cannot), then its evidence, under
        `settings` (by default the run's)."""
        return f"{self._formula(settings)}\n{self.evidence_text(settings)}"

    def formula_texts(self, weights: list[float]) -> list[str]:
        """The rule's text in either era, shown or hidden, at each of the friend rule's
        `weights` (the view keeps room for the longest, so no control moves the map)."""
        return [self.formula_text(replace(self.run.settings, era=era, formula_visible=shown,
                                          friend_weight=weight))
                for era in Era for shown in (True, False) for weight in weights]

    def _formula(self, settings: SimSettings | None = None) -> str:
        s, t = settings or self.run.settings, self.data.t
        rule = self.data.content.scenario.friend_rule
        if not s.formula_visible:
            return t("ui.society.formula_hidden")
        if s.era is Era.OPT_IN:
            return t("ui.society.formula_opt_in", bonus=rule.join_bonus, cap=rule.join_bonus_cap,
                     weight=f"{s.friend_weight:g}")
        return t("ui.society.formula_mandatory", pivot=rule.pivot, divisor=rule.drag_divisor,
                 cap=rule.drag_cap, weight=f"{s.friend_weight:g}")

    def citizen_lines(self, citizen: int | None) -> list[str]:
        """What the panel says about a citizen (a hint when there is none): in the experiment,
        the same person in both societies, each line led by its side."""
        t = self.data.t
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
                     self._friends_line(len(sim.ties[citizen]), sim.friend_points(citizen)),
                     t("ui.society.citizen_recent", scores=recent)]
            if side:
                about = [t("ui.society.side_line", side=side, text=" · ".join(about[:2])),
                         t("ui.society.side_line", side=side, text=about[2])]
            lines += about
        return lines

    def _friends_line(self, friends: int, points: int) -> str:
        """How many friends a citizen has (one friend in the singular) and what they bring."""
        key = "ui.society.citizen_friend_one" if friends == 1 else "ui.society.citizen_friends"
        return self.data.t(key, friends=friends, points=signed(points))

    def legend_lines(self, spotlight: int | None, per_shape: int) -> list[str]:
        """The legend in words (for the screen reader): the bands' shapes and names, then
        how to read the map (or which band alone is bright)."""
        names = " · ".join(f"{glyph} {name}"
                           for glyph, name in zip(BAND_GLYPHS, self.band_names(), strict=True))
        return [names, self.legend_note(spotlight, per_shape)]

    def band_names(self) -> list[str]:
        """The bands' names, highest first (the legend draws their shapes beside them)."""
        return [self.data.t(f"ui.band.{band}") for _, band, _ in BANDS]

    def legend_note(self, spotlight: int | None, per_shape: int) -> str:
        """What the legend says after the bands: how to read the map (the lines, the edge,
        what a shape stands for when there are too many citizens for one each)."""
        t = self.data.t
        if spotlight is not None:
            return t("ui.society.legend_one", glyph=BAND_GLYPHS[spotlight],
                     band=t(f"ui.band.{BANDS[spotlight][1]}"))
        if per_shape > 1:
            return t("ui.society_map.density_note", count=per_shape)
        return t("ui.society_map.ties_note")

    def legend_notes(self) -> list[str]:
        """Every note the legend may show (the view keeps room for the longest)."""
        return ([self.legend_note(None, 1), self.legend_note(None, DENSITY_COUNT_ROOM)]
                + [self.legend_note(band, 1) for band in range(len(BANDS))])

    def society_labels(self) -> list[str]:
        t = self.data.t
        if self.run.experiment:
            return [t("ui.society.rule_off"), t("ui.society.rule_on")]
        return [t("ui.society.title")]

    def lever_text(self, lever: str) -> str:
        """A slider's value in words: "Friend rule ×1.5", "Perks 125%", "2 weeks a second"
        (and how many are made, when fewer than asked)."""
        settings, t, run = self.run.settings, self.data.t, self.run
        if lever == "friend":
            return t("ui.society.lever_friend", value=f"{settings.friend_weight:g}")
        if lever == "perks":
            return t("ui.society.lever_perks", value=f"{settings.perk_strength:.0%}")
        made = run.weeks_made_per_second()
        if made is not None and made < SLOW_SHARE * run.speed:
            return t("ui.society.lever_speed_behind", value=f"{run.speed:g}",
                     made=f"{made:.1f}")
        return t("ui.society.lever_speed", value=f"{run.speed:g}")
