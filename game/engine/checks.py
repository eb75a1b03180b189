"""Whether an action is allowed now, and if not, why: a refusal the screen can explain.

A refusal carries a string-table key (under `[refuse]`) and the numbers that fill it, so
the engine never holds a sentence and every language can say it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.actions import (
    Action,
    Befriend,
    Buy,
    Choose,
    EndWeek,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    RevealFormula,
    Unfriend,
    WithdrawDraft,
)
from game.engine.content import Content
from game.engine.model import Era, Requirement
from game.engine.queries import (
    in_trouble,
    public_posts,
    reports_this_week,
    withdrawn_this_week,
)
from game.engine.society import PLAYER
from game.engine.state import GameState


@dataclass(frozen=True)
class Refusal:
    """Why an action is not allowed: a string key and the values it mentions."""

    key: str
    params: dict = field(default_factory=dict)


def _afford(state: GameState, money: int, hours: int) -> Refusal | None:
    if money > state.money:
        return Refusal("money", {"need": money, "have": state.money})
    if hours > state.hours:
        return Refusal("hours", {"need": hours, "have": state.hours})
    return None


def _friend(state: GameState, citizen: int) -> Refusal | None:
    if citizen not in state.friends:
        return Refusal("not_friend")
    return None


def check_requirement(state: GameState, requirement: Requirement,
                      content: Content) -> Refusal | None:
    """Whether an event choice's requirement holds."""
    if requirement.enrolled is True and not state.enrolled:
        return Refusal("not_enrolled")
    if requirement.enrolled is False and state.enrolled:
        return Refusal("already_enrolled")
    if state.score < requirement.min_score:
        return Refusal("min_score", {"need": requirement.min_score, "have": state.score})
    if state.score > requirement.max_score:
        return Refusal("max_score", {"limit": requirement.max_score, "have": state.score})
    if requirement.min_public_posts or requirement.max_public_posts < 1000:
        found = public_posts(state, content)
        if found < requirement.min_public_posts:
            return Refusal("few_public_posts", {"need": requirement.min_public_posts,
                                                "have": found})
        if found > requirement.max_public_posts:
            return Refusal("many_public_posts", {"limit": requirement.max_public_posts,
                                                 "have": found})
    if requirement.blocked_by and requirement.blocked_by in state.penalties:
        return Refusal("blocked", {"penalty": requirement.blocked_by})
    return _afford(state, requirement.money, requirement.hours)


def check(state: GameState, content: Content, action: Action) -> Refusal | None:
    """None if `action` may be taken now; otherwise the reason it may not."""
    if state.finished:
        return Refusal("finished")
    if isinstance(action, Choose):
        return _check_choice(state, content, action)
    if isinstance(action, RevealFormula):
        return Refusal("already_shown") if state.transparent else None
    if state.events:
        return Refusal("event_pending")
    if isinstance(action, EndWeek):
        return None
    if isinstance(action, Buy):
        return _check_buy(state, content, action)
    if isinstance(action, (Publish, WithdrawDraft)):
        return _check_post(state, content, action)
    if isinstance(action, OptIn):
        if state.enrolled:
            return Refusal("already_enrolled")
        return None
    return _check_friend_action(state, content, action)


def _check_choice(state: GameState, content: Content, action: Choose) -> Refusal | None:
    if not state.events:
        return Refusal("no_event")
    event = content.events[state.events[0].event_id]
    for choice in event.choices:
        if choice.id == action.choice:
            return check_requirement(state, choice.requires, content)
    return Refusal("unknown")


def _check_buy(state: GameState, content: Content, action: Buy) -> Refusal | None:
    item = content.items.get(action.item)
    if item is None:
        return Refusal("unknown")
    if item.blocked_by and item.blocked_by in state.penalties:
        return Refusal("blocked", {"penalty": item.blocked_by})
    if state.bought_this_week.get(item.id, 0) >= item.limit_per_week:
        return Refusal("limit", {"limit": item.limit_per_week})
    return _afford(state, item.price, item.hours)


def _check_post(state: GameState, content: Content,
                action: Publish | WithdrawDraft) -> Refusal | None:
    post = content.posts.get(action.post)
    if post is None:
        return Refusal("unknown")
    if post.id in state.posted_this_week:
        return Refusal("posted")
    if isinstance(action, WithdrawDraft) and withdrawn_this_week(state, post.id):
        return Refusal("withdrawn")
    return _afford(state, 0, post.hours)


def _check_friend_action(state: GameState, content: Content, action: Action) -> Refusal | None:
    scenario = content.scenario
    citizen = getattr(action, "citizen", -1)
    if not 0 < citizen < state.society.size or citizen == PLAYER:
        return Refusal("unknown")
    if isinstance(action, Befriend):
        if citizen in state.friends:
            return Refusal("already_friend")
        return _afford(state, 0, scenario.befriend_hours)
    refusal = _friend(state, citizen)
    if refusal is not None:
        return refusal
    if isinstance(action, Help):
        if not in_trouble(state, citizen):
            return Refusal("not_in_trouble")
        return _afford(state, scenario.help_cost, scenario.help_hours)
    if isinstance(action, Mute) and citizen in state.muted:
        return Refusal("already_muted")
    if isinstance(action, Report) and not scenario.reporting:
        return Refusal("no_reporting")
    if isinstance(action, Report) and state.era is Era.OPT_IN and not state.enrolled:
        return Refusal("not_enrolled")
    if isinstance(action, Report) and reports_this_week(state) >= scenario.report_limit:
        return Refusal("report_limit", {"limit": scenario.report_limit})
    if isinstance(action, (Unfriend, Mute, Report)):
        return None
    return Refusal("unknown")
