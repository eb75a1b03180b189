"""The lesson in the engine: lesson lengths, ending a season early, the before-and-after
card's statements, and code version 4 (round trips, old codes, the class's shift)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.bots.season import play_season, summary
from game.engine import (
    Design,
    EndWeek,
    Game,
    decision_points,
    load_quiz,
    play_out,
    replay_with_change,
)
from game.engine.class_results import card_shifts, summarise, with_card
from game.engine.codes import (
    ALPHABET,
    CodeError,
    ResultCode,
    read_result_code,
    read_seed_code,
    result_code,
    seed_code,
)
from game.engine.content import DEFAULT_DATA_DIR
from game.engine.errors import ContentError
from game.engine.lesson import LESSON_WEEKS, apply_lesson, scaled_week
from game.engine.quiz import ANSWERS, MAX_STATEMENTS, pack_answers, unpack_answers
from game.engine.world_codes import read_world

from .helpers import answer_events, default_content, edited_data_copy

ROOT = Path(__file__).resolve().parents[2]
OLD_RESULT_CODE = "C3B0-0000-0CNQ-H726-D001-RZ"  # main before version 4: conformist, seed 6
OLD_SEED_CODE = "61NG-0000-06AF"  # ... its world
OLD_DESIGN_CODE = "SB9R-0000-0XJH-27G4"  # a Designer world of version 3 (seed 7, defaults)

cards = st.lists(st.integers(0, len(ANSWERS)), min_size=MAX_STATEMENTS,
                 max_size=MAX_STATEMENTS).map(tuple)


@settings(max_examples=200, deadline=None)
@given(st.builds(ResultCode, scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1),
                 ending=st.integers(0, 15), score=st.integers(350, 950),
                 wellbeing=st.integers(0, 100), friends_kept=st.integers(0, 31),
                 friends_dropped=st.integers(0, 31), held_back=st.integers(0, 31),
                 said=st.integers(0, 31), reports=st.integers(0, 15),
                 enrolled_week=st.integers(0, 52), content=st.integers(0, 1023),
                 weeks=st.integers(0, 63), weeks_played=st.integers(0, 63),
                 before=cards, after=cards))
def test_result_codes_with_lengths_and_answers_round_trip(result):
    code = result_code(result)
    assert len(code.replace("-", "")) == 33
    assert read_result_code(code.lower()) == result
    plain = replace(result, before=(), after=())
    assert len(result_code(plain).replace("-", "")) == 25
    assert read_result_code(result_code(plain)) == plain


@settings(max_examples=200, deadline=None)
@given(scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1),
       lesson=st.sampled_from((0, *LESSON_WEEKS)), card=st.booleans(),
       designed=st.booleans())
def test_seed_codes_with_a_lesson_and_the_card_round_trip(scenario, seed, lesson, card,
                                                          designed):
    design = Design(friend_drag=1, mandatory_week=5) if designed else None
    code = read_seed_code(seed_code(scenario, seed, design, seed % 1024, lesson, card))
    assert (code.scenario, code.seed, code.content, code.lesson, code.card) == (
        scenario, seed, seed % 1024, lesson, card)
    assert code.design == (tuple(design.to_list()) if designed else None)


@settings(max_examples=50, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), before=cards, position=st.integers(0, 40),
       shift=st.integers(1, 31))
def test_every_mistyped_character_of_a_long_code_is_caught(seed, before, position, shift):
    code = result_code(ResultCode(0, seed, 1, 600, 50, 3, 1, 2, 3, 0, 7, 5, 6, 6, before,
                                  before)).replace("-", "")
    index = position % len(code)
    typo = ALPHABET[(ALPHABET.index(code[index]) + shift) % 32]
    with pytest.raises(CodeError):
        read_result_code(code[:index] + typo + code[index + 1:])


def test_codes_made_before_version_4_still_read():
    old = read_result_code(OLD_RESULT_CODE)
    assert (old.seed, old.score, old.weeks, old.weeks_played, old.before) == (6, 794, 0, 0, ())
    assert not old.ended_early
    [read] = summarise([OLD_RESULT_CODE]).read
    assert read.ending == "model_citizen"
    assert read_world(OLD_SEED_CODE).lesson == 0 and read_world(OLD_SEED_CODE).seed == 6
    assert read_world(OLD_DESIGN_CODE).design == tuple(Design().to_list())
    # a world without a lesson or the card keeps its version 3 code
    assert Game(6).seed_code() == OLD_SEED_CODE


def test_a_lesson_moves_the_mandatory_switch_and_the_forced_events_in_proportion():
    content = default_content()
    assert [scaled_week(7, 12, weeks) for weeks in LESSON_WEEKS] == [2, 4, 5, 6]
    six = apply_lesson(content, 6).scenario
    assert (six.weeks, six.mandatory_week) == (6, 4)
    assert six.forced_events == {1: "sesame_invite", 4: "mandatory_notice"}
    assert apply_lesson(content, 0) is content and apply_lesson(content, 12) is content
    with pytest.raises(ValueError):
        apply_lesson(content, 3)


def test_a_lesson_plays_that_many_weeks_and_is_deterministic():
    first, second = Game(11, lesson=6), Game(11, lesson=6)
    for game in (first, second):
        while not game.finished:
            answer_events(game)
            game.act(EndWeek())
    assert first.to_json() == second.to_json()
    assert [h.week for h in first.state.history] == [1, 2, 3, 4, 5, 6]
    assert [h.era for h in first.state.history] == ["opt_in"] * 3 + ["mandatory"] * 3
    result = read_result_code(first.result_code())
    assert (result.weeks, result.weeks_played, result.ended_early) == (6, 6, False)
    world = read_world(first.seed_code())
    assert (world.seed, world.lesson, world.card) == (11, 6, False)
    restored = Game.from_json(first.to_json(), default_content())
    assert restored.content.scenario.weeks == 6 and restored.result_code() == first.result_code()


def test_a_lesson_a_scenario_cannot_have_is_refused():
    content = default_content()
    with pytest.raises(ValueError):
        Game(1, lesson=12)
    code = seed_code(content.scenario.code, 1, content=Game(1).content_version(), lesson=20)
    with pytest.raises(CodeError) as refused:
        read_world(code)
    assert refused.value.key == "lesson"


def test_ending_now_keeps_the_weeks_played_and_marks_the_code():
    game = Game(4, lesson=8, card=True)
    for _ in range(3):
        answer_events(game)
        game.act(EndWeek())
    game.answer_card("before", [1, 2, 3, 4, 0, 1, 2, 3])
    game.end_now()
    assert game.finished and game.ended_early and game.state.ending
    assert game.act(EndWeek()).refusal is not None
    result = read_result_code(game.result_code())
    assert (result.weeks, result.weeks_played, result.ended_early) == (8, 3, True)
    assert result.before == (1, 2, 3, 4, 0, 1, 2, 3) and result.after == (0,) * 8
    restored = Game.from_json(game.to_json(), default_content())
    assert restored.ended_early and restored.result_code() == game.result_code()
    assert restored.state.card and restored.state.lesson == 8
    assert summarise([game.result_code()]).ended_early() == 1


def test_the_card_rests_on_the_evidence_sheet():
    content = default_content()
    quiz = load_quiz(DEFAULT_DATA_DIR, content.claims)
    assert 6 <= len(quiz) <= MAX_STATEMENTS
    assert {statement.answer for statement in quiz} == set(ANSWERS)  # every label is asked
    for statement in quiz:
        assert content.claims[statement.claim].label == statement.answer


@pytest.mark.parametrize(("old", "new", "field", "problem"), [
    ('answer = "contested"', 'answer = "documented"', "answer", "claim F2 is contested"),
    ('claim = "B3"', 'claim = "B99"', "claim", "'B99'"),
    ('answer = "invented"', 'answer = "false"', "answer", "must be one of"),
    ('id = "slow_internet"', 'id = "hotel_deposit"', "id", "used twice"),
])
def test_a_broken_card_names_its_file_statement_and_problem(tmp_path, old, new, field, problem):
    data_dir = edited_data_copy(tmp_path, "quiz.toml", old, new)
    with pytest.raises(ContentError) as error:
        load_quiz(data_dir, default_content().claims)
    assert error.value.file == "assets/data/quiz.toml" and error.value.field == field
    assert error.value.entry.startswith("statement") and problem in error.value.problem


def test_answers_pack_into_nineteen_bits():
    assert pack_answers([4] * MAX_STATEMENTS) < 2 ** 19
    assert unpack_answers(pack_answers([1, 2, 3])) == (1, 2, 3, 0, 0, 0, 0, 0)
    with pytest.raises(ValueError):
        pack_answers([5])


def card_code(seed: int, before: list[int], after: list[int]) -> str:
    game = Game(seed, lesson=6, card=True)
    game.answer_card("before", before)
    play_out(game)
    game.answer_card("after", after)
    return game.result_code()


def test_the_class_shift_per_statement_counts_right_answers():
    quiz = load_quiz(DEFAULT_DATA_DIR, default_content().claims)
    right = [s.answer_number for s in quiz]
    wrong = [n % len(ANSWERS) + 1 for n in right]
    codes = [card_code(1, right, right), card_code(2, wrong, right),
             card_code(3, [0] * len(quiz), wrong), card_code(4, wrong, [0] * len(quiz)),
             summary(play_season("gamer", 5), "gamer")["result_code"]]  # no card
    class_summary = summarise(codes)
    assert len(class_summary.read) == 5 and with_card(class_summary) == 4
    shifts = card_shifts(class_summary, quiz)
    assert [s.statement for s in shifts] == [s.id for s in quiz]
    for shift in shifts:
        assert (shift.before_answered, shift.before_right) == (3, 1)
        assert (shift.after_answered, shift.after_right) == (3, 2)
        assert shift.before_share == pytest.approx(1 / 3)
        assert shift.after_share == pytest.approx(2 / 3)


def test_results_command_prints_the_card_and_the_early_ends():
    quiz = load_quiz(DEFAULT_DATA_DIR, default_content().claims)
    right = [s.answer_number for s in quiz]
    game = Game(8, card=True)
    game.answer_card("before", [0] * len(quiz))
    game.end_now()
    codes = [card_code(1, [0] * len(quiz), right), game.result_code()]
    script = ("import sys, runpy; sys.modules['pygame'] = None; "
              f"sys.argv = ['game.results', *{json.dumps(codes)}]; "
              "runpy.run_module('game.results', run_name='__main__')")
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, check=True).stdout
    assert "Class results: 2 code(s) read, 0 skipped" in output
    assert "Ended early: 1 of 2" in output
    assert output.count("    - -> 100%  ") == len(quiz)  # nobody answered before; all right after


def test_what_if_on_a_season_ended_early_ends_as_early():
    game = Game(9, lesson=6)
    for _ in range(2):
        answer_events(game)
        game.act(EndWeek())
    game.end_now()
    points = decision_points(game.content, 9, game.log)
    changed = replay_with_change(game.content, 9, game.log, points[0].index,
                                 points[0].alternatives[0], ended_after=2)
    assert changed.ended_early and [h.week for h in changed.state.history] == [1, 2]
    assert changed.content.scenario.weeks == 6
