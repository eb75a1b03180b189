"""Shared pytest set-up: headless SDL drivers, an initialised pygame, a private data dir.

The SDL variables must be set before pygame is imported anywhere, so they are set at the
top of this file, which pytest imports before any test module.
"""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402  (must come after the environment is set)
import pytest  # noqa: E402

from game.services.storage import DATA_DIR_ENV_VAR  # noqa: E402
from game.ui.text import FontBook  # noqa: E402
from game.ui.theme import LOGICAL_SIZE_PX, Theme  # noqa: E402


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, so nothing touches the real home."""
    data_dir = tmp_path / "user-data"
    monkeypatch.setenv(DATA_DIR_ENV_VAR, str(data_dir))
    return data_dir


@pytest.fixture(scope="session")
def display():
    """pygame initialised with a 1280x720 scaled display on the dummy video driver."""
    pygame.init()
    screen = pygame.display.set_mode(LOGICAL_SIZE_PX, pygame.SCALED)
    yield screen
    pygame.quit()


@pytest.fixture(scope="session")
def fonts(display):
    """One FontBook for the session (loading fonts is the slow part)."""
    return FontBook()


@pytest.fixture
def theme():
    return Theme.from_settings("normal", high_contrast=False)


@pytest.fixture
def canvas(display):
    """A fresh off-screen 1280x720 surface to draw on."""
    return pygame.Surface(LOGICAL_SIZE_PX)
