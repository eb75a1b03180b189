"""Where a line of text may break: at spaces, and between Chinese characters.

Chinese has no spaces between words, so a line may end after any ideograph. Punctuation
follows the usual rule (kinsoku): closing marks such as ，。！？：；）」 never start a
line, so they stay glued to the character before them, and opening marks such as （「“
never end one, so they stay glued to the character after them. Latin text is left as it
was: only its spaces are break points.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters after which (and before which) a line may break without a space.
CJK_RANGES = (
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms (，！？：； and full-width letters)
)
NO_LINE_START = set("，。、！？：；）」』》〉】〕…—·％,.!?:;)]}”’»›")  # never begins a line
NO_LINE_END = set("（「『《〈【〔“‘«‹([{")  # never ends a line


@dataclass(frozen=True)
class Segment:
    """An unbreakable piece of a paragraph and whether a space separated it from the last."""

    text: str
    space_before: bool


def is_cjk(character: str) -> bool:
    """True for ideographs, kana and full-width punctuation (a line may break around them)."""
    code = ord(character)
    return any(low <= code <= high for low, high in CJK_RANGES)


def segments(paragraph: str) -> list[Segment]:
    """Split one paragraph (no newlines) into the pieces a line may break between."""
    pieces: list[Segment] = []
    for word_index, word in enumerate(w for w in paragraph.split(" ") if w):
        for piece_index, piece in enumerate(_split_word(word)):
            pieces.append(Segment(piece, word_index > 0 and piece_index == 0))
    return pieces


def _split_word(word: str) -> list[str]:
    """Cut a space-free word wherever a CJK character allows a break, keeping punctuation
    on the right side of the break."""
    pieces: list[str] = []
    for index, character in enumerate(word):
        if index > 0 and _may_break_between(word[index - 1], character):
            pieces.append(character)
        elif pieces:
            pieces[-1] += character
        else:
            pieces.append(character)
    return pieces


def may_break_at(text: str, index: int) -> bool:
    """Whether punctuation allows cutting ``text`` before ``text[index]`` (a forced cut
    inside an over-long word: only the punctuation rules apply)."""
    return text[index] not in NO_LINE_START and text[index - 1] not in NO_LINE_END


def _may_break_between(before: str, after: str) -> bool:
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return is_cjk(before) or is_cjk(after)
