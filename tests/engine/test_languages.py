"""Every language's string tables: they load and are checked like English, hold the same
keys with the same {placeholders}, and keep lists (names, questions) the same length."""

from __future__ import annotations

import string
import tomllib

import pytest

from game.engine import ContentError
from game.engine.content import DEFAULT_DATA_DIR, load_content
from game.engine.strings import load_strings
from game.services.presets import available_languages, available_scenarios
from tests.engine.helpers import edited_data_copy

STRINGS_DIR = DEFAULT_DATA_DIR / "strings"
LANGUAGES = available_languages()
TRANSLATIONS = [language for language in LANGUAGES if language != "en"]
LIST_KEYS = ("names.given", "names.family", "debrief.questions")


def flat_table(language: str) -> dict[str, object]:
    """The language's tables read straight from the files, as dotted keys."""
    table: dict[str, object] = {}

    def walk(prefix: str, node: dict) -> None:
        for key, value in node.items():
            dotted = f"{prefix}.{key}" if prefix else key
            if isinstance(value, dict):
                walk(dotted, value)
            else:
                table[dotted] = value

    for path in sorted((STRINGS_DIR / language).glob("*.toml")):
        walk("", tomllib.loads(path.read_text(encoding="utf-8")))
    return table


def placeholders(value: object) -> set[str]:
    texts = value if isinstance(value, list) else [value]
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_game_speaks_english_chinese_and_spanish():
    assert set(LANGUAGES) >= {"en", "zh", "es"}
    assert all((STRINGS_DIR / lang / f"{part}.toml").is_file()
               for lang in ("zh", "es") for part in ("content", "ui"))


@pytest.mark.parametrize("scenario", available_scenarios())
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_loads_for_every_scenario(language, scenario):
    content = load_content(DEFAULT_DATA_DIR, scenario)
    strings = load_strings(content, language, DEFAULT_DATA_DIR)
    assert strings.language == language
    assert strings.get("ui.common.title") != "ui.common.title"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_same_keys_as_english(language):
    english, translated = flat_table("en"), flat_table(language)
    assert sorted(set(english) - set(translated)) == [], "missing in the translation"
    assert sorted(set(translated) - set(english)) == [], "not in English"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_same_placeholders_for_every_key(language):
    english, translated = flat_table("en"), flat_table(language)
    different = {key: (placeholders(english[key]), placeholders(translated[key]))
                 for key in english if key in translated
                 and placeholders(english[key]) != placeholders(translated[key])}
    assert different == {}


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_lists_keep_their_length(language):
    english, translated = flat_table("en"), flat_table(language)
    for key in LIST_KEYS:
        assert len(translated[key]) == len(english[key]), key


def test_chinese_names_are_written_in_chinese_characters():
    table = flat_table("zh")
    names = [*table["names.given"], *table["names.family"],
             *(value for key, value in table.items()
               if key.startswith("friend.") and key.endswith(".name"))]
    assert len(names) == 108
    for name in names:
        assert all("\u4e00" <= character <= "\u9fff" for character in name), name
    assert table["names.full"] == "{family}{given}"  # no space between family and given name


def test_each_language_names_itself():
    names = {language: flat_table(language)["ui.settings.language_name"]
             for language in LANGUAGES}
    assert names["en"] == "English" and names["zh"] == "中文" and names["es"] == "Español"
    assert len(set(names.values())) == len(names)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_symbols_and_numbers_survive_translation(language):
    """Marks drawn as shapes (✓ ✗ ⚠ ▲ ■ ◆ ● ○) and the numbers of every sentence stay."""
    english, translated = flat_table("en"), flat_table(language)
    marks = "✓✗⚠▲▼■◆●○♥"
    for key, value in english.items():
        if isinstance(value, list):
            continue
        assert [c for c in value if c in marks] == [c for c in translated[key] if c in marks], key


def test_a_missing_sentence_in_a_translation_is_named(tmp_path):
    data_dir = edited_data_copy(tmp_path, "strings/es/content.toml", "[item.gym]\nname = ",
                                "[item.gym]\nnombre = ")
    with pytest.raises(ContentError, match="item.gym.name"):
        load_strings(load_content(data_dir), "es", data_dir)

