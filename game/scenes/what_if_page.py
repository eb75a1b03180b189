"""The debrief's What if page: the decisions that can be changed, and two seasons compared."""

from __future__ import annotations

import pygame

from game.engine import DecisionPoint
from game.game_data import GameData
from game.presentation import decision_text
from game.scenes.rows import ListRow
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line, draw_text_box, shrink_sizes
from game.ui.theme import MIN_BODY_TEXT_PX, Theme
from game.ui.widgets import draw_panel

COMPARE_ROWS = {
    "score": "ui.whatif.row_score", "ending": "ui.whatif.row_ending",
    "wellbeing": "ui.whatif.row_wellbeing", "friends_kept": "ui.whatif.row_kept",
    "friends_dropped": "ui.whatif.row_dropped", "held_back": "ui.whatif.row_held_back",
    "said": "ui.formula.row_said", "withdrawn": "ui.formula.row_withdrawn",
    "reports": "ui.whatif.row_reports",
}
"""The figures two seasons are compared on, with the string key of each row's name."""
LABEL_SHARE = 0.4  # of the comparison table's width given to the row names
ROW_GAP_PX = 6  # between the comparison's rows


def decision_rows(data: GameData, content, points: list[DecisionPoint]) -> list[ListRow]:
    """One row per decision that can be changed, in the order they were made."""
    rows = []
    for number, point in enumerate(points):
        text = data.t("ui.whatif.decision_row", week=point.week,
                      decision=decision_text(data.strings, content, point, short=True))
        full = data.t("ui.whatif.decision_row", week=point.week,
                      decision=decision_text(data.strings, content, point))
        rows.append(ListRow(f"decision:{number}", text, tooltip=full))
    return rows


def shown_values(data: GameData, figures: dict) -> dict[str, str]:
    """A season's figures (see `season_archive.figures`) as the comparison writes them."""
    values = {key: str(figures.get(key, "")) for key in COMPARE_ROWS}
    ending = figures.get("ending")
    values["ending"] = data.t(f"ending.{ending}.title") if ending else ""
    return values


def draw_comparison(surface: pygame.Surface, rect: pygame.Rect, data: GameData,
                    columns: list[tuple[str, dict]], head_line: str, theme: Theme,
                    fonts: FontBook) -> None:
    """Two seasons side by side, row by row, under a line saying what differs between
    them; with no second season, the page's introduction instead."""
    inner = draw_panel(surface, rect, theme)
    palette = theme.palette
    if len(columns) < 2:
        draw_text_box(surface, head_line, inner, fonts, size=theme.fonts.small,
                      color=palette.text)
        return
    head = draw_text_box(surface, head_line, inner, fonts, size=theme.fonts.small,
                         color=palette.text, bold=True)
    top = head.used_rect.bottom + theme.spacing.gap
    area = pygame.Rect(inner.left, top, inner.width, inner.bottom - top)
    columns = [(title, shown_values(data, figures)) for title, figures in columns]
    rows = list(COMPARE_ROWS.items())
    sizes = shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX - 4)
    for groups in (1, 2):  # all rows in one table, or (large text) in two side by side
        per_group = -(-len(rows) // groups)
        fitting = [s for s in sizes
                   if (per_group + 1) * (fonts.line_height(s) + ROW_GAP_PX) <= area.height]
        if fitting:
            break
    size = fitting[0] if fitting else sizes[-1]
    width = (area.width - (groups - 1) * theme.spacing.gap) // groups
    for group in range(groups):
        table = pygame.Rect(area.left + group * (width + theme.spacing.gap), area.top, width,
                            area.height)
        _draw_table(surface, table, rows[group * per_group:(group + 1) * per_group], columns,
                    data, size, theme, fonts)


def _draw_table(surface: pygame.Surface, rect: pygame.Rect, rows, columns, data: GameData,
                size: int, theme: Theme, fonts: FontBook) -> None:
    """One comparison table: the two seasons' titles, then a line per figure."""
    palette = theme.palette
    step = fonts.line_height(size) + ROW_GAP_PX
    label_w = int(rect.width * LABEL_SHARE)
    column_w = (rect.width - label_w) // 2
    for index, (title, _) in enumerate(columns):
        cell = pygame.Rect(rect.left + label_w + index * column_w, rect.top, column_w, step)
        draw_fitted_line(surface, title, cell, fonts, size=size,
                         min_size=MIN_BODY_TEXT_PX - 6, color=palette.text, bold=True)
    for row_index, (row, label_key) in enumerate(rows):
        y = rect.top + (row_index + 1) * step  # every row is drawn: the size fits them
        label = pygame.Rect(rect.left, y, label_w, step)
        draw_fitted_line(surface, data.t(label_key), label, fonts, size=size,
                         min_size=MIN_BODY_TEXT_PX - 6, color=palette.muted_text)
        before = columns[0][1][row]
        for index, value in enumerate((before, columns[1][1][row])):
            cell = pygame.Rect(rect.left + label_w + index * column_w, y, column_w - 8, step)
            mark = " ◆" if index == 1 and value != before else ""
            draw_fitted_line(surface, value + mark, cell, fonts, size=size,
                             min_size=MIN_BODY_TEXT_PX - 6, color=palette.text,
                             bold=index == 1 and value != before)
