"""End the season now (from the pause menu, for everyone): a confirm, then the debrief
with a result code marked as ended early, so every pair leaves a lesson with a code."""

from __future__ import annotations

from game.scenes.common import MenuEntry, SeasonMenu
from game.shell import Pop, Transition, reset


class EndNowConfirm(SeasonMenu):
    """Says what counts (the weeks finished) and what does not (the week in progress)."""

    def title(self) -> str:
        return self.data.t("ui.lesson.confirm_title")

    def body(self) -> str:
        week = self.game.state.week
        return self.data.t("ui.lesson.confirm_body", played=week - 1, week=week)

    def entries(self) -> list[MenuEntry]:
        t = self.data.t
        return [MenuEntry("keep", t("ui.lesson.confirm_no"), hotkey="n"),
                MenuEntry("end", t("ui.lesson.confirm_yes"), hotkey="y")]

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "keep":
            return Pop()
        self.game.end_now()
        if self.session.save(self.game):
            self.context.problems.append(self.data.t("ui.title.not_saved"))
        return reset("debrief", self.data, self.session, self.game)
