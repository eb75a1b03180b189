"""The web build (README commands 3 and 4): offline, small, and a page that loads.

One build per module, made the way a fresh checkout would make it: the repository's files
(tracked, or new and not ignored) are copied to a scratch folder named `credit-to-society`,
with the clutter a developer's checkout has planted beside them (a virtual environment,
node_modules, caches, bytecode). `tools/build_web.py --archive` then runs there with the
network cut off: in a new network namespace (`unshare --net`) when the system allows one,
and always under a guard that refuses and records every internet connection. A fake
`black`, importable and on PATH, records whether pygbag tried to reformat the sources.

The tests then check the build (seconds, no network, sources untouched), the package
(exactly main.py, game/ and assets/, under 1 MB with the fonts), the itch.io zip, the
page's own Python, and the page in Chromium: served from 127.0.0.1, it shows the title and
the loading screen (screenshots in build/test-artifacts/), serves the package, and asks for
nothing outside 127.0.0.1 but the runtime at the pinned CDN address. Those requests are held
for the screenshot, then aborted (the runtime cannot run here), and the page must say so.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.support import serve_directory, unavailable
from tools import build_web, serve_web

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "build" / "test-artifacts"
SCRATCH_NAME = "credit-to-society"  # pygbag names the package after the folder
OFFLINE_BUILD_LIMIT_S = 30  # the build takes about a second; pygbag online would hang
BUILD_KILL_AFTER_S = 2 * OFFLINE_BUILD_LIMIT_S  # then the test stops waiting
VIEWPORT = {"width": 1280, "height": 720}  # the game's logical size, a projector's too
PAGE_TIMEOUT_MS = 15_000
POLL_INTERVAL_MS = 100
PACKAGE_ROOTS = ("main.py", "game", "assets")  # the only things a player needs

# Clutter a developer's checkout holds, none of which may reach the package.
PLANTED_CLUTTER = (
    ".venv/lib/python3.11/site-packages/clutter/__init__.py",
    ".venv/pyvenv.cfg",
    "node_modules/clutter/index.js",
    ".hypothesis/examples/clutter",
    ".pytest_cache/v/cache/lastfailed",
    ".ruff_cache/clutter",
    ".git/HEAD",
    "credit_to_society.egg-info/PKG-INFO",
    "game/__pycache__/clutter.cpython-311.pyc",
    "tests/__pycache__/clutter.cpython-311.pyc",
)

# Loaded by every Python process of the build (it is on PYTHONPATH): refuses internet
# connections and name lookups, and records each attempt.
NETWORK_GUARD = '''
"""Test guard: this process may not use the network."""
import errno
import os
import socket

_LOG = os.environ["WEB_BUILD_NETWORK_LOG"]


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")
    raise OSError(errno.ENETUNREACH, "network disabled by the offline build test")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(f"connect {address!r}")
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(f"connect_ex {address!r}")
    return _connect_ex(self, address)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = lambda host, *args, **kwargs: _refuse(f"getaddrinfo {host!r}")
socket.create_connection = lambda address, *args, **kwargs: _refuse(f"connection {address!r}")
'''

# A stand-in for black: importing it, or running it, leaves a mark.
FAKE_BLACK_MODULE = '''
"""Test stand-in for black: records that it was imported."""
import os

with open(os.environ["WEB_BUILD_BLACK_MARK"], "a", encoding="utf-8") as mark:
    mark.write("imported\\n")
'''
FAKE_BLACK_COMMAND = '''#!/bin/sh
echo "run: $*" >> "$WEB_BUILD_BLACK_MARK"
'''


@dataclass
class OfflineBuild:
    """A build made by tools/build_web.py in a scratch copy with no network."""

    root: Path
    isolation: str
    returncode: int
    seconds: float
    output: str
    network_attempts: list[str]
    black_marks: list[str]
    sources_before: dict[str, str]
    sources_after: dict[str, str]

    @property
    def web(self) -> Path:
        return self.root / "build" / "web"

    @property
    def apk(self) -> Path:
        return self.web / f"{SCRATCH_NAME}.apk"

    @property
    def tarball(self) -> Path:
        return self.web / f"{SCRATCH_NAME}.tar.gz"

    @property
    def itch_zip(self) -> Path:
        return self.root / "build" / "web.zip"

    def require_success(self) -> None:
        assert self.returncode == 0, f"build failed ({self.isolation}):\n{self.output}"


def project_files() -> list[str]:
    """The files a fresh checkout would hold: tracked, or new and not ignored."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        unavailable("the offline build test copies the files git knows: no git checkout here")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True, check=True)
    names = [name for name in listed.stdout.decode("utf-8").split("\0") if name]
    return [name for name in names if (ROOT / name).is_file()]  # not deleted meanwhile


def source_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` except build output and bytecode."""
    hashes = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and relative.parts[0] != "build" and "__pycache__" not in relative.parts:
            hashes[relative.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def network_isolation() -> list[str]:
    """A command prefix that runs a program with no network, or [] if none is allowed."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    for prefix in ([unshare, "--net"], [unshare, "--map-root-user", "--net"]):
        probe = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True)
        if probe.returncode == 0:
            return prefix
    return []


def run_killable(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str, float]:
    """Run `command` in its own process group; kill that group if it overstays."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=BUILD_KILL_AFTER_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(f"the offline build did not finish in {BUILD_KILL_AFTER_S} s "
                    f"(pygbag retries its CDN forever when it goes online):\n{output}")
    return process.returncode, output, time.monotonic() - started


@pytest.fixture(scope="module")
def offline_build(tmp_path_factory) -> OfflineBuild:
    """Copy the project to a scratch folder, plant clutter, build there with no network."""
    if importlib.util.find_spec("pygbag") is None:
        unavailable(f"pygbag is not installed (pip install pygbag=={build_web.PYGBAG_VERSION})")
    scratch = tmp_path_factory.mktemp("web-build") / SCRATCH_NAME
    for name in project_files():
        (scratch / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, scratch / name)
    for name in PLANTED_CLUTTER:
        (scratch / name).parent.mkdir(parents=True, exist_ok=True)
        (scratch / name).write_text("clutter a player does not need\n", encoding="utf-8")

    guard = tmp_path_factory.mktemp("guard")
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    (guard / "black").mkdir()
    (guard / "black" / "__init__.py").write_text(FAKE_BLACK_MODULE, encoding="utf-8")
    (guard / "bin").mkdir()
    (guard / "bin" / "black").write_text(FAKE_BLACK_COMMAND, encoding="utf-8")
    (guard / "bin" / "black").chmod(0o755)
    network_log, black_mark = guard / "network.log", guard / "black.log"
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(guard),
                                                       os.environ.get("PYTHONPATH")])),
           "PATH": os.pathsep.join([str(guard / "bin"), os.environ.get("PATH", "")]),
           "WEB_BUILD_NETWORK_LOG": str(network_log), "WEB_BUILD_BLACK_MARK": str(black_mark)}

    prefix = network_isolation()
    isolation = " ".join([Path(prefix[0]).name, *prefix[1:]]) if prefix else "no namespace"
    sources_before = source_hashes(scratch)
    command = [*prefix, sys.executable, str(scratch / "tools" / "build_web.py"), "--archive"]
    returncode, output, seconds = run_killable(command, scratch, env)
    build = OfflineBuild(root=scratch, isolation=f"{isolation} + socket guard",
                         returncode=returncode, seconds=seconds, output=output,
                         network_attempts=lines_of(network_log), black_marks=lines_of(black_mark),
                         sources_before=sources_before, sources_after=source_hashes(scratch))
    if returncode == 0:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "web-build.txt").write_text(
            f"offline build in a scratch copy: {seconds:.2f} s, network cut by "
            f"{build.isolation}\n\n{output}", encoding="utf-8")
    return build


def apk_names(build: OfflineBuild) -> set[str]:
    with zipfile.ZipFile(build.apk) as archive:
        return set(archive.namelist())


# ---------------------------------------------------------------- the build itself


def test_build_runs_offline_in_seconds(offline_build):
    offline_build.require_success()
    assert offline_build.seconds < OFFLINE_BUILD_LIMIT_S, (
        f"took {offline_build.seconds:.1f} s:\n{offline_build.output}")
    for path in (offline_build.web / "index.html", offline_build.web / "favicon.png",
                 offline_build.apk, offline_build.tarball, offline_build.itch_zip):
        assert path.is_file(), f"{path.name} missing:\n{offline_build.output}"
    assert offline_build.network_attempts == [], "the build tried to go online"
    assert "Package size:" in offline_build.output


def test_build_keeps_black_away_and_sources_untouched(offline_build):
    offline_build.require_success()
    assert offline_build.black_marks == [], "pygbag imported or ran black on the sources"
    before, after = offline_build.sources_before, offline_build.sources_after
    changed = sorted(name for name in before.keys() | after.keys()
                     if before.get(name) != after.get(name))
    assert changed == [], f"the build changed, added or removed source files: {changed}"


def test_build_refuses_a_package_with_extra_files(tmp_path):
    apk = tmp_path / "bad.apk"
    with zipfile.ZipFile(apk, "w") as archive:
        for name in ("assets/main.py", "assets/game/app.py", "assets/tests/test_x.py",
                     "assets/game/__pycache__/app.cpython-311.pyc", "assets/assets/beep.wav",
                     "assets/README.md", "stray.txt"):
            archive.writestr(name, "x")
    problems = "\n".join(build_web.package_problems(apk))
    for culprit in ("tests/test_x.py", "app.cpython-311.pyc", "beep.wav", "README.md",
                    "stray.txt"):
        assert culprit in problems
    assert "game/app.py" not in problems


def test_pygbag_ini_parses_as_pygbag_reads_it(tmp_path):
    ignore_dirs, ignore_files = build_web.read_pygbag_ini()
    for folder in ("/tests", "/benchmarks", "/docs", "/tools", "/.venv", "/node_modules",
                   "/.ci", "/build", "__pycache__"):
        assert folder in ignore_dirs
    assert "pygbag.ini" in ignore_files
    broken = tmp_path / "pygbag.ini"
    broken.write_text('[DEPENDENCIES]\nignoreDirs = "/tests"\nignoreFiles = []\n',
                      encoding="utf-8")
    with pytest.raises(build_web.BuildError, match="list of strings"):
        build_web.read_pygbag_ini(broken)


# ---------------------------------------------------------------- the package


def test_package_holds_exactly_the_game(offline_build):
    offline_build.require_success()
    assert build_web.package_problems(offline_build.apk) == []
    with zipfile.ZipFile(offline_build.apk) as archive:
        assert archive.testzip() is None
    wanted = {f"{build_web.APK_PREFIX}/{name}" for name in offline_build.sources_before
              if name.split("/")[0] in PACKAGE_ROOTS}
    names = apk_names(offline_build)
    assert names == wanted, (f"missing: {sorted(wanted - names)}; "
                             f"extra: {sorted(names - wanted)}")
    for name in names:
        parts = name.split("/")[1:]
        assert parts[0] in PACKAGE_ROOTS, name
        assert not {"tests", ".git", ".venv", "node_modules", "__pycache__"} & set(parts), name
    assert {"assets/main.py", "assets/game/app.py",
            "assets/assets/fonts/Inter-Regular.ttf"} <= names


def test_tarball_holds_the_same_files(offline_build):
    offline_build.require_success()
    with tarfile.open(offline_build.tarball, "r:gz") as tarball:
        assert set(tarball.getnames()) == apk_names(offline_build)


def test_package_is_at_most_1_mb_with_the_fonts(offline_build):
    offline_build.require_success()
    fonts = [name for name in apk_names(offline_build) if name.endswith(".ttf")]
    assert len(fonts) >= 2, fonts
    for package in (offline_build.apk, offline_build.tarball):
        size = package.stat().st_size
        assert size <= build_web.MAX_PACKAGE_BYTES, f"{package.name}: {size} bytes"


def test_itch_zip_holds_the_page_and_the_package_it_loads(offline_build):
    offline_build.require_success()
    with zipfile.ZipFile(offline_build.itch_zip) as archive:
        assert set(archive.namelist()) == {"index.html", "favicon.png", offline_build.apk.name}
        page = archive.read("index.html").decode("utf-8")
    assert f'PACKAGE_URL = "{offline_build.apk.name}"' in page


# ---------------------------------------------------------------- the page, as text


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
    for address in addresses:
        assert address.startswith(build_web.RUNTIME_CDN), address
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
