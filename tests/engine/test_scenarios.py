"""Scenarios: each file plays its own rules, built by extending the default season."""

from __future__ import annotations

import shutil

import pytest

from game.bots.season import play_season, summary
from game.engine import Buy, ContentError, EndWeek, Game, Publish, load_content
from game.engine.content import DEFAULT_DATA_DIR
from game.engine.model import Era

from .helpers import advance_to_week, answer_events

SCENARIOS = ("default", "opt_in_2015", "mandatory_2020", "here_at_home")


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


def test_mandatory_2020_starts_mandatory_and_enrolled():
    game = Game(1, "mandatory_2020", load_content(scenario_id="mandatory_2020"))
    assert game.state.era is Era.MANDATORY and game.state.enrolled
    assert game.state.events[0].event_id == "mandatory_notice"
    answer_events(game)
    assert game.act(Publish("stock_crash")).points == {"behaviour": -14}


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


def test_the_default_season_keeps_home_events_out():
    content = load_content()
    assert "background_check" not in content.events
    assert [p.id for p in content.penalties] == ["loan_surcharge", "slow_internet",
                                                 "travel_ban", "public_blacklist"]


def test_a_scenario_naming_a_missing_event_is_a_clear_error(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    path = data / "scenarios" / "opt_in_2015.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '"sesame_invite"', '"sesame_invitation"'), encoding="utf-8")
    with pytest.raises(ContentError, match=r"opt_in_2015.toml.*forced_events.*sesame_invitation"):
        load_content(data, "opt_in_2015")


def test_a_scenario_extending_itself_is_refused(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, data)
    path = data / "scenarios" / "opt_in_2015.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'extends = "default"', 'extends = "opt_in_2015"'), encoding="utf-8")
    with pytest.raises(ContentError, match="extends"):
        load_content(data, "opt_in_2015")
