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
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass
from enum import Enum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
LOOKALIKES = {"I": "1", "L": "1", "O": "0", "U": "V"}  # read generously, as Crockford advises
GROUP = 4  # characters between dashes
CHECK_CHARS = 2  # a Damm character and 5 bits of CRC-32
CODE_VERSION = 3  # 3: the content version and a check that catches every neighbour swap
CONTENT_BITS = 10  # of the content's hash carried by a code
DAMM_MODULUS = 0b100101  # x^5 + x^2 + 1: GF(32) for the Damm check
GF32_HIGH_BIT = 0b100000

SEED_FIELDS = (("version", 2), ("scenario", 5), ("content", CONTENT_BITS), ("seed", 31))
DESIGN_FIELDS = SEED_FIELDS + (
    ("friend_drag", 3), ("join_bonus", 3), ("perk_strength", 4), ("penalty_strength", 4),
    ("purchase_weight", 4), ("mandatory_week", 4),
)
"""A world made in the Designer: the seed code's fields and the sliders' positions."""
RESULT_FIELDS = SEED_FIELDS + (
    ("ending", 4), ("score", 10), ("wellbeing", 7), ("friends_kept", 5),
    ("friends_dropped", 5), ("held_back", 5), ("said", 5), ("reports", 4), ("enrolled_week", 6),
)
"""(field, bits) in the order they are packed. Counts above a field's range are clamped."""
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


def _check_version(values: dict[str, int]) -> None:
    if values["version"] != CODE_VERSION:
        raise CodeError(f"is from another version of the game ({values['version']})",
                        "version", version=values["version"])


def seed_code(scenario: int, seed: int, design=None, content: int = 0) -> str:
    """The seed code of a world (longer when it carries a `design.Design`); `content` is
    its scenario's `content_version`."""
    fields = {"version": CODE_VERSION, "scenario": scenario, "seed": seed, "content": content}
    if design is None:
        return _to_text(_pack(fields, SEED_FIELDS), _bits(SEED_FIELDS))
    names = [name for name, _ in DESIGN_FIELDS[len(SEED_FIELDS):]]
    fields.update(dict(zip(names, design.to_list(), strict=True)))
    return _to_text(_pack(fields, DESIGN_FIELDS), _bits(DESIGN_FIELDS))


def read_seed_code(text: str) -> SeedCode:
    """The world a seed code names (CodeError if it cannot be read)."""
    designed = len(normalise(text)) == -(-_bits(DESIGN_FIELDS) // 5) + CHECK_CHARS
    fields = DESIGN_FIELDS if designed else SEED_FIELDS
    values = _unpack(_from_text(text, _bits(fields)), fields)
    _check_version(values)
    design = tuple(values[name] for name, _ in DESIGN_FIELDS[len(SEED_FIELDS):]) if designed \
        else None
    return SeedCode(values["scenario"], values["seed"], design, values["content"])


def result_code(result: ResultCode) -> str:
    """The result code of a season."""
    values = {"version": CODE_VERSION, **vars(result)}
    values["score"] = result.score - SCORE_FLOOR
    return _to_text(_pack(values, RESULT_FIELDS), _bits(RESULT_FIELDS))


def read_result_code(text: str) -> ResultCode:
    """The season a result code sums up (CodeError if it cannot be read)."""
    values = _unpack(_from_text(text, _bits(RESULT_FIELDS)), RESULT_FIELDS)
    _check_version(values)
    values.pop("version")
    values["score"] += SCORE_FLOOR
    return ResultCode(**values)


def season_result(state, content, ending_index: int, metrics: dict[str, int]) -> ResultCode:
    """The numbers of a finished season, ready to become a result code."""
    return ResultCode(
        scenario=content.scenario.code, seed=state.seed, ending=ending_index,
        score=state.score, wellbeing=state.wellbeing, friends_kept=metrics["friends_kept"],
        friends_dropped=metrics["friends_dropped"], held_back=metrics["held_back"],
        said=metrics["said"], reports=metrics["reports"],
        enrolled_week=state.record.enrolled_week,
    )
