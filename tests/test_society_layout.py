"""The society's layout (`game.ui.society_layout`): computed from the friendships, a cell
each, friends near each other, the cut-off at the edge, the same for the same seed, and
moving little from week to week."""

from __future__ import annotations

import math

import pytest

from game.engine import SimSettings, paired_sims
from game.ui.society_layout import STEP_CITIZENS, SocietyLayout
from tests.engine.helpers import default_content

POPULATION = 500
COLUMNS, ROWS = 34, 15  # about the view's grid for 500 citizens
WEEKS = 20


def _laid_out(seed: int, weeks: int = WEEKS, rule_on: bool = True):
    """A society with the friend rule off or on, and its layout, week by week: the society,
    the layout and each week's cells."""
    sim = paired_sims(default_content(), SimSettings(seed=seed, population=POPULATION))[
        1 if rule_on else 0]
    layout = SocietyLayout(POPULATION, COLUMNS, ROWS)
    cells = [list(layout.cells)]
    for _ in range(weeks):
        sim.tick()
        for _ in layout.week_steps(sim.ties):
            pass
        cells.append(list(layout.cells))
    return sim, layout, cells


def _distance(one, other) -> float:
    return math.hypot(one[0] - other[0], one[1] - other[1])


def _reach(layout: SocietyLayout, cell) -> float:
    """How far out a cell is, as a share of the way from the centre to the edge."""
    half_w, half_h = layout.columns / 2, layout.rows / 2
    return max(abs(cell[0] + 0.5 - half_w) / half_w, abs(cell[1] + 0.5 - half_h) / half_h)


@pytest.mark.parametrize("rule_on", [False, True])
def test_friends_sit_nearer_each_other_than_strangers(rule_on):
    sim, layout, _ = _laid_out(seed=3, rule_on=rule_on)
    strangers = [(index, (index * 7_919 + 13) % POPULATION) for index in range(POPULATION)]
    strangers = [(a, b) for a, b in strangers if a != b and b not in sim.ties[a]]
    apart = sum(_distance(layout.cells[a], layout.cells[b]) for a, b in strangers)
    assert layout.mean_tie_length(sim.ties) < 0.5 * apart / len(strangers)


def test_every_citizen_has_a_cell_of_their_own_on_the_grid():
    _, layout, cells = _laid_out(seed=4, weeks=5)
    for week in cells:
        assert len(set(week)) == POPULATION
        assert all(0 <= c < COLUMNS and 0 <= r < ROWS for c, r in week)


def test_the_same_seed_gives_the_same_layout_and_another_seed_another():
    _, _, first = _laid_out(seed=7, weeks=8)
    _, _, again = _laid_out(seed=7, weeks=8)
    _, _, other = _laid_out(seed=8, weeks=8)
    assert first == again
    assert first[-1] != other[-1]


def test_citizens_move_little_from_week_to_week():
    _, _, cells = _laid_out(seed=5)
    for before, after in zip(cells, cells[1:], strict=False):
        moves = sorted(_distance(a, b) for a, b in zip(before, after, strict=True))
        assert sum(moves) / POPULATION < 1.0  # cells, on average
        assert moves[int(0.95 * POPULATION)] <= 3.0  # and hardly anyone jumps


def test_those_cut_off_gather_at_the_edge_and_the_low_scorers_with_them():
    sim, layout, _ = _laid_out(seed=2, weeks=30)
    alone = [i for i in range(POPULATION) if not sim.ties[i]]
    others = [i for i in range(POPULATION) if sim.ties[i]]
    assert len(alone) >= POPULATION // 10  # the friend rule cut a good many off
    mean_reach = [sum(_reach(layout, layout.cells[i]) for i in group) / len(group)
                  for group in (alone, others)]
    assert mean_reach[0] > mean_reach[1] + 0.2
    by_reach = sorted(range(POPULATION), key=lambda i: _reach(layout, layout.cells[i]))
    inner, outer = by_reach[:POPULATION // 4], by_reach[-POPULATION // 4:]
    average = [sum(sim.scores[i] for i in group) / len(group) for group in (inner, outer)]
    assert average[1] < average[0] - 30  # score points: the low scorers ended up together


def test_the_layout_reads_the_ties_and_changes_nothing_in_the_society():
    sim = paired_sims(default_content(), SimSettings(seed=6, population=POPULATION))[1]
    twin = paired_sims(default_content(), SimSettings(seed=6, population=POPULATION))[1]
    layout = SocietyLayout(POPULATION, COLUMNS, ROWS)
    for _ in range(6):
        sim.tick()
        twin.tick()
        ties = [list(row) for row in sim.ties]
        for _ in layout.week_steps(sim.ties):
            pass
        assert sim.ties == ties
    assert sim.scores == twin.scores and sim.ties == twin.ties


def test_a_large_week_is_laid_out_in_steps():
    sim = paired_sims(default_content(), SimSettings(seed=1, population=5_000))[1]
    sim.tick()
    layout = SocietyLayout(5_000, 100, 50)
    steps = sum(1 for _ in layout.week_steps(sim.ties))
    assert steps >= 5_000 // STEP_CITIZENS and layout.weeks == 1


def test_a_grid_too_small_is_refused():
    with pytest.raises(ValueError):
        SocietyLayout(100, 9, 11)
