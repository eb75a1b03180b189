"""Seed and result codes: they round-trip, read generously, and catch typos."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.bots.season import play_season, summary
from game.engine.class_results import summarise
from game.engine.codes import (
    ALPHABET,
    CodeError,
    ResultCode,
    read_result_code,
    read_seed_code,
    result_code,
    seed_code,
)

from .helpers import default_content

ROOT = Path(__file__).resolve().parents[2]


@settings(max_examples=200, deadline=None)
@given(scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1))
def test_seed_codes_round_trip(scenario, seed):
    code = seed_code(scenario, seed)
    assert len(code.replace("-", "")) == 10
    decoded = read_seed_code(code.lower().replace("-", " "))
    assert (decoded.scenario, decoded.seed) == (scenario, seed)


@settings(max_examples=200, deadline=None)
@given(st.builds(ResultCode, scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1),
                 ending=st.integers(0, 15), score=st.integers(350, 950),
                 wellbeing=st.integers(0, 100), friends_kept=st.integers(0, 31),
                 friends_dropped=st.integers(0, 31), held_back=st.integers(0, 31),
                 said=st.integers(0, 31), reports=st.integers(0, 15),
                 enrolled_week=st.integers(0, 52)))
def test_result_codes_round_trip(result):
    assert read_result_code(result_code(result)) == result


def test_lookalike_letters_are_read_as_digits():
    code = seed_code(1, 101).replace("1", "I").replace("0", "O")
    assert read_seed_code(code).seed == 101


def test_every_single_character_typo_is_caught():
    code = result_code(ResultCode(2, 777, 3, 640, 50, 4, 2, 7, 3, 1, 1)).replace("-", "")
    caught = 0
    for index, original in enumerate(code):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = code[:index] + replacement + code[index + 1:]
            with pytest.raises(CodeError):
                read_result_code(typo)
            caught += 1
    assert caught == len(code) * (len(ALPHABET) - 1)


@pytest.mark.parametrize("text", ["", "ABC", "4000-0006-NSRZ-35F0-01X!", "4000-0006-NSRZ-35F0"])
def test_malformed_codes_raise_code_error(text):
    with pytest.raises(CodeError):
        read_result_code(text)


def test_bots_carry_their_codes_and_the_class_summary_reads_them():
    rows = [summary(play_season(s, 6, content=default_content()), s)
            for s in ("conformist", "authentic", "loyal")]
    assert all(read_seed_code(row["seed_code"]).seed == 6 for row in rows)
    class_summary = summarise([row["result_code"] for row in rows] + ["nonsense"])
    assert [code.ending for code in class_summary.read] == [row["ending"] for row in rows]
    assert class_summary.values("score") == [row["final_score"] for row in rows]
    assert class_summary.values("friends_dropped") == [row["friends_dropped"] for row in rows]
    assert [text for text, _ in class_summary.skipped] == ["nonsense"]
    assert sum(count for _, count in class_summary.score_bands()) == 3


def test_repeated_codes_are_counted_once():
    code = summary(play_season("random", 1, content=default_content()), "random")["result_code"]
    assert len(summarise([code, code.lower()]).read) == 1


def test_results_command_prints_the_summary_without_pygame():
    codes = [summary(play_season(s, 2, content=default_content()), s)["result_code"]
             for s in ("gamer", "authentic")]
    script = ("import sys, runpy; sys.modules['pygame'] = None; "
              f"sys.argv = ['game.results', {codes[0]!r}, {codes[1]!r}, 'WRONG-CODE']; "
              "runpy.run_module('game.results', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert "2 code(s) read, 1 skipped" in result.stdout
    assert "WRONG-CODE" in result.stdout and "Endings:" in result.stdout
    assert json.dumps(codes)  # the codes are plain text
