"""The defenders' case is playable: events where a good score really helps (a first loan with
no bank record, a waived deposit, a stranger's bargain checked), and Liu Jun, for whom the
score is a way in, with honest labels."""

from __future__ import annotations

import statistics

import pytest

from game.bots.season import play_season
from game.engine import ContentError, Game, Unfriend, load_content
from game.engine.debrief import rules_with_evidence
from game.engine.events import draw_events, named_citizen

from .helpers import answer_events, default_content, edited_data_copy

HELPING = ("first_loan", "waived_deposit", "scam_check")


@pytest.mark.parametrize("event_id", HELPING)
def test_a_good_score_opens_the_best_choice(event_id):
    event = default_content().events[event_id]
    helped = [c for c in event.choices if c.requires.min_score or c.requires.enrolled]
    others = [c for c in event.choices if c not in helped]
    assert helped and others
    best = max(others, key=lambda c: (c.wellbeing, c.money))
    for choice in helped:
        assert (choice.wellbeing, choice.money) > (best.wellbeing, best.money)


def test_the_way_in_is_about_liu_jun_and_only_while_he_is_a_friend():
    content = default_content()
    event = content.events["way_in"]
    assert event.target == "named" and event.friend == "jun"
    jun = named_citizen(content, "jun")
    game = Game(1, "default", content)
    answer_events(game, ("opt_in",))
    game.state.week = event.min_week
    game.state.seen_events = []
    drawn = [p for _ in range(200) for p in draw_events(game.state, content)
             if p.event_id == "way_in"]
    assert drawn and all(p.target == jun for p in drawn)
    game.state.seen_events = []
    assert game.act(Unfriend(jun)).ok
    assert not any(p.event_id == "way_in" for _ in range(200)
                   for p in draw_events(game.state, content))


def test_liu_juns_record_builds_when_the_score_counts_him_in():
    content = default_content()
    profile = next(f for f in content.friends if f.id == "jun")
    assert profile.standing > profile.score
    ends = [play_season("loyal", seed, content=content).state.society.scores[
        named_citizen(content, "jun")] for seed in range(8)]
    assert statistics.median(ends) > profile.score


def test_the_defenders_events_carry_honest_labels():
    labels = {r.rule: r.label for r in rules_with_evidence(load_content())}
    assert labels["event.waived_deposit.title"] == "documented"  # P2
    assert labels["event.first_loan.title"] == labels["event.way_in.title"] == "contested"
    assert labels["event.scam_check.title"] == "invented"  # F5 in part, the rest the game's


def test_a_named_event_must_name_a_friend_of_the_file(tmp_path):
    data = edited_data_copy(tmp_path, "events.toml", 'friend = "jun"', 'friend = "juan"')
    with pytest.raises(ContentError, match=r"event 'way_in'.*field 'friend'"):
        load_content(data)
