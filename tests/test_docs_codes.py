"""The world and result codes printed in the README and the guides still work: each one reads,
names a scenario this game has, and was made with today's rules (a code from older rules
would start a different world, or be turned away, for a teacher who copies it).
`tools/refresh_doc_codes.py` brings stale world codes up to date."""

from __future__ import annotations

import pytest

from game.engine.codes import CONTENT_BITS, content_version, read_seed_code, seed_code
from game.engine.content import load_content
from tools.refresh_doc_codes import printed_codes, problem, today


def test_the_documents_print_codes():
    names = {document for document, _ in printed_codes()}
    assert {"README.md", "teaching.md"} <= names


def test_a_code_from_other_rules_is_caught_and_remade():
    version = content_version(load_content())
    older = seed_code(0, 42, content=(version + 1) % 2**CONTENT_BITS)
    assert "other rules" in problem(older)
    remade = today(older)
    assert problem(remade) is None
    assert read_seed_code(remade).seed == 42


@pytest.mark.parametrize("document,code", printed_codes())
def test_every_printed_code_works_with_todays_rules(document, code):
    assert problem(code) is None, f"{document}: {code}: {problem(code)}"
