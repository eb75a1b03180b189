"""Content types: items, posts, perks, events and the rest, as plain immutable records.

These are Nystrom's "type objects": every shop item or event is an instance described by a
data file under `assets/data/`, never a subclass. Amounts carry their units in comments:
money is in yuan (¥), time in hours per week, score effects in score points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Era(StrEnum):
    """Which phase of the scheme a rule applies to."""

    OPT_IN = "opt_in"
    MANDATORY = "mandatory"
    ANY = "any"

    def includes(self, current: Era) -> bool:
        """Whether a rule for this era applies while `current` is in force."""
        return self is Era.ANY or self is current


class PostKind(StrEnum):
    """How the filter and the rules treat a post."""

    SOCIAL = "social"
    COMMERCIAL = "commercial"
    PRAISE = "praise"
    CRITICAL = "critical"
    CODED = "coded"
    PRIVATE = "private"
    SILENT = "silent"


SPEAKING_KINDS = (PostKind.CRITICAL, PostKind.CODED, PostKind.PRIVATE)
"""Post kinds that count as saying what is on the citizen's mind."""


@dataclass(frozen=True)
class Dimension:
    """One of Sesame's five published score dimensions."""

    id: str
    cap: int  # score points the dimension can contribute at most
    start: int  # score points at the start of the season
    evidence: str


@dataclass(frozen=True)
class ScoreEffect:
    """Hidden score points by dimension, which may differ between the two eras."""

    opt_in: dict[str, int]
    mandatory: dict[str, int]

    def for_era(self, era: Era) -> dict[str, int]:
        """The points that apply while `era` is in force."""
        return self.mandatory if era is Era.MANDATORY else self.opt_in

    def total(self, era: Era) -> int:
        """The net score points in `era`."""
        return sum(self.for_era(era).values())


@dataclass(frozen=True)
class Item:
    """Something the citizen can buy in the shop."""

    id: str
    category: str
    price: int  # yuan
    hours: int  # hours of the week it takes
    wellbeing: int  # wellbeing points
    score: ScoreEffect
    limit_per_week: int
    exploit: bool  # bought only to game the score (e.g. needless baby goods)
    blocked_by: str  # id of a penalty that forbids it, or ""
    evidence: str


@dataclass(frozen=True)
class Post:
    """Something the citizen can post (or choose not to)."""

    id: str
    kind: PostKind
    hours: int  # hours of the week it takes
    wellbeing: int  # wellbeing points
    score: ScoreEffect
    leak_chance: float  # for private messages: chance per send that it leaks, 0..1
    evidence: str


@dataclass(frozen=True)
class Perk:
    """A convenience unlocked at or above a score threshold while enrolled."""

    id: str
    threshold: int  # score points
    money: int  # yuan saved per week
    hours: int  # hours saved per week
    evidence: str
    wellbeing: int = 0  # wellbeing points a week: convenience is felt, not only counted


@dataclass(frozen=True)
class Penalty:
    """A sanction below a score threshold, only in the mandatory era."""

    id: str
    threshold: int  # applies when the score is below this many points
    money: int  # yuan lost per week
    hours: int  # hours lost per week
    wellbeing: int  # wellbeing points lost per week
    closeness: int  # closeness lost with every friend per week
    evidence: str


@dataclass(frozen=True)
class Requirement:
    """What a choice needs before the player may take it."""

    min_score: int = 0
    max_score: int = 2000
    money: int = 0  # yuan
    hours: int = 0
    enrolled: bool | None = None
    blocked_by: str = ""  # a penalty id that forbids the choice
    min_public_posts: int = 0  # critical posts an employer could find (see `public_posts`)
    max_public_posts: int = 1000


@dataclass(frozen=True)
class Choice:
    """One answer to an event, with its costs and consequences."""

    id: str
    requires: Requirement
    money: int  # yuan gained (positive) or spent (negative)
    hours: int  # hours spent
    wellbeing: int
    score: ScoreEffect
    closeness: int  # change in closeness with the event's friend
    friend_score: int  # change in the event's friend's score
    outcome: str  # a special consequence, see `CHOICE_OUTCOMES`
    evidence: str


CHOICE_OUTCOMES = (
    "", "enrol", "befriend", "drop", "help", "report", "said", "held_back", "join_club",
    "exploit", "mute",
)
"""Special consequences a choice may have beyond its numbers."""

EVENT_TARGETS = ("none", "friend", "friend_in_trouble", "low_friend", "stranger_high", "named")
"""Who an event is about: nobody, a friend, a friend in trouble, a low-score friend, a
high-score stranger, or one named friend (the event's `friend`, while still a friend)."""


@dataclass(frozen=True)
class Event:
    """A weekly event with choices, drawn from the eligible ones by weight."""

    id: str
    weight: int
    era: Era
    min_week: int
    once: bool
    target: str
    choices: tuple[Choice, ...]
    evidence: str
    friend: str = ""  # the named friend's id, for target "named"


@dataclass(frozen=True)
class Ending:
    """A way the season can end, chosen by the first whose conditions all hold."""

    id: str
    priority: int
    conditions: dict[str, tuple[int, int]]  # metric -> inclusive (low, high)


EVIDENCE_LABELS = ("documented", "reported", "contested", "invented")
"""The evidence labels, strongest first."""


def weakest_label(labels) -> str:
    """The weakest of some evidence labels (invented when there are none)."""
    return max(labels, key=EVIDENCE_LABELS.index, default=EVIDENCE_LABELS[-1])


@dataclass(frozen=True)
class Claim:
    """One checked claim of the evidence sheet (claims.toml), with the sheet's label."""

    id: str  # e.g. "F5", or "F5-screenshots" for a narrower statement inside row F5
    label: str  # documented | reported | contested | invented
    sheet: str  # the sheet's own wording of the label, e.g. "false or unsupported"
    summary: str
    of: str = ""  # the sheet row a narrower statement belongs to
    says: str = ""  # that statement, quoted from the row

    @property
    def row(self) -> str:
        """The id of the sheet's row (the claim's own, or the row it belongs to)."""
        return self.of or self.id


@dataclass(frozen=True)
class EvidencePart:
    """One part of a mechanic: the claims it rests on and its label."""

    claims: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class EvidenceLabel:
    """What the record shows about one mechanic of the game: its parts and sources."""

    id: str
    sources: str
    parts: tuple[EvidencePart, ...]

    @property
    def label(self) -> str:
        """The label shown for the whole mechanic: its weakest part's."""
        return weakest_label(part.label for part in self.parts)

    @property
    def mixed(self) -> bool:
        """Whether its parts carry different labels (a fact and the game's own rule)."""
        return len({part.label for part in self.parts}) > 1

    @property
    def sheet_rows(self) -> tuple[str, ...]:
        """The evidence sheet's row ids it rests on, in order, each once."""
        rows: list[str] = []
        for part in self.parts:
            rows += [claim.split("-")[0] for claim in part.claims]
        return tuple(dict.fromkeys(rows))


@dataclass(frozen=True)
class FriendProfile:
    """A named friend the season starts with."""

    id: str
    score: int  # starting score points
    closeness: int  # 0..100
    conformity: float  # 0..1, how much they chase the score
    outspoken: float  # 0..1, how often they say what they think
    trouble: float  # 0..1, weekly chance of misfortune
    standing: int = 0  # score points their record settles towards (0: their starting score);
    # above it for someone the score lets in, whose record is building week by week


@dataclass(frozen=True)
class Topic:
    """Something on the citizen's mind in a week, which they may say or hold back."""

    id: str
    weight: int


@dataclass(frozen=True)
class CodedPhrase:
    """A pun that slips past the filter until enough uses teach it to the filter."""

    id: str
    learn_after: int  # uses across the society before the filter learns it


@dataclass(frozen=True)
class FriendRule:
    """How friends' scores weigh on the citizen's (the rule that drifts)."""

    join_bonus: int  # connection points per enrolled friend per week, opt-in era
    join_bonus_cap: int  # at most this many such points per week
    drag_divisor: int  # mandatory era: (mean friend score - pivot) / divisor points a week
    pivot: int  # score points: friends above it lift you, friends below it drag you down
    drag_cap: int  # at most this many points a week, up or down
    leak_penalty: int  # behaviour points lost per unmuted friend's critical post (mandatory)
    leak_cap: int  # at most this many such points a week


@dataclass(frozen=True)
class SocietyRules:
    """Parameters of the simulated society that surrounds the player."""

    size: int  # citizens, the player included
    degree: int  # friends each citizen starts with (even)
    rewire: float  # chance a lattice tie is rewired to a random citizen, 0..1
    score_mean: int
    score_spread: int  # +- score points around the mean
    post_rate: float  # weekly chance an outspoken citizen posts critically, per outspokenness
    coded_share: float  # share of critical posts written in code, 0..1
    drop_rate: float  # weekly chance a conformist drops a friend below the drop bar
    drop_below: int  # score points under which conformists drop friends
    befriend_rate: float  # weekly chance to befriend a friend of a friend
    decline_gap: int  # score points above yours at which a stranger may decline you
    reversion: float  # share of the gap to their own standing closed each week, 0..1
    trouble_weeks: int  # how long a misfortune lasts
    trouble_hit: int  # score points a misfortune costs


@dataclass(frozen=True)
class Scenario:
    """A season's rules: its length, economy, dimensions and the drifting friend rule."""

    id: str
    code: int  # 0..31, the scenario's number inside seed and result codes
    weeks: int
    mandatory_week: int  # week the scheme becomes mandatory; 0 = it never does
    start_money: int  # yuan
    income: int  # yuan per week
    living_costs: int  # yuan per week
    missed_bill_penalty: int  # credit-history points lost when a bill cannot be paid
    hours_per_week: int
    start_wellbeing: int
    report_reward: int  # yuan
    report_hit: int  # score points the reported friend loses
    drop_wellbeing: int  # wellbeing lost per 10 closeness of a dropped friend
    silence_wellbeing: int  # wellbeing lost for each week something is held back
    wellbeing_anchor: int  # wellbeing drifts towards this each week
    wellbeing_pull: float  # share of the gap to the anchor closed each week, 0..1
    support_closeness: int  # friends at least this close lift wellbeing ...
    support_cap: int  # ... by 1 each a week, up to this many
    lonely_below: int  # fewer friends than this costs wellbeing each week
    lonely_wellbeing: int
    help_cost: int  # yuan to help a friend in trouble
    help_hours: int
    help_boost: int  # score points the helped friend regains
    befriend_hours: int
    new_friend_closeness: int  # 0..100
    help_closeness: int
    help_wellbeing: int
    report_wellbeing: int
    report_points: int  # behaviour points
    report_limit: int  # reports the scheme takes a week
    found_out_chance: float  # chance a reported friend learns who reported them, 0..1
    found_out_wellbeing: int  # wellbeing lost when a reported friend finds out
    found_out_closeness: int  # closeness lost with every other friend as word gets round
    exploit_learn_after: int  # exploits (needless purchases) before the score learns the
    # pattern and stops counting them; 0 = it never learns
    exploit_clawback: int  # percent of the exploits' points it takes back when it learns
    mute_closeness: int
    dimensions: tuple[Dimension, ...]
    friend_rule: FriendRule = field(repr=False)
    society: SocietyRules = field(repr=False)
    evidence: dict[str, str] = field(default_factory=dict)  # rule id -> evidence id
    forced_events: dict[int, str] = field(default_factory=dict)  # week -> event shown then
    perks: tuple[str, ...] | None = None  # perk ids in play (None: all of perks.toml)
    penalties: tuple[str, ...] | None = None  # penalty ids in play (None: all)
    excluded_events: tuple[str, ...] = ()  # events never drawn in this scenario
    item_effects: dict[str, ScoreEffect] = field(default_factory=dict)  # score overrides
    post_effects: dict[str, ScoreEffect] = field(default_factory=dict)
    event_effects: dict[tuple[str, str], ScoreEffect] = field(default_factory=dict)  # by
    # (event id, choice id)
    posts: tuple[str, ...] | None = None  # post ids in play (None: all of posts.toml)
    evidence_for: dict[str, str] = field(default_factory=dict)  # "penalty.x" -> its evidence
    # row in this scenario ("" leaves it off the Evidence page)
    reporting: bool = True  # whether friends can be reported to the scheme at all
    currency: str = "yuan"  # names how money is written: `number.money.<currency>`

    @property
    def mandatory_from(self) -> int:
        """The first mandatory week; one past the season when it never becomes mandatory."""
        return self.mandatory_week if self.mandatory_week else self.weeks + 1
