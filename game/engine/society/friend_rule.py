"""The friend rule: how friends' scores weigh on a citizen's own score.

One function serves the player and every simulated citizen, so what a class watches in the
society is the rule that shaped the player's own season. The rule drifts with the era:
while the scheme is opt-in, friends who are enrolled help whatever their scores (an idea
only found in the 2015 threads); once it is mandatory, friends' scores pull yours towards
their average: friends above the pivot lift you, friends below it drag you down (the
feared version, which rewards dropping the unlucky).
"""

from __future__ import annotations

from game.engine.model import Era, FriendRule


def friend_rule_points(rule: FriendRule, era: Era, friend_scores: list[int],
                       enrolled_friends: int) -> int:
    """Score points this week from friends, given their scores and how many are enrolled."""
    if era is Era.OPT_IN:
        return min(rule.join_bonus_cap, rule.join_bonus * enrolled_friends)
    if not friend_scores:
        return 0
    gap = sum(friend_scores) - rule.pivot * len(friend_scores)  # whole points, no floats
    pull = abs(gap) // (rule.drag_divisor * len(friend_scores))
    pull = pull if gap >= 0 else -pull  # truncate towards zero either way
    return max(-rule.drag_cap, min(rule.drag_cap, pull))
