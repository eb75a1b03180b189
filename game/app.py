"""The application shell: window, clock, scene stack, shared context and the async loop.

Scenes sit on a stack. The top scene gets the events and the update; it answers with a
``Transition`` (``Push``, ``Pop``, ``Replace``, ``Quit``) instead of changing the stack
itself. Overlay scenes are drawn over the scenes below them. ``App.step`` runs exactly one
frame from a list of events, so tests drive the app frame by frame; ``run`` is the real
loop, which awaits ``asyncio.sleep(0)`` every frame as pygbag requires in the browser.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pygame

from game.game_data import DEFAULT_LANGUAGE
from game.services import web
from game.services.accessibility import LiveRegion
from game.services.presets import available_languages
from game.services.storage import Storage, WriteResult
from game.ui.sound import SoundBoard
from game.ui.text import FontBook
from game.ui.theme import LOGICAL_SIZE_PX, TextScale, Theme

WINDOW_TITLE = "Credit to Society"
FRAME_RATE_HZ = 60
MAX_FRAME_DT_S = 0.1  # a longer pause (window dragged, tab hidden) counts as this long
MIXER_FREQUENCY_HZ = 44100
MIXER_SIZE_BITS = -16  # signed 16-bit samples
MIXER_CHANNELS = 2
MIXER_BUFFER_SAMPLES = 512  # small buffer: cues start within ~12 ms
KEY_REPEAT_DELAY_MS = 400  # holding an arrow key starts repeating after this
KEY_REPEAT_INTERVAL_MS = 60  # and then repeats this often
SETTINGS_DOCUMENT = "settings"
DEFAULT_INITIAL_SCENE = "game.scenes.boot:first_scene"  # "module:attribute" making the first scene
RUNNING_IN_BROWSER = web.RUNNING_IN_BROWSER


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


Transition = Push | Pop | Replace | Reset | Quit


# -- settings and context -------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """The player's display, sound and language preferences, stored as ``settings.json``."""

    text_scale: str = TextScale.NORMAL.value
    high_contrast: bool = False
    muted: bool = False
    reduced_motion: bool = False
    language: str = DEFAULT_LANGUAGE  # a folder under assets/data/strings
    presenter: bool = False  # projector: large text, high contrast, no motion, teacher keys

    @property
    def motion_reduced(self) -> bool:
        """Whether animations are off (asked for, or presenter mode)."""
        return self.reduced_motion or self.presenter

    def theme(self) -> Theme:
        """The theme these settings ask for; presenter mode forces large, high contrast."""
        if self.presenter:
            return Theme.from_settings(TextScale.LARGE.value, True)
        return Theme.from_settings(self.text_scale, self.high_contrast)

    def to_json(self) -> dict[str, Any]:
        return {"text_scale": self.text_scale, "high_contrast": self.high_contrast,
                "muted": self.muted, "reduced_motion": self.reduced_motion,
                "language": self.language, "presenter": self.presenter}

    @classmethod
    def from_json(cls, data: Mapping[str, Any],
                  languages: Iterable[str] | None = None) -> tuple[Settings, list[str]]:
        """Settings from a stored document, plus a problem for each value ignored.

        ``languages`` are the ones the game has (default: the string-table folders).
        Unknown keys are ignored silently (a newer version may have written them).
        """
        settings, problems = cls(), []
        language = data.get("language", settings.language)
        known = list(languages) if languages is not None else available_languages()
        if isinstance(language, str) and language in known:
            settings = replace(settings, language=language)
        else:
            problems.append(f"settings: language {language!r} is not one of {', '.join(known)}")
        scale = data.get("text_scale", settings.text_scale)
        if scale in {member.value for member in TextScale}:
            settings = replace(settings, text_scale=scale)
        else:
            problems.append(f"settings: text_scale {scale!r} is not 'normal' or 'large'")
        for flag in ("high_contrast", "muted", "reduced_motion", "presenter"):
            value = data.get(flag, getattr(settings, flag))
            if isinstance(value, bool):
                settings = replace(settings, **{flag: value})
            else:
                problems.append(f"settings: {flag} must be true or false, not {value!r}")
        return settings, problems


@dataclass
class AppContext:
    """What every scene may use; passed to ``Scene.enter``. No globals anywhere."""

    theme: Theme
    fonts: FontBook
    sounds: SoundBoard
    settings: Settings
    storage: Storage
    problems: list[str] = field(default_factory=list)  # start-up problems to show once
    live: LiveRegion = field(default_factory=LiveRegion)  # screen text for screen readers

    def use_language(self, language: str) -> None:
        """Draw text with ``language``'s fonts (the scenes' strings are in that language)."""
        self.fonts.set_language(language)

    def apply_settings(self, settings: Settings, *, save: bool = True) -> WriteResult | None:
        """Switch to new settings: rebuild the theme, mute or unmute, and save them."""
        self.settings = settings
        self.theme = settings.theme()
        self.sounds.muted = settings.muted
        if save:
            return self.storage.write_json(SETTINGS_DOCUMENT, settings.to_json())
        return None


def load_settings(storage: Storage) -> tuple[Settings, list[str]]:
    """The stored settings (defaults if none), plus a problem for anything ignored."""
    result = storage.read_json(SETTINGS_DOCUMENT)
    problems = [result.problem] if result.problem else []
    settings = Settings()
    if result.data is not None:
        settings, setting_problems = Settings.from_json(result.data)
        problems += setting_problems
    return settings, problems


def load_context(
    storage: Storage | None = None,
    fonts: FontBook | None = None,
    sounds: SoundBoard | None = None,
) -> AppContext:
    """Read the settings and build the theme, fonts and sounds (pygame must be initialised).

    The fonts start in the saved language; the first scene switches them if a link or the
    command line asks for another."""
    storage = storage or Storage.for_this_platform()
    settings, problems = load_settings(storage)
    fonts = fonts or FontBook(language=settings.language)
    sounds = sounds or SoundBoard(muted=settings.muted)
    sounds.muted = settings.muted
    return AppContext(
        theme=settings.theme(),
        fonts=fonts,
        sounds=sounds,
        settings=settings,
        storage=storage,
        problems=problems,
    )


# -- scenes ---------------------------------------------------------------------------


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


SceneFactory = Callable[[], Scene]


# -- the application ------------------------------------------------------------------


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
    ) -> None:
        self.screen = screen if screen is not None else create_window()
        self.context = context if context is not None else load_context()
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
        for scene in self._stack[max(first, 0):]:
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


async def start(scene_factory: SceneFactory) -> None:
    """Open the window and run the game until the player quits (main.py's coroutine).

    An error that stops the game is also shown on the web page, where the player would
    otherwise see a frozen canvas; then it is raised as usual."""
    try:
        await run(App(scene_factory))
    except Exception as error:
        web.report_crash(error)
        raise


def load_scene_factory(spec: str) -> SceneFactory:
    """Import a scene class or factory named "package.module:attribute"."""
    module_name, _, attribute = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        factory = getattr(module, attribute)
    except (ImportError, AttributeError) as error:
        raise SystemExit(f"cannot start: initial scene {spec!r} not found ({error})") from error
    if not callable(factory):
        raise SystemExit(f"cannot start: {spec!r} is not a scene class or factory")
    return factory


USAGE = """usage: credit-to-society [--seed N] [--scenario ID] [--lang CODE]

Opens the game. --seed starts New game in that world (the same seed gives the same world
on any machine); --scenario and --lang pick a scenario file and a language. Values the game
does not know are ignored, with a notice on the title screen."""


def main(scene_factory: SceneFactory | None = None) -> None:
    """Console entry point: open the window and run until the player quits."""
    if any(word in ("-h", "--help") for word in sys.argv[1:]):
        print(USAGE)
        return
    factory = scene_factory or load_scene_factory(DEFAULT_INITIAL_SCENE)
    asyncio.run(start(factory))
