"""The debrief's What if page: the decisions that can be changed, and two seasons compared."""

from __future__ import annotations

import pygame

from game.engine import DecisionPoint
from game.game_data import GameData
from game.presentation import decision_text
from game.scenes.rows import ListRow
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line, draw_text_box
from game.ui.theme import Theme
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


def decision_rows(data: GameData, content, points: list[DecisionPoint]) -> list[ListRow]:
    """One row per decision that can be changed, in the order they were made."""
    rows = []
    for number, point in enumerate(points):
        text = data.t("ui.whatif.decision_row", week=point.week,
                      decision=decision_text(data.strings, content, point))
        rows.append(ListRow(f"decision:{number}", text, tooltip=text))
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
    t, palette = data.t, theme.palette
    if len(columns) < 2:
        draw_text_box(surface, head_line, inner, fonts, size=theme.fonts.small,
                      color=palette.text)
        return
    head = draw_text_box(surface, head_line, inner, fonts, size=theme.fonts.small,
                         color=palette.text, bold=True)
    step = fonts.line_height(theme.fonts.small) + 6
    top = head.used_rect.bottom + theme.spacing.gap
    label_w = int(inner.width * LABEL_SHARE)
    column_w = (inner.width - label_w) // 2
    columns = [(title, shown_values(data, figures)) for title, figures in columns]
    for index, (title, _) in enumerate(columns):
        cell = pygame.Rect(inner.left + label_w + index * column_w, top, column_w, step)
        draw_fitted_line(surface, title, cell, fonts, size=theme.fonts.small,
                         min_size=theme.fonts.small - 6, color=palette.text, bold=True)
    for row_index, (row, label_key) in enumerate(COMPARE_ROWS.items()):
        y = top + (row_index + 1) * step
        if y + step > inner.bottom:
            break
        label = pygame.Rect(inner.left, y, label_w, step)
        draw_fitted_line(surface, t(label_key), label, fonts,
                         size=theme.fonts.small, min_size=theme.fonts.small - 6,
                         color=palette.muted_text)
        before, after = columns[0][1][row], columns[1][1][row]
        for index, value in enumerate((before, after)):
            cell = pygame.Rect(inner.left + label_w + index * column_w, y, column_w - 8, step)
            mark = " ◆" if index == 1 and value != before else ""
            draw_fitted_line(surface, value + mark, cell, fonts, size=theme.fonts.small,
                             min_size=theme.fonts.small - 8, color=palette.text,
                             bold=index == 1 and value != before)
