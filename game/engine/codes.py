"""Short, readable codes for a world (seed code) and for a finished season (result code).

A **seed code** names a scenario and a seed: typed on the title screen, put on the command
line or in the page address, it gives the same world on any machine. A **result code**
adds how the season went (ending, score, wellbeing, friends kept and dropped, what was said
and held back, reports, when the player enrolled), so a teacher can collect a class's
results with no server. Both are Crockford base-32 (no I, L, O or U; case and dashes do not
matter) and end in two check characters, so a mistyped code is caught, not misread: the
first is a Damm check over GF(32) (it catches every mistyped character and every swap of
two neighbours, wherever they are), the second five bits of CRC-32 (most other mistakes).

Both codes carry the **content version** of their scenario: ten bits of a hash over every
rule the season is played with (`content_version`). A code made with other rules (an item
added, a price changed) would not give the same world, so reading it says so instead.

Layouts are told apart by length. Code version 4 added a lesson length and the card to seed
codes (a seed code with neither keeps its version 3 layout, so codes handed out before still
work) and, to
result codes, the season's length, the weeks played (fewer when a player ended it early) and,
when the player answered the before-and-after card, both cards' answers. Version 3 result
codes still read, without those.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass
from enum import Enum

from game.engine.quiz import MAX_STATEMENTS, NOT_ANSWERED, answered, pack_answers, unpack_answers

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
LOOKALIKES = {"I": "1", "L": "1", "O": "0", "U": "V"}  # read generously, as Crockford advises
GROUP = 4  # characters between dashes
CHECK_CHARS = 2  # a Damm character and 5 bits of CRC-32
CODE_VERSION = 4  # 4: lesson lengths, weeks played and the card's answers
OLD_CODE_VERSION = 3  # 3: the content version and a check that catches every neighbour swap
CONTENT_BITS = 10  # of the content's hash carried by a code
CARD_BITS = 19  # one card's answers packed in base 5: 5^8 = 390,625 < 2^19
DAMM_MODULUS = 0b100101  # x^5 + x^2 + 1: GF(32) for the Damm check
GF32_HIGH_BIT = 0b100000

SEED_FIELDS = (("version", 2), ("scenario", 5), ("content", CONTENT_BITS), ("seed", 31))
DESIGN_FIELDS = SEED_FIELDS + (
    ("friend_drag", 3), ("join_bonus", 3), ("perk_strength", 4), ("penalty_strength", 4),
    ("purchase_weight", 4), ("mandatory_week", 4),
)
"""A world made in the Designer: the seed code's fields and the sliders' positions."""
SEASON_FIELDS = (
    ("ending", 4), ("score", 10), ("wellbeing", 7), ("friends_kept", 5),
    ("friends_dropped", 5), ("held_back", 5), ("said", 5), ("reports", 4), ("enrolled_week", 6),
)
OLD_RESULT_FIELDS = SEED_FIELDS + SEASON_FIELDS
"""A version 3 result code: (field, bits) in the order they are packed."""
LESSON_SEED_FIELDS = (("version", 4), ("scenario", 5), ("content", CONTENT_BITS),
                      ("seed", 31), ("lesson", 6), ("card", 1))
"""A version 4 seed code: a world with a lesson length (weeks) and/or the card asked."""
LESSON_DESIGN_FIELDS = LESSON_SEED_FIELDS + DESIGN_FIELDS[len(SEED_FIELDS):]
RESULT_FIELDS = LESSON_SEED_FIELDS[:-2] + SEASON_FIELDS + (("weeks", 6), ("weeks_played", 6))
"""A version 4 result code. Counts above a field's range are clamped."""
CARD_RESULT_FIELDS = RESULT_FIELDS + (("before", CARD_BITS), ("after", CARD_BITS))
"""A version 4 result code with the before-and-after card's answers."""
SCORE_FLOOR = 350  # scores are stored as points above the floor


class CodeError(ValueError):
    """A code that cannot be read: wrong characters, wrong length or a failed check.

    `key` and `params` let a screen say why in its own language (string table
    `ui.code_error.<key>`); the message is the English for the command line."""

    def __init__(self, message: str, key: str, **params: object) -> None:
        super().__init__(message)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class SeedCode:
    """A world: which scenario (by its code number), which seed, and the Designer's
    slider positions when it was designed (else None)."""

    scenario: int
    seed: int
    design: tuple[int, ...] | None = None
    content: int = 0  # the content version it was made with
    lesson: int = 0  # the lesson length in weeks; 0 = the scenario's own length
    card: bool = False  # whether the before-and-after card is asked


@dataclass(frozen=True)
class ResultCode:
    """A finished season, summed up in numbers."""

    scenario: int
    seed: int
    ending: int  # index of the ending in the scenario's endings, by priority
    score: int
    wellbeing: int
    friends_kept: int
    friends_dropped: int
    held_back: int
    said: int
    reports: int
    enrolled_week: int  # the week the player enrolled; 0 = never
    content: int = 0  # the content version the season was played with
    weeks: int = 0  # the season's length as played (0: not carried, a version 3 code)
    weeks_played: int = 0  # fewer than `weeks` when the season was ended early
    before: tuple[int, ...] = ()  # the card's answers before the season (see quiz.py) ...
    after: tuple[int, ...] = ()  # ... and after the reveal; () when the card was not used

    @property
    def ended_early(self) -> bool:
        """Whether the player ended the season before its last week."""
        return self.weeks_played < self.weeks  # a version 3 code has weeks 0: never


def _pack(values: dict[str, int], fields: tuple[tuple[str, int], ...]) -> int:
    number = 0
    for name, bits in fields:
        value = max(0, min((1 << bits) - 1, int(values[name])))
        number = (number << bits) | value
    return number


def _unpack(number: int, fields: tuple[tuple[str, int], ...]) -> dict[str, int]:
    values = {}
    for name, bits in reversed(fields):
        values[name] = number & ((1 << bits) - 1)
        number >>= bits
    return values


def times_two(value: int) -> int:
    """`value` times x in GF(32) (x^5 + x^2 + 1)."""
    value <<= 1
    return value ^ DAMM_MODULUS if value & GF32_HIGH_BIT else value


def damm_step(interim: int, digit: int) -> int:
    """The Damm check's quasigroup, x * y = 2x + y over GF(32): totally anti-symmetric, as
    tests/engine/test_codes.py proves over every triple."""
    return times_two(interim) ^ digit


def damm_digit(digits: list[int]) -> int:
    """The digit that brings the Damm check of `digits` to 0."""
    interim = 0
    for digit in digits:
        interim = damm_step(interim, digit)
    return times_two(interim)


def _check(body: str) -> str:
    """The check characters of a code's body: its Damm character, then 5 bits of CRC-32
    of the body and that character."""
    damm = ALPHABET[damm_digit([ALPHABET.index(ch) for ch in body])]
    crc = zlib.crc32((body + damm).encode("ascii")) & 31
    return damm + ALPHABET[crc]


def content_version(content) -> int:
    """Ten bits of a hash of everything a season is played with (the scenario's rules,
    items, posts, events, perks, penalties, endings, friends, topics, phrases; not the
    evidence labels, which change no play)."""
    rules = {name: value for name, value in asdict(content).items() if name != "evidence"}
    text = json.dumps(_canonical(rules), ensure_ascii=True)
    return zlib.crc32(text.encode("ascii")) & ((1 << CONTENT_BITS) - 1)


def _canonical(value: object) -> object:
    """`value` as JSON that does not depend on the order of dicts and sets: a dict becomes
    its (key, value) pairs sorted by key, whatever its keys are."""
    if isinstance(value, dict):
        pairs = [[_canonical(key), _canonical(item)] for key, item in value.items()]
        return sorted(pairs, key=lambda pair: json.dumps(pair[0]))
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(item) for item in value), key=json.dumps)
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot hash {type(value).__name__} in the content")


def check_content(made_with: int, content) -> None:
    """CodeError if a code was made with other content than `content` (its scenario's)."""
    if made_with != content_version(content):
        raise CodeError("was made with other rules of the game: its world would differ",
                        "content")


def _to_text(number: int, bits: int) -> str:
    length = -(-bits // 5)
    body = "".join(ALPHABET[(number >> (5 * (length - 1 - i))) & 31] for i in range(length))
    body += _check(body)
    return "-".join(body[i:i + GROUP] for i in range(0, len(body), GROUP))


def normalise(text: str) -> str:
    """Upper case, lookalikes mapped, dashes and spaces dropped."""
    cleaned = "".join(ch for ch in text.upper() if ch not in "- \t")
    return "".join(LOOKALIKES.get(ch, ch) for ch in cleaned)


def _from_text(text: str, bits: int) -> int:
    cleaned = normalise(text)
    length = -(-bits // 5)
    if len(cleaned) != length + CHECK_CHARS:
        raise CodeError(f"has {len(cleaned)} characters; expected {length + CHECK_CHARS}",
                        "length", have=len(cleaned), need=length + CHECK_CHARS)
    bad = [ch for ch in cleaned if ch not in ALPHABET]
    if bad:
        chars = "".join(sorted(set(bad)))
        raise CodeError(f"has characters that are not in codes: {chars}", "characters",
                        chars=chars)
    body, check = cleaned[:length], cleaned[length:]
    if _check(body) != check:
        raise CodeError("fails its check: a character is mistyped", "check")
    number = 0
    for ch in body:
        number = (number << 5) | ALPHABET.index(ch)
    return number


def _bits(fields: tuple[tuple[str, int], ...]) -> int:
    return sum(bits for _, bits in fields)


def _length(fields: tuple[tuple[str, int], ...]) -> int:
    """Characters of a code with this layout, check characters included."""
    return -(-_bits(fields) // 5) + CHECK_CHARS


def _check_version(values: dict[str, int], version: int) -> None:
    if values["version"] != version:
        raise CodeError(f"is from another version of the game ({values['version']})",
                        "version", version=values["version"])


SEED_LAYOUTS = {_length(fields): fields for fields in (
    SEED_FIELDS, DESIGN_FIELDS, LESSON_SEED_FIELDS, LESSON_DESIGN_FIELDS)}
"""Seed code layouts by length: each length names one."""
RESULT_LAYOUTS = {_length(fields): fields for fields in (
    OLD_RESULT_FIELDS, RESULT_FIELDS, CARD_RESULT_FIELDS)}


def _layout(text: str, layouts: dict[int, tuple[tuple[str, int], ...]],
            default: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """The layout a code's length names (`default` for a length none has, so the reader
    says how long it should be)."""
    return layouts.get(len(normalise(text)), default)


def seed_code(scenario: int, seed: int, design=None, content: int = 0, lesson: int = 0,
              card: bool = False) -> str:
    """The seed code of a world (longer when it carries a `design.Design`, a lesson length
    in weeks or the card); `content` is its scenario's `content_version`."""
    fields = {"version": OLD_CODE_VERSION, "scenario": scenario, "seed": seed,
              "content": content}
    layout = SEED_FIELDS if design is None else DESIGN_FIELDS
    if lesson or card:
        fields.update(version=CODE_VERSION, lesson=lesson, card=int(card))
        layout = LESSON_SEED_FIELDS if design is None else LESSON_DESIGN_FIELDS
    if design is not None:
        names = [name for name, _ in DESIGN_FIELDS[len(SEED_FIELDS):]]
        fields.update(dict(zip(names, design.to_list(), strict=True)))
    return _to_text(_pack(fields, layout), _bits(layout))


def read_seed_code(text: str) -> SeedCode:
    """The world a seed code names (CodeError if it cannot be read)."""
    fields = _layout(text, SEED_LAYOUTS, SEED_FIELDS)
    values = _unpack(_from_text(text, _bits(fields)), fields)
    _check_version(values, CODE_VERSION if "lesson" in values else OLD_CODE_VERSION)
    design_names = [name for name, _ in DESIGN_FIELDS[len(SEED_FIELDS):]]
    design = tuple(values[name] for name in design_names) if design_names[0] in values \
        else None
    return SeedCode(values["scenario"], values["seed"], design, values["content"],
                    values.get("lesson", 0), bool(values.get("card", 0)))


def result_code(result: ResultCode) -> str:
    """The result code of a season (longer when it carries the card's answers)."""
    values = {"version": CODE_VERSION, **vars(result)}
    values["score"] = result.score - SCORE_FLOOR
    layout = RESULT_FIELDS
    if result.before or result.after:
        layout = CARD_RESULT_FIELDS
        values["before"], values["after"] = pack_answers(result.before), \
            pack_answers(result.after)
    return _to_text(_pack(values, layout), _bits(layout))


def read_result_code(text: str) -> ResultCode:
    """The season a result code sums up (CodeError if it cannot be read); a version 3
    code gives weeks 0 and no answers."""
    fields = _layout(text, RESULT_LAYOUTS, RESULT_FIELDS)
    values = _unpack(_from_text(text, _bits(fields)), fields)
    _check_version(values, OLD_CODE_VERSION if fields is OLD_RESULT_FIELDS else CODE_VERSION)
    values.pop("version")
    values["score"] += SCORE_FLOOR
    if "before" in values:
        try:
            values["before"] = unpack_answers(values["before"])
            values["after"] = unpack_answers(values["after"])
        except ValueError:
            raise CodeError("holds answers no card can give", "impossible",
                            figure="answers") from None
    return ResultCode(**values)


def season_result(state, content, ending_index: int, metrics: dict[str, int]) -> ResultCode:
    """The numbers of a finished season, ready to become a result code."""
    return ResultCode(
        scenario=content.scenario.code, seed=state.seed, ending=ending_index,
        score=state.score, wellbeing=state.wellbeing, friends_kept=metrics["friends_kept"],
        friends_dropped=metrics["friends_dropped"], held_back=metrics["held_back"],
        said=metrics["said"], reports=metrics["reports"],
        enrolled_week=state.record.enrolled_week, weeks=content.scenario.weeks,
        weeks_played=state.week - 1,
        **_cards(state.card_before, state.card_after),
    )


def _cards(before: list[int], after: list[int]) -> dict[str, tuple[int, ...]]:
    """Both cards' answers, each padded to MAX_STATEMENTS, or none when neither card was
    answered (the shorter code)."""
    if not answered(before) and not answered(after):
        return {"before": (), "after": ()}
    pad = [NOT_ANSWERED] * MAX_STATEMENTS
    return {"before": tuple((list(before) + pad)[:MAX_STATEMENTS]),
            "after": tuple((list(after) + pad)[:MAX_STATEMENTS])}
