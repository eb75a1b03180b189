"""A class on a closed network: the build with `--local-runtime`, served and opened in Chromium.

The runtime folder is a stand-in made the way a teacher makes the real one:
`tools/fetch_runtime.py` downloads the manifest's files from a local stand-in CDN (fake
files, accepted although they differ from the manifest's pins). Its pythons.js and main.js
are small scripts that ask for what pygbag 0.9.3's do, at the same addresses: the
interpreter beside main.js (fetch), its file package (XMLHttpRequest), the start-up script,
the sound probe, and then, as the runtime's package installer does, the package index and
the pygame-ce wheel at the CDN's own address (`https://pygame-web.github.io/cdn/...`, in
both forms the installer builds). The stand-in never boots Python: the test asserts on the
requests (every one answered by the local server, none leaving it) and on the page's own
loading state and words.
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit

import pytest

from tests.browser.web_build_support import (
    ARTIFACTS,
    PAGE_TIMEOUT_MS,
    POLL_INTERVAL_MS,
    VIEWPORT,
    run_offline_build,
)
from tests.web.runtime_stand_in import make_stand_in_cdn, serve_recording
from tools import build_web, fetch_runtime, serve_web
from tools.runtime_manifest import load_manifest

MANIFEST = load_manifest()
WHEEL = next(path for path in MANIFEST.paths if path.endswith(".whl"))
INDEX = next(path for path in MANIFEST.paths if path.endswith(".json"))
CDN_ROOT = MANIFEST.cdn_root

# Stand-in pythons.js: at the window's load, adds the interpreter's script from the page's
# cdn, as pythons.js's jsimport(config.executable) does.
STAND_IN_PYTHONS = """
window.standIn = {done: false, failures: []};
function standInStart() {
    const script = document.createElement("script");
    script.src = config.cdn + "cpython312/main.js";
    script.async = true;
    document.head.appendChild(script);
}
if (document.readyState === "complete") { standInStart(); }
else { addEventListener("load", standInStart); }
"""

# Stand-in main.js: what the interpreter, its start-up script and the package installer ask
# for, at the addresses they use.
STAND_IN_MAIN = f"""
(function () {{
    const here = document.currentScript.src;
    const beside = here.slice(0, here.lastIndexOf("/") + 1);
    async function get(url) {{
        const response = await fetch(url, {{credentials: "same-origin"}});
        if (!response.ok) {{ window.standIn.failures.push(url + " " + response.status); }}
        await response.arrayBuffer();
    }}
    function xhr(url) {{
        return new Promise(function (resolve) {{
            const request = new XMLHttpRequest();
            request.open("GET", url, true);
            request.responseType = "arraybuffer";
            request.onloadend = function () {{
                if (request.status !== 200) {{
                    window.standIn.failures.push(url + " " + request.status);
                }}
                resolve();
            }};
            request.send();
        }});
    }}
    (async function () {{
        await get(beside + "main.wasm");                        // Emscripten's locateFile
        await xhr(config.cdn + "cpython312/main.data");         // pythons.js's locateFile
        await get(config.cdn + "cpythonrc.py");                 // postrun()
        const probe = new Audio(config.cdn + "empty.ogg");      // feat_snd()
        probe.preload = "auto";
        probe.load();
        await get("{CDN_ROOT}{INDEX}");                         // aio/pep0723.py async_repos()
        await get("{CDN_ROOT}" + "/" + "{WHEEL}");              // check_list(): -CDN- + "/" + wheel
        await get("{CDN_ROOT}{WHEEL}#");                        // pip_install(): ends with "#"
        window.standIn.done = true;
    }})().catch(function (error) {{ window.standIn.failures.push(String(error)); }});
}})();
"""


@pytest.fixture(scope="module")
def runtime_folder(tmp_path_factory):
    """A runtime folder made by tools/fetch_runtime.py from a stand-in CDN."""
    base = tmp_path_factory.mktemp("local-runtime")
    cdn = make_stand_in_cdn(base / "cdn", MANIFEST, {
        f"{MANIFEST.page_folder}pythons.js": STAND_IN_PYTHONS.encode("utf-8"),
        f"{MANIFEST.page_folder}cpython312/main.js": STAND_IN_MAIN.encode("utf-8"),
    })
    folder = base / "runtime"
    with serve_recording(cdn) as (base_url, _):
        assert fetch_runtime.main([str(folder), "--from", base_url, "--accept-changed"]) == 0
    return folder


@pytest.fixture(scope="module")
def local_build(tmp_path_factory, runtime_folder):
    build = run_offline_build(tmp_path_factory, ["--local-runtime", str(runtime_folder)])
    build.require_success()
    return build


def test_local_build_carries_the_runtime_and_names_no_cdn(local_build):
    assert local_build.network_attempts == []
    assert "no internet needed" in local_build.output
    runtime = local_build.web / build_web.LOCAL_RUNTIME_DIR
    for path in MANIFEST.paths:
        assert (runtime / path).is_file(), path
    page = (local_build.web / "index.html").read_text(encoding="utf-8")
    assert build_web.local_page_problems(page, MANIFEST) == []
    assert 'cdn: "runtime/0.9.3/"' in page
    assert build_web.RUNTIME_CDN not in page
    assert not local_build.itch_zip.exists()


@pytest.fixture
def served_page(local_build, chromium):
    """The local build served by tools/serve_web.py's server; every request recorded."""
    server = serve_web.make_server(local_build.web, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base_url = f"http://{serve_web.HOST}:{server.server_address[1]}/"
    context = chromium.new_context(viewport=VIEWPORT, service_workers="block")
    outside: list[str] = []
    answered: dict[str, int] = {}

    def on_route(route) -> None:
        parts = urlsplit(route.request.url)
        if f"{parts.scheme}://{parts.netloc}/" == base_url:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", on_route)
    page = context.new_page()
    page.on("response", lambda response: answered.__setitem__(
        urlsplit(response.url).path, response.status))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page, base_url, outside, answered, errors
    finally:
        context.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def wait_until(page, condition, what: str) -> None:
    deadline = time.monotonic() + PAGE_TIMEOUT_MS / 1000
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        page.wait_for_timeout(POLL_INTERVAL_MS)


def test_page_fetches_the_whole_runtime_from_its_own_server(served_page):
    page, base_url, outside, answered, errors = served_page
    page.goto(base_url + "index.html", wait_until="load", timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function("window.standIn && (window.standIn.done "
                           "|| window.standIn.failures.length)", timeout=PAGE_TIMEOUT_MS)
    assert page.evaluate("window.standIn.failures") == []
    runtime_paths = [f"/{build_web.LOCAL_RUNTIME_DIR}/{path}" for path in MANIFEST.paths]
    wait_until(page, lambda: all(path in answered for path in runtime_paths),
               "every runtime file to be fetched")
    assert {path: answered[path] for path in runtime_paths} == dict.fromkeys(runtime_paths, 200)
    assert outside == [], f"the page asked outside its server: {outside}"

    # The page's own state: still waiting for the runtime (which a stand-in never starts),
    # not an error, and its words name this server, not the CDN.
    assert page.evaluate("gamePage.localRuntime") is True
    assert page.evaluate("document.documentElement.dataset.state") == "runtime"
    loading = " ".join(page.locator(".step-runtime").inner_text().split())
    assert "the computer serving this page" in loading
    assert "pygame-web.github.io" not in page.locator("#transfer").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-local-runtime-loading.png"))

    page.evaluate("gamePage.setState('runtime-slow')")
    slow = page.locator(".step-runtime-slow").inner_text()
    assert "computer serving this page" in slow and "pygame-web" not in slow
    assert errors == []


def test_a_runtime_file_missing_from_the_server_is_a_runtime_error(served_page, local_build):
    page, base_url, outside, answered, errors = served_page
    pythons = local_build.web / build_web.LOCAL_RUNTIME_DIR / MANIFEST.page_folder / "pythons.js"
    hidden = pythons.with_name("pythons.js.hidden")
    pythons.rename(hidden)
    try:
        page.goto(base_url + "index.html", wait_until="load", timeout=PAGE_TIMEOUT_MS)
        page.wait_for_function("document.documentElement.dataset.state === 'runtime-error'",
                               timeout=PAGE_TIMEOUT_MS)
    finally:
        hidden.rename(pythons)
    text = " ".join(page.locator(".step-runtime-error").inner_text().split())
    assert "computer serving this page" in text and "pygame-web" not in text
    assert outside == []
