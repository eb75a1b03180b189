"""What the browser build does differently: where the page address, localStorage and
downloads come from. On the desktop every function here answers "not in a browser".

pygbag's runtime provides a `platform` module whose `window` is the page's JavaScript
window; the standard library's `platform` module on the desktop has no `window`.
"""

from __future__ import annotations

import sys
from pathlib import Path

RUNNING_IN_BROWSER = sys.platform == "emscripten"


def browser_window() -> object | None:
    """The page's `window` object in the browser, else None."""
    if not RUNNING_IN_BROWSER:
        return None
    import platform  # pygbag's module in the browser

    return getattr(platform, "window", None)


def page_query() -> str:
    """The page address's query string (`?seed=...`), or "" off the web."""
    window = browser_window()
    if window is None:
        return ""
    try:
        return str(window.location.search or "")
    except AttributeError:
        return ""


def local_storage() -> object | None:
    """The page's localStorage, or None off the web."""
    window = browser_window()
    return getattr(window, "localStorage", None) if window is not None else None


def offer_download(path: Path) -> bool:
    """Offer a file of the browser's in-memory file system as a download; False if the
    page cannot (or this is not a browser)."""
    window = browser_window()
    if window is None:
        return False
    try:
        window.MM.download(str(path))
    except AttributeError:
        return False
    return True


def set_live_text(element_id: str, text: str) -> bool:
    """Put `text` into the page element with `element_id` (an aria-live region); False if
    this is not a browser or the page has no such element."""
    window = browser_window()
    if window is None:
        return False
    try:
        element = window.document.getElementById(element_id)
        if element is None:
            return False
        element.textContent = text
    except AttributeError:
        return False
    return True
