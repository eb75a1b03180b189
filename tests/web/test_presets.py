"""Presets from the page address and the command line: good values start that world; bad
ones are ignored with a notice, never a crash."""

from __future__ import annotations

import pygame

from game.engine import Game
from game.launch import first_scene
from game.services.presets import (
    MAX_PAIRS,
    MAX_VALUE_CHARS,
    Notice,
    Presets,
    from_address,
    from_arguments,
    from_query,
)
from tests.scenes.helpers import make_app, press


def test_query_sets_seed_scenario_and_language():
    presets = from_query("?seed=4242&scenario=default&lang=en")
    assert (presets.seed, presets.scenario, presets.language) == (4242, "default", "en")
    assert [n.key for n in presets.notices] == ["ui.preset.seed"]


def test_malformed_and_unknown_values_are_ignored_with_notices():
    presets = from_query("seed=12abc&scenario=mars&lang=tlh&colour=red&seed=-3")
    assert presets == Presets(None, "default", "en", presets.notices)
    keys = [n.key for n in presets.notices]
    assert keys == ["ui.preset.bad_seed", "ui.preset.bad_scenario", "ui.preset.bad_lang",
                    "ui.preset.unknown", "ui.preset.bad_seed"]


def test_huge_seed_and_empty_values_are_refused():
    assert from_query("seed=99999999999999999999").seed is None
    assert from_query("seed=&lang=").notices[0].key == "ui.preset.bad_seed"


def test_command_line_takes_the_same_presets():
    assert from_arguments(["--seed", "7", "--lang=en"]).seed == 7
    presets = from_arguments(["--seed", "--scenario", "default", "stray"])
    assert presets.seed is None and presets.scenario == "default"
    assert [n.key for n in presets.notices] == ["ui.preset.bad_seed", "ui.preset.unknown"]


def test_a_preset_seed_starts_that_world_and_the_title_says_so(tmp_path, display):
    app = make_app(tmp_path, display, scene=first_scene(presets=from_query("?seed=31337")))
    assert any("31337" in notice for notice in app.top.notices)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.top.game.state.seed == 31337


def test_bad_presets_show_notices_and_the_game_still_starts(tmp_path, display):
    app = make_app(tmp_path, display,
                   scene=first_scene(presets=from_query("?seed=abc&lang=xx&zoom=9")))
    assert type(app.top).__name__ == "TitleScene"
    assert len(app.top.notices) == 3
    assert app.context.fonts.overflow_log == []
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert type(app.top).__name__ in ("PlayScene", "EventDialog")


def test_the_address_is_read_in_both_forms_and_the_fragment_wins():
    presets = from_address("?seed=5&lang=es", "#seed=9")
    assert (presets.seed, presets.language) == (9, "es")
    world = Game(7, "here_at_home").seed_code()
    assert from_address("", "#seed=" + world).seed == 7
    assert from_address("?", "#").notices == ()


def test_values_that_cannot_be_numbers_or_printed_are_notices():
    for value in ("²", "①", "٣", "%00", "\x00", "9" * 5000):
        presets = from_address("", "#seed=" + value)
        assert presets.seed is None, value
        shown = presets.notices[0].params["value"]
        assert shown.isprintable() and len(shown) <= MAX_VALUE_CHARS, value


def test_only_the_first_names_of_an_address_are_read():
    query = "?" + "&".join(f"k{i}=v" for i in range(10_000))
    presets = from_address(query, "")
    assert len(presets.notices) == MAX_PAIRS + 1
    assert presets.notices[0] == Notice("ui.preset.too_many", {"count": 10_000 - MAX_PAIRS})


def test_help_and_notices_name_the_scenarios_and_languages(capsys, monkeypatch):
    import sys

    from game import launch

    monkeypatch.setattr(sys, "argv", ["credit-to-society", "--help"])
    launch.main()
    printed = capsys.readouterr().out
    assert "here_at_home" in printed and "opt_in_2015" in printed and "zh" in printed
    notices = from_query("scenario=mars&lang=tlh").notices
    assert "here_at_home" in notices[0].params["known"] and "es" in notices[1].params["known"]
