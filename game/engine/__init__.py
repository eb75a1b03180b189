"""The rules engine: pure Python, no pygame, deterministic for a seed and a list of actions.

Import what you need from here: `Game`, the actions, `load_content` and the errors.
"""

from game.engine.actions import (
    Action,
    Befriend,
    Buy,
    Choose,
    EndWeek,
    Help,
    Mute,
    OptIn,
    Publish,
    Report,
    RevealFormula,
    Unfriend,
    WithdrawDraft,
)
from game.engine.content import Content, load_content
from game.engine.errors import ContentError, SaveError
from game.engine.game import Game

__all__ = [
    "Action", "Befriend", "Buy", "Choose", "Content", "ContentError", "EndWeek", "Game", "Help",
    "Mute", "OptIn", "Publish", "Report", "RevealFormula", "SaveError", "Unfriend", "WithdrawDraft",
    "load_content",
]
