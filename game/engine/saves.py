"""Restoring a saved state from JSON-ready data, refusing anything inconsistent.

`state_from_dict` never trusts its input: a wrong shape, an unknown id or a ledger that
does not add up raises `SaveError`, so the caller can keep the bad save aside and start
fresh instead of crashing or continuing a broken season.
"""

from __future__ import annotations

from game.engine.coded_filter import CodedFilter
from game.engine.content import SCORE_MIN, Content
from game.engine.content_records import SCORE_MAX
from game.engine.effects import CLOSENESS_MAX, WELLBEING_MAX, WELLBEING_MIN
from game.engine.errors import SaveError
from game.engine.generator_state import generator_from_list
from game.engine.ledger import CauseKind, Ledger
from game.engine.lesson import MIN_LESSON_WEEKS
from game.engine.model import Era
from game.engine.quiz import CHOICES, MAX_STATEMENTS
from game.engine.society import society_from_dict
from game.engine.state import (
    SAVE_FORMAT,
    GameState,
    PendingEvent,
    PendingPoints,
    WeekSnapshot,
    record_from_dict,
)

MAX_MONEY = 10_000_000  # yuan: far more than any season can hold
MAX_HOURS = 7 * 24  # hours in a week
CITIZEN_ENTRIES = ("dropped", "dropped_by", "reported", "helped", "muted", "befriended",
                   "declined_by")
"""The Record's lists whose entries name a citizen."""


def state_from_dict(data: dict, content: Content) -> GameState:
    """Rebuild a `GameState` saved with `GameState.to_dict`; raise SaveError if it is bad."""
    try:
        return _build(data, content)
    except SaveError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise SaveError(f"the save is damaged ({type(exc).__name__}: {exc})") from exc


def _build(data: dict, content: Content) -> GameState:
    if not isinstance(data, dict):
        raise SaveError("the save is not a JSON object")
    if data.get("format") != SAVE_FORMAT:
        raise SaveError(f"the save has format {data.get('format')!r}, expected {SAVE_FORMAT}")
    if data["scenario"] != content.scenario.id:
        raise SaveError(f"the save is for scenario {data['scenario']!r}")
    caps = {d.id: d.cap for d in content.scenario.dimensions}
    society = society_from_dict(data["society"], content)
    if society.size != content.scenario.society.size or not society.settings.player_plays:
        raise SaveError("the save's society is not a season's society of the scenario's size")
    for event in data["events"]:
        if event["event_id"] not in content.events:
            raise SaveError(f"the save names an unknown event {event['event_id']!r}")
    record = record_from_dict(data["record"])
    state = GameState(
        seed=int(data["seed"]), scenario=str(data["scenario"]), week=int(data["week"]),
        era=Era(data["era"]), money=int(data["money"]), hours=int(data["hours"]),
        wellbeing=int(data["wellbeing"]), enrolled=bool(data["enrolled"]),
        ledger=Ledger.from_dict(data["ledger"], caps, SCORE_MIN), society=society,
        closeness={int(k): int(v) for k, v in data["closeness"].items()},
        muted=[int(v) for v in data["muted"]], record=record,
        coded=CodedFilter.from_dict(data["coded"], content.phrases),
        rng=generator_from_list(data["rng"]),
        topic=str(data["topic"]), said_this_week=bool(data["said_this_week"]),
        topic_settled=bool(data["topic_settled"]),
        posted_this_week=[str(p) for p in data["posted_this_week"]],
        bought_this_week={str(k): int(v) for k, v in data["bought_this_week"].items()},
        pending=[PendingPoints(CauseKind(kind), str(cause),
                               {str(d): int(a) for d, a in points.items()})
                 for kind, cause, points in data["pending"]],
        events=[PendingEvent(**e) for e in data["events"]],
        seen_events=[str(e) for e in data["seen_events"]],
        perks=[str(p) for p in data["perks"]], penalties=[str(p) for p in data["penalties"]],
        history=[WeekSnapshot(**h) for h in data["history"]],
        finished=bool(data["finished"]), ending=str(data["ending"]),
        transparent=bool(data.get("transparent", False)),
        design=[int(v) for v in data["design"]] if data.get("design") is not None else None,
        lesson=int(data.get("lesson", 0)), card=bool(data.get("card", False)),
        card_before=[int(v) for v in data.get("card_before", [])],
        card_after=[int(v) for v in data.get("card_after", [])],
    )
    problem = state_problem(state, content)
    if problem:
        raise SaveError(f"the save's {problem}")
    return state


def state_problem(state: GameState, content: Content) -> str:
    """What in a restored state no season of `content` can reach ("" if nothing): every
    figure in its range, every id one the content has, every citizen in the society."""
    scenario, citizens = content.scenario, range(state.society.size)
    known = {"perks": {p.id for p in content.perks}, "penalties": {p.id for p in
                                                                     content.penalties},
             "posts": set(content.posts), "items": set(content.items),
             "events": set(content.events), "topics": {t.id for t in content.topics}}
    checks = [
        (0 <= state.money <= MAX_MONEY, "money is out of range"),
        (0 <= state.hours <= MAX_HOURS, "hours are out of range"),
        (WELLBEING_MIN <= state.wellbeing <= WELLBEING_MAX, "wellbeing is out of range"),
        (1 <= state.week <= scenario.weeks + 1, "week is outside the season"),
        (sorted(state.closeness) == state.friends, "friends and closeness disagree"),
        (all(0 <= v <= CLOSENESS_MAX for v in state.closeness.values()),
         "closeness is out of range"),
        (set(state.muted) <= set(state.friends), "muted citizens are not friends"),
        (set(state.perks) <= known["perks"], "perks are unknown"),
        (set(state.penalties) <= known["penalties"], "penalties are unknown"),
        (set(state.posted_this_week) <= known["posts"], "posts are unknown"),
        (set(state.bought_this_week) <= known["items"], "purchases are unknown"),
        (all(0 <= n <= content.items[i].limit_per_week for i, n in
             state.bought_this_week.items() if i in content.items), "purchases are too many"),
        (state.topic in known["topics"] or not state.topic, "topic is unknown"),
        (set(state.seen_events) <= known["events"], "events are unknown"),
        (all(isinstance(e.event_id, str) and e.event_id in known["events"]
             and isinstance(e.target, int) and (e.target == -1 or e.target in citizens)
             for e in state.events), "events are damaged"),
        (not state.ending or state.ending in {e.id for e in content.endings},
         "ending is unknown"),
        (all(set(p.points) <= set(content.dimension_ids) for p in state.pending),
         "queued points name unknown dimensions"),
        (all(entry.citizen in citizens for name in CITIZEN_ENTRIES
             for entry in getattr(state.record, name)), "record names unknown citizens"),
        (all(_snapshot_ok(h) for h in state.history), "weekly history is damaged"),
        (all(len(card) <= MAX_STATEMENTS and all(0 <= a < CHOICES for a in card)
             for card in (state.card_before, state.card_after)), "card answers are damaged"),
        (state.lesson == 0 or MIN_LESSON_WEEKS <= state.lesson, "lesson length is too short"),
    ]
    return next((problem for ok, problem in checks if not ok), "")


def _snapshot_ok(snapshot: WeekSnapshot) -> bool:
    numbers = (snapshot.week, snapshot.score, snapshot.wellbeing, snapshot.money,
               snapshot.friends, snapshot.perk_money, snapshot.perk_hours)
    return (all(isinstance(n, int) and not isinstance(n, bool) and abs(n) <= MAX_MONEY
                for n in numbers)
            and SCORE_MIN <= snapshot.score <= SCORE_MAX
            and all(isinstance(x, str) for x in [*snapshot.perks, *snapshot.penalties]))
