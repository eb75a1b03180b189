"""Scenes and the transitions they ask for: the contract between a screen and the shell.

A scene never changes the stack itself: `handle` and `update` return a transition. `Push`,
`Replace` and `Reset` carry a scene object (the shell's own moves, and tests'); scenes name
the next scene by its id with `Go` (`push("settings", data)`), which the shell makes from
the scene table (`SceneTable`), so no scene module imports another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

import pygame

if TYPE_CHECKING:
    from game.shell.context import AppContext


class Scene:
    """One screen or overlay. Override what you need; every hook has a do-nothing default.

    ``enter`` runs when the scene is pushed (``self.context`` is set then), ``leave`` when
    it is popped or replaced, ``resume`` when the scene above it is popped.
    """

    is_overlay = False  # True: the scenes below are drawn first, this one on top
    context: AppContext  # set by enter()

    def enter(self, context: AppContext) -> None:
        self.context = context

    def leave(self) -> None:
        """Called when the scene is removed from the stack."""

    def resume(self) -> None:
        """Called when the scene becomes the top again after an overlay is popped."""

    def handle(self, event: pygame.event.Event) -> Transition | None:
        return None

    def update(self, dt_seconds: float) -> Transition | None:
        return None

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the scene onto the logical 1280x720 surface."""

    def spoken_text(self) -> str:
        """What a screen reader should hear of this screen now (mirrored to the page's
        live region in the browser); "" for nothing."""
        return ""

    def keep_layout_current(self) -> None:
        """Lay the scene out again (its `rebuild`, if it has one) when the theme changed
        since it last did: settings changed in an overlay above it."""
        theme = self.context.theme
        if getattr(self, "_laid_out_for", None) is not theme:
            self._laid_out_for = theme
            rebuild = getattr(self, "rebuild", None)
            if rebuild is not None:
                rebuild()


SceneFactory = Callable[..., Scene]


# -- transitions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Push:
    """Put ``scene`` on top of the current one (which stays below, paused)."""

    scene: Scene


@dataclass(frozen=True)
class Pop:
    """Remove the top scene and resume the one below."""


@dataclass(frozen=True)
class Replace:
    """Swap the top scene for ``scene``."""

    scene: Scene


@dataclass(frozen=True)
class Reset:
    """Clear the whole stack (e.g. a menu over a game) and start again from ``scene``."""

    scene: Scene


@dataclass(frozen=True)
class Quit:
    """End the application."""


class How(Enum):
    """Where a scene opened by name goes on the stack."""

    PUSH = "push"
    REPLACE = "replace"
    RESET = "reset"


@dataclass(frozen=True)
class Go:
    """Open the scene registered as ``scene_id``, made with ``args`` and ``kwargs``."""

    scene_id: str
    how: How = How.PUSH
    args: tuple = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


def push(scene_id: str, *args: Any, **kwargs: Any) -> Go:
    """Open ``scene_id`` over the current scene."""
    return Go(scene_id, How.PUSH, args, kwargs)


def replace(scene_id: str, *args: Any, **kwargs: Any) -> Go:
    """Open ``scene_id`` in place of the current scene."""
    return Go(scene_id, How.REPLACE, args, kwargs)


def reset(scene_id: str, *args: Any, **kwargs: Any) -> Go:
    """Clear the stack and open ``scene_id``."""
    return Go(scene_id, How.RESET, args, kwargs)


Transition = Push | Pop | Replace | Reset | Quit | Go


# -- the scene table ------------------------------------------------------------------


@dataclass(frozen=True)
class TitleDoor:
    """A button on the title screen that opens a scene (made from the game's data alone)."""

    label_key: str  # string id of the button's label
    hotkey: str  # the letter that presses it
    how: How = How.PUSH


@dataclass(frozen=True)
class SceneRow:
    """One scene the game can open by id: how to make it, and its title door if it has one."""

    make: SceneFactory
    door: TitleDoor | None = None


SceneTable = Mapping[str, SceneRow]


def make_scene(table: SceneTable, go: Go) -> Scene:
    """The scene `go` names, made from `table`; KeyError names an unknown id."""
    if go.scene_id not in table:
        raise KeyError(f"no scene is registered as {go.scene_id!r}")
    return table[go.scene_id].make(*go.args, **go.kwargs)
