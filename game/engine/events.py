"""Weekly events: which are eligible, drawing one by weight, and applying a choice."""

from __future__ import annotations

from game.engine.content import Content
from game.engine.effects import (
    add_flag,
    change_citizen_score,
    change_closeness,
    change_money,
    change_wellbeing,
    enrol,
    queue_points,
    spend_hours,
)
from game.engine.ledger import CauseKind, cause_of
from game.engine.model import Choice, Event
from game.engine.outcome import Outcome
from game.engine.player_actions import drop_friend, help_in_event, mute_friend, report_friend
from game.engine.queries import exploit_learned, friends_in_trouble, high_strangers, low_friends
from game.engine.society import PLAYER
from game.engine.state import GameState, Noted, PendingEvent, WithCitizen

NO_TARGET = -1


def named_citizen(content: Content, friend_id: str) -> int:
    """The citizen index of a named friend (the named friends are citizens 1..8)."""
    return 1 + [f.id for f in content.friends].index(friend_id)


def _target_for(state: GameState, content: Content, event: Event) -> int | None:
    """The citizen an event is about, NO_TARGET if none is needed, None if none fits."""
    rng = state.rng
    if event.target == "none":
        return NO_TARGET
    if event.target == "named":
        return named_citizen(content, event.friend)
    if event.target == "friend":
        pool = state.friends
    elif event.target == "friend_in_trouble":
        pool = friends_in_trouble(state)
    elif event.target == "low_friend":
        pool = low_friends(state)[:3]
    else:  # stranger_high
        pool = high_strangers(state)[:5]
    if not pool:
        return None
    return pool[int(rng.random() * len(pool))]


def _eligible(state: GameState, content: Content, event: Event) -> bool:
    return (event.weight > 0 and state.week >= event.min_week
            and event.era.includes(state.era)
            and not (event.once and event.id in state.seen_events)
            and (event.target != "named"
                 or named_citizen(content, event.friend) in state.friends))


def draw_events(state: GameState, content: Content) -> list[PendingEvent]:
    """The week's events: any forced for this week, then one drawn by weight."""
    drawn: list[PendingEvent] = []
    forced = content.scenario.forced_events.get(state.week)
    if forced is not None:
        drawn.append(PendingEvent(forced, NO_TARGET))
    candidates = [e for e in content.events.values() if _eligible(state, content, e)]
    total = sum(e.weight for e in candidates)
    if total:
        pick = state.rng.random() * total
        for event in candidates:
            pick -= event.weight
            if pick < 0:
                target = _target_for(state, content, event)
                if target is not None:
                    drawn.append(PendingEvent(event.id, target))
                break
    for pending in drawn:
        state.seen_events.append(pending.event_id)
    return drawn


def apply_choice(state: GameState, content: Content, choice: Choice) -> Outcome:
    """Answer the front event with `choice` (already checked legal) and remove it."""
    pending = state.events.pop(0)
    target = pending.target
    gained = change_money(state, choice.money)
    spend_hours(state, choice.hours)
    felt = change_wellbeing(state, choice.wellbeing)
    cause = cause_of(pending.event_id, choice.id)
    ignored = choice.outcome == "exploit" and exploit_learned(state, content)
    effect = {} if ignored else choice.score.for_era(state.era)
    points = queue_points(state, CauseKind.EVENT, cause, effect)
    if target != NO_TARGET:
        change_closeness(state, target, choice.closeness)
        if choice.friend_score:
            change_citizen_score(state, target, choice.friend_score)
    _apply_outcome(state, content, pending, choice)
    return Outcome("chose", {"event": pending.event_id, "choice": choice.id, "citizen": target},
                   money=gained, hours=choice.hours, wellbeing=felt, points=points)


def _apply_outcome(state: GameState, content: Content, pending: PendingEvent,
                   choice: Choice) -> None:
    target, record = pending.target, state.record
    outcome = choice.outcome
    if outcome == "enrol":
        enrol(state)
    elif outcome == "befriend" and target not in state.friends:
        state.society.tie(PLAYER, target)
        state.closeness[target] = content.scenario.new_friend_closeness
        record.befriended.append(WithCitizen(state.week, target))
    elif outcome == "drop" and target in state.friends:
        drop_friend(state, content, target, pending.event_id)
    elif outcome == "help":
        help_in_event(state, content, target)
    elif outcome == "report":
        report_friend(state, content, target)
    elif outcome == "mute":
        mute_friend(state, content, target)
    elif outcome == "said":
        state.said_this_week = True
        state.topic_settled = True
        record.said.append(Noted(state.week, pending.event_id))
    elif outcome == "held_back":
        record.held_back.append(Noted(state.week, pending.event_id))
    elif outcome == "join_club":
        add_flag(state, "low_score_club")
    elif outcome == "exploit":
        record.exploits.append(Noted(state.week, pending.event_id))
