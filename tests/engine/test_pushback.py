"""The rules push back on the exploits of issue 13, visibly: a draft deleted twice counts once,
reporting has a weekly limit, dwindling pay and friends who find out, the score learns a
repeated exploit and takes back part of what it gave, perks are felt, penalties are felt."""

from __future__ import annotations

from dataclasses import replace

from game.bots.season import play_season
from game.engine import (
    EXPLOIT_LEARNED,
    Buy,
    EndWeek,
    Game,
    Publish,
    Report,
    WeekReport,
    WithdrawDraft,
    build_debrief,
    cause_of,
    exploit_learned,
    load_content,
    report_pay,
)
from game.engine.ledger import CauseKind

from .helpers import advance_to_week, answer_events, default_content, new_game


def test_one_draft_deletion_counts_per_post_and_week():
    game = new_game()
    answer_events(game, ("opt_in",))
    assert game.act(WithdrawDraft("stock_crash")).ok
    assert game.check(WithdrawDraft("stock_crash")).key == "withdrawn"
    assert game.act(WithdrawDraft("history_question")).ok  # another draft still counts
    assert game.act(Publish("stock_crash")).ok  # and the deleted one may still be posted
    game.act(EndWeek())
    answer_events(game)
    assert game.act(WithdrawDraft("history_question")).ok  # a new week, a new draft
    assert game.metrics()["withdrawn"] == 3


def game_with(seed: int = 1, **scenario_changes) -> Game:
    """A default season whose scenario has some values changed."""
    content = default_content()
    content = replace(content, scenario=replace(content.scenario, **scenario_changes))
    return Game(seed, "default", content)


def test_the_scheme_takes_one_report_a_week_and_pays_less_for_each():
    game = new_game()
    answer_events(game, ("opt_in",))
    money = game.state.money
    assert report_pay(game.state, game.content) == 80
    assert game.act(Report(2)).ok and game.state.money == money + 80
    refusal = game.check(Report(3))
    assert refusal.key == "report_limit" and refusal.params == {"limit": 1}
    game.act(EndWeek())
    answer_events(game)
    friend = game.state.friends[-1]
    money = game.state.money
    assert report_pay(game.state, game.content) == 40  # 80 / (1 + one report made before)
    outcome = game.act(Report(friend))
    assert outcome.ok and outcome.money == 40 and game.state.money == money + 40


def reported_week(chance: float) -> tuple[Game, WeekReport]:
    """Week 1 of seed 1: enrol, report friend 2, end the week."""
    game = game_with(found_out_chance=chance)
    answer_events(game, ("opt_in",))
    assert game.act(Report(2)).ok
    return game, game.act(EndWeek()).report


def test_a_reported_friend_who_finds_out_drops_you_and_word_gets_round():
    found, report = reported_week(1.0)
    unseen, quiet = reported_week(0.0)
    assert report.found_out == [2] and 2 not in found.state.friends
    assert (1, 2) in found.state.record.dropped_by and found.metrics()["dropped_by"] >= 1
    assert quiet.found_out == [] and 2 in unseen.state.friends
    shared = [f for f in found.state.friends if f in unseen.state.friends]
    assert shared and all(found.state.closeness[f] < unseen.state.closeness[f] for f in shared)
    assert found.state.wellbeing < unseen.state.wellbeing


def test_the_score_learns_a_repeated_exploit_then_ignores_it_and_takes_back_half():
    game = new_game(4)
    answer_events(game, ("opt_in",))
    bar = game.content.scenario.exploit_learn_after
    while len(game.state.record.exploits) < bar:
        for _ in range(3):
            game.act(Buy("diapers"))
        report = game.act(EndWeek()).report
        answer_events(game, ("pass",))
    gained = game.state.ledger.total_for(lambda line: line.cause == cause_of("buy", "diapers"))
    assert gained > 0
    assert report.exploit_taken_back == gained * game.content.scenario.exploit_clawback // 100
    taken = [line for line in report.lines if line.cause == EXPLOIT_LEARNED]
    assert sum(line.amount for line in taken) == -report.exploit_taken_back
    assert exploit_learned(game.state, game.content)
    later = game.act(Buy("diapers"))
    assert later.ok and later.key == "bought_ignored" and later.points == {}
    assert game.act(EndWeek()).report.exploit_taken_back is None  # it learns once


def test_an_occasional_needless_purchase_is_not_learned():
    game = new_game(4)
    answer_events(game, ("opt_in",))
    for _ in range(game.content.scenario.weeks - 1):
        assert game.act(Buy("diapers")).points == {"behaviour": 6}
        game.act(EndWeek())
        answer_events(game, ("pass",))
        game.state.record.exploits = game.state.record.exploits[:1]  # one, long ago
    assert not exploit_learned(game.state, game.content)


def test_a_learned_pun_is_read_back_in_old_posts():
    game = new_game(2)
    advance_to_week(game, 7)
    phrase = game.state.coded.current()
    slipped = game.act(Publish("coded"))
    assert slipped.key == "coded_slipped" and slipped.points == {}
    game.state.coded.uses[phrase] = 10_000  # the society teaches it this week
    report = game.act(EndWeek()).report
    assert phrase in report.phrases_learned and report.posts_read_back == 1
    read = {line.dimension: line.amount for line in report.lines
            if line.cause == cause_of("read_back", phrase)}
    assert read == game.content.posts["coded"].score.mandatory


def test_coded_posts_before_the_scheme_counts_are_not_read_back():
    game = new_game(2)
    answer_events(game, ("opt_in",))
    phrase = game.state.coded.current()
    assert game.act(Publish("coded")).key == "coded_slipped"
    game.state.coded.uses[phrase] = 10_000
    report = game.act(EndWeek()).report
    assert phrase in report.phrases_learned and report.posts_read_back == 0


def test_perks_are_felt_at_the_next_week_start():
    game = new_game(6)
    answer_events(game, ("opt_in",))
    game.state.ledger.book(1, CauseKind.RULE, "test", "history", 90)  # 690 points
    game.act(EndWeek())
    held = [p for p in game.content.perks if p.id in game.state.perks]
    assert held and all(p.wellbeing > 0 for p in held)
    unfelt = replace(default_content(), perks=tuple(replace(p, wellbeing=0)
                                                    for p in default_content().perks))
    other = Game(6, "default", unfelt)
    answer_events(other, ("opt_in",))
    other.state.ledger.book(1, CauseKind.RULE, "test", "history", 90)
    other.act(EndWeek())
    assert game.state.wellbeing - other.state.wellbeing == sum(p.wellbeing for p in held)


def test_the_debrief_counts_what_perks_gave_and_penalties_took():
    game = play_season("authentic", 3, "mandatory_2020", load_content(scenario_id="mandatory_2020"))
    debrief = build_debrief(game.state, game.content)
    charged = [p for h in game.state.history[:-1] for p in game.content.penalties
               if p.id in h.penalties]
    assert charged and debrief.penalty_money == sum(p.money for p in charged)
    assert debrief.penalty_hours == sum(p.hours for p in charged)
    assert debrief.penalty_wellbeing == -sum(p.wellbeing for p in charged) > 0
    conformist = play_season("conformist", 3, content=default_content())
    assert build_debrief(conformist.state, conformist.content).perk_wellbeing > 0
