"""Friend points for the society, ready to look up by number of ties and then by sum.

The friend rule (`friend_rule_points`) depends only on how many friends a citizen has and a
sum over them: of their scores in the mandatory era, of their enrolment flags (the number of
enrolled friends) while the scheme is opt-in. So its points are worked out once per count and
sum, and a week looks them up. Every table holds POINTS_BIAS plus the weighted points, so a
chunk's points pack into lanes (`lanes`) with no negative value.
"""

from __future__ import annotations

import functools

from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.model import Era, FriendRule
from game.engine.society.friend_rule import friend_rule_points

POINTS_BIAS = 1 << 20  # points added to every table entry (far over any rule's cap)


@functools.cache
def friend_points_by_sum(rule: FriendRule, era: Era, count: int) -> tuple[int, ...]:
    """Friend points for a citizen with `count` friends, indexed by the sum over them; sums
    no citizen can reach (under SCORE_MIN per friend) hold 0."""
    if era is Era.OPT_IN:
        return tuple(friend_rule_points(rule, era, [0] * count, total)
                     for total in range(count + 1))
    if not count:
        return (0,)
    rest = [0] * (count - 1)  # any scores with the right sum and count will do
    return (0,) * (SCORE_MIN * count) + tuple(
        friend_rule_points(rule, era, [total, *rest], 0)
        for total in range(SCORE_MIN * count, SCORE_MAX * count + 1))


class LazyPoints(dict):
    """POINTS_BIAS plus the weighted friend points by sum for a rare number of ties (or any
    number, in a small society), worked out sum by sum when first needed."""

    def __init__(self, rule: FriendRule, era: Era, weight: float, count: int) -> None:
        super().__init__()
        self.rule, self.era, self.weight, self.count = rule, era, weight, count

    def __missing__(self, total: int) -> int:
        scores = [0] * self.count
        if self.era is Era.OPT_IN:
            points = friend_rule_points(self.rule, self.era, scores, total)
        else:
            scores[:1] = [total][:self.count]  # any scores with this sum and count will do
            points = friend_rule_points(self.rule, self.era, scores, 0)
        value = self[total] = round(points * self.weight) + POINTS_BIAS
        return value


class FriendPointTables:
    """The tables by number of ties, weight applied: whole lists up to `whole_up_to` ties,
    lazy ones for rarer counts; `learn` makes them as more ties are seen."""

    def __init__(self, rule: FriendRule, era: Era, weight: float, whole_up_to: int) -> None:
        self.rule, self.era, self.weight, self.whole_up_to = rule, era, weight, whole_up_to
        self.tables: list[list[int] | LazyPoints] = []  # by number of ties

    def learn(self, most_ties: int) -> None:
        """Make the tables for up to `most_ties` ties."""
        for count in range(len(self.tables), most_ties + 1):
            if count <= self.whole_up_to:
                self.tables.append([round(p * self.weight) + POINTS_BIAS for p in
                                    friend_points_by_sum(self.rule, self.era, count)])
            else:
                self.tables.append(LazyPoints(self.rule, self.era, self.weight, count))

    def points(self, count: int, total: int) -> int:
        """The weighted points of a citizen with `count` ties whose sum over them is `total`."""
        self.learn(count)
        return self.tables[count][total] - POINTS_BIAS
