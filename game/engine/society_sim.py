"""The society view's simulation: thousands of citizens acting every tick by the game's rules.

The same rules as the player's friends in `game.engine.society` (habit values from
`behaviour_table`, friend points from `friend_rule_points`, drops and befriending as in
`_rewire_ties`), built for speed: struct-of-arrays storage (one list per attribute, indexed by
citizen), ties as sorted lists of ints, per-citizen thresholds precomputed when a setting
changes, every per-citizen step a `map` run in C, habits picked by `bisect` over each
citizen's cumulative thresholds, and friend points looked up by (ties, sum of friends' scores).
All randomness goes through one seeded `random.Random`, drawn in bulk in a fixed order, so a
seed and its settings give the same society after any number of ticks, on the desktop and in
the browser (the bulk draws are read as little-endian 32-bit integers). There is no player:
every citizen acts, and the coded-phrase filter is left out (coded posts count as caught).

Three levers beyond the scenario file: `friend_weight` multiplies the friend rule's points and
the incentive to drop and decline low scorers (0 = the rule is off); `perk_strength` multiplies
perk values and how hard citizens chase the score; `era` picks the rule's phase.
"""

from __future__ import annotations

import functools
import random
import sys
from array import array
from bisect import bisect_right, insort
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import add, getitem, lt, mul, sub

from game.engine.content import Content
from game.engine.friend_rule import friend_rule_points
from game.engine.model import Era, FriendRule
from game.engine.society import (
    ENROL_BASE,
    ENROL_PER_CONFORMITY,
    SCORE_MAX,
    SCORE_MIN,
    STRANGER_ACCEPT_CHANCE,
    _small_world,
    behaviour_table,
)
from game.engine.society_measures import (
    Measures,
    assortativity,
    gini,
    isolated_share,
    low_without_high_share,
)

DEFAULT_POPULATION = 2_000  # citizens
MAX_POPULATION = 20_000  # citizens
PRAISE_PER_CONFORMITY = 0.5  # weekly chance to post praise per unit of conformity (as society)
MAX_FRIEND_WEIGHT = 4.0  # the friend-weight control's top (keeps a week's change in CLAMP)
CLAMP = [min(SCORE_MAX, max(SCORE_MIN, s)) for s in range(2 * SCORE_MAX)] + [SCORE_MIN] * SCORE_MAX
"""Clamped score by unclamped score; negative sums (never reached) index from the end."""
TABLE_TIES_PER_DEGREE = 2  # whole friend-point tables up to this many times the degree
DRAW_SPAN = 1 << 32  # draws are uniform integers below this
DRAWS_PER_CITIZEN = 5  # bulk draws per citizen per tick


@dataclass(frozen=True)
class SimSettings:
    """What the society view's controls set."""

    seed: int = 0
    population: int = DEFAULT_POPULATION  # citizens
    friend_weight: float = 1.0  # multiplier on the friend rule, 0 (off) .. MAX_FRIEND_WEIGHT
    perk_strength: float = 1.0  # multiplier on perk values and the chase for them
    era: Era = Era.MANDATORY


@functools.cache
def friend_points_by_sum(rule: FriendRule, era: Era, count: int) -> tuple[int, ...]:
    """Friend points for a citizen with `count` friends, indexed by the sum over those friends:
    of their scores (mandatory era), or of their enrolment flags (opt-in era: the number of
    enrolled friends). Worked out once per rule, era and count with `friend_rule_points`,
    which depends only on the sum and the count of the scores it is given; sums no citizen
    can reach (under SCORE_MIN per friend) hold 0."""
    if era is Era.OPT_IN:
        return tuple(friend_rule_points(rule, era, [0] * count, total)
                     for total in range(count + 1))
    if not count:
        return (0,)
    rest = [0] * (count - 1)  # any scores with the right sum and count will do
    return (0,) * (SCORE_MIN * count) + tuple(
        friend_rule_points(rule, era, [total, *rest], 0)
        for total in range(SCORE_MIN * count, SCORE_MAX * count + 1))


def _cuts(chances: list[float]) -> tuple[int, ...]:
    """Cumulative thresholds (32-bit draws) between outcomes with these chances (sum 1)."""
    total, cuts = 0.0, []
    for chance in chances[:-1]:
        total += chance
        cuts.append(int(total * DRAW_SPAN))
    return tuple(cuts)


class _LazyPoints(dict):
    """Friend points by sum for a rare number of ties, worked out when first needed."""

    def __init__(self, rule: FriendRule, era: Era, weight: float, count: int) -> None:
        super().__init__()
        self.rule, self.era, self.weight, self.count = rule, era, weight, count

    def __missing__(self, total: int) -> int:
        scores = [0] * self.count
        if self.era is Era.OPT_IN:
            points = friend_rule_points(self.rule, self.era, scores, total)
        else:
            scores[0] = total  # any scores with this sum and count will do
            points = friend_rule_points(self.rule, self.era, scores, 0)
        value = self[total] = round(points * self.weight)
        return value


class SocietySim:
    """N citizens on a seeded clustered small world; `tick()` advances them one week."""

    def __init__(self, content: Content, settings: SimSettings = SimSettings()) -> None:
        self.content = content
        self.friend_rule: FriendRule = content.scenario.friend_rule
        self.settings = settings
        self.reset()

    # -- set-up ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Rebuild the society from the seed (same seed and settings, same society)."""
        size = self.settings.population
        if not 2 <= size <= MAX_POPULATION:
            raise ValueError(f"population must be 2..{MAX_POPULATION}")
        self.rules = rules = replace(self.content.scenario.society, size=size)
        self.rng = rng = random.Random(self.settings.seed)
        self.ticks = 0
        spread = rules.score_spread
        self.scores = [CLAMP[rules.score_mean + rng.randint(-spread, spread)]
                       for _ in range(size)]
        self.conformity = [round(rng.random(), 3) for _ in range(size)]  # 0..1
        self.outspoken = [round(rng.random() * 0.8, 3) for _ in range(size)]  # 0..1
        self.trouble_chance = [round(0.02 + rng.random() * 0.1, 3) for _ in range(size)]
        self._trouble_now: list[int] = []  # misfortune thresholds, 0 while one lasts
        self._recovering: dict[int, list[int]] = {}  # tick -> citizens whose misfortune ends
        self.standing = list(self.scores)  # the score each citizen's finances settle towards
        self.opted_in = [rng.random() < ENROL_BASE + ENROL_PER_CONFORMITY * c
                         for c in self.conformity]
        degree = min(rules.degree, size - 1 - (size - 1) % 2)
        self.ties: list[list[int]] = _small_world(size, degree, rules.rewire, rng)
        self._counts = list(map(len, self.ties))  # ties of each citizen
        self._derive()

    def configure(self, **changes: object) -> None:
        """Change settings; a new seed or population rebuilds, anything else applies at once."""
        old = self.settings
        self.settings = replace(old, **changes)
        if (self.settings.seed, self.settings.population) != (old.seed, old.population):
            self.reset()
        else:
            self._derive()

    def _derive(self) -> None:
        """Per-citizen thresholds and tables from the settings (run on every setting change)."""
        settings, rules = self.settings, self.rules
        era, strength = settings.era, settings.perk_strength
        weight = min(MAX_FRIEND_WEIGHT, max(0.0, settings.friend_weight))
        content = self.content
        habits = behaviour_table(content.items.values(), content.posts.values(), era)
        self.enrolled = [True] * len(self.scores) if era is Era.MANDATORY else list(self.opted_in)
        self._enrolled_flags = [1 if e else 0 for e in self.enrolled]
        # chances as thresholds for 32-bit draws (a draw under the threshold: it happens)
        chase = [min(1.0, c * strength) for c in self.conformity]  # chance to buy what it favours
        self._habits = habits
        self._build_habit_cuts(habits, chase)
        self._trouble_cut = [int(t * DRAW_SPAN) for t in self.trouble_chance]
        struck = [i for ticks in self._recovering.values() for i in ticks]
        self._trouble_now = list(self._trouble_cut)
        for index in struck:
            self._trouble_now[index] = 0
        self._meet_cut = int(rules.befriend_rate * DRAW_SPAN)
        incentive = min(1.0, weight)  # dropping and declining pay only while the rule bites
        self._drop_cut = [int(c * rules.drop_rate * incentive * DRAW_SPAN) for c in chase] \
            if era is Era.MANDATORY else [0] * len(chase)
        self._declines = incentive > 0
        self._weight = weight
        self._points: list[list[int]] = []  # by number of ties, then sum: weighted points
        self._learn_points(max(self._counts))
        spread = SCORE_MAX - SCORE_MIN  # points lost or regained towards standing, by gap;
        self._revert = [int(g * rules.reversion) for g in range(spread + 1)] + [
            int(g * rules.reversion) for g in range(-spread, 0)]  # negative gaps index from the end
        hour_yuan = content.scenario.income / content.scenario.hours_per_week  # ¥ an hour is worth
        self._perk_by_score = [
            strength * sum(p.money + p.hours * hour_yuan for p in content.perks if p.threshold <= s)
            for s in range(SCORE_MAX + 1)]

    def _build_habit_cuts(self, habits, chase: list[float]) -> None:
        """Each citizen's habits as cumulative thresholds over one 32-bit draw, so that
        `bisect` picks an outcome with exactly the chances of `society_step`.

        Buys: each favoured purchase with chance chase / n, each other one with
        (1 - chase) / n. Posts: a critical post with chance outspoken * post_rate (in code with
        the coded share, else one of the critical posts), else a praise post with chance
        chase * PRAISE_PER_CONFORMITY (each praise post alike), else none."""
        rules = self.rules
        approved, leisure = habits.approved_buys, habits.leisure_buys
        critical, praise = habits.critical_posts, habits.praise_posts
        self._buy_values = approved + leisure
        self._post_values = (habits.coded_post, *critical, *praise, 0)
        by_chase: dict[float, tuple[int, ...]] = {}  # citizens share tables by chase
        for c in chase:
            if c not in by_chase:
                by_chase[c] = _cuts([c / len(approved)] * len(approved)
                                    + [(1 - c) / len(leisure)] * len(leisure))
        self._buy_cuts = [by_chase[c] for c in chase]
        coded = rules.coded_share
        self._post_cuts = []
        for outspoken, c in zip(self.outspoken, chase, strict=True):
            speak = outspoken * rules.post_rate  # chance of a critical post
            praise_chance = (1 - speak) * c * PRAISE_PER_CONFORMITY
            self._post_cuts.append(_cuts(
                [speak * coded] + [speak * (1 - coded) / len(critical)] * len(critical)
                + [praise_chance / len(praise)] * len(praise) + [1 - speak - praise_chance]))

    # -- the week ----------------------------------------------------------------------------
    def tick(self) -> None:
        """One week for every citizen, from scores as they stood at its start, then rewiring.

        Each step is a pass over all citizens in C (`map` over the parallel lists). The draws
        come first, in bulk and in a fixed order: five 32-bit uniforms per citizen (what they
        buy, what they post, misfortune, whether they drop a friend, whether they befriend)."""
        size, now = len(self.scores), self.ticks
        draws = self._draws(DRAWS_PER_CITIZEN * size)
        buy_draw, post_draw, trouble, drop, meet = (
            draws[k * size:(k + 1) * size] for k in range(DRAWS_PER_CITIZEN))
        before = self.scores
        friends_of = self._enrolled_flags if self.settings.era is Era.OPT_IN else before
        sums = map(sum, map(map, repeat(friends_of.__getitem__), self.ties))
        friend = map(getitem, map(self._points.__getitem__, self._counts), sums)
        revert = map(self._revert.__getitem__, map(sub, self.standing, before))
        buys = map(self._buy_values.__getitem__, map(bisect_right, self._buy_cuts, buy_draw))
        posts = map(self._post_values.__getitem__,
                    map(bisect_right, self._post_cuts, post_draw))
        trouble_cut = self._trouble_now
        for index in self._recovering.pop(now, ()):  # misfortune over: it may strike again
            trouble_cut[index] = self._trouble_cut[index]
        hits = list(map(lt, trouble, trouble_cut))
        if any(hits):
            struck = list(compress(range(size), hits))
            for index in struck:
                trouble_cut[index] = 0  # no new misfortune while this one lasts
            self._recovering[now + self.rules.trouble_weeks + 1] = struck
        hurt = map(mul, hits, repeat(-self.rules.trouble_hit))
        moved = map(add, map(add, map(add, map(add, before, friend), revert), buys),
                    map(add, posts, hurt))
        self.scores = scores = list(map(CLAMP.__getitem__, moved))
        self._rewire(scores, drop, meet)
        self.ticks += 1

    def _learn_points(self, most_ties: int) -> None:
        """Make friend-point tables (weight applied) for up to `most_ties` ties: whole lists up
        to twice the starting degree, lazy ones (worked out sum by sum) for rarer counts."""
        rule, era, weight, tables = self.friend_rule, self.settings.era, self._weight, self._points
        for count in range(len(tables), most_ties + 1):
            if count <= TABLE_TIES_PER_DEGREE * self.rules.degree:
                tables.append([round(p * weight) for p in friend_points_by_sum(rule, era, count)])
            else:
                tables.append(_LazyPoints(rule, era, weight, count))

    def _draws(self, count: int) -> memoryview:
        """`count` uniform 32-bit integers from the seeded generator, in one call."""
        raw = self.rng.getrandbits(32 * count).to_bytes(4 * count, "little")
        if sys.byteorder == "little":
            return memoryview(raw).cast("I")
        values = array("I", raw)  # a big-endian machine reads the same little-endian numbers
        values.byteswap()
        return memoryview(values)

    def _rewire(self, scores: list[int], drop: memoryview, meet: memoryview) -> None:
        """Conformists drop their lowest friend under the bar; anyone may meet a friend's friend.

        Who drops and who tries to befriend are drawn with the week's other draws (`drop`,
        `meet`); the drops happen first, in citizen order, then the befriending."""
        rules, ties, random_value = self.rules, self.ties, self.rng.random
        gap, declines, score_of = rules.decline_gap, self._declines, scores.__getitem__
        changed: list[int] = []
        drop_below, size = rules.drop_below, len(scores)
        droppers = list(compress(range(size), map(lt, drop, self._drop_cut)))
        droppers = list(compress(droppers, map(self._counts.__getitem__, droppers)))  # with ties
        # rows only lose ties while drops happen, so a lowest friend at or over the bar now
        # stays so: only the others need a look, in order, with their rows as they stand then
        lowest_scores = list(map(min, map(map, repeat(score_of), map(ties.__getitem__, droppers))))
        for index in compress(droppers, map(lt, lowest_scores, repeat(drop_below))):
            row = ties[index]
            if row:
                lowest = min(row, key=score_of)  # rows are sorted: ties go to the lower index
                if scores[lowest] < drop_below:
                    row.remove(lowest)
                    ties[lowest].remove(index)
                    changed += (index, lowest)
        for index in compress(range(size), map(lt, meet, repeat(self._meet_cut))):
            row = ties[index]
            if not row:
                continue
            via = ties[row[int(random_value() * len(row))]]
            if len(via) > 1:  # `via` holds `index` once: pick among the others
                candidate = via[int(random_value() * (len(via) - 1))]
                if candidate == index:
                    candidate = via[-1]
                if candidate not in row and (
                        not declines or scores[candidate] - scores[index] <= gap
                        or random_value() < STRANGER_ACCEPT_CHANCE):
                    insort(row, candidate)
                    insort(ties[candidate], index)
                    changed += (index, candidate)
        counts = self._counts
        for index in changed:
            counts[index] = len(ties[index])
        if changed and max(counts) >= len(self._points):
            self._learn_points(max(counts))

    # -- what the view shows -----------------------------------------------------------------
    def friend_points(self, index: int) -> int:
        """Points citizen `index` would get from friends this week (weight included)."""
        row = self.ties[index]
        if self.settings.era is Era.OPT_IN:
            total = sum(1 for f in row if self.enrolled[f])
        else:
            total = sum(self.scores[f] for f in row)
        return self._points[len(row)][total]

    def perk_values(self) -> list[float]:
        """Perk value of each citizen this week (¥ a week, hours valued at income per hour)."""
        values = map(self._perk_by_score.__getitem__, self.scores)
        if self.settings.era is Era.MANDATORY:  # everyone is enrolled
            return list(values)
        return list(map(mul, values, self._enrolled_flags))

    def measures(self) -> Measures:
        """The four measures of the society as it stands."""
        scores, ties = self.scores, self.ties
        return Measures(tick=self.ticks, isolated_share=isolated_share(ties),
                        assortativity=assortativity(scores, ties),
                        low_without_high_share=low_without_high_share(scores, ties),
                        perk_gini=gini(self.perk_values()))
