"""Field-by-field validation of content tables, with messages that name the exact place.

Each content file is a TOML document. `Entry` wraps one table of it and hands out checked
values; asking for a field that is missing, mistyped or out of range raises `ContentError`
naming the file, the entry and the field. `finish()` rejects fields nobody asked for, which
catches typos such as `prcie = 60`.
"""

from __future__ import annotations

import difflib
import math
import tomllib
from pathlib import Path
from typing import Any

from game.engine.errors import ContentError

MAX_CONTENT_FILE_BYTES = 1_000_000  # a content file; the largest is about 40 kB
_MISSING = object()


def read_toml(path: Path, shown_name: str) -> dict[str, Any]:
    """Parse one TOML file, turning every failure into a `ContentError` for that file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(shown_name, "", "", f"cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_CONTENT_FILE_BYTES:
        raise ContentError(shown_name, "", "", f"is {len(raw):,} bytes long (at most "
                                               f"{MAX_CONTENT_FILE_BYTES:,})")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ContentError(shown_name, "", "", "is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(shown_name, "", "", f"is not valid TOML: {exc}") from exc
    except RecursionError:
        raise ContentError(shown_name, "", "", "nests arrays or tables too deeply") from None
    except ValueError as exc:  # e.g. a number over 4,300 digits
        raise ContentError(shown_name, "", "", f"holds a value Python cannot read ({exc})") \
            from None


class Entry:
    """One table of a content file, read field by field with validation."""

    def __init__(self, file: str, name: str, table: Any) -> None:
        if not isinstance(table, dict):
            raise ContentError(file, name, "", f"must be a table, not {type(table).__name__}")
        self.file = file
        self.name = name
        self._table = table
        self._used: set[str] = set()

    def error(self, field: str, problem: str) -> ContentError:
        """Build the error for a problem with `field` of this entry."""
        return ContentError(self.file, self.name, field, problem)

    def _get(self, field: str, default: Any) -> Any:
        self._used.add(field)
        if field in self._table:
            return self._table[field]
        if default is _MISSING:
            unknown = [key for key in self._table if not isinstance(key, int)]
            close = difflib.get_close_matches(field, unknown, n=1, cutoff=0.6)
            hint = f" (is {close[0]!r} a typo for it?)" if close else ""
            raise self.error(field, f"is missing{hint}")
        return default

    def keys(self) -> list[str]:
        """The field names this table sets, in file order."""
        return list(self._table)

    def raw(self, field: str) -> Any:
        """A field's value as written, for shapes the typed readers do not cover."""
        return self._get(field, None)

    def has(self, field: str) -> bool:
        """Whether the table sets `field` at all."""
        return field in self._table

    def int(self, field: str, *, low: int | None = None, high: int | None = None,
            default: Any = _MISSING) -> int:
        """A whole number, optionally within [low, high]."""
        value = self._get(field, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(field, f"must be a whole number (got {value!r})")
        self._check_range(field, value, low, high)
        return value

    def number(self, field: str, *, low: float | None = None, high: float | None = None,
               default: Any = _MISSING) -> float:
        """A number (whole or decimal), optionally within [low, high]."""
        value = self._get(field, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(field, f"must be a number (got {value!r})")
        if not math.isfinite(value):
            raise self.error(field, f"must be a finite number (got {value!r})")
        self._check_range(field, value, low, high)
        return float(value)

    def _check_range(self, field: str, value: float, low: float | None,
                     high: float | None) -> None:
        if low is not None and value < low:
            raise self.error(field, f"must be at least {low} (got {value})")
        if high is not None and value > high:
            raise self.error(field, f"must be at most {high} (got {value})")

    def text(self, field: str, *, choices: tuple[str, ...] | None = None,
             default: Any = _MISSING) -> str:
        """A string, optionally one of `choices`."""
        value = self._get(field, default)
        if not isinstance(value, str):
            raise self.error(field, f"must be text (got {value!r})")
        if choices is not None and value not in choices:
            raise self.error(field, f"must be one of {', '.join(choices)} (got {value!r})")
        return value

    def identifier(self, field: str = "id") -> str:
        """A lowercase identifier such as `baby_goods`."""
        value = self.text(field)
        if not value or not all(c.islower() or c.isdigit() or c == "_" for c in value):
            raise self.error(field, f"must use only a-z, 0-9 and _ (got {value!r})")
        return value

    def flag(self, field: str, *, default: Any = _MISSING) -> bool:
        """A true/false value."""
        value = self._get(field, default)
        if not isinstance(value, bool):
            raise self.error(field, f"must be true or false (got {value!r})")
        return value

    def int_map(self, field: str, keys: tuple[str, ...], *, low: int = -1000,
                high: int = 1000) -> dict[str, int]:
        """A table of whole numbers keyed by names from `keys` (e.g. score dimensions)."""
        value = self._get(field, {})
        if not isinstance(value, dict):
            raise self.error(field, f"must be a table like {{ {keys[0]} = 5 }}")
        result: dict[str, int] = {}
        for key, amount in value.items():
            if key not in keys:
                raise self.error(f"{field}.{key}", f"unknown name; use one of {', '.join(keys)}")
            if isinstance(amount, bool) or not isinstance(amount, int):
                raise self.error(f"{field}.{key}", f"must be a whole number (got {amount!r})")
            self._check_range(f"{field}.{key}", amount, low, high)
            result[key] = amount
        return result

    def tables(self, field: str, *, default: Any = _MISSING) -> list[Any]:
        """A list of tables (TOML `[[...]]`)."""
        value = self._get(field, default)
        if not isinstance(value, list):
            raise self.error(field, "must be a list of tables ([[...]] entries)")
        return value

    def table(self, field: str, *, default: Any = _MISSING) -> Entry:
        """A nested table, wrapped so its own fields are checked too."""
        value = self._get(field, default)
        return Entry(self.file, f"{self.name}.{field}" if self.name else field, value)

    def finish(self) -> None:
        """Reject any field that was never read: almost always a typo."""
        unknown = [key for key in self._table if key not in self._used]
        if unknown:
            raise self.error(unknown[0], "is not a known field (a typo?)")


def entries(file: str, document: dict[str, Any], key: str, what: str) -> list[Entry]:
    """The `[[key]]` tables of a document as `Entry` objects named by their ids."""
    items = document.get(key)
    if not isinstance(items, list) or not items:
        raise ContentError(file, "", key, f"needs at least one [[{key}]] {what}")
    result = []
    for index, table in enumerate(items):
        label = table.get("id", f"#{index + 1}") if isinstance(table, dict) else f"#{index + 1}"
        result.append(Entry(file, f"{key} '{label}'", table))
    return result


def unique_ids(file: str, key: str, ids: list[str]) -> None:
    """Fail when two entries of a file share an id."""
    seen: set[str] = set()
    for entry_id in ids:
        if entry_id in seen:
            raise ContentError(file, f"{key} '{entry_id}'", "id", "is used twice")
        seen.add(entry_id)
