"""Saves and settings in the browser's localStorage: a reload continues; a corrupt stored
value is reported, kept aside under another key, and the game starts fresh."""

from __future__ import annotations

import pygame
import pytest

from game.engine import EndWeek
from game.game_data import GameData
from game.services import web
from game.services.session import Session
from game.services.storage import FileBackend, LocalStorageBackend, MemoryBackend, Storage
from tests.web.runtime_harness import FakeLocalStorage

DATA = GameData.load()


def test_a_reload_continues_where_the_player_was():
    page = FakeLocalStorage()
    session = Session(DATA, Storage(LocalStorageBackend(page)))
    game = session.new_game(seed=5)
    while game.state.events:
        game.act(__import__("game.engine", fromlist=["Choose"]).Choose(
            game.content.events[game.state.events[0].event_id].choices[-1].id))
    game.act(EndWeek())
    session.save(game)
    assert all(key.startswith("credit-to-society/") for key in page.items)
    reloaded = Session(DATA, Storage(LocalStorageBackend(page))).load()
    assert reloaded.problem is None
    assert reloaded.game.state.to_dict() == game.state.to_dict()


def test_a_corrupt_stored_save_is_kept_aside_and_reported():
    page = FakeLocalStorage()
    page.setItem("credit-to-society/season.json", "{ broken")
    result = Session(DATA, Storage(LocalStorageBackend(page))).load()
    assert result.game is None and "browser" in result.problem
    assert page.getItem("credit-to-society/season.corrupt-1.json") == "{ broken"
    assert page.getItem("credit-to-society/season.json") is None


def test_storage_refusing_a_write_is_a_reported_problem_not_a_crash():
    class FullStorage(FakeLocalStorage):
        def setItem(self, key, value):  # noqa: N802
            raise RuntimeError("QuotaExceededError")

    storage = Storage(LocalStorageBackend(FullStorage()))
    assert storage.write_json("settings", {"muted": True}).problem


def test_the_browser_gets_local_storage_or_memory_and_the_desktop_files(monkeypatch):
    page = FakeLocalStorage()
    monkeypatch.setattr(web, "local_storage", lambda: page)
    monkeypatch.setattr(web, "RUNNING_IN_BROWSER", True)
    storage = Storage.for_this_platform()
    assert isinstance(storage.backend, LocalStorageBackend) and storage.persistent
    monkeypatch.setattr(web, "local_storage", lambda: None)  # the browser blocks it
    storage = Storage.for_this_platform()
    assert isinstance(storage.backend, MemoryBackend) and not storage.persistent
    assert storage.write_json("settings", {"muted": True}).ok  # the session still saves
    monkeypatch.setattr(web, "RUNNING_IN_BROWSER", False)
    storage = Storage.for_this_platform()
    assert isinstance(storage.backend, FileBackend) and storage.persistent


def test_the_title_says_when_saves_will_not_be_kept(tmp_path, display):
    from tests.scenes.helpers import make_app

    app = make_app(tmp_path, display)
    assert app.top.notices == []
    app.context.storage = Storage(MemoryBackend(), persistent=False)
    app.top.enter(app.context)
    assert app.top.notices == [DATA.t("ui.title.storage_memory")]


@pytest.mark.parametrize("in_browser", [False, True])
def test_the_debrief_image_is_a_file_or_a_download(tmp_path, display, monkeypatch, in_browser):
    from game.services.exporting import export_png

    offered = []
    monkeypatch.setattr(web, "RUNNING_IN_BROWSER", in_browser)
    monkeypatch.setattr(web, "offer_download", lambda path: offered.append(path) or True)
    import game.services.exporting as exporting

    monkeypatch.setattr(exporting, "BROWSER_TEMP_DIR", tmp_path / "browser-fs")
    surface = pygame.Surface((64, 32))
    result = export_png(surface, "debrief", folder=tmp_path / "desktop")
    assert result.problem is None and result.path.is_file()
    assert pygame.image.load(str(result.path)).get_size() == (64, 32)
    assert result.downloaded == in_browser
    assert offered == ([result.path] if in_browser else [])


def test_a_store_that_throws_on_every_call_is_reported_never_raised():
    class Broken:
        length = property(lambda self: (_ for _ in ()).throw(Exception("SecurityError")))

        def __getattr__(self, name):
            raise Exception(f"SecurityError: {name}")  # noqa: TRY002 - what JavaScript sends

    storage = Storage(LocalStorageBackend(Broken()))
    assert storage.write_json("settings", {"muted": True}).problem
    assert storage.read_json("settings").problem
    assert storage.set_aside("season", "damaged").problem


@pytest.mark.parametrize("damage", [5, [1], {"shown": 5}, {"shown": {"score": "x"}},
                                    {"shown": {"score": 10**9, "ending": "model_citizen"}},
                                    {"shown": {"ending": ["x"]}}])
def test_a_damaged_season_archive_is_ignored_not_shown(tmp_path, damage):
    from game.bots.season import play_season
    from game.services.season_archive import ARCHIVE_DOCUMENT, other_run, remember
    from game.services.storage import MemoryBackend

    game = play_season("loyal", 4)
    storage = Storage(MemoryBackend())
    storage.write_json(ARCHIVE_DOCUMENT, {game.seed_code(): damage})
    assert other_run(storage, game) is None
    assert remember(storage, game) is None  # and a finished season still gets remembered
