"""Drawing a society: citizens as dots on a grid laid out by index (the small world's
lattice neighbours sit side by side, so its clusters show), ties as lines on a cached layer,
and each score band with its own colour AND shape, so colour is never the only cue.

The picture (ties, then dots) is redrawn only when the society has ticked, and that redraw is
spread over frames (`prepare`) while the last complete picture stays on screen; the dots are
blitted from one pre-drawn sprite per band in a single `fblits` call.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import pygame

from game.ui.markers import Marker, draw_marker
from game.ui.theme import Theme

BANDS = ((700, "high", Marker.TRIANGLE), (600, "good", Marker.CIRCLE),
         (500, "low", Marker.SQUARE), (0, "very_low", Marker.DIAMOND))
"""(lowest score, band id, marker shape), highest band first."""
BAND_GLYPHS = ("▲", "●", "■", "◆")  # the bands' shapes as text, in BANDS order
TIE_ALPHA = 70  # 0..255: ties are a faint web under the dots (mixed into the background)
LAYER_CHUNK = 250  # citizens whose ties are drawn per step of a picture spread over frames
DOT_CHUNK = 2_500  # citizens whose dots are drawn per step, after every tie
MIN_CELL_PX = 2  # the smallest grid cell (20,000 citizens on a small canvas)
MAX_DOT_PX = 9
DIM_SHARE = 0.25  # a dimmed dot's colour: this much of its band's, the rest background
YOU = 0  # the player's own citizen
RING_MIN_PX = 6  # radius of the rings marking the selected citizen and the player's
RING_GAP_PX = 3  # the player's outer ring sits this far outside the inner one
YOU_RING_PX = 3  # line width of the player's ring
SELECTED_TIE_PX = 2  # line width of the selected citizen's ring and ties
EDGE_PX = MAX_DOT_PX + RING_GAP_PX + YOU_RING_PX  # room kept free around the grid


def band_index(score: int) -> int:
    """Which band a score falls in (0 = high)."""
    for index, (floor, _, _) in enumerate(BANDS):
        if score >= floor:
            return index
    return len(BANDS) - 1


class SocietyCanvas:
    """Positions, sprites and the cached tie layer for one society drawn in one rect."""

    def __init__(self, rect: pygame.Rect, population: int, theme: Theme, max_score: int) -> None:
        """`max_score` is the highest score a citizen can have (the sprite table's end)."""
        self.rect = pygame.Rect(rect)
        self.max_score = max_score
        self.theme = theme
        room = self.rect.inflate(-2 * EDGE_PX, -2 * EDGE_PX)  # the player's rings fit inside
        columns = max(1, round(math.sqrt(population * room.width / room.height)))
        rows = math.ceil(population / columns)
        self.cell = max(MIN_CELL_PX, min(room.width // columns, room.height // rows))
        self.columns, self.rows = columns, rows
        self.left = room.left + (room.width - columns * self.cell) // 2  # the grid's corner
        self.top = room.top + (room.height - rows * self.cell) // 2
        half = self.cell // 2
        self.positions = []
        for index in range(population):
            row, column = self._grid_place(index)
            self.positions.append((self.left + column * self.cell + half,
                                   self.top + row * self.cell + half))
        size = max(2, min(MAX_DOT_PX, self.cell - 1))
        self.sprites = [self._sprite(index, size) for index in range(len(BANDS))]
        self.dim_sprites = [self._sprite(index, size, DIM_SHARE) for index in range(len(BANDS))]
        self.offset = size // 2
        corner = self.offset + 1  # from a dot's centre to its sprite's corner
        self._dot_spots = [(x - corner - self.rect.left, y - corner - self.rect.top)
                           for x, y in self.positions]  # sprite corners in the layer
        self._by_score: dict[int | None, list[pygame.Surface]] = {}
        self.ties_layer: pygame.Surface | None = None  # the last complete picture
        self.layer_key: tuple[int, int | None] | None = None  # its (week, spotlit band)
        self.building: Iterator[None] | None = None  # the next picture, under way
        self.building_key: tuple[int, int | None] | None = None

    def _sprite(self, band: int, size: int, strength: float = 1.0) -> pygame.Surface:
        """A band's dot: its shape in its colour (mixed into the background at `strength`
        below 1, for the bands a spotlight leaves in the dark)."""
        sprite = pygame.Surface((size + 2, size + 2), pygame.SRCALPHA)
        palette = self.theme.palette
        color = pygame.Color(palette.background).lerp(
            palette.series[band % len(palette.series)], strength)
        draw_marker(sprite, BANDS[band][2], (size // 2 + 1, size // 2 + 1), size // 2 + 1,
                    color)
        return sprite

    def prepare(self, scores: list[int], ties: list[list[int]], tick: int,
                more: Callable[[], bool], spotlight: int | None = None) -> None:
        """Work on the picture of week `tick` while `more()` says so (at least one chunk of
        LAYER_CHUNK citizens); the last complete picture is shown until it is done. With a
        `spotlight` band, the other bands' dots are dimmed (brightness, not colour, tells)."""
        key = (tick, spotlight)
        if key == self.layer_key:
            return
        if self.building is None or self.building_key != key:
            self.building = self._layer_steps(scores, ties, key)
            self.building_key = key
        for _ in self.building:
            if not more():
                return
        self.building = None

    def _layer_steps(self, scores: list[int], ties: list[list[int]],
                     key: tuple[int, int | None]) -> Iterator[None]:
        """Draw ties (a faint colour mixed with the background, so the layer is opaque and
        quick to blit) then dots into a new layer, yielding after each chunk of citizens."""
        palette = self.theme.palette
        layer = pygame.Surface(self.rect.size)
        layer.fill(palette.background)
        color = pygame.Color(palette.background).lerp(palette.muted_text, TIE_ALPHA / 255)
        shift_x, shift_y = self.rect.left, self.rect.top
        positions, line = self.positions, pygame.draw.line
        for start in range(0, len(ties), LAYER_CHUNK):
            for index in range(start, min(len(ties), start + LAYER_CHUNK)):
                x, y = positions[index]
                for other in ties[index]:
                    if other > index:
                        ox, oy = positions[other]
                        line(layer, color, (x - shift_x, y - shift_y), (ox - shift_x, oy - shift_y))
            yield
        sprite_of = self._sprites_by_score(key[1]).__getitem__
        spots = self._dot_spots
        for start in range(0, len(scores), DOT_CHUNK):  # dots over every tie
            stop = start + DOT_CHUNK
            layer.fblits(list(zip(map(sprite_of, scores[start:stop]), spots[start:stop],
                                  strict=False)))  # a list: what fblits takes everywhere
            yield
        self.ties_layer, self.layer_key = layer, key

    def _sprites_by_score(self, spotlight: int | None) -> list[pygame.Surface]:
        """Each score's dot sprite (dimmed outside a `spotlight` band), made once per
        spotlight, so drawing thousands of dots is a look-up each."""
        if spotlight not in self._by_score:
            sprites = [self.sprites[band] if spotlight in (None, band) else self.dim_sprites[band]
                       for band in range(len(BANDS))]
            self._by_score[spotlight] = [sprites[band_index(score)]
                                         for score in range(self.max_score + 1)]
        return self._by_score[spotlight]

    def draw(self, surface: pygame.Surface, scores: list[int], ties: list[list[int]],
             tick: int, selected: int | None = None,
             you_label: pygame.Surface | None = None, spotlight: int | None = None) -> None:
        """The society's last complete picture (see `prepare`; the first is made at once),
        the player's citizen (citizen 0) ringed twice and labelled with `you_label`, and the
        `selected` citizen ringed with their ties drawn bold."""
        if self.ties_layer is None or self.layer_key[1] != spotlight:  # at once, when asked
            self.prepare(scores, ties, tick, lambda: True, spotlight)
        surface.blit(self.ties_layer, self.rect.topleft)
        palette, ring = self.theme.palette, max(RING_MIN_PX, self.cell)
        if selected is not None and 0 <= selected < len(self.positions):
            centre = self.positions[selected]
            for friend in ties[selected]:
                pygame.draw.line(surface, palette.focus, centre, self.positions[friend],
                                 SELECTED_TIE_PX)
            pygame.draw.circle(surface, palette.focus, centre, ring, width=SELECTED_TIE_PX)
        you = self.positions[YOU]
        pygame.draw.circle(surface, palette.text, you, ring + RING_GAP_PX, width=YOU_RING_PX)
        pygame.draw.circle(surface, palette.background, you, ring, width=1)
        if you_label is not None:
            spot = you_label.get_rect(midleft=(you[0] + ring + 2 * RING_GAP_PX, you[1]))
            spot.clamp_ip(self.rect)
            pygame.draw.rect(surface, palette.background, spot.inflate(4, 0))
            surface.blit(you_label, spot)

    def _grid_place(self, index: int) -> tuple[int, int]:
        """(row, column) of citizen `index`: rows run alternately left to right and back
        (serpentine), so index neighbours stay neighbours at row ends."""
        row, column = divmod(index, self.columns)
        return (row, self.columns - 1 - column) if row % 2 else (row, column)

    def _grid_index(self, row: int, column: int) -> int:
        """The citizen index at a grid place (perhaps past the last citizen)."""
        return row * self.columns + (self.columns - 1 - column if row % 2 else column)

    def citizen_at(self, point: tuple[int, int]) -> int | None:
        """The citizen drawn nearest `point`, if one is within a cell of it. Only the grid
        places around the point are looked at, so hovering costs the same at any size."""
        if not self.rect.collidepoint(point):
            return None
        row = min(self.rows - 1, max(0, (point[1] - self.top) // self.cell))
        column = min(self.columns - 1, max(0, (point[0] - self.left) // self.cell))
        best, best_distance = None, self.cell * self.cell
        for near_row in range(max(0, row - 1), min(self.rows, row + 2)):
            for near_column in range(max(0, column - 1), min(self.columns, column + 2)):
                index = self._grid_index(near_row, near_column)
                if index >= len(self.positions):
                    continue
                x, y = self.positions[index]
                distance = (x - point[0]) ** 2 + (y - point[1]) ** 2
                if distance < best_distance or (distance == best_distance
                                                and (best is None or index > best)):
                    best, best_distance = index, distance
        return best
