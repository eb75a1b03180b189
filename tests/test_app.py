"""The application shell: scene stack transitions, overlays, settings and the async loop."""

import asyncio

import pygame
import pytest

from game.services.storage import FileBackend, Storage
from game.shell import (
    App,
    AppContext,
    Pop,
    Push,
    Quit,
    Replace,
    Scene,
    SceneRow,
    Settings,
    push,
    replace,
    reset,
    run,
)
from game.shell import app as app_module
from tests.ui_helpers import RecordingScene, headless_context, key

FRAME_S = 1 / 60


@pytest.fixture
def context(display, fonts, private_data_dir) -> AppContext:
    return headless_context(private_data_dir, fonts)


def make_app(scene, context, display):
    return App(scene, context=context, screen=display)


def test_initial_scene_is_entered_and_drawn(context, display):
    log = []
    app = make_app(RecordingScene("title", log), context, display)
    assert app.step([], FRAME_S)
    assert log == ["enter title", "update title", "draw title"]
    assert tuple(display.get_at((5, 5)))[:3] == (200, 30, 30)


def test_initial_scene_may_be_a_factory(context, display):
    log = []
    app = make_app(lambda: RecordingScene("made", log), context, display)
    assert app.top.name == "made" and app.top.context is context


def test_push_pop_replace_quit(context, display):
    log = []
    settings = RecordingScene("settings", log)
    debrief = RecordingScene("debrief", log)
    title = RecordingScene("title", log, on_event={
        pygame.K_s: lambda: Push(settings),
        pygame.K_d: lambda: Replace(debrief),
    })
    settings.on_event = {pygame.K_ESCAPE: Pop}
    debrief.on_event = {pygame.K_q: Quit}
    app = make_app(title, context, display)

    app.step([key(pygame.K_s)], FRAME_S)
    assert [s.name for s in app.scenes] == ["title", "settings"]
    app.step([key(pygame.K_ESCAPE)], FRAME_S)
    assert [s.name for s in app.scenes] == ["title"]
    app.step([key(pygame.K_d)], FRAME_S)
    assert [s.name for s in app.scenes] == ["debrief"]
    assert app.step([key(pygame.K_q)], FRAME_S) is False
    assert not app.running and app.scenes == ()
    lifecycle = [line for line in log if not line.startswith(("update", "draw"))]
    assert lifecycle == [
        "enter title", "enter settings", "leave settings", "resume title", "leave title",
        "enter debrief", "leave debrief",
    ]


def test_only_the_top_scene_gets_events_and_updates(context, display):
    log = []
    below = RecordingScene("below", log)
    above = RecordingScene("above", log)
    app = make_app(below, context, display)
    app.apply(Push(above))
    log.clear()
    app.step([key(pygame.K_a)], FRAME_S)
    assert below.events == [] and above.events == [pygame.KEYDOWN]
    assert "update below" not in log and "update above" in log


def test_overlay_is_drawn_over_the_scene_below(context, display):
    log = []
    play = RecordingScene("play", log, color=(10, 120, 10))
    dialog = RecordingScene("dialog", log, overlay=True, color=(10, 10, 200),
                            rect=pygame.Rect(400, 200, 400, 200))
    app = make_app(play, context, display)
    app.apply(Push(dialog))
    log.clear()
    app.step([], FRAME_S)
    assert [line for line in log if line.startswith("draw")] == ["draw play", "draw dialog"]
    assert tuple(display.get_at((10, 10)))[:3] == (10, 120, 10)
    assert tuple(display.get_at((600, 300)))[:3] == (10, 10, 200)


def test_a_full_screen_scene_hides_what_is_below(context, display):
    log = []
    app = make_app(RecordingScene("play", log), context, display)
    app.apply(Push(RecordingScene("society", log)))
    log.clear()
    app.step([], FRAME_S)
    assert [line for line in log if line.startswith("draw")] == ["draw society"]


def test_transition_returned_from_update_is_applied(context, display):
    log = []
    splash = RecordingScene("splash", log,
                            on_update=lambda n: Replace(RecordingScene("title", log)) if n == 2
                            else None)
    app = make_app(splash, context, display)
    app.step([], FRAME_S)
    app.step([], FRAME_S)
    assert app.top.name == "title"


def test_window_close_quits_and_every_scene_leaves(context, display):
    log = []
    app = make_app(RecordingScene("a", log), context, display)
    app.apply(Push(RecordingScene("b", log)))
    assert app.step([pygame.event.Event(pygame.QUIT)], FRAME_S) is False
    assert log[-2:] == ["leave b", "leave a"]


def test_popping_the_last_scene_stops_the_app(context, display):
    app = make_app(RecordingScene("only", [], on_event={pygame.K_ESCAPE: Pop}), context, display)
    assert app.step([key(pygame.K_ESCAPE)], FRAME_S) is False


def test_events_after_quit_are_not_delivered(context, display):
    scene = RecordingScene("a", [], on_event={pygame.K_q: Quit})
    app = make_app(scene, context, display)
    app.step([key(pygame.K_q), key(pygame.K_x)], FRAME_S)
    assert scene.events == [pygame.KEYDOWN]


def test_dt_is_clamped(context, display):
    seen = []

    class Timer(Scene):
        def update(self, dt_seconds):
            seen.append(dt_seconds)

    app = make_app(Timer(), context, display)
    app.step([], 5.0)
    app.step([], -1.0)
    assert seen == [app_module.MAX_FRAME_DT_S, 0.0]


def test_a_wrong_return_value_is_reported(context, display):
    class Confused(Scene):
        def update(self, dt_seconds):
            return "title"

    app = make_app(Confused(), context, display)
    with pytest.raises(TypeError, match="not a transition"):
        app.step([], FRAME_S)


def test_run_yields_to_the_event_loop_every_frame(context, display, monkeypatch):
    sleeps = []
    real_sleep = asyncio.sleep

    async def counting_sleep(delay):
        sleeps.append(delay)
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", counting_sleep)
    monkeypatch.setattr(pygame, "quit", lambda: None)  # keep the session's display alive
    scene = RecordingScene("a", [], on_update=lambda n: Quit() if n == 5 else None)
    app = make_app(scene, context, display)
    asyncio.run(run(app, frame_rate_hz=1000))
    assert scene.updates == 5
    assert sleeps == [0] * 5


def test_settings_load_and_apply(display, fonts, private_data_dir):
    storage = Storage(FileBackend(private_data_dir))
    storage.write_json("settings", {"text_scale": "large", "high_contrast": True, "muted": True})
    context = headless_context(private_data_dir, fonts)
    assert context.settings == Settings("large", True, True)
    assert context.theme.high_contrast and context.theme.fonts.body >= 28
    assert context.sounds.muted and context.problems == []
    assert context.apply_settings(Settings()).ok
    assert context.theme.fonts.body < 28 and not context.sounds.muted
    assert storage.read_json("settings").data == Settings().to_json()


def test_bad_settings_are_reported_and_defaulted(display, fonts, private_data_dir):
    storage = Storage(FileBackend(private_data_dir))
    storage.write_json("settings", {"text_scale": "huge", "muted": "yes", "extra": 1})
    context = headless_context(private_data_dir, fonts)
    assert context.settings == Settings()
    assert len(context.problems) == 2


def test_the_language_is_saved_and_an_unknown_one_is_defaulted(display, private_data_dir):
    storage = Storage(FileBackend(private_data_dir))
    storage.write_json("settings", {"language": "zh"})
    context = headless_context(private_data_dir)
    assert context.settings.language == "zh" and context.problems == []
    assert context.fonts.language == "zh"  # a new FontBook starts in the saved language
    assert context.apply_settings(Settings(language="es")).ok
    assert storage.read_json("settings").data["language"] == "es"
    storage.write_json("settings", {"language": "tlh", "muted": True})
    context = headless_context(private_data_dir)
    assert context.settings == Settings(muted=True)
    assert context.settings.language == "en"
    assert ["language" in problem and "tlh" in problem for problem in context.problems] == [True]


def test_settings_check_the_language_against_the_ones_given():
    settings, problems = Settings.from_json({"language": "es"}, languages=["en"])
    assert settings.language == "en" and len(problems) == 1
    assert Settings.from_json({"language": "es"}, languages=["en", "es"])[0].language == "es"


def test_corrupt_settings_file_is_reported_at_start_up(display, fonts, private_data_dir):
    private_data_dir.mkdir(parents=True, exist_ok=True)
    (private_data_dir / "settings.json").write_text("{oops")
    context = headless_context(private_data_dir, fonts)
    assert context.settings == Settings()
    assert "settings.corrupt-1.json" in context.problems[0]


def test_a_scene_named_by_id_is_made_from_the_scene_table(context, display):
    log: list[str] = []
    table = {"other": SceneRow(RecordingScene)}
    app = App(RecordingScene("start", log), context=context, screen=display, scenes=table)
    app.apply(push("other", "first", log))
    assert [scene.name for scene in app.scenes] == ["start", "first"]
    app.apply(replace("other", name="second", log=log))
    assert [scene.name for scene in app.scenes] == ["start", "second"]
    app.apply(reset("other", "third", log, overlay=True))
    assert [scene.name for scene in app.scenes] == ["third"] and app.top.is_overlay
    assert "leave start" in log and "leave first" in log
    with pytest.raises(KeyError, match="no scene is registered as 'missing'"):
        app.apply(push("missing"))
