"""What every scene may use (`AppContext`), and how it is built at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.services.accessibility import LiveRegion
from game.services.storage import Storage, WriteResult
from game.shell.scene import SceneTable
from game.shell.settings import SETTINGS_DOCUMENT, Settings, load_settings
from game.ui.sound import SoundBoard
from game.ui.text import FontBook
from game.ui.theme import Theme


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
    scenes: SceneTable = field(default_factory=dict)  # the scenes opened by id (`Go`)

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


def load_context(
    storage: Storage | None = None,
    fonts: FontBook | None = None,
    sounds: SoundBoard | None = None,
    scenes: SceneTable | None = None,
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
        scenes=scenes if scenes is not None else {},
    )
