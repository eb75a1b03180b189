"""A society's whole state as JSON-ready data, and back, checked.

Saved: the settings, the generator's state, the weeks run, every citizen's traits and ties, and
every citizen's misfortune. Everything else (thresholds, friend-point tables, lanes) follows
from those, so a restored society runs on exactly as the saved one would have. `from_dict`
trusts nothing: a wrong shape, a number out of range or a tie that is not mutual raises
ValueError, TypeError or KeyError, which a season's save turns into `SaveError`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, fields

from game.engine.content import Content
from game.engine.content_records import SCORE_MAX, SCORE_MIN
from game.engine.generator_state import generator_from_list, generator_to_list
from game.engine.model import Era
from game.engine.society.sim import MAX_POPULATION, SimSettings, SocietySim
from game.engine.society.world import Citizens

SETTING_KINDS = {"seed": int, "population": int, "friend_weight": float,
                 "perk_strength": float, "era": Era, "formula_visible": bool,
                 "coded_caught": bool, "player_plays": bool}


def to_dict(society: SocietySim) -> dict:
    """JSON-ready state of `society` (between weeks)."""
    society.finish_week()
    settings = asdict(society.settings)
    settings["era"] = society.settings.era.value
    citizens = society.citizens()
    lists = {f.name: list(getattr(citizens, f.name)) for f in fields(Citizens)}
    lists["ties"] = [list(row) for row in citizens.ties]
    return {"settings": settings, "rng": generator_to_list(society.rng),
            "ticks": society.ticks, **lists, "misfortune": society.misfortune.barred_weeks()}


def from_dict(data: dict, content: Content) -> SocietySim:
    """Rebuild a society saved with `to_dict`."""
    settings = _settings(data["settings"])
    size = settings.population
    if not 0 < size <= MAX_POPULATION:
        raise ValueError(f"the society's population {size} is out of range")
    citizens = Citizens(
        scores=_numbers(data["scores"], size, int, SCORE_MIN, SCORE_MAX),
        standing=_numbers(data["standing"], size, int, SCORE_MIN, SCORE_MAX),
        conformity=_numbers(data["conformity"], size, float, 0.0, 1.0),
        outspoken=_numbers(data["outspoken"], size, float, 0.0, 1.0),
        trouble_chance=_numbers(data["trouble_chance"], size, float, 0.0, 1.0),
        opted_in=_flags(data["opted_in"], size),
        ties=_ties(data["ties"], size))
    ticks = data["ticks"]
    if type(ticks) is not int or ticks < 0:
        raise ValueError("the society's weeks run must be a whole number, 0 or more")
    misfortune = _numbers(data["misfortune"], size, int, 0, MAX_POPULATION)
    return SocietySim.restore(content, settings, citizens, generator_from_list(data["rng"]),
                              ticks, misfortune)


def _settings(data: dict) -> SimSettings:
    if set(data) != {f.name for f in fields(SimSettings)}:
        raise ValueError("the society's settings have the wrong fields")
    values = {}
    for name, kind in SETTING_KINDS.items():
        value = data[name]
        if kind is Era:
            value = Era(value)
        elif kind is float:
            if type(value) not in (int, float) or not math.isfinite(value):
                raise ValueError(f"the society's {name} must be a finite number")
            value = float(value)
        elif type(value) is not kind:
            raise TypeError(f"the society's {name} must be {kind.__name__}")
        values[name] = value
    return SimSettings(**values)


def _numbers(values: list, size: int, kind: type, low: float, high: float) -> list:
    """`values` checked: `size` of them, each of `kind` (an int passes for a float) within
    low..high."""
    if not isinstance(values, list) or len(values) != size:
        raise ValueError(f"the society needs {size} values per citizen")
    allowed = (int, float) if kind is float else (int,)
    if not all(type(v) in allowed and low <= v <= high for v in values):
        raise ValueError(f"the society holds a value outside {low}..{high}")
    return [kind(v) for v in values]


def _flags(values: list, size: int) -> list[bool]:
    if not isinstance(values, list) or len(values) != size:
        raise ValueError(f"the society needs {size} flags")
    if not all(type(v) is bool for v in values):
        raise TypeError("the society's flags must be true or false")
    return list(values)


def _ties(rows: list, size: int) -> list[list[int]]:
    """Ties checked: a sorted row of other citizens per citizen, every tie mutual."""
    if not isinstance(rows, list) or len(rows) != size:
        raise ValueError(f"the society needs {size} rows of ties")
    for index, row in enumerate(rows):
        if not isinstance(row, list) or not all(type(f) is int and 0 <= f < size for f in row):
            raise ValueError(f"citizen {index}'s ties name no citizen")
        if index in row or row != sorted(set(row)):
            raise ValueError(f"citizen {index}'s ties are not a sorted row of others")
    pairs = {(index, friend) for index, row in enumerate(rows) for friend in row}
    for index, row in enumerate(rows):
        if any((friend, index) not in pairs for friend in row):
            raise ValueError("the society's ties are not mutual")
    return [list(row) for row in rows]
