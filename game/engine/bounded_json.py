"""JSON read from outside (a save, the settings, a stored list of codes), within bounds.

Whatever the text holds, `parse_bounded_json` either returns plain JSON values or raises
`InputError` with one sentence saying what is wrong: too long, nested too deep, a number
too long to be a number (Python refuses integers over 4,300 digits), or a number that is not
finite (JSON has no NaN or Infinity, and 1e400 would read as infinity). Nothing it returns
can make a later step recurse without end or overflow.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DOCUMENT_CHARS = 2_000_000  # characters: a season's save is about 30 kB
MAX_DEPTH = 32  # nested arrays and objects; the game's own documents use fewer than 8
MAX_NUMBER_CHARS = 40  # digits and signs of one number; the game's largest is a few digits


class InputError(ValueError):
    """Text from outside the game that is not within the bounds it can use."""


def _finite_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise InputError(f"holds a number {len(text)} characters long")
    value = float(text)
    if not math.isfinite(value):
        raise InputError(f"holds a number that is not finite ({text})")
    return value


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise InputError(f"holds a number {len(text)} characters long")
    return int(text)


def _no_constant(name: str) -> Any:
    raise InputError(f"holds {name}, which is not a number JSON allows")


def parse_bounded_json(text: str, max_chars: int = MAX_DOCUMENT_CHARS,
                       max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value of `text`, or InputError saying why it cannot be used."""
    if len(text) > max_chars:
        raise InputError(f"is {len(text):,} characters long (at most {max_chars:,})")
    try:
        value = json.loads(text, parse_float=_finite_float, parse_int=_bounded_int,
                           parse_constant=_no_constant)
    except InputError:
        raise
    except json.JSONDecodeError as error:
        raise InputError(f"is not valid JSON ({error.msg} at line {error.lineno}, "
                         f"column {error.colno})") from None
    except RecursionError:
        raise InputError(f"is nested deeper than {max_depth} levels") from None
    except ValueError as error:
        raise InputError(f"is not valid JSON ({error})") from None
    if depth(value) > max_depth:
        raise InputError(f"is nested deeper than {max_depth} levels")
    return value


def depth(value: Any) -> int:
    """How deeply arrays and objects nest in a JSON value (a number or string: 0)."""
    deepest, pending = 0, [(value, 0)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict):
            pending.extend((child, level + 1) for child in item.values())
            deepest = max(deepest, level + 1)
        elif isinstance(item, list):
            pending.extend((child, level + 1) for child in item)
            deepest = max(deepest, level + 1)
    return deepest
