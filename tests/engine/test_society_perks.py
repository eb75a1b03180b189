"""Perk values in the society view: by score, and citizens counted by value."""

from __future__ import annotations

from collections import Counter

from game.engine.model import Perk
from game.engine.society.perks import PerkScale

PERKS = (Perk("deposit", 650, money=20, hours=0, evidence="documented"),
         Perk("fast_lane", 700, money=0, hours=2, evidence="reported"))
HOUR_YUAN = 10.0


def test_a_score_gets_every_perk_it_reaches_hours_valued_at_income():
    scale = PerkScale(PERKS, strength=1.0, hour_yuan=HOUR_YUAN, score_max=950)
    assert scale.by_score[649] == 0
    assert scale.by_score[650] == 20
    assert scale.by_score[700] == scale.by_score[950] == 20 + 2 * HOUR_YUAN
    assert scale.values == [0, 20, 40]


def test_strength_scales_every_value():
    scale = PerkScale(PERKS, strength=0.5, hour_yuan=HOUR_YUAN, score_max=950)
    assert scale.values == [0, 10, 20]


def test_citizens_are_counted_by_value_with_the_unenrolled_at_zero():
    scale = PerkScale(PERKS, strength=1.0, hour_yuan=HOUR_YUAN, score_max=950)
    scores = [400, 660, 700, 710, 950, 649]
    levels = scale.level_counts(scores)
    assert levels == [2, 1, 3]
    assert scale.counts(levels, unenrolled=4) == Counter({0: 6, 20: 1, 40: 3})
    assert scale.counts(scale.level_counts([700]), unenrolled=0) == Counter({40: 1})
