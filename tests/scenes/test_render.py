"""Every screen renders headless at 1280x720, at both text sizes and both palettes, with
every piece of text inside its box."""

from __future__ import annotations

import pygame
import pytest

from game.app import App, Pop, Push, Settings
from game.bots.season import play_season, summary
from game.game_data import GameData
from game.scenes.class_results import ClassResultsScene
from game.scenes.debrief import PAGES, DebriefScene
from game.scenes.error import ContentErrorScene
from game.scenes.pause import PauseMenu
from game.scenes.play import PlayScene
from game.scenes.title import TitleScene
from game.session import Session
from game.ui.theme import LOGICAL_SIZE_PX

from .helpers import make_app

SETTINGS = [Settings(), Settings(text_scale="large"),
            Settings(text_scale="large", high_contrast=True, reduced_motion=True)]
DATA = GameData.load()


def rendered(app: App) -> pygame.Surface:
    app.step([])
    return app.screen.copy()


def assert_drawn(surface: pygame.Surface) -> None:
    assert surface.get_size() == LOGICAL_SIZE_PX
    colours = {tuple(surface.get_at((x, y))) for x in range(0, 1280, 37)
               for y in range(0, 720, 29)}
    assert len(colours) > 3, "the screen is nearly blank"


def all_screens(tmp_path, display, settings: Settings):
    """Yield (name, app) at each screen of the game."""
    app = make_app(tmp_path, display, settings, scene=TitleScene(DATA))
    yield "title", app
    app.apply(app.top.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0,
                                                unicode="", scancode=0)))
    yield "scenario-picker", app
    app.apply(Pop())
    app.apply(app.top.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_w, mod=0,
                                                unicode="w", scancode=0)))
    app.step([pygame.event.Event(pygame.TEXTINPUT, text="2600-3RJ0-MX")])
    app.apply(app.top.activate("start"))
    yield "world-code", app
    app.apply(Pop())
    results = make_app(tmp_path, display, settings, scene=ClassResultsScene(DATA))
    results.top.field.text = " ".join(
        summary(play_season(s, 4, content=DATA.content), s)["result_code"]
        for s in ("conformist", "authentic", "gamer", "loyal", "random")) + " WRONG"
    results.top.add_code()
    yield "class-results", results
    session = Session(DATA, app.context.storage)
    game = session.new_game(seed=9)
    app.apply(Push(PlayScene(DATA, session, game)))
    app.step([])
    yield "event", app
    app.apply(app.top.activate("opt_in"))
    app.step([])
    for tab in ("shop", "post", "friends"):
        app.apply(app.top.activate(f"tab:{tab}"))
        yield f"play-{tab}", app
    app.apply(app.top.activate("friend:4"))
    yield "friend", app
    app.apply(app.top.activate("close"))
    app.apply(app.top.end_week())
    yield "summary", app
    app.apply(app.top.activate("continue"))
    app.apply(Push(PauseMenu(DATA, session, game)))
    yield "pause", app
    app.apply(app.top.activate("settings"))
    yield "settings", app
    finished = play_season("conformist", 9, content=DATA.content)
    debrief = make_app(tmp_path, display, settings, scene=DebriefScene(DATA, session, finished))
    for page in PAGES:
        debrief.top.page = page
        debrief.top.rebuild()
        yield f"debrief-{page}", debrief
    error = make_app(tmp_path, display, settings, scene=ContentErrorScene(
        "assets/data/items.toml, item 'diapers', field 'price': must be a whole number"))
    yield "error", error


@pytest.mark.parametrize("settings", SETTINGS, ids=["normal", "large", "large-contrast"])
def test_every_screen_renders_and_text_fits(tmp_path, display, settings):
    names = []
    for name, app in all_screens(tmp_path, display, settings):
        app.context.fonts.overflow_log = []
        assert_drawn(rendered(app))
        assert app.context.fonts.overflow_log == [], f"{name}: text overflows its box"
        names.append(name)
    assert len(names) == 18


def test_weeks_with_many_friends_and_penalties_still_fit(tmp_path, display):
    """A gamer's season: dozens of friends, every perk, long feeds."""
    finished = play_season("gamer", 2, content=DATA.content)
    finished.state.finished = False
    for settings in SETTINGS:
        app = make_app(tmp_path, display, settings,
                       scene=PlayScene(DATA, Session(DATA, make_app(
                           tmp_path, display).context.storage), finished))
        app.top.feed = [f"Message number {n} about something that happened." for n in range(12)]
        finished.state.penalties = [p.id for p in DATA.content.penalties]
        app.context.fonts.overflow_log = []
        app.top.draw(app.screen)
        assert app.context.fonts.overflow_log == []
