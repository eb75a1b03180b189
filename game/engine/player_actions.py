"""Applying the player's shop, post, friend and enrolment actions (already checked legal)."""

from __future__ import annotations

from game.engine.actions import (
    Befriend,
    Buy,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    Unfriend,
    WithdrawDraft,
)
from game.engine.content import Content
from game.engine.effects import (
    change_citizen_score,
    change_closeness,
    change_money,
    change_wellbeing,
    enrol,
    queue_points,
    spend_hours,
)
from game.engine.ledger import CauseKind, cause_of
from game.engine.model import Era, PostKind
from game.engine.outcome import Outcome
from game.engine.queries import drop_cost, exploit_learned, report_pay
from game.engine.society import PLAYER, STRANGER_ACCEPT_CHANCE
from game.engine.state import DroppedFriend, GameState, Noted, WithCitizen


def buy(state: GameState, content: Content, action: Buy) -> Outcome:
    """Buy an item: pay, spend hours, feel it, and feed the score a hidden signal (none for
    a needless purchase once the score has learned the pattern)."""
    item = content.items[action.item]
    paid = change_money(state, -item.price)
    spend_hours(state, item.hours)
    felt = change_wellbeing(state, item.wellbeing)
    state.bought_this_week[item.id] = state.bought_this_week.get(item.id, 0) + 1
    ignored = item.exploit and exploit_learned(state, content)
    effect = {} if ignored else item.score.for_era(state.era)
    points = queue_points(state, CauseKind.ACTION, cause_of("buy", item.id), effect)
    if item.exploit:
        state.record.exploits.append(Noted(state.week, item.id))
    return Outcome("bought_ignored" if ignored else "bought", {"item": item.id}, money=paid,
                   hours=item.hours, wellbeing=felt, points=points)


def publish(state: GameState, content: Content, action: Publish) -> Outcome:
    """Post something; critical, coded and private posts say what is on your mind."""
    post = content.posts[action.post]
    spend_hours(state, post.hours)
    felt = change_wellbeing(state, post.wellbeing)
    state.posted_this_week.append(post.id)
    key, params, effect = "posted", {"post": post.id}, post.score.for_era(state.era)
    if post.kind is PostKind.CODED:
        phrase = state.coded.current()
        state.coded.use(phrase)
        caught = state.coded.knows(phrase)
        key, params = ("coded_caught" if caught else "coded_slipped"), {"phrase": phrase or ""}
        effect = effect if caught else {}
    elif post.kind is PostKind.PRIVATE:
        leaked = state.rng.random() < post.leak_chance
        key = "leaked" if leaked else "kept_private"
        effect = effect if leaked else {}
        if leaked:
            state.record.leaks.append(Noted(state.week, post.id))
    elif post.kind is PostKind.SILENT:
        if not state.said_this_week and not state.topic_settled:
            state.record.held_back.append(Noted(state.week, state.topic))
            state.topic_settled = True
        key = "stayed_silent"
    if post.kind in (PostKind.CRITICAL, PostKind.CODED, PostKind.PRIVATE):
        state.said_this_week = True
        state.topic_settled = True
        state.record.said.append(Noted(state.week, post.id))
    points = queue_points(state, CauseKind.ACTION, cause_of("post", post.id), effect)
    return Outcome(key, params, hours=post.hours, wellbeing=felt, points=points)


def withdraw_draft(state: GameState, content: Content, action: WithdrawDraft) -> Outcome:
    """Delete a draft before posting it: nothing is said, and it is counted."""
    state.record.withdrawn.append(Noted(state.week, action.post))
    felt = change_wellbeing(state, -content.scenario.silence_wellbeing // 2)
    return Outcome("withdrew", {"post": action.post}, wellbeing=felt)


def befriend(state: GameState, content: Content, action: Befriend) -> Outcome:
    """Ask someone to be friends; a much higher scorer (or, once the scheme is mandatory,
    a conformist wary of a low score) may decline."""
    scenario, society = content.scenario, state.society
    spend_hours(state, scenario.befriend_hours)
    other = action.citizen
    gap = society.scores[other] - state.score
    declines = gap > scenario.society.decline_gap and state.rng.random() >= STRANGER_ACCEPT_CHANCE
    if (not declines and state.era is Era.MANDATORY
            and state.score < scenario.society.drop_below):
        declines = state.rng.random() < society.conformity[other]
    if declines:
        state.record.declined_by.append(WithCitizen(state.week, other))
        return Outcome("declined", {"citizen": other, "gap": gap},
                       hours=scenario.befriend_hours)
    society.tie(PLAYER, other)
    state.closeness[other] = scenario.new_friend_closeness
    state.record.befriended.append(WithCitizen(state.week, other))
    return Outcome("befriended", {"citizen": other}, hours=scenario.befriend_hours)


def drop_friend(state: GameState, content: Content, citizen: int, cause: str) -> Outcome:
    """Cut a tie; it hurts in proportion to how close you were."""
    cost = drop_cost(state, content, citizen)
    state.closeness.pop(citizen, None)
    felt = change_wellbeing(state, -cost)
    state.society.untie(PLAYER, citizen)
    if citizen in state.muted:
        state.muted.remove(citizen)
    state.record.dropped.append(DroppedFriend(state.week, citizen,
                                               state.society.scores[citizen]))
    return Outcome("unfriended", {"citizen": citizen, "cause": cause}, wellbeing=felt)


def unfriend(state: GameState, content: Content, action: Unfriend) -> Outcome:
    """Drop a friend of your own accord."""
    return drop_friend(state, content, action.citizen, "action")


def help_friend(state: GameState, content: Content, action: Help) -> Outcome:
    """Help a friend in trouble with money and time: their misfortune ends sooner."""
    scenario = content.scenario
    paid = change_money(state, -scenario.help_cost)
    spend_hours(state, scenario.help_hours)
    return _helped(state, content, action.citizen, paid, scenario.help_hours)


def _helped(state: GameState, content: Content, citizen: int, paid: int,
            hours: int) -> Outcome:
    scenario = content.scenario
    state.society.misfortune.end(citizen)
    change_citizen_score(state, citizen, scenario.help_boost)
    change_closeness(state, citizen, scenario.help_closeness)
    felt = change_wellbeing(state, scenario.help_wellbeing)
    state.record.helped.append(WithCitizen(state.week, citizen))
    return Outcome("helped", {"citizen": citizen}, money=paid, hours=hours, wellbeing=felt)


def help_in_event(state: GameState, content: Content, citizen: int) -> Outcome:
    """An event's help (its own costs are paid by the event choice)."""
    return _helped(state, content, citizen, 0, 0)


def mute(state: GameState, content: Content, action: Mute) -> Outcome:
    """Mute a friend: their posts stop reaching your feed, and they notice the distance."""
    return mute_friend(state, content, action.citizen)


def mute_friend(state: GameState, content: Content, citizen: int) -> Outcome:
    """Mute `citizen` (shared by the action and event choices)."""
    if citizen not in state.muted:
        state.muted.append(citizen)
        state.muted.sort()
        change_closeness(state, citizen, content.scenario.mute_closeness)
        state.record.muted.append(WithCitizen(state.week, citizen))
    return Outcome("muted", {"citizen": citizen})


def report(state: GameState, content: Content, action: Report) -> Outcome:
    """Report a friend for a reward."""
    return report_friend(state, content, action.citizen)


def report_friend(state: GameState, content: Content, citizen: int) -> Outcome:
    """Report `citizen`: a reward (less for each report made before) and points for you, a
    hit to them, and to your conscience. Whether they find out is settled at the week's end
    (`week.informers_found_out`)."""
    scenario = content.scenario
    gained = change_money(state, report_pay(state, content))
    change_citizen_score(state, citizen, -scenario.report_hit)
    if citizen in state.closeness:
        state.closeness[citizen] = 0
    felt = change_wellbeing(state, scenario.report_wellbeing)
    state.record.reported.append(WithCitizen(state.week, citizen))
    points = queue_points(state, CauseKind.ACTION, cause_of("report", citizen),
                          {"behaviour": scenario.report_points})
    return Outcome("reported", {"citizen": citizen}, money=gained, wellbeing=felt, points=points)


def opt_in(state: GameState, content: Content, action: OptIn) -> Outcome:
    """Switch the score on."""
    enrol(state)
    return Outcome("enrolled")
