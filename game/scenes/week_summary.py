"""The end of a week: what changed, told as vaguely as the real platform told it.

While the algorithm is hidden the player learns the new score and little else; only a
sharp drop comes with a reason (Sesame explained sharp drops, S4). The full account of
every point waits for the debrief.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.engine import Game, WeekReport, cause_group
from game.game_data import GameData
from game.presentation import citizen_name, signed
from game.scenes.common import MenuEntry, MenuScene
from game.scenes.portraits import Portraits
from game.shell import Pop, Transition
from game.ui.faces import FaceSpec
from game.ui.text_box import draw_text_box

SUMMARY_CARD_WIDTH_PX = 860
BEAT_SECONDS = 0.7  # between one part of the summary and the next appearing
SECTION_GAP_PX = 8  # between a part's last line and the next part's heading


@dataclass(frozen=True)
class SummaryLine:
    """One sentence of the summary, with the face of the friend it is about (if any)."""

    text: str
    citizen: int | None = None


@dataclass(frozen=True)
class Section:
    """A part of the summary: a heading and its sentences."""

    heading: str
    lines: tuple[SummaryLine, ...]


class WeekSummary(MenuScene):
    """An overlay card summing up the week just ended in three parts, one after another:
    what happened, what changed, what the friends did (all at once with reduced motion)."""

    is_overlay = True
    escape_pops = False
    card_width_px = SUMMARY_CARD_WIDTH_PX

    def __init__(self, data: GameData, game: Game, report: WeekReport) -> None:
        super().__init__(data)
        self.game = game
        self.report = report
        self.sections = summary_sections(data, game, report)
        self.elapsed_s = 0.0
        self.portraits: Portraits | None = None

    def enter(self, context) -> None:
        super().enter(context)
        self.portraits = Portraits.for_game(self.data, self.game)
        change = self.report.score_after - self.report.score_before
        if self.game.state.enrolled and change:
            context.sounds.play("score_up" if change > 0 else "score_down")

    def update(self, dt_seconds: float) -> Transition | None:
        self.elapsed_s += max(0.0, dt_seconds)
        return None

    def shown_sections(self) -> int:
        """How many parts are on screen now."""
        if self.context.settings.motion_reduced:
            return len(self.sections)
        return min(len(self.sections), 1 + int(self.elapsed_s / BEAT_SECONDS))

    def title(self) -> str:
        return self.data.t("ui.summary.title", week=self.report.week)

    def title_face(self) -> FaceSpec | None:
        return self.portraits.face(0) if self.portraits is not None else None

    def body(self) -> str:
        return "\n".join(line for section in self.sections
                         for line in (section.heading, *(entry.text for entry in section.lines)))

    def _face_px(self, size: int) -> int:
        return self.context.fonts.line_height(size)

    def body_height(self, size: int, width: int) -> int:
        fonts = self.context.fonts
        step, face = fonts.line_height(size), self._face_px(size)
        total = 0
        for section in self.sections:
            total += fonts.line_height(size, True) + SECTION_GAP_PX
            for entry in section.lines:
                room = width - (face + 6 if entry.citizen is not None else 0)
                total += len(fonts.wrap(entry.text, size, room)) * step
        return total

    def draw_body(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        theme, fonts, size = self.context.theme, self.context.fonts, self.body_size
        palette = theme.palette
        top, face = rect.top, self._face_px(size)
        for section in self.sections[:self.shown_sections()]:
            heading = pygame.Rect(rect.left, top, rect.width, fonts.line_height(size, True))
            draw_text_box(surface, section.heading, heading, fonts, size=size,
                          color=palette.accent, bold=True)
            top = heading.bottom
            for entry in section.lines:
                left = rect.left
                if entry.citizen is not None and self.portraits is not None:
                    self.faces.draw(surface, self.portraits.face(entry.citizen),
                                    pygame.Rect(left, top, face, face))
                    left += face + 6
                box = pygame.Rect(left, top, rect.right - left, rect.bottom - top)
                used = draw_text_box(surface, entry.text, box, fonts, size=size,
                                     color=palette.text)
                top = used.used_rect.bottom
            top += SECTION_GAP_PX

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
    """The week's news in short sentences, vague about the why, in the summary's order."""
    return [line.text for section in summary_sections(data, game, report)
            for line in section.lines]


def summary_sections(data: GameData, game: Game, report: WeekReport) -> tuple[Section, ...]:
    """What happened (to what you did and said), what changed (score, wellbeing, perks,
    penalties) and what your friends did (each line with their face)."""
    t, content, state = data.t, game.content, game.state
    happened = []
    if report.held_back:
        happened.append(t("ui.summary.held_back"))
    if report.exploit_taken_back is not None:
        happened.append(t("ui.summary.exploit_learned", points=report.exploit_taken_back))
    happened += [t("ui.summary.learned", phrase=t(f"phrase.{p}.text"))
                 for p in report.phrases_learned]
    if report.posts_read_back:
        happened.append(t("ui.summary.read_back", count=report.posts_read_back))
    if not happened:
        happened.append(t("ui.feel.summary_quiet_week"))
    changed = []
    if state.enrolled:
        change = report.score_after - report.score_before
        if change > 0:
            changed.append(t("ui.summary.up", delta=change, score=report.score_after))
        elif change < 0:
            changed.append(t("ui.summary.down", delta=-change, score=report.score_after))
        else:
            changed.append(t("ui.summary.flat", score=report.score_after))
        if state.transparent:
            changed.append(t("ui.formula.week", groups=formula_groups(data, report)))
        elif report.sharp_drop_reason:
            changed.append(t("ui.summary.sharp",
                             dimension=t(f"dim.{report.sharp_drop_reason}.name")))
        else:
            changed.append(t("ui.summary.hidden"))
    else:
        changed.append(t("ui.summary.not_enrolled"))
    changed.append(t("ui.summary.wellbeing", change=signed(report.wellbeing_change),
                     wellbeing=state.wellbeing))
    changed += [t("ui.summary.perk_gained", perk=t(f"perk.{p}.name"))
                for p in report.perks_gained]
    changed += [t("ui.summary.perk_lost", perk=t(f"perk.{p}.name")) for p in report.perks_lost]
    changed += [t("ui.summary.penalty", penalty=t(f"penalty.{p}.name"))
                for p in report.penalties_now]
    friends = []

    def name(citizen: int) -> str:
        return citizen_name(data.strings, content, citizen)

    friends += [SummaryLine(t("ui.summary.found_out", name=name(c)), c) for c in report.found_out]
    friends += [SummaryLine(t("ui.summary.dropped_by", name=name(c)), c)
                for c in report.dropped_by]
    friends += [SummaryLine(t("ui.summary.trouble", name=name(c)), c)
                for c in report.friends_in_new_trouble]
    if not friends:
        friends.append(SummaryLine(t("ui.feel.summary_friends_quiet")))
    return (
        Section(t("ui.feel.summary_happened"), tuple(SummaryLine(x) for x in happened)),
        Section(t("ui.feel.summary_changed"), tuple(SummaryLine(x) for x in changed)),
        Section(t("ui.feel.summary_friends"), tuple(friends)),
    )
