"""Scenarios: each file plays its own rules, built by extending the default season."""

from __future__ import annotations

import shutil

import pytest

from game.bots.season import play_season, summary
from game.engine import Buy, ContentError, EndWeek, Game, Publish, Report, load_content
from game.engine.actions import Choose
from game.engine.content import DEFAULT_DATA_DIR
from game.engine.model import Era
from game.engine.state import PendingEvent

from .helpers import advance_to_week, answer_events, edited_data_copy

SCENARIOS = ("default", "opt_in_2015", "mandatory_2020", "here_at_home", "other_side")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_scenario_plays_a_season_with_every_strategy(scenario):
    content = load_content(scenario_id=scenario)
    for strategy in ("conformist", "authentic", "random"):
        game = play_season(strategy, 3, scenario, content)
        assert game.finished and summary(game, strategy)["scenario"] == scenario


def test_opt_in_2015_never_turns_mandatory():
    game = Game(1, "opt_in_2015", load_content(scenario_id="opt_in_2015"))
    advance_to_week(game, 13)
    assert {snap.era for snap in game.state.history} == {"opt_in"}
    assert game.state.penalties == []
    assert "mandatory_notice" not in game.state.seen_events


def test_opt_in_2015_plays_what_the_2015_evidence_says():
    content = load_content(scenario_id="opt_in_2015")
    assert content.scenario.friend_rule.join_bonus == 0, "no friend bonus (F4 is invented)"
    assert all(not post.score.opt_in for post in content.posts.values()), "posts do not count"
    assert all(not choice.score.opt_in for event in content.events.values()
               for choice in event.choices if choice.outcome in ("said", "held_back"))
    for event_id, choice_id in (("score_screenshots", "post_yours"),
                                ("dating_match", "share_score")):
        choice = next(c for c in content.events[event_id].choices if c.id == choice_id)
        assert not choice.score.opt_in, f"showing your score lifts it in {event_id}"
    game = Game(3, "opt_in_2015", content)
    answer_events(game, prefer=("opt_in",))
    assert game.state.enrolled
    assert game.act(Publish("volunteering")).points == {}
    assert game.check(Report(game.state.friends[0])).key == "no_reporting"
    report = game.act(EndWeek()).report
    assert all(line.cause != "friend_rule" or line.amount == 0 for line in report.lines)


def test_mandatory_2020_starts_mandatory_and_enrolled():
    game = Game(1, "mandatory_2020", load_content(scenario_id="mandatory_2020"))
    assert game.state.era is Era.MANDATORY and game.state.enrolled
    assert game.state.events[0].event_id == "mandatory_notice"
    answer_events(game)
    assert game.act(Publish("stock_crash")).points == {"behaviour": -4, "identity": -10}


def test_here_at_home_has_no_perks_and_purchases_do_not_count():
    content = load_content(scenario_id="here_at_home")
    assert content.perks == ()
    assert {p.id for p in content.penalties} == {"loan_surcharge", "insurance_surcharge",
                                                 "job_screening"}
    game = Game(2, "here_at_home", content)
    assert game.state.events[0].event_id == "home_notice"
    answer_events(game)
    assert game.act(Buy("diapers")).points == {}, "needless diapers game nothing here"
    assert game.act(Buy("card_repayment")).points == {"history": 6}
    report = game.act(EndWeek()).report
    assert all(line.cause != "friend_rule" or line.amount == 0 for line in report.lines)
    assert "sesame_invite" not in content.events and "background_check" in content.events
    assert content.scenario.currency == "dollar" and not content.scenario.reporting
    assert "coded" not in content.posts
    assert all(not post.score.mandatory for post in content.posts.values()), "no scored speech"
    assert game.act(Publish("stock_crash")).points == {}


def test_here_at_home_employers_read_your_public_posts_when_you_apply():
    content = load_content(scenario_id="here_at_home")
    event = content.events["hiring_screen"]
    game = Game(2, "here_at_home", content)
    answer_events(game)
    game.state.events.append(PendingEvent("hiring_screen"))
    assert game.check(Choose("hired")) is None and game.check(Choose("passed_over")) is not None
    for week in (1, 2, 3):
        game.state.record.said.append([week, "history_question"])
    assert game.check(Choose("hired")).key == "many_public_posts"
    assert game.check(Choose("passed_over")) is None
    assert all(not c.score.mandatory for c in event.choices), "the employer, not the score"


def test_the_default_season_keeps_home_events_out():
    content = load_content()
    assert "background_check" not in content.events
    assert [p.id for p in content.penalties] == ["loan_surcharge", "slow_internet",
                                                 "travel_ban", "public_blacklist"]


def test_a_scenario_naming_a_missing_event_is_a_clear_error(tmp_path):
    data = edited_data_copy(tmp_path, "scenarios/opt_in_2015.toml", '"sesame_invite"',
                            '"sesame_invitation"')
    with pytest.raises(ContentError, match=r"opt_in_2015.toml.*forced_events.*sesame_invitation"):
        load_content(data, "opt_in_2015")


def test_a_scenario_extending_itself_is_refused(tmp_path):
    data = edited_data_copy(tmp_path, "scenarios/opt_in_2015.toml", 'extends = "default"',
                            'extends = "opt_in_2015"')
    with pytest.raises(ContentError, match="extends"):
        load_content(data, "opt_in_2015")


def test_two_scenarios_with_one_code_number_are_refused(tmp_path):
    data = edited_data_copy(tmp_path, "scenarios/here_at_home.toml", "code = 3", "code = 1")
    with pytest.raises(ContentError, match=r"here_at_home.toml.*code.*opt_in_2015.toml"):
        load_content(data, "here_at_home")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_scenario_labels_only_rules_it_plays(scenario):
    from game.engine.debrief import rules_with_evidence

    content = load_content(scenario_id=scenario)
    rules = {row.rule for row in rules_with_evidence(content)}
    turns_mandatory = content.scenario.mandatory_week != 0
    assert {f"item.{i}.name" for i, item in content.items.items()
            if item.score.opt_in or (turns_mandatory and item.score.mandatory)} <= rules
    if content.scenario.mandatory_week == 0:
        assert "rule.mandatory" not in rules and not content.penalties
    if scenario == "here_at_home":
        assert "rule.friend_rule_mandatory" not in rules and "rule.friend_credit" in rules


def test_the_other_side_starts_low_and_gets_dropped():
    content = load_content(scenario_id="other_side")
    game = Game(5, "other_side", content)
    assert game.state.score < 500 and game.state.events[0].event_id == "other_side_intro"
    dropped = [summary(play_season("authentic", seed, "other_side", content),
                       "authentic")["dropped_by_friends"] for seed in range(6)]
    assert sum(dropped) >= 6, "friends drop the low scorer once it counts"


def test_a_forced_event_that_is_also_excluded_is_refused(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    path = data / "scenarios" / "other_side.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '"background_check", "sesame_invite",', '"background_check", "other_side_intro",'),
        encoding="utf-8")
    with pytest.raises(ContentError, match=r"excluded_events.*other_side_intro"):
        load_content(data, "other_side")
