"""The rules engine inside headless Chromium on Pyodide: stage the page, boot it, run Python.

Shared by the browser tests (`test_engine_in_browser`) and the browser benchmark
(`benchmarks.society_browser`). The staged folder holds the test page (`pyodide_page/`), the
engine bundle zip and a link to the npm Pyodide package; it is served from 127.0.0.1 and the
page may fetch nothing from anywhere else (every other request is refused and logged).
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tests.browser.engine_bundle import build_engine_bundle
from tests.browser.support import serve_directory

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route, WebSocketRoute

PAGE_FOLDER = Path(__file__).resolve().parent / "pyodide_page"
SERVED_PYODIDE_FOLDER = "pyodide"  # the page's default indexURL, relative to itself
BROWSER_BUNDLE_DIR = "/home/pyodide/bundle"  # where pyodide_page.js unpacks the bundle
PAGE_LOAD_TIMEOUT_MS = 30_000  # navigation to the served page
PYODIDE_BOOT_TIMEOUT_MS = 90_000  # runtime + stdlib + bundle: about 7 s on a developer box
SNIPPET_TIMEOUT_MS = 180_000  # the longest snippet (100 seasons): about 6 s on a developer box
RUN_POLL_INTERVAL_MS = 100


class BootError(RuntimeError):
    """Pyodide did not boot in the page."""


class PythonInBrowserError(RuntimeError):
    """A snippet raised in the page's Python."""


@dataclass
class NetworkLog:
    """Every request the page made, and those the test refused because they left the host."""

    allowed_origin: str
    requested: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    failed_responses: list[str] = field(default_factory=list)

    def is_local(self, url: str) -> bool:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}" == self.allowed_origin

    def on_route(self, route: Route) -> None:
        if self.is_local(route.request.url):
            route.continue_()
        else:
            self.refused.append(route.request.url)
            route.abort("blockedbyclient")

    def on_web_socket(self, web_socket: WebSocketRoute) -> None:
        """The page needs no socket: refuse every one, local or not."""
        self.refused.append(web_socket.url)
        web_socket.close()

    def on_response(self, response) -> None:
        if response.status >= 400:
            self.failed_responses.append(f"{response.status} {response.url}")


@dataclass
class BrowserEngine:
    """A page with Pyodide booted and the engine bundle on sys.path."""

    page: Page
    network: NetworkLog
    console: list[str]
    boot_seconds: float

    def run_python(self, source: str, timeout_ms: float = SNIPPET_TIMEOUT_MS) -> str:
        """Run a snippet in the page's Python; return its last expression, a str."""
        run_id = self.page.evaluate("source => window.startPython(source)", source)
        self.page.wait_for_function("id => window.pythonRuns[id].status !== 'running'",
                                    arg=run_id, timeout=timeout_ms,
                                    polling=RUN_POLL_INTERVAL_MS)
        run = self.page.evaluate("id => window.pythonRuns[id]", run_id)
        if run["status"] != "done":
            raise PythonInBrowserError(f"Python in the browser failed:\n{run['error']}\n"
                                       f"console:\n" + "\n".join(self.console[-40:]))
        return run["value"]


def stage_site(folder: Path, pyodide_package: Path) -> None:
    """Put the page, the engine bundle and the npm Pyodide package (its folder under
    node_modules) into `folder`."""
    shutil.copytree(PAGE_FOLDER, folder, dirs_exist_ok=True)
    build_engine_bundle(folder)
    served_pyodide = folder / SERVED_PYODIDE_FOLDER
    try:
        served_pyodide.symlink_to(pyodide_package, target_is_directory=True)
    except OSError:  # no symlinks here (some Windows set-ups): copy the 14 MB instead
        shutil.copytree(pyodide_package, served_pyodide)


@contextlib.contextmanager
def booted_engine(browser: Browser, site: Path) -> Iterator[BrowserEngine]:
    """Serve the staged `site`, open its page in a new context of `browser` and boot Pyodide
    with the engine bundle on sys.path; closes the context afterwards."""
    with serve_directory(site) as base_url:
        network = NetworkLog(allowed_origin=base_url.rstrip("/"))
        context = browser.new_context(service_workers="block")
        try:
            context.route("**/*", network.on_route)
            context.route_web_socket("**/*", network.on_web_socket)
            context.on("request", lambda request: network.requested.append(request.url))
            context.on("response", network.on_response)
            page = context.new_page()
            console: list[str] = []
            page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
            page.on("pageerror", lambda error: console.append(f"page error: {error}"))
            started = time.monotonic()
            page.goto(base_url + "index.html", timeout=PAGE_LOAD_TIMEOUT_MS)
            page.wait_for_function(
                "window.pyodidePage && window.pyodidePage.status !== 'loading'",
                timeout=PYODIDE_BOOT_TIMEOUT_MS, polling=RUN_POLL_INTERVAL_MS)
            state = page.evaluate("window.pyodidePage")
            if state["status"] != "ready":
                raise BootError(f"Pyodide did not boot: {state['error']}\nconsole:\n"
                                + "\n".join(console))
            yield BrowserEngine(page, network, console, time.monotonic() - started)
        finally:
            context.close()
