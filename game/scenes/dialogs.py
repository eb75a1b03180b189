"""Overlay cards over the play screen: an event with its choices, and a friend's card."""

from __future__ import annotations

from collections.abc import Callable

from game.engine import (
    Action,
    Choose,
    Game,
    Help,
    Mute,
    Outcome,
    Publish,
    Report,
    Unfriend,
    WithdrawDraft,
    drop_cost,
    in_trouble,
    report_pay,
)
from game.game_data import GameData
from game.presentation import citizen_name, refusal_text, signed
from game.scenes.common import MenuEntry, MenuScene
from game.scenes.panels import friend_detail
from game.scenes.portraits import Portraits
from game.shell import Pop, Transition
from game.ui.faces import FaceSpec

OutcomeSink = Callable[[Outcome], None]
EVENT_CARD_WIDTH_PX = 860
FRIEND_CARD_WIDTH_PX = 860  # wide enough for a bio, the closeness line and four costs


class EventDialog(MenuScene):
    """The event at the front of the queue; a choice must be made (Esc does not dismiss)."""

    is_overlay = True
    escape_pops = False
    card_width_px = EVENT_CARD_WIDTH_PX

    def __init__(self, data: GameData, game: Game, on_outcome: OutcomeSink) -> None:
        super().__init__(data)
        self.game = game
        self.on_outcome = on_outcome
        self.pending = game.state.events[0]
        self.event = game.content.events[self.pending.event_id]

    def enter(self, context) -> None:
        super().enter(context)
        context.sounds.play("alert")

    def _friend(self) -> str:
        if self.pending.target < 0:
            return ""
        return citizen_name(self.data.strings, self.game.content, self.pending.target)

    def title(self) -> str:
        return self.data.t(f"event.{self.event.id}.title", friend=self._friend())

    def body(self) -> str:
        return self.data.t(f"event.{self.event.id}.text", friend=self._friend())

    def entries(self) -> list[MenuEntry]:
        entries = []
        for index, choice in enumerate(self.event.choices):
            label = self.data.t(f"event.{self.event.id}.choice.{choice.id}",
                                friend=self._friend())
            refusal = self.game.check(Choose(choice.id))
            tip = None
            if refusal is not None:
                reason = refusal_text(self.data.strings, self.game.content, refusal,
                                   self.data.numbers)
                tip = self.data.t("ui.event.needs", reason=reason)
            entries.append(MenuEntry(choice.id, label, hotkey=str(index + 1),
                                     enabled=refusal is None, tooltip=tip,
                                     reason=None if refusal is None else reason))
        return entries

    def activate(self, entry_id: str) -> Transition | None:
        outcome = self.game.act(Choose(entry_id))
        self.on_outcome(outcome)
        return Pop() if outcome.ok else None


class FriendDialog(MenuScene):
    """What you can do for, or to, one friend: help, mute, drop, report, each with what it
    costs on its button."""

    is_overlay = True
    card_width_px = FRIEND_CARD_WIDTH_PX

    def __init__(self, data: GameData, game: Game, citizen: int, on_outcome: OutcomeSink):
        super().__init__(data)
        self.game = game
        self.citizen = citizen
        self.on_outcome = on_outcome
        self.face: FaceSpec | None = None  # read when the card opens

    def _name(self) -> str:
        return citizen_name(self.data.strings, self.game.content, self.citizen)

    def title(self) -> str:
        return f"{self._name()} · {friend_detail(self.game, self.data, self.citizen)}"

    def body(self) -> str:
        content, t = self.game.content, self.data.t
        lines = []
        if 1 <= self.citizen <= len(content.friends):
            profile = content.friends[self.citizen - 1]
            lines.append(f"{t(f'friend.{profile.id}.trait')}. {t(f'friend.{profile.id}.bio')}")
        closeness = self.game.state.closeness.get(self.citizen)
        if closeness is not None:
            lines.append(t("ui.feel.closeness_meaning", closeness=closeness))
        if in_trouble(self.game.state, self.citizen):
            lines.append(t("ui.play.trouble"))
        if self.citizen in self.game.state.muted:
            lines.append(t("ui.play.muted"))
        return "\n".join(lines)

    def enter(self, context) -> None:
        self.face = Portraits.for_game(self.data, self.game).face(self.citizen)
        super().enter(context)

    def title_face(self) -> FaceSpec | None:
        return self.face

    def _actions(self) -> list[tuple[str, Action, str, str]]:
        """Each action with its label, showing what it costs, and its explanation."""
        scenario, t, name = self.game.content.scenario, self.data.t, self._name()
        state, content = self.game.state, self.game.content
        money = self.data.numbers.money
        pay = money(report_pay(state, content))
        return [
            ("help", Help(self.citizen),
             t("ui.feel.help_label", label=t("ui.play.help"), money=money(scenario.help_cost),
               hours=scenario.help_hours),
             t("ui.play.help_tip", money=money(scenario.help_cost), hours=scenario.help_hours,
               name=name)),
            ("mute", Mute(self.citizen),
             t("ui.feel.mute_label", label=t("ui.play.mute"),
               closeness=signed(scenario.mute_closeness)),
             t("ui.play.mute_tip", name=name)),
            ("drop", Unfriend(self.citizen),
             t("ui.feel.drop_label", label=t("ui.play.drop"),
               closeness=state.closeness.get(self.citizen, 0),
               wellbeing=signed(-drop_cost(state, content, self.citizen))),
             t("ui.play.drop_tip", name=name)),
            ("report", Report(self.citizen),
             t("ui.feel.report_label", label=t("ui.play.report"), money=pay,
               wellbeing=signed(scenario.report_wellbeing)),
             t("ui.play.report_tip", name=name, money=pay)),
        ]

    def entries(self) -> list[MenuEntry]:
        entries = []
        for key, (entry_id, action, label, tip) in zip("hmdr", self._actions(), strict=True):
            refusal = self.game.check(action)
            reason = None
            if refusal is not None:
                reason = refusal_text(self.data.strings, self.game.content, refusal,
                                      self.data.numbers)
                tip = f"{reason} {tip}"
            entries.append(MenuEntry(entry_id, label, hotkey=key, enabled=refusal is None,
                                     tooltip=tip, reason=reason))
        entries.append(MenuEntry("close", self.data.t("ui.common.close"), hotkey="c"))
        return entries

    def activate(self, entry_id: str) -> Transition | None:
        if entry_id == "close":
            return Pop()
        action = next(a for i, a, _, _ in self._actions() if i == entry_id)
        self.on_outcome(self.game.act(action))
        return Pop()


class DraftDialog(MenuScene):
    """Before a post that says what is on your mind: post it, or delete the draft (counted
    in the debrief as self-censorship)."""

    is_overlay = True

    def __init__(self, data: GameData, game: Game, post_id: str, on_outcome: OutcomeSink):
        super().__init__(data)
        self.game = game
        self.post_id = post_id
        self.on_outcome = on_outcome

    def title(self) -> str:
        return self.data.t("ui.draft.title", post=self.data.t(f"post.{self.post_id}.name"))

    def body(self) -> str:
        return self.data.t(f"post.{self.post_id}.desc")

    def entries(self) -> list[MenuEntry]:
        entries = []
        for entry_id, key, hotkey in (("post", "ui.draft.post_it", "p"),
                                      ("withdraw", "ui.draft.withdraw", "d")):
            refusal = self.game.check(self._action(entry_id))
            tip = None if refusal is None else refusal_text(
                self.data.strings, self.game.content, refusal, self.data.numbers)
            entries.append(MenuEntry(entry_id, self.data.t(key), hotkey=hotkey,
                                     enabled=refusal is None, tooltip=tip, reason=tip))
        return entries

    def _action(self, entry_id: str) -> Publish | WithdrawDraft:
        return Publish(self.post_id) if entry_id == "post" else WithdrawDraft(self.post_id)

    def activate(self, entry_id: str) -> Transition | None:
        self.on_outcome(self.game.act(self._action(entry_id)))
        return Pop()
