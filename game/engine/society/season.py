"""The society: every citizen around the player, acting each week by the same rules.

Citizens are stored as parallel lists (one list per attribute, indexed by citizen) rather
than as objects, so a week for thousands of citizens stays a few tight loops; a later
issue runs 20,000 of them live in a browser. Index 0 is the player, indices 1..n are the
named friends, the rest are unnamed citizens. The friendship graph is a Watts-Strogatz
small world: a ring lattice (clustered) with a few ties rewired at random (short paths).
All randomness comes from the game's one seeded generator, in a fixed order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.engine.coded_filter import CodedFilter
from game.engine.model import Era, FriendProfile, FriendRule, PostKind, SocietyRules
from game.engine.society.friend_rule import friend_rule_points

PLAYER = 0  # index of the player's citizen
SCORE_MIN = 350  # score points
SCORE_MAX = 950  # score points
STRANGER_ACCEPT_CHANCE = 0.3  # chance a much higher scorer accepts a request anyway
ENROL_BASE = 0.35  # chance a citizen with no taste for the score opts in anyway
ENROL_PER_CONFORMITY = 0.5  # extra chance to opt in per unit of conformity


@dataclass(frozen=True)
class BehaviourTable:
    """What the citizens' habits are worth in each era, taken from the player's own shop
    and post tables so one rule set governs everyone."""

    approved_buys: tuple[int, ...]  # net score points of each purchase the score favours
    leisure_buys: tuple[int, ...]  # net score points of the other purchases
    critical_posts: tuple[int, ...]
    praise_posts: tuple[int, ...]
    coded_post: int  # net points of a coded post once the filter knows its phrase


def behaviour_table(items, posts, era: Era) -> BehaviourTable:
    """Derive the society's habit values for `era` from the item and post records."""
    buys = [item.score.total(era) for item in items if not item.exploit]
    critical = [p.score.total(era) for p in posts if p.kind is PostKind.CRITICAL]
    praise = [p.score.total(era) for p in posts if p.kind is PostKind.PRAISE]
    coded = [p.score.total(era) for p in posts if p.kind is PostKind.CODED]
    return BehaviourTable(
        approved_buys=tuple(v for v in buys if v > 0) or (0,),
        leisure_buys=tuple(v for v in buys if v <= 0) or (0,),
        critical_posts=tuple(critical) or (0,),
        praise_posts=tuple(praise) or (0,),
        coded_post=coded[0] if coded else 0,
    )


@dataclass
class SocietyWeek:
    """What happened in the society this week that the player may hear about."""

    critical_posters: list[int] = field(default_factory=list)
    troubled: list[int] = field(default_factory=list)  # newly in trouble
    dropped_player: list[int] = field(default_factory=list)  # friends who dropped the player
    ties_cut: int = 0
    ties_made: int = 0


@dataclass
class Society:
    """All citizens as parallel lists; see the module docstring for the layout."""

    scores: list[int]
    standing: list[int]  # the score each citizen's finances settle towards
    conformity: list[float]  # 0..1
    outspoken: list[float]  # 0..1
    trouble_chance: list[float]  # weekly chance of a misfortune
    trouble_left: list[int]  # weeks of misfortune still to run
    enrolled: list[bool]
    friends: list[list[int]]  # sorted friend indices of each citizen

    @property
    def size(self) -> int:
        """Number of citizens, the player included."""
        return len(self.scores)

    def befriend(self, a: int, b: int) -> None:
        """Tie two citizens (no-op when already tied)."""
        if b not in self.friends[a]:
            _insert_sorted(self.friends[a], b)
            _insert_sorted(self.friends[b], a)

    def unfriend(self, a: int, b: int) -> None:
        """Cut the tie between two citizens (no-op when not tied)."""
        if b in self.friends[a]:
            self.friends[a].remove(b)
            self.friends[b].remove(a)

    def to_dict(self) -> dict:
        """JSON-ready state."""
        return {
            "scores": self.scores, "standing": self.standing, "conformity": self.conformity,
            "outspoken": self.outspoken, "trouble_chance": self.trouble_chance,
            "trouble_left": self.trouble_left, "enrolled": self.enrolled,
            "friends": self.friends,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Society:
        """Rebuild a society saved with `to_dict`, checking its lists agree in length."""
        society = cls(
            scores=[int(v) for v in data["scores"]], standing=[int(v) for v in data["standing"]],
            conformity=[float(v) for v in data["conformity"]],
            outspoken=[float(v) for v in data["outspoken"]],
            trouble_chance=[float(v) for v in data["trouble_chance"]],
            trouble_left=[int(v) for v in data["trouble_left"]],
            enrolled=[bool(v) for v in data["enrolled"]],
            friends=[[int(i) for i in row] for row in data["friends"]],
        )
        lengths = {len(v) for v in society.to_dict().values()}
        if len(lengths) != 1:
            raise ValueError("society lists differ in length")
        return society


def _insert_sorted(row: list[int], value: int) -> None:
    low, high = 0, len(row)
    while low < high:
        mid = (low + high) // 2
        if row[mid] < value:
            low = mid + 1
        else:
            high = mid
    row.insert(low, value)


def _clamp_score(value: int) -> int:
    return SCORE_MIN if value < SCORE_MIN else SCORE_MAX if value > SCORE_MAX else value


def build_society(rules: SocietyRules, named: tuple[FriendProfile, ...], player_score: int,
                  rng: random.Random) -> Society:
    """Create the seeded society: the player, the named friends, and unnamed citizens."""
    size = rules.size
    if size < len(named) + 2 + rules.degree:
        raise ValueError("society too small for the named friends and the tie degree")
    scores, conformity, outspoken, trouble = [], [], [], []
    for index in range(size):
        if index == PLAYER:
            scores.append(player_score)
            conformity.append(0.5)
            outspoken.append(0.5)
            trouble.append(0.0)
        elif index <= len(named):
            profile = named[index - 1]
            scores.append(profile.score)
            conformity.append(profile.conformity)
            outspoken.append(profile.outspoken)
            trouble.append(profile.trouble)
        else:
            spread = rules.score_spread
            scores.append(_clamp_score(rules.score_mean + rng.randint(-spread, spread)))
            conformity.append(round(rng.random(), 3))
            outspoken.append(round(rng.random() * 0.8, 3))
            trouble.append(round(0.02 + rng.random() * 0.1, 3))
    enrolled = [rng.random() < ENROL_BASE + ENROL_PER_CONFORMITY * conformity[index]
                for index in range(size)]
    enrolled[PLAYER] = False  # the player decides for themself
    friends = small_world(size, rules.degree, rules.rewire, rng)
    society = Society(scores=scores, standing=list(scores), conformity=conformity,
                      outspoken=outspoken, trouble_chance=trouble, trouble_left=[0] * size,
                      enrolled=enrolled, friends=friends)
    for other in list(society.friends[PLAYER]):
        society.unfriend(PLAYER, other)
    for index in range(1, len(named) + 1):
        society.befriend(PLAYER, index)
    return society


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


def society_step(society: Society, rules: SocietyRules, friend_rule: FriendRule, era: Era,
                 habits: BehaviourTable, coded: CodedFilter, current_phrase: str | None,
                 rng: random.Random) -> SocietyWeek:
    """One week for every citizen but the player, from scores as they stood at its start."""
    week = SocietyWeek()
    before = list(society.scores)
    scores, friends = society.scores, society.friends
    mandatory = era is Era.MANDATORY
    phrase_known = coded.knows(current_phrase)
    random_value = rng.random
    for index in range(1, society.size):
        conformity = society.conformity[index]
        delta = 0
        if random_value() < conformity:
            delta += habits.approved_buys[int(random_value() * len(habits.approved_buys))]
        else:
            delta += habits.leisure_buys[int(random_value() * len(habits.leisure_buys))]
        if random_value() < society.outspoken[index] * rules.post_rate:
            week.critical_posters.append(index)
            if random_value() < rules.coded_share:
                coded.use(current_phrase)
                delta += habits.coded_post if phrase_known else 0
            else:
                delta += habits.critical_posts[int(random_value() * len(habits.critical_posts))]
        elif random_value() < conformity * 0.5:
            delta += habits.praise_posts[int(random_value() * len(habits.praise_posts))]
        ties = friends[index]
        enrolled_count = sum(1 for f in ties if society.enrolled[f]) if not mandatory else 0
        delta += friend_rule_points(friend_rule, era, [before[f] for f in ties], enrolled_count)
        delta += int((society.standing[index] - before[index]) * rules.reversion)
        if society.trouble_left[index]:
            society.trouble_left[index] -= 1
        elif random_value() < society.trouble_chance[index]:
            society.trouble_left[index] = rules.trouble_weeks
            delta -= rules.trouble_hit
            week.troubled.append(index)
        scores[index] = _clamp_score(before[index] + delta)
        if mandatory:
            society.enrolled[index] = True
    _rewire_ties(society, rules, mandatory, week, rng)
    return week


def _rewire_ties(society: Society, rules: SocietyRules, mandatory: bool, week: SocietyWeek,
                 rng: random.Random) -> None:
    """Conformists drop low-score friends (mandatory era); anyone may meet a friend's friend."""
    scores, friends = society.scores, society.friends
    for index in range(1, society.size):
        ties = friends[index]
        if mandatory and ties and rng.random() < society.conformity[index] * rules.drop_rate:
            lowest = min(ties, key=lambda f: (scores[f], f))
            if scores[lowest] < rules.drop_below:
                society.unfriend(index, lowest)
                week.ties_cut += 1
                if lowest == PLAYER:
                    week.dropped_player.append(index)
        if ties and rng.random() < rules.befriend_rate:
            via = ties[int(rng.random() * len(ties))]
            options = [c for c in friends[via] if c != index and c != PLAYER]
            if options:
                candidate = options[int(rng.random() * len(options))]
                too_high = scores[candidate] - scores[index] > rules.decline_gap
                if candidate not in ties and (not too_high
                                              or rng.random() < STRANGER_ACCEPT_CHANCE):
                    society.befriend(index, candidate)
                    week.ties_made += 1
