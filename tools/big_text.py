"""Big characters for a terminal: an address a class can read from the back of the room.

`banner(text, columns)` draws digits, letters a-z, ".", ":" and "/" in block characters, from
a 3x5 pixel font, as large as fits in `columns`: each pixel two cells wide and one line
tall ("██"), or, if that is too wide, one cell wide and half a line tall (upper and lower
half blocks, "▀▄"). Text that fits neither way on one line is split after its last ":" onto
two; if even that does not fit it returns [] and the caller prints the text plainly.
"""

from __future__ import annotations

GLYPH_HEIGHT_PX = 5
GAP_PX = 1  # blank pixel columns between two characters
FULL, UPPER, LOWER, EMPTY = "█", "▀", "▄", " "

# Each character as rows of pixels, "#" on and "." off. Narrow punctuation saves width.
GLYPHS = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", ".##", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", ".#.", ".#.", ".#."),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    "a": (".#.", "#.#", "###", "#.#", "#.#"),
    "b": ("##.", "#.#", "##.", "#.#", "##."),
    "c": (".##", "#..", "#..", "#..", ".##"),
    "d": ("##.", "#.#", "#.#", "#.#", "##."),
    "e": ("###", "#..", "##.", "#..", "###"),
    "f": ("###", "#..", "##.", "#..", "#.."),
    "g": (".##", "#..", "#.#", "#.#", ".##"),
    "h": ("#.#", "#.#", "###", "#.#", "#.#"),
    "i": ("###", ".#.", ".#.", ".#.", "###"),
    "j": ("..#", "..#", "..#", "#.#", ".#."),
    "k": ("#.#", "#.#", "##.", "#.#", "#.#"),
    "l": ("#..", "#..", "#..", "#..", "###"),
    "m": ("#.#", "###", "###", "#.#", "#.#"),
    "n": ("##.", "#.#", "#.#", "#.#", "#.#"),
    "o": (".#.", "#.#", "#.#", "#.#", ".#."),
    "p": ("##.", "#.#", "##.", "#..", "#.."),
    "q": (".#.", "#.#", "#.#", "##.", ".##"),
    "r": ("##.", "#.#", "##.", "#.#", "#.#"),
    "s": (".##", "#..", ".#.", "..#", "##."),
    "t": ("###", ".#.", ".#.", ".#.", ".#."),
    "u": ("#.#", "#.#", "#.#", "#.#", "###"),
    "v": ("#.#", "#.#", "#.#", "#.#", ".#."),
    "w": ("#.#", "#.#", "###", "###", "#.#"),
    "x": ("#.#", "#.#", ".#.", "#.#", "#.#"),
    "y": ("#.#", "#.#", ".#.", ".#.", ".#."),
    "z": ("###", "..#", ".#.", "#..", "###"),
    ".": (".", ".", ".", ".", "#"),
    ":": (".", "#", ".", "#", "."),
    "/": ("..#", "..#", ".#.", "#..", "#.."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("..", "..", "..", "..", ".."),
}


def pixel_rows(text: str) -> list[str] | None:
    """The text's pixels, GLYPH_HEIGHT_PX rows of "#"/"."; None if a character is unknown."""
    glyphs = [GLYPHS.get(character) for character in text.lower()]
    if not glyphs or any(glyph is None for glyph in glyphs):
        return None
    gap = "." * GAP_PX
    return [gap.join(glyph[row] for glyph in glyphs) for row in range(GLYPH_HEIGHT_PX)]


def render_large(rows: list[str]) -> list[str]:
    """Each pixel two cells wide and one line tall."""
    return [row.replace("#", FULL * 2).replace(".", EMPTY * 2).rstrip() for row in rows]


def render_small(rows: list[str]) -> list[str]:
    """Each pixel one cell wide and half a line tall (two pixel rows per line)."""
    padded = rows + ["." * len(rows[0])] * (len(rows) % 2)
    lines = []
    for top, bottom in zip(padded[0::2], padded[1::2], strict=True):
        cells = {("#", "#"): FULL, ("#", "."): UPPER, (".", "#"): LOWER, (".", "."): EMPTY}
        lines.append("".join(cells[pair] for pair in zip(top, bottom, strict=True)).rstrip())
    return lines


def width(lines: list[str]) -> int:
    return max((len(line) for line in lines), default=0)


def banner(text: str, columns: int) -> list[str]:
    """The largest drawing of `text` at most `columns` wide; [] if none fits or can be drawn."""
    head, colon, tail = text.rpartition(":")
    parts = [[text]] + ([[head, colon + tail]] if colon and head else [])
    for render in (render_large, render_small):
        for pieces in parts:
            drawn = [pixel_rows(piece) for piece in pieces]
            if any(rows is None for rows in drawn):
                return []
            lines = []
            for number, rows in enumerate(drawn):
                lines += ([""] if number else []) + render(rows)
            if width(lines) <= columns:
                return lines
    return []
