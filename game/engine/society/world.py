"""A society's citizens as they start: traits, the player's citizen, the named friends, who is
enrolled, and the small-world graph of their ties, all from one seeded generator.

Citizens are parallel lists (one list per attribute, indexed by citizen). Citizen 0 is the
player's, 1..len(named) the named friends (their profiles from the data files), the rest
unnamed. The draws come in a fixed order, a list at a time: scores, conformity, outspokenness,
weekly chance of misfortune, enrolment, then the graph: a Watts-Strogatz small world, a ring
lattice (clustered) with a few ties rewired at random (short paths). The player's citizen
then trades its ring ties for the named friends.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from game.engine.content import Content
from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.model import SocietyRules

PLAYER = 0  # index of the player's citizen
ENROL_BASE = 0.35  # chance a citizen with no taste for the score opts in anyway
ENROL_PER_CONFORMITY = 0.5  # extra chance to opt in per unit of conformity
PLAYER_HABITS = 0.5  # the player's citizen's conformity and outspokenness
OUTSPOKEN_MAX = 0.8  # an unnamed citizen's outspokenness is drawn in 0..this
TROUBLE_BASE = 0.02  # an unnamed citizen's weekly chance of misfortune is this ...
TROUBLE_SPREAD = 0.1  # ... plus up to this
TRAIT_DIGITS = 3  # drawn traits are rounded to this many decimals (they print and save short)
CLAMP = [min(SCORE_MAX, max(SCORE_MIN, s)) for s in range(2 * SCORE_MAX)] + [SCORE_MIN] * SCORE_MAX
"""Clamped score by unclamped score; negative sums (never reached) index from the end. Every
score in a society is one of these int objects (see `SocietySim`)."""


@dataclass
class Citizens:
    """Every citizen's traits and ties, as parallel lists indexed by citizen."""

    scores: list[int]  # score points, SCORE_MIN..SCORE_MAX
    standing: list[int]  # the score each citizen's finances settle towards
    conformity: list[float]  # 0..1
    outspoken: list[float]  # 0..1
    trouble_chance: list[float]  # weekly chance of a misfortune, 0..1
    opted_in: list[bool]  # joined the scheme while it is opt-in
    ties: list[list[int]]  # sorted friend indices of each citizen, kept symmetric


def build_citizens(content: Content, rules: SocietyRules, rng: random.Random) -> Citizens:
    """`rules.size` citizens drawn from `rng`; the player's starts at the season's starting
    score with the named friends as their only ties."""
    size, named, spread = rules.size, content.friends, rules.score_spread
    scores = [CLAMP[rules.score_mean + rng.randint(-spread, spread)] for _ in range(size)]
    conformity = [round(rng.random(), TRAIT_DIGITS) for _ in range(size)]
    outspoken = [round(rng.random() * OUTSPOKEN_MAX, TRAIT_DIGITS) for _ in range(size)]
    trouble = [round(TROUBLE_BASE + rng.random() * TROUBLE_SPREAD, TRAIT_DIGITS)
               for _ in range(size)]
    scores[PLAYER] = SCORE_MIN + sum(d.start for d in content.scenario.dimensions)
    conformity[PLAYER] = outspoken[PLAYER] = PLAYER_HABITS
    trouble[PLAYER] = 0.0
    for index, profile in enumerate(named, start=1):
        scores[index] = profile.score
        conformity[index] = profile.conformity
        outspoken[index] = profile.outspoken
        trouble[index] = profile.trouble
    standing = list(scores)
    for index, profile in enumerate(named, start=1):
        standing[index] = profile.standing or profile.score
    opted_in = [rng.random() < ENROL_BASE + ENROL_PER_CONFORMITY * c for c in conformity]
    opted_in[PLAYER] = False  # the player decides for themself
    degree = min(rules.degree, size - 1 - (size - 1) % 2)
    ties = small_world(size, degree, rules.rewire, rng)
    for friend in ties[PLAYER]:
        ties[friend].remove(PLAYER)
    ties[PLAYER] = list(range(1, len(named) + 1))
    for friend in ties[PLAYER]:
        if PLAYER not in ties[friend]:
            ties[friend].insert(0, PLAYER)
    return Citizens(scores=scores, standing=standing, conformity=conformity,
                    outspoken=outspoken, trouble_chance=trouble, opted_in=opted_in, ties=ties)


def small_world(size: int, degree: int, rewire: float, rng: random.Random) -> list[list[int]]:
    """A Watts-Strogatz graph: ring lattice of `degree` ties each, rewired with `rewire`."""
    ties: list[set[int]] = [set() for _ in range(size)]
    for node in range(size):
        for step in range(1, degree // 2 + 1):
            other = (node + step) % size
            if rng.random() < rewire:
                candidate = rng.randrange(size)
                if candidate != node and candidate not in ties[node]:
                    other = candidate
            ties[node].add(other)
            ties[other].add(node)
    return [sorted(row) for row in ties]
