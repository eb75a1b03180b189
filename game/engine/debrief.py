"""The season summed up for the debrief: series for charts, what perks were worth, what it
cost, where every score point came from, and which rules rest on what evidence."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.content import Content
from game.engine.endings import run_metrics
from game.engine.ledger import CauseKind, LedgerLine, cause_parts
from game.engine.state import GameState
from game.engine.week import EXPLOIT_LEARNED

CAUSE_GROUPS = ("start", "shopping", "posts", "events", "friend_rule", "friends_posts",
                "reports", "missed_bills")
"""Headings the ledger's lines are grouped under, in display order."""


@dataclass(frozen=True)
class RuleEvidence:
    """One rule of the season and the evidence row it rests on."""

    rule: str  # a string key, e.g. "rule.friend_rule_mandatory" or "perk.visa_fast_track.name"
    evidence: str  # evidence row id
    label: str  # documented | reported | contested | invented


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief screen shows, computed from the finished state."""

    ending: str
    metrics: dict[str, int]
    weeks: list[int]
    scores: list[int]
    wellbeing: list[int]
    money: list[int]
    friends: list[int]
    mandatory_week: int
    perk_money: int  # yuan the perks paid over the season
    perk_hours: int  # hours the perks gave back
    perk_wellbeing: int  # wellbeing points the perks gave
    penalty_money: int  # yuan the penalties took
    penalty_hours: int  # hours the penalties took
    penalty_wellbeing: int  # wellbeing points the penalties took
    by_dimension: dict[str, int]  # score points each dimension holds
    by_group: dict[str, int]  # score points from each cause group
    opt_in_change: int  # score change during the opt-in era
    mandatory_change: int  # score change once mandatory
    lines: list[LedgerLine]
    rules: list[RuleEvidence]


def cause_group(line: LedgerLine) -> str:
    """Which heading a ledger line belongs under."""
    if line.kind is CauseKind.START:
        return "start"
    if line.kind is CauseKind.FRIEND:
        return "friends_posts"
    if line.kind is CauseKind.EVENT:
        return "events"
    if line.cause == "friend_rule":
        return "friend_rule"
    if line.cause == "missed_bill":
        return "missed_bills"
    if line.cause == EXPLOIT_LEARNED:
        return "shopping"  # what the score took back from needless purchases
    verb = cause_parts(line.cause)[0]
    if verb == "buy":
        return "shopping"
    if verb == "report":
        return "reports"
    return "posts"


def rules_with_evidence(content: Content) -> list[RuleEvidence]:
    """The season's rules, perks and penalties with their evidence labels."""
    rows = [(f"rule.{rule}", evidence) for rule, evidence in content.scenario.evidence.items()]
    rows += [(f"perk.{p.id}.name", p.evidence) for p in content.perks]
    rows += [(f"penalty.{p.id}.name", p.evidence) for p in content.penalties]
    scenario = content.scenario
    opt_in_played, mandatory_played = scenario.mandatory_week != 1, scenario.mandatory_week != 0

    def scored(effect) -> bool:  # moves the score in an era this season plays
        return bool((opt_in_played and effect.opt_in) or (mandatory_played and effect.mandatory))

    rows += [(f"item.{i.id}.name", i.evidence) for i in content.items.values() if scored(i.score)]
    rows += [(f"post.{p.id}.name", p.evidence) for p in content.posts.values() if scored(p.score)]
    rows += [(f"event.{e.id}.title", e.evidence) for e in content.events.values()]
    return [RuleEvidence(rule, evidence, content.evidence[evidence].label)
            for rule, evidence in rows
            if evidence]  # "" leaves out a rule of other seasons, or an event with none


def build_debrief(state: GameState, content: Content) -> Debrief:
    """Sum the season up (works mid-season too, for a preview)."""
    history = state.history
    weeks = content.scenario.weeks
    # what a week's end holds is paid (or charged) when the next week starts, if there is one
    held_perks = [p for h in history if h.week < weeks for p in content.perks if p.id in h.perks]
    charged = [p for h in history if h.week < weeks
               for p in content.penalties if p.id in h.penalties]
    by_group = {group: 0 for group in CAUSE_GROUPS}
    for line in state.ledger.lines:
        by_group[cause_group(line)] += line.amount
    mandatory_week = content.scenario.mandatory_from
    start_score = state.ledger.floor + sum(d.start for d in content.scenario.dimensions)
    opt_in_end = next((h.score for h in reversed(history) if h.week < mandatory_week),
                      start_score)
    return Debrief(
        ending=state.ending,
        metrics=run_metrics(state, content),
        weeks=[h.week for h in history],
        scores=[h.score for h in history],
        wellbeing=[h.wellbeing for h in history],
        money=[h.money for h in history],
        friends=[h.friends for h in history],
        mandatory_week=mandatory_week,
        perk_money=sum(row[1] for row in state.record.perk_income),
        perk_hours=sum(row[2] for row in state.record.perk_income),
        perk_wellbeing=sum(p.wellbeing for p in held_perks),
        penalty_money=sum(p.money for p in charged),
        penalty_hours=sum(p.hours for p in charged),
        penalty_wellbeing=-sum(p.wellbeing for p in charged),
        by_dimension=dict(state.ledger.points),
        by_group=by_group,
        opt_in_change=opt_in_end - start_score,
        mandatory_change=state.score - opt_in_end,
        lines=list(state.ledger.lines),
        rules=rules_with_evidence(content),
    )
