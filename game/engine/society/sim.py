"""The society's simulation: its citizens acting every week by the game's rules, 200 of them
around the player in a season, thousands in the society view. One implementation of habits,
posts, the friend rule, settling, misfortune, dropping and befriending serves both.

Habit values come from `behaviour_table` (the player's own shop and post tables), friend points
from `friend_rule_points` (the rule the player's own score follows). Built for speed in pure
Python: struct-of-arrays storage (one list per attribute, indexed by citizen), ties as sorted
lists of ints, per-citizen look-ups as `map` runs in C over those lists, and the rest of the
week's arithmetic and every draw's comparison with its threshold on lanes (`lanes`: a chunk of
citizens in one big integer). What a citizen's row needs is kept ready and only remade for the
few citizens whose ties changed (their friend-point table by the sum of their friends' scores,
`points`). Habits come from `HabitSampler`, misfortune from `Misfortune`, settling towards one's
standing from `Reversion`, perk values from `PerkScale`, and ties change in `ties`.

All randomness goes through the society's own seeded `random.Random`, drawn in bulk in a fixed
order (`bulk_draws`), so a seed and its settings give the same society after any number of
weeks, on the desktop and in the browser. Citizen 0 is the player's own citizen (see `world`).
In the society view it acts as a middling citizen would; in a season a player plays it
(`player_plays`): it never acts by itself, its score and ties change only from outside
(`set_score`, `tie`, `untie`), no citizen asks it to be friends, and anyone may drop it.

Levers beyond the scenario file: `friend_weight` multiplies the friend rule's points and the
incentive to drop and decline low scorers (0 = the rule is off); `perk_strength` multiplies
perk values and how hard citizens chase the score; `era` picks the rule's phase; with
`formula_visible` off citizens only half know what the score rewards, so they chase it and drop
low-score friends half as often (HIDDEN_FORMULA_AIM: the game's assumption, not a finding;
Sesame Credit never published its formula); `coded_caught` says whether the censor's filter
knows the coded phrase in use (the view has no filter: coded posts count as caught).
"""

from __future__ import annotations

import random
from bisect import insort
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import add, getitem, mul

from game.engine.content import Content
from game.engine.content_records import MAX_SOCIETY_SIZE, SCORE_MAX, SCORE_MIN
from game.engine.model import Era, FriendRule, SocietyRules
from game.engine.society.bulk_draws import lane_draws, threshold
from game.engine.society.habits import HabitSampler, behaviour_table
from game.engine.society.lanes import LANE_BITS, lanes, lanes_to_words, pack_chunks
from game.engine.society.measures import Measures, MeasureTally
from game.engine.society.misfortune import Misfortune
from game.engine.society.perks import PerkScale
from game.engine.society.points import POINTS_BIAS, FriendPointTables
from game.engine.society.reversion import Reversion
from game.engine.society.ties import TieRules, drop_lowest, meet_friends_of_friends
from game.engine.society.world import CLAMP, PLAYER, Citizens, build_citizens

DEFAULT_POPULATION = 2_000  # citizens
MAX_POPULATION = MAX_SOCIETY_SIZE  # citizens
MAX_FRIEND_WEIGHT = 4.0  # the friend-weight control's top
TABLE_TIES_PER_DEGREE = 2  # whole friend-point tables up to this many times the degree ...
WHOLE_TABLES_FROM = 1_000  # ... in societies of at least this many citizens (a season's 200
# look up fewer sums in a season than a whole table holds: theirs are worked out sum by sum)
CHUNK_CITIZENS = 500  # citizens per step of a week spread over frames
WORD_DRAWS = 6  # draws per citizen per tick: purchase, post, misfortune, drop, meet, whom
SCORE_BIAS = 1 << 24  # score points added to every lane mid-week, so none goes negative
HIDDEN_FORMULA_AIM = 0.5  # share of the chase and the dropping left when the formula is hidden


@dataclass(frozen=True)
class SimSettings:
    """What the society view's controls set (and a season, for its own society)."""

    seed: int = 0
    population: int = DEFAULT_POPULATION  # citizens
    friend_weight: float = 1.0  # multiplier on the friend rule, 0 (off) .. MAX_FRIEND_WEIGHT
    perk_strength: float = 1.0  # multiplier on perk values and the chase for them
    era: Era = Era.MANDATORY
    formula_visible: bool = True  # whether citizens can see what the score rewards
    coded_caught: bool = True  # whether the filter knows the coded phrase: coded posts count
    player_plays: bool = False  # a player plays citizen 0 (a season), or it acts (the view)


class SocietySim:
    """N citizens on a seeded clustered small world; `tick()` advances them one week."""

    def __init__(self, content: Content, settings: SimSettings = SimSettings()) -> None:
        self.content = content
        self.friend_rule: FriendRule = content.scenario.friend_rule
        self.settings = settings
        self.reset()

    @classmethod
    def restore(cls, content: Content, settings: SimSettings, citizens: Citizens,
                rng: random.Random, ticks: int, misfortune: list[int]) -> SocietySim:
        """A society as saved (see `saving`): its settings, citizens, generator, weeks run
        and every citizen's misfortune (`Misfortune.barred_weeks`)."""
        sim = cls.__new__(cls)
        sim.content, sim.friend_rule = content, content.scenario.friend_rule
        sim.settings = settings
        sim._settle(citizens, rng, ticks)
        sim._misfortune.restore(misfortune)
        return sim

    # -- set-up ------------------------------------------------------------------------------
    def reset(self) -> None:
        """Rebuild the society from the seed (same seed and settings, same society)."""
        rng = random.Random(self.settings.seed)
        self._settle(build_citizens(self.content, self._rules(self.settings.population), rng),
                     rng, 0)

    def _rules(self, size: int) -> SocietyRules:
        """The scenario's society rules for `size` citizens (refused out of range)."""
        smallest = len(self.content.friends) + 2 + self.content.scenario.society.degree
        if not smallest <= size <= MAX_POPULATION:
            raise ValueError(f"population must be {smallest}..{MAX_POPULATION}")
        return replace(self.content.scenario.society, size=size)

    def _settle(self, citizens: Citizens, rng: random.Random, ticks: int) -> None:
        """Take `citizens` as the society, `rng` as its generator, and make what a week needs
        ready."""
        size = len(citizens.scores)
        self.rules = rules = self._rules(size)
        self.rng, self.ticks = rng, ticks
        self._week: Iterator[None] | None = None  # a week in progress (see `advance`)
        self.scores = list(map(CLAMP.__getitem__, citizens.scores))
        self.standing = citizens.standing  # the score each citizen's finances settle towards
        self.conformity = citizens.conformity  # 0..1
        self.outspoken = citizens.outspoken  # 0..1
        self.trouble_chance = citizens.trouble_chance
        self.opted_in = citizens.opted_in
        self._chunks = [(start, min(size, start + CHUNK_CITIZENS))  # a week's steps
                        for start in range(0, size, CHUNK_CITIZENS)]
        self._misfortune = Misfortune(self._chunks, rules.trouble_weeks)
        # every tie names a citizen by the same int object, so a row's look-ups stay in cache
        self._citizens = list(range(size))
        self.ties = [list(map(self._citizens.__getitem__, row)) for row in citizens.ties]
        self._counts = list(map(len, self.ties))  # ties of each citizen
        self._reversion = Reversion(rules.reversion, self.standing, self._chunks,
                                    (SCORE_MIN, SCORE_MAX))
        self._spoke: list[int] = []  # lanes: who said what they think in the last week
        self.coded_posts = 0  # coded posts made in the last week
        self._derive()

    @property
    def size(self) -> int:
        """Number of citizens, the player's included."""
        return len(self.scores)

    def citizens(self) -> Citizens:
        """Every citizen's traits and ties as they stand (the lists themselves, not copies)."""
        return Citizens(scores=self.scores, standing=self.standing, conformity=self.conformity,
                        outspoken=self.outspoken, trouble_chance=self.trouble_chance,
                        opted_in=self.opted_in, ties=self.ties)

    @property
    def misfortune(self) -> Misfortune:
        """Who is living through a misfortune, and for how long."""
        return self._misfortune

    def configure(self, **changes: object) -> None:
        """Change settings; a new seed or population rebuilds, anything else applies at once."""
        self.finish_week()
        old = self.settings
        self.settings = replace(old, **changes)
        if (self.settings.seed, self.settings.population) != (old.seed, old.population):
            self.reset()
        else:
            self._derive()

    def _derive(self) -> None:
        """Per-citizen thresholds and tables from the settings (run on every setting change)."""
        settings, rules, content = self.settings, self.rules, self.content
        era, strength = settings.era, settings.perk_strength
        weight = min(MAX_FRIEND_WEIGHT, max(0.0, settings.friend_weight))
        self.enrolled = [True] * len(self.scores) if era is Era.MANDATORY else list(self.opted_in)
        self._enrolled_flags = [1 if e else 0 for e in self.enrolled]
        self._unenrolled = self._enrolled_flags.count(0)
        aim = 1.0 if settings.formula_visible else HIDDEN_FORMULA_AIM
        chase = [min(1.0, c * strength * aim) for c in self.conformity]  # chance to buy favoured
        habits = behaviour_table(content.items.values(), content.posts.values(), era)
        self.habits = HabitSampler(habits, chase, self.outspoken, rules.post_rate,
                                    rules.coded_share, self._chunks, settings.coded_caught)
        self._misfortune.set_chances(self.trouble_chance)
        incentive = min(1.0, weight)  # dropping and declining pay only while the rule bites
        self.drop_cut = [threshold(c * rules.drop_rate * incentive) for c in chase] \
            if era is Era.MANDATORY else [0] * len(chase)
        if settings.player_plays:
            self.drop_cut[PLAYER] = 0  # the player drops friends themself
        self._drop_lanes = pack_chunks(self.drop_cut, self._chunks)
        self._tie_rules = TieRules(drop_below=rules.drop_below, decline_gap=rules.decline_gap,
                                   meet_cut=threshold(rules.befriend_rate),
                                   declines=incentive > 0,
                                   player_plays=settings.player_plays)
        self._weight = weight
        self._measures: Measures | None = None  # worked out when first asked for
        self._friend_sums: list[int] | None = None  # friends' score sums, while current
        whole = TABLE_TIES_PER_DEGREE * rules.degree if len(self.scores) >= WHOLE_TABLES_FROM \
            else -1
        self._points = FriendPointTables(self.friend_rule, settings.era, weight, whole)
        self._points.learn(max(self._counts))
        self._point_rows = list(map(self._points.tables.__getitem__, self._counts))
        hour_yuan = content.scenario.income / content.scenario.hours_per_week  # ¥ an hour is worth
        self._perks = PerkScale(content.perks, strength, hour_yuan, SCORE_MAX)

    # -- the week ----------------------------------------------------------------------------
    def tick(self) -> None:
        """One whole week (see `advance` for a week spread over several calls)."""
        while not self.advance(lambda: True):
            pass

    def advance(self, more: Callable[[], bool]) -> bool:
        """Work on the current week, one chunk of CHUNK_CITIZENS citizens at a time, while
        `more()` says so (the view asks its clock); True once the week is complete. However
        the work is spread, the week comes out the same."""
        if self._week is None:
            self._week = self._week_steps()
        for _ in self._week:
            if not more():
                return False
        self._week = None
        return True

    def finish_week(self) -> None:
        """Complete a week in progress, if any (before settings change)."""
        if self._week is not None:
            for _ in self._week:
                pass
            self._week = None

    @property
    def week_in_progress(self) -> bool:
        """Whether a week spread over several `advance` calls has begun and not finished."""
        return self._week is not None

    def _week_steps(self) -> Iterator[None]:
        """One week for every citizen, from scores as they stood at its start, then ties,
        then the measures; yields after every step, and no step does more than about a chunk
        of citizens' work (a frame may run over its share by one step).

        The draws come first, in bulk and in a fixed order, a kind a step: for each chunk,
        lanes of what its citizens buy, then of what they post, whether misfortune strikes,
        whether they drop a friend, whether they meet someone, and whom. Then each step works
        on a chunk at once: look-ups as `map` passes, arithmetic and comparisons on lanes."""
        chunks, rules = self._chunks, self.rules
        sizes = [stop - start for start, stop in chunks]
        draws = []
        for _ in range(WORD_DRAWS):
            draws.append(lane_draws(self.rng, sizes))
            yield
        buy, post, trouble, drop, meet, whom = draws
        before, scores, spoke, coded = self.scores, [], [], 0
        for chunk in range(len(chunks)):
            scores += self._moved(before, chunk, buy[chunk], post[chunk], trouble[chunk])
            said, in_code = self.habits.speakers(chunk, post[chunk])
            spoke.append(said)
            coded += in_code
            yield
        if self.settings.player_plays:
            scores[PLAYER] = before[PLAYER]  # the player's score is the player's ledger's
        self._friend_sums = None  # scores and ties are about to change
        self.scores, self._spoke, self.coded_posts = scores, spoke, coded
        changed: list[int] = []
        for chunk in range(len(chunks)):
            changed += drop_lowest(self.ties, scores, self._droppers(chunk, drop[chunk]),
                                   rules.drop_below)
            yield
        for chunk in range(len(chunks)):
            changed += meet_friends_of_friends(self.ties, scores,
                                               self._meetings(chunk, meet[chunk], whom[chunk]),
                                               self._tie_rules, self.rng)
            yield
        yield from self.refresh_rows(changed)
        self.ticks += 1
        tally = MeasureTally(scores, self.ties, self._counts)
        for start, stop in chunks:
            tally.mark_high_friends(start, stop)
            yield
        perk_levels = [0] * len(self._perks.values)
        for start, stop in chunks:
            tally.add(start, stop)
            perk_levels = list(map(add, perk_levels,
                                   self._perks.level_counts(self._enrolled_scores(start, stop))))
            yield
        self._keep_measures(tally, self._perks.counts(perk_levels, self._unenrolled))

    def _droppers(self, chunk: int, draws: int) -> Iterator[int]:
        """The citizens of chunk number `chunk` drawn (lanes) to drop a friend, in order."""
        start, stop = self._chunks[chunk]
        lane = lanes(stop - start)
        return map(add, lane.chosen(lane.below(draws, self._drop_lanes[chunk])), repeat(start))

    def _meetings(self, chunk: int, meet: int, whom: int) -> Iterator[tuple[int, int, int]]:
        """The citizens of chunk number `chunk` drawn to meet someone, in order, each with
        their meet draw and their pick draw (both drawn as lanes)."""
        start, stop = self._chunks[chunk]
        lane = lanes(stop - start)
        meeting = lane.chosen(lane.below(meet, lane.constant(self._tie_rules.meet_cut)))
        if self.settings.player_plays and start == PLAYER and meeting[:1] == [0]:
            meeting = meeting[1:]  # the player makes their own friends
        meet_draws, pick_draws = lanes_to_words(meet, lane.count), lanes_to_words(whom, lane.count)
        return zip(map(self._citizens[start:stop].__getitem__, meeting),
                   map(meet_draws.__getitem__, meeting),
                   map(pick_draws.__getitem__, meeting), strict=True)

    def _moved(self, before: list[int], chunk: int, buy: int, post: int,
               trouble: int) -> list[int]:
        """Scores of the citizens of chunk number `chunk` after habits, friends, reversion and
        misfortune, clamped to the score range (the draws are lanes)."""
        start, stop = self._chunks[chunk]
        if self.settings.era is Era.OPT_IN:
            counted = self._enrolled_flags  # the opt-in rule counts enrolled friends
            sums = map(sum, map(map, repeat(counted.__getitem__), self.ties[start:stop]))
        elif self._friend_sums is not None:  # added up by last week's measures
            sums = self._friend_sums[start:stop]
        else:
            sums = map(sum, map(map, repeat(before.__getitem__), self.ties[start:stop]))
        lane, listed = lanes(stop - start), before[start:stop]
        moved = self._reversion.settled(chunk, lane.pack(listed), listed)
        moved += lane.pack(map(getitem, self._point_rows[start:stop], sums))  # biased points
        # the habits' lanes carry what is left of SCORE_BIAS beyond the points' own bias
        moved += self.habits.points(chunk, SCORE_BIAS - POINTS_BIAS, buy, post)
        moved -= self.rules.trouble_hit * self._misfortune.strike(chunk, trouble)
        low, high = lane.constant(SCORE_MIN + SCORE_BIAS), lane.constant(SCORE_MAX + SCORE_BIAS)
        moved = lane.where(lane.below(moved, low), low, moved)
        moved = lane.where(lane.below(high, moved), high, moved)
        # CLAMP's own int objects: the scores of all citizens share some 600 objects, which
        # stay in the cache while friends' scores are gathered (a fifth off a week at 20,000)
        return list(map(CLAMP.__getitem__, lanes_to_words(moved - lane.constant(SCORE_BIAS),
                                                          lane.count)))

    def refresh_rows(self, changed: list[int]) -> Iterator[None]:
        """Remake the ready-made row data of citizens whose ties changed, CHUNK_CITIZENS of
        them a step."""
        counts, ties, rows = self._counts, self.ties, self._point_rows
        changed = list(dict.fromkeys(changed))  # each once, in order
        for begin in range(0, len(changed), CHUNK_CITIZENS):
            batch = changed[begin:begin + CHUNK_CITIZENS]
            for index in batch:
                counts[index] = len(ties[index])
            self._points.learn(max(map(counts.__getitem__, batch)))
            tables = self._points.tables
            for index in batch:
                rows[index] = tables[counts[index]]
            yield

    # -- a season's player: changes from outside the week, and what the week did ----------------
    def set_score(self, citizen: int, score: int) -> None:
        """Set a citizen's score (clamped to the score range) between weeks: the player's
        citizen to the player's ledger score, a friend's after a report or help."""
        self.finish_week()
        self.scores[citizen] = CLAMP[min(SCORE_MAX, max(SCORE_MIN, score))]
        self._friend_sums = self._measures = None  # both added up the old score

    def tie(self, a: int, b: int) -> None:
        """Make citizens `a` and `b` friends (nothing if they are, or are one citizen)."""
        self.finish_week()
        if a != b and b not in self.ties[a]:
            insort(self.ties[a], self._citizens[b])
            insort(self.ties[b], self._citizens[a])
            self._ties_changed(a, b)

    def untie(self, a: int, b: int) -> None:
        """Cut the tie between citizens `a` and `b` (nothing if there is none)."""
        self.finish_week()
        if b in self.ties[a]:
            self.ties[a].remove(b)
            self.ties[b].remove(a)
            self._ties_changed(a, b)

    def _ties_changed(self, a: int, b: int) -> None:
        for _ in self.refresh_rows([a, b]):
            pass
        self._friend_sums = self._measures = None

    def spoke_out(self, citizen: int) -> bool:
        """Whether the citizen said what they think (a critical or a coded post) in the last
        week."""
        chunk, place = divmod(citizen, CHUNK_CITIZENS)
        return chunk < len(self._spoke) and bool(self._spoke[chunk] >> (LANE_BITS * place) & 1)

    # -- what the view shows -----------------------------------------------------------------
    def friend_points(self, index: int) -> int:
        """Points citizen `index` would get from friends this week (weight included)."""
        row = self.ties[index]
        if self.settings.era is Era.OPT_IN:
            total = sum(1 for f in row if self.enrolled[f])
        else:
            total = sum(self.scores[f] for f in row)
        return self._points.points(len(row), total)

    def perk_values(self) -> list[float]:
        """Perk value of each citizen this week (¥ a week, hours valued at income per hour)."""
        values = map(self._perks.by_score.__getitem__, self.scores)
        if self.settings.era is Era.MANDATORY:  # everyone is enrolled
            return list(values)
        return list(map(mul, values, self._enrolled_flags))

    def measures(self) -> Measures:
        """The four measures of the society as it stands (worked out with each week)."""
        if self._measures is None:
            tally = MeasureTally(self.scores, self.ties, self._counts)
            tally.add(0, len(self.scores))
            self._keep_measures(tally)
        return self._measures

    def _keep_measures(self, tally: MeasureTally, perk_counts: Counter[float] | None = None
                       ) -> None:
        """Keep the measures, and the friends' score sums they added up, which the next week
        starts from in the mandatory era (same scores, same ties); perk counts as counted
        along the way, else counted now."""
        self._measures = tally.measures(
            self.ticks, self.perk_counts() if perk_counts is None else perk_counts)
        self._friend_sums = tally.friend_sums

    def perk_counts(self) -> Counter[float]:
        """How many citizens get each perk value this week (¥ a week; 0 for the unenrolled)."""
        return self._perks.counts(
            self._perks.level_counts(self._enrolled_scores(0, len(self.scores))),
            self._unenrolled)

    def _enrolled_scores(self, start: int, stop: int) -> list[int]:
        """The scores of the enrolled among citizens start..stop-1."""
        if self.settings.era is Era.MANDATORY:  # everyone is enrolled
            return self.scores[start:stop]
        return list(compress(self.scores[start:stop], self._enrolled_flags[start:stop]))
