"""Restoring a saved state from JSON-ready data, refusing anything inconsistent.

`state_from_dict` never trusts its input: a wrong shape, an unknown id or a ledger that
does not add up raises `SaveError`, so the caller can keep the bad save aside and start
fresh instead of crashing or continuing a broken season.
"""

from __future__ import annotations

from game.engine.coded_filter import CodedFilter
from game.engine.content import SCORE_MIN, Content
from game.engine.errors import SaveError
from game.engine.generator_state import generator_from_list
from game.engine.ledger import CauseKind, Ledger
from game.engine.model import Era
from game.engine.society import society_from_dict
from game.engine.state import (
    SAVE_FORMAT,
    GameState,
    PendingEvent,
    PendingPoints,
    WeekSnapshot,
    record_from_dict,
)


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
    )
    if not 0 <= state.money or not 0 <= state.wellbeing <= 100:
        raise SaveError("the save's money or wellbeing is out of range")
    if not 1 <= state.week <= content.scenario.weeks + 1:
        raise SaveError("the save's week is outside the season")
    if sorted(state.closeness) != state.friends:
        raise SaveError("the save's friends and closeness disagree")
    return state
