"""The society's rule written the idiomatic Mesa way (agents, `model.step()`, `self.random`),
for the speed comparison in `benchmarks.society` only. Mesa is the benchmark's own extra
(`pip install .[bench]`); the game never imports it.

Same rule as `game.engine.society.sim`: habit values from `behaviour_table`, friend points
from `friend_rule_points` on friends' scores as they stood at the week's start, reversion,
misfortune, then conformists drop their lowest friend under the bar and anyone may befriend
a friend's friend (declined now and then by much higher scorers). Like the project's week, a
step ends with the four measures, collected the Mesa way (a `DataCollector` with model
reporters), so both do the same work.
"""

from __future__ import annotations

import mesa

from game.engine.content import Content
from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.model import Era
from game.engine.society.friend_rule import friend_rule_points
from game.engine.society.habits import PRAISE_PER_CONFORMITY, behaviour_table
from game.engine.society.measures import HIGH_FROM, LOW_BELOW, gini
from game.engine.society.ties import STRANGER_ACCEPT_CHANCE
from game.engine.society.world import small_world


class Citizen(mesa.Agent):
    """One citizen: their score, habits and friends (other agents)."""

    def __init__(self, model: SocietyModel) -> None:
        super().__init__(model)
        rules, rng = model.rules, model.random
        self.score = min(SCORE_MAX, max(SCORE_MIN, rules.score_mean + rng.randint(
            -rules.score_spread, rules.score_spread)))
        self.standing = self.score
        self.conformity = round(rng.random(), 3)
        self.outspoken = round(rng.random() * 0.8, 3)
        self.trouble_chance = round(0.02 + rng.random() * 0.1, 3)
        self.trouble_left = 0
        self.friends: list[Citizen] = []
        self.next_score = self.score

    def decide(self) -> None:
        """This week's habits and friend points, from scores at the week's start."""
        model, rng = self.model, self.model.random
        habits, rules = model.habits, model.rules
        if rng.random() < self.conformity:
            delta = rng.choice(habits.approved_buys)
        else:
            delta = rng.choice(habits.leisure_buys)
        if rng.random() < self.outspoken * rules.post_rate:
            if rng.random() < rules.coded_share:
                delta += habits.coded_post
            else:
                delta += rng.choice(habits.critical_posts)
        elif rng.random() < self.conformity * PRAISE_PER_CONFORMITY:
            delta += rng.choice(habits.praise_posts)
        delta += friend_rule_points(model.friend_rule, model.era,
                                    [f.score for f in self.friends], 0)
        delta += int((self.standing - self.score) * rules.reversion)
        if self.trouble_left:
            self.trouble_left -= 1
        elif rng.random() < self.trouble_chance:
            self.trouble_left = rules.trouble_weeks
            delta -= rules.trouble_hit
        self.next_score = min(SCORE_MAX, max(SCORE_MIN, self.score + delta))

    def advance(self) -> None:
        self.score = self.next_score

    def rewire(self) -> None:
        """Drop the lowest friend under the bar (conformists); maybe meet a friend's friend."""
        rng, rules = self.model.random, self.model.rules
        if self.friends and rng.random() < self.conformity * rules.drop_rate:
            lowest = min(self.friends, key=lambda f: (f.score, f.unique_id))
            if lowest.score < rules.drop_below:
                self.friends.remove(lowest)
                lowest.friends.remove(self)
        if self.friends and rng.random() < rules.befriend_rate:
            via = rng.choice(self.friends)
            options = [c for c in via.friends if c is not self]
            if options:
                candidate = rng.choice(options)
                too_high = candidate.score - self.score > rules.decline_gap
                if candidate not in self.friends and (
                        not too_high or rng.random() < STRANGER_ACCEPT_CHANCE):
                    self.friends.append(candidate)
                    candidate.friends.append(self)


class SocietyModel(mesa.Model):
    """N citizens on the same Watts-Strogatz small world, mandatory era, rule at full weight."""

    def __init__(self, content: Content, population: int, seed: int = 0) -> None:
        super().__init__(seed=seed)
        self.rules = content.scenario.society
        self.friend_rule = content.scenario.friend_rule
        self.era = Era.MANDATORY
        self.habits = behaviour_table(content.items.values(), content.posts.values(), self.era)
        citizens = [Citizen(self) for _ in range(population)]
        for citizen, row in zip(citizens, small_world(population, self.rules.degree,
                                                       self.rules.rewire, self.random),
                                strict=True):
            citizen.friends = [citizens[f] for f in row]
        scenario = content.scenario
        hour_yuan = scenario.income / scenario.hours_per_week
        self.perk_by_score = [sum(p.money + p.hours * hour_yuan for p in content.perks
                                  if p.threshold <= score) for score in range(SCORE_MAX + 1)]
        self.datacollector = mesa.DataCollector(model_reporters={
            "isolated": isolated, "assortativity": assortativity,
            "low_without_high": low_without_high, "perk_gini": perk_gini})

    def step(self) -> None:
        self.agents.do("decide")
        self.agents.do("advance")
        self.agents.do("rewire")
        self.datacollector.collect(self)


def isolated(model: SocietyModel) -> float:
    """Share of citizens without friends."""
    return sum(1 for a in model.agents if not a.friends) / len(model.agents)


def assortativity(model: SocietyModel) -> float:
    """Pearson correlation of scores across every tie, both ways."""
    pairs = [(a.score, f.score) for a in model.agents for f in a.friends]
    if not pairs:
        return 0.0
    mean = sum(x for x, _ in pairs) / len(pairs)
    variance = sum((x - mean) ** 2 for x, _ in pairs)
    covariance = sum((x - mean) * (y - mean) for x, y in pairs)
    return covariance / variance if variance else 0.0


def low_without_high(model: SocietyModel) -> float:
    """Share of low scorers with no high-score friend."""
    low = [a for a in model.agents if a.score < LOW_BELOW]
    if not low:
        return 0.0
    return sum(1 for a in low if not any(f.score >= HIGH_FROM for f in a.friends)) / len(low)


def perk_gini(model: SocietyModel) -> float:
    """Gini of perk value (everyone is enrolled in the mandatory era)."""
    return gini([model.perk_by_score[a.score] for a in model.agents])
