"""The instruction-count tool reads the count from cachegrind's report."""

from __future__ import annotations

import pytest

from tools.week_instructions import counted

REPORT = """==1== I refs:        61,021,400
==1==
==1== Branches:      12,000
"""


def test_the_count_is_read_from_cachegrinds_report():
    assert counted(REPORT) == 61_021_400
    with pytest.raises(RuntimeError, match="no instruction count"):
        counted("==1== something else\n")
