"""The one door between the game and the web page it runs in; no call through it can raise.

In the browser (pygbag's runtime) the `platform` module's `window` is the page's JavaScript
window, and a JavaScript error reaches Python as a plain `Exception` (reading
`window.localStorage` where storage is blocked, pygbag 0.9.3's broken `MM.download`, a
missing element ...). Every call into the page goes through `_page_call`, which turns any
such error into a "could not" answer, so the game never stops over the page. On the desktop
every function answers "not in a browser".

The page (`web/template.tmpl`) provides `window.gamePage`: the address as it was opened
(`address`, saved and then taken off the address bar before pygbag's loader could misread
it), `download(path, name)` and `setState(state, detail)`. Other pages (a test page, a
later template) may lack it; then the page's own `location` and `MM.download` are tried.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

RUNNING_IN_BROWSER = sys.platform == "emscripten"
PAGE_OBJECT = "gamePage"  # window.gamePage, defined by web/template.tmpl
CRASHED_STATE = "crashed"  # the page's error screen for a game that stopped
MAX_ADDRESS_CHARS = 4096  # more of a page address than any link the game makes
MAX_CRASH_DETAIL_CHARS = 300  # one line for the player, not a traceback
STORAGE_PROBE_KEY = "credit-to-society/.probe"  # written and removed to see storage works


def browser_window() -> Any | None:
    """The page's `window` object in the browser, else None."""
    if not RUNNING_IN_BROWSER:
        return None
    try:
        import platform  # pygbag's own module in the browser

        return platform.window
    except Exception:  # no such module or attribute: not a page we can talk to
        return None


def _page_call(action: Callable[[Any], Any], default: Any = None) -> Any:
    """`action(window)`, or `default` off the web or if the page raises anything."""
    window = browser_window()
    if window is None:
        return default
    try:
        return action(window)
    except Exception:
        return default


def _page_object(window: Any) -> Any | None:
    """The page's `gamePage` object, or None if this page has none."""
    return getattr(window, PAGE_OBJECT, None)


def page_address() -> tuple[str, str]:
    """The page address's query (`?seed=...`) and fragment (`#seed=...`), as the page was
    opened; ("", "") off the web. Each is cut to MAX_ADDRESS_CHARS."""

    def saved_by_page(window: Any) -> tuple[str, str]:
        address = _page_object(window).address
        return _text(address.search), _text(address.hash)

    def location(window: Any) -> tuple[str, str]:
        return _text(window.location.search), _text(window.location.hash)

    query, fragment = _page_call(saved_by_page) or _page_call(location) or ("", "")
    return query[:MAX_ADDRESS_CHARS], fragment[:MAX_ADDRESS_CHARS]


def _text(value: Any) -> str:
    """A JavaScript string (or null/undefined) as a Python str."""
    text = "" if value is None else str(value)
    return "" if text in ("undefined", "null") else text


def local_storage() -> Any | None:
    """The page's localStorage if it can be read and written; None off the web, or where
    the browser blocks it (a game embedded on another site, some private windows)."""

    def usable(window: Any) -> Any | None:
        store = window.localStorage
        if store is None:
            return None
        store.setItem(STORAGE_PROBE_KEY, "1")
        store.removeItem(STORAGE_PROBE_KEY)
        return store

    return _page_call(usable)


def offer_download(path: Path) -> bool:
    """Offer a file of the browser's in-memory file system as a download; False if the
    page cannot (or this is not a browser)."""

    def through_page(window: Any) -> bool:
        _page_object(window).download(str(path), path.name)
        return True

    def through_runtime(window: Any) -> bool:  # broken in pygbag 0.9.3, kept for later ones
        window.MM.download(str(path))
        return True

    return _page_call(through_page, default=False) or _page_call(through_runtime, default=False)


def report_crash(error: BaseException) -> bool:
    """Show the page's error screen for an error that stopped the game; False if there is
    no page to show it on."""
    detail = f"{type(error).__name__}: {error}"
    detail = " ".join(detail.split())[:MAX_CRASH_DETAIL_CHARS]

    def show(window: Any) -> bool:
        _page_object(window).setState(CRASHED_STATE, detail)
        return True

    return _page_call(show, default=False)


def set_live_text(element_id: str, text: str) -> bool:
    """Put `text` into the page element with `element_id` (an aria-live region); False if
    this is not a browser or the page has no such element."""

    def put(window: Any) -> bool:
        element = window.document.getElementById(element_id)
        if element is None:
            return False
        element.textContent = text
        return True

    return _page_call(put, default=False)
