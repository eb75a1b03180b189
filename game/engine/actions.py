"""What a player (or a bot, or a replay) can ask the engine to do, as small value objects.

Scenes turn key presses and clicks into these; the engine checks and applies them. Each
action has a compact list form (`["buy", "diapers"]`) so a season's actions can be logged,
saved and replayed exactly.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Buy:
    """Buy one of a shop item."""

    item: str


@dataclass(frozen=True)
class Publish:
    """Post something (or explicitly stay silent)."""

    post: str


@dataclass(frozen=True)
class WithdrawDraft:
    """Write a post, then think better of it and delete the draft."""

    post: str


@dataclass(frozen=True)
class Befriend:
    """Send a friend request to a citizen."""

    citizen: int


@dataclass(frozen=True)
class Unfriend:
    """Drop a friend."""

    citizen: int


@dataclass(frozen=True)
class Help:
    """Help a friend who is in trouble."""

    citizen: int


@dataclass(frozen=True)
class Mute:
    """Mute a friend so their posts no longer reach your feed."""

    citizen: int


@dataclass(frozen=True)
class Report:
    """Report a friend to the system for a reward."""

    citizen: int


@dataclass(frozen=True)
class OptIn:
    """Switch the score on while the scheme is still optional."""


@dataclass(frozen=True)
class RevealFormula:
    """Show the formula from now on (a teacher's reveal): changes what is shown, not the
    rules."""


@dataclass(frozen=True)
class Choose:
    """Answer the event at the front of the queue."""

    choice: str


@dataclass(frozen=True)
class EndWeek:
    """Close the week: the system recalculates and the next week begins."""


Action = (Buy | Publish | WithdrawDraft | Befriend | Unfriend | Help | Mute | Report | OptIn
          | RevealFormula | Choose | EndWeek)

_BY_NAME: dict[str, type] = {
    "buy": Buy, "post": Publish, "withdraw": WithdrawDraft, "befriend": Befriend,
    "unfriend": Unfriend, "help": Help, "mute": Mute, "report": Report, "opt_in": OptIn,
    "reveal": RevealFormula, "choose": Choose, "end_week": EndWeek,
}
_NAME_OF = {cls: name for name, cls in _BY_NAME.items()}


def action_to_list(action: Action) -> list:
    """The compact, JSON-ready form of an action."""
    name = _NAME_OF[type(action)]
    values = list(vars(action).values())
    return [name, *values]


def action_from_list(row: list) -> Action:
    """Rebuild an action from `action_to_list` output; raise ValueError if malformed."""
    if not isinstance(row, list) or not row or row[0] not in _BY_NAME:
        raise ValueError(f"not an action: {row!r}")
    cls = _BY_NAME[row[0]]
    args = row[1:]
    fields = list(cls.__dataclass_fields__)
    if len(args) != len(fields):
        raise ValueError(f"{row[0]} takes {len(fields)} value(s), got {len(args)}")
    for name, value in zip(fields, args, strict=True):
        expected = int if name == "citizen" else str
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValueError(f"{row[0]}.{name} must be {expected.__name__}")
    return cls(*args)
