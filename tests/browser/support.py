"""Shared set-up for tests that run in a real browser (Debian's Chromium via Playwright).

Outside CI a missing browser, Playwright or npm package skips these tests with the reason;
in CI (`CI=true`) it fails them, so they can never be skipped silently where they must run.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def in_ci() -> bool:
    """Whether this run is CI's, where every browser test must run."""
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> None:
    """Skip (on a developer's machine) or fail (in CI) for a missing requirement."""
    if in_ci():
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def find_chromium() -> str | None:
    """Debian's Chromium (or CHROMIUM_PATH's), if installed."""
    override = os.environ.get("CHROMIUM_PATH")
    for candidate in ([override] if override else []) + list(CHROMIUM_CANDIDATES):
        found = candidate if os.path.isabs(candidate) and os.access(candidate, os.X_OK) \
            else shutil.which(candidate)
        if found:
            return found
    return None


def chromium_path() -> str:
    """Debian's Chromium, or skip/fail with how to install it."""
    found = find_chromium()
    if found is None:
        unavailable("no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)")
    return found


def npm_package(name: str) -> Path:
    """A package installed by `npm install` in the project root, or skip/fail."""
    path = NODE_MODULES / name
    if not path.is_dir():
        unavailable(f"npm package {name!r} is not installed (run `npm install` at the root)")
    return path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request to the test output."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript",
                      ".apk": "application/octet-stream"}

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base's name
        pass


@contextlib.contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def chromium():
    """A headless Chromium driven by Playwright (never a downloaded browser), per module.

    Not per session: while sync Playwright runs, the main thread counts as running an
    asyncio loop, so every later `asyncio.run(...)` (tests/test_app.py) would fail.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the Python package 'playwright' is not installed")
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS,
                                             headless=True)
        yield browser
        browser.close()
