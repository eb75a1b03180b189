"""Where each citizen of a society sits: a layout computed from the friendships, one cell of
a grid each, so every citizen is a shape of its own and friends sit near each other.

At first citizens are placed in id order ring by ring (concentric rectangles) from the centre
out: the small world's lattice neighbours are ids next to each other, so they start side by
side, and the player's citizen 0 is in the middle. Each week (`week_steps`) every citizen, in
id order, looks one step over towards where their friends pull them (and, when cut off from
the largest circle of friends, towards the edge) and swaps places with whoever sits there if
that leaves the two better placed: nearer their friends, and the cut-off further out (the
friendless most). A swap only ever lowers that total cost, so the picture settles rather than
shakes, and no one moves more than a few steps a week. Clusters of friends gather, and those
the friend rule cuts off drift to the edge. Pure Python, no randomness, nothing written back
to the society: the same ties give the same layout.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterator, Sequence

STEP_PULL_CELLS = 0.5  # a citizen looks one cell over along an axis pulled this far along it
PUSH_REACH_CELLS = 2.0  # how hard the edge pulls someone cut off (cells of pull)
CUT_OFF_WEIGHT = 6.0  # squared cells of ties worth one cell further out, when cut off ...
FRIENDLESS_WEIGHT = 12.0  # ... and when without a friend at all
STEP_CITIZENS = 250  # citizens handled per step of a week spread over frames


class SocietyLayout:
    """Each citizen's grid cell (column, row) on a `columns` x `rows` grid."""

    def __init__(self, population: int, columns: int, rows: int, stride: int = 1) -> None:
        """`stride`: cells a citizen looks over to move at once (a density view moves a
        shape's width at a time, so a large society sorts in as many weeks as a small one)."""
        if columns * rows < population:
            raise ValueError(f"{columns}x{rows} cells cannot hold {population} citizens")
        self.population, self.columns, self.rows = population, columns, rows
        self.stride = stride
        self.centre = (columns / 2, rows / 2)
        self.cells = [cell for ring in self._ring_cells() for cell in ring]  # citizen i: i-th
        self._occupant = self._occupants()
        self.weeks = 0  # weeks laid out since the start

    def _ring_cells(self) -> list[list[tuple[int, int]]]:
        """The `population` cells nearest the centre (rectangular distance, scaled to the
        grid's shape), grouped into rings, each ring in angle order; the outermost ring used
        is thinned evenly round its angle, not filled on one side."""
        half_w, half_h = self.columns / 2, self.rows / 2
        rings_count = max(1, math.ceil(max(half_w, half_h)))
        by_ring: dict[int, list[tuple[float, tuple[int, int]]]] = {}
        for row in range(self.rows):
            for column in range(self.columns):
                dx, dy = column + 0.5 - half_w, row + 0.5 - half_h
                reach = max(abs(dx) / half_w, abs(dy) / half_h)
                ring = min(rings_count - 1, int(reach * rings_count))
                by_ring.setdefault(ring, []).append((math.atan2(dy, dx), (column, row)))
        rings, left = [], self.population
        for ring in sorted(by_ring):
            cells = [cell for _, cell in sorted(by_ring[ring])]
            if left <= 0:
                break
            if len(cells) > left:  # evenly round the ring
                cells = [cells[index * len(cells) // left] for index in range(left)]
            rings.append(cells)
            left -= len(cells)
        return rings

    def week_steps(self, ties: Sequence[Sequence[int]]) -> Iterator[None]:
        """One week of the layout for the society's `ties`, yielding after each chunk of
        STEP_CITIZENS citizens: each citizen in id order looks at the next cell towards
        where their ties (and, when cut off, the edge) pull them and swaps places with its
        occupant if that leaves the two better placed (`_cost`); so no one moves more than a
        few cells a week and the picture settles rather than shakes."""
        group, largest = yield from self._largest_community(ties)
        cells, occupant, columns = self.cells, self._occupant, self.columns
        cx, cy = self.centre
        for start in range(0, self.population, STEP_CITIZENS):
            for index in range(start, min(self.population, start + STEP_CITIZENS)):
                column, row = cells[index]
                friends = ties[index]
                pull_x = pull_y = 0.0
                if friends:
                    pull_x = sum(cells[f][0] for f in friends) / len(friends) - column
                    pull_y = sum(cells[f][1] for f in friends) / len(friends) - row
                if group[index] != largest:
                    out_x, out_y = column + 0.5 - cx, row + 0.5 - cy
                    reach = math.hypot(out_x, out_y) or 1.0
                    pull_x += out_x / reach * PUSH_REACH_CELLS * self.stride
                    pull_y += out_y / reach * PUSH_REACH_CELLS * self.stride
                least = STEP_PULL_CELLS * self.stride
                step_x = (pull_x >= least) - (pull_x <= -least)
                step_y = (pull_y >= least) - (pull_y <= -least)
                column_to, row_to = column + step_x * self.stride, row + step_y * self.stride
                if (step_x or step_y) and 0 <= column_to < columns and 0 <= row_to < self.rows:
                    other = occupant[row_to * columns + column_to]
                    if other >= 0 and self._swap_gain(index, other, ties, group, largest) > 0:
                        cells[index], cells[other] = cells[other], cells[index]
                        occupant[row_to * columns + column_to] = index
                        occupant[row * columns + column] = other
            yield
        self.weeks += 1

    def _occupants(self) -> list[int]:
        """Who sits in each grid cell (row-major), -1 where no one does."""
        occupant = [-1] * (self.columns * self.rows)
        for index, (column, row) in enumerate(self.cells):
            occupant[row * self.columns + column] = index
        return occupant

    def _swap_gain(self, one: int, other: int, ties: Sequence[Sequence[int]],
                   group: Sequence[int], largest: int) -> float:
        """How much better placed `one` and `other` would be with their cells swapped
        (`group`: each citizen's circle of friends, `largest` the largest one's)."""
        here, there = self.cells[one], self.cells[other]
        one_in, other_in = group[one] == largest, group[other] == largest
        return (self._cost(one, here, other, ties, one_in)
                + self._cost(other, there, one, ties, other_in)
                - self._cost(one, there, other, ties, one_in)
                - self._cost(other, here, one, ties, other_in))

    def _cost(self, citizen: int, cell: tuple[int, int], other: int,
              ties: Sequence[Sequence[int]], in_largest: bool) -> float:
        """How badly `citizen` would sit at `cell`: the squared distances to their friends
        (`other`, the one they would swap with, left out: that distance does not change),
        less, when cut off from the largest circle, a reward for sitting further out."""
        cells, (column, row) = self.cells, cell
        cost = 0.0
        for friend in ties[citizen]:
            if friend != other:
                fc, fr = cells[friend]
                cost += (fc - column) ** 2 + (fr - row) ** 2
        if not in_largest:
            weight = CUT_OFF_WEIGHT if ties[citizen] else FRIENDLESS_WEIGHT
            cost -= weight * self._reach(column + 0.5 - self.centre[0],
                                         row + 0.5 - self.centre[1])
        return cost

    def _reach(self, x: float, y: float) -> float:
        """How far out a point (from the centre) is, in cells of the grid's longer half
        (rectangular rings, as the grid's cells are ranked)."""
        half_w, half_h = self.centre
        return max(abs(x) / half_w, abs(y) / half_h) * max(half_w, half_h)

    def _largest_community(self, ties: Sequence[Sequence[int]]
                           ) -> Generator[None, None, tuple[list[int], int]]:
        """Each citizen's circle of friends (the citizens joined to them by paths of
        friendships, named by its lowest id), found a chunk at a time, and which is the
        largest (of equal sizes, the one with the lowest id)."""
        group = [-1] * self.population
        best, best_size, walked = -1, 0, 0
        for first in range(self.population):
            if group[first] >= 0:
                continue
            group[first], queue = first, [first]
            for citizen in queue:  # the queue grows as it is walked
                for friend in ties[citizen]:
                    if group[friend] < 0:
                        group[friend] = first
                        queue.append(friend)
                walked += 1
                if walked == STEP_CITIZENS:
                    walked = 0
                    yield
            if len(queue) > best_size:
                best, best_size = first, len(queue)
        return group, best

    def mean_tie_length(self, ties: Sequence[Sequence[int]]) -> float:
        """The average distance between friends, in cells (for checks)."""
        total, count = 0.0, 0
        for index, friends in enumerate(ties):
            column, row = self.cells[index]
            for friend in friends:
                other = self.cells[friend]
                total += math.hypot(other[0] - column, other[1] - row)
                count += 1
        return total / count if count else 0.0
