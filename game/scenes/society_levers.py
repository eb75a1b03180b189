"""The society view's sliders: the friend rule's weight, perk strength and speed, each a
`Lever` track set by clicking or dragging (its − and + buttons are ordinary controls)."""

from __future__ import annotations

import pygame

from game.engine.society import MAX_FRIEND_WEIGHT
from game.scenes.society_run import SPEEDS, SocietyRun
from game.ui.lever import Lever

WEIGHT_STEP = 0.5  # friend-rule weight per step
PERK_STEP = 0.25  # perk strength per step
MAX_PERK_STRENGTH = 2.0
LEVER_STEPS = {"friend": round(MAX_FRIEND_WEIGHT / WEIGHT_STEP),
               "perks": round(MAX_PERK_STRENGTH / PERK_STEP), "speed": len(SPEEDS) - 1}


class SliderControls:
    """Where each slider stands, moving it, and the mouse dragging one."""

    def __init__(self, run: SocietyRun) -> None:
        self.run = run
        self.levers: list[Lever] = []
        self.dragging: Lever | None = None  # the lever the mouse is moving

    def position(self, lever: str) -> int:
        """Where a lever stands, in its steps."""
        settings = self.run.settings
        if lever == "friend":
            return round(settings.friend_weight / WEIGHT_STEP)
        if lever == "perks":
            return round(settings.perk_strength / PERK_STEP)
        return self.run.speed_index

    def step(self, lever: str, steps: int) -> None:
        """Move a lever by `steps` (−1 or +1 from its buttons), within its range."""
        self.set(lever, max(0, min(LEVER_STEPS[lever], self.position(lever) + steps)))

    def set(self, lever: str, position: int) -> None:
        """Move a lever to `position` (nothing happens if it is there already)."""
        if position == self.position(lever):
            return
        if lever == "friend":
            self.run.configure(friend_weight=position * WEIGHT_STEP)
        elif lever == "perks":
            self.run.configure(perk_strength=position * PERK_STEP)
        else:
            self.run.speed_index = position

    def drag(self, event: pygame.event.Event) -> bool:
        """Click or drag along a lever; True if the event was the lever's."""
        if event.type == pygame.MOUSEBUTTONUP:
            was_dragging, self.dragging = self.dragging is not None, None
            return was_dragging
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.dragging = next((lever for lever in self.levers
                                  if lever.rect.collidepoint(event.pos)), None)
        if self.dragging is None or event.type not in (pygame.MOUSEBUTTONDOWN,
                                                       pygame.MOUSEMOTION):
            return False
        self.set(self.dragging.id, self.dragging.position_at(event.pos[0]))
        return True
