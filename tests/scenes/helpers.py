"""Driving the real scenes: an app on a private folder, key presses, clicks on widgets."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.launch import first_scene
from game.services.presets import Presets
from game.shell import App, Settings
from tests.ui_helpers import click, headless_context, key

MAX_FRAMES = 4000  # a whole season takes a few hundred frames; more means something is stuck


def make_app(data_dir: Path, display: pygame.Surface, settings: Settings | None = None,
             scene=None, language: str | None = None) -> App:
    """An app on a private folder; `language` sets the fonts for scenes made outside the
    title screen (which sets them itself)."""
    context = headless_context(data_dir)
    if settings is not None:
        context.apply_settings(settings, save=False)
    if language is not None:
        context.use_language(language)
    context.fonts.overflow_log = []
    app = App(scene or (lambda: first_scene(presets=Presets())), context=context,
              screen=display)
    app.step([])
    return app


def press(app: App, key_code: int, unicode: str = "") -> None:
    app.step([key(key_code, unicode=unicode)])
    app.step([])


def widget_rect(app: App, widget_id: str) -> pygame.Rect:
    return app.top.focus.get(widget_id).rect


def click_widget(app: App, widget_id: str) -> None:
    """Click the centre of a widget of the top scene (scrolling it into view first)."""
    app.top.focus.focus(widget_id)
    app.step([])
    rect = widget_rect(app, widget_id)
    clip = app.top.focus.get(widget_id).clip_rect
    point = (rect.clip(clip) if clip is not None else rect).center
    app.step(click(point))
    app.step([])


def scene_name(app: App) -> str:
    return type(app.top).__name__


def debrief_app(data_dir: Path, display: pygame.Surface, data, game) -> App:
    """An app showing the debrief of a finished `game`, on its own storage."""
    from game.scenes.debrief import DebriefScene
    from game.services.session import Session

    app = make_app(data_dir, display)
    return make_app(data_dir, display,
                    scene=DebriefScene(data, Session(data, app.context.storage), game))


def play_to_debrief(app: App) -> None:
    """From the title, by keyboard: New game, the focused scenario, then every week (the
    event card's focused choice, End week, the summary) until the debrief."""
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    for _ in range(MAX_FRAMES):
        name = scene_name(app)
        if name == "DebriefScene":
            return
        press(app, pygame.K_e if name == "PlayScene" else pygame.K_RETURN)
    raise AssertionError(f"no debrief after {MAX_FRAMES} key presses (stuck in {name})")
