"""The What if dialog: the other things that could have been done at one decision."""

from __future__ import annotations

from collections.abc import Callable

from game.engine import DecisionPoint
from game.game_data import GameData
from game.presentation import alternative_text, decision_text
from game.scenes.common import MenuEntry, MenuScene
from game.shell import Pop, Transition

AlternativeSink = Callable[[DecisionPoint, object], None]


class WhatIfDialog(MenuScene):
    """The other things that could have been done at one decision."""

    is_overlay = True
    card_width_px = 760

    def __init__(self, data: GameData, content, point: DecisionPoint,
                 on_choice: AlternativeSink) -> None:
        super().__init__(data)
        self.content = content
        self.point = point
        self.on_choice = on_choice

    def title(self) -> str:
        return self.data.t("ui.whatif.dialog_title", week=self.point.week)

    def body(self) -> str:
        return decision_text(self.data.strings, self.content, self.point)

    def entries(self) -> list[MenuEntry]:
        entries = [MenuEntry(f"alt:{n}", alternative_text(self.data.strings, self.content,
                                                          self.point, alternative),
                             hotkey=str(n + 1))
                   for n, alternative in enumerate(self.point.alternatives)]
        return entries + [MenuEntry("back", self.data.t("ui.common.back"), hotkey="b")]

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id.startswith("alt:"):
            self.on_choice(self.point, self.point.alternatives[int(entry_id[4:])])
        return Pop()
