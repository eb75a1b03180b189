"""The before-and-after card: "Which of these rules are real?", one statement at a time,
answered with one key (1-4: documented, reported, contested, invented). Asked before the
first week when the lesson turns it on, and again from the debrief after the reveal; the
answers stay on this device and travel only in the result code."""

from __future__ import annotations

from game.engine import ANSWERS, NOT_ANSWERED, Game
from game.game_data import GameData
from game.scenes.common import MenuEntry, MenuScene
from game.services.session import Session
from game.shell import Pop, Transition

CARD_WIDTH_PX = 820


class CardScene(MenuScene):
    """A statement, its four answers and Skip; each answer moves to the next statement,
    and after the last the answers are kept in the season and saved."""

    is_overlay = True
    card_width_px = CARD_WIDTH_PX
    escape_pops = False  # Esc skips the card, keeping what was answered

    def __init__(self, data: GameData, session: Session, game: Game, when: str) -> None:
        super().__init__(data)
        self.session = session
        self.game = game
        self.when = when  # "before" or "after"
        self.answers: list[int] = []

    def title(self) -> str:
        key = "ui.lesson.card_title" if self.when == "before" else "ui.lesson.card_title_after"
        index = min(len(self.answers), len(self.data.quiz) - 1)
        return self.data.t(key, index=index + 1, count=len(self.data.quiz))

    def body(self) -> str:
        statement = self.data.quiz[min(len(self.answers), len(self.data.quiz) - 1)]
        return f"{self.data.t(f'quiz.{statement.id}')}\n\n{self.data.t('ui.lesson.card_explain')}"

    def entries(self) -> list[MenuEntry]:
        t = self.data.t
        return [*(MenuEntry(f"answer:{n + 1}", t(f"ui.lesson.answer_{label}"), hotkey=str(n + 1))
                  for n, label in enumerate(ANSWERS)),
                MenuEntry("skip", t("ui.lesson.skip"), hotkey="escape")]

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "skip":
            return self.finish()
        self.answers.append(int(entry_id.partition(":")[2]))
        if len(self.answers) >= len(self.data.quiz):
            return self.finish()
        self.rebuild()
        self.focus.focus("answer:1")
        return None

    def finish(self) -> Transition:
        """Keep the answers (unanswered statements as 0, so a skipped card is not asked
        again), save the season and close."""
        padded = self.answers + [NOT_ANSWERED] * (len(self.data.quiz) - len(self.answers))
        self.game.answer_card(self.when, padded)
        if self.session.save(self.game):
            self.context.problems.append(self.data.t("ui.title.not_saved"))
        return Pop()
