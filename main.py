"""pygbag's entry point (and the desktop's): run the game's async loop.

pygbag's browser runtime installs only the packages this file's own text names (its
imports and the PEP 723 block below), not those imported deeper in game/, so every
third-party package the game uses is imported here. `tools/build_web.py` checks it.
"""

# /// script
# requires-python = ">=3.11"
# dependencies = [
#     "pygame-ce",
# ]
# ///

import asyncio

import pygame  # noqa: F401 - named here so that the browser runtime installs it

from game.launch import play

asyncio.run(play())
