"""The society view's experiment: one seed, the friend rule off and on, side by side.

Both societies start identical (same seed, same citizens, same ties; `run_experiment` in the
mandatory era); only the friend rule's weight differs. With it on, low scorers are dragged down
and dropped, so isolation and the share of low scorers without a high-score friend rise; with
it off they do not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from game.engine.content import Content
from game.engine.model import Era
from game.engine.society.measures import Measures
from game.engine.society.sim import DEFAULT_POPULATION, SimSettings, SocietySim

DEFAULT_TICKS = 30  # weeks each society runs
RULE_OFF = 0.0  # friend-rule weight for the control society
RULE_ON = 1.0  # friend-rule weight as the scenario sets it


@dataclass(frozen=True)
class ExperimentResult:
    """Measures per tick (tick 0 = before the first week) for both societies."""

    seed: int
    off: list[Measures]
    on: list[Measures]


def paired_sims(content: Content, settings: SimSettings) -> tuple[SocietySim, SocietySim]:
    """The two societies of the experiment under `settings`, rule off first, then on at the
    settings' weight (at RULE_ON if that is off too), ready to tick side by side."""
    on_weight = settings.friend_weight if settings.friend_weight > RULE_OFF else RULE_ON
    return (SocietySim(content, replace(settings, friend_weight=RULE_OFF)),
            SocietySim(content, replace(settings, friend_weight=on_weight)))


def run_experiment(content: Content, seed: int, ticks: int = DEFAULT_TICKS,
                   population: int = DEFAULT_POPULATION,
                   perk_strength: float = 1.0) -> ExperimentResult:
    """Run both societies for `ticks` weeks and collect their measures every tick."""
    off, on = paired_sims(content, SimSettings(seed=seed, population=population,
                                               perk_strength=perk_strength, era=Era.MANDATORY))
    off_measures, on_measures = [off.measures()], [on.measures()]
    for _ in range(ticks):
        off.tick()
        on.tick()
        off_measures.append(off.measures())
        on_measures.append(on.measures())
    return ExperimentResult(seed=seed, off=off_measures, on=on_measures)
