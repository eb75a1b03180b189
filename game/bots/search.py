"""The strategy search: many simple policies over many seeds, and the game's claims as
properties of what they reach.

DESIGN's balance section: no strategy may dominate. A student combines the bots (gaming while
speaking, reporting everyone), so the search plays policies (`policies.Policy`) and checks that
none escapes the tradeoff: no season reaches every perk *and* keeps every friend *and* keeps
wellbeing high *and* speaks freely (`ESCAPE`). `measure` sums a season up; `best_for` finds the
best policy for each goal (`GOALS`); `tests/engine/test_strategy_search.py` asserts the claims
on a seeded sample, `tools/strategy_search.py` runs a longer search and prints the best.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace

from game.bots.policies import SWITCHES, Policy, PolicyPlayer, all_policies
from game.bots.season import play_strategy
from game.engine import Content, Game, PostKind, build_debrief, cause_parts


def mean(values: Iterable[float]) -> float:
    """The arithmetic mean (the browser runtime has no `statistics` module)."""
    values = list(values)
    return sum(values) / len(values)


HIGH_WELLBEING = 70  # wellbeing points a season must end with to count as "kept high"
FREE_SPEECH_SLACK = 2  # weeks without an open post allowed to count as "speaks freely"
OPEN_KINDS = (PostKind.CRITICAL, PostKind.CODED)  # posts that say it where others can see


@dataclass(frozen=True)
class Season:
    """One season of a policy, summed up in what the player and the score value."""

    score: int
    perks: int  # perks held at the end
    perk_value: float  # ¥ the perks paid over the season, hours valued at the wage per hour
    wellbeing: int
    money: int  # ¥ at the end
    friends_kept: int  # of the friends the season started with
    held_back: int  # weeks (and events) something on the mind was held back
    said: int
    open_weeks: int  # weeks with a critical or coded post: said where others can see
    dropped: int  # friends the player dropped
    dropped_by: int  # friends who dropped the player
    reports: int
    report_points: int  # score points the reports booked
    report_money: int  # ¥ the reports paid
    penalty_weeks: int  # penalties in force, summed over the weeks
    penalty_money: int  # ¥ the penalties charged (what the debrief says they took)
    friend_rule_points: int  # score points the friend rule gave once it was mandatory

    perk_count: int = 0  # perks the scenario has
    friend_count: int = 0  # friends the season started with
    weeks: int = 0  # weeks in the season

    def conditions(self) -> tuple[bool, bool, bool, bool]:
        """Every perk held at the end; every friend kept; wellbeing kept high; speaking
        freely (in the open, not only in private messages, nearly every week)."""
        return (self.perks == self.perk_count, self.friends_kept == self.friend_count,
                self.wellbeing >= HIGH_WELLBEING,
                self.open_weeks >= self.weeks - FREE_SPEECH_SLACK)

    def escapes(self) -> bool:
        """All four at once: the tradeoff escaped."""
        return all(self.conditions())

    def conditions_met(self) -> int:
        """How many of the four the season reached."""
        return sum(self.conditions())


def play_policy(policy: Policy, seed: int, content: Content) -> Game:
    """A whole season of a policy."""
    return play_strategy(PolicyPlayer(policy, seed), Game(seed, content.scenario.id, content))


def seed_range(text: str) -> list[int]:
    """Seeds written "1-10" or "1,3,9" (the tools' --seeds), as a list."""
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(part) for part in text.split(",")]


def measure(game: Game) -> Season:
    """A finished season summed up."""
    state, content = game.state, game.content
    metrics = game.metrics()
    hour_yuan = content.scenario.income / content.scenario.hours_per_week
    perk_value = sum(row.money + row.hours * hour_yuan for row in state.record.perk_income)
    reward = content.scenario.report_reward
    return Season(
        score=state.score, perks=len(state.perks), perk_value=round(perk_value, 1),
        wellbeing=state.wellbeing, money=state.money, friends_kept=metrics["friends_kept"],
        held_back=metrics["held_back"], said=metrics["said"],
        open_weeks=len({week for week, said in state.record.said
                        if said in content.posts and content.posts[said].kind in OPEN_KINDS}),
        dropped=metrics["friends_dropped"], dropped_by=metrics["dropped_by"],
        reports=metrics["reports"],
        report_points=state.ledger.total_for(lambda line: cause_parts(line.cause)[0] == "report"),
        report_money=sum(reward // (1 + made) for made in range(metrics["reports"])),
        penalty_weeks=sum(len(week.penalties) for week in state.history),
        penalty_money=build_debrief(state, content).penalty_money,
        friend_rule_points=state.ledger.total_for(
            lambda line: line.cause == "friend_rule"
            and line.week >= content.scenario.mandatory_from),
        perk_count=len(content.perks), friend_count=len(content.friends),
        weeks=content.scenario.weeks,
    )


@dataclass(frozen=True)
class Result:
    """A policy's seasons over some seeds."""

    policy: Policy
    seasons: tuple[Season, ...]

    def mean(self, field: str) -> float:
        """The mean of a season's field (or property) over the seeds."""
        return mean(float(getattr(season, field)) for season in self.seasons)

    def figures(self) -> dict[str, float]:
        """The means a report prints."""
        return {name: round(self.mean(name), 1) for name in FIGURES}


FIGURES = ("score", "perks", "perk_value", "wellbeing", "money", "friends_kept", "held_back",
           "open_weeks", "reports", "dropped")
NUMBERS = tuple(f.name for f in fields(Season))

GOALS: dict[str, Callable[[Result], float]] = {
    "score": lambda r: r.mean("score"),
    "perks": lambda r: r.mean("perk_value"),
    "wellbeing": lambda r: r.mean("wellbeing"),
    "money": lambda r: r.mean("money"),
    "friends": lambda r: r.mean("friends_kept") - r.mean("dropped_by") / 10,
    "speech": lambda r: r.mean("open_weeks") - r.mean("held_back") / 100,
    "escape": lambda r: mean(s.conditions_met() for s in r.seasons)
    + r.mean("score") / 10_000,
}
"""What a student might play for, each as a number to maximise. `escape` counts how many of
the four (every perk, every friend, high wellbeing, free speech) a policy reaches, then
prefers the higher score (the perks are what it lacks most often)."""


def evaluate(policies: Iterable[Policy], seeds: Sequence[int], content: Content) -> list[Result]:
    """Every policy over every seed."""
    return [Result(policy, tuple(measure(play_policy(policy, seed, content)) for seed in seeds))
            for policy in policies]


def sample(count: int, seed: int) -> list[Policy]:
    """`count` policies drawn from the whole space by a generator seeded with `seed`."""
    space = all_policies()
    return random.Random(seed).sample(space, min(count, len(space)))


def best_for(results: Sequence[Result]) -> dict[str, Result]:
    """The best result for each goal."""
    return {goal: max(results, key=key) for goal, key in GOALS.items()}


def neighbours(policy: Policy) -> list[Policy]:
    """Every policy one switch away."""
    return [policy.changed(**{name: value}) for name, values in SWITCHES.items()
            for value in values if value != getattr(policy, name)]


def climb(start: Result, goal: str, seeds: Sequence[int], content: Content,
          seen: dict[Policy, Result], steps: int) -> Result:
    """Hill-climb from a result towards a goal, one switch at a time, up to `steps` moves;
    `seen` caches every result worked out."""
    key, best = GOALS[goal], start
    for _ in range(steps):
        fresh = [p for p in neighbours(best.policy) if p not in seen]
        for result in evaluate(fresh, seeds, content):
            seen[result.policy] = result
        better = max((seen[p] for p in neighbours(best.policy)), key=key)
        if key(better) <= key(best):
            break
        best = better
    return best


def escapes(results: Iterable[Result]) -> list[tuple[Policy, int]]:
    """Every (policy, seed index) whose season escaped the tradeoff."""
    return [(result.policy, index) for result in results
            for index, season in enumerate(result.seasons) if season.escapes()]


@dataclass(frozen=True)
class Pair:
    """A policy without a pressure and with it (dropping, reporting, silence), over the same
    seeds: what the pressure paid and what it cost."""

    without: Result
    with_: Result

    def gain(self, field: str) -> float:
        """How much a mean figure rose with the pressure."""
        return self.with_.mean(field) - self.without.mean(field)


PRESSURES: dict[str, Callable[[Policy], Policy]] = {
    "dropping": lambda p: p.changed(drop=True),
    "reporting": lambda p: p.changed(report=True),
    "silence": lambda p: p.changed(speech="none"),
}
"""Each pressure the threads fear, as a switch turned on."""


def pairs(policies: Iterable[Policy], pressure: str, seeds: Sequence[int],
          content: Content) -> list[Pair]:
    """Each policy without and with the pressure."""
    turn = PRESSURES[pressure]
    chosen = [p for p in policies if turn(p) != p]
    played = evaluate([*chosen, *map(turn, chosen)], seeds, content)
    return [Pair(without, with_) for without, with_ in zip(played[:len(chosen)],
                                                          played[len(chosen):], strict=True)]


def without_penalties(content: Content) -> Content:
    """The same season with no penalties: what the penalties cost is the difference."""
    return replace(content, penalties=())
