"""The rules' push-back is visible: the week's summary says what happened (the score learned an
exploit and took points back, a reported friend found out, the filter reread old posts), and
the ledger names each cause in words."""

from __future__ import annotations

from dataclasses import replace

from game.engine import Buy, EndWeek, Game, Publish, Report, cause_of
from game.game_data import GameData
from game.presentation import cause_text
from game.scenes.week_summary import summary_lines
from tests.engine.helpers import advance_to_week, answer_events

DATA = GameData.load()


def test_the_summary_says_the_score_learned_an_exploit_and_the_ledger_names_it():
    game = Game(4, "default", DATA.content)
    answer_events(game, ("opt_in",))
    while len(game.state.record.exploits) < game.content.scenario.exploit_learn_after:
        for _ in range(3):
            game.act(Buy("diapers"))
        report = game.act(EndWeek()).report
        answer_events(game, ("pass",))
    lines = summary_lines(DATA, game, report)
    assert any("spotted a pattern" in line and f"took back {report.exploit_taken_back} points"
               in line for line in lines)
    taken = next(line for line in report.lines if line.cause == "exploit_learned")
    assert cause_text(DATA.strings, game.content, taken) == \
        "The score saw through purchases made to game it"


def test_the_summary_says_who_found_out_about_a_report():
    content = replace(DATA.content, scenario=replace(DATA.content.scenario,
                                                     found_out_chance=1.0))
    game = Game(1, "default", content)
    answer_events(game, ("opt_in",))
    game.act(Report(2))
    lines = summary_lines(DATA, game, game.act(EndWeek()).report)
    name = DATA.t(f"friend.{content.friends[1].id}.name")
    assert f"{name} found out you reported them and ended the friendship." in "\n".join(lines)


def test_the_summary_says_the_filter_reread_old_posts():
    game = Game(2, "default", DATA.content)
    advance_to_week(game, 7)
    phrase = game.state.coded.current()
    game.act(Publish("coded"))
    game.state.coded.uses[phrase] = 10_000
    report = game.act(EndWeek()).report
    assert "It reread old posts too. Found among yours: 1, now counted against you." in \
        summary_lines(DATA, game, report)
    read = next(line for line in report.lines if line.cause == cause_of("read_back", phrase))
    assert cause_text(DATA.strings, game.content, read).startswith("The filter reread an old post")
