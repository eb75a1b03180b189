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
    rect: pygame.Rect = field(default_factory=lambda: pygame.Rect(0, 0, 0, 0))
    clip_rect: pygame.Rect | None = None


def draw_list_row(surface: pygame.Surface, row: ListRow, state: WidgetState, theme: Theme,
                  fonts: FontBook) -> None:
    """Draw a row: background by state, hatching if disabled, label and detail."""
    palette, spacing = theme.palette, theme.spacing
    draw_widget_background(surface, row.rect, theme, row.enabled, state)
    inner = pygame.Rect(row.rect.left + spacing.padding // 2 + 4, row.rect.top,
                        row.rect.width - spacing.padding - 8, row.rect.height)
    color = palette.text if row.enabled else palette.disabled_text
    mark = DISABLED_MARK if not row.enabled else row.mark
    label = f"{mark} {row.label}" if mark else row.label
    detail_width = 0
    if row.detail:
        detail_rect = pygame.Rect(0, inner.top, int(inner.width * DETAIL_SHARE), inner.height)
        if row.keep_label:  # the detail takes what the label, at its smallest, leaves
            label_px = fonts.font(fonts.fit_size(label, inner.width, theme.fonts.body,
                                                 MIN_BODY_TEXT_PX - 4, row.enabled),
                                  row.enabled).size(label)[0]
            detail_rect.width = max(0, inner.width - label_px - spacing.gap)
        detail_rect.right = inner.right
        used = draw_fitted_line(surface, row.detail, detail_rect, fonts, size=theme.fonts.small,
                                min_size=theme.fonts.small - 4, color=palette.muted_text
                                if row.enabled else palette.disabled_text, align="right",
                                full_text_elsewhere=row.tooltip is not None)
        detail_width = used.used_rect.width + spacing.gap
    label_rect = pygame.Rect(inner.left, inner.top, inner.width - detail_width, inner.height)
    result = draw_fitted_line(surface, label, label_rect, fonts, size=theme.fonts.body,
                              min_size=MIN_BODY_TEXT_PX - 4 if row.keep_label
                              else theme.fonts.small, color=color, bold=row.enabled,
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
