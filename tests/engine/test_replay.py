"""What if: replaying a season with one decision changed."""

from __future__ import annotations

import pytest

from game.bots.season import play_season
from game.engine import Unfriend
from game.engine.replay import decision_points, replay_with_change

from .helpers import default_content


@pytest.fixture(scope="module")
def season():
    return play_season("conformist", 4, content=default_content())


def test_replaying_the_same_decision_gives_the_same_season(season):
    points = decision_points(season.content, 4, season.log)
    assert points
    for point in points[:: max(1, len(points) // 5)]:
        same = replay_with_change(season.content, 4, season.log, point.index, point.action)
        assert same.state.to_dict() == season.state.to_dict()


def test_not_dropping_a_friend_keeps_them(season):
    points = decision_points(season.content, 4, season.log)
    drops = [p for p in points if isinstance(p.action, Unfriend)]
    assert drops
    kept = replay_with_change(season.content, 4, season.log, drops[0].index, None)
    assert kept.finished
    assert drops[0].action.citizen in kept.state.friends
    assert kept.metrics()["friends_dropped"] == season.metrics()["friends_dropped"] - 1


def test_every_alternative_of_every_decision_plays_to_the_end(season):
    points = decision_points(season.content, 4, season.log)
    for point in points:
        for alternative in point.alternatives:
            changed = replay_with_change(season.content, 4, season.log, point.index,
                                         alternative)
            assert changed.finished and changed.state.ending
            again = replay_with_change(season.content, 4, season.log, point.index,
                                       alternative)
            assert again.state.to_dict() == changed.state.to_dict()


def test_event_decisions_offer_the_other_allowed_choices(season):
    points = [p for p in decision_points(season.content, 4, season.log) if p.event_id]
    assert points
    for point in points:
        choices = {c.id for c in season.content.events[point.event_id].choices}
        assert all(alt.choice in choices and alt.choice != point.action.choice
                   for alt in point.alternatives)
