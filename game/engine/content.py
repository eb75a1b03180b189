"""Loading every content file under `assets/data/` into checked, immutable records.

`load_content(data_dir)` reads the TOML files, validates each field, checks references
between files (evidence ids, penalty ids, string keys) and returns one `Content` object.
Any problem raises `ContentError` naming the file, the entry, the field and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.engine.errors import ContentError
from game.engine.model import (
    CHOICE_OUTCOMES,
    EVENT_TARGETS,
    EVIDENCE_LABELS,
    Choice,
    CodedPhrase,
    Dimension,
    Ending,
    Era,
    Event,
    EvidenceLabel,
    FriendProfile,
    FriendRule,
    Item,
    Penalty,
    Perk,
    Post,
    PostKind,
    Requirement,
    Scenario,
    ScoreEffect,
    SocietyRules,
    Topic,
)
from game.engine.schema import Entry, entries, read_toml, unique_ids

SCORE_MIN = 350  # score points, the bottom of Sesame's published range
SCORE_MAX = 950  # score points, the top of the range
ENDING_METRICS = (
    "score", "wellbeing", "friends_kept", "friends_dropped", "reports", "held_back", "said",
    "exploits", "helped", "low_score_club", "perks",
)
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "assets" / "data"


@dataclass(frozen=True)
class Content:
    """Everything the rules read from data files, indexed by id."""

    scenario: Scenario
    items: dict[str, Item]
    posts: dict[str, Post]
    perks: tuple[Perk, ...]  # ordered by threshold, lowest first
    penalties: tuple[Penalty, ...]  # ordered by threshold, highest first
    events: dict[str, Event]
    endings: tuple[Ending, ...]  # ordered by priority
    friends: tuple[FriendProfile, ...]
    topics: tuple[Topic, ...]
    phrases: tuple[CodedPhrase, ...]
    evidence: dict[str, EvidenceLabel]

    @property
    def dimension_ids(self) -> tuple[str, ...]:
        """The five dimension ids in their fixed order."""
        return tuple(d.id for d in self.scenario.dimensions)


class _Reader:
    """Reads one data folder; remembers file names so messages show a relative path."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def document(self, relative: str) -> tuple[str, dict]:
        shown = f"assets/data/{relative}"
        path = self.data_dir / relative
        if not path.is_file():
            raise ContentError(shown, "", "", "is missing")
        return shown, read_toml(path, shown)


def _score_effect(entry: Entry, dims: tuple[str, ...]) -> ScoreEffect:
    opt_in = entry.int_map("score", dims)
    mandatory = entry.int_map("score_mandatory", dims) if entry.has("score_mandatory") else opt_in
    return ScoreEffect(opt_in=opt_in, mandatory=mandatory)


def _load_scenario(reader: _Reader, scenario_id: str) -> Scenario:
    file, doc = reader.document(f"scenarios/{scenario_id}.toml")
    top = Entry(file, "", doc)
    dims = []
    for entry in entries(file, doc, "dimension", "score dimension"):
        dims.append(Dimension(
            id=entry.identifier(), cap=entry.int("cap", low=1, high=600),
            start=entry.int("start", low=0, high=600), evidence=entry.text("evidence"),
        ))
        if dims[-1].start > dims[-1].cap:
            raise entry.error("start", f"must not exceed cap ({dims[-1].cap})")
        entry.finish()
    top.tables("dimension")
    if len(dims) != 5:
        raise ContentError(file, "", "dimension",
                           f"needs exactly five dimensions (has {len(dims)})")
    unique_ids(file, "dimension", [d.id for d in dims])
    if sum(d.cap for d in dims) != SCORE_MAX - SCORE_MIN:
        raise ContentError(file, "", "dimension",
                           f"caps must add up to {SCORE_MAX - SCORE_MIN} so scores stay in "
                           f"{SCORE_MIN}-{SCORE_MAX} (they add up to {sum(d.cap for d in dims)})")
    rule = top.table("friend_rule")
    friend_rule = FriendRule(
        join_bonus=rule.int("join_bonus", low=0, high=50),
        join_bonus_cap=rule.int("join_bonus_cap", low=0, high=100),
        drag_divisor=rule.int("drag_divisor", low=1, high=1000),
        pivot=rule.int("pivot", low=SCORE_MIN, high=SCORE_MAX),
        drag_cap=rule.int("drag_cap", low=0, high=200),
        leak_penalty=rule.int("leak_penalty", low=0, high=100),
        leak_cap=rule.int("leak_cap", low=0, high=200),
    )
    rule.finish()
    soc = top.table("society")
    society = SocietyRules(
        size=soc.int("size", low=20, high=50_000),
        degree=soc.int("degree", low=2, high=40),
        rewire=soc.number("rewire", low=0, high=1),
        score_mean=soc.int("score_mean", low=SCORE_MIN, high=SCORE_MAX),
        score_spread=soc.int("score_spread", low=0, high=300),
        post_rate=soc.number("post_rate", low=0, high=1),
        coded_share=soc.number("coded_share", low=0, high=1),
        drop_rate=soc.number("drop_rate", low=0, high=1),
        drop_below=soc.int("drop_below", low=SCORE_MIN, high=SCORE_MAX),
        befriend_rate=soc.number("befriend_rate", low=0, high=1),
        decline_gap=soc.int("decline_gap", low=0, high=600),
        reversion=soc.number("reversion", low=0, high=1),
        trouble_weeks=soc.int("trouble_weeks", low=1, high=52),
        trouble_hit=soc.int("trouble_hit", low=0, high=300),
    )
    if society.degree % 2:
        raise soc.error("degree", "must be even (ties are laid out in pairs around a ring)")
    soc.finish()
    evidence_table = top.table("evidence")
    evidence = {key: evidence_table.text(key) for key in evidence_table.keys()}
    evidence_table.finish()
    scenario = Scenario(
        id=top.identifier(), weeks=top.int("weeks", low=2, high=52),
        mandatory_week=top.int("mandatory_week", low=1, high=52),
        start_money=top.int("start_money", low=0), income=top.int("income", low=0),
        living_costs=top.int("living_costs", low=0),
        missed_bill_penalty=top.int("missed_bill_penalty", low=0, high=200),
        hours_per_week=top.int("hours_per_week", low=1, high=100),
        start_wellbeing=top.int("start_wellbeing", low=0, high=100),
        report_reward=top.int("report_reward", low=0), report_hit=top.int("report_hit", low=0),
        drop_wellbeing=top.int("drop_wellbeing", low=0, high=50),
        silence_wellbeing=top.int("silence_wellbeing", low=0, high=50),
        wellbeing_anchor=top.int("wellbeing_anchor", low=0, high=100),
        wellbeing_pull=top.number("wellbeing_pull", low=0, high=1),
        support_closeness=top.int("support_closeness", low=0, high=100),
        support_cap=top.int("support_cap", low=0, high=50),
        lonely_below=top.int("lonely_below", low=0, high=50),
        lonely_wellbeing=top.int("lonely_wellbeing", low=0, high=50),
        help_cost=top.int("help_cost", low=0), help_hours=top.int("help_hours", low=0),
        help_boost=top.int("help_boost", low=0, high=600),
        befriend_hours=top.int("befriend_hours", low=0, high=100),
        new_friend_closeness=top.int("new_friend_closeness", low=0, high=100),
        help_closeness=top.int("help_closeness", low=0, high=100),
        help_wellbeing=top.int("help_wellbeing", low=-100, high=100),
        report_wellbeing=top.int("report_wellbeing", low=-100, high=100),
        report_points=top.int("report_points", low=-100, high=100),
        mute_closeness=top.int("mute_closeness", low=-100, high=0),
        dimensions=tuple(dims), friend_rule=friend_rule, society=society, evidence=evidence,
    )
    top.finish()
    if scenario.id != scenario_id:
        raise ContentError(file, "", "id", f"must match the file name ({scenario_id!r})")
    if scenario.mandatory_week > scenario.weeks:
        raise ContentError(file, "", "mandatory_week", "must fall within the season")
    return scenario


def _load_items(reader: _Reader, dims: tuple[str, ...]) -> dict[str, Item]:
    file, doc = reader.document("items.toml")
    items = {}
    for entry in entries(file, doc, "item", "shop item"):
        item = Item(
            id=entry.identifier(), category=entry.identifier("category"),
            price=entry.int("price", low=0), hours=entry.int("hours", low=0, high=100),
            wellbeing=entry.int("wellbeing", low=-100, high=100),
            score=_score_effect(entry, dims),
            limit_per_week=entry.int("limit_per_week", low=1, high=20, default=1),
            exploit=entry.flag("exploit", default=False),
            blocked_by=entry.text("blocked_by", default=""), evidence=entry.text("evidence"),
        )
        entry.finish()
        unique_ids(file, "item", [*items, item.id])
        items[item.id] = item
    return items


def _load_posts(reader: _Reader, dims: tuple[str, ...]) -> dict[str, Post]:
    file, doc = reader.document("posts.toml")
    posts = {}
    kinds = tuple(k.value for k in PostKind)
    for entry in entries(file, doc, "post", "post"):
        post = Post(
            id=entry.identifier(), kind=PostKind(entry.text("kind", choices=kinds)),
            hours=entry.int("hours", low=0, high=100),
            wellbeing=entry.int("wellbeing", low=-100, high=100),
            score=_score_effect(entry, dims),
            leak_chance=entry.number("leak_chance", low=0, high=1, default=0.0),
            evidence=entry.text("evidence"),
        )
        entry.finish()
        unique_ids(file, "post", [*posts, post.id])
        posts[post.id] = post
    return posts


def _load_perks(reader: _Reader) -> tuple[Perk, ...]:
    file, doc = reader.document("perks.toml")
    perks = []
    for entry in entries(file, doc, "perk", "perk"):
        perks.append(Perk(
            id=entry.identifier(), threshold=entry.int("threshold", low=SCORE_MIN, high=SCORE_MAX),
            money=entry.int("money", low=0), hours=entry.int("hours", low=0, high=100),
            evidence=entry.text("evidence"),
        ))
        if perks[-1].money == 0 and perks[-1].hours == 0:
            raise entry.error("money", "a perk must be worth some money or hours a week")
        entry.finish()
    unique_ids(file, "perk", [p.id for p in perks])
    return tuple(sorted(perks, key=lambda p: (p.threshold, p.id)))


def _load_penalties(reader: _Reader) -> tuple[Penalty, ...]:
    file, doc = reader.document("penalties.toml")
    penalties = []
    for entry in entries(file, doc, "penalty", "penalty"):
        penalties.append(Penalty(
            id=entry.identifier(),
            threshold=entry.int("threshold", low=SCORE_MIN, high=SCORE_MAX),
            money=entry.int("money", low=0), hours=entry.int("hours", low=0, high=100),
            wellbeing=entry.int("wellbeing", low=-100, high=0),
            closeness=entry.int("closeness", low=-100, high=0),
            evidence=entry.text("evidence"),
        ))
        entry.finish()
    unique_ids(file, "penalty", [p.id for p in penalties])
    return tuple(sorted(penalties, key=lambda p: (-p.threshold, p.id)))


def _load_requirement(entry: Entry) -> Requirement:
    if not entry.has("requires"):
        entry.table("requires", default={}).finish()
        return Requirement()
    req = entry.table("requires")
    enrolled = req.flag("enrolled", default=None) if req.has("enrolled") else None
    requirement = Requirement(
        min_score=req.int("min_score", low=0, high=2000, default=0),
        max_score=req.int("max_score", low=0, high=2000, default=2000),
        money=req.int("money", low=0, default=0), hours=req.int("hours", low=0, default=0),
        enrolled=enrolled, blocked_by=req.text("blocked_by", default=""),
    )
    req.finish()
    return requirement


def _load_events(reader: _Reader, dims: tuple[str, ...], weeks: int) -> dict[str, Event]:
    file, doc = reader.document("events.toml")
    events = {}
    eras = tuple(e.value for e in Era)
    for entry in entries(file, doc, "event", "event"):
        event_id = entry.identifier()
        choices = []
        for index, table in enumerate(entry.tables("choice")):
            label = table.get("id", f"#{index + 1}") if isinstance(table, dict) else index
            choice_entry = Entry(file, f"event '{event_id}' choice '{label}'", table)
            choices.append(Choice(
                id=choice_entry.identifier(), requires=_load_requirement(choice_entry),
                money=choice_entry.int("money", low=-10_000, high=10_000, default=0),
                hours=choice_entry.int("hours", low=0, high=100, default=0),
                wellbeing=choice_entry.int("wellbeing", low=-100, high=100, default=0),
                score=_score_effect(choice_entry, dims),
                closeness=choice_entry.int("closeness", low=-100, high=100, default=0),
                friend_score=choice_entry.int("friend_score", low=-600, high=600, default=0),
                outcome=choice_entry.text("outcome", choices=CHOICE_OUTCOMES, default=""),
                evidence=choice_entry.text("evidence", default=""),
            ))
            choice_entry.finish()
        if len(choices) < 2:
            raise entry.error("choice", "an event needs at least two choices")
        unique_ids(file, f"event '{event_id}' choice", [c.id for c in choices])
        event = Event(
            id=event_id, weight=entry.int("weight", low=0, high=100, default=1),
            era=Era(entry.text("era", choices=eras, default="any")),
            min_week=entry.int("min_week", low=1, high=52, default=1),
            once=entry.flag("once", default=False),
            target=entry.text("target", choices=EVENT_TARGETS),
            forced_week=entry.int("forced_week", low=0, high=weeks, default=0),
            choices=tuple(choices), evidence=entry.text("evidence"),
        )
        entry.finish()
        unique_ids(file, "event", [*events, event.id])
        events[event.id] = event
    return events


def _load_endings(reader: _Reader) -> tuple[Ending, ...]:
    file, doc = reader.document("endings.toml")
    endings = []
    for entry in entries(file, doc, "ending", "ending"):
        conditions_table = entry.table("conditions")
        conditions = {}
        for metric in conditions_table.keys():
            if metric not in ENDING_METRICS:
                raise entry.error(f"conditions.{metric}",
                                  f"unknown metric; use one of {', '.join(ENDING_METRICS)}")
            bounds = conditions_table.raw(metric)
            if (not isinstance(bounds, list) or len(bounds) != 2
                    or not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds)
                    or bounds[0] > bounds[1]):
                raise entry.error(f"conditions.{metric}",
                                  "must be [low, high] whole numbers, low <= high "
                                  f"(got {bounds!r})")
            conditions[metric] = (bounds[0], bounds[1])
        conditions_table.finish()
        endings.append(Ending(id=entry.identifier(), priority=entry.int("priority", low=0),
                              conditions=conditions))
        entry.finish()
    unique_ids(file, "ending", [e.id for e in endings])
    ordered = tuple(sorted(endings, key=lambda e: (e.priority, e.id)))
    if ordered[-1].conditions:
        raise ContentError(file, f"ending '{ordered[-1].id}'", "conditions",
                           "the last ending by priority must have no conditions, so every "
                           "season has an ending")
    return ordered


def _load_friends(reader: _Reader) -> tuple[FriendProfile, ...]:
    file, doc = reader.document("friends.toml")
    friends = []
    for entry in entries(file, doc, "friend", "named friend"):
        friends.append(FriendProfile(
            id=entry.identifier(), score=entry.int("score", low=SCORE_MIN, high=SCORE_MAX),
            closeness=entry.int("closeness", low=0, high=100),
            conformity=entry.number("conformity", low=0, high=1),
            outspoken=entry.number("outspoken", low=0, high=1),
            trouble=entry.number("trouble", low=0, high=1),
        ))
        entry.finish()
    unique_ids(file, "friend", [f.id for f in friends])
    return tuple(friends)


def _load_simple(reader: _Reader, relative: str, key: str, what: str,
                 build) -> tuple:
    file, doc = reader.document(relative)
    records = []
    for entry in entries(file, doc, key, what):
        records.append(build(entry))
        entry.finish()
    unique_ids(file, key, [r.id for r in records])
    return tuple(records)


def _load_evidence(reader: _Reader) -> dict[str, EvidenceLabel]:
    rows = _load_simple(
        reader, "evidence.toml", "evidence", "evidence row",
        lambda e: EvidenceLabel(id=e.text("id"), label=e.text("label", choices=EVIDENCE_LABELS),
                                sources=e.text("sources")))
    return {row.id: row for row in rows}


def _check_references(content: Content) -> None:
    """Every evidence id and penalty id named anywhere must exist."""
    known_evidence = content.evidence
    penalties = {p.id for p in content.penalties}

    def need_evidence(file: str, entry: str, evidence_id: str) -> None:
        if evidence_id and evidence_id not in known_evidence:
            raise ContentError(file, entry, "evidence",
                               f"names evidence row {evidence_id!r}, which evidence.toml lacks")

    scenario_file = f"assets/data/scenarios/{content.scenario.id}.toml"
    for dim in content.scenario.dimensions:
        need_evidence(scenario_file, f"dimension '{dim.id}'", dim.evidence)
    for rule_id, evidence_id in content.scenario.evidence.items():
        need_evidence(scenario_file, f"evidence.{rule_id}", evidence_id)
    for item in content.items.values():
        need_evidence("assets/data/items.toml", f"item '{item.id}'", item.evidence)
        if item.blocked_by and item.blocked_by not in penalties:
            raise ContentError("assets/data/items.toml", f"item '{item.id}'", "blocked_by",
                               f"names penalty {item.blocked_by!r}, which penalties.toml lacks")
    for post in content.posts.values():
        need_evidence("assets/data/posts.toml", f"post '{post.id}'", post.evidence)
    for perk in content.perks:
        need_evidence("assets/data/perks.toml", f"perk '{perk.id}'", perk.evidence)
    for penalty in content.penalties:
        need_evidence("assets/data/penalties.toml", f"penalty '{penalty.id}'", penalty.evidence)
    for event in content.events.values():
        need_evidence("assets/data/events.toml", f"event '{event.id}'", event.evidence)
        for choice in event.choices:
            where = f"event '{event.id}' choice '{choice.id}'"
            need_evidence("assets/data/events.toml", where, choice.evidence)
            blocked = choice.requires.blocked_by
            if blocked and blocked not in penalties:
                raise ContentError("assets/data/events.toml", where, "requires.blocked_by",
                                   f"names penalty {blocked!r}, which penalties.toml lacks")


def load_content(data_dir: Path = DEFAULT_DATA_DIR, scenario_id: str = "default") -> Content:
    """Read and check every content file; raise `ContentError` on the first problem."""
    reader = _Reader(Path(data_dir))
    scenario = _load_scenario(reader, scenario_id)
    dims = tuple(d.id for d in scenario.dimensions)
    content = Content(
        scenario=scenario,
        items=_load_items(reader, dims),
        posts=_load_posts(reader, dims),
        perks=_load_perks(reader),
        penalties=_load_penalties(reader),
        events=_load_events(reader, dims, scenario.weeks),
        endings=_load_endings(reader),
        friends=_load_friends(reader),
        topics=_load_simple(reader, "topics.toml", "topic", "topic", lambda e: Topic(
            id=e.identifier(), weight=e.int("weight", low=1, high=100))),
        phrases=_load_simple(reader, "coded.toml", "phrase", "coded phrase", lambda e: CodedPhrase(
            id=e.identifier(), learn_after=e.int("learn_after", low=1))),
        evidence=_load_evidence(reader),
    )
    _check_references(content)
    return content
