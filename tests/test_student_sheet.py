"""The printable student sheet is made from the string tables (change a sentence and the
sheet changes with it) and fits one A4 page in every language."""

from __future__ import annotations

import html
import shutil

import pytest

from game.game_data import GameData
from game.services.presets import available_languages
from tools.student_sheet import estimate_lines, page_lines, sheet_blocks, sheet_html, write_sheets

DATA_DIR = GameData.load().data_dir


def test_the_sheet_follows_the_string_tables(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    before = GameData.load(copy)
    old_question = before.strings.items("debrief.questions")[0]
    old_role = before.t("ui.sheet.role_driver")
    assert html.escape(old_question) in sheet_html(before)
    content = copy / "strings" / "en" / "content.toml"
    content.write_text(content.read_text(encoding="utf-8").replace(
        old_question, "Who keeps the score, and who checks them?"), encoding="utf-8")
    sheet_strings = copy / "strings" / "en" / "student_sheet.toml"
    sheet_strings.write_text(sheet_strings.read_text(encoding="utf-8").replace(
        old_role, "Driver: holds the mouse."), encoding="utf-8")
    after = sheet_html(GameData.load(copy))
    assert "Who keeps the score, and who checks them?" in after
    assert "Driver: holds the mouse." in after
    assert html.escape(old_question) not in after and html.escape(old_role) not in after


@pytest.mark.parametrize("language", available_languages())
def test_the_sheet_holds_every_question_and_fits_one_page(language):
    data = GameData.load(language=language)
    page = sheet_html(data)
    for question in data.strings.items("debrief.questions"):
        assert f"<li>{html.escape(question)}</li>" in page
    assert html.escape(data.t("scenario.other_side.name")) in page
    assert f'<html lang="{language}">' in page and "size: A4" in page
    assert estimate_lines(sheet_blocks(data)) <= page_lines()


def test_a_long_question_list_is_estimated_past_the_page():
    data = GameData.load()
    blocks = sheet_blocks(data) * 2  # the same sheet twice cannot fit one page
    assert estimate_lines(blocks) > page_lines()


def test_one_file_per_language(tmp_path):
    written = write_sheets(tmp_path, available_languages())
    assert sorted(p.name for p in written) == [f"student-sheet-{lang}.html"
                                               for lang in available_languages()]
