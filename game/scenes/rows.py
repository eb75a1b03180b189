"""List rows for the play screen's panels: a name on the left, a detail on the right.

Rows are focusable (they satisfy the toolkit's `Focusable` protocol) and are laid out by a
`ScrollList`. Disabled rows are hatched and marked "✗", never told apart by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.ui.button import DISABLED_MARK, WidgetState, draw_widget_background
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line
from game.ui.theme import MIN_BODY_TEXT_PX, Theme

DETAIL_SHARE = 0.42  # at most this share of a row's width goes to the right-hand detail


@dataclass(eq=False)
class ListRow:
    """One row of a panel list."""

    id: str
    label: str
    detail: str = ""
    mark: str = ""  # a leading symbol such as ⚠
    enabled: bool = True
    tooltip: str | None = None
    hotkey: str | None = None
    action: object | None = None  # the engine action the row stands for, if any
    keep_label: bool = False  # the label is never cut (a code to check): the detail yields
    label_size: int | None = None  # px; set by `even_out_labels` so a list has one size
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    clip_rect: pygame.Rect | None = None


def shown_label(row: ListRow) -> str:
    """The row's label as drawn: its mark (✗ when disabled) and its words."""
    mark = DISABLED_MARK if not row.enabled else row.mark
    return f"{mark} {row.label}" if mark else row.label


def _inner(rect: pygame.Rect, theme: Theme) -> pygame.Rect:
    """Where a row's texts go, inside its padding."""
    padding = theme.spacing.padding
    return pygame.Rect(rect.left + padding // 2 + 4, rect.top, rect.width - padding - 8,
                       rect.height)


def _smallest_label(row: ListRow, theme: Theme) -> int:
    """px: a label to check (a code) may shrink to the minimum; others to small text."""
    return MIN_BODY_TEXT_PX - 4 if row.keep_label else theme.fonts.small


def _detail_room(row: ListRow, inner_width: int, theme: Theme, fonts: FontBook) -> int:
    """px the detail may take: a share of the row, or what a label kept whole leaves."""
    if not row.keep_label:
        return int(inner_width * DETAIL_SHARE)
    label = shown_label(row)
    size = fonts.fit_size(label, inner_width, theme.fonts.body, _smallest_label(row, theme),
                          row.enabled)
    return max(0, inner_width - fonts.font(size, row.enabled).size(label)[0]
               - theme.spacing.gap)


def _label_room(row: ListRow, inner_width: int, theme: Theme, fonts: FontBook) -> int:
    """px left for the label once the detail is drawn at its fitted size."""
    if not row.detail:
        return inner_width
    room = _detail_room(row, inner_width, theme, fonts)
    size = fonts.fit_size(row.detail, room, theme.fonts.small, theme.fonts.small - 4)
    used = min(room, fonts.font(size).size(row.detail)[0])
    return inner_width - used - theme.spacing.gap


def even_out_labels(rows: list[ListRow], row_width: int, theme: Theme,
                    fonts: FontBook) -> None:
    """Give every row's label one size: the largest at which all of them fit (down to each
    row's smallest), so a list never mixes sizes."""
    inner_width = _inner(pygame.Rect(0, 0, row_width, 1), theme).width
    sizes = [fonts.fit_size(shown_label(row), _label_room(row, inner_width, theme, fonts),
                            theme.fonts.body, _smallest_label(row, theme), row.enabled)
             for row in rows]
    size = min(sizes, default=theme.fonts.body)
    for row in rows:
        row.label_size = max(size, _smallest_label(row, theme))


def draw_list_row(surface: pygame.Surface, row: ListRow, state: WidgetState, theme: Theme,
                  fonts: FontBook) -> None:
    """Draw a row: background by state, hatching if disabled, label and detail."""
    palette, spacing = theme.palette, theme.spacing
    draw_widget_background(surface, row.rect, theme, row.enabled, state)
    inner = _inner(row.rect, theme)
    color = palette.text if row.enabled else palette.disabled_text
    label = shown_label(row)
    detail_width = 0
    if row.detail:
        detail_rect = pygame.Rect(0, inner.top, _detail_room(row, inner.width, theme, fonts),
                                  inner.height)
        detail_rect.right = inner.right
        used = draw_fitted_line(surface, row.detail, detail_rect, fonts, size=theme.fonts.small,
                                min_size=theme.fonts.small - 4, color=palette.muted_text
                                if row.enabled else palette.disabled_text, align="right",
                                full_text_elsewhere=row.tooltip is not None)
        detail_width = used.used_rect.width + spacing.gap
    label_rect = pygame.Rect(inner.left, inner.top, inner.width - detail_width, inner.height)
    size = row.label_size or theme.fonts.body
    result = draw_fitted_line(surface, label, label_rect, fonts, size=size,
                              min_size=min(size, _smallest_label(row, theme)), color=color,
                              bold=row.enabled,
                              full_text_elsewhere=row.tooltip is not None and not row.keep_label)
    if not row.enabled and result.used_rect.width:
        y = result.used_rect.centery + 1
        pygame.draw.line(surface, color, (result.used_rect.left, y), (result.used_rect.right, y),
                         2)


SELECTED_BAR_PX = 6  # thickness of the bar under the selected tab


def draw_selected_tab(surface: pygame.Surface, rect: pygame.Rect, theme: Theme) -> None:
    """Mark the selected tab with a solid bar under it and a border (a shape, not a hue)."""
    bar = pygame.Rect(rect.left + 6, rect.bottom + 2, rect.width - 12, SELECTED_BAR_PX)
    pygame.draw.rect(surface, theme.palette.text, bar, border_radius=3)
    pygame.draw.rect(surface, theme.palette.text, rect, width=theme.spacing.border + 1,
                     border_radius=theme.spacing.corner_radius)
