"""pygbag's entry point (and the desktop's): run the game's async loop."""

import asyncio

from game.app import App, run
from game.scenes.boot import first_scene

asyncio.run(run(App(first_scene)))
