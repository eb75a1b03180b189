"""The game's state: the player's citizen, their record, the society, and the week.

State is plain data with `to_dict`/`from_dict`, so a season saves to JSON and a restored
game continues exactly as the original would (the random generator's state is saved too).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field

from game.engine.coded_filter import CodedFilter
from game.engine.generator_state import generator_to_list
from game.engine.ledger import Ledger
from game.engine.model import Era
from game.engine.society import PLAYER, SocietySim, society_to_dict

SAVE_FORMAT = 2  # bump when the saved shape changes (2: the society is the simulation's)


@dataclass
class Record:
    """What the player said, held back and did to others: the costs the debrief shows."""

    said: list[list] = field(default_factory=list)  # [week, post or event id]
    held_back: list[list] = field(default_factory=list)  # [week, topic or event id]
    silent_weeks: list[int] = field(default_factory=list)  # weeks with no post at all
    dropped: list[list] = field(default_factory=list)  # [week, citizen index, their score]
    dropped_by: list[list] = field(default_factory=list)  # [week, citizen index]
    reported: list[list] = field(default_factory=list)  # [week, citizen index]
    helped: list[list] = field(default_factory=list)  # [week, citizen index]
    muted: list[list] = field(default_factory=list)  # [week, citizen index]
    befriended: list[list] = field(default_factory=list)  # [week, citizen index]
    declined_by: list[list] = field(default_factory=list)  # [week, citizen index]
    exploits: list[list] = field(default_factory=list)  # [week, item or event id]
    leaks: list[list] = field(default_factory=list)  # [week, post id]
    missed_bills: list[int] = field(default_factory=list)
    perk_income: list[list] = field(default_factory=list)  # [week, yuan, hours] perks paid
    flags: list[str] = field(default_factory=list)  # e.g. "low_score_club", kept sorted
    enrolled_week: int = 0  # the week the score was switched on; 0 = not yet
    withdrawn: list[list] = field(default_factory=list)  # [week, post id] drafts deleted


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
    pending: list[list] = field(default_factory=list)  # [kind, cause, {dim: points}] to book
    events: list[PendingEvent] = field(default_factory=list)
    seen_events: list[str] = field(default_factory=list)
    perks: list[str] = field(default_factory=list)  # perk ids held this week
    penalties: list[str] = field(default_factory=list)  # penalty ids in force this week
    history: list[WeekSnapshot] = field(default_factory=list)
    finished: bool = False
    transparent: bool = False  # the formula is shown: every contribution as it happens
    design: list[int] | None = None  # the Designer's slider positions, if any
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
            "transparent": self.transparent, "design": self.design,
        }
