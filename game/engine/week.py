"""The turn of a week: the system recalculates, the society acts, the next week begins."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.content import Content
from game.engine.effects import change_closeness, change_money, change_wellbeing, enrol
from game.engine.events import draw_events
from game.engine.ledger import CauseKind, LedgerLine, cause_of
from game.engine.model import Era, PostKind
from game.engine.queries import exploits_before, perks_at
from game.engine.society import PLAYER, society_week
from game.engine.state import GameState, Noted, PerkIncome, WeekSnapshot, WithCitizen

SHARP_DROP = 20  # score points; Sesame told users why only when their score fell this far
EXPLOIT_LEARNED = "exploit_learned"  # the ledger's cause when the score learns an exploit
READ_BACK = "read_back"  # the ledger's cause when the filter finds a coded post in the past


@dataclass
class WeekReport:
    """What the week's end changed, for the summary screen (which shows it vaguely while
    the algorithm is hidden) and the debrief (which shows all of it)."""

    week: int
    score_before: int
    score_after: int
    lines: list[LedgerLine]
    by_dimension: dict[str, int]
    wellbeing_change: int
    perks_gained: list[str] = field(default_factory=list)
    perks_lost: list[str] = field(default_factory=list)
    penalties_now: list[str] = field(default_factory=list)
    dropped_by: list[int] = field(default_factory=list)
    found_out: list[int] = field(default_factory=list)  # reported friends who learned it
    exploit_taken_back: int | None = None  # points taken back when the score learned the
    # player's exploit pattern this week (None: it did not learn this week)
    friends_in_new_trouble: list[int] = field(default_factory=list)
    phrases_learned: list[str] = field(default_factory=list)
    posts_read_back: int = 0  # the player's coded posts the filter found in the past
    held_back: bool = False
    sharp_drop_reason: str = ""  # the dimension that fell most, if the drop was sharp
    era_next: str = ""
    finished: bool = False


def _topic(state: GameState, content: Content) -> str:
    total = sum(t.weight for t in content.topics)
    pick = state.rng.random() * total
    for topic in content.topics:
        pick -= topic.weight
        if pick < 0:
            return topic.id
    return content.topics[-1].id


def start_week(state: GameState, content: Content, first: bool = False) -> None:
    """Open `state.week`: the era, pay and bills, perks and penalties, topic and events.

    The first week starts with the scenario's starting money, so it pays no wage or bills.
    """
    scenario = content.scenario
    if state.week >= scenario.mandatory_from:
        state.era = Era.MANDATORY
        enrol(state)
    perk_money = sum(p.money for p in content.perks if p.id in state.perks)
    perk_hours = sum(p.hours for p in content.perks if p.id in state.perks)
    penalties = [p for p in content.penalties if p.id in state.penalties]
    if perk_money or perk_hours:
        state.record.perk_income.append(PerkIncome(state.week, perk_money, perk_hours))
    state.hours = max(0, scenario.hours_per_week + perk_hours - sum(p.hours for p in penalties))
    if not first:
        _pay_and_bill(state, content, perk_money, sum(p.money for p in penalties))
    change_wellbeing(state, sum(p.wellbeing for p in content.perks if p.id in state.perks))
    for penalty in penalties:
        change_wellbeing(state, penalty.wellbeing)
        for friend in state.friends:
            change_closeness(state, friend, penalty.closeness)
    state.said_this_week = False
    state.topic_settled = False
    state.posted_this_week = []
    state.bought_this_week = {}
    state.topic = _topic(state, content)
    state.events = draw_events(state, content)


def _pay_and_bill(state: GameState, content: Content, perk_money: int,
                  penalty_money: int) -> None:
    """Bills fall due first (living costs and penalty charges), then the wage and perks come
    in. A bill the money left over cannot cover costs credit history (paying bills on time
    feeds the real score, S7)."""
    scenario = content.scenario
    bills = scenario.living_costs + penalty_money
    if state.money < bills:
        state.record.missed_bills.append(state.week)
        state.ledger.book(state.week, CauseKind.RULE, "missed_bill", "history",
                          -scenario.missed_bill_penalty)
    change_money(state, -bills)
    change_money(state, scenario.income + perk_money)


def _friends_act(state: GameState, content: Content, report: WeekReport) -> None:
    """The society's week, then what the player's friends did to the player's score."""
    week = society_week(state.society, state.era, state.coded)
    for citizen in week.dropped_player:
        state.closeness.pop(citizen, None)
        if citizen in state.muted:
            state.muted.remove(citizen)
        state.record.dropped_by.append(WithCitizen(state.week, citizen))
        report.dropped_by.append(citizen)
    report.friends_in_new_trouble = week.friends_newly_troubled
    if state.era is Era.MANDATORY and state.enrolled:
        rule = content.scenario.friend_rule
        budget = rule.leak_cap
        for poster in week.friends_who_spoke:
            if budget <= 0:
                break
            if poster not in state.muted:
                hit = min(budget, rule.leak_penalty)
                budget -= hit
                state.ledger.book(state.week, CauseKind.FRIEND, cause_of("friend", poster),
                                  "behaviour", -hit)


def _informers_found_out(state: GameState, content: Content, report: WeekReport) -> None:
    """Each friend reported this week may learn who did it (one draw per report): they end
    the friendship, it hurts, and word gets round the other friends (the game's own rule)."""
    scenario = content.scenario
    for week, citizen in state.record.reported:
        if week != state.week:
            continue
        learned = state.rng.random() < scenario.found_out_chance
        if not learned or citizen not in state.friends:
            continue
        state.closeness.pop(citizen, None)
        if citizen in state.muted:
            state.muted.remove(citizen)
        state.society.untie(PLAYER, citizen)
        state.record.dropped_by.append(WithCitizen(state.week, citizen))
        report.found_out.append(citizen)
        change_wellbeing(state, scenario.found_out_wellbeing)
        for friend in state.friends:
            change_closeness(state, friend, scenario.found_out_closeness)


def exploit_causes(content: Content) -> set[str]:
    """Ledger causes of exploits: needless purchases and exploit choices of events."""
    causes = {cause_of("buy", item.id) for item in content.items.values() if item.exploit}
    causes |= {cause_of(event.id, choice.id) for event in content.events.values()
               for choice in event.choices if choice.outcome == "exploit"}
    return causes


def _learn_exploits(state: GameState, content: Content, report: WeekReport) -> None:
    """The week the exploits reach the bar, the score learns the pattern (from next week it
    ignores them) and takes back a share of what they gave, dimension by dimension."""
    scenario = content.scenario
    bar = scenario.exploit_learn_after
    if not bar or exploits_before(state, state.week) >= bar \
            or exploits_before(state, state.week + 1) < bar:
        return
    causes = exploit_causes(content)
    gained: dict[str, int] = {}
    for line in state.ledger.lines:
        if line.cause in causes:
            gained[line.dimension] = gained.get(line.dimension, 0) + line.amount
    taken = 0
    for dimension, points in gained.items():
        back = -(max(0, points) * scenario.exploit_clawback // 100)
        line = state.ledger.book(state.week, CauseKind.RULE, EXPLOIT_LEARNED, dimension, back)
        taken -= line.amount if line is not None else 0
    report.exploit_taken_back = taken


def _read_back(state: GameState, content: Content, learned: list[str]) -> int:
    """A phrase the filter has just learned is looked for in old posts too: each coded post
    of the player's that slipped past with it now counts as it would have been caught (in the
    era it was posted). Returns how many were found."""
    found = 0
    mandatory_from = content.scenario.mandatory_from
    for week, post_id in state.record.said:
        post = content.posts.get(post_id)
        if post is None or post.kind is not PostKind.CODED:
            continue
        phrase = state.coded.phrase_in_week(week)
        if phrase not in learned:
            continue
        effect = post.score.for_era(Era.MANDATORY if week >= mandatory_from else Era.OPT_IN)
        if effect:
            state.ledger.book_all(state.week, CauseKind.RULE, cause_of(READ_BACK, phrase),
                                  effect)
            found += 1
    return found


def _friend_rule(state: GameState) -> None:
    """The friend rule on the player's own score: the society's rule for citizen 0."""
    if state.enrolled:
        state.ledger.book(state.week, CauseKind.RULE, "friend_rule", "connections",
                          state.society.friend_points(PLAYER))


def end_week(state: GameState, content: Content) -> WeekReport:
    """Close the week (no events may be pending) and open the next, or end the season."""
    scenario = content.scenario
    score_before, wellbeing_before = state.score, state.wellbeing
    first_line = len(state.ledger.lines)
    report = WeekReport(week=state.week, score_before=score_before, score_after=score_before,
                        lines=[], by_dimension={}, wellbeing_change=0)
    if not state.topic_settled:
        state.record.held_back.append(Noted(state.week, state.topic))
        report.held_back = True
    if not state.said_this_week:
        change_wellbeing(state, -scenario.silence_wellbeing)
    if not state.posted_this_week:
        state.record.silent_weeks.append(state.week)
    for kind, cause, points in state.pending:
        state.ledger.book_all(state.week, kind, cause, points)
    state.pending = []
    _learn_exploits(state, content, report)
    _informers_found_out(state, content, report)
    _friends_act(state, content, report)
    _friend_rule(state)
    _weekly_wellbeing(state, content)
    state.society.set_score(PLAYER, state.score)
    report.phrases_learned = state.coded.learn(state.week)
    report.posts_read_back = _read_back(state, content, report.phrases_learned)
    _settle_perks(state, content, report)
    _snapshot(state, content)
    state.week += 1
    if state.week > scenario.weeks:
        state.finished = True
        report.finished = True
    else:
        start_week(state, content)
        report.era_next = state.era.value
    _sum_up(state, report, first_line, wellbeing_before)
    return report


def _sum_up(state: GameState, report: WeekReport, first_line: int,
            wellbeing_before: int) -> None:
    """What the week's turn changed, measured after the next week has opened (its bill,
    if missed, costs points), so the report agrees with what the player then sees."""
    report.lines = state.ledger.lines[first_line:]
    for line in report.lines:
        moved = report.by_dimension.get(line.dimension, 0)
        report.by_dimension[line.dimension] = moved + line.amount
    report.score_after = state.score
    report.wellbeing_change = state.wellbeing - wellbeing_before
    if report.score_before - state.score >= SHARP_DROP:
        report.sharp_drop_reason = min(report.by_dimension.items(), key=lambda kv: kv[1])[0]


def _weekly_wellbeing(state: GameState, content: Content) -> None:
    """Life goes on: wellbeing drifts to its anchor; close friends lift it, loneliness not."""
    scenario = content.scenario
    drift = int((scenario.wellbeing_anchor - state.wellbeing) * scenario.wellbeing_pull)
    close = sum(1 for f in state.friends
                if state.closeness.get(f, 0) >= scenario.support_closeness)
    support = min(scenario.support_cap, close)
    lonely = scenario.lonely_wellbeing if len(state.friends) < scenario.lonely_below else 0
    change_wellbeing(state, drift + support - lonely)


def _settle_perks(state: GameState, content: Content, report: WeekReport) -> None:
    held = perks_at(content.perks, state.score) if state.enrolled else []
    report.perks_gained = [p for p in held if p not in state.perks]
    report.perks_lost = [p for p in state.perks if p not in held]
    state.perks = held
    if state.era is Era.MANDATORY:
        state.penalties = [p.id for p in content.penalties if state.score < p.threshold]
    else:
        state.penalties = []
    report.penalties_now = list(state.penalties)


def _snapshot(state: GameState, content: Content) -> None:
    held = [p for p in content.perks if p.id in state.perks]
    state.history.append(WeekSnapshot(
        week=state.week, score=state.score, wellbeing=state.wellbeing, money=state.money,
        friends=len(state.friends), perks=list(state.perks), penalties=list(state.penalties),
        era=state.era.value, perk_money=sum(p.money for p in held),
        perk_hours=sum(p.hours for p in held),
    ))
