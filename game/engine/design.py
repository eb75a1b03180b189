"""The Designer scenario: a teacher sets the rules with sliders before the season.

A `Design` is a handful of small whole numbers (so it fits in a world code); `apply_design`
turns the designer scenario's content into the rules the sliders ask for: how hard friends
drag, how much joining friends help, how much perks and penalties are worth, how much
what you buy and post counts, and when (or whether) the scheme becomes mandatory.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from game.engine.content import Content
from game.engine.model import ScoreEffect

PERCENT_STEP = 25  # slider steps for the percentage settings


@dataclass(frozen=True)
class Slider:
    """One setting: its range and default (whole steps)."""

    low: int
    high: int
    default: int


SLIDERS = {
    "friend_drag": Slider(0, 5, 3),  # 0 = friends' scores never matter once mandatory
    "join_bonus": Slider(0, 4, 1),  # points per enrolled friend per week while opt-in
    "perk_strength": Slider(0, 8, 4),  # x25 %: 4 = as in the data files
    "penalty_strength": Slider(0, 8, 4),  # x25 %
    "purchase_weight": Slider(0, 8, 4),  # x25 %: how much buying and posting count
    "mandatory_week": Slider(0, 12, 7),  # 0 = never mandatory
}
DRAG_CAP_PER_STEP = 5  # weekly cap on the friend rule's pull, per slider step
DRAG_DIVISOR_AT_ZERO = 9  # the pull's divisor at step 1; each step divides harder


@dataclass(frozen=True)
class Design:
    """The sliders' positions."""

    friend_drag: int = SLIDERS["friend_drag"].default
    join_bonus: int = SLIDERS["join_bonus"].default
    perk_strength: int = SLIDERS["perk_strength"].default
    penalty_strength: int = SLIDERS["penalty_strength"].default
    purchase_weight: int = SLIDERS["purchase_weight"].default
    mandatory_week: int = SLIDERS["mandatory_week"].default

    def moved(self, name: str, steps: int) -> Design:
        """The design with one slider moved by `steps`, kept within its range."""
        slider = SLIDERS[name]
        value = max(slider.low, min(slider.high, getattr(self, name) + steps))
        return replace(self, **{name: value})

    def to_list(self) -> list[int]:
        """The positions in a fixed order (for saves and codes)."""
        return [getattr(self, f.name) for f in fields(self)]

    @classmethod
    def from_list(cls, values: list[int]) -> Design:
        """A design from `to_list` output, each value clamped into its slider's range."""
        names = [f.name for f in fields(cls)]
        if len(values) != len(names):
            raise ValueError(f"a design has {len(names)} values, not {len(values)}")
        return cls(**{name: max(SLIDERS[name].low, min(SLIDERS[name].high, int(value)))
                      for name, value in zip(names, values, strict=True)})


def _scaled(effect: ScoreEffect, percent: int) -> ScoreEffect:
    def scale(points: dict[str, int]) -> dict[str, int]:
        scaled = {dim: int(amount * percent / 100) for dim, amount in points.items()}
        return {dim: amount for dim, amount in scaled.items() if amount}

    return ScoreEffect(opt_in=scale(effect.opt_in), mandatory=scale(effect.mandatory))


def apply_design(content: Content, design: Design) -> Content:
    """The content with the designer's rules in place of the file's."""
    scenario = content.scenario
    rule = scenario.friend_rule
    friend_rule = replace(
        rule, join_bonus=design.join_bonus,
        drag_cap=design.friend_drag * DRAG_CAP_PER_STEP,
        drag_divisor=max(1, DRAG_DIVISOR_AT_ZERO - design.friend_drag),
    )
    mandatory_week = min(design.mandatory_week, scenario.weeks)
    forced = {1: "sesame_invite"} if mandatory_week != 1 else {1: "mandatory_notice"}
    if mandatory_week > 1:
        forced[mandatory_week] = "mandatory_notice"
    perk_percent = design.perk_strength * PERCENT_STEP
    penalty_percent = design.penalty_strength * PERCENT_STEP
    buy_percent = design.purchase_weight * PERCENT_STEP
    return replace(
        content,
        scenario=replace(scenario, friend_rule=friend_rule, mandatory_week=mandatory_week,
                         forced_events=forced),
        items={i: replace(item, score=_scaled(item.score, buy_percent))
               for i, item in content.items.items()},
        posts={p: replace(post, score=_scaled(post.score, buy_percent))
               for p, post in content.posts.items()},
        perks=tuple(replace(p, money=p.money * perk_percent // 100,
                            hours=p.hours * perk_percent // 100,
                            wellbeing=p.wellbeing * perk_percent // 100)
                    for p in content.perks),
        penalties=tuple(replace(p, money=p.money * penalty_percent // 100,
                                hours=p.hours * penalty_percent // 100,
                                wellbeing=p.wellbeing * penalty_percent // 100,
                                closeness=p.closeness * penalty_percent // 100)
                        for p in content.penalties),
    )
