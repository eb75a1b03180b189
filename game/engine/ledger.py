"""The ledger: every change to the player's score, with its week, cause and dimension.

The score is never stored on its own. It is the floor of the range plus the points held
in each of the five dimensions, and each dimension is the sum of its ledger lines, so the
ledger and the dimensions always add up exactly to the score. Changes that would push a
dimension past its cap or below zero are trimmed, and the trimmed amount is what is booked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CauseKind(StrEnum):
    """What moved the score."""

    START = "start"  # the starting points of the season
    ACTION = "action"  # something the player did (bought, posted, befriended ...)
    EVENT = "event"  # a choice in an event
    FRIEND = "friend"  # something a friend did
    RULE = "rule"  # a rule of the system (the friend rule, a missed bill ...)


CAUSE_SEPARATOR = ":"  # between a cause's verb and what it acted on


def cause_of(verb: str, target: object) -> str:
    """What moved the score, as a ledger line writes it: `cause_of("buy", "diapers")` is
    "buy:diapers"; an event's choice is `cause_of(event_id, choice_id)`."""
    return f"{verb}{CAUSE_SEPARATOR}{target}"


def cause_parts(cause: str) -> tuple[str, str]:
    """A cause's verb and what it acted on ("buy:diapers" -> ("buy", "diapers")); a cause
    of one word (a rule, "friend_rule") has "" as its target."""
    verb, _, target = cause.partition(CAUSE_SEPARATOR)
    return verb, target


@dataclass(frozen=True)
class LedgerLine:
    """One booked change: `amount` points to `dimension` in `week`, because of `cause`."""

    week: int
    kind: CauseKind
    cause: str  # e.g. "buy:diapers", "post:coded", "friend_rule", "friend:4" (`cause_of`)
    dimension: str
    amount: int  # score points, as booked after trimming to the dimension's range

    def to_list(self) -> list:
        """A compact JSON-ready form."""
        return [self.week, self.kind.value, self.cause, self.dimension, self.amount]

    @classmethod
    def from_list(cls, row: list) -> LedgerLine:
        """Rebuild a line from `to_list` output."""
        week, kind, cause, dimension, amount = row
        return cls(int(week), CauseKind(kind), str(cause), str(dimension), int(amount))


class Ledger:
    """The dimensions of one citizen's score and the book of every change to them."""

    def __init__(self, caps: dict[str, int], floor: int) -> None:
        self.caps = dict(caps)  # score points each dimension may hold at most
        self.floor = floor  # score points at the bottom of the range
        self.points = {dim: 0 for dim in caps}
        self.lines: list[LedgerLine] = []

    def book(self, week: int, kind: CauseKind, cause: str, dimension: str,
             amount: int) -> LedgerLine | None:
        """Apply a change, trimmed to the dimension's range; return the booked line."""
        held = self.points[dimension]
        trimmed = max(-held, min(self.caps[dimension] - held, amount))
        if trimmed == 0:
            return None
        self.points[dimension] = held + trimmed
        line = LedgerLine(week, kind, cause, dimension, trimmed)
        self.lines.append(line)
        return line

    def book_all(self, week: int, kind: CauseKind, cause: str,
                 changes: dict[str, int]) -> list[LedgerLine]:
        """Book several dimensions' changes for one cause; return the lines booked."""
        booked = []
        for dimension, amount in changes.items():
            line = self.book(week, kind, cause, dimension, amount)
            if line is not None:
                booked.append(line)
        return booked

    @property
    def score(self) -> int:
        """The score: the floor plus every dimension's points."""
        return self.floor + sum(self.points.values())

    def total_for(self, predicate) -> int:
        """Sum of the lines for which `predicate(line)` is true."""
        return sum(line.amount for line in self.lines if predicate(line))

    def to_dict(self) -> dict:
        """JSON-ready state; the points are rebuilt from the lines on load."""
        return {"lines": [line.to_list() for line in self.lines]}

    @classmethod
    def from_dict(cls, data: dict, caps: dict[str, int], floor: int) -> Ledger:
        """Rebuild a ledger, re-adding its lines so points and lines agree by construction."""
        ledger = cls(caps, floor)
        for row in data["lines"]:
            line = LedgerLine.from_list(row)
            if line.dimension not in ledger.points:
                raise ValueError(f"ledger line for unknown dimension {line.dimension!r}")
            ledger.points[line.dimension] += line.amount
            if not 0 <= ledger.points[line.dimension] <= caps[line.dimension]:
                raise ValueError(f"ledger takes {line.dimension!r} out of its range")
            ledger.lines.append(line)
        return ledger
