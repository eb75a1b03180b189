"""Drawing a society: each citizen a shape in its band's colour AND shape (so colour is never
the only cue), placed by a layout computed from the friendships (`society_layout`: friends side
by side, those cut off pushed to the edge), ties as faint lines, on a cached picture; the
player's own ties drawn bright over it. When there are too many citizens for a shape each, a
density view of the same layout: one shape per block of cells, the band most there are in.

The picture is redrawn only when the society has ticked (the layout moved on a week first),
and that redraw is spread over frames (`prepare`) while the last complete picture stays on
screen; the shapes are blitted from one pre-drawn sprite per band in `fblits` calls.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TypeVar

import pygame

from game.ui.markers import Marker, draw_marker
from game.ui.society_layout import SocietyLayout
from game.ui.text import FontBook
from game.ui.text_box import draw_fitted_line, draw_text_box_shrinking
from game.ui.theme import MIN_BODY_TEXT_PX, Theme

T = TypeVar("T")  # what a generator of steps returns

BANDS = ((700, "high", Marker.TRIANGLE), (600, "good", Marker.CIRCLE),
         (500, "low", Marker.SQUARE), (0, "very_low", Marker.DIAMOND))
"""(lowest score, band id, marker shape), highest band first."""
BAND_GLYPHS = ("▲", "●", "■", "◆")  # the bands' shapes as text, in BANDS order
TIE_ALPHA = 120  # 0..255: ties are a faint web under the shapes (mixed into the background)
LAYER_CHUNK = 250  # citizens whose ties are drawn per step of a picture spread over frames
DOT_CHUNK = 2_500  # citizens whose shapes are drawn per step, after every tie
CATCH_UP_CITIZENS = 40_000  # layout work at most per picture (citizens x weeks laid out)
MIN_CELL_PX = 2  # the smallest grid cell (20,000 citizens on a small canvas)
MIN_SHAPE_PX = 7  # a cell smaller than this gets no shape of its own: a density view
MAX_DOT_PX = 15  # the largest shape
MARKER_REACH = 1.25  # a marker's furthest point, in radii (a diamond's tip reaches 1.2)
DIM_SHARE = 0.25  # a dimmed shape's colour: this much of its band's, the rest background
YOU = 0  # the player's own citizen
RING_MIN_PX = 6  # radius of the rings marking the selected citizen and the player's
RING_GAP_PX = 3  # the player's outer ring sits this far outside the inner one
YOU_RING_PX = 3  # line width of the player's ring
YOU_TIE_PX = 2  # line width of the player's ties
SELECTED_TIE_PX = 2  # line width of the selected citizen's ring and ties
MARKED_TIE_SHARE = 0.3  # a bright tie stops after this share of the map's shorter side
LEGEND_GAP_PX = 4  # between a legend shape and its name
LEGEND_ENTRY_GAP_PX = 14  # between legend entries
LEGEND_SHRINK_PT = 6  # the legend's note may shrink this much to fit
EDGE_PX = MAX_DOT_PX // 2 + RING_GAP_PX + YOU_RING_PX  # room kept free around the grid


class CellPositions(Sequence[tuple[int, int]]):
    """Where each citizen is drawn on screen, looked up through their grid cell (made as
    asked, so a new picture's places cost a list of cell numbers, not of points)."""

    def __init__(self, cell_ids: list[int], centres: list[tuple[int, int]]) -> None:
        self._cell_ids, self._centres = cell_ids, centres

    def __len__(self) -> int:
        return len(self._cell_ids)

    def __getitem__(self, index):  # an int or a slice, as any sequence takes
        if isinstance(index, slice):
            return [self._centres[cell] for cell in self._cell_ids[index]]
        return self._centres[self._cell_ids[index]]


def _finished(steps: Generator[None, None, T]) -> T:
    """Run `steps` (a generator) to its end at once and give back what it returns."""
    result: list[T] = []

    def taking() -> Iterator[None]:
        result.append((yield from steps))

    for _ in taking():
        pass
    return result[0]


def band_index(score: int) -> int:
    """Which band a score falls in (0 = high)."""
    for index, (floor, _, _) in enumerate(BANDS):
        if score >= floor:
            return index
    return len(BANDS) - 1


class SocietyCanvas:
    """Positions, sprites and the cached picture for one society drawn in one rect."""

    def __init__(self, rect: pygame.Rect, population: int, theme: Theme, max_score: int) -> None:
        """`max_score` is the highest score a citizen can have (the sprite table's end)."""
        self.rect = pygame.Rect(rect)
        self.max_score = max_score
        self.theme = theme
        room = self.rect.inflate(-2 * EDGE_PX, -2 * EDGE_PX)  # the player's rings fit inside
        columns = max(1, round(math.sqrt(population * room.width / room.height)))
        rows = math.ceil(population / columns)
        self.cell = max(MIN_CELL_PX, min(room.width / columns, room.height / rows))  # px
        self.columns, self.rows = columns, rows
        self.left = room.left + (room.width - columns * self.cell) / 2  # the grid's corner
        self.top = room.top + (room.height - rows * self.cell) / 2
        self.population = population
        self.block = 1 if self.cell >= MIN_SHAPE_PX else math.ceil(MIN_SHAPE_PX / self.cell)
        """Grid cells a side per shape: 1, each citizen a shape; more, a density view."""
        self.layout = self._fresh_layout()
        size = max(2, min(MAX_DOT_PX, int(self.block * self.cell) - 1))
        self.offset = math.ceil(size / 2 * MARKER_REACH)  # a shape's centre to its sprite's edge
        self.sprites = [self._sprite(index, size) for index in range(len(BANDS))]
        self.dim_sprites = [self._sprite(index, size, DIM_SHARE) for index in range(len(BANDS))]
        self._by_score: dict[int | None, list[pygame.Surface]] = {}
        self._band_of = [band_index(score) for score in range(max_score + 1)]
        grid = [(column, row) for row in range(rows) for column in range(columns)]
        self._centres = [self._spot(column, row, 0, 0) for column, row in grid]  # on screen
        self._corners = [(x - self.rect.left - self.offset, y - self.rect.top - self.offset)
                         for x, y in self._centres]  # each cell's sprite corner in the layer
        self._take(*_finished(self._place_steps(self.layout.cells)))
        self.ties_layer: pygame.Surface | None = None  # the last complete picture
        self.layer_key: tuple[int, int | None] | None = None  # its (week, spotlit band)
        self.building: Iterator[None] | None = None  # the next picture, under way

    def _fresh_layout(self) -> SocietyLayout:
        """The layout of week 0 (moving a shape's width at a time)."""
        return SocietyLayout(self.population, self.columns, self.rows, self.block)

    @property
    def density(self) -> bool:
        """Whether each shape stands for a block of citizens (too many for a shape each)."""
        return self.block > 1

    def citizens_per_shape(self) -> int:
        """How many citizens' places one shape covers (1 unless a density view)."""
        return self.block * self.block

    def _place_steps(self, cells: list[tuple[int, int]]
                     ) -> Generator[None, None, tuple[list[int], list[int]]]:
        """Each citizen's cell number (row-major) and the citizen in each cell (-1: none), a
        chunk at a time, returned at the end (only whole numbers are made, nothing the
        garbage collector has to follow)."""
        columns, ids, occupant = self.columns, [], [-1] * (self.columns * self.rows)
        for start in range(0, len(cells), LAYER_CHUNK):
            for index in range(start, min(len(cells), start + LAYER_CHUNK)):
                column, row = cells[index]
                ids.append(row * columns + column)
                occupant[row * columns + column] = index
            yield
        return ids, occupant

    def _take(self, ids: list[int], occupant: list[int]) -> None:
        """Make the places `_place_steps` worked out the ones drawn and picked."""
        self._cell_ids, self._occupant = ids, occupant
        self.positions = CellPositions(ids, self._centres)

    def _sprite(self, band: int, size: int, strength: float = 1.0,
                offset: int | None = None) -> pygame.Surface:
        """A band's shape, about `size` px across, in its colour (mixed into the background at
        `strength` below 1, for the bands a spotlight leaves in the dark), centred on a
        sprite 2 * `offset` + 1 px a side (room for a triangle's or diamond's reach; by
        default the society's `self.offset`)."""
        offset = self.offset if offset is None else offset
        side = 2 * offset + 1
        sprite = pygame.Surface((side, side), pygame.SRCALPHA)
        palette = self.theme.palette
        color = pygame.Color(palette.background).lerp(
            palette.series[band % len(palette.series)], strength)
        draw_marker(sprite, BANDS[band][2], (offset, offset), size // 2, color)
        return sprite

    def prepare(self, scores: list[int], ties: list[list[int]], tick: int,
                more: Callable[[], bool], spotlight: int | None = None) -> None:
        """Work on the picture of week `tick` while `more()` says so (at least one step);
        the last complete picture is shown until it is done. A picture under way is finished
        before the next is begun (so the layout takes whole weeks). With a `spotlight` band,
        the other bands are dimmed (brightness, not colour, tells)."""
        key = (tick, spotlight)
        while key != self.layer_key:
            if self.building is None:
                self.building = self._layer_steps(scores, ties, key)
            for _ in self.building:
                if not more():
                    return
            self.building = None

    def _layer_steps(self, scores: list[int], ties: list[list[int]],
                     key: tuple[int, int | None]) -> Iterator[None]:
        """Bring the layout up to week `key[0]` (a whole week per pass; a large society
        late by many weeks catches up only CATCH_UP_CITIZENS worth of passes a picture),
        then draw ties (a faint colour mixed with the background, so the layer is opaque
        and quick to blit) and shapes into a new layer, yielding after each chunk of
        citizens; the new places are taken with the picture."""
        week, layout = key[0], self.layout
        if week < layout.weeks:  # the society started again
            layout = self.layout = self._fresh_layout()
        passes = max(1, CATCH_UP_CITIZENS // self.population)
        for _ in range(min(passes, week - layout.weeks)):
            yield from layout.week_steps(ties)
        layout.weeks = max(layout.weeks, week)
        cells = list(layout.cells)
        ids, occupant = yield from self._place_steps(cells)
        layer = pygame.Surface(self.rect.size)
        layer.fill(self.theme.palette.background)
        if self.density:
            yield from self._density_steps(layer, scores, cells, key[1])
        else:
            yield from self._ties_steps(layer, ties, ids)
            yield from self._shape_steps(layer, scores, ids, key[1])
        self._take(ids, occupant)
        self.ties_layer, self.layer_key = layer, key

    def _spot(self, column: float, row: float, left: int | None = None,
              top: int | None = None) -> tuple[int, int]:
        """A grid cell's centre in the layer (or on screen, with `left` and `top` 0)."""
        left = self.rect.left if left is None else left
        top = self.rect.top if top is None else top
        return (round(self.left - left + (column + 0.5) * self.cell),
                round(self.top - top + (row + 0.5) * self.cell))

    def _ties_steps(self, layer: pygame.Surface, ties: list[list[int]],
                    ids: list[int]) -> Iterator[None]:
        """Every friendship as a faint line between the two friends (`ids`: each citizen's
        grid cell, row-major)."""
        color = pygame.Color(self.theme.palette.background).lerp(
            self.theme.palette.muted_text, TIE_ALPHA / 255)
        shift_x, shift_y, line = self.rect.left, self.rect.top, pygame.draw.line
        centres = self._centres
        for start in range(0, len(ties), LAYER_CHUNK):
            for index in range(start, min(len(ties), start + LAYER_CHUNK)):
                x, y = centres[ids[index]]
                for other in ties[index]:
                    if other > index:
                        ox, oy = centres[ids[other]]
                        line(layer, color, (x - shift_x, y - shift_y),
                             (ox - shift_x, oy - shift_y))
            yield

    def _shape_steps(self, layer: pygame.Surface, scores: list[int],
                     ids: list[int], spotlight: int | None) -> Iterator[None]:
        """Each citizen's band shape over the ties, in one `fblits` per chunk."""
        sprite_of = self._sprites_by_score(spotlight).__getitem__
        corner_of = self._corners.__getitem__
        for start in range(0, len(scores), DOT_CHUNK):
            stop = start + DOT_CHUNK
            layer.fblits(list(zip(map(sprite_of, scores[start:stop]),
                                  map(corner_of, ids[start:stop]),
                                  strict=False)))  # a list: what fblits takes everywhere
            yield

    def _density_steps(self, layer: pygame.Surface, scores: list[int],
                       cells: list[tuple[int, int]], spotlight: int | None) -> Iterator[None]:
        """One shape per block of `block` x `block` cells: the band most of the citizens
        there are in (of equal counts, the lower band), so the layout's regions show."""
        block, block_columns = self.block, -(-self.columns // self.block)
        band_of = self._band_of
        counts: dict[int, list[int]] = {}
        for start in range(0, len(scores), LAYER_CHUNK):
            for index in range(start, min(len(scores), start + LAYER_CHUNK)):
                column, row = cells[index]
                spot = (row // block) * block_columns + column // block
                tally = counts.get(spot)
                if tally is None:
                    tally = counts[spot] = [0] * len(BANDS)
                tally[band_of[scores[index]]] += 1
            yield
        sprites = [self.sprites[band] if spotlight in (None, band) else self.dim_sprites[band]
                   for band in range(len(BANDS))]
        corner, middle = self.offset, (block - 1) / 2  # a block's centre, in cells
        blits, lowest_first = [], range(len(BANDS) - 1, -1, -1)
        for done, (spot, tally) in enumerate(counts.items(), start=1):
            band = max(lowest_first, key=tally.__getitem__)  # the first of the most
            block_row, block_column = divmod(spot, block_columns)
            x, y = self._spot(block_column * block + middle, block_row * block + middle)
            blits.append((sprites[band], (x - corner, y - corner)))
            if done % LAYER_CHUNK == 0:
                yield
        layer.fblits(blits)
        yield

    def legend_sprites(self, size: int, spotlight: int | None) -> list[pygame.Surface]:
        """Each band's shape as the society draws it (dimmed outside a `spotlight`), at
        `size` px for the legend."""
        return [self._sprite(band, size, 1.0 if spotlight in (None, band) else DIM_SHARE,
                             math.ceil(size / 2 * MARKER_REACH)) for band in range(len(BANDS))]

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
        the player's citizen (citizen 0) ringed twice and labelled with `you_label` with their
        ties bright, and the `selected` citizen ringed with their ties in the focus colour."""
        if self.ties_layer is None or self.layer_key[1] != spotlight:  # at once, when asked
            self.prepare(scores, ties, tick, lambda: True, spotlight)
        surface.blit(self.ties_layer, self.rect.topleft)
        palette, ring = self.theme.palette, max(RING_MIN_PX, round(self.cell))
        you = self.positions[YOU]
        self._draw_ties_of(surface, YOU, ties, palette.text, YOU_TIE_PX)
        if selected is not None and 0 <= selected < len(self.positions):
            self._draw_ties_of(surface, selected, ties, palette.focus, SELECTED_TIE_PX)
            pygame.draw.circle(surface, palette.focus, self.positions[selected], ring,
                               width=SELECTED_TIE_PX)
        pygame.draw.circle(surface, palette.text, you, ring + RING_GAP_PX, width=YOU_RING_PX)
        pygame.draw.circle(surface, palette.background, you, ring, width=1)
        if you_label is not None:
            spot = you_label.get_rect(midleft=(you[0] + ring + 2 * RING_GAP_PX, you[1]))
            spot.clamp_ip(self.rect)
            pygame.draw.rect(surface, palette.background, spot.inflate(4, 0))
            surface.blit(you_label, spot)

    def _draw_ties_of(self, surface: pygame.Surface, citizen: int, ties: list[list[int]],
                      color: pygame.Color, width: int) -> None:
        """A citizen's ties, bright: each friend ringed, and a line towards them that stops
        after MARKED_TIE_SHARE of the map's shorter side, so a far friend's line points the
        way without crossing the whole map."""
        x, y = self.positions[citizen]
        reach = MARKED_TIE_SHARE * min(self.rect.width, self.rect.height)
        ring = max(RING_MIN_PX, round(self.cell)) - 1
        for friend in ties[citizen]:
            fx, fy = self.positions[friend]
            length = math.hypot(fx - x, fy - y)
            if length > reach:
                end = (round(x + (fx - x) * reach / length), round(y + (fy - y) * reach / length))
            else:
                end = (fx, fy)
            pygame.draw.line(surface, color, (x, y), end, width)
            pygame.draw.circle(surface, color, (fx, fy), ring, width=1)

    def citizen_at(self, point: tuple[int, int]) -> int | None:
        """The citizen drawn nearest `point`, if one is within a cell of it. Only the grid
        cells around the point are looked at, so hovering costs the same at any size."""
        if not self.rect.collidepoint(point):
            return None
        row = min(self.rows - 1, max(0, int((point[1] - self.top) // self.cell)))
        column = min(self.columns - 1, max(0, int((point[0] - self.left) // self.cell)))
        best, best_distance = None, self.cell * self.cell
        for near_row in range(max(0, row - 1), min(self.rows, row + 2)):
            for near_column in range(max(0, column - 1), min(self.columns, column + 2)):
                index = self._occupant[near_row * self.columns + near_column]
                if index < 0:
                    continue
                x, y = self.positions[index]
                distance = (x - point[0]) ** 2 + (y - point[1]) ** 2
                if distance < best_distance or (distance == best_distance
                                                and (best is None or index > best)):
                    best, best_distance = index, distance
        return best


def draw_band_legend(surface: pygame.Surface, rect: pygame.Rect, sprites: list[pygame.Surface],
                     names: list[str], note: str, theme: Theme, fonts: FontBook) -> None:
    """The bands' own shapes in their own colours (`sprites`, as the society draws them),
    each followed by its name, on the first line of `rect`; `note` under them, shrinking to
    the room left."""
    small = theme.fonts.small
    font, x, line_h = fonts.font(small), rect.left, fonts.line_height(small)
    middle = rect.top + line_h // 2
    for sprite, name in zip(sprites, names, strict=True):
        spot = sprite.get_rect(midleft=(x, middle))
        surface.blit(sprite, spot)
        width = min(font.size(name)[0], max(1, rect.right - spot.right - LEGEND_GAP_PX))
        draw_fitted_line(surface, name, pygame.Rect(spot.right + LEGEND_GAP_PX, rect.top,
                                                    width, line_h),
                         fonts, size=small, min_size=small - LEGEND_SHRINK_PT,
                         color=theme.palette.text, bold=True)
        x = spot.right + LEGEND_GAP_PX + width + LEGEND_ENTRY_GAP_PX
    draw_text_box_shrinking(surface, note, pygame.Rect(rect.left, rect.top + line_h, rect.width,
                                                       rect.height - line_h),
                            fonts, sizes=tuple(range(small, MIN_BODY_TEXT_PX - 5, -2)),
                            color=theme.palette.muted_text)  # large text: down to the minimum
