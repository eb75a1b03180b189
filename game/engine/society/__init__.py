"""The society: every citizen around the player, acting each week by the game's rules.

One package holds the society's code: the season's 200 citizens around the player and the
society view's thousands. Pure Python, no pygame; every draw through a seeded generator.

Public (import these from `game.engine.society`):
- `SocietySim`, `SimSettings`: the simulation (`sim`); `DEFAULT_POPULATION`,
  `MAX_POPULATION`, `MAX_FRIEND_WEIGHT`: the view's limits.
- `Measures`: the four measures the view charts (`measures`).
- `paired_sims`, `run_experiment`, `ExperimentResult`: the experiment, rule off and on
  (`experiment`).
- `friend_rule_points`: the friend rule itself, for the player and every citizen
  (`friend_rule`).
- `PLAYER`, `SCORE_MIN`, `SCORE_MAX`, `STRANGER_ACCEPT_CHANCE`: the player's citizen, the score
  range, and the chance a much higher scorer accepts a request anyway.
- `Society`, `build_society`, `society_step`: the season's society (`season`).

The other modules are the simulation's parts: `habits` (purchases and posts), `misfortune`,
`reversion` (settling towards one's standing), `points` (friend points ready to look up),
`perks`, `ties` (dropping and meeting), `lanes` and `bulk_draws` (a chunk of citizens in one
big integer, and many draws in one call).
"""

from game.engine.society.experiment import ExperimentResult, paired_sims, run_experiment
from game.engine.society.friend_rule import friend_rule_points
from game.engine.society.measures import Measures
from game.engine.society.season import (
    PLAYER,
    SCORE_MAX,
    SCORE_MIN,
    STRANGER_ACCEPT_CHANCE,
    Society,
    build_society,
    society_step,
)
from game.engine.society.sim import (
    DEFAULT_POPULATION,
    MAX_FRIEND_WEIGHT,
    MAX_POPULATION,
    SimSettings,
    SocietySim,
)

__all__ = [
    "DEFAULT_POPULATION", "MAX_FRIEND_WEIGHT", "MAX_POPULATION", "PLAYER", "SCORE_MAX",
    "SCORE_MIN", "STRANGER_ACCEPT_CHANCE", "ExperimentResult", "Measures", "SimSettings",
    "Society", "SocietySim", "build_society", "friend_rule_points", "paired_sims",
    "run_experiment", "society_step",
]
