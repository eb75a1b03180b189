"""Keyboard and mouse focus: which widget is focused, hovered, pressed, and activated.

``FocusGroup.handle(event)`` turns pygame events into "widget X was activated": Tab and
Shift-Tab walk the widgets in order, arrow keys jump to the nearest widget in that
direction, Enter, keypad Enter and Space activate, hotkeys activate directly, and the mouse
hovers and clicks. Positions are logical: under ``pygame.SCALED`` pygame already reports
mouse events in logical coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from enum import Enum
from types import MappingProxyType

import pygame

from game.ui.button import (
    Button,
    Focusable,
    WidgetState,
    draw_button,
    draw_focus_ring,
    draw_tooltip,
    is_hidden,
    is_hit,
)
from game.ui.scroll_list import ScrollList
from game.ui.text import FontBook
from game.ui.theme import Theme

LEFT_MOUSE_BUTTON = 1
ACROSS_GAP_WEIGHT = 5.0  # arrow navigation: cost of sideways distance relative to forward
ACROSS_CENTRE_WEIGHT = 0.25  # arrow navigation: tie-break on centre alignment
ACTIVATE_KEYS = frozenset({pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE})
PAGE_KEYS = frozenset({pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_HOME, pygame.K_END})
HOTKEY_BLOCKING_MODIFIERS = pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META


class Direction(Enum):
    """An arrow-key direction as a unit vector in screen coordinates (y grows down)."""

    UP = (0, -1)
    DOWN = (0, 1)
    LEFT = (-1, 0)
    RIGHT = (1, 0)


ARROW_DIRECTIONS = MappingProxyType({
    pygame.K_UP: Direction.UP,
    pygame.K_DOWN: Direction.DOWN,
    pygame.K_LEFT: Direction.LEFT,
    pygame.K_RIGHT: Direction.RIGHT,
})


FocusItem = Focusable | ScrollList


class FocusGroup:
    """Owns an ordered set of focusable widgets and turns events into activations.

    ``items`` may mix widgets and ``ScrollList``s; a list contributes its rows, in order.
    The items are read afresh on every call, so a scene may change a widget's ``enabled``
    flag or a list's rows at any time; focus follows the widget id.
    """

    def __init__(self, items: Iterable[FocusItem] = (), *, initial_focus: str | None = None):
        self._items: tuple[FocusItem, ...] = ()
        self._focused_id: str | None = None
        self.hovered_id: str | None = None
        self.pressed_id: str | None = None
        self.keyboard_active = False  # last input came from the keyboard, not the mouse
        self._pointer: tuple[int, int] | None = None
        self.set_items(items)
        if initial_focus is not None:
            self.focus(initial_focus)

    # -- membership -------------------------------------------------------------------

    def set_items(self, items: Iterable[FocusItem]) -> None:
        """Replace the widgets; keeps focus on the same id if it is still there."""
        self._items = tuple(items)
        ids = [widget.id for widget in self.widgets]
        if len(set(ids)) != len(ids):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"widget ids must be unique, repeated: {duplicates}")
        if self._focused_id not in ids:
            self._focused_id = self._first_focus_candidate()
        if self.hovered_id not in ids:
            self.hovered_id = None
        if self.pressed_id not in ids:
            self.pressed_id = None

    @property
    def items(self) -> tuple[FocusItem, ...]:
        """The widgets and scroll lists as given, in order."""
        return self._items

    @property
    def widgets(self) -> tuple[Focusable, ...]:
        """All focusable widgets in Tab order."""
        flat: list[Focusable] = []
        for item in self._items:
            if isinstance(item, ScrollList):
                flat.extend(item.rows)
            else:
                flat.append(item)
        return tuple(flat)

    @property
    def scroll_lists(self) -> tuple[ScrollList, ...]:
        return tuple(item for item in self._items if isinstance(item, ScrollList))

    def find(self, widget_id: str | None) -> Focusable | None:
        """The widget with this id, or None if there is none (any more)."""
        for widget in self.widgets:
            if widget.id == widget_id:
                return widget
        return None

    def get(self, widget_id: str) -> Focusable:
        """The widget with this id; raises KeyError if there is none."""
        widget = self.find(widget_id)
        if widget is None:
            raise KeyError(widget_id)
        return widget

    def widget_at(self, position: tuple[int, int]) -> Focusable | None:
        """The widget under a logical position, topmost (last) first."""
        for widget in reversed(self.widgets):
            if is_hit(widget, position):
                return widget
        return None

    # -- focus --------------------------------------------------------------------------

    @property
    def focused_id(self) -> str | None:
        """The focused widget's id; None if nothing is focused or it has gone away."""
        focused = self.focused
        return focused.id if focused is not None else None

    @property
    def focused(self) -> Focusable | None:
        return self.find(self._focused_id)

    def focus(self, widget_id: str) -> None:
        """Move focus to a widget (disabled widgets can hold focus to show why)."""
        self.get(widget_id)  # raises KeyError for unknown ids
        self._focused_id = widget_id
        owner = self._list_owning(widget_id)
        if owner is not None:
            owner.scroll_into_view(widget_id)

    def state_of(self, widget_id: str) -> WidgetState:
        return WidgetState(
            focused=widget_id == self._focused_id,
            hovered=widget_id == self.hovered_id,
            pressed=widget_id == self.pressed_id and widget_id == self.hovered_id,
        )

    def focus_next(self) -> bool:
        return self._focus_step(+1)

    def focus_previous(self) -> bool:
        return self._focus_step(-1)

    def move_focus(self, direction: Direction) -> bool:
        """Focus the nearest widget in ``direction``; False if there is none."""
        current = self.focused
        if current is None:
            return self._focus_first()
        target = self._nearest(current, direction)
        if target is None:
            return False
        self.focus(target.id)
        return True

    def tooltip_target(self) -> Focusable | None:
        """The widget whose tooltip should show: focused (keyboard) or hovered (mouse)."""
        if self.keyboard_active:
            return self.focused
        return self.find(self.hovered_id)

    # -- events -------------------------------------------------------------------------

    def handle(self, event: pygame.event.Event) -> str | None:
        """Process one event; returns the id of the widget it activated, if any."""
        if event.type == pygame.KEYDOWN:
            return self._handle_key(event)
        if event.type == pygame.MOUSEMOTION:
            self._pointer = event.pos
            widget = self.widget_at(event.pos)
            self.hovered_id = widget.id if widget else None
            self.keyboard_active = False
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == LEFT_MOUSE_BUTTON:
            self._handle_press(event.pos)
        elif event.type == pygame.MOUSEBUTTONUP and event.button == LEFT_MOUSE_BUTTON:
            return self._handle_release(event.pos)
        elif event.type == pygame.MOUSEWHEEL:
            self._handle_wheel(event)
        return None

    def _handle_key(self, event: pygame.event.Event) -> str | None:
        self.keyboard_active = True
        key = event.key
        if key == pygame.K_TAB:
            if event.mod & pygame.KMOD_SHIFT:
                self.focus_previous()
            else:
                self.focus_next()
        elif key in ARROW_DIRECTIONS:
            self.move_focus(ARROW_DIRECTIONS[key])
        elif key in ACTIVATE_KEYS:
            return self._activate(self.focused)
        elif key in PAGE_KEYS:
            self._page(key)
        elif not event.mod & HOTKEY_BLOCKING_MODIFIERS:
            widget = self._hotkey_widget(key)
            if widget is not None:
                self.focus(widget.id)
                return self._activate(widget)
        return None

    def _handle_press(self, position: tuple[int, int]) -> None:
        self._pointer = position
        self.keyboard_active = False
        widget = self.widget_at(position)
        self.hovered_id = widget.id if widget else None
        self.pressed_id = None
        if widget is not None:
            self.focus(widget.id)
            if widget.enabled:
                self.pressed_id = widget.id

    def _handle_release(self, position: tuple[int, int]) -> str | None:
        self._pointer = position
        pressed, self.pressed_id = self.pressed_id, None
        widget = self.widget_at(position)
        self.hovered_id = widget.id if widget else None
        if widget is None or widget.id != pressed:
            return None
        return self._activate(widget)

    def _handle_wheel(self, event: pygame.event.Event) -> None:
        # MOUSEWHEEL carries no position: use the last one seen, or ask pygame (which
        # reports logical coordinates under pygame.SCALED).
        pointer = self._pointer if self._pointer is not None else pygame.mouse.get_pos()
        for scroll_list in self.scroll_lists:
            if scroll_list.viewport.collidepoint(pointer):
                scroll_list.handle_wheel(event)
                widget = self.widget_at(pointer)
                self.hovered_id = widget.id if widget else None
                return

    @staticmethod
    def _activate(widget: Focusable | None) -> str | None:
        if widget is None or not widget.enabled:
            return None
        return widget.id

    def _hotkey_widget(self, key: int) -> Focusable | None:
        for widget in self.widgets:
            if widget.hotkey and _key_code(widget.hotkey) == key:
                return widget
        return None

    def _page(self, key: int) -> None:
        focused = self.focused
        owner = self._list_owning(focused.id) if focused is not None else None
        if owner is None or not owner.rows:
            return
        index = owner.index_of(focused.id) or 0
        last = len(owner.rows) - 1
        targets = {
            pygame.K_PAGEUP: max(0, index - owner.rows_per_page),
            pygame.K_PAGEDOWN: min(last, index + owner.rows_per_page),
            pygame.K_HOME: 0,
            pygame.K_END: last,
        }
        self.focus(owner.rows[targets[key]].id)

    def _focus_step(self, step: int) -> bool:
        widgets = self.widgets
        if not widgets:
            return False
        ids = [widget.id for widget in widgets]
        if self._focused_id not in ids:
            return self._focus_first()
        index = (ids.index(self._focused_id) + step) % len(ids)
        self.focus(ids[index])
        return True

    def _focus_first(self) -> bool:
        first = self._first_focus_candidate()
        if first is None:
            return False
        self.focus(first)
        return True

    def _first_focus_candidate(self) -> str | None:
        widgets = self.widgets
        for widget in widgets:
            if widget.enabled:
                return widget.id
        return widgets[0].id if widgets else None

    def _list_owning(self, widget_id: str) -> ScrollList | None:
        for scroll_list in self.scroll_lists:
            if any(row.id == widget_id for row in scroll_list.rows):
                return scroll_list
        return None

    def _nearest(self, current: Focusable, direction: Direction) -> Focusable | None:
        own_list = self._list_owning(current.id)
        best: Focusable | None = None
        best_score = math.inf
        for widget in self.widgets:
            if widget is current:
                continue
            if is_hidden(widget) and self._list_owning(widget.id) is not own_list:
                continue  # scrolled away in another list: not reachable by arrows
            score = direction_score(current.rect, widget.rect, direction)
            if score < best_score:
                best, best_score = widget, score
        return best


def direction_score(origin: pygame.Rect, target: pygame.Rect, direction: Direction) -> float:
    """How far ``target`` is from ``origin`` going in ``direction`` (inf if not that way).

    Forward gap between the facing edges counts once, sideways gap between the spans
    counts ``ACROSS_GAP_WEIGHT`` times, so a widget in the same row or column wins over
    a slightly nearer one diagonally.
    """
    dx, dy = direction.value
    centre_forward = (target.centerx - origin.centerx) * dx + (target.centery - origin.centery) * dy
    if centre_forward <= 0:
        return math.inf
    if dx:
        forward_gap = (target.left - origin.right) if dx > 0 else (origin.left - target.right)
        across_gap = max(0, target.top - origin.bottom, origin.top - target.bottom)
        across_centre = abs(target.centery - origin.centery)
    else:
        forward_gap = (target.top - origin.bottom) if dy > 0 else (origin.top - target.bottom)
        across_gap = max(0, target.left - origin.right, origin.left - target.right)
        across_centre = abs(target.centerx - origin.centerx)
    return (
        max(0, forward_gap)
        + ACROSS_GAP_WEIGHT * across_gap
        + ACROSS_CENTRE_WEIGHT * across_centre
        + 1e-3 * centre_forward
    )


def _key_code(hotkey: str) -> int | None:
    try:
        return pygame.key.key_code(hotkey)
    except ValueError:
        return None


def draw_widgets(
    surface: pygame.Surface,
    group: FocusGroup,
    theme: Theme,
    fonts: FontBook,
    *,
    draw_row: Callable[[pygame.Surface, Focusable, WidgetState], object] | None = None,
    show_tooltip: bool = True,
) -> None:
    """Draw every ``Button`` and ``ScrollList`` in ``group`` in its state, then the tooltip
    of the focused (keyboard) or hovered (mouse) widget. Other widgets draw themselves.

    ``draw_row`` draws the rows of scroll lists that are not plain buttons; a scene that
    shows explanations in a fixed place of its own passes ``show_tooltip=False``."""
    focused_plain_button = None
    for item in group.items:
        if isinstance(item, ScrollList):
            item.draw(surface, theme, fonts, group.state_of, draw_row)
        elif isinstance(item, Button):
            state = group.state_of(item.id)
            draw_button(surface, item, theme, fonts, state, draw_focus=False)
            if state.focused:
                focused_plain_button = item
    if focused_plain_button is not None:
        draw_focus_ring(surface, focused_plain_button.rect, theme)
    target = group.tooltip_target() if show_tooltip else None
    if target is not None and target.tooltip and not is_hidden(target):
        draw_tooltip(surface, target.tooltip, target.rect, theme, fonts)
