"""The society in a season: the simulation with the player playing citizen 0.

A season's society is a `SocietySim` of the scenario's size, seeded from the game's generator at
New game and drawing from its own generator after that, so the season's other draws (topics,
events, leaks) and the society's never disturb each other. Each week `society_week` sets the era
and whether the censor's filter knows the coded phrase in use, runs the week (the one
implementation the society view runs), lets the filter count the week's coded posts, and says
what the player may hear about.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.engine.coded_filter import CodedFilter
from game.engine.content import Content
from game.engine.model import Era
from game.engine.society.sim import SimSettings, SocietySim
from game.engine.society.world import PLAYER

SEED_BITS = 64  # bits of the society's own seed, drawn from the game's generator


@dataclass
class SocietyWeek:
    """What happened in the society this week that the player may hear about."""

    friends_who_spoke: list[int] = field(default_factory=list)  # critical or coded posts
    friends_newly_troubled: list[int] = field(default_factory=list)
    dropped_player: list[int] = field(default_factory=list)  # friends who dropped the player


def season_society(content: Content, rng: random.Random) -> SocietySim:
    """The season's society, seeded from the game's generator (one draw)."""
    settings = SimSettings(seed=rng.getrandbits(SEED_BITS),
                           population=content.scenario.society.size, era=Era.OPT_IN,
                           coded_caught=False, player_plays=True)
    return SocietySim(content, settings)


def society_week(society: SocietySim, era: Era, coded: CodedFilter) -> SocietyWeek:
    """One week for every citizen but the player's; the filter counts the coded posts."""
    phrase = coded.current()
    wanted = {"era": era, "coded_caught": coded.knows(phrase)}
    if any(getattr(society.settings, name) != value for name, value in wanted.items()):
        society.configure(**wanted)
    friends = list(society.ties[PLAYER])
    troubled = {f for f in friends if society.misfortune.weeks_left(f)}
    society.tick()
    coded.use(phrase, society.coded_posts)
    now = society.ties[PLAYER]
    return SocietyWeek(
        friends_who_spoke=[f for f in now if society.spoke_out(f)],
        friends_newly_troubled=[f for f in now if f not in troubled
                                and society.misfortune.weeks_left(f)],
        dropped_player=[f for f in friends if f not in now])
