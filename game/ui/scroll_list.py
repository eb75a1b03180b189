"""A scrollable viewport over a long column of focusable rows (friends, items, ledger).

The wheel scrolls it while the pointer is over it; put it in a ``FocusGroup`` and keyboard
focus moving onto a row scrolls that row into view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame

from game.ui.button import Button, Focusable, WidgetState, draw_button, draw_focus_ring
from game.ui.text import FontBook
from game.ui.theme import Theme

SCROLLBAR_WIDTH_PX = 10
SCROLLBAR_MIN_THUMB_PX = 24
SCROLL_ROWS_PER_WHEEL_NOTCH = 1  # whole rows: a list at rest never shows a cut row


class ScrollList:
    """A viewport over a long column of rows that scrolls with the wheel and with focus.

    The list owns the layout of its rows: each row's ``rect`` and ``clip_rect`` are
    overwritten so that rows stack from the top of ``viewport`` shifted by the scroll
    offset. Put the list in a ``FocusGroup`` and moving focus onto a row scrolls it into
    view; the wheel scrolls while the pointer is over the viewport.

    Only whole rows show: the viewport is trimmed to a whole number of rows, and the
    scroll offset is always a whole number of rows, so no row is ever drawn cut in half.
    """

    def __init__(
        self,
        viewport: pygame.Rect,
        rows: Sequence[Focusable] = (),
        *,
        row_height_px: int,
        gap_px: int = 4,
    ) -> None:
        self.row_height_px = row_height_px
        self.gap_px = gap_px
        self.viewport = pygame.Rect(viewport)
        whole_rows = max(1, (self.viewport.height + gap_px) // self.row_pitch_px)
        self.viewport.height = whole_rows * self.row_pitch_px - gap_px
        self._scroll_px = 0
        self._rows: tuple[Focusable, ...] = ()
        self.set_rows(rows)

    @property
    def rows(self) -> tuple[Focusable, ...]:
        return self._rows

    @property
    def row_pitch_px(self) -> int:
        """Distance in px from the top of one row to the top of the next."""
        return self.row_height_px + self.gap_px

    @property
    def content_height_px(self) -> int:
        if not self._rows:
            return 0
        return len(self._rows) * self.row_pitch_px - self.gap_px

    @property
    def max_scroll_px(self) -> int:
        return max(0, self.content_height_px - self.viewport.height)

    @property
    def scroll_px(self) -> int:
        return self._scroll_px

    @property
    def scrollable(self) -> bool:
        return self.max_scroll_px > 0

    @property
    def rows_per_page(self) -> int:
        return max(1, (self.viewport.height + self.gap_px) // self.row_pitch_px)

    def set_rows(self, rows: Sequence[Focusable]) -> None:
        """Replace the rows (keeping the scroll offset where possible) and lay them out."""
        self._rows = tuple(rows)
        self.scroll_to(self._scroll_px)

    def scroll_to(self, offset_px: float) -> None:
        rows = round(min(max(0.0, offset_px), self.max_scroll_px) / self.row_pitch_px)
        self._scroll_px = min(rows * self.row_pitch_px, self.max_scroll_px)
        self._layout()

    def scroll_by(self, delta_px: float) -> None:
        self.scroll_to(self._scroll_px + delta_px)

    def index_of(self, row_id: str) -> int | None:
        for index, row in enumerate(self._rows):
            if row.id == row_id:
                return index
        return None

    def scroll_into_view(self, row_id: str) -> None:
        """Scroll the least distance that shows the whole row (no-op for unknown ids)."""
        index = self.index_of(row_id)
        if index is None:
            return
        top = index * self.row_pitch_px
        bottom = top + self.row_height_px
        if top < self._scroll_px:
            self.scroll_to(top)
        elif bottom > self._scroll_px + self.viewport.height:
            self.scroll_to(bottom - self.viewport.height)

    def visible_rows(self) -> list[Focusable]:
        """Rows at least partly inside the viewport, top to bottom."""
        return [row for row in self._rows if self.viewport.colliderect(row.rect)]

    def handle_wheel(self, event: pygame.event.Event) -> bool:
        """Scroll for a MOUSEWHEEL event; True if the offset changed."""
        notches = getattr(event, "precise_y", event.y)
        if getattr(event, "flipped", False):
            notches = -notches
        before = self._scroll_px
        self.scroll_by(-notches * SCROLL_ROWS_PER_WHEEL_NOTCH * self.row_pitch_px)
        return self._scroll_px != before

    def scrollbar_rects(self) -> tuple[pygame.Rect, pygame.Rect] | None:
        """(track, thumb) in screen coordinates, or None if everything fits."""
        if not self.scrollable:
            return None
        track = pygame.Rect(self.viewport.right - SCROLLBAR_WIDTH_PX, self.viewport.top,
                            SCROLLBAR_WIDTH_PX, self.viewport.height)
        fraction_shown = self.viewport.height / self.content_height_px
        thumb_height = max(SCROLLBAR_MIN_THUMB_PX, round(track.height * fraction_shown))
        travel = track.height - thumb_height
        thumb_top = track.top + round(travel * self._scroll_px / self.max_scroll_px)
        return track, pygame.Rect(track.left, thumb_top, SCROLLBAR_WIDTH_PX, thumb_height)

    def draw(
        self,
        surface: pygame.Surface,
        theme: Theme,
        fonts: FontBook,
        state_of: Callable[[str], WidgetState] = lambda _id: WidgetState(),
        draw_row: Callable[[pygame.Surface, Focusable, WidgetState], object] | None = None,
    ) -> None:
        """Draw the visible rows clipped to the viewport, the scrollbar, and the focus ring.

        ``draw_row(surface, row, state)`` draws one row; by default rows are ``Button``s.
        """
        previous_clip = surface.get_clip()
        surface.set_clip(self.viewport.clip(previous_clip))
        focused_row = None
        for row in self.visible_rows():
            state = state_of(row.id)
            if state.focused:
                focused_row = row
            if draw_row is not None:
                draw_row(surface, row, state)
            elif isinstance(row, Button):
                draw_button(surface, row, theme, fonts, state, draw_focus=False)
        surface.set_clip(previous_clip)
        bars = self.scrollbar_rects()
        if bars is not None:
            track, thumb = bars
            pygame.draw.rect(surface, theme.palette.panel_border, track, width=1,
                             border_radius=SCROLLBAR_WIDTH_PX // 2)
            pygame.draw.rect(surface, theme.palette.muted_text, thumb,
                             border_radius=SCROLLBAR_WIDTH_PX // 2)
        if focused_row is not None:
            draw_focus_ring(surface, focused_row.rect.clip(self.viewport), theme)

    @property
    def row_width_px(self) -> int:
        """How wide each row is (the viewport less the scrollbar and its gap)."""
        return self.viewport.width - SCROLLBAR_WIDTH_PX - self.gap_px

    def _layout(self) -> None:
        width = self.row_width_px
        for index, row in enumerate(self._rows):
            top = self.viewport.top + index * self.row_pitch_px - self._scroll_px
            row.rect = pygame.Rect(self.viewport.left, top, width, self.row_height_px)
            row.clip_rect = self.viewport
