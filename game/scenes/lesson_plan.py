"""Plan a lesson (a title door): the teacher picks the season's length and whether the
before-and-after card is asked, then a scenario. The world code shown while playing carries
both, so every student who enters it plays the same lesson."""

from __future__ import annotations

from game.game_data import GameData
from game.scenes.common import MenuEntry, MenuScene
from game.services.lesson_plan import LessonPlan
from game.shell import Pop, Transition, push

PLAN_CARD_WIDTH_PX = 760


class LessonPlanScene(MenuScene):
    """Length (press to cycle), card on or off, then Choose a scenario; Esc goes back."""

    is_overlay = True
    card_width_px = PLAN_CARD_WIDTH_PX

    def __init__(self, data: GameData, plan: LessonPlan | None = None) -> None:
        super().__init__(data)
        self.plan = plan if plan is not None else LessonPlan()

    def title(self) -> str:
        return self.data.t("ui.lesson.plan_title")

    def body(self) -> str:
        return self.data.t("ui.lesson.plan_explain")

    def length_label(self) -> str:
        """The length in words: the whole season, or so many weeks."""
        if self.plan.weeks:
            return self.data.t("ui.lesson.plan_weeks", weeks=self.plan.weeks)
        return self.data.t("ui.lesson.plan_full")

    def entries(self) -> list[MenuEntry]:
        t = self.data.t
        card = "ui.lesson.plan_card_on" if self.plan.card else "ui.lesson.plan_card_off"
        return [MenuEntry("length", self.length_label(), hotkey="1"),
                MenuEntry("card", t(card), hotkey="2"),
                MenuEntry("choose", t("ui.lesson.plan_choose"), hotkey="3"),
                MenuEntry("back", t("ui.common.back"), hotkey="b")]

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "back":
            return Pop()
        if entry_id == "choose":
            return push("scenario_picker", self.data, self.plan)
        if entry_id == "length":
            self.plan.next_length()
        else:
            self.plan.toggle_card()
        self.rebuild()
        self.focus.focus(entry_id)
        return None
