"""The application: the window, the clock, the scene stack and the async loop.

``App.step`` runs exactly one frame from a list of events, so tests drive the app frame by
frame; ``run`` is the real loop, which awaits ``asyncio.sleep(0)`` every frame as pygbag
requires in the browser. Scenes named by id (``Go``) are made from the context's scene
table; the shell itself knows no scene.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import pygame

from game.services import web
from game.shell.context import AppContext, load_context
from game.shell.scene import (
    Go,
    How,
    Pop,
    Push,
    Quit,
    Replace,
    Reset,
    Scene,
    SceneFactory,
    SceneTable,
    Transition,
    make_scene,
)
from game.ui.theme import LOGICAL_SIZE_PX

WINDOW_TITLE = "Credit to Society"
FRAME_RATE_HZ = 60
MAX_FRAME_DT_S = 0.1  # a longer pause (window dragged, tab hidden) counts as this long
MIXER_FREQUENCY_HZ = 44100
MIXER_SIZE_BITS = -16  # signed 16-bit samples
MIXER_CHANNELS = 2
MIXER_BUFFER_SAMPLES = 512  # small buffer: cues start within ~12 ms
KEY_REPEAT_DELAY_MS = 400  # holding an arrow key starts repeating after this
KEY_REPEAT_INTERVAL_MS = 60  # and then repeats this often
RUNNING_IN_BROWSER = web.RUNNING_IN_BROWSER
MOVES = {How.PUSH: Push, How.REPLACE: Replace, How.RESET: Reset}  # a named scene's move


def create_window() -> pygame.Surface:
    """Initialise pygame and open the fixed-size, scaled window (logical 1280x720)."""
    pygame.mixer.pre_init(MIXER_FREQUENCY_HZ, MIXER_SIZE_BITS, MIXER_CHANNELS,
                          MIXER_BUFFER_SAMPLES)
    pygame.init()
    pygame.display.set_caption(WINDOW_TITLE)
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX, pygame.SCALED)
    pygame.key.set_repeat(KEY_REPEAT_DELAY_MS, KEY_REPEAT_INTERVAL_MS)
    return screen


class App:
    """Owns the window surface, the clock, the scene stack and the shared context."""

    def __init__(
        self,
        initial_scene: Scene | SceneFactory,
        *,
        context: AppContext | None = None,
        screen: pygame.Surface | None = None,
        scenes: SceneTable | None = None,
    ) -> None:
        self.screen = screen if screen is not None else create_window()
        self.context = context if context is not None else load_context()
        if scenes is not None:
            self.context.scenes = scenes
        self.clock = pygame.time.Clock()
        self.running = True
        self._stack: list[Scene] = []
        scene = initial_scene if isinstance(initial_scene, Scene) else initial_scene()
        self.apply(Push(scene))

    @property
    def scenes(self) -> tuple[Scene, ...]:
        """The stack, bottom first."""
        return tuple(self._stack)

    @property
    def top(self) -> Scene | None:
        return self._stack[-1] if self._stack else None

    def step(
        self, events: Iterable[pygame.event.Event], dt_seconds: float = 1 / FRAME_RATE_HZ
    ) -> bool:
        """Run one frame: events, update, draw. Returns False once the app should stop."""
        for event in events:
            if not self.running:
                break
            if event.type == pygame.QUIT:
                self.apply(Quit())
            elif event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
                toggle_fullscreen()
            elif self.top is not None:
                self.apply(self.top.handle(event))
        if self.running and self.top is not None:
            self.apply(self.top.update(min(max(dt_seconds, 0.0), MAX_FRAME_DT_S)))
        if self.running:
            self.draw()
            self.context.live.announce(self.top.spoken_text() if self.top else "")
        return self.running

    def draw(self) -> None:
        """Draw the top scene and, under an overlay, the scenes it covers."""
        self.screen.fill(self.context.theme.palette.background)
        first = len(self._stack) - 1
        while first > 0 and self._stack[first].is_overlay:
            first -= 1
        record = self.context.fonts.record
        for scene in self._stack[max(first, 0):]:
            if record is not None:
                record.begin_layer()  # a check looks at the top scene's texts alone
            scene.keep_layout_current()
            scene.draw(self.screen)

    def apply(self, transition: Transition | None) -> None:
        """Carry out a scene's transition (None: stay)."""
        if transition is None:
            return
        if isinstance(transition, Push):
            transition.scene.enter(self.context)
            self._stack.append(transition.scene)
        elif isinstance(transition, Pop):
            if self._stack:
                self._stack.pop().leave()
            if self._stack:
                self._stack[-1].resume()
        elif isinstance(transition, Replace):
            if self._stack:
                self._stack.pop().leave()
            transition.scene.enter(self.context)
            self._stack.append(transition.scene)
        elif isinstance(transition, Reset):
            while self._stack:
                self._stack.pop().leave()
            transition.scene.enter(self.context)
            self._stack.append(transition.scene)
        elif isinstance(transition, Quit):
            self.running = False
        elif isinstance(transition, Go):
            self.apply(MOVES[transition.how](make_scene(self.context.scenes, transition)))
            return
        else:
            raise TypeError(f"not a transition: {transition!r}")
        if not self._stack:
            self.running = False
        if not self.running:
            while self._stack:
                self._stack.pop().leave()


def toggle_fullscreen() -> None:
    """F11 on the desktop: switch between window and full screen (a projector's friend)."""
    if RUNNING_IN_BROWSER:
        return
    try:
        pygame.display.toggle_fullscreen()
    except pygame.error:
        pass  # some video drivers cannot; staying windowed is fine


async def run(app: App, frame_rate_hz: int = FRAME_RATE_HZ) -> None:
    """The main loop. Yields to the browser with ``asyncio.sleep(0)`` every frame."""
    while app.running:
        dt_seconds = app.clock.tick(frame_rate_hz) / 1000
        if app.step(pygame.event.get(), dt_seconds):
            pygame.display.flip()
        await asyncio.sleep(0)
    pygame.quit()


async def start(scene_factory: SceneFactory, scenes: SceneTable) -> None:
    """Open the window and run the game until the player quits (main.py's coroutine), with
    `scenes` as the table of scenes opened by id.

    An error that stops the game is also shown on the web page, where the player would
    otherwise see a frozen canvas; then it is raised as usual."""
    try:
        await run(App(scene_factory, scenes=scenes))
    except Exception as error:
        web.report_crash(error)
        raise
