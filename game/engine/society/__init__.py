"""The society: every citizen around the player, acting each week by the game's rules.

One package, one implementation: the season's 200 citizens around the player and the society
view's thousands run on the same simulation (`SocietySim`), so what a class watches in the view
is what shaped the player's own season. Pure Python, never pygame; every draw through a
society's own seeded generator.

Public (import these from `game.engine.society`):
- `SocietySim`, `SimSettings`: the simulation (`sim`); `DEFAULT_POPULATION`,
  `MAX_POPULATION`, `MAX_FRIEND_WEIGHT`: the view's sizes and the friend-weight control's top.
- `season_society`, `society_week`, `SocietyWeek`: a season's society, built from the game's
  generator, and its week as the player hears of it (`season`).
- `society_to_dict`, `society_from_dict`: a society's whole state to JSON-ready data and back,
  checked (`saving`).
- `Measures`: the four measures the view charts (`measures`).
- `paired_sims`, `run_experiment`, `ExperimentResult`: the experiment, rule off and on
  (`experiment`).
- `friend_rule_points`: the friend rule, for the player and every citizen (`friend_rule`).
- `PLAYER`, `SCORE_MIN`, `SCORE_MAX`, `STRANGER_ACCEPT_CHANCE`: the player's citizen, the score
  range, and the chance a much higher scorer accepts a friend request anyway.

The other modules are the simulation's parts: `world` (citizens as they start and the small
world), `habits` (purchases and posts), `misfortune`, `reversion` (settling towards one's
standing), `points` (friend points ready to look up), `perks`, `ties` (dropping and meeting),
and `lanes` and `bulk_draws` (a chunk of citizens in one big integer, many draws in one call).
"""

from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.society.experiment import ExperimentResult, paired_sims, run_experiment
from game.engine.society.friend_rule import friend_rule_points
from game.engine.society.measures import Measures
from game.engine.society.saving import from_dict as society_from_dict
from game.engine.society.saving import to_dict as society_to_dict
from game.engine.society.season import SocietyWeek, season_society, society_week
from game.engine.society.sim import (
    DEFAULT_POPULATION,
    MAX_FRIEND_WEIGHT,
    MAX_POPULATION,
    SimSettings,
    SocietySim,
)
from game.engine.society.ties import STRANGER_ACCEPT_CHANCE
from game.engine.society.world import PLAYER

__all__ = [
    "DEFAULT_POPULATION", "MAX_FRIEND_WEIGHT", "MAX_POPULATION", "PLAYER", "SCORE_MAX",
    "SCORE_MIN", "STRANGER_ACCEPT_CHANCE", "ExperimentResult", "Measures", "SimSettings",
    "SocietySim", "SocietyWeek", "friend_rule_points", "paired_sims", "run_experiment",
    "season_society", "society_from_dict", "society_to_dict", "society_week",
]
