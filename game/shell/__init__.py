"""The application shell: the window, the loop, the scene stack, settings and the context.

It knows no scene: scenes name each other by id (`push("settings", data)`) and the shell
makes them from the scene table the game starts it with. Import from here.
"""

from game.shell.app import RUNNING_IN_BROWSER, App, create_window, run, start
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
    SceneRow,
    SceneTable,
    TitleDoor,
    Transition,
    push,
    replace,
    reset,
)
from game.shell.settings import SETTINGS_DOCUMENT, Settings, load_settings

__all__ = [
    "App", "AppContext", "Go", "How", "Pop", "Push", "Quit", "RUNNING_IN_BROWSER", "Replace",
    "Reset", "SETTINGS_DOCUMENT", "Scene", "SceneFactory", "SceneRow", "SceneTable",
    "Settings", "TitleDoor", "Transition", "create_window", "load_context", "load_settings",
    "push", "replace", "reset", "run", "start",
]
