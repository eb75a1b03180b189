"""Every screen renders headless at 1280x720, in every language, at both text sizes and
both palettes, with every piece of text inside its box."""

from __future__ import annotations

import dataclasses
import itertools

import pygame
import pytest

from game.bots.season import play_season, play_weeks
from game.engine.state import PendingEvent
from game.game_data import GameData
from game.presentation import money
from game.scenes.debrief import DebriefScene
from game.scenes.dialogs import EventDialog
from game.scenes.play import PlayScene
from game.scenes.registry import SCENES
from game.services.presets import available_languages, available_scenarios
from game.services.session import Session
from game.shell import App, Pop, Push, Settings
from game.ui.text_box import layout_text_box, shrink_sizes
from game.ui.text_record import DrawnText, TextRecord
from game.ui.theme import LOGICAL_SIZE_PX, MIN_BODY_TEXT_PX
from tools.screen_tour import tour

from .helpers import make_app

SETTINGS = [Settings(), Settings(high_contrast=True), Settings(text_scale="large"),
            Settings(text_scale="large", high_contrast=True, reduced_motion=True),
            Settings(presenter=True)]
SETTING_NAMES = ["normal", "normal-contrast", "large", "large-contrast", "presenter"]
MIN_TEXT_PX = MIN_BODY_TEXT_PX - 4  # no text on any screen is drawn smaller
OVERLAP_TOLERANCE_PX = 2  # glyph boxes of neighbouring texts may touch, not cross
LANGUAGES = available_languages()
DATA_BY_LANGUAGE = {language: GameData.load(language=language) for language in LANGUAGES}
DATA = DATA_BY_LANGUAGE["en"]


def rendered(app: App) -> pygame.Surface:
    app.step([])
    return app.screen.copy()


def assert_drawn(surface: pygame.Surface) -> None:
    assert surface.get_size() == LOGICAL_SIZE_PX
    colours = {tuple(surface.get_at((x, y))) for x in range(0, 1280, 37)
               for y in range(0, 720, 29)}
    assert len(colours) > 3, "the screen is nearly blank"


def all_screens(tmp_path, display, settings: Settings, data: GameData = DATA):
    """Yield (name, app) at each screen and state of the game (the screen tour), in the
    language of `data`."""
    def app_for(scene) -> App:
        return make_app(tmp_path, display, settings, language=data.language, scene=scene)

    yield from tour(app_for, data)


def text_problems(texts: list[DrawnText]) -> list[str]:
    """What is wrong with a screen's texts: one cut short, drawn below the minimum size,
    or crossing another."""
    problems = [f"cut: {t.text!r}" for t in texts if t.cut]
    problems += [f"{t.size} px (under {MIN_TEXT_PX}): {t.text!r}" for t in texts
                 if t.size < MIN_TEXT_PX]
    for index, first in enumerate(texts):
        a = pygame.Rect(first.rect).inflate(-OVERLAP_TOLERANCE_PX, -OVERLAP_TOLERANCE_PX)
        for second in texts[index + 1:]:
            if a.colliderect(pygame.Rect(second.rect)):
                problems.append(f"overlap: {first.text!r} and {second.text!r}")
    return problems


@pytest.mark.parametrize("settings", SETTINGS, ids=SETTING_NAMES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_renders_and_text_fits(tmp_path, display, settings, language):
    """Every screen of every scene: nothing cut, shrunk below the minimum or crossing
    another text (the top scene's texts, as recorded by the drawing helpers)."""
    shown: set[type] = set()
    data = DATA_BY_LANGUAGE[language]
    for name, app in all_screens(tmp_path, display, settings, data):
        app.context.fonts.overflow_log = []
        app.context.fonts.record = TextRecord()
        assert_drawn(rendered(app))
        assert app.context.fonts.language == language, name
        assert app.context.fonts.overflow_log == [], f"{language} {name}: text overflows its box"
        texts = app.context.fonts.record.top_layer()
        assert texts, f"{language} {name}: no text recorded"
        assert text_problems(texts) == [], f"{language} {name}"
        app.context.fonts.record = None
        shown.update(type(scene) for scene in app.scenes)
    unseen = [scene_id for scene_id, row in SCENES.items() if row.make not in shown]
    assert unseen == [], "every scene in the scene table is rendered here"


@pytest.mark.parametrize("language", LANGUAGES)
def test_weeks_with_many_friends_and_penalties_still_fit(tmp_path, display, language):
    """A gamer's season: dozens of friends, every perk, long feeds."""
    data = DATA_BY_LANGUAGE[language]
    finished = play_season("gamer", 2, content=data.content)
    finished.state.finished = False
    feed = [data.t("outcome.helped", name=data.t("friend.lin.name"))] * 12
    for settings in SETTINGS:
        app = make_app(tmp_path, display, settings, language=language,
                       scene=PlayScene(data, Session(data, make_app(
                           tmp_path, display).context.storage), finished))
        app.top.feed = list(feed)
        finished.state.penalties = [p.id for p in data.content.penalties]
        app.context.fonts.overflow_log = []
        app.top.draw(app.screen)
        assert app.context.fonts.overflow_log == [], language


REFUSALS_WITH_TEXT = ("finished", "event_pending", "money", "hours", "limit", "blocked",
                      "posted", "not_enrolled", "min_score", "max_score")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shop_and_post_tip_fits_its_box_beside_any_refusal(tmp_path, display, language):
    """The details box under the list: the longest reason plus the longest description."""
    data = DATA_BY_LANGUAGE[language]
    for settings in SETTINGS[:2]:
        app = make_app(tmp_path, display, settings, language=language)
        session = Session(data, app.context.storage)
        scene = PlayScene(data, session, session.new_game(seed=9))
        app.apply(Push(scene))
        theme, fonts = app.context.theme, app.context.fonts
        inner = scene.rects["details"].inflate(-2 * theme.spacing.padding,
                                                -2 * theme.spacing.padding)
        smallest = shrink_sizes(theme.fonts.small, MIN_BODY_TEXT_PX)[-1]
        reasons = [data.t(f"refuse.{key}", need=9999, have=9999, limit=3,
                          penalty=data.t("penalty.public_blacklist.name"))
                   for key in REFUSALS_WITH_TEXT]
        tips = [data.t("ui.play.item_tip", desc=data.t(f"item.{item}.desc"),
                       money=money(9999), hours=9) for item in data.content.items]
        tips += [data.t("ui.play.post_tip", desc=data.t(f"post.{post}.desc"), hours=9)
                 for post in data.content.posts]
        for tip in tips:
            for reason in reasons:
                lines, visible, _ = layout_text_box(f"✗ {reason}  {tip}", inner, fonts,
                                                    smallest)
                assert visible == len(lines), (language, reason, tip)


def overflow_after_drawing(app: App) -> list[str]:
    app.context.fonts.overflow_log = []
    app.draw()
    return app.context.fonts.overflow_log


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_event_card_in_every_scenario_fits(tmp_path, display, language):
    for scenario in available_scenarios():
        data = GameData.load(scenario=scenario, language=language)
        for settings in SETTINGS[:2]:
            app = make_app(tmp_path, display, settings, language=language)
            session = Session(data, app.context.storage)
            game = session.new_game(seed=9)
            play = PlayScene(data, session, game)
            app.apply(Push(play))
            for event_id in data.content.events:
                game.state.events = [PendingEvent(event_id, 4)]  # about a named friend
                app.apply(Push(EventDialog(data, game, play.record)))
                assert overflow_after_drawing(app) == [], (language, scenario, event_id)
                app.apply(Pop())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ending_fits_the_debrief_summary(tmp_path, display, language):
    data = DATA_BY_LANGUAGE[language]
    perks = play_season("loyal", 3, content=data.content)
    penalties = play_season("authentic", 3, content=data.content)  # one more line of costs
    assert penalties.state.history[-2].penalties
    for finished, settings in itertools.product((perks, penalties), SETTINGS[:2]):
        app = make_app(tmp_path, display, settings, language=language, scene=DebriefScene(
            data, Session(data, make_app(tmp_path, display).context.storage), finished))
        for ending in data.content.endings:
            app.top.debrief = dataclasses.replace(app.top.debrief, ending=ending.id)
            app.top.rebuild()
            assert overflow_after_drawing(app) == [], (language, ending.id)


def test_the_text_check_sees_cuts_small_text_and_overlaps():
    fine = [DrawnText("Money", (10, 10, 80, 24), 24, False),
            DrawnText("¥400", (120, 10, 60, 24), 24, False)]
    assert text_problems(fine) == []
    assert text_problems(fine + [DrawnText("Wellbe…", (10, 40, 80, 24), 24, True)])
    assert text_problems(fine + [DrawnText("tiny", (10, 40, 30, 10), MIN_TEXT_PX - 1, False)])
    assert text_problems([fine[0], DrawnText("Zhou HaoVery low", (60, 12, 90, 24), 24, False)])


def test_the_text_check_sees_a_line_left_out():
    record = TextRecord()
    record.add("Perks held: 4", pygame.Rect(10, 10, 120, 24), 24, False)
    record.drop("Next: Visa fast track at 750 (26 to go)", 24)
    assert text_problems(record.top_layer()) == [
        "cut: 'Next: Visa fast track at 750 (26 to go)'"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_play_screen_cuts_no_name_over_many_seasons(tmp_path, display, language):
    """Friends' names beside long band words (Spanish "Muy bajo") in large text and on a
    projector, over several worlds and weeks: a name is never cut (the band's shape takes
    its word's place where both do not fit)."""
    data = DATA_BY_LANGUAGE[language]
    for settings in (SETTINGS[2], SETTINGS[4]):
        app = make_app(tmp_path, display, settings, language=language)
        for seed, weeks in itertools.product((1, 4, 7), (3, 6)):
            game = play_weeks("conformist", seed, weeks, content=data.content)
            app.apply(Push(PlayScene(data, Session(data, app.context.storage), game)))
            app.context.fonts.record = TextRecord()
            app.step([])
            cut = [t.text for layer in app.context.fonts.record.layers for t in layer if t.cut]
            app.context.fonts.record = None
            assert cut == [], (language, settings.text_scale, seed, weeks)
            app.apply(Pop())
