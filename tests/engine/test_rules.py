"""Rules: legality with reasons, and what each kind of action and week-end does."""

from __future__ import annotations

from game.engine import (
    Befriend,
    Buy,
    Choose,
    EndWeek,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    Unfriend,
)
from game.engine.ledger import CauseKind
from game.engine.model import Era, FriendRule
from game.engine.queries import befriend_suggestions
from game.engine.society.friend_rule import friend_rule_points

from .helpers import advance_to_week, answer_events, new_game


def test_new_season_starts_unenrolled_with_the_invitation_pending():
    game = new_game()
    state = game.state
    assert state.week == 1 and state.era is Era.OPT_IN and not state.enrolled
    assert state.score == 600
    assert [e.event_id for e in state.events] == ["sesame_invite"]
    assert game.check(Buy("charity")).key == "event_pending"
    assert len(state.friends) == len(game.content.friends)


def test_refusals_explain_money_hours_and_limits():
    game = new_game()
    answer_events(game)
    game.state.money = 30
    refusal = game.check(Buy("handbag"))
    assert refusal.key == "money" and refusal.params == {"need": 300, "have": 30}
    game.state.money = 1000
    game.state.hours = 2
    refusal = game.check(Buy("video_games"))
    assert refusal.key == "hours" and refusal.params == {"need": 4, "have": 2}
    game.state.hours = 16
    for _ in range(3):
        assert game.act(Buy("diapers")).ok
    assert game.check(Buy("diapers")).key == "limit"
    assert game.act(Publish("family_photo")).ok
    assert game.check(Publish("family_photo")).key == "posted"
    stranger = next(c for c in range(9, 200) if c not in game.state.friends)
    assert game.check(Unfriend(stranger)).key == "not_friend"
    assert game.check(Unfriend(0)).key == "unknown"


def test_refused_action_changes_nothing():
    game = new_game()
    answer_events(game)
    game.state.money = 10
    before = game.state.to_dict()
    outcome = game.act(Buy("handbag"))
    assert not outcome.ok and outcome.refusal.key == "money"
    assert game.state.to_dict() == before
    assert game.log == [Choose("opt_in")]


def test_purchases_score_at_week_end_and_the_ledger_adds_up():
    game = new_game()
    answer_events(game, ("opt_in",))
    outcome = game.act(Buy("diapers"))
    assert outcome.points == {"behaviour": 6}
    assert game.state.score == 600  # recalculated at the end of the week
    report = game.act(EndWeek()).report
    causes = {line.cause for line in report.lines}
    assert "buy:diapers" in causes and "friend_rule" in causes
    ledger = game.state.ledger
    assert ledger.score == 350 + sum(line.amount for line in ledger.lines)
    assert game.state.record.exploits == [(1, "diapers")]


def test_political_posts_count_only_once_mandatory():
    game = new_game(3)
    answer_events(game, ("opt_in",))
    assert game.act(Publish("stock_crash")).points == {}
    assert game.state.said_this_week
    advance_to_week(game, 7)
    assert game.state.era is Era.MANDATORY and game.state.enrolled
    assert game.act(Publish("stock_crash")).points == {"behaviour": -4, "identity": -10}


def test_coded_post_slips_past_until_the_filter_learns_it():
    game = new_game(2)
    advance_to_week(game, 7)
    coded = game.state.coded
    phrase = coded.current()
    first = game.act(Publish("coded"))
    assert first.key == "coded_slipped" and first.points == {}
    coded.uses[phrase] = 10_000
    coded.learn(game.state.week)
    assert coded.knows(phrase)
    coded.learned_week = {p.id: 1 for p in game.content.phrases}  # the filter knows them all
    game.act(EndWeek())
    answer_events(game)
    caught = game.act(Publish("coded"))
    assert caught.key == "coded_caught" and caught.points == {"behaviour": -4, "identity": -10}


def test_society_use_teaches_the_filter_over_the_season():
    game = new_game(5)
    advance_to_week(game, 13)
    assert game.finished
    assert game.state.coded.learned_week, "heavy use across the society teaches the filter"


def test_friend_rule_drifts_from_help_to_drag():
    rule = FriendRule(join_bonus=1, join_bonus_cap=4, drag_divisor=3, pivot=600, drag_cap=12,
                      leak_penalty=3, leak_cap=9)
    low_friends = [450, 480, 500]
    assert friend_rule_points(rule, Era.OPT_IN, low_friends, enrolled_friends=3) == 3
    assert friend_rule_points(rule, Era.MANDATORY, low_friends, enrolled_friends=3) == -12
    assert friend_rule_points(rule, Era.MANDATORY, [630, 660], 2) == 12
    assert friend_rule_points(rule, Era.MANDATORY, [598, 599], 2) == 0
    assert friend_rule_points(rule, Era.MANDATORY, [], 0) == 0


def test_era_shift_enrols_everyone_and_brings_penalties():
    game = new_game(4)
    answer_events(game, ("stay_out",))
    assert not game.state.enrolled
    advance_to_week(game, 7)
    assert game.state.enrolled and game.state.era is Era.MANDATORY
    assert game.state.history[5].era == "opt_in"
    # push the score down and the penalties follow at the next week's end
    game.state.ledger.book(7, CauseKind.RULE, "test", "history", -90)
    game.state.ledger.book(7, CauseKind.RULE, "test", "behaviour", -45)
    report = game.act(EndWeek()).report
    assert "travel_ban" in report.penalties_now
    answer_events(game)
    assert game.check(Buy("train_home")).key == "blocked"


def test_perks_pay_money_and_hours_at_the_next_week_start():
    game = new_game(6)
    answer_events(game, ("opt_in",))
    game.state.ledger.book(1, CauseKind.RULE, "test", "history", 90)  # 690 points
    game.act(EndWeek())
    held = [p for p in game.content.perks if p.threshold <= game.state.score]
    assert held and len(held) < len(game.content.perks)  # the test's score earns some, not all
    assert game.state.perks == [p.id for p in held]
    money, hours = sum(p.money for p in held), sum(p.hours for p in held)
    assert game.state.record.perk_income == [(2, money, hours)]
    assert game.state.hours == game.content.scenario.hours_per_week + hours


def test_unenrolled_player_gets_no_perks():
    game = new_game(6)
    answer_events(game, ("stay_out",))
    game.act(EndWeek())
    assert game.state.perks == []


def test_unfriend_costs_wellbeing_by_closeness_and_is_recorded():
    game = new_game()
    answer_events(game)
    wellbeing = game.state.wellbeing
    closeness = game.state.closeness[8]
    outcome = game.act(Unfriend(8))
    assert outcome.ok and 8 not in game.state.friends and 8 not in game.state.closeness
    assert game.state.wellbeing == wellbeing - closeness // 10
    assert game.state.record.dropped[0][:2] == (1, 8)


def test_report_pays_a_reward_and_hurts_the_friend():
    game = new_game()
    answer_events(game, ("opt_in",))
    money, their_score = game.state.money, game.state.society.scores[2]
    outcome = game.act(Report(2))
    assert outcome.ok and game.state.money == money + 80
    assert game.state.society.scores[2] == their_score - 40
    assert game.state.closeness[2] == 0 and game.state.record.reported == [(1, 2)]
    assert outcome.points == {"behaviour": 6}


def test_help_needs_a_friend_in_trouble_and_ends_it():
    game = new_game()
    answer_events(game)
    assert game.check(Help(1)).key == "not_in_trouble"
    misfortune = game.state.society.misfortune
    barred = misfortune.barred_weeks()
    barred[1] = 3  # struck last week: two more weeks to run
    misfortune.restore(barred)
    assert misfortune.weeks_left(1) == 2
    score = game.state.society.scores[1]
    assert game.act(Help(1)).ok
    assert misfortune.weeks_left(1) == 0
    assert game.state.society.scores[1] == min(950, score + 25)


def test_mute_and_opt_in_are_single_shot():
    game = new_game()
    answer_events(game, ("stay_out",))
    assert game.act(Mute(3)).ok and game.check(Mute(3)).key == "already_muted"
    assert game.act(OptIn()).ok and game.check(OptIn()).key == "already_enrolled"


def test_high_scorers_may_decline_a_request():
    declined = accepted = 0
    for seed in range(30):
        game = new_game(seed)
        answer_events(game)
        top = max(range(9, game.state.society.size), key=lambda c: game.state.society.scores[c])
        game.state.ledger.book(1, CauseKind.RULE, "test", "history", -100)  # a 500 score
        outcome = game.act(Befriend(top))
        declined += outcome.key == "declined"
        accepted += outcome.key == "befriended"
    assert declined > accepted > 0


def test_suggestions_are_friends_of_friends():
    game = new_game()
    answer_events(game)
    suggestions = befriend_suggestions(game.state)
    assert suggestions
    for candidate in suggestions:
        assert candidate not in game.state.friends
        assert any(candidate in game.state.society.ties[f] for f in game.state.friends)


def test_missed_bill_costs_credit_history():
    game = new_game()
    answer_events(game)
    history = game.state.ledger.points["history"]
    game.state.money = 10  # less than the living costs due when the next week starts
    game.act(EndWeek())
    assert game.state.record.missed_bills == [2]
    missed = [line for line in game.state.ledger.lines if line.cause == "missed_bill"]
    assert [line.amount for line in missed] == [-15]
    assert game.state.ledger.points["history"] == history - 15
    perk_money = sum(p.money for p in game.content.perks if p.id in game.state.perks)
    assert game.state.money == game.content.scenario.income + perk_money  # bills took it all


def test_season_ends_with_an_ending_after_the_last_week():
    game = new_game()
    advance_to_week(game, 13)
    assert game.finished and game.state.ending
    assert len(game.state.history) == 12
    assert game.check(EndWeek()).key == "finished"
