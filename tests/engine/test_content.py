"""Content loading: the shipped files are valid, and broken files give one clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.engine import ContentError, load_content
from game.engine.content import DEFAULT_DATA_DIR

from .helpers import default_content, edited_data_copy


def test_shipped_content_meets_the_brief():
    content = default_content()
    categories = {item.category for item in content.items.values()}
    assert len(content.items) >= 12
    assert {"baby_goods", "video_games", "healthy_food", "alcohol", "imported_books", "vpn",
            "charity", "domestic_brands", "luxuries"} <= categories
    kinds = {post.kind.value for post in content.posts.values()}
    assert len(content.posts) >= 10
    assert {"critical", "coded", "private", "praise", "silent"} <= kinds
    assert len(content.perks) >= 5 and len(content.penalties) >= 3
    assert len(content.events) >= 15 and len(content.endings) >= 5
    assert len(content.friends) >= 8
    assert len(content.scenario.dimensions) == 5


def test_every_rule_carries_an_evidence_label():
    content = default_content()
    labels = {row.label for row in content.evidence.values()}
    assert labels == {"documented", "reported", "contested", "invented"}
    for item in content.items.values():
        assert item.evidence in content.evidence


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("items.toml", "price = 55", 'price = "cheap"',
     ["assets/data/items.toml", "item 'diapers'", "field 'price'", "whole number"]),
    ("items.toml", "price = 55", "prcie = 55",
     ["assets/data/items.toml", "item 'diapers'", "field 'price'", "'prcie' a typo"]),
    ("items.toml", "limit_per_week = 3\nexploit = true", "limit_per_week = 3\nexplot = 1",
     ["assets/data/items.toml", "item 'diapers'", "field 'explot'", "not a known field"]),
    ("items.toml", 'score = { behaviour = 6 }', 'score = { behavior = 6 }',
     ["item 'diapers'", "field 'score.behavior'", "unknown name"]),
    ("perks.toml", "threshold = 600", "threshold = 1200",
     ["assets/data/perks.toml", "perk 'hotel_no_deposit'", "field 'threshold'", "at most 950"]),
    ("posts.toml", 'kind = "coded"', 'kind = "secret"',
     ["assets/data/posts.toml", "post 'coded'", "field 'kind'", "must be one of"]),
    ("events.toml", 'outcome = "enrol"', 'outcome = "enroll"',
     ["assets/data/events.toml", "choice 'opt_in'", "field 'outcome'"]),
    ("items.toml", 'exploit = true\nevidence = "purchases"', 'exploit = true\nevidence = "Z9"',
     ["assets/data/items.toml", "item 'diapers'", "field 'evidence'", "'Z9'"]),
    ("endings.toml", "reports = [2, 999]", "reports = [999, 2]",
     ["assets/data/endings.toml", "ending 'informer'", "conditions.reports"]),
    ("scenarios/default.toml", "cap = 190", "cap = 191",
     ["assets/data/scenarios/default.toml", "field 'dimension'", "add up to 600"]),
    ("items.toml", '[[item]]\nid = "video_games"', '[[item]]\nid = "diapers"',
     ["assets/data/items.toml", "item 'diapers'", "used twice"]),
    ("friends.toml", "conformity = 0.3", "conformity = 1.5",
     ["assets/data/friends.toml", "friend 'lin'", "field 'conformity'"]),
])
def test_broken_field_names_file_entry_field_and_problem(data_copy, file, old, new, expected):
    _replace(data_copy / file, old, new)
    with pytest.raises(ContentError) as caught:
        load_content(data_copy)
    message = str(caught.value)
    for fragment in expected:
        assert fragment in message, message


def test_invalid_toml_names_the_file(data_copy):
    (data_copy / "posts.toml").write_text("[[post]\nid = ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"assets/data/posts.toml.*not valid TOML"):
        load_content(data_copy)


def test_missing_file_is_named(data_copy):
    (data_copy / "topics.toml").unlink()
    with pytest.raises(ContentError, match=r"assets/data/topics.toml.*missing"):
        load_content(data_copy)


def test_non_utf8_file_is_named(data_copy):
    (data_copy / "coded.toml").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ContentError, match=r"coded.toml.*UTF-8"):
        load_content(data_copy)


def test_unknown_scenario_is_named():
    with pytest.raises(ContentError, match=r"scenarios/nowhere.toml.*missing"):
        load_content(scenario_id="nowhere")


@pytest.mark.parametrize(("old", "new", "says"), [
    ("reversion = ", "reversion = nan #", "must be a finite number"),
    ("rewire = ", "rewire = inf #", "must be a finite number"),
    ("weeks = 12", "weeks = " + "9" * 5000, "holds a value Python cannot read"),
    ("weeks = 12", "weeks = 12\ndeep = " + "[" * 5000 + "]" * 5000, "nests"),
])
def test_numbers_that_are_not_numbers_and_deep_nesting_are_content_errors(tmp_path, old, new,
                                                                          says):
    data_dir = edited_data_copy(tmp_path, "scenarios/default.toml", old, new)
    with pytest.raises(ContentError, match=says) as refused:
        load_content(data_dir)
    assert "assets/data/scenarios/default.toml" in str(refused.value)
