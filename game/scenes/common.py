"""Pieces every scene shares: a dimmed backdrop, centred cards, and a simple menu scene."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.engine import Game
from game.game_data import GameData
from game.services.session import Session
from game.shell import Pop, Scene, Transition
from game.ui.button import reason_height
from game.ui.faces import FaceBook, FaceSpec
from game.ui.focus import FocusGroup, draw_widgets
from game.ui.text_box import draw_fitted_line, draw_text_box
from game.ui.theme import LOGICAL_HEIGHT_PX, LOGICAL_WIDTH_PX, MIN_BODY_TEXT_PX
from game.ui.widgets import Button, draw_panel

DIM_ALPHA = 170  # 0..255, how dark an overlay makes the screen below it
SCREEN_RECT = pygame.Rect(0, 0, LOGICAL_WIDTH_PX, LOGICAL_HEIGHT_PX)
MARGIN_PX = 24  # space between the screen edge and content
DETAILS_LINES = 2  # lines under a menu's buttons explaining the focused one

CODE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz- "
"""What a world or result code field takes (look-alike letters are read kindly later)."""

def dim_screen(surface: pygame.Surface) -> None:
    """Darken what is already drawn, so an overlay stands out."""
    shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    shade.fill((0, 0, 0, DIM_ALPHA))
    surface.blit(shade, (0, 0))


@dataclass(frozen=True)
class MenuEntry:
    """One button of a menu: id, label, hotkey and whether it can be used (and why not)."""

    id: str
    label: str
    hotkey: str | None = None
    enabled: bool = True
    tooltip: str | None = None
    reason: str | None = None  # why it is disabled: drawn on the button itself


class MenuScene(Scene):
    """A card with a title, a paragraph and a column of buttons; Esc goes back.

    Subclasses provide `entries()` and `activate(entry_id)`; the card sizes itself to fit.
    """

    card_width_px = 640
    escape_pops = True

    def __init__(self, data: GameData) -> None:
        self.data = data
        self.focus = FocusGroup()
        self.card = pygame.Rect(0, 0, self.card_width_px, 200)
        self.details_h = 0
        self.body_size = 0
        self.faces = FaceBook()

    def title(self) -> str:
        return ""

    def body(self) -> str:
        return ""

    def entries(self) -> list[MenuEntry]:
        return []

    def body_height(self, size: int, width: int) -> int:
        """Pixels the body takes at text `size` in `width` (see `draw_body`)."""
        fonts = self.context.fonts
        body_lines = fonts.wrap(self.body(), size, width) if self.body() else ()
        return len(body_lines) * fonts.line_height(size)

    def draw_body(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """The paragraph between the title and the buttons."""
        theme = self.context.theme
        draw_text_box(surface, self.body(), rect, self.context.fonts, size=self.body_size,
                      color=theme.palette.text)

    def title_face(self) -> FaceSpec | None:
        """A face to draw before the title (a friend's card), or None."""
        return None

    def activate(self, entry_id: str) -> Transition | None:
        return None

    def enter(self, context) -> None:
        super().enter(context)
        self.rebuild()

    def resume(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the card and its buttons out again (after a settings or state change)."""
        theme, fonts = self.context.theme, self.context.fonts
        spacing = theme.spacing
        inner_width = self.card_width_px - 2 * spacing.padding
        title_h = fonts.line_height(theme.fonts.heading, True) if self.title() else 0
        entries = self.entries()
        heights = [spacing.button_height + (reason_height(theme, fonts)
                                            if entry.reason and not entry.enabled else 0)
                   for entry in entries]
        buttons_h = sum(heights) + len(entries) * spacing.gap
        self.details_h = (DETAILS_LINES * fonts.line_height(theme.fonts.small)
                          if any(e.tooltip for e in entries) else 0)
        fixed_h = 2 * spacing.padding + title_h + 2 * spacing.gap + buttons_h + self.details_h
        for size in (theme.fonts.body, theme.fonts.small, MIN_BODY_TEXT_PX):
            self.body_size = size
            body_h = self.body_height(size, inner_width)
            if fixed_h + body_h <= SCREEN_RECT.height - MARGIN_PX:
                break
        height = fixed_h + body_h
        self.card = pygame.Rect(0, 0, self.card_width_px, min(height, SCREEN_RECT.height - 20))
        self.card.center = SCREEN_RECT.center
        top = self.card.bottom - spacing.padding - buttons_h - self.details_h + spacing.gap
        buttons = []
        for entry, height in zip(entries, heights, strict=True):
            rect = pygame.Rect(self.card.left + spacing.padding, top, inner_width, height)
            top += height + spacing.gap
            buttons.append(Button(entry.id, rect, entry.label, hotkey=entry.hotkey,
                                  enabled=entry.enabled, tooltip=entry.tooltip,
                                  reason=None if entry.enabled else entry.reason))
        self.focus.set_items(buttons)

    def spoken_text(self) -> str:
        return spoken(self.title(), self.body(), *focused_words(self.focus))

    def handle(self, event: pygame.event.Event) -> Transition | None:
        if (event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE
                and self.escape_pops):
            return Pop()
        activated = self.focus.handle(event)
        if activated is not None:
            self.context.sounds.play("click")
            return self.activate(activated)
        return None

    def draw(self, surface: pygame.Surface) -> None:
        if self.is_overlay:
            dim_screen(surface)
        theme, fonts = self.context.theme, self.context.fonts
        draw_panel(surface, self.card, theme)
        inner = self.card.inflate(-2 * theme.spacing.padding, -2 * theme.spacing.padding)
        if self.title():
            title_rect = pygame.Rect(inner.left, inner.top, inner.width,
                                     fonts.line_height(theme.fonts.heading, True))
            face = self.title_face()
            if face is not None:
                side = title_rect.height
                self.faces.draw(surface, face, pygame.Rect(title_rect.left, title_rect.top,
                                                           side, side), theme.palette.text)
                title_rect.left += side + theme.spacing.gap
                title_rect.width -= side + theme.spacing.gap
            draw_fitted_line(surface, self.title(), title_rect, fonts, size=theme.fonts.heading,
                             min_size=theme.fonts.body, color=theme.palette.text, bold=True)
            inner.top = title_rect.bottom + theme.spacing.gap
        if self.body():
            first_button = min((b.rect.top for b in self.focus.widgets), default=inner.bottom)
            body_rect = pygame.Rect(inner.left, inner.top, inner.width,
                                    first_button - inner.top - theme.spacing.gap)
            self.draw_body(surface, body_rect)
        if self.details_h:
            last = max(b.rect.bottom for b in self.focus.widgets)
            details = pygame.Rect(inner.left, last + theme.spacing.gap // 2, inner.width,
                                  self.details_h)
            target = self.focus.tooltip_target() or self.focus.focused
            if target is not None and target.tooltip:
                mark = "" if target.enabled else "✗ "
                draw_text_box(surface, mark + target.tooltip, details, fonts,
                              size=theme.fonts.small, color=theme.palette.muted_text)
        draw_widgets(surface, self.focus, theme, fonts, show_tooltip=False)


def toggle_label(data: GameData, label: str, value: bool) -> str:
    """"Sound cues: On" — a setting's label with its state in words, not colour."""
    state = data.t("ui.common.on") if value else data.t("ui.common.off")
    return labelled(data, label, state)


def labelled(data: GameData, label: str, value: str) -> str:
    """"Text size: Large" — a label and its value, punctuated as the language does it."""
    return data.t("ui.common.label_value", label=label, value=value)



def spoken(*parts: str) -> str:
    """Sentences for the screen reader, skipping empty ones."""
    return ". ".join(part for part in parts if part)


def focused_words(focus: FocusGroup) -> list[str]:
    """The focused widget's label and explanation, for the screen reader."""
    focused = focus.focused
    if focused is None:
        return []
    return [getattr(focused, "label", ""), focused.tooltip or ""]


class SeasonMenu(MenuScene):
    """A menu over a season in play: it knows the season and the session that saves it."""

    is_overlay = True

    def __init__(self, data: GameData, session: Session, game: Game) -> None:
        super().__init__(data)
        self.session = session
        self.game = game
