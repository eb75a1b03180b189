"""The pause menu: resume, settings, end the season now (after a confirm), or save and go
back to the title."""

from __future__ import annotations

from game.engine import play_out
from game.scenes.common import MenuEntry, SeasonMenu
from game.shell import Pop, Transition, push, reset


class PauseMenu(SeasonMenu):
    """Esc from the play screen."""

    def title(self) -> str:
        return self.data.t("ui.menu.title")

    def body(self) -> str:
        if self.context.settings.presenter:
            return f"{self.data.t('ui.play.hint')}\n{self.data.t('ui.presenter.hint')}"
        return self.data.t("ui.play.hint")

    def entries(self) -> list[MenuEntry]:
        t = self.data.t
        entries = [MenuEntry("resume", t("ui.menu.resume"), hotkey="r"),
                   MenuEntry("settings", t("ui.menu.settings"), hotkey="s"),
                   MenuEntry("end_now", t("ui.lesson.end_now"), hotkey="e"),
                   MenuEntry("title", t("ui.menu.to_title"), hotkey="t")]
        if self.context.settings.presenter:
            entries.insert(1, MenuEntry("debrief", t("ui.menu.debrief"), hotkey="d"))
        return entries

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "resume":
            return Pop()
        if entry_id == "settings":
            return push("settings", self.data)
        if entry_id == "end_now":
            return push("end_now", self.data, self.session, self.game)
        if entry_id == "debrief":
            play_out(self.game)
            self.save()
            return reset("debrief", self.data, self.session, self.game)
        self.save()
        return reset("title", self.data)

    def save(self) -> None:
        """Save before leaving; if it fails, the title says that Continue resumes from the
        last save that worked."""
        if self.session.save(self.game):
            self.context.problems.append(self.data.t("ui.title.not_saved"))
