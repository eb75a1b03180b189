"""The society view's simulation: determinism, the four measures, and the experiment."""

from __future__ import annotations

import random
import statistics
from bisect import bisect_right
from collections import Counter

import pytest

from game.engine.model import Era
from game.engine.society.bulk_draws import DRAW_SPAN, lane_draws
from game.engine.society.experiment import run_experiment
from game.engine.society.friend_rule import friend_rule_points
from game.engine.society.habits import behaviour_table
from game.engine.society.lanes import lanes
from game.engine.society.measures import (
    MeasureTally,
    assortativity,
    gini,
    isolated_share,
    low_without_high_share,
)
from game.engine.society.sim import (
    CHUNK_CITIZENS,
    MAX_POPULATION,
    WORD_DRAWS,
    SimSettings,
    SocietySim,
)
from tests.engine.helpers import default_content, unpack


def sim(**settings) -> SocietySim:
    return SocietySim(default_content(), SimSettings(**settings))


def run(society: SocietySim, ticks: int) -> SocietySim:
    for _ in range(ticks):
        society.tick()
    return society


# -- determinism --------------------------------------------------------------------------------
def test_same_seed_and_settings_give_the_same_society():
    first, second = run(sim(seed=7, population=1500), 15), run(sim(seed=7, population=1500), 15)
    assert first.scores == second.scores
    assert first.ties == second.ties
    assert first.measures() == second.measures()


def test_another_seed_gives_another_society():
    assert run(sim(seed=1, population=500), 3).scores != run(sim(seed=2, population=500), 3).scores


def test_reset_replays_the_seed():
    society = run(sim(seed=3, population=800), 10)
    after_ten = (list(society.scores), [list(row) for row in society.ties])
    society.reset()
    assert society.ticks == 0
    assert (society.scores, society.ties) == (sim(seed=3, population=800).scores,
                                             sim(seed=3, population=800).ties)
    run(society, 10)
    assert (society.scores, society.ties) == after_ten


def test_ties_stay_symmetric_sorted_and_free_of_loops():
    society = run(sim(seed=5, population=1000), 20)
    for index, row in enumerate(society.ties):
        assert row == sorted(set(row))
        assert index not in row
        assert all(index in society.ties[f] for f in row)
    assert all(350 <= s <= 950 for s in society.scores)


def test_every_tie_names_its_citizen_by_one_shared_int_object():
    """Ties made by the small world and by meetings all hold the same int object per citizen
    (fewer objects to fetch while adding up friends' scores: a fifth off a week at 20,000)."""
    society = run(sim(seed=5, population=1000), 20)
    first_seen: dict[int, int] = {}
    for row in society.ties:
        for friend in row:
            assert id(friend) == first_seen.setdefault(friend, id(friend))


def test_configure_changes_levers_at_once_and_rebuilds_for_a_new_population():
    society = run(sim(seed=4, population=600), 5)
    scores = list(society.scores)
    society.configure(friend_weight=2.0, perk_strength=0.5)
    assert society.scores == scores and society.ticks == 5
    society.configure(population=700)
    assert len(society.scores) == 700 and society.ticks == 0


# -- the same rules as the player's friends ----------------------------------------------------
@pytest.mark.parametrize("era", [Era.MANDATORY, Era.OPT_IN])
def test_friend_points_are_the_friend_rule(era):
    society = run(sim(seed=2, population=600, era=era), 8)
    rule = default_content().scenario.friend_rule
    for index in range(0, 600, 7):
        row = society.ties[index]
        enrolled = sum(1 for f in row if society.enrolled[f])
        expected = friend_rule_points(rule, era, [society.scores[f] for f in row], enrolled)
        assert society.friend_points(index) == expected


def test_friend_weight_scales_the_rule_and_zero_turns_it_off():
    on, off = sim(seed=2, population=300), sim(seed=2, population=300, friend_weight=0.0)
    double = sim(seed=2, population=300, friend_weight=2.0)
    for index in range(300):
        assert off.friend_points(index) == 0
        assert double.friend_points(index) == 2 * on.friend_points(index)


def test_habit_thresholds_give_the_chances_of_the_society_step():
    content = default_content()
    rules = content.scenario.society
    society = sim(seed=1, population=50)
    habits = behaviour_table(content.items.values(), content.posts.values(), Era.MANDATORY)
    sampler = society.habits
    assert sampler.buy_values == habits.approved_buys + habits.leisure_buys
    span = DRAW_SPAN
    for index in range(50):
        chase, outspoken = society.conformity[index], society.outspoken[index]
        buy = sampler.buy_cuts[index]
        assert buy[len(habits.approved_buys) - 1] == pytest.approx(chase * span, abs=2)
        assert list(buy) == sorted(buy)
        post = sampler.post_cuts[index]
        speak = outspoken * rules.post_rate
        assert post[0] == pytest.approx(speak * rules.coded_share * span, abs=2)
        assert post[len(habits.critical_posts)] == pytest.approx(speak * span, abs=2)
        praise = (1 - speak) * chase * 0.5
        assert post[-1] == pytest.approx((speak + praise) * span, abs=2)


@pytest.mark.parametrize("era", [Era.OPT_IN, Era.MANDATORY])
def test_perk_counts_count_each_citizens_perk_value(era):
    society = run(sim(seed=5, population=900, era=era), 3)
    values = society.perk_values()
    assert society.perk_counts() == Counter(values)
    assert len(set(values)) > 2


def test_perk_strength_scales_perk_values():
    plain, strong = sim(seed=1, population=400), sim(seed=1, population=400, perk_strength=2.0)
    assert [2 * v for v in plain.perk_values()] == strong.perk_values()
    assert any(plain.perk_values())


# -- the measures on hand-made graphs ----------------------------------------------------------
def test_isolated_share_counts_citizens_without_ties():
    assert isolated_share([[1], [0], [], []]) == 0.5
    assert isolated_share([]) == 0.0


def test_assortativity_is_the_pearson_correlation_over_both_ends_of_each_tie():
    assert assortativity([500, 500, 800, 800], [[1], [0], [3], [2]]) == pytest.approx(1.0)
    assert assortativity([500, 800], [[1], [0]]) == pytest.approx(-1.0)
    scores = [400, 550, 600, 720, 810, 900]
    ties = [[1, 2], [0, 3], [0, 4, 5], [1, 5], [2], [2, 3]]
    ends = [(scores[a], scores[b]) for a, row in enumerate(ties) for b in row]
    expected = statistics.correlation([x for x, _ in ends], [y for _, y in ends])
    assert assortativity(scores, ties) == pytest.approx(expected)
    assert assortativity([500, 600], [[], []]) == 0.0  # no ties: nothing to correlate


def test_low_without_high_share():
    scores = [500, 720, 550, 580, 650]
    ties = [[1], [0], [3], [2, 4], [3]]
    assert low_without_high_share(scores, ties) == pytest.approx(2 / 3)  # 550 and 580 cut off
    assert low_without_high_share([650, 700], [[1], [0]]) == 0.0  # nobody low


def test_gini():
    assert gini([10, 10, 10]) == 0.0
    assert gini([0, 0, 0, 10]) == pytest.approx(0.75)
    assert gini([1, 2, 3, 4]) == pytest.approx(0.25)
    assert gini([0, 0]) == 0.0


# -- the experiment and the large society ------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2])
def test_the_friend_rule_isolates_and_its_absence_does_not(seed):
    result = run_experiment(default_content(), seed, ticks=30, population=2000)
    assert len(result.on) == len(result.off) == 31
    off_start, off_end, on_end = result.off[0], result.off[-1], result.on[-1]
    assert result.on[0] == off_start  # same seed: same society before the first week
    assert off_end.isolated_share <= off_start.isolated_share
    assert on_end.isolated_share >= off_end.isolated_share + 0.1
    assert on_end.low_without_high_share >= off_end.low_without_high_share + 0.1
    assert on_end.assortativity >= off_end.assortativity + 0.3


def test_the_largest_population_builds_and_ticks():
    society = sim(seed=1, population=MAX_POPULATION)
    society.tick()
    measures = society.measures()
    assert len(society.scores) == MAX_POPULATION
    assert 0.0 <= measures.isolated_share <= 1.0 and 0.0 <= measures.perk_gini <= 1.0


def test_population_out_of_range_is_refused():
    with pytest.raises(ValueError):
        sim(population=MAX_POPULATION + 1)


# -- the player's citizen, the named friends, hidden formula, weeks in slices -----------------
def test_the_players_citizen_and_named_friends_are_part_of_the_society():
    content = default_content()
    society = sim(seed=3, population=500)
    named = content.friends
    assert society.ties[0] == list(range(1, len(named) + 1))  # you and your named friends
    assert all(0 in society.ties[index] for index in range(1, len(named) + 1))
    start = 350 + sum(d.start for d in content.scenario.dimensions)
    assert society.scores[0] == start
    for index, profile in enumerate(named, start=1):
        assert society.scores[index] == profile.score
        assert society.conformity[index] == profile.conformity
    run(society, 10)
    assert society.ticks == 10  # and they live on with everyone else


def test_hiding_the_formula_halves_the_chase():
    shown, hidden = sim(seed=1, population=200), sim(seed=1, population=200,
                                                     formula_visible=False)
    span = DRAW_SPAN
    favoured = len(behaviour_table(default_content().items.values(),
                                   default_content().posts.values(), Era.MANDATORY).approved_buys)
    for index in range(1, 200):
        chase = shown.conformity[index]
        assert shown.habits.buy_cuts[index][favoured - 1] == pytest.approx(chase * span, abs=2)
        assert hidden.habits.buy_cuts[index][favoured - 1] == pytest.approx(
            chase * 0.5 * span, abs=2)
        assert hidden.drop_cut[index] == pytest.approx(shown.drop_cut[index] / 2, abs=2)


def test_a_week_in_slices_is_the_same_week():
    whole, sliced = sim(seed=9, population=2600), sim(seed=9, population=2600)
    for _ in range(3):
        whole.tick()
        steps = 1
        while not sliced.advance(lambda: False):  # one chunk of citizens per call
            steps += 1
        assert steps > 4
    assert (whole.scores, whole.ties, whole.measures()) == (
        sliced.scores, sliced.ties, sliced.measures())


def test_changing_a_setting_mid_week_finishes_the_week_first():
    society = sim(seed=2, population=2600)
    society.advance(lambda: False)
    assert society.week_in_progress
    society.configure(perk_strength=1.5)
    assert not society.week_in_progress and society.ticks == 1


def test_measures_added_up_in_chunks_equal_the_whole():
    society = run(sim(seed=6, population=1200), 12)
    whole = society.measures()
    tally = MeasureTally(society.scores, society.ties)
    for start in range(0, 1200, 250):
        tally.add(start, min(1200, start + 250))
    assert tally.measures(society.ticks, society.perk_counts()) == whole
    marked_first = MeasureTally(society.scores, society.ties)  # as a week does, step by step
    for start in range(0, 1200, 250):
        marked_first.mark_high_friends(start, min(1200, start + 250))
    for start in range(0, 1200, 250):
        marked_first.add(start, min(1200, start + 250))
    assert marked_first.measures(society.ticks, society.perk_counts()) == whole
    assert whole.perk_gini == pytest.approx(gini(society.perk_values()))
    assert whole.isolated_share == isolated_share(society.ties)
    assert whole.assortativity == pytest.approx(assortativity(society.scores, society.ties))


def test_high_friends_are_marked_in_citizen_order_only():
    society = sim(seed=6, population=600)
    tally = MeasureTally(society.scores, society.ties)
    tally.mark_high_friends(0, 300)
    with pytest.raises(ValueError, match="marking from 0"):
        tally.mark_high_friends(0, 300)


def test_no_step_of_a_week_works_on_more_than_a_chunk_of_citizens():
    """However many citizens' ties changed, remaking their rows is spread over steps of
    CHUNK_CITIZENS (a step of a week is what a frame may add to its work)."""
    society = run(sim(seed=2, population=3000), 2)
    calls = []
    refresh = society.refresh_rows

    def counting(changed):
        calls.append(len(set(changed)))
        return refresh(changed)

    society.refresh_rows = counting
    steps = 0
    while not society.advance(lambda: False):  # one step a call
        steps += 1
    chunks = -(-3000 // CHUNK_CITIZENS)
    refresh_steps = -(-calls[0] // CHUNK_CITIZENS)
    assert calls[0] > 2 * CHUNK_CITIZENS
    assert steps == WORD_DRAWS + 5 * chunks + refresh_steps  # yields; the last call ends it


def test_gini_by_counting_equals_gini_by_sorting():
    values = [0.0, 5.0, 5.0, 12.5, 0.0, 40.0, 12.5, 5.0]
    ordered, count = sorted(values), len(values)
    expected = sum((2 * i - count - 1) * x for i, x in enumerate(ordered, start=1)) / (
        count * sum(values))
    assert gini(values) == pytest.approx(expected)


def test_lane_draws_are_the_low_bits_of_little_endian_32_bit_words():
    rng, again = random.Random(4), random.Random(4)
    first, second = lane_draws(rng, [10, 3])
    raw = again.getrandbits(320).to_bytes(40, "little")
    words = [int.from_bytes(raw[4 * i:4 * i + 4], "little") for i in range(10)]
    assert unpack(10, first) == [word % DRAW_SPAN for word in words]
    assert second == again.getrandbits(96) & lanes(3).constant(DRAW_SPAN - 1)


def test_habit_points_counted_on_lanes_are_those_of_a_search_per_citizen():
    society = sim(seed=3, population=1300)
    sampler, rng = society.habits, random.Random(9)
    for chunk, (start, stop) in enumerate(sampler.chunks):
        buy, post = lane_draws(rng, [stop - start, stop - start])
        packed = sampler.points(chunk, 1000, buy, post)
        buys, posts = unpack(stop - start, buy), unpack(stop - start, post)
        expected = [1000 + sampler.buy_values[bisect_right(sampler.buy_cuts[i], b)]
                    + sampler.post_values[bisect_right(sampler.post_cuts[i], p)]
                    for i, b, p in zip(range(start, stop), buys, posts, strict=True)]
        assert unpack(stop - start, packed) == expected


def test_speakers_and_coded_posts_are_those_of_a_search_per_citizen():
    society = sim(seed=3, population=1300)
    sampler, rng = society.habits, random.Random(5)
    critical = len(behaviour_table(default_content().items.values(),
                                   default_content().posts.values(), Era.MANDATORY).critical_posts)
    for chunk, (start, stop) in enumerate(sampler.chunks):
        (post,) = lane_draws(rng, [stop - start])
        spoke, coded = sampler.speakers(chunk, post)
        outcomes = [bisect_right(sampler.post_cuts[i], draw)  # 0: coded, then the critical
                    for i, draw in zip(range(start, stop), unpack(stop - start, post),
                                       strict=True)]
        assert unpack(stop - start, spoke) == [int(o <= critical) for o in outcomes]
        assert coded == outcomes.count(0) > 0


def test_a_coded_post_counts_only_once_the_filter_knows_its_phrase():
    caught, slipped = sim(seed=1, population=200), sim(seed=1, population=200,
                                                         coded_caught=False)
    habits = behaviour_table(default_content().items.values(), default_content().posts.values(),
                             Era.MANDATORY)
    assert caught.habits.post_values[0] == habits.coded_post != 0
    assert slipped.habits.post_values[0] == 0
    assert caught.habits.post_values[1:] == slipped.habits.post_values[1:]
    run(caught, 1)
    run(slipped, 1)
    assert caught.coded_posts == slipped.coded_posts > 0  # the same draws, the same posts
    assert any(caught.spoke_out(index) for index in range(200))
