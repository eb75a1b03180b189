"""Every sentence a screen asks for by name (`t("ui....")` in the code) is in the English
table, and every other language has every `ui.*` sentence English has, so no screen ever
shows a raw key."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from game.engine import DEFAULT_DATA_DIR, ContentError, load_content, load_strings
from game.engine.strings import interface_keys

from .helpers import edited_data_copy

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = set(interface_keys(DEFAULT_DATA_DIR / "strings" / "en"))


def literal_keys() -> dict[str, str]:
    """Each literal "ui.*" key passed to a call in the game's code, with where it is."""
    found = {}
    for path in (ROOT / "game").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                first = node.args[0]
                if (isinstance(first, ast.Constant) and isinstance(first.value, str)
                        and first.value.startswith("ui.") and "{" not in first.value
                        and first.value.count(".") >= 2):
                    found[first.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_every_key_the_code_asks_for_is_in_the_english_table():
    keys = literal_keys()
    assert len(keys) > 100
    missing = {key: where for key, where in keys.items() if key not in ENGLISH}
    assert missing == {}


def test_a_language_missing_an_interface_sentence_is_refused(tmp_path):
    data_dir = edited_data_copy(tmp_path, "strings/es/ui.toml", 'new_game = ', 'newgame = ')
    with pytest.raises(ContentError, match="ui.title.new_game"):
        load_strings(load_content(data_dir), "es", data_dir)
