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
    content_version,
    damm_step,
    read_result_code,
    read_seed_code,
    result_code,
    seed_code,
)
from game.engine.content import load_content
from game.engine.strings import load_strings
from game.engine.world_codes import read_world
from game.results import report

from .helpers import default_content, edited_data_copy

ROOT = Path(__file__).resolve().parents[2]


@settings(max_examples=200, deadline=None)
@given(scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1))
def test_seed_codes_round_trip(scenario, seed):
    code = seed_code(scenario, seed, content=seed % 1024)
    assert len(code.replace("-", "")) == 12
    decoded = read_seed_code(code.lower().replace("-", " "))
    assert (decoded.scenario, decoded.seed, decoded.content) == (scenario, seed, seed % 1024)


@settings(max_examples=200, deadline=None)
@given(st.builds(ResultCode, scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1),
                 ending=st.integers(0, 15), score=st.integers(350, 950),
                 wellbeing=st.integers(0, 100), friends_kept=st.integers(0, 31),
                 friends_dropped=st.integers(0, 31), held_back=st.integers(0, 31),
                 said=st.integers(0, 31), reports=st.integers(0, 15),
                 enrolled_week=st.integers(0, 52), content=st.integers(0, 1023)))
def test_result_codes_round_trip(result):
    assert read_result_code(result_code(result)) == result


def test_lookalike_letters_are_read_as_digits():
    code = seed_code(1, 101).replace("1", "I").replace("0", "O")
    assert read_seed_code(code).seed == 101


def test_the_damm_quasigroup_is_totally_anti_symmetric():
    """The proof, over every element: x*y = y*x only if x = y, and (c*x)*y = (c*y)*x only if
    x = y. So a check built on it catches every single mistyped character and every swap
    of two different neighbours, at every position of any code."""
    symbols = range(len(ALPHABET))
    assert sorted(damm_step(x, y) for x in symbols for y in symbols) == \
        sorted(list(symbols) * len(ALPHABET))  # a quasigroup: every row a permutation
    for x in symbols:
        for y in symbols:
            if x != y:
                assert damm_step(x, y) != damm_step(y, x)
                for c in symbols:
                    assert damm_step(damm_step(c, x), y) != damm_step(damm_step(c, y), x)


def every_typo_and_swap(code: str) -> list[str]:
    """Each single substitution and each swap of two different neighbours of a code."""
    wrong = [code[:i] + other + code[i + 1:] for i in range(len(code))
             for other in ALPHABET if other != code[i]]
    wrong += [code[:i] + code[i + 1] + code[i] + code[i + 2:] for i in range(len(code) - 1)
              if code[i] != code[i + 1]]
    return wrong


@settings(max_examples=40, deadline=None)
@given(scenario=st.integers(0, 31), seed=st.integers(0, 2**31 - 1),
       content=st.integers(0, 1023))
def test_every_typo_and_every_swap_of_neighbours_is_caught(scenario, seed, content):
    for code in (seed_code(scenario, seed, content=content),
                 result_code(ResultCode(scenario, seed, 3, 640, 50, 4, 2, 7, 3, 1, 1,
                                        content))):
        reader = read_seed_code if len(code) < 16 else read_result_code
        for wrong in every_typo_and_swap(code.replace("-", "")):
            with pytest.raises(CodeError):
                reader(wrong)


def test_a_code_made_with_other_rules_says_so(tmp_path):
    content = default_content()
    code = seed_code(content.scenario.code, 42, content=content_version(content))
    assert read_world(code).seed == 42
    data_dir = edited_data_copy(tmp_path, "items.toml", "price = 55", "price = 56")
    with pytest.raises(CodeError) as refused:
        read_world(code, data_dir)
    assert refused.value.key == "content"
    assert content_version(content) == content_version(default_content())  # stable


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


def test_look_alike_letters_do_not_make_a_repeated_code_new():
    code = summary(play_season("random", 1, content=default_content()), "random")["result_code"]
    look_alike = code.replace("0", "O").replace("1", "I").lower()
    read = summarise([code, look_alike])
    assert len(read.read) == 1 and [error.key for _, error in read.skipped] == ["twice"]
    assert [type(entry).__name__ for entry in read.entries] == ["ReadCode", "CodeError"]


@pytest.mark.parametrize(("field", "value"), [("score", 1373), ("wellbeing", 127),
                                              ("friends_kept", 31), ("enrolled_week", 63)])
def test_figures_no_season_can_reach_are_refused(field, value):
    content = default_content()
    fields = {"scenario": content.scenario.code, "seed": 5, "ending": 0, "score": 640,
              "wellbeing": 50, "friends_kept": 4, "friends_dropped": 1, "held_back": 2,
              "said": 3, "reports": 0, "enrolled_week": 1, "content": content_version(content),
              field: value}
    read = summarise([result_code(ResultCode(**fields))])
    assert read.read == [] and read.skipped[0][1].key == "impossible"
    assert read.skipped[0][1].params == {"figure": field}


@pytest.mark.parametrize(("language", "line"), [
    ("en", "  The drift: 1"), ("fr", "  La dérive\u00a0: 1"), ("zh", "  慢慢变了：1")])
def test_the_results_report_writes_each_scenario_line_in_its_language(language, line):
    code = summary(play_season("random", 1, content=default_content()), "random")["result_code"]
    strings = load_strings(load_content(), language)
    assert line in report(summarise([code]), strings).splitlines()
