"""Buttons and the drawing primitives every widget shares: focus ring, hatching, tooltips.

States are drawn with shapes as well as colours, so they read in grey scale and for every
kind of colour vision: a focused widget gets a thick ring with corner marks; a disabled
one is hatched, its label struck through and marked "✗"; a hotkey shows as a keycap.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Protocol

import pygame

from game.ui.text import FontBook
from game.ui.text_box import TextBoxResult, draw_fitted_line, draw_text_box
from game.ui.theme import Color, Theme

FOCUS_RING_GAP_PX = 3  # space between a widget's edge and its focus ring
FOCUS_RING_OUTLINE_PX = 1  # dark outline around the ring so it shows on any colour
KEYCAP_PADDING_PX = 6  # inside the hotkey hint box
KEYCAP_RADIUS_PX = 4
KEYCAP_BORDER_PX = 2
KEYCAP_GAP_PX = 10  # space kept between a label and its keycap where the button allows
HATCH_LINE_PX = 2
HATCH_TILE_CACHE = 64  # hatch tiles kept (one per disabled-widget size)
STRIKE_THROUGH_PX = 2  # thickness of the line through a disabled label
TOOLTIP_MAX_WIDTH_PX = 440
TOOLTIP_OFFSET_PX = 10  # between a widget and its tooltip
DISABLED_MARK = "✗"


class Focusable(Protocol):
    """What ``FocusGroup`` needs from a widget."""

    id: str
    rect: pygame.Rect
    enabled: bool
    hotkey: str | None
    tooltip: str | None
    clip_rect: pygame.Rect | None  # only the part inside this rect can be clicked


@dataclass(frozen=True)
class WidgetState:
    """How a widget should look this frame."""

    focused: bool = False
    hovered: bool = False
    pressed: bool = False


@dataclass(eq=False)
class Button:
    """A clickable, focusable button. ``tooltip`` explains it (or why it is disabled)."""

    id: str
    rect: pygame.Rect
    label: str
    hotkey: str | None = None  # a pygame key name shown on the button, e.g. "s" or "f1"
    enabled: bool = True
    tooltip: str | None = None
    clip_rect: pygame.Rect | None = field(default=None, repr=False)
    label_size: int | None = None  # px; set by `even_out_button_labels` for a row of buttons
    reason: str | None = None  # why it is disabled, drawn on the button under its label

    def __post_init__(self) -> None:
        self.rect = pygame.Rect(self.rect)

    def draw(
        self,
        surface: pygame.Surface,
        theme: Theme,
        fonts: FontBook,
        state: WidgetState | None = None,
    ) -> TextBoxResult:
        """Draw the button; returns how its label was laid out."""
        return draw_button(surface, self, theme, fonts, state)


def is_hit(widget: Focusable, position: tuple[int, int]) -> bool:
    """True if ``position`` is on the visible part of ``widget``."""
    if not widget.rect.collidepoint(position):
        return False
    return widget.clip_rect is None or widget.clip_rect.collidepoint(position)


def is_hidden(widget: Focusable) -> bool:
    """True if the widget is scrolled entirely out of its clip rect."""
    return widget.clip_rect is not None and not widget.clip_rect.colliderect(widget.rect)


# Short names that fit on a keycap.
KEYCAP_NAMES = {"escape": "Esc", "return": "Enter", "delete": "Del"}


def hotkey_label(hotkey: str) -> str:
    """How a hotkey is written on a keycap: "S", "F1", "Space", "Esc"."""
    if hotkey in KEYCAP_NAMES:
        return KEYCAP_NAMES[hotkey]
    return hotkey.upper() if len(hotkey) == 1 else hotkey.title()


def shown_button_label(button: Button) -> str:
    """A button's label as drawn (disabled: with its ✗ mark)."""
    return button.label if button.enabled else f"{DISABLED_MARK} {button.label}"


def keycap_size(text: str, theme: Theme, fonts: FontBook) -> tuple[int, int]:
    """Width and height (px) of the key hint `draw_keycap` draws for ``text``."""
    width, height = fonts.font(theme.fonts.small, True).size(text)
    return max(width + 2 * KEYCAP_PADDING_PX, height), height


def even_out_button_labels(buttons: list[Button], theme: Theme, fonts: FontBook) -> None:
    """Give a row of buttons (tabs) one label size: the largest at which every label fits
    beside its key hint, so the row never mixes sizes."""
    spacing = theme.spacing
    sizes = []
    for button in buttons:
        room = button.rect.width - 2 * spacing.padding
        if button.hotkey:
            room -= keycap_size(hotkey_label(button.hotkey), theme, fonts)[0] + KEYCAP_GAP_PX
        sizes.append(fonts.fit_size(shown_button_label(button), max(1, room),
                                    theme.fonts.button, theme.fonts.small, button.enabled))
    for button in buttons:
        button.label_size = min(sizes)


def draw_button(
    surface: pygame.Surface,
    button: Button,
    theme: Theme,
    fonts: FontBook,
    state: WidgetState | None = None,
    *,
    draw_focus: bool = True,
) -> TextBoxResult:
    """Draw ``button`` in its state. Disabled: hatched, "✗" mark, label struck through."""
    state = state or WidgetState()
    palette, spacing = theme.palette, theme.spacing
    rect = button.rect
    radius = spacing.corner_radius
    draw_widget_background(surface, rect, theme, button.enabled, state)
    border_color = palette.panel_border if button.enabled else palette.disabled_text
    pygame.draw.rect(surface, border_color, rect, width=spacing.border, border_radius=radius)

    label_rect = rect.inflate(-2 * spacing.padding, -2 * spacing.border)
    reason_h = reason_height(theme, fonts) if button.reason and not button.enabled else 0
    if reason_h and label_rect.height - reason_h >= fonts.line_height(theme.fonts.small):
        reason_rect = pygame.Rect(label_rect.left, label_rect.bottom - reason_h,
                                  label_rect.width, reason_h - spacing.border)
        draw_fitted_line(surface, button.reason, reason_rect, fonts, size=theme.fonts.small,
                         min_size=theme.fonts.small - 4, color=palette.text, align="center")
        label_rect.height -= reason_h
    if button.hotkey:
        keycap = draw_keycap(
            surface, hotkey_label(button.hotkey), label_rect.midright, theme, fonts,
            enabled=button.enabled,
        )
        gap = KEYCAP_GAP_PX  # a narrow button whose label needs it gets the old, tighter gap
        smallest = fonts.font(theme.fonts.small, button.enabled).size(
            shown_button_label(button))[0]
        if smallest > keycap.left - gap - label_rect.left:
            gap = min(gap, spacing.gap // 2)
        label_rect.width = max(0, keycap.left - gap - label_rect.left)
    text_color = palette.button_text if button.enabled else palette.disabled_text
    size = button.label_size or theme.fonts.button
    result = draw_fitted_line(
        surface, shown_button_label(button), label_rect, fonts, size=size,
        min_size=min(size, theme.fonts.small), color=text_color, bold=button.enabled,
        align="center",
    )
    if not button.enabled and result.used_rect.width:
        strike_y = result.used_rect.centery + 1
        pygame.draw.line(
            surface, text_color, (result.used_rect.left, strike_y),
            (result.used_rect.right, strike_y), STRIKE_THROUGH_PX,
        )
    if draw_focus and state.focused:
        draw_focus_ring(surface, rect, theme)
    return result


def reason_height(theme: Theme, fonts: FontBook) -> int:
    """The extra height a disabled button needs to say why under its label."""
    return fonts.line_height(theme.fonts.small) + theme.spacing.border


def draw_widget_background(surface: pygame.Surface, rect: pygame.Rect, theme: Theme,
                           enabled: bool, state: WidgetState) -> None:
    """A widget's fill for its state; a disabled one is also hatched (a shape cue)."""
    palette, spacing = theme.palette, theme.spacing
    if not enabled:
        fill = palette.disabled
    elif state.pressed:
        fill = palette.button_pressed
    elif state.hovered or state.focused:
        fill = palette.button_hover
    else:
        fill = palette.button
    pygame.draw.rect(surface, fill, rect, border_radius=spacing.corner_radius)
    if not enabled:
        draw_hatching(surface, rect, palette.hatch, spacing.hatch_step)


def draw_keycap(
    surface: pygame.Surface,
    text: str,
    midright: tuple[int, int],
    theme: Theme,
    fonts: FontBook,
    *,
    enabled: bool = True,
) -> pygame.Rect:
    """Draw a small outlined key hint whose right edge centre is ``midright``."""
    palette = theme.palette
    color = palette.muted_text if enabled else palette.disabled_text
    image = fonts.render(text, theme.fonts.small, color, bold=True)
    box = pygame.Rect((0, 0), keycap_size(text, theme, fonts))
    box.midright = midright
    pygame.draw.rect(surface, color, box, width=KEYCAP_BORDER_PX,
                     border_radius=KEYCAP_RADIUS_PX)
    surface.blit(image, image.get_rect(center=box.center))
    return box


def draw_hatching(surface: pygame.Surface, rect: pygame.Rect, color: Color, step_px: int) -> None:
    """Diagonal lines across ``rect`` (clipped to it), the shape cue for "disabled".

    The lines come from a pre-drawn tile, so a screen full of disabled rows costs a few
    blits rather than hundreds of line draws per frame."""
    tile = hatch_tile(rect.width, rect.height, tuple(color), step_px)
    previous_clip = surface.get_clip()
    surface.set_clip(rect.clip(previous_clip))
    surface.blit(tile, rect.topleft)
    surface.set_clip(previous_clip)


@functools.lru_cache(maxsize=HATCH_TILE_CACHE)
def hatch_tile(width: int, height: int, color: Color, step_px: int) -> pygame.Surface:
    """A transparent ``width`` x ``height`` surface of diagonal hatch lines (memoised)."""
    tile = pygame.Surface((max(1, width), max(1, height)), pygame.SRCALPHA)
    for x in range(-height, width, step_px):
        pygame.draw.line(tile, color, (x, height), (x + height, 0), HATCH_LINE_PX)
    return tile


def draw_focus_ring(surface: pygame.Surface, rect: pygame.Rect, theme: Theme) -> pygame.Rect:
    """A thick outline around ``rect`` plus L-shaped corner marks; returns its bounds.

    A thin dark outline on both sides keeps the ring visible on light and dark colours.
    """
    spacing, color = theme.spacing, theme.palette.focus
    thickness = spacing.focus_ring
    ring = rect.inflate(2 * (FOCUS_RING_GAP_PX + thickness), 2 * (FOCUS_RING_GAP_PX + thickness))
    radius = spacing.corner_radius + FOCUS_RING_GAP_PX
    outline = FOCUS_RING_OUTLINE_PX
    pygame.draw.rect(surface, (0, 0, 0), ring.inflate(2 * outline, 2 * outline),
                     width=thickness + 2 * outline, border_radius=radius + outline)
    pygame.draw.rect(surface, color, ring, width=thickness, border_radius=radius)

    marks = ring.inflate(2 * (thickness + 2), 2 * (thickness + 2))
    length = spacing.focus_corner + thickness
    corners = (
        (marks.topleft, (1, 1)),
        (marks.topright, (-1, 1)),
        (marks.bottomleft, (1, -1)),
        (marks.bottomright, (-1, -1)),
    )
    for (cx, cy), (sx, sy) in corners:
        # Rects are half-open: the right and bottom corners sit one pixel outside.
        cx -= 1 if sx < 0 else 0
        cy -= 1 if sy < 0 else 0
        horizontal = pygame.Rect(0, 0, length, thickness)
        vertical = pygame.Rect(0, 0, thickness, length)
        for bar in (horizontal, vertical):
            if sx > 0:
                bar.left = cx
            else:
                bar.right = cx + 1
            if sy > 0:
                bar.top = cy
            else:
                bar.bottom = cy + 1
            pygame.draw.rect(surface, color, bar)
    return marks


def draw_tooltip(
    surface: pygame.Surface,
    text: str,
    anchor: pygame.Rect,
    theme: Theme,
    fonts: FontBook,
) -> pygame.Rect:
    """Draw ``text`` in a box below ``anchor`` (above if no room), kept on screen."""
    palette, spacing = theme.palette, theme.spacing
    size = theme.fonts.small
    lines = fonts.wrap(text, size, TOOLTIP_MAX_WIDTH_PX)
    text_width = max((fonts.font(size).size(line)[0] for line in lines), default=0)
    text_height = fonts.line_height(size) * len(lines)
    box = pygame.Rect(0, 0, text_width + 2 * spacing.padding, text_height + 2 * spacing.padding)
    box.midtop = (anchor.centerx, anchor.bottom + TOOLTIP_OFFSET_PX)
    bounds = surface.get_rect()
    if box.bottom > bounds.bottom:
        box.midbottom = (anchor.centerx, anchor.top - TOOLTIP_OFFSET_PX)
    box.clamp_ip(bounds)
    pygame.draw.rect(surface, palette.tooltip, box, border_radius=spacing.corner_radius)
    pygame.draw.rect(surface, palette.text, box, width=spacing.border,
                     border_radius=spacing.corner_radius)
    draw_text_box(surface, text, box.inflate(-2 * spacing.padding, -2 * spacing.padding),
                  fonts, size=size, color=palette.text)
    return box


def panel_content(rect: pygame.Rect, theme: Theme, fonts: FontBook | None = None,
                  title: str | None = None) -> pygame.Rect:
    """The content area `draw_panel` gives for these arguments, without drawing."""
    spacing = theme.spacing
    content = pygame.Rect(rect).inflate(-2 * spacing.padding, -2 * spacing.padding)
    if title and fonts is not None:
        taken = fonts.line_height(theme.fonts.heading, True) + spacing.gap
        content.top += taken
        content.height = max(0, content.height - taken)
    return content


def draw_panel(
    surface: pygame.Surface,
    rect: pygame.Rect,
    theme: Theme,
    fonts: FontBook | None = None,
    title: str | None = None,
) -> pygame.Rect:
    """Draw a bordered panel, with an optional bold title; returns the content area."""
    palette, spacing = theme.palette, theme.spacing
    pygame.draw.rect(surface, palette.panel, rect, border_radius=spacing.corner_radius)
    pygame.draw.rect(surface, palette.panel_border, rect, width=spacing.border,
                     border_radius=spacing.corner_radius)
    content = panel_content(rect, theme, fonts, title)
    if title and fonts is not None:
        image = fonts.render(title, theme.fonts.heading, palette.text, bold=True)
        surface.blit(image, pygame.Rect(rect).inflate(-2 * spacing.padding,
                                                      -2 * spacing.padding).topleft)
        fonts.note_drawn(title, image.get_rect(topleft=pygame.Rect(rect).inflate(
            -2 * spacing.padding, -2 * spacing.padding).topleft), theme.fonts.heading, False)
    return content
