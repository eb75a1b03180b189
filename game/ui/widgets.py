"""The widget toolkit in one import: buttons, focus handling and scrollable lists.

``game.ui.button`` draws buttons and the shared state cues (focus ring, hatching,
tooltips), ``game.ui.scroll_list`` scrolls long lists, ``game.ui.focus`` turns keyboard and
mouse events into activations. Scenes import what they need from here.
"""

from game.ui.button import (
    DISABLED_MARK,
    Button,
    Focusable,
    WidgetState,
    draw_button,
    draw_focus_ring,
    draw_hatching,
    draw_keycap,
    draw_panel,
    draw_tooltip,
    even_out_button_labels,
    hotkey_label,
    is_hidden,
    is_hit,
    panel_content,
)
from game.ui.focus import Direction, FocusGroup, FocusItem, direction_score, draw_widgets
from game.ui.scroll_list import ScrollList

__all__ = [
    "DISABLED_MARK",
    "panel_content",
    "Button",
    "Direction",
    "FocusGroup",
    "FocusItem",
    "Focusable",
    "ScrollList",
    "WidgetState",
    "direction_score",
    "draw_button",
    "draw_focus_ring",
    "draw_hatching",
    "draw_keycap",
    "draw_panel",
    "draw_tooltip",
    "draw_widgets",
    "even_out_button_labels",
    "hotkey_label",
    "is_hidden",
    "is_hit",
]
