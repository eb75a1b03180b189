"""A record of the text the drawing helpers put on screen, for checks that nothing is lost.

When a test or tool sets `FontBook.record`, every line drawn by `draw_fitted_line` and
every box drawn by `draw_text_box` is noted with where it landed, its size and whether it
was cut short; a panel that leaves out a whole line for want of room notes it as dropped.
The app starts a new layer for each scene it draws, so a check can look at
the top scene alone (an overlay legitimately covers the texts of the scene below it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame


@dataclass(frozen=True)
class DrawnText:
    """One text as drawn."""

    text: str
    rect: tuple[int, int, int, int]  # where its pixels landed (x, y, width, height)
    size: int  # px
    cut: bool  # drawn shortened ("…") or taller than its box


@dataclass
class TextRecord:
    """The texts drawn, one list per scene layer, the latest layer last."""

    layers: list[list[DrawnText]] = field(default_factory=lambda: [[]])

    def begin_layer(self) -> None:
        self.layers.append([])

    def add(self, text: str, rect: pygame.Rect, size: int, cut: bool) -> None:
        if text.strip() and rect.width > 0 and rect.height > 0:
            self.layers[-1].append(DrawnText(text, tuple(rect), size, cut))

    def drop(self, text: str, size: int) -> None:
        """Note a text left out entirely (no room), as a cut text with no place on screen."""
        if text.strip():
            self.layers[-1].append(DrawnText(text, (0, 0, 0, 0), size, True))

    def top_layer(self) -> list[DrawnText]:
        return self.layers[-1]


class CapturedTexts:
    """The texts drawn into a cached picture, kept to be recorded again at each blit: a
    picture made once and blitted every frame still counts as text on screen.

        with CapturedTexts(fonts) as captured:  # while drawing into the picture
            ...
        captured.replay(fonts, offset)          # each time the picture is blitted
    """

    def __init__(self, fonts) -> None:
        self.fonts = fonts
        self.texts: list[DrawnText] = []
        self.recorded = False  # whether the picture was drawn while a record was kept
        self._outer: TextRecord | None = None

    def __enter__(self) -> CapturedTexts:
        self._outer = self.fonts.record
        self.recorded = self._outer is not None
        if self._outer is not None:
            self.fonts.record = TextRecord()
        return self

    def __exit__(self, *exc_info) -> None:
        if self._outer is not None:
            self.texts = self.fonts.record.top_layer()
            self.fonts.record = self._outer

    def stale(self, fonts) -> bool:
        """True if a record is kept now but the picture was drawn without one: draw it
        again so its texts are known."""
        return fonts.record is not None and not self.recorded

    def replay(self, fonts, offset: tuple[int, int] = (0, 0)) -> None:
        """Record the captured texts again, moved by `offset` (where the picture went)."""
        if fonts.record is not None:
            for text in self.texts:
                fonts.record.add(text.text, pygame.Rect(text.rect).move(offset), text.size,
                                 text.cut)
