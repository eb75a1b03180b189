"""The end of a week: what changed, told as vaguely as the real platform told it.

While the algorithm is hidden the player learns the new score and little else; only a
sharp drop comes with a reason (Sesame explained sharp drops, S4). The full account of
every point waits for the debrief.
"""

from __future__ import annotations

from game.engine import Game, WeekReport, cause_group
from game.game_data import GameData
from game.presentation import citizen_name, signed
from game.scenes.common import MenuEntry, MenuScene
from game.shell import Pop, Transition

SUMMARY_CARD_WIDTH_PX = 820


class WeekSummary(MenuScene):
    """An overlay card summing up the week just ended."""

    is_overlay = True
    escape_pops = False
    card_width_px = SUMMARY_CARD_WIDTH_PX

    def __init__(self, data: GameData, game: Game, report: WeekReport) -> None:
        super().__init__(data)
        self.game = game
        self.report = report

    def enter(self, context) -> None:
        super().enter(context)
        change = self.report.score_after - self.report.score_before
        if self.game.state.enrolled and change:
            context.sounds.play("score_up" if change > 0 else "score_down")

    def title(self) -> str:
        return self.data.t("ui.summary.title", week=self.report.week)

    def body(self) -> str:
        return "\n".join(summary_lines(self.data, self.game, self.report))

    def entries(self) -> list[MenuEntry]:
        if self.report.finished:
            return [MenuEntry("continue", self.data.t("ui.summary.to_debrief"), hotkey="return")]
        return [MenuEntry("continue", self.data.t("ui.summary.next_week",
                                                  week=self.report.week + 1), hotkey="return")]

    def activate(self, entry_id: str) -> Transition | None:
        return Pop()


def formula_groups(data: GameData, report: WeekReport) -> str:
    """The week's score changes by cause, e.g. "What you bought +6 · The friend rule +3"."""
    totals: dict[str, int] = {}
    for line in report.lines:
        group = cause_group(line)
        totals[group] = totals.get(group, 0) + line.amount
    return " · ".join(f"{data.t(f'ui.group.{group}')} {signed(amount)}"
                      for group, amount in totals.items() if amount) or signed(0)


def summary_lines(data: GameData, game: Game, report: WeekReport) -> list[str]:
    """The week's news in short sentences, vague about the why."""
    t, content, state = data.t, game.content, game.state
    lines = []
    if state.enrolled:
        change = report.score_after - report.score_before
        if change > 0:
            lines.append(t("ui.summary.up", delta=change, score=report.score_after))
        elif change < 0:
            lines.append(t("ui.summary.down", delta=-change, score=report.score_after))
        else:
            lines.append(t("ui.summary.flat", score=report.score_after))
        if state.transparent:
            lines.append(t("ui.formula.week", groups=formula_groups(data, report)))
        elif report.sharp_drop_reason:
            lines.append(t("ui.summary.sharp",
                           dimension=t(f"dim.{report.sharp_drop_reason}.name")))
        else:
            lines.append(t("ui.summary.hidden"))
    else:
        lines.append(t("ui.summary.not_enrolled"))
    if report.exploit_taken_back is not None:
        lines.append(t("ui.summary.exploit_learned", points=report.exploit_taken_back))
    lines.append(t("ui.summary.wellbeing", change=signed(report.wellbeing_change),
                   wellbeing=state.wellbeing))
    if report.held_back:
        lines.append(t("ui.summary.held_back"))
    lines += [t("ui.summary.perk_gained", perk=t(f"perk.{p}.name")) for p in report.perks_gained]
    lines += [t("ui.summary.perk_lost", perk=t(f"perk.{p}.name")) for p in report.perks_lost]
    lines += [t("ui.summary.penalty", penalty=t(f"penalty.{p}.name"))
              for p in report.penalties_now]
    lines += [t("ui.summary.found_out", name=citizen_name(data.strings, content, c))
              for c in report.found_out]
    lines += [t("ui.summary.dropped_by", name=citizen_name(data.strings, content, c))
              for c in report.dropped_by]
    lines += [t("ui.summary.trouble", name=citizen_name(data.strings, content, c))
              for c in report.friends_in_new_trouble]
    lines += [t("ui.summary.learned", phrase=t(f"phrase.{p}.text"))
              for p in report.phrases_learned]
    if report.posts_read_back:
        lines.append(t("ui.summary.read_back", count=report.posts_read_back))
    return lines
