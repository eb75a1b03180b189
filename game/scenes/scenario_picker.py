"""Choosing a scenario before a new season: each scenario file under assets/data/scenarios,
with its name and a line on what it plays."""

from __future__ import annotations

from game.engine import ContentError
from game.game_data import GameData
from game.scenes.common import MenuEntry, MenuScene
from game.services.lesson_plan import LessonPlan, plan_for
from game.services.presets import available_scenarios
from game.services.session import Session
from game.shell import Pop, Transition, push, reset

SCENARIO_ORDER = ("default", "opt_in_2015", "mandatory_2020", "here_at_home", "other_side",
                  "designer")
"""Scenarios listed first, in this order; any other scenario file follows alphabetically."""
PICKER_CARD_WIDTH_PX = 760
DESIGNER = "designer"  # the scenario whose rules are set with sliders first


def ordered_scenarios(data: GameData) -> list[str]:
    """Every scenario file's id, the known ones first."""
    found = available_scenarios(data.data_dir)
    return [s for s in SCENARIO_ORDER if s in found] + [s for s in found
                                                         if s not in SCENARIO_ORDER]


class ScenarioPicker(MenuScene):
    """An overlay on the title screen; Esc goes back."""

    is_overlay = True
    card_width_px = PICKER_CARD_WIDTH_PX

    def __init__(self, data: GameData, plan: LessonPlan | None = None) -> None:
        super().__init__(data)
        self.plan = plan_for(data.presets, plan)  # a lesson's length and card

    def title(self) -> str:
        return self.data.t("ui.picker.title")

    def entries(self) -> list[MenuEntry]:
        entries = []
        for index, scenario in enumerate(ordered_scenarios(self.data)):
            name_key, desc_key = f"scenario.{scenario}.name", f"scenario.{scenario}.desc"
            name = self.data.t(name_key) if self.data.strings.has(name_key) else scenario
            desc = self.data.t(desc_key) if self.data.strings.has(desc_key) else ""
            entries.append(MenuEntry(scenario, name, hotkey=str(index + 1), tooltip=desc))
        entries.append(MenuEntry("back", self.data.t("ui.common.back"), hotkey="b"))
        return entries

    def rebuild(self) -> None:
        super().rebuild()
        presets = self.data.presets
        if presets is not None and presets.scenario in [w.id for w in self.focus.widgets]:
            self.focus.focus(presets.scenario)

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "back":
            return Pop()
        try:
            data = self.data.for_scenario(entry_id)
        except ContentError as error:
            return reset("error", str(error))
        if entry_id == DESIGNER:
            return push("designer", data, self.plan)
        seed = data.presets.seed if data.presets is not None else None
        session = Session(data, self.context.storage)
        return reset("play", data, session, session.new_game(
            seed, data, lesson=self.plan.weeks, card=self.plan.card))

