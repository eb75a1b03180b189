"""The game's state: the player's citizen, their record, the society, and the week.

State is plain data with `to_dict`/`from_dict`, so a season saves to JSON and a restored
game continues exactly as the original would (the random generator's state is saved too).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from typing import NamedTuple, get_type_hints

from game.engine.coded_filter import CodedFilter
from game.engine.generator_state import generator_to_list
from game.engine.ledger import CauseKind, Ledger
from game.engine.model import Era
from game.engine.society import PLAYER, SocietySim, society_to_dict

SAVE_FORMAT = 2  # bump when the saved shape changes (2: the society is the simulation's)


class Noted(NamedTuple):
    """Something of the player's in a week: a post, a topic, an item or an event's id."""

    week: int
    what: str


class WithCitizen(NamedTuple):
    """Something the player did to a citizen, or a citizen to the player, in a week."""

    week: int
    citizen: int  # citizen index


class DroppedFriend(NamedTuple):
    """A friend the player dropped, and their score when dropped."""

    week: int
    citizen: int
    score: int  # score points


class PerkIncome(NamedTuple):
    """What the perks paid at the start of a week."""

    week: int
    money: int  # yuan
    hours: int


class PendingPoints(NamedTuple):
    """Score points queued by an action this week, booked when the week ends."""

    kind: CauseKind
    cause: str  # see game.engine.ledger's causes
    points: dict[str, int]  # by dimension id


@dataclass
class Record:
    """What the player said, held back and did to others: the costs the debrief shows.

    Saved as lists (a NamedTuple is written as one); `record_from_dict` reads them back."""

    said: list[Noted] = field(default_factory=list)  # post or event ids
    held_back: list[Noted] = field(default_factory=list)  # topic or event ids
    silent_weeks: list[int] = field(default_factory=list)  # weeks with no post at all
    dropped: list[DroppedFriend] = field(default_factory=list)
    dropped_by: list[WithCitizen] = field(default_factory=list)
    reported: list[WithCitizen] = field(default_factory=list)
    helped: list[WithCitizen] = field(default_factory=list)
    muted: list[WithCitizen] = field(default_factory=list)
    befriended: list[WithCitizen] = field(default_factory=list)
    declined_by: list[WithCitizen] = field(default_factory=list)
    exploits: list[Noted] = field(default_factory=list)  # item or event ids
    leaks: list[Noted] = field(default_factory=list)  # post ids
    missed_bills: list[int] = field(default_factory=list)
    perk_income: list[PerkIncome] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # e.g. "low_score_club", kept sorted
    enrolled_week: int = 0  # the week the score was switched on; 0 = not yet
    withdrawn: list[Noted] = field(default_factory=list)  # drafts deleted: post ids


RECORD_ENTRIES = {"said": Noted, "held_back": Noted, "dropped": DroppedFriend,
                  "dropped_by": WithCitizen, "reported": WithCitizen, "helped": WithCitizen,
                  "muted": WithCitizen, "befriended": WithCitizen, "declined_by": WithCitizen,
                  "exploits": Noted, "leaks": Noted, "perk_income": PerkIncome,
                  "withdrawn": Noted}
"""The Record's lists of entries, with the type of each entry."""


def record_from_dict(data: dict) -> Record:
    """A Record from saved data, each entry typed and checked (TypeError/ValueError if bad)."""
    typed = {}
    for name, value in data.items():
        entry = RECORD_ENTRIES.get(name)
        if entry is None:
            typed[name] = _plain_field(name, value)
            continue
        typed[name] = []
        for row in value:
            if len(row) != len(entry._fields):
                raise ValueError(f"record {name} has an entry of the wrong length: {row!r}")
            kinds = get_type_hints(entry).values()
            typed[name].append(entry(*(_checked(kind, value)
                                       for kind, value in zip(kinds, row, strict=True))))
    return Record(**typed)


PLAIN_FIELDS = {"silent_weeks": int, "missed_bills": int, "flags": str}
"""The Record's plain lists, with the type of their items."""


def _plain_field(name: str, value: object) -> object:
    """A Record field that is not a list of entries, checked (TypeError if wrong)."""
    if name == "enrolled_week":
        return _checked(int, value)
    kind = PLAIN_FIELDS.get(name)
    if kind is None:
        raise TypeError(f"the record has no field {name!r}")
    if not isinstance(value, list):
        raise TypeError(f"record {name} is not a list")
    return [_checked(kind, item) for item in value]


def _checked(kind: type, value: object) -> object:
    """`value` if it is of its field's type (int or str), else TypeError."""
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not a {kind.__name__}")
    return value


@dataclass
class WeekSnapshot:
    """The player's figures at the end of a week, for the debrief's charts."""

    week: int
    score: int
    wellbeing: int
    money: int  # yuan
    friends: int
    perks: list[str]
    penalties: list[str]
    era: str
    perk_money: int  # yuan the perks gave that week
    perk_hours: int


@dataclass
class PendingEvent:
    """An event waiting for the player's choice, with the citizen it is about (or -1)."""

    event_id: str
    target: int = -1


@dataclass
class GameState:
    """Everything that changes during a season."""

    seed: int
    scenario: str
    week: int
    era: Era
    money: int  # yuan, never negative
    hours: int  # hours left this week
    wellbeing: int  # 0..100
    enrolled: bool
    ledger: Ledger
    society: SocietySim  # the player plays citizen 0
    closeness: dict[int, int]  # friend index -> 0..100
    muted: list[int]  # friend indices the player muted
    record: Record
    coded: CodedFilter
    rng: random.Random
    topic: str  # what is on the player's mind this week
    said_this_week: bool = False
    topic_settled: bool = False  # said or deliberately held back this week
    posted_this_week: list[str] = field(default_factory=list)  # post ids
    bought_this_week: dict[str, int] = field(default_factory=dict)  # item id -> count
    pending: list[PendingPoints] = field(default_factory=list)  # booked at the week's end
    events: list[PendingEvent] = field(default_factory=list)
    seen_events: list[str] = field(default_factory=list)
    perks: list[str] = field(default_factory=list)  # perk ids held this week
    penalties: list[str] = field(default_factory=list)  # penalty ids in force this week
    history: list[WeekSnapshot] = field(default_factory=list)
    finished: bool = False
    transparent: bool = False  # the formula is shown: every contribution as it happens
    design: list[int] | None = None  # the Designer's slider positions, if any
    lesson: int = 0  # the lesson length in weeks the season was shortened to; 0 = none
    card: bool = False  # whether the before-and-after card is asked this season
    card_before: list[int] = field(default_factory=list)  # the card's answers (quiz.py) ...
    card_after: list[int] = field(default_factory=list)  # ... before and after the reveal
    ending: str = ""

    @property
    def score(self) -> int:
        """The score, derived from the ledger (never stored twice)."""
        return self.ledger.score

    @property
    def friends(self) -> list[int]:
        """The player's current friends' citizen indices, in index order."""
        return self.society.ties[PLAYER]

    def to_dict(self) -> dict:
        """JSON-ready state, random generator included."""
        return {
            "format": SAVE_FORMAT, "seed": self.seed, "scenario": self.scenario,
            "week": self.week, "era": self.era.value, "money": self.money, "hours": self.hours,
            "wellbeing": self.wellbeing, "enrolled": self.enrolled,
            "ledger": self.ledger.to_dict(), "society": society_to_dict(self.society),
            "closeness": {str(k): v for k, v in self.closeness.items()},
            "muted": list(self.muted), "record": asdict(self.record),
            "coded": self.coded.to_dict(),
            "rng": generator_to_list(self.rng),
            "topic": self.topic, "said_this_week": self.said_this_week,
            "topic_settled": self.topic_settled,
            "posted_this_week": list(self.posted_this_week),
            "bought_this_week": dict(self.bought_this_week),
            "pending": self.pending, "events": [asdict(e) for e in self.events],
            "seen_events": list(self.seen_events), "perks": list(self.perks),
            "penalties": list(self.penalties),
            "history": [asdict(h) for h in self.history],
            "finished": self.finished, "ending": self.ending,
            "transparent": self.transparent, "design": self.design, "lesson": self.lesson,
            "card": self.card, "card_before": list(self.card_before),
            "card_after": list(self.card_after),
        }
