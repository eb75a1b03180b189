"""Friend-point tables: whole or worked out lazily, they give the friend rule's points."""

from __future__ import annotations

import pytest

from game.engine.model import Era
from game.engine.society.friend_rule import friend_rule_points
from game.engine.society.points import POINTS_BIAS, FriendPointTables
from tests.engine.helpers import default_content


@pytest.mark.parametrize("era", [Era.OPT_IN, Era.MANDATORY])
@pytest.mark.parametrize("weight", [0.0, 1.0, 2.5])
def test_whole_and_lazy_tables_hold_the_weighted_friend_rule(era, weight):
    rule = default_content().scenario.friend_rule
    whole = FriendPointTables(rule, era, weight, whole_up_to=20)
    lazy = FriendPointTables(rule, era, weight, whole_up_to=0)
    for count in (1, 3, 7, 20):
        totals = range(count + 1) if era is Era.OPT_IN else range(350 * count, 950 * count, 37)
        for total in totals:
            friends = [total // count] * count if era is Era.MANDATORY else [0] * count
            friends[0] += total - sum(friends) if era is Era.MANDATORY else 0
            expected = round(weight * friend_rule_points(rule, era, friends, total))
            assert whole.points(count, total) == lazy.points(count, total) == expected
            assert whole.tables[count][total] == expected + POINTS_BIAS


@pytest.mark.parametrize("era", [Era.MANDATORY, Era.OPT_IN])
def test_lazy_tables_for_every_count_give_the_whole_tables_points(era):
    """A small society (a season's) works every table out sum by sum, none without ties
    either."""
    rule = default_content().scenario.friend_rule
    lazy = FriendPointTables(rule, era, 1.5, -1)
    whole = FriendPointTables(rule, era, 1.5, 12)
    for count in range(0, 13):
        top = count if era is Era.OPT_IN else 950 * count
        for total in range(0 if era is Era.OPT_IN else 350 * count, top + 1, 37):
            assert lazy.points(count, total) == whole.points(count, total)
