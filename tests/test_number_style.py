"""Numbers and money the way each language writes them: English and Chinese group every
number of four digits or more with commas (1,040; 20,000); Spanish leaves four digits whole
and groups longer numbers with a no-break space (1040; 20 000), so "1,040" is never read as a
decimal. French groups from four digits with a narrow no-break space and writes the
currency after the number (1 040 ¥). A bad style in a string file is named on load."""

from __future__ import annotations

import pytest

from game.engine import ContentError
from game.engine.strings import Strings
from game.game_data import GameData
from game.presentation import NumberStyle, money
from tests.engine.helpers import edited_data_copy

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"


def test_english_groups_every_number_of_four_digits_or_more():
    style = NumberStyle()
    assert [style.number(n) for n in (0, 7, 999, 1000, 20000, -1234567)] == \
        ["0", "7", "999", "1,000", "20,000", "-1,234,567"]
    assert style.money(1040) == money(1040) == "¥1,040"
    assert style.money(-35) == "-¥35"


def test_a_style_can_start_grouping_later_or_never():
    spanish = NumberStyle(NO_BREAK_SPACE, 5)
    assert spanish.number(1040) == "1040"
    assert spanish.number(20000) == f"20{NO_BREAK_SPACE}000"
    assert spanish.money(123456) == f"¥123{NO_BREAK_SPACE}456"
    assert NumberStyle("", 4).number(1234567) == "1234567"


def test_each_language_loads_its_own_style():
    assert GameData.load(language="en").numbers == NumberStyle(",", 4)
    assert GameData.load(language="zh").numbers == NumberStyle(",", 4)
    assert GameData.load(language="es").numbers == NumberStyle(NO_BREAK_SPACE, 5)
    assert GameData.load(language="en").in_language("es").numbers.group_from_digits == 5


def test_french_groups_with_a_narrow_space_and_puts_the_currency_after():
    french = GameData.load(language="fr").numbers
    assert french.number(1040) == f"1{NARROW_NO_BREAK_SPACE}040"
    assert french.number(-1234567) == \
        f"-1{NARROW_NO_BREAK_SPACE}234{NARROW_NO_BREAK_SPACE}567"
    assert french.money(1040) == f"1{NARROW_NO_BREAK_SPACE}040{NO_BREAK_SPACE}¥"
    assert french.money(-35) == f"-35{NO_BREAK_SPACE}¥"
    dollars = GameData.load(scenario="here_at_home", language="fr").numbers
    assert dollars.money(40) == f"40{NO_BREAK_SPACE}$"


@pytest.mark.parametrize(("table", "key"), [
    ({"number.group_mark": "12", "number.group_from_digits": "4"}, "number.group_mark"),
    ({"number.group_mark": "5", "number.group_from_digits": "4"}, "number.group_mark"),
    ({"number.group_mark": ",", "number.group_from_digits": "three"}, "number.group_from_digits"),
    ({"number.group_mark": ",", "number.group_from_digits": "2"}, "number.group_from_digits"),
])
def test_a_bad_style_names_the_folder_and_the_key(table, key):
    with pytest.raises(ContentError, match=key) as caught:
        NumberStyle.from_strings(Strings(table, "xx"), "assets/data/strings/xx")
    assert "assets/data/strings/xx" in str(caught.value)


def test_a_bad_style_in_a_string_file_stops_loading_with_its_name(tmp_path):
    data_dir = edited_data_copy(tmp_path, "strings/es/ui.toml", 'group_from_digits = "5"',
                                'group_from_digits = "cinco"')
    with pytest.raises(ContentError, match=r"strings/es.*number.group_from_digits"):
        GameData.load(data_dir, language="es")
