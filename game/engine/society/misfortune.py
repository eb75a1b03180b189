"""Misfortune in the society: who is struck each week, for a chunk of citizens at once.

A citizen whose draw is under their weekly chance is struck (the week's scores take the hit)
and cannot be struck again until the misfortune has run its course: `weeks` more weeks. Kept
as lanes (`lanes`), one integer per chunk of citizens: each citizen's threshold,
and the weeks their misfortune still bars a new one, so a week's misfortune is a handful of
lane operations per chunk. A season asks about one citizen at a time (`weeks_left`, `end`):
a lane there is read or written on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.engine.society.bulk_draws import threshold
from game.engine.society.lanes import LANE_BITS, LANE_MASK, lanes, lanes_to_words, pack_chunks


class Misfortune:
    """Each chunk's misfortune thresholds and the weeks each citizen's misfortune has left."""

    def __init__(self, chunks: Sequence[tuple[int, int]], weeks: int) -> None:
        self.chunks, self.weeks = chunks, weeks
        self.cuts = [0] * len(chunks)  # lanes: draws under these strike
        self.barred = [0] * len(chunks)  # lanes: weeks before a new misfortune may strike

    def set_chances(self, chances: Sequence[float]) -> None:
        """Each citizen's weekly chance of a misfortune (0..1)."""
        self.cuts = pack_chunks(list(map(threshold, chances)), self.chunks)

    def strike(self, chunk: int, draws: int) -> int:
        """This week's misfortunes in chunk number `chunk` (its draws as lanes): 1 in the
        lane of each citizen struck, else 0."""
        start, stop = self.chunks[chunk]
        lane = lanes(stop - start)
        barred = self.barred[chunk]
        barred -= lane.at_least(barred, lane.ones)  # a week of each misfortune has passed
        struck = lane.below(draws, self.cuts[chunk]) & lane.below(barred, lane.ones)
        self.barred[chunk] = barred + (self.weeks + 1) * struck  # this week and `weeks` more
        return struck

    def _place(self, citizen: int) -> tuple[int, int]:
        """(chunk number, bit offset of the citizen's lane in it)."""
        for chunk, (start, stop) in enumerate(self.chunks):
            if start <= citizen < stop:
                return chunk, LANE_BITS * (citizen - start)
        raise IndexError(f"no citizen {citizen}")

    def weeks_left(self, citizen: int) -> int:
        """Weeks the citizen's misfortune runs on after the week just past (0: none)."""
        chunk, shift = self._place(citizen)
        return max(0, (self.barred[chunk] >> shift & LANE_MASK) - 1)

    def end(self, citizen: int) -> None:
        """End the citizen's misfortune now (a friend helped): a new one may strike next week."""
        chunk, shift = self._place(citizen)
        self.barred[chunk] &= ~(LANE_MASK << shift)

    def barred_weeks(self) -> list[int]:
        """Every citizen's weeks before a new misfortune may strike, as kept (for saving)."""
        return [week for (start, stop), barred in zip(self.chunks, self.barred, strict=True)
                for week in lanes_to_words(barred, stop - start)]

    def restore(self, barred_weeks: Sequence[int]) -> None:
        """Take back what `barred_weeks` gave (each 0..weeks + 1)."""
        if not all(0 <= week <= self.weeks + 1 for week in barred_weeks):
            raise ValueError(f"misfortune weeks must be 0..{self.weeks + 1}")
        self.barred = pack_chunks(list(barred_weeks), self.chunks)
