"""Class results, with no server: the teacher types the result codes students read out from
their debriefs, pastes many at once (Ctrl+V on the desktop) or drops a text file of them on
the window; the screen shows the spread of endings, scores, friends dropped and posts held
back, and (F2) the before-and-after card's right answers per statement. A code that cannot
be used is listed with what is wrong, on its own row, and left out of the charts."""

from __future__ import annotations

import os

import pygame

from game.engine import ClassSummary, CodeError, card_shifts, summarise, with_card
from game.game_data import GameData
from game.scenes.common import (
    CODE_CHARACTERS,
    MARGIN_PX,
    SCREEN_RECT,
    focused_words,
    spoken,
)
from game.scenes.rows import ListRow, draw_list_row, even_out_labels
from game.shell import Scene, Transition, reset
from game.ui.bars import draw_bars
from game.ui.clipboard import clipboard_text, is_paste
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.paired_bars import PairedRow, draw_paired_bars
from game.ui.scroll_list import ScrollList
from game.ui.text_box import (
    draw_fitted_line,
    draw_text_box,
    draw_text_box_shrinking,
    shrink_sizes,
)
from game.ui.text_field import TextField
from game.ui.theme import MIN_BODY_TEXT_PX
from game.ui.widgets import Button, draw_panel

LEFT_COLUMN_PX = 470  # at least; wider where a whole code and its mark need it
CODE_SAMPLE = "✓ 0000-0000-0000-0000-0000-00000"  # a lesson's code (one with the card shrinks)
MAX_LEFT_COLUMN_PX = 640  # the charts keep the rest
CODE_ROW_ROOM_PX = 70  # beside the code: the row's padding and a mark that there is more
CODE_FIELD_MAX = 48  # a result code is up to 33 characters plus 8 dashes; room for spaces
STATS = ("score", "friends_dropped", "held_back", "said", "reports")
CODES_DOCUMENT = "class-codes"  # the codes entered, kept until removed
MAX_CODES = 200  # codes a class list keeps (a class is about 30)
MAX_CODE_CHARS = 48  # a result code is up to 33 characters and 8 dashes
MAX_FILE_BYTES = 64_000  # a dropped file of codes: 30 codes take about 1.3 kB
VIEW_BUTTON_PX = 300
PERCENT = 100


class ClassResultsScene(Scene):
    """Codes on the left, charts and figures on the right."""

    def __init__(self, data: GameData) -> None:
        self.data = data
        self.codes: list[str] = []
        self.summary = ClassSummary()
        self.focus = FocusGroup()
        self.field = TextField("code", pygame.Rect(0, 0, 10, 10),
                               placeholder=data.t("ui.results.placeholder"),
                               max_length=CODE_FIELD_MAX,
                               allowed=lambda ch: ch in CODE_CHARACTERS)
        self.list: ScrollList | None = None
        self.view = "overview"  # or "card": the before-and-after chart
        self.status = ""  # what the last paste or dropped file did
        self.contents: dict = {}  # scenarios loaded once, for every re-read of the class

    def enter(self, context) -> None:
        super().enter(context)
        stored = context.storage.read_json(CODES_DOCUMENT).data or {}
        codes = stored.get("codes", [])
        self.codes = [code.strip() for code in (codes if isinstance(codes, list) else [])
                      if isinstance(code, str) and 0 < len(code.strip()) <= MAX_CODE_CHARS]
        del self.codes[MAX_CODES:]
        self.summary = summarise(self.codes, self.data.data_dir, self.contents)
        self.rebuild()
        self.focus.focus("code")

    def rebuild(self) -> None:
        theme, t = self.context.theme, self.data.t
        spacing, fonts = theme.spacing, self.context.fonts
        row_h = max(fonts.line_height(theme.fonts.heading, True), spacing.button_height)
        self.title_rect = pygame.Rect(MARGIN_PX, MARGIN_PX // 2, 600, row_h)
        back = pygame.Rect(0, MARGIN_PX // 2, 270, row_h)
        back.right = SCREEN_RECT.right - MARGIN_PX
        view = pygame.Rect(0, MARGIN_PX // 2, VIEW_BUTTON_PX, row_h)
        view.right = back.left - spacing.gap
        self.title_rect.width = min(self.title_rect.width, view.left - spacing.gap - MARGIN_PX)
        top = self.title_rect.bottom + spacing.gap
        smallest = fonts.font(MIN_BODY_TEXT_PX - 4, True)  # the least a code row shrinks to
        code_px = max([fonts.font(theme.fonts.small, True).size(CODE_SAMPLE)[0]]
                      + [smallest.size(f"✓ {code}")[0] for code in self.codes])
        code_px = min(code_px, MAX_LEFT_COLUMN_PX - CODE_ROW_ROOM_PX)
        self.left = pygame.Rect(MARGIN_PX, top, max(LEFT_COLUMN_PX, code_px + CODE_ROW_ROOM_PX),
                                SCREEN_RECT.bottom - MARGIN_PX // 2 - top)
        self.right = pygame.Rect(self.left.right + spacing.gap, top,
                                 SCREEN_RECT.right - MARGIN_PX - self.left.right - spacing.gap,
                                 self.left.height)
        self.field.rect = pygame.Rect(self.left.left, self.left.top, self.left.width,
                                      spacing.button_height)
        add = pygame.Rect(self.left.left, self.field.rect.bottom + spacing.gap,
                          (self.left.width - spacing.gap) // 2, spacing.button_height)
        remove = pygame.Rect(add.right + spacing.gap, add.top, add.width, add.height)
        hint_lines = len(fonts.wrap(self.hint_text(), theme.fonts.small, self.left.width))
        self.hint_rect = pygame.Rect(self.left.left, add.bottom + spacing.gap, self.left.width,
                                     hint_lines * fonts.line_height(theme.fonts.small))
        viewport = pygame.Rect(self.left.left, self.hint_rect.bottom + spacing.gap,
                               self.left.width, self.left.bottom - self.hint_rect.bottom
                               - spacing.gap)
        rows = self.code_rows()
        if self.list is None or self.list.viewport != viewport:
            self.list = ScrollList(viewport, rows, row_height_px=spacing.row_height)
        else:
            self.list.set_rows(rows)
        even_out_labels(rows, self.list.row_width_px, theme, self.context.fonts)
        focused = self.focus.focused_id
        self.focus.set_items([
            self.field,
            Button("add", add, t("ui.results.add"), hotkey="return"),
            Button("remove", remove, t("ui.results.remove"), hotkey="delete",
                   enabled=bool(self.codes)),
            self.list,
            Button("view", view, t("ui.lesson.view_overview" if self.view == "card"
                                   else "ui.lesson.view_card"), hotkey="f2"),
            Button("title", back, t("ui.debrief.back_to_title"), hotkey="escape"),
        ])
        if focused is not None and focused in [w.id for w in self.focus.widgets]:
            self.focus.focus(focused)

    def code_rows(self) -> list[ListRow]:
        """One row per code entered, newest first: ✓ and its ending, or ✗ and the reason
        (a repeated code is ✗ like any other left out)."""
        t = self.data.t
        rows = []
        for index, entry in reversed(list(enumerate(self.summary.entries))):
            text = self.codes[index]
            if isinstance(entry, CodeError):
                reason = t(f"ui.code_error.{entry.key}", **entry.params)
                rows.append(ListRow(f"entry:{index}", text, reason, enabled=False,
                                    tooltip=f"{t('ui.results.skipped')}: {text} {reason}",
                                    keep_label=True))
            else:
                detail = t(f"ending.{entry.ending}.title")
                rows.append(ListRow(f"entry:{index}", text, detail, mark="✓",
                                    tooltip=f"{text}: {detail}", keep_label=True))
        return rows

    def hint_text(self) -> str:
        """How to enter codes, how many were left out, and what the last paste did."""
        t = self.data.t
        lines = [t("ui.results.hint", skipped=len(self.summary.skipped)),
                 t("ui.lesson.paste_hint")]
        return "\n".join([*lines, self.status] if self.status else lines)

    def add_code(self) -> None:
        """Add what the field holds (several codes at once if pasted with spaces)."""
        self.add_codes(self.field.text)
        self.field.text = ""

    def add_codes(self, block: str) -> int:
        """Add every code in a block of text (separated by spaces, tabs or lines), each
        checked on its own row; returns how many were added."""
        added = 0
        for text in block.split():
            if len(text) <= MAX_CODE_CHARS and len(self.codes) < MAX_CODES:
                self.codes.append(text)
                added += 1
        self.refresh()
        return added

    def paste(self, block: str) -> None:
        """Codes pasted or read from a file, with a line saying how many were added."""
        self.status = ""
        added = self.add_codes(block)
        self.status = self.data.t("ui.lesson.pasted", count=added)
        self.rebuild()

    def read_file(self, path: str) -> None:
        """A text file dropped on the window: its codes, or why it could not be read."""
        name = os.path.basename(path)
        try:
            with open(path, "rb") as file:
                raw = file.read(MAX_FILE_BYTES + 1)
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError(f"over {MAX_FILE_BYTES // 1000} kB")
            text = raw.decode("utf-8-sig")
        except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
            problem = getattr(error, "strerror", None) or str(error)
            self.status = self.data.t("ui.lesson.file_problem", name=name, problem=problem)
            self.rebuild()
            return
        self.paste(text)

    def refresh(self) -> None:
        self.summary = summarise(self.codes, self.data.data_dir, self.contents)
        self.context.storage.write_json(CODES_DOCUMENT, {"codes": self.codes})
        self.rebuild()

    def spoken_text(self) -> str:
        t = self.data.t
        parts = [t("ui.results.title", read=len(self.summary.read)),
                 t("ui.results.hint", skipped=len(self.summary.skipped))]
        parts += [f"{t(f'ending.{e}.title')}: {n}" for e, n in self.summary.endings().items()]
        return spoken(*parts, *focused_words(self.focus))

    def handle(self, event: pygame.event.Event) -> Transition | None:
        if is_paste(event):
            self.paste(clipboard_text())
            return None
        if event.type == pygame.DROPFILE:
            self.read_file(event.file)
            return None
        if self.focus.focused_id == "code" and self.field.handle(event):
            return None
        if (self.focus.focused_id == "code" and event.type == pygame.KEYDOWN
                and event.key == pygame.K_SPACE):
            return None  # a space is typed into the code, not a press of the field
        if event.type == pygame.TEXTINPUT:
            return None
        activated = self.focus.handle(event)
        if activated == "add" or (activated == "code"):
            self.add_code()
            self.focus.focus("code")
        elif activated == "remove" and self.codes:
            self.codes.pop()
            self.refresh()
        elif activated == "view":
            self.view = "overview" if self.view == "card" else "card"
            self.rebuild()
        elif activated == "title":
            return reset("title", self.data)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        read = len(self.summary.read)
        draw_fitted_line(surface, t("ui.results.title", read=read), self.title_rect, fonts,
                         size=theme.fonts.heading, min_size=theme.fonts.body,
                         color=theme.palette.text, bold=True)
        draw_text_box(surface, self.hint_text(), self.hint_rect, fonts,
                      size=theme.fonts.small, color=theme.palette.muted_text)
        if self.view == "card":
            self._draw_card_chart(surface)
        else:
            self._draw_charts(surface)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=True,
                     draw_row=lambda s, row, state: draw_list_row(s, row, state, theme, fonts))
        self.field.draw(surface, theme, fonts, self.focus.state_of("code"))

    def _draw_charts(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        inner = draw_panel(surface, self.right, theme)
        if not self.summary.read:
            draw_text_box(surface, t("ui.results.empty"), inner, fonts, size=theme.fonts.body,
                          color=theme.palette.muted_text)
            return
        gap = theme.spacing.gap
        top_h = inner.height * 9 // 20
        endings = [(t(f"ending.{e}.title"), n) for e, n in self.summary.endings().most_common()]
        draw_bars(surface, pygame.Rect(inner.left, inner.top, inner.width, top_h), endings,
                  theme, fonts, t("ui.results.endings"))
        lower = pygame.Rect(inner.left, inner.top + top_h + gap, inner.width,
                            inner.bottom - inner.top - top_h - gap)
        half = (lower.width - gap) // 2
        bands = [(f"{low}–{high}", n) for (low, high), n in self.summary.score_bands()]
        draw_bars(surface, pygame.Rect(lower.left, lower.top, half, lower.height), bands,
                  theme, fonts, t("ui.results.scores"))
        lines = [t("ui.results.stats_title")]
        for name in STATS:
            low, middle, high = self.summary.stats(name)
            lines.append(t(f"ui.results.stat_{name}", low=low, median=f"{middle:g}", high=high))
        total = len(self.summary.read)
        lines.append(t("ui.results.droppers", count=sum(
            1 for v in self.summary.values("friends_dropped") if v), total=total))
        lines.append(t("ui.results.reporters", count=sum(
            1 for v in self.summary.values("reports") if v), total=total))
        if self.summary.ended_early():
            lines.append(t("ui.lesson.ended_early_count", count=self.summary.ended_early(),
                           total=total))
        draw_text_box_shrinking(surface, "\n".join(lines), pygame.Rect(
            lower.left + half + gap, lower.top, half, lower.height), fonts,
            sizes=shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4), color=theme.palette.text)

    def card_rows(self) -> list[PairedRow]:
        """One pair of bars per statement: the share right before and after."""
        t = self.data.t
        rows = []
        for shift in card_shifts(self.summary, self.data.quiz):
            texts = []
            for word, share in (("before", shift.before_share), ("after", shift.after_share)):
                figure = (t("ui.lesson.none_answered") if share is None
                          else f"{round(share * PERCENT)} %")
                texts.append(f"{t(f'ui.lesson.{word}')} {figure}")
            rows.append(PairedRow(t(f"quiz_short.{shift.statement}"), shift.before_share,
                                  shift.after_share, *texts))
        return rows

    def _draw_card_chart(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        inner = draw_panel(surface, self.right, theme)
        count = with_card(self.summary)
        if not count:
            draw_text_box(surface, t("ui.lesson.card_none"), inner, fonts,
                          size=theme.fonts.body, color=theme.palette.muted_text)
            return
        draw_paired_bars(surface, inner, self.card_rows(), theme, fonts,
                         t("ui.lesson.card_chart", count=count))
