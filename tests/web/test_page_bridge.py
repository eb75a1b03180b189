"""game/services/web.py, the one door into the page: every call answers, none raises, whatever the
page does (in pygbag's runtime a JavaScript error arrives as a plain `Exception`)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from game.services import web


class ThrowingAnything:
    """A page object every property and call of which throws, as JavaScript errors do."""

    def __getattr__(self, name):
        raise Exception(f"TypeError: cannot read {name}")  # noqa: TRY002 - what arrives

    def __call__(self, *args, **kwargs):
        raise Exception("TypeError: not a function")  # noqa: TRY002


class Page:
    """window.gamePage as web/template.tmpl defines it, recording what it was asked."""

    def __init__(self, search="", hash=""):  # noqa: A002 - the DOM's name
        self.address = types.SimpleNamespace(search=search, hash=hash)
        self.calls = []

    def download(self, path, name):
        self.calls.append(("download", path, name))
        return True

    def setState(self, state, detail=""):  # noqa: N802
        self.calls.append(("setState", state, detail))


@pytest.fixture
def in_browser(monkeypatch):
    """Pretend to be in the browser, with a `platform` module whose window the test sets."""
    stand_in = types.ModuleType("platform")
    monkeypatch.setitem(sys.modules, "platform", stand_in)
    monkeypatch.setattr(web, "RUNNING_IN_BROWSER", True)

    def use(window):
        stand_in.window = window
        return window

    return use


def assert_every_call_answers_no() -> None:
    assert web.page_address() == ("", "")
    assert web.local_storage() is None
    assert web.offer_download(Path("/tmp/x.png")) is False
    assert web.report_crash(ValueError("boom")) is False
    assert web.set_live_text("live-region", "hello") is False


def test_off_the_web_every_call_answers_not_in_a_browser():
    assert web.browser_window() is None
    assert_every_call_answers_no()


def test_a_page_that_throws_everywhere_stops_nothing(in_browser):
    in_browser(ThrowingAnything())
    assert_every_call_answers_no()


def test_a_runtime_without_a_window_is_no_browser_page(in_browser):
    assert web.browser_window() is None  # the stand-in platform module has no window yet
    assert web.page_address() == ("", "")


def test_the_address_comes_from_the_page_object_else_from_location(in_browser):
    window = in_browser(types.SimpleNamespace(
        gamePage=Page("?seed=1", "#lang=zh"),
        location=types.SimpleNamespace(search="", hash="")))
    assert web.page_address() == ("?seed=1", "#lang=zh")
    window.gamePage = None
    window.location = types.SimpleNamespace(search="?seed=2", hash=None)
    assert web.page_address() == ("?seed=2", "")
    window.location = types.SimpleNamespace(search="?" + "x" * 10_000, hash="undefined")
    query, fragment = web.page_address()
    assert len(query) == web.MAX_ADDRESS_CHARS and fragment == ""


def test_storage_is_offered_only_if_it_can_be_written(in_browser):
    class Store:
        def __init__(self, refuse):
            self.refuse, self.items = refuse, {}

        def setItem(self, key, value):  # noqa: N802
            if self.refuse:
                raise Exception("QuotaExceededError")  # noqa: TRY002
            self.items[key] = value

        def removeItem(self, key):  # noqa: N802
            self.items.pop(key, None)

    working = Store(refuse=False)
    in_browser(types.SimpleNamespace(localStorage=working))
    assert web.local_storage() is working and working.items == {}  # the probe left nothing
    in_browser(types.SimpleNamespace(localStorage=Store(refuse=True)))
    assert web.local_storage() is None


def test_a_download_goes_through_the_page_then_the_runtime(in_browser):
    page = Page()
    media = types.SimpleNamespace(calls=[])
    media.download = lambda path: media.calls.append(path)
    window = in_browser(types.SimpleNamespace(gamePage=page, MM=media))
    assert web.offer_download(Path("/tmp/pic.png")) is True
    assert page.calls == [("download", "/tmp/pic.png", "pic.png")] and media.calls == []
    window.gamePage = ThrowingAnything()  # the page's helper fails: pygbag's is tried
    assert web.offer_download(Path("/tmp/pic.png")) is True
    assert media.calls == ["/tmp/pic.png"]
    window.MM = ThrowingAnything()  # pygbag 0.9.3's MM.download throws
    assert web.offer_download(Path("/tmp/pic.png")) is False


def test_a_crash_is_shown_on_the_page_in_one_short_line(in_browser):
    page = Page()
    in_browser(types.SimpleNamespace(gamePage=page))
    assert web.report_crash(ValueError("bad\nvalue " + "x" * 1000)) is True
    (kind, state, detail), = page.calls
    assert (kind, state) == ("setState", web.CRASHED_STATE)
    assert detail.startswith("ValueError: bad value ") and "\n" not in detail
    assert len(detail) == web.MAX_CRASH_DETAIL_CHARS


def test_a_game_that_stops_tells_the_page_and_still_raises(monkeypatch):
    import asyncio

    from game.shell import app

    reported = []
    monkeypatch.setattr(web, "report_crash", reported.append)

    def broken_app(scene_factory, scenes):
        raise RuntimeError("the window could not be opened")

    monkeypatch.setattr(app, "App", broken_app)
    with pytest.raises(RuntimeError):
        asyncio.run(app.start(lambda: None, {}))
    assert [type(error) for error in reported] == [RuntimeError]
