"""Fonts, cached text rendering, word wrapping and text boxes that report overflow.

Rendering text is the slowest common drawing call, so ``FontBook`` renders each
(text, size, bold, colour) once and hands back the same surface on later frames, and
remembers wrapped lines and fitted sizes the same way. All caches are bounded.

Each language picks its fonts: Inter for the Latin-script tables, the Noto Sans CJK SC
subset for Chinese (one weight, emboldened by pygame for bold text).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.ui.line_break import may_break_at, segments
from game.ui.lru import LruCache
from game.ui.text_record import TextRecord
from game.ui.theme import Color

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
REGULAR_FONT_FILE = "Inter-Regular.ttf"
BOLD_FONT_FILE = "Inter-Bold.ttf"
CJK_FONT_FILE = "NotoSansSC-Subset.otf"  # tools/subset_fonts.py cuts it to the zh tables
DEFAULT_FONT_LANGUAGE = "en"
# (regular, bold) font files per language; a language not listed uses Inter. One file for
# both styles means bold is drawn by emboldening the regular outlines.
LANGUAGE_FONT_FILES: dict[str, tuple[str, str]] = {"zh": (CJK_FONT_FILE, CJK_FONT_FILE)}

RENDER_CACHE_SURFACES = 2048  # rendered text surfaces kept for re-use
LAYOUT_CACHE_ENTRIES = 1024  # wrapped paragraphs and fitted sizes kept
ELLIPSIS = "…"


def wrap(text: str, font: pygame.font.Font, max_width: int) -> list[str]:
    """Split ``text`` into lines no wider than ``max_width`` px when drawn with ``font``.

    Breaks at spaces and between Chinese characters (closing punctuation never starts a
    line; see ``line_break``), honours "\\n" (an empty paragraph gives an empty line) and
    breaks a word that is wider than a whole line between characters. A single character
    wider than ``max_width`` still gets a line of its own, so the result is never empty for
    non-empty text and wrapping always terminates.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font, max_width))
    return lines


def _wrap_paragraph(paragraph: str, font: pygame.font.Font, max_width: int) -> list[str]:
    pieces = segments(paragraph)
    if not pieces:
        return [""]
    lines: list[str] = []
    line = ""
    for piece in pieces:
        joiner = " " if piece.space_before else ""
        candidate = f"{line}{joiner}{piece.text}" if line else piece.text
        if font.size(candidate)[0] <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if font.size(piece.text)[0] <= max_width:
            line = piece.text
            continue
        parts = _break_word(piece.text, font, max_width)
        lines.extend(parts[:-1])
        line = parts[-1]
    lines.append(line)
    return lines


def _break_word(word: str, font: pygame.font.Font, max_width: int) -> list[str]:
    """Cut an over-long word into pieces that each fit (at least one character each),
    moving a cut back if it would start a piece with closing punctuation or end one with
    opening punctuation."""
    pieces: list[str] = []
    rest = word
    while rest:
        fit = _longest_fitting_prefix(rest, font, max_width)
        while 1 < fit < len(rest) and not may_break_at(rest, fit):
            fit -= 1
        pieces.append(rest[:fit])
        rest = rest[fit:]
    return pieces


def _longest_fitting_prefix(text: str, font: pygame.font.Font, max_width: int) -> int:
    """Length of the longest prefix of ``text`` that fits, but never less than 1."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if font.size(text[:middle])[0] <= max_width:
            low = middle
        else:
            high = middle - 1
    return low


def ellipsize(text: str, font: pygame.font.Font, max_width: int) -> str:
    """``text`` cut short with "…" so that it fits in ``max_width`` px (maybe just "…")."""
    if font.size(text)[0] <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if font.size(text[:middle].rstrip() + ELLIPSIS)[0] <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def font_files(language: str) -> tuple[str, str]:
    """The (regular, bold) font file names that draw ``language``."""
    return LANGUAGE_FONT_FILES.get(language, (REGULAR_FONT_FILE, BOLD_FONT_FILE))


class FontBook:
    """Loads the language's fonts once per (size, bold) and caches what they render.

    ``set_language`` switches fonts (and forgets what was rendered). If a font file is
    missing, pygame's bundled default font stands in, so the game still shows text
    (``using_fallback`` tells which style fell back).
    """

    def __init__(
        self,
        font_dir: Path = FONT_DIR,
        *,
        language: str = DEFAULT_FONT_LANGUAGE,
        render_cache_surfaces: int = RENDER_CACHE_SURFACES,
        layout_cache_entries: int = LAYOUT_CACHE_ENTRIES,
    ) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        self._font_dir = font_dir
        self.language = language
        self._paths = self._paths_for(language)
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self.render_cache: LruCache[tuple[str, int, bool, Color], pygame.Surface] = LruCache(
            render_cache_surfaces
        )
        self._wrap_cache: LruCache[tuple[str, int, bool, int], tuple[str, ...]] = LruCache(
            layout_cache_entries
        )
        self._fit_cache: LruCache[tuple[str, int, int, int, bool], int] = LruCache(
            layout_cache_entries
        )
        self._fit_text_cache: LruCache[tuple[str, int, int, bool, str], str] = LruCache(
            layout_cache_entries
        )
        self.overflow_log: list[str] | None = None  # set to a list to record clipped text
        self.record: TextRecord | None = None  # set to record every text drawn (checks)

    def _paths_for(self, language: str) -> dict[bool, Path]:
        regular, bold = font_files(language)
        return {False: self._font_dir / regular, True: self._font_dir / bold}

    def set_language(self, language: str) -> None:
        """Draw with ``language``'s fonts from now on (caches are emptied on a change)."""
        if language == self.language:
            return
        self.language = language
        self._paths = self._paths_for(language)
        self._fonts.clear()
        self.clear_caches()

    @property
    def synthetic_bold(self) -> bool:
        """True if bold text is the regular font emboldened (one weight shipped)."""
        return self._paths[True] == self._paths[False]

    def note_overflow(self, text: str) -> None:
        """Record text that did not fit its box (when a test or tool is listening)."""
        if self.overflow_log is not None:
            self.overflow_log.append(text)

    def note_drawn(self, text: str, rect: pygame.Rect, size: int, cut: bool) -> None:
        """Record a text drawn (when a test or tool is listening)."""
        if self.record is not None:
            self.record.add(text, rect, size, cut)

    def note_dropped(self, text: str, size: int) -> None:
        """Record a text left out for want of room (when a test or tool is listening)."""
        self.note_overflow(text)
        if self.record is not None:
            self.record.drop(text, size)

    def using_fallback(self, bold: bool = False) -> bool:
        """True if the style's font file is missing and pygame's default font is used."""
        return not self._paths[bold].is_file()

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        """The font object for a size in px, loaded on first use."""
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            path = self._paths[bold]
            if path.is_file():
                font = pygame.font.Font(str(path), size)
                font.bold = bold and self.synthetic_bold
            else:
                font = pygame.font.Font(None, size)
                font.bold = bold
            self._fonts[key] = font
        return font

    def line_height(self, size: int, bold: bool = False) -> int:
        """Distance in px between baselines of consecutive lines."""
        return self.font(size, bold).get_linesize()

    def render(self, text: str, size: int, color: Color, bold: bool = False) -> pygame.Surface:
        """``text`` drawn anti-aliased on a transparent surface; cached, do not modify it."""
        key = (text, size, bold, _color_key(color))
        return self.render_cache.get_or_make(
            key, lambda: self.font(size, bold).render(text, True, key[3])
        )

    def wrap(self, text: str, size: int, max_width: int, bold: bool = False) -> tuple[str, ...]:
        """Cached ``wrap`` of ``text`` at this font size."""
        return self._wrap_cache.get_or_make(
            (text, size, bold, max_width),
            lambda: tuple(wrap(text, self.font(size, bold), max_width)),
        )

    def fit_size(
        self, text: str, max_width: int, size: int, min_size: int, bold: bool = False
    ) -> int:
        """Largest font size from ``size`` down to ``min_size`` at which ``text`` fits on
        one line of ``max_width`` px; ``min_size`` if even that is too wide."""
        if min_size > size:
            raise ValueError(f"min_size {min_size} is larger than size {size}")
        def search() -> int:
            low, high = min_size, size
            while low < high:
                middle = (low + high + 1) // 2
                if self.font(middle, bold).size(text)[0] <= max_width:
                    low = middle
                else:
                    high = middle - 1
            return low

        return self._fit_cache.get_or_make((text, max_width, size, min_size, bold), search)

    def ellipsize(self, text: str, size: int, max_width: int, bold: bool = False) -> str:
        """Cached ``ellipsize`` of ``text`` at this font size."""
        key = (text, size, max_width, bold, ELLIPSIS)
        return self._fit_text_cache.get_or_make(
            key, lambda: ellipsize(text, self.font(size, bold), max_width))

    def clear_caches(self) -> None:
        """Forget rendered surfaces and layouts (fonts stay loaded)."""
        self.render_cache.clear()
        self._wrap_cache.clear()
        self._fit_cache.clear()
        self._fit_text_cache.clear()


def _color_key(color: Color | pygame.Color) -> Color:
    return (int(color[0]), int(color[1]), int(color[2]))
