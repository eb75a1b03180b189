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
from game.ui.theme import Theme

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
    detail_width = 0
    if row.detail:
        detail_rect = pygame.Rect(0, inner.top, int(inner.width * DETAIL_SHARE), inner.height)
        detail_rect.right = inner.right
        used = draw_fitted_line(surface, row.detail, detail_rect, fonts, size=theme.fonts.small,
                                min_size=theme.fonts.small - 4, color=palette.muted_text
                                if row.enabled else palette.disabled_text, align="right",
                                full_text_elsewhere=row.tooltip is not None)
        detail_width = used.used_rect.width + spacing.gap
    mark = DISABLED_MARK if not row.enabled else row.mark
    label = f"{mark} {row.label}" if mark else row.label
    label_rect = pygame.Rect(inner.left, inner.top, inner.width - detail_width, inner.height)
    result = draw_fitted_line(surface, label, label_rect, fonts, size=theme.fonts.body,
                              min_size=theme.fonts.small, color=color, bold=row.enabled,
                              full_text_elsewhere=row.tooltip is not None)
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
