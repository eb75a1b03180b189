"""Test helpers: synthetic pygame events, a recording demo scene and a headless context.

The demo scene lives here, in the test suite, and nowhere in the game.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.scenes.registry import SCENES
from game.services.storage import FileBackend, Storage
from game.shell import AppContext, Scene, Transition, load_context
from game.ui.sound import SoundBoard
from game.ui.text import FontBook


def key(key_code: int, mod: int = 0, unicode: str = "") -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key_code, mod=mod, unicode=unicode,
                              scancode=0)


def motion(pos: tuple[int, int]) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))


def mouse_down(pos: tuple[int, int], button: int = 1) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)


def mouse_up(pos: tuple[int, int], button: int = 1) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button)


def click(pos: tuple[int, int]) -> list[pygame.event.Event]:
    """What a real left click sends: motion to the spot, press, release."""
    return [motion(pos), mouse_down(pos), mouse_up(pos)]


def wheel(notches: int) -> pygame.event.Event:
    """Wheel away from the user (positive) scrolls content up, i.e. shows earlier rows."""
    return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=notches, precise_x=0.0,
                              precise_y=float(notches), flipped=False)


class SilentMixer:
    """A stand-in for pygame.mixer whose device cannot be opened."""

    def get_init(self):
        return None

    def init(self, *args, **kwargs):
        raise pygame.error("No available audio device")

    def Sound(self, *args, **kwargs):  # noqa: N802 - mirrors pygame.mixer.Sound
        raise AssertionError("Sound must not be created without a mixer")


def headless_context(data_dir: Path, fonts: FontBook | None = None) -> AppContext:
    """An AppContext on a private folder, with real fonts (new ones start in the saved
    language), a silent sound board and the game's scene table."""
    return load_context(
        storage=Storage(FileBackend(data_dir)),
        fonts=fonts,
        sounds=SoundBoard(mixer=SilentMixer()),
        scenes=SCENES,
    )


class RecordingScene(Scene):
    """A demo scene that records its lifecycle into a shared log and replays scripted
    transitions: ``on_event`` maps a key code to the transition to return."""

    def __init__(
        self,
        name: str,
        log: list[str],
        *,
        overlay: bool = False,
        on_event: dict[int, Callable[[], Transition]] | None = None,
        on_update: Callable[[int], Transition | None] | None = None,
        color: tuple[int, int, int] = (200, 30, 30),
        rect: pygame.Rect | None = None,
    ) -> None:
        self.name = name
        self.log = log
        self.is_overlay = overlay
        self.on_event = on_event or {}
        self.on_update = on_update
        self.color = color
        self.rect = rect or pygame.Rect(0, 0, 1280, 720)
        self.updates = 0
        self.events: list[int] = []

    def enter(self, context: AppContext) -> None:
        super().enter(context)
        self.log.append(f"enter {self.name}")

    def leave(self) -> None:
        self.log.append(f"leave {self.name}")

    def resume(self) -> None:
        self.log.append(f"resume {self.name}")

    def handle(self, event: pygame.event.Event) -> Transition | None:
        self.events.append(event.type)
        if event.type == pygame.KEYDOWN and event.key in self.on_event:
            return self.on_event[event.key]()
        return None

    def update(self, dt_seconds: float) -> Transition | None:
        self.updates += 1
        self.log.append(f"update {self.name}")
        return self.on_update(self.updates) if self.on_update else None

    def draw(self, surface: pygame.Surface) -> None:
        self.log.append(f"draw {self.name}")
        surface.fill(self.color, self.rect)
