"""How the society's citizens cut and make ties each week.

Conformists drawn to drop (chance chase * drop_rate, in the mandatory era, while the friend
rule bites) cut their lowest friend if that friend is under the bar; then anyone drawn to meet
(befriend_rate) asks a friend's friend, who declines now and then when they score much higher
(while the rule bites). Drops happen first, in citizen order, then meetings, in citizen order:
the order is part of what a seed means. Ties are sorted lists of citizen indices, kept
symmetric. While a player plays citizen 0, the society never asks them (the player makes
their own friends); anyone may still drop them.

Whether someone drops or meets, and whom they meet, come from the week's bulk draws (see
`bulk_draws`); only a decline of a much higher scorer draws from the generator directly.
"""

from __future__ import annotations

import random
from bisect import insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from game.engine.society.bulk_draws import DRAW_BITS
from game.engine.society.world import PLAYER

STRANGER_ACCEPT_CHANCE = 0.3  # chance a much higher scorer accepts a request anyway


@dataclass(frozen=True)
class TieRules:
    """The week's rules for cutting and making ties."""

    drop_below: int  # score points: a friend under this may be dropped
    decline_gap: int  # score points: someone this much higher may decline
    meet_cut: int  # a meet draw under this: the citizen asks a friend's friend
    declines: bool  # whether much higher scorers decline (only while the rule bites)
    player_plays: bool = False  # citizen 0 is the player's: no one in the society asks them


def drop_lowest(ties: list[list[int]], scores: Sequence[int], droppers: Iterable[int],
                drop_below: int) -> list[int]:
    """Each of `droppers` (in order) cuts their lowest friend if that friend scores under
    `drop_below` (of equal lowest friends, the first in the row: the lowest index); returns
    every citizen whose ties changed."""
    score_of = scores.__getitem__
    changed: list[int] = []
    for index in droppers:
        row = ties[index]
        friend_scores = list(map(score_of, row))
        if friend_scores and (lowest := min(friend_scores)) < drop_below:
            friend = row.pop(friend_scores.index(lowest))
            ties[friend].remove(index)
            changed += (index, friend)
    return changed


def meet_friends_of_friends(ties: list[list[int]], scores: Sequence[int],
                            meetings: Iterable[tuple[int, int, int]], rules: TieRules,
                            rng: random.Random) -> list[int]:
    """Each citizen of `meetings` (in order, each with their meet draw, which is under the
    meet threshold, and their pick draw) asks a friend's friend: the friend picked by the meet
    draw, their friend by the pick draw (anyone of theirs but the citizen and, while a player
    plays them, citizen 0). Returns every citizen whose ties changed."""
    cut, gap, declines = rules.meet_cut, rules.decline_gap, rules.declines
    plays = rules.player_plays
    changed: list[int] = []
    for index, meet_draw, pick_draw in meetings:
        row = ties[index]
        if not row:
            continue
        via = ties[row[meet_draw * len(row) // cut]]  # under `cut`: uniform over row
        skip = 1 if plays and via[0] == PLAYER else 0  # rows are sorted
        choices = len(via) - 1 - skip  # `via` holds `index` once: someone else is needed
        if choices < 1:
            continue
        candidate = via[skip + (pick_draw * choices >> DRAW_BITS)]
        if candidate == index:
            candidate = via[-1]
        if candidate not in row and (not declines or scores[candidate] - scores[index] <= gap
                                     or rng.random() < STRANGER_ACCEPT_CHANCE):
            insort(row, candidate)
            insort(ties[candidate], index)
            changed += (index, candidate)
    return changed
