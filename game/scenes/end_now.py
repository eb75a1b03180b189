"""End the season now (from the pause menu, for everyone): a confirm, then the debrief
with a result code marked as ended early, so every pair leaves a lesson with a code."""

from __future__ import annotations

from game.engine import Game
from game.game_data import GameData
from game.scenes.common import MenuEntry, MenuScene
from game.services.session import Session
from game.shell import Pop, Transition, reset


class EndNowConfirm(MenuScene):
    """Says what counts (the weeks finished) and what does not (the week in progress)."""

    is_overlay = True

    def __init__(self, data: GameData, session: Session, game: Game) -> None:
        super().__init__(data)
        self.session = session
        self.game = game

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
