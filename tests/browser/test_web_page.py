"""The built page in Chromium: the page's own Python, the loading screen, the requests.

Served from 127.0.0.1, the page shows the title and the loading screen (screenshots in
build/test-artifacts/), serves the package, and asks for nothing outside 127.0.0.1 but the
runtime at the pinned CDN address. Those requests are held for the screenshot, then aborted
(the runtime cannot run here), and the page must say so.
"""

from __future__ import annotations

import base64
import io
import re
import threading
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from tests.browser.support import serve_directory
from tests.browser.web_build_support import (
    ARTIFACTS,
    PAGE_TIMEOUT_MS,
    POLL_INTERVAL_MS,
    VIEWPORT,
    OfflineBuild,
    apk_names,
)
from tools import build_web, serve_web


def page_text(build: OfflineBuild) -> str:
    return (build.web / "index.html").read_text(encoding="utf-8")


def test_page_python_compiles(offline_build):
    """The block pygbag's runtime runs cannot run here; it must at least be valid Python."""
    offline_build.require_success()
    page = page_text(offline_build)
    start = page.index("#<!--")
    block = page[start:page.index("# --></script>", start)]
    compile(block, "index.html (the page's Python)", "exec")
    assert "zipfile.ZipFile" in block and "platform.run_main" in block


def test_page_refers_to_no_address_but_the_pinned_runtime(offline_build):
    offline_build.require_success()
    page = page_text(offline_build)
    assert build_web.PLACEHOLDER_MARK not in page
    addresses = re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s\"'<>)]*", page)
    assert addresses, "the page must load the runtime from the CDN"
    for address in addresses:  # the runtime, or the package site a local runtime redirects
        assert address.startswith(build_web.RUNTIME_CDN) \
            or address in build_web.PACKAGE_SITES, address
    assert "@import" not in page and "<link rel=\"stylesheet\"" not in page


# ---------------------------------------------------------------- the page in Chromium


@dataclass
class HeldRequests:
    """Requests leaving 127.0.0.1: recorded and held until the test aborts them."""

    local_origin: str
    held: list = field(default_factory=list)  # Playwright Route objects, not yet answered
    seen: list[str] = field(default_factory=list)

    def on_route(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}/" == self.local_origin:
            route.continue_()
        else:
            self.seen.append(url)
            self.held.append(route)

    def abort_all(self) -> None:
        while self.held:
            self.held.pop().abort("internetdisconnected")


def poll(page, condition, what: str) -> None:
    """Wait (letting Playwright deliver events) until condition() is true."""
    deadline = time.monotonic() + PAGE_TIMEOUT_MS / 1000
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        page.wait_for_timeout(POLL_INTERVAL_MS)


@pytest.fixture
def page_session(offline_build, chromium) -> Iterator[tuple]:
    offline_build.require_success()
    with serve_directory(offline_build.web) as base_url:
        requests = HeldRequests(local_origin=base_url)
        context = chromium.new_context(viewport=VIEWPORT, service_workers="block")
        context.route("**/*", requests.on_route)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            yield page, base_url, requests, errors
        finally:
            requests.abort_all()
            context.close()


def test_page_loads_in_chromium_and_asks_only_for_the_pinned_runtime(page_session,
                                                                      offline_build):
    page, base_url, requests, errors = page_session
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    runtime = build_web.RUNTIME_CDN + "pythons.js"
    poll(page, lambda: runtime in requests.seen, "the page to ask for the runtime")

    # The loading screen, as a player sees it while the runtime downloads.
    assert page.title() == build_web.TITLE
    assert page.locator("h1").inner_text() == build_web.TITLE
    assert page.evaluate("document.documentElement.dataset.state") == "runtime"
    step = page.locator(".step-runtime")
    assert step.is_visible() and "Loading the game" in step.inner_text()
    assert page.locator("#progress").is_visible()
    footer = page.locator("footer").inner_text()
    assert "sends nothing anywhere" in footer and "saves" in footer and "this browser" in footer
    assert page.evaluate("document.querySelector('.card img').naturalWidth") > 0  # the icon
    assert page.evaluate("document.querySelector('link[rel=icon]').getAttribute('href')") \
        == "favicon.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-loading.png"))

    # The package is served beside the page, and is the game.
    fetched = page.evaluate("""async () => {
        const response = await fetch(config.archive + ".apk");
        const bytes = new Uint8Array(await response.arrayBuffer());
        let text = "";
        for (let i = 0; i < bytes.length; i += 0x8000) {
            text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        return {status: response.status, type: response.headers.get("content-type"),
                data: btoa(text)};
    }""")
    assert fetched["status"] == 200
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(fetched["data"]))) as archive:
        names = set(archive.namelist())
    assert names == apk_names(offline_build)
    assert "assets/main.py" in names
    assert any(name.startswith("assets/game/") for name in names)
    assert any(name.startswith("assets/assets/") for name in names)
    assert not any(part in name.split("/") for name in names
                   for part in ("tests", ".git", ".venv"))

    # The network is closed: the page must say the runtime could not be downloaded.
    requests.abort_all()
    page.wait_for_function("document.documentElement.dataset.state === 'runtime-error'",
                           timeout=PAGE_TIMEOUT_MS)
    assert page.locator(".step-runtime-error").is_visible()
    assert not page.locator(".step-runtime").is_visible()
    page.screenshot(path=str(ARTIFACTS / "web-runtime-unreachable.png"))

    assert requests.seen, "no request left 127.0.0.1: where does the runtime come from?"
    for url in requests.seen:
        assert url.startswith(build_web.RUNTIME_CDN), f"the page asked for {url}"
    assert errors == []


def test_click_to_start_unlocks_the_runtime_and_focuses_the_game(page_session):
    """What the page does when the runtime reports "ready" (its Python calls
    setLoaderState); the runtime's media manager is stood in for by a plain object."""
    page, base_url, requests, errors = page_session
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    page.evaluate("window.MM = {UME: false}; setLoaderState('ready')")
    start = page.locator("#start")
    assert start.is_visible() and "Click to start" in start.inner_text()
    assert page.evaluate("document.activeElement.id") == "start"
    assert not page.locator("#progress").is_visible()
    page.screenshot(path=str(ARTIFACTS / "web-click-to-start.png"))

    page.keyboard.press("Enter")  # the keyboard-only way; a click does the same
    assert page.evaluate("window.MM.UME") is True
    assert page.evaluate("document.documentElement.dataset.state") == "running"
    assert not page.locator("#transfer").is_visible()
    assert page.evaluate("document.activeElement.id") == "canvas"
    assert errors == []


def test_page_without_javascript_says_what_it_needs(offline_build, chromium):
    offline_build.require_success()
    with serve_directory(offline_build.web) as base_url:
        context = chromium.new_context(viewport=VIEWPORT, java_script_enabled=False)
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            base_url) else route.abort("internetdisconnected"))
        try:
            page = context.new_page()
            page.goto(base_url + "index.html", timeout=PAGE_TIMEOUT_MS)
            notice = page.locator(".problem", has_text="needs JavaScript")
            assert notice.is_visible()
            assert not page.locator(".step-runtime").is_visible()
            assert not page.locator("#progress").is_visible()
            assert page.locator("footer").is_visible()
            page.screenshot(path=str(ARTIFACTS / "web-no-javascript.png"))
        finally:
            context.close()


# ---------------------------------------------------------------- command 4's server


def test_serve_web_sends_the_types_the_runtime_needs(tmp_path):
    for name in ("index.html", "game.apk", "main.wasm"):
        (tmp_path / name).write_bytes(b"x")
    server = serve_web.make_server(tmp_path, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://{serve_web.HOST}:{server.server_address[1]}/"
        expected = {"index.html": "text/html; charset=utf-8",
                    "game.apk": "application/octet-stream",
                    "main.wasm": "application/wasm"}
        for name, content_type in expected.items():
            with urllib.request.urlopen(base + name) as response:
                assert response.headers["Content-Type"] == content_type, name
                assert response.headers["Cache-Control"] == "no-cache"
                assert response.headers["Cross-Origin-Embedder-Policy"] is None
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert server.server_address[0] == "127.0.0.1"
