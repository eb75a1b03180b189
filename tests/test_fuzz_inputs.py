"""The small inputs from outside, fuzzed short and seeded (tools/fuzz_inputs.py has the long
run): stored settings, page addresses, command lines, world codes and class result codes.
Every reader answers without raising."""

from __future__ import annotations

from tools.fuzz_inputs import CASES, fuzz

CASES_RUN = 1500


def test_no_input_from_outside_crashes_a_reader():
    counts, crashes = fuzz(CASES_RUN, seed=2026)
    assert crashes == [], crashes[0]
    assert set(counts) == set(CASES) and min(counts.values()) >= CASES_RUN // len(CASES)
