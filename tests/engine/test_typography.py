"""Each language follows one typographic rule everywhere in its string tables:

- Chinese puts no space between a Chinese character and a number (第7周, 2015年, 52%),
  nor between a character and a placeholder that is filled in (第{week}周): mixing
  "第7周" and "第 7 周" reads as careless.
- Spanish quotes with « » only, never with “ ” or straight quotes.
- French quotes with « » only, with a narrow no-break space inside the marks; it puts a
  no-break space before a colon and a narrow one before ; ! ? (never an ordinary space,
  which could break the line, and never none).
"""

from __future__ import annotations

import re

import pytest

from game.engine import DEFAULT_DATA_DIR
from game.engine.schema import read_toml

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
HAN = r"[\u3400-\u9fff]"
# a space between a Chinese character and a digit, a placeholder or a percent sign
CHINESE_NUMBER_SPACE = re.compile(
    rf"{HAN}[ \u00a0\u202f]+[0-9{{¥]|[0-9}}%][ \u00a0\u202f]+{HAN}|[0-9][ \u00a0\u202f]+%")
OTHER_QUOTES = re.compile(r"[“”„‟\"]")
# French spacing done wrong: an ordinary space or none where a no-break one belongs (a colon
# right after a letter, or a digit as in 10:30, is not checked: keys and times have none)
FRENCH_SPACED = re.compile(
    r"[ \u00a0][;!?»]|[ \u202f]:|«[ \u00a0]|[^\s\u00a0\u202f({][;!?]|\w»|«\w|[a-zé]:[ ]")


def shown_texts(language: str) -> list[tuple[str, str]]:
    """(file:key, text) for every sentence in a language's string tables."""
    texts: list[tuple[str, str]] = []

    def walk(prefix: str, table: dict, file: str) -> None:
        for key, value in table.items():
            dotted = f"{prefix}.{key}" if prefix else key
            if isinstance(value, dict):
                walk(dotted, value, file)
            else:
                for text in value if isinstance(value, list) else [value]:
                    texts.append((f"{file}:{dotted}", str(text)))

    for path in sorted((DEFAULT_DATA_DIR / "strings" / language).glob("*.toml")):
        walk("", read_toml(path, path.name), path.name)
    return texts


def test_chinese_never_spaces_a_number_from_a_character():
    spaced = [(where, text) for where, text in shown_texts("zh")
              if CHINESE_NUMBER_SPACE.search(text)]
    assert spaced == []


def test_the_chinese_check_itself_notices_both_spellings():
    assert CHINESE_NUMBER_SPACE.search("第 7 周")
    assert CHINESE_NUMBER_SPACE.search("扣回了 {points} 分")
    assert CHINESE_NUMBER_SPACE.search("52 %的雇主")
    assert not CHINESE_NUMBER_SPACE.search("第7周 · 2015年 · 52%的雇主 · 第{week}周")


@pytest.mark.parametrize("language", ["es", "fr"])
def test_quotes_are_guillemets_only(language):
    other = [(where, text) for where, text in shown_texts(language)
             if OTHER_QUOTES.search(text) or text.count("«") != text.count("»")]
    assert other == []


def test_french_punctuation_keeps_its_no_break_spaces():
    bad = [(where, text) for where, text in shown_texts("fr") if FRENCH_SPACED.search(text)]
    assert bad == []
    texts = [text for _, text in shown_texts("fr")]
    quoted = [text for text in texts if "«" in text]
    assert quoted and all(f"«{NARROW_NO_BREAK_SPACE}" in text for text in quoted)
    assert any(f"{NO_BREAK_SPACE}:" in text for text in texts)


def test_the_french_check_itself_notices_each_mistake():
    for wrong in ("Score : 7", "Score: 7", "Vraiment ?", "Vraiment?", "« non »", "«non»",
                  f"Score{NARROW_NO_BREAK_SPACE}: 7"):
        assert FRENCH_SPACED.search(wrong), wrong
    right = (f"Score{NO_BREAK_SPACE}: 7 ; 10:30 · Vraiment{NARROW_NO_BREAK_SPACE}? "
             f"«{NARROW_NO_BREAK_SPACE}non{NARROW_NO_BREAK_SPACE}»")
    assert not FRENCH_SPACED.search(right.replace(" ; ", f"{NARROW_NO_BREAK_SPACE}; "))
