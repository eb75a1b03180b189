"""The strategy search, fast and seeded: besides the bots, simple policies (what to buy, what
to post, which friends to keep, whether to report, help or mute, how to answer events) over
several seeds, and the game's claims as properties of what they reach (DESIGN, "Balance: the
tension must be real"). The long run is `tools/strategy_search.py`.

- No season of any policy reaches every perk *and* keeps every friend *and* keeps wellbeing
  high *and* speaks freely in the open (`Season.escapes`), not in a seeded sample, not in the
  combinations a student would try, not after climbing towards it one switch at a time.
- Dropping, reporting and silence each pay something the score rewards and cost something the
  player values; conforming costs wellbeing; penalties cost wellbeing or money one notices.
"""

from __future__ import annotations

import statistics
from functools import cache

from game.bots.policies import Policy
from game.bots.search import (
    GOALS,
    best_for,
    climb,
    escapes,
    evaluate,
    pairs,
    sample,
    without_penalties,
)
from game.engine import load_content

from .helpers import default_content

SEEDS = (1, 2, 3)
SAMPLE = 48  # policies drawn from the whole space
DRAW = 13  # the sample's seed
PAIRS = 16  # policies turned into pairs for each pressure
PENALTY_WEEKS = 3  # a policy with at least this many penalty-weeks (summed) has felt them
NOTICED_WELLBEING = 5  # wellbeing points a player notices
NOTICED_MONEY = 100  # yuan a player notices (the debrief says what penalties took)
STUDENT_TRIES = (  # the combinations nearest an escape, found by the long search
    Policy(buy="score", speech="critical", safe_posts=False, befriend="all", mute=True),
    Policy(buy="score", speech="critical", safe_posts=True, befriend="higher", help=True),
    Policy(buy="exploit", speech="critical", safe_posts=True, befriend="all"),
    Policy(enrol=False, buy="score", speech="coded", safe_posts=False, befriend="all",
           mute=True),
    Policy(buy="liked_score", speech="critical", safe_posts=True, help=True,
           events="wellbeing"),
)


@cache
def searched() -> tuple:
    """The sample and the student's tries, then a climb towards an escape from the closest."""
    content = default_content()
    results = evaluate([*sample(SAMPLE, DRAW), *STUDENT_TRIES], SEEDS, content)
    seen = {result.policy: result for result in results}
    for start in sorted(results, key=GOALS["escape"], reverse=True)[:2]:
        climb(start, "escape", SEEDS, content, seen, steps=2)
    return tuple(seen.values())


def test_no_policy_escapes_the_tradeoff():
    results = searched()
    assert escapes(results) == []
    for goal, best in best_for(results).items():  # shown with pytest -s
        print(f"best for {goal}: {best.policy.name()} {best.figures()}")
    each = {i: any(s.conditions()[i] for r in results for s in r.seasons) for i in range(4)}
    assert all(each.values()), "each of the four alone is reachable"


@cache
def pressure(name: str) -> tuple:
    return tuple(pairs(sample(PAIRS, DRAW + 1), name, SEEDS, default_content()))


def test_dropping_pays_when_friends_drag_and_costs_friends_and_wellbeing():
    found = pressure("dropping")
    dragged = [p for p in found if p.without.mean("friend_rule_points") < 0]
    assert dragged, "some policies are dragged by their friends"
    for pair in dragged:
        assert pair.gain("score") > 0 and pair.gain("perk_value") >= 0, pair.without.policy
    for pair in found:
        assert pair.gain("friends_kept") < 0, pair.without.policy
    assert statistics.mean(pair.gain("wellbeing") for pair in found) <= -NOTICED_WELLBEING


def test_reporting_pays_cash_and_points_and_costs_wellbeing():
    found = [p for p in pressure("reporting") if p.with_.mean("reports") > 0]
    assert found
    for pair in found:
        assert pair.with_.mean("report_money") > 0 and pair.with_.mean("report_points") > 0
        assert pair.gain("wellbeing") < 0, pair.without.policy


def test_silence_pays_on_average_and_conforming_costs_wellbeing():
    found = pressure("silence")
    assert statistics.mean(pair.gain("score") for pair in found) > 0
    for pair in found:
        assert pair.gain("wellbeing") < 0, pair.without.policy


def test_penalties_cost_wellbeing_or_money_a_player_notices():
    content = load_content(scenario_id="mandatory_2020")
    policies = [p for p in sample(SAMPLE, DRAW) if p.speech != "none"][:12]
    felt = [r for r in evaluate(policies, SEEDS, content)
            if r.mean("penalty_weeks") >= PENALTY_WEEKS]
    assert felt
    free = {r.policy: r for r in evaluate([r.policy for r in felt], SEEDS,
                                          without_penalties(content))}
    for result in felt:
        lost_wellbeing = free[result.policy].mean("wellbeing") - result.mean("wellbeing")
        charged = result.mean("penalty_money")
        assert lost_wellbeing >= NOTICED_WELLBEING or charged >= NOTICED_MONEY, \
            (result.policy, lost_wellbeing, charged)
