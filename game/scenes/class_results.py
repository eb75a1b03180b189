"""Class results, with no server: the teacher types the result codes students read out from
their debriefs; the screen shows the spread of endings, scores, friends dropped and posts
held back. A mistyped code is listed with what is wrong and left out of the charts."""

from __future__ import annotations

import pygame

from game.engine import ClassSummary, CodeError, summarise
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
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.scroll_list import ScrollList
from game.ui.text_box import draw_fitted_line, draw_text_box
from game.ui.text_field import TextField
from game.ui.widgets import Button, draw_panel

LEFT_COLUMN_PX = 470  # at least; wider where a whole code and its mark need it
CODE_SAMPLE = "✓ 0000-0000-0000-0000-0000-00"  # as wide as a result code in its row
CODE_ROW_ROOM_PX = 110  # beside the code: the row's padding and a glimpse of the ending
CODE_FIELD_MAX = 40  # a result code is 20 characters plus dashes; room for a stray space
STATS = ("score", "friends_dropped", "held_back", "said", "reports")
CODES_DOCUMENT = "class-codes"  # the codes entered, kept until removed
MAX_CODES = 200  # codes a class list keeps (a class is about 30)
MAX_CODE_CHARS = 40  # a result code is 22 characters and 5 dashes


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

    def enter(self, context) -> None:
        super().enter(context)
        stored = context.storage.read_json(CODES_DOCUMENT).data or {}
        codes = stored.get("codes", [])
        self.codes = [code.strip() for code in (codes if isinstance(codes, list) else [])
                      if isinstance(code, str) and 0 < len(code.strip()) <= MAX_CODE_CHARS]
        del self.codes[MAX_CODES:]
        self.summary = summarise(self.codes, self.data.data_dir)
        self.rebuild()
        self.focus.focus("code")

    def rebuild(self) -> None:
        theme, t = self.context.theme, self.data.t
        spacing, fonts = theme.spacing, self.context.fonts
        row_h = max(fonts.line_height(theme.fonts.heading, True), spacing.button_height)
        self.title_rect = pygame.Rect(MARGIN_PX, MARGIN_PX // 2, 600, row_h)
        back = pygame.Rect(0, MARGIN_PX // 2, 270, row_h)
        back.right = SCREEN_RECT.right - MARGIN_PX
        top = self.title_rect.bottom + spacing.gap
        code_px = fonts.font(theme.fonts.small, True).size(CODE_SAMPLE)[0]
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
        hint_lines = len(fonts.wrap(t("ui.results.hint", skipped=len(self.summary.skipped)),
                                    theme.fonts.small, self.left.width))
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
                rows.append(ListRow(f"entry:{index}", text, t("ui.results.skipped"),
                                    enabled=False, tooltip=f"{text} {reason}", keep_label=True))
            else:
                detail = t(f"ending.{entry.ending}.title")
                rows.append(ListRow(f"entry:{index}", text, detail, mark="✓",
                                    tooltip=f"{text}: {detail}", keep_label=True))
        return rows

    def add_code(self) -> None:
        """Add what the field holds (several codes at once if pasted with spaces)."""
        for text in self.field.text.split():
            if len(text) <= MAX_CODE_CHARS and len(self.codes) < MAX_CODES:
                self.codes.append(text)
        self.field.text = ""
        self.refresh()

    def refresh(self) -> None:
        self.summary = summarise(self.codes, self.data.data_dir)
        self.context.storage.write_json(CODES_DOCUMENT, {"codes": self.codes})
        self.rebuild()

    def spoken_text(self) -> str:
        t = self.data.t
        parts = [t("ui.results.title", read=len(self.summary.read)),
                 t("ui.results.hint", skipped=len(self.summary.skipped))]
        parts += [f"{t(f'ending.{e}.title')}: {n}" for e, n in self.summary.endings().items()]
        return spoken(*parts, *focused_words(self.focus))

    def handle(self, event: pygame.event.Event) -> Transition | None:
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
        elif activated == "title":
            return reset("title", self.data)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        theme, fonts, t = self.context.theme, self.context.fonts, self.data.t
        read, skipped = len(self.summary.read), len(self.summary.skipped)
        draw_fitted_line(surface, t("ui.results.title", read=read), self.title_rect, fonts,
                         size=theme.fonts.heading, min_size=theme.fonts.body,
                         color=theme.palette.text, bold=True)
        draw_text_box(surface, t("ui.results.hint", skipped=skipped), self.hint_rect, fonts,
                      size=theme.fonts.small, color=theme.palette.muted_text)
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
        draw_text_box(surface, "\n".join(lines), pygame.Rect(lower.left + half + gap, lower.top,
                                                             half, lower.height),
                      fonts, size=theme.fonts.small, color=theme.palette.text)
