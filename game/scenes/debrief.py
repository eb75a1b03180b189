"""The debrief: after the last week, how the machine worked and what the player traded.

Its pages (keys 1-6, `PAGES`): what happened, every point, rules and evidence, questions
for discussion, What if (change a decision and compare the two seasons), and the reveal
(six rules a class most needs to get right, one at a time; E opens the Evidence page).
"""

from __future__ import annotations

import pygame

from game.engine import (
    ContentError,
    DecisionPoint,
    Game,
    build_debrief,
    decision_points,
    replay_with_change,
)
from game.game_data import GameData
from game.presentation import alternative_text, decision_text
from game.reveal import RevealRow, load_reveal
from game.scenes import debrief_pages as pages
from game.scenes import debrief_reveal as reveal
from game.scenes import rows as rows_module
from game.scenes.common import MARGIN_PX, SCREEN_RECT, focused_words, spoken
from game.scenes.rows import draw_list_row, draw_selected_tab, even_out_labels
from game.scenes.what_if_page import decision_rows, draw_comparison
from game.services.exporting import ExportResult, export_png
from game.services.season_archive import figures, other_run, remember
from game.services.session import Session
from game.shell import Scene, Transition, push, reset
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.scroll_list import ScrollList
from game.ui.text_box import draw_fitted_line, draw_text_box_shrinking, shrink_sizes
from game.ui.theme import MIN_BODY_TEXT_PX
from game.ui.widgets import Button, draw_panel, even_out_button_labels

PAGES = ("summary", "ledger", "rules", "questions", "whatif", "reveal")
PAGE_LABELS = {"whatif": "ui.whatif.tab", "reveal": "ui.reveal.tab"}  # tabs with own keys
REVEAL_BUTTON_SHARES = (0.27, 0.33, 0.40)  # of the Reveal page's button row: back, next, E
OTHER_SIDE = "other_side"  # the scenario of the low-score friend's role
WHAT_IF_LIST_SHARE = 0.46  # of the What if page's width given to the list of decisions
BACK_BUTTON_PX = 270
SAVE_BUTTON_PX = 240
CARD_BUTTON_PX = 200  # the card again, when the lesson asks it
DETAILS_LINES = 5  # lines of the explanation box on the ledger page
RULES_DETAILS_LINES = 7  # ... and on the rules page: the rule, its parts, the record, sources
TOTALS_WIDTH_PX = 380
MORE_BUTTON_PX = 360  # the Discuss page's button to the next questions


class DebriefScene(Scene):
    """The reveal: charts, the ledger, evidence labels and questions."""

    def __init__(self, data: GameData, session: Session, game: Game) -> None:
        self.data = data
        self.session = session
        self.game = game
        self.debrief = build_debrief(game.state, game.content)
        self.page = PAGES[0]
        self.focus = FocusGroup()
        self.list: ScrollList | None = None
        self.export_message = ""
        self.export_mark = ""  # ✓ where the picture went, ⚠ if it could not be saved
        self.question_part = 0  # which part of the questions shows, when they need several
        self.question_parts: list[list[str]] = [[]]
        self.points: list[DecisionPoint] | None = None
        self.what_if: tuple[Game, str] | None = None
        self.other_run: dict | None = None
        self.reveal_shown = 0  # the row of the reveal being shown
        self.reveal_rows: tuple[RevealRow, ...] = ()
        self.reveal_problem = ""  # why the reveal's rows could not be read, if they could not
        try:
            self.reveal_rows = load_reveal(data.data_dir, game.content)
        except ContentError as error:
            self.reveal_problem = str(error)

    def enter(self, context) -> None:
        super().enter(context)
        self.other_run = other_run(context.storage, self.game)
        remember(context.storage, self.game)
        self.rebuild()

    def resume(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        theme, t = self.context.theme, self.data.t
        spacing, fonts = theme.spacing, self.context.fonts
        row_h = max(fonts.line_height(theme.fonts.heading, True), spacing.button_height)
        top = MARGIN_PX // 2
        back = pygame.Rect(0, top, BACK_BUTTON_PX, row_h)
        back.right = SCREEN_RECT.right - MARGIN_PX
        save = pygame.Rect(0, top, SAVE_BUTTON_PX, row_h)
        save.right = back.left - spacing.gap
        card = pygame.Rect(0, top, CARD_BUTTON_PX if self.card_due() else 0, row_h)
        card.right = save.left - (spacing.gap if card.width else 0)
        self.title_rect = pygame.Rect(MARGIN_PX, top, card.left - spacing.gap - MARGIN_PX, row_h)
        tabs_top = self.title_rect.bottom + spacing.gap
        tab_w = (SCREEN_RECT.width - 2 * MARGIN_PX - (len(PAGES) - 1) * spacing.gap) // len(PAGES)
        items: list = []
        for index, page in enumerate(PAGES):
            rect = pygame.Rect(MARGIN_PX + index * (tab_w + spacing.gap), tabs_top, tab_w,
                               spacing.button_height)
            label = t(PAGE_LABELS.get(page, f"ui.debrief.tab_{page}"))
            items.append(Button(f"page:{page}", rect, label, hotkey=str(index + 1)))
        even_out_button_labels(items, theme, fonts)
        area_top = tabs_top + spacing.button_height + spacing.gap + rows_module.SELECTED_BAR_PX
        self.area = pygame.Rect(MARGIN_PX, area_top, SCREEN_RECT.width - 2 * MARGIN_PX,
                                SCREEN_RECT.bottom - MARGIN_PX // 2 - area_top)
        self.list = None
        if self.page in ("ledger", "rules"):
            lines = RULES_DETAILS_LINES if self.page == "rules" else DETAILS_LINES
            details_h = lines * fonts.line_height(theme.fonts.small) + 2 * spacing.padding
            list_left = self.area.left
            list_top = self.area.top
            if self.page == "ledger":  # the totals take the left column, top to bottom
                list_left = self.area.left + TOTALS_WIDTH_PX + spacing.gap
                rows = pages.ledger_rows(self.debrief, self.data, self.game.content)
            else:
                list_top = self.area.top + fonts.line_height(theme.fonts.small) + spacing.gap
                rows = pages.rule_rows(self.debrief, self.data, self.game.content)
            self.details = pygame.Rect(list_left, self.area.bottom - details_h,
                                       self.area.right - list_left, details_h)
            viewport = pygame.Rect(list_left, list_top, self.area.right - list_left,
                                   self.details.top - spacing.gap - list_top)
            self.list = ScrollList(viewport, rows, row_height_px=spacing.row_height)
            even_out_labels(rows, self.list.row_width_px, theme, fonts)
            items.append(self.list)
        elif self.page == "whatif":  # the list and its two buttons left, the table right
            list_width = int(self.area.width * WHAT_IF_LIST_SHARE)
            height = spacing.button_height
            replay = pygame.Rect(self.area.left, self.area.bottom - height, list_width, height)
            other = replay.move(0, -(height + spacing.gap))
            viewport = pygame.Rect(self.area.left, self.area.top, list_width,
                                   other.top - spacing.gap - self.area.top)
            panel_left = viewport.right + spacing.gap
            self.compare_rect = pygame.Rect(panel_left, self.area.top,
                                            self.area.right - panel_left, self.area.height)
            mode = "replay_hidden" if self.game.state.transparent else "replay_shown"
            items.append(Button("replay", replay, t(f"ui.formula.{mode}"), hotkey="x"))
            items.append(Button("other_side", other, self.other_side_label(), hotkey="o"))
            rows = decision_rows(self.data, self.game.content, self.decisions())
            self.list = ScrollList(viewport, rows, row_height_px=spacing.row_height)
            even_out_labels(rows, self.list.row_width_px, theme, fonts)
            items.append(self.list)
        elif self.page == "reveal":
            self._add_reveal_buttons(items)
        presenter = self.context.settings.presenter
        self.question_parts = pages.question_parts(self.area, self.data, theme, fonts, presenter)
        if len(self.question_parts) > 1:  # leave room for the button to the next part
            self.question_parts = pages.question_parts(
                self.area.inflate(0, -2 * (spacing.button_height + spacing.gap)),
                self.data, theme, fonts, presenter)
        self.question_part %= len(self.question_parts)
        if self.page == "questions" and len(self.question_parts) > 1:  # the rest, one key away
            more = pygame.Rect(0, 0, MORE_BUTTON_PX, spacing.button_height)
            more.bottomright = (self.area.right - spacing.padding,
                                self.area.bottom - spacing.padding)
            items.append(Button("more_questions", more, t(
                "ui.debrief.more_questions", part=self.question_part + 1,
                parts=len(self.question_parts)), hotkey="m"))
        items.append(Button("save_image", save, t("ui.debrief.save_image"), hotkey="s",
                            tooltip=self.export_message or t("ui.debrief.save_image_tip")))
        items.append(Button("title", back, t("ui.debrief.back_to_title"), hotkey="t"))
        if self.card_due():  # beside Save image: the tabs keep their width
            items.append(Button("card_again", card, t("ui.lesson.again"), hotkey="k",
                                tooltip=t("ui.lesson.again_tip")))
        focused = self.focus.focused_id
        self.focus.set_items(items)
        if focused is None or focused.startswith("page:"):
            self.focus.focus(f"page:{self.page}")

    def _add_reveal_buttons(self, items: list) -> None:
        """Previous, Next rule and the full Evidence table, under the card."""
        t, spacing = self.data.t, self.context.theme.spacing
        self.reveal_layout = reveal.reveal_layout(self.area, spacing.button_height, spacing.gap)
        row = self.reveal_layout.buttons
        room = row.width - (len(REVEAL_BUTTON_SHARES) - 1) * spacing.gap
        last = len(self.reveal_rows) - 1
        left = row.left
        for share, (widget_id, label, key, enabled) in zip(REVEAL_BUTTON_SHARES, (
                ("reveal_previous", t("ui.reveal.previous"), "b", self.reveal_shown > 0),
                ("reveal_next", t("ui.reveal.next"), "n", self.reveal_shown < last),
                ("reveal_evidence", t("ui.reveal.evidence"), "e", True)), strict=True):
            rect = pygame.Rect(left, row.top, int(room * share), row.height)
            items.append(Button(widget_id, rect, label, hotkey=key, enabled=enabled))
            left = rect.right + spacing.gap

    def spoken_text(self) -> str:
        t = self.data.t
        parts = [t("ui.debrief.title"), self.export_message]
        if self.page == "summary" and self.game.state.ending:
            parts += [self.ended_early_line(), t(f"ending.{self.game.state.ending}.title"),
                      t(f"ending.{self.game.state.ending}.text"),
                      t("ui.debrief.result_code", code=self.game.result_code())]
        if self.page == "reveal" and self.reveal_rows:
            parts.append(reveal.row_spoken(self.data, self.reveal_rows[self.reveal_shown],
                                           self.reveal_shown, len(self.reveal_rows)))
        return spoken(*parts, *focused_words(self.focus))

    def handle(self, event: pygame.event.Event) -> Transition | None:
        activated = self.focus.handle(event)
        if activated is None:
            return None
        self.context.sounds.play("click")
        if activated.startswith("page:"):
            self.page = activated.partition(":")[2]
            self.rebuild()
            return None
        if activated == "title":
            return reset("title", self.data)
        if activated == "more_questions":
            self.question_part = (self.question_part + 1) % len(self.question_parts)
            self.rebuild()
            self.focus.focus("more_questions")
            return None
        if activated in ("reveal_next", "reveal_previous"):
            step = 1 if activated == "reveal_next" else -1
            self.reveal_shown = max(0, min(len(self.reveal_rows) - 1, self.reveal_shown + step))
            self.rebuild()
            if not self.focus.get(activated).enabled:  # the first or last row: the other way
                self.focus.focus("reveal_previous" if step > 0 else "reveal_next")
            else:
                self.focus.focus(activated)
            return None
        if activated == "reveal_evidence":
            self.page = "rules"
            self.rebuild()
            return None
        if activated == "save_image":
            self.save_image()
        if activated == "card_again":
            return push("card", self.data, self.session, self.game, "after")
        if activated == "replay":
            return self.replay_other_mode()
        if activated == "other_side":
            return self.play_other_side()
        if activated.startswith("decision:"):
            point = self.decisions()[int(activated.partition(":")[2])]
            return push("what_if", self.data, self.game.content, point, self.try_instead)
        return None

    def card_due(self) -> bool:
        """Whether the lesson asks the card and it has not been answered after the reveal."""
        return self.game.state.card and not self.game.state.card_after

    def replay_other_mode(self) -> Transition:
        """The same world again, with the formula shown (or hidden, if it was shown)."""
        session = Session(self.data, self.context.storage)
        game = session.new_game(self.game.state.seed, self.data,
                                transparent=not self.game.state.transparent)
        return reset("play", self.data, session, game)

    def other_side_scenario(self) -> str:
        """The other role of this world: the low-score friend, or back to the first side."""
        return "default" if self.game.content.scenario.id == OTHER_SIDE else OTHER_SIDE

    def other_side_label(self) -> str:
        target = self.other_side_scenario()
        return (self.data.t("ui.otherside.play") if target == OTHER_SIDE
                else self.data.t(f"scenario.{target}.name"))

    def play_other_side(self) -> Transition:
        """The same world (seed) played in the other role."""
        try:
            data = self.data.for_scenario(self.other_side_scenario())
        except ContentError as error:
            return reset("error", str(error))
        session = Session(data, self.context.storage)
        return reset("play", data, session, session.new_game(self.game.state.seed, data))

    def ended_early_line(self) -> str:
        """"Ended early: 4 of 12 weeks played." ("" for a season played to its end), shown
        in place of the debrief's title."""
        if not self.game.ended_early:
            return ""
        return self.data.t("ui.lesson.ended_early", played=self.game.state.week - 1,
                           weeks=self.game.content.scenario.weeks)

    def decisions(self) -> list[DecisionPoint]:
        """The season's changeable decisions (found once, by replaying the log)."""
        if self.points is None:
            self.points = decision_points(self.game.content, self.game.state.seed,
                                          self.game.log)
        return self.points

    def try_instead(self, point: DecisionPoint, alternative) -> None:
        """Play the season again with one decision changed, for the comparison."""
        ended_after = self.game.state.week - 1 if self.game.ended_early else None
        changed = replay_with_change(self.game.content, self.game.state.seed, self.game.log,
                                     point.index, alternative, ended_after)
        strings, content = self.data.strings, self.game.content
        line = self.data.t("ui.whatif.changed_line", week=point.week,
                           decision=decision_text(strings, content, point),
                           instead=alternative_text(strings, content, point, alternative))
        self.what_if = (changed, line)

    def save_image(self) -> ExportResult:
        """Export the current page as a PNG (a download in the browser) and say where."""
        picture = pygame.Surface(SCREEN_RECT.size)
        picture.fill(self.context.theme.palette.background)
        focused = self.focus.focused_id
        self.focus.set_items([])  # no focus ring or buttons in the picture
        self._draw_page(picture)
        self.rebuild()
        if focused is not None:
            self.focus.focus(focused)
        name = f"credit-to-society-{self.game.state.seed}-{self.page}"
        result = export_png(picture, name)
        t = self.data.t
        self.export_mark = "✓" if result.ok else "⚠"
        if result.download_refused:
            self.export_message = t("ui.debrief.download_failed")
        elif result.problem:
            self.export_message = t("ui.debrief.save_failed", problem=result.problem)
        elif result.downloaded:
            self.export_message = t("ui.debrief.downloaded", name=result.path.name)
        else:
            self.export_message = t("ui.debrief.saved", path=str(result.path))
        self.rebuild()
        self.focus.focus("save_image")
        return result

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        self._draw_page(surface, status=self.export_message)
        if self.page in ("ledger", "rules"):
            self._draw_details(surface)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False,
                     draw_row=lambda s, row, state: draw_list_row(s, row, state, theme, fonts))
        draw_selected_tab(surface, self.focus.get(f"page:{self.page}").rect, theme)

    def _draw_page(self, surface: pygame.Surface, status: str = "") -> None:
        """The title (or, after an export, where the picture went) and the current page,
        without the widgets."""
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        if status:
            color = theme.palette.text if self.export_mark == "✓" else theme.palette.warning
            draw_fitted_line(surface, f"{self.export_mark} {status}", self.title_rect, fonts,
                             size=theme.fonts.body, min_size=theme.fonts.small - 6,
                             color=color, bold=True)
        else:
            draw_fitted_line(surface, self.ended_early_line() or t("ui.debrief.title"),
                             self.title_rect, fonts,
                             size=theme.fonts.heading, min_size=theme.fonts.small,
                             color=theme.palette.text, bold=True)
        if self.page == "summary":
            pages.draw_summary(surface, self.area, self.debrief, self.data, theme, fonts,
                               codes=(self.game.seed_code(), self.game.result_code()),
                               presenter=self.context.settings.presenter)
        elif self.page == "ledger":
            totals = pygame.Rect(self.area.left, self.area.top, TOTALS_WIDTH_PX,
                                 self.area.height)
            pages.draw_ledger_totals(surface, totals, self.debrief, self.game.state.score,
                                     self.data, theme, fonts, self.game.content.dimension_ids)
        elif self.page == "rules":
            key = pygame.Rect(self.area.left, self.area.top, self.area.width,
                              fonts.line_height(theme.fonts.small))
            pages.draw_label_key(surface, key, self.data, theme, fonts)
        elif self.page == "reveal":
            self._draw_reveal(surface)
        elif self.page == "questions":
            pages.draw_questions(surface, self.area, self.data, theme, fonts,
                                 self.question_parts[self.question_part],
                                 presenter=self.context.settings.presenter)
        else:
            self._draw_what_if(surface)

    def _draw_reveal(self, surface: pygame.Surface) -> None:
        """The six topics and the row being shown (or why the rows could not be read)."""
        theme, fonts = self.context.theme, self.context.fonts
        if not self.reveal_rows:
            draw_text_box_shrinking(surface, self.reveal_problem, self.area, fonts,
                                    sizes=shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX),
                                    color=theme.palette.warning)
            return
        layout = self.reveal_layout
        reveal.draw_topics(surface, layout.topics, self.reveal_rows, self.reveal_shown,
                           self.data, theme, fonts)
        reveal.draw_card(surface, layout.card, self.reveal_rows[self.reveal_shown],
                         self.reveal_shown, len(self.reveal_rows), self.data, theme, fonts,
                         presenter=self.context.settings.presenter)

    def _draw_what_if(self, surface: pygame.Surface) -> None:
        """A changed decision beside the season as played; before any change, this world
        played with the formula hidden beside it shown (when both were played here)."""
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        played = figures(self.game)
        if self.what_if is not None:
            changed, line = self.what_if
            columns = [(t("ui.whatif.as_played"), played),
                       (t("ui.whatif.changed"), figures(changed))]
        elif self.other_run is not None:
            hidden, shown = ((self.other_run, played) if self.game.state.transparent
                             else (played, self.other_run))
            columns = [(t("ui.formula.col_hidden"), hidden), (t("ui.formula.col_shown"), shown)]
            line = t("ui.formula.compare_title")
        else:
            columns = [(t("ui.whatif.as_played"), played)]
            line = f"{t('ui.whatif.intro')}\n\n{t('ui.whatif.none_yet')}\n\n{t('ui.formula.none')}"
        draw_comparison(surface, self.compare_rect, self.data, columns, line, theme, fonts)

    def _draw_details(self, surface: pygame.Surface) -> None:
        theme, fonts = self.context.theme, self.context.fonts
        inner = draw_panel(surface, self.details, theme)
        target = self.focus.tooltip_target() or self.focus.focused
        text = target.tooltip if target is not None and target.tooltip else (
            self.data.t("ui.debrief.rules_intro") if self.page == "rules"
            else self.data.t("ui.debrief.ledger_intro", count=len(self.list.rows),
                             heading=self.data.t("ui.debrief.ledger_heading")))
        draw_text_box_shrinking(surface, text, inner, fonts,  # long evidence may shrink
                                sizes=shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX),
                                color=theme.palette.text)
