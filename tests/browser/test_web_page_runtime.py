"""The built page's side of pygbag's runtime, in Chromium: what the runtime's loader sees.

pygbag 0.9.3's loader (pythons.js, from the CDN) reads the page address as command-line
arguments, adds a visible "canvas3d" when the page has none, and has a broken download; the
page (web/template.tmpl) guards against all three through `window.gamePage`. The runtime
cannot run here (no internet), so the CDN's pythons.js is answered by a small stand-in that
does what the real one does at those points: it reads and decodes the address when it runs,
and at the window's load it uses the page's canvas3d or adds its own, and sizes the game's
canvas to the window. Every other CDN request is aborted, or held where the test says so.
"""

from __future__ import annotations

import base64

import pytest

from tests.browser import test_web_page
from tests.browser.test_web_page import poll
from tests.browser.web_build_support import ARTIFACTS, PAGE_TIMEOUT_MS, VIEWPORT
from tools import build_web

# The page, served from 127.0.0.1, with every request leaving it held (test_web_page.py's
# fixture, shared by name): (page, base URL, held requests, the page's errors).
page_session = test_web_page.page_session

RUNTIME_URL = build_web.RUNTIME_CDN + "pythons.js"
RUNTIME_TIMEOUT_MS = 60_000  # the shipped page's wait before it says the runtime is slow
CDN_SITE = "https://pygame-web.github.io/"  # what a blocking network must allow

# Stand-in for pythons.js. What it records when it runs is what pygbag's auto_conf() reads:
# the address's query and fragment, split and passed through decodeURI (which throws on a
# lone "%"). At the window's load it does what feat_gui() does with the canvases.
STAND_IN_RUNTIME = r"""
const seen = {search: location.search, hash: location.hash, argv: [], loaded: false,
              canvas3dAtLoad: null};
window.seenByRuntime = seen;
function atLoad() {
    let canvas3d = document.getElementById("canvas3d");
    seen.canvas3dAtLoad = Boolean(canvas3d);
    if (!canvas3d) {  // the runtime's own: 128x128, at the bottom left, over the game
        canvas3d = document.createElement("canvas");
        canvas3d.id = "canvas3d";
        canvas3d.width = 128;
        canvas3d.height = 128;
        canvas3d.style.position = "absolute";
        canvas3d.style.bottom = "0px";
        canvas3d.style.left = "0px";
        document.body.appendChild(canvas3d);
    }
    const canvas = document.getElementById("canvas");  // sized to the window, as at 16:9
    canvas.style.width = Math.min(innerWidth, innerHeight * 16 / 9) + "px";
    canvas.style.height = Math.min(innerHeight, innerWidth * 9 / 16) + "px";
    seen.loaded = true;
}
if (document.readyState === "complete") { atLoad(); } else { addEventListener("load", atLoad); }

// Last, as it may throw (a lone "%"), which stops the real loader here.
const parts = [...location.hash.slice(1).split("%20"), ...location.search.slice(1).split("&")];
for (const part of parts) { if (part) seen.argv.push(decodeURI(part)); }
"""

# Addresses a shared or mistyped link may carry, each of which pygbag's loader misreads.
ADDRESSES = [
    "?py",                                  # taken as the interpreter's name: the page hangs
    "?seed=happy",                          # a preset the game reads itself
    "?-i",                                  # turns on the runtime's interactive debug mode
    "?%",                                   # decodeURI throws: start-up stops
    "?lang=en&http://example.com/x.py",     # the last argument would be fetched and run
    "#debug",                               # the runtime's debug mode
    "#seed=4600-3RJ0-RZ",                   # a shared season's code
    "?seed=42&lang=zh#seed=7",              # both at once
]


def split_address(address: str) -> tuple[str, str]:
    """(search, hash) as `location` reports them for `address`."""
    search, _, fragment = address.partition("#")
    return search, f"#{fragment}" if fragment else ""


def answer_cdn(page, runtime: str = STAND_IN_RUNTIME) -> None:
    """pythons.js from the CDN gets `runtime`; any other CDN request is aborted."""
    def on_route(route) -> None:
        if route.request.url == RUNTIME_URL:
            route.fulfill(status=200, content_type="text/javascript", body=runtime)
        else:
            route.abort("internetdisconnected")
    page.route(build_web.RUNTIME_CDN + "**", on_route)  # before the context's holding route


def open_page(page, base_url: str, address: str = "") -> None:
    """Open the built page at `address`, with the stand-in runtime, until the window loads."""
    answer_cdn(page)
    page.goto(base_url + "index.html" + address, wait_until="load", timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function("window.seenByRuntime && window.seenByRuntime.loaded",
                           timeout=PAGE_TIMEOUT_MS)


def state(page) -> str:
    return page.evaluate("document.documentElement.dataset.state")


def visible_steps(page) -> list[str]:
    steps = page.locator("#transfer .step")
    return [steps.nth(i).get_attribute("class") for i in range(steps.count())
            if steps.nth(i).is_visible()]


# ---------------------------------------------------------------- the page's address


@pytest.mark.parametrize("address", ADDRESSES)
def test_runtime_never_sees_the_address_and_the_page_keeps_it(page_session, address):
    page, base_url, requests, errors = page_session
    search, fragment = split_address(address)
    open_page(page, base_url, address)

    seen = page.evaluate("window.seenByRuntime")
    assert (seen["search"], seen["hash"]) == ("", ""), f"the runtime's loader read {seen}"
    assert seen["argv"] == []
    assert page.evaluate("gamePage.address") == {"search": search, "hash": fragment}
    assert page.evaluate("location.search + location.hash") == ""  # while loading

    page.evaluate("gamePage.setState('running')")  # a reload now keeps the link's presets
    assert page.evaluate("location.search + location.hash") == address
    assert page.evaluate("location.pathname").endswith("/index.html")
    assert page.evaluate("gamePage.restoreAddress()") is False  # already back: left alone
    assert page.evaluate("location.search + location.hash") == address
    assert errors == []


def test_an_error_state_puts_the_address_back(page_session):
    page, base_url, requests, errors = page_session
    open_page(page, base_url, "?seed=42#seed=7")
    page.evaluate("gamePage.setState('package-error', 'BadZipFile: File is not a zip file')")
    assert page.evaluate("location.search + location.hash") == "?seed=42#seed=7"
    assert errors == []


def test_page_works_where_the_address_cannot_be_changed(page_session):
    """A browser that refuses history.replaceState: the page loads and its states work."""
    page, base_url, requests, errors = page_session
    page.add_init_script("history.replaceState = function () { throw new Error('refused'); };")
    open_page(page, base_url, "?seed=happy")
    assert page.evaluate("gamePage.address") == {"search": "?seed=happy", "hash": ""}
    assert page.evaluate("gamePage.restoreAddress()") is False  # never throws
    page.evaluate("window.MM = {UME: false}; setLoaderState('ready')")
    assert page.locator("#start").is_visible()
    page.evaluate("gamePage.setState('running')")
    assert not page.locator("#transfer").is_visible()
    assert errors == []


# ---------------------------------------------------------------- canvas3d


def test_canvas3d_is_the_pages_own_and_never_covers_the_game(page_session):
    page, base_url, requests, errors = page_session
    open_page(page, base_url)
    assert page.evaluate("window.seenByRuntime.canvas3dAtLoad") is True
    canvas3d = page.locator("#canvas3d")
    assert canvas3d.count() == 1
    assert not canvas3d.is_visible()
    assert canvas3d.get_attribute("aria-hidden") == "true"
    assert page.evaluate("document.getElementById('canvas3d').hidden") is True

    page.evaluate("gamePage.setState('running')")
    corner = page.evaluate(f"document.elementFromPoint(5, {VIEWPORT['height'] - 5}).id")
    assert corner == "canvas", f"the game's bottom-left corner is covered by #{corner}"
    assert errors == []


# ---------------------------------------------------------------- download


def favicon_bytes(offline_build) -> bytes:
    return (offline_build.web / "favicon.png").read_bytes()  # a small, real PNG


STAND_IN_FILES = """(data) => {
    const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
    const files = {
        readFile(path) {
            if (path !== "/tmp/x.png") {  // as Emscripten's FS does for a missing file
                const error = new Error("FS error");
                error.errno = 44;
                error.code = "ENOENT";
                throw error;
            }
            return bytes;
        }
    };
    window.blobTypes = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
        window.blobTypes.push(blob.type);
        return createObjectURL.call(URL, blob);
    };
    return files;
}"""

CALL_DOWNLOAD = """([path, name]) => {
    try {
        return {returned: gamePage.download(path, name)};
    } catch (error) {
        return {isError: error instanceof Error, message: String(error.message)};
    }
}"""


def give_page_files(page, png: bytes, where: str = "window.python = {FS: files}") -> None:
    """Stand in for the runtime's file system, holding `png` at /tmp/x.png."""
    page.evaluate(f"data => {{ const files = ({STAND_IN_FILES})(data); {where}; }}",
                  base64.b64encode(png).decode("ascii"))


def test_download_saves_a_file_from_the_runtime_file_system(page_session, offline_build):
    page, base_url, requests, errors = page_session
    open_page(page, base_url)
    png = favicon_bytes(offline_build)
    give_page_files(page, png)

    with page.expect_download(timeout=PAGE_TIMEOUT_MS) as saving:
        result = page.evaluate(CALL_DOWNLOAD, ["/tmp/x.png", "picture.png"])
    assert result == {"returned": True}
    download = saving.value
    assert download.suggested_filename == "picture.png"
    with open(download.path(), "rb") as saved:
        assert saved.read() == png
    assert page.evaluate("window.blobTypes") == ["image/png"]
    assert page.locator("a[download]").count() == 0  # the temporary link is gone

    with page.expect_download(timeout=PAGE_TIMEOUT_MS) as saving:  # the name from the path
        page.evaluate("gamePage.download('/tmp/x.png')")
    assert saving.value.suggested_filename == "x.png"
    assert errors == []


def test_download_says_what_failed(page_session, offline_build):
    page, base_url, requests, errors = page_session
    open_page(page, base_url)

    result = page.evaluate(CALL_DOWNLOAD, ["/tmp/x.png", "picture.png"])  # no runtime yet
    assert result["isError"] is True
    assert "picture.png" in result["message"] and "file system" in result["message"]

    give_page_files(page, favicon_bytes(offline_build))
    result = page.evaluate(CALL_DOWNLOAD, ["/tmp/missing.png", "picture.png"])
    assert result["isError"] is True
    assert "/tmp/missing.png" in result["message"] and "could not be read" in result["message"]
    assert "ENOENT" in result["message"]
    assert errors == []


def test_download_uses_the_runtimes_global_file_system(page_session, offline_build):
    """Without window.python, Emscripten's global FS serves."""
    page, base_url, requests, errors = page_session
    open_page(page, base_url)
    png = favicon_bytes(offline_build)
    give_page_files(page, png, where="delete window.python; window.FS = files")
    with page.expect_download(timeout=PAGE_TIMEOUT_MS) as saving:
        assert page.evaluate("gamePage.download('/tmp/x.png', 'season.bin')") is True
    with open(saving.value.path(), "rb") as saved:
        assert saved.read() == png
    assert saving.value.suggested_filename == "season.bin"
    assert page.evaluate("window.blobTypes") == ["application/octet-stream"]
    assert errors == []


# ---------------------------------------------------------------- the game stopped


def test_a_crash_brings_the_overlay_back_with_what_to_do(page_session):
    page, base_url, requests, errors = page_session
    open_page(page, base_url, "?seed=happy")
    page.evaluate("gamePage.setState('running')")
    assert not page.locator("#transfer").is_visible()

    page.evaluate("gamePage.setState('crashed', 'ValueError: boom')")
    assert state(page) == "crashed"
    assert page.locator("#transfer").is_visible()
    assert visible_steps(page) == ["step step-crashed problem"]
    step = page.locator(".step-crashed")
    text = step.inner_text()
    assert "The game stopped because of an error." in text
    assert "ValueError: boom" in text
    assert "saved after every action" in text and "reload the page" in text \
        and "Continue" in text
    assert not page.locator("#progress").is_visible()
    assert page.evaluate("document.activeElement.id") == "reload"
    assert page.evaluate("location.search") == "?seed=happy"  # the reload keeps it
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-crashed.png"))

    # The detail is text, never markup.
    page.evaluate("gamePage.setState('crashed', 'KeyError: <img src=x id=injected>')")
    assert "KeyError: <img src=x id=injected>" in step.inner_text()
    assert page.locator("#injected").count() == 0
    assert errors == []


# ---------------------------------------------------------------- a slow or blocked runtime


def test_a_runtime_that_does_not_arrive_names_what_to_allow(page_session):
    """pythons.js never answers (the context holds it): after RUNTIME_TIMEOUT_MS the page
    says what may block it, and still takes the runtime's states if it then arrives."""
    page, base_url, requests, errors = page_session
    page.clock.install()
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    poll(page, lambda: RUNTIME_URL in requests.seen, "the page to ask for the runtime")
    assert page.evaluate("gamePage.runtimeTimeoutMs") == RUNTIME_TIMEOUT_MS

    page.clock.run_for(RUNTIME_TIMEOUT_MS - 1000)
    assert state(page) == "runtime"
    assert not page.locator(".step-runtime-slow").is_visible()

    page.clock.run_for(2000)
    assert state(page) == "runtime-slow"
    assert visible_steps(page) == ["step step-runtime-slow problem"]
    text = page.locator(".step-runtime-slow").inner_text()
    assert "has not arrived yet" in text
    assert "school or company network" in text
    assert CDN_SITE in text
    assert "desktop version" in text
    assert page.locator("#progress").is_visible()  # still waiting
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-runtime-slow.png"))

    page.evaluate("setLoaderState('unpacking')")  # the runtime arrived after all
    assert visible_steps(page) == ["step step-unpacking"]
    assert errors == []


def test_a_cdn_script_that_fails_to_load_is_a_runtime_error(page_session):
    """The stand-in loads the interpreter's script as pythons.js does; the CDN refuses it."""
    page, base_url, requests, errors = page_session
    interpreter = build_web.RUNTIME_CDN + "cpython312/main.js"
    answer_cdn(page, runtime=f"""
        const script = document.createElement("script");
        script.src = "{interpreter}";
        document.head.appendChild(script);
    """)
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function("document.documentElement.dataset.state === 'runtime-error'",
                           timeout=PAGE_TIMEOUT_MS)
    step = page.locator(".step-runtime-error")
    assert visible_steps(page) == ["step step-runtime-error problem"]
    assert "Could not load " + interpreter in step.inner_text()
    assert errors == []


def test_an_error_raised_by_the_cdns_code_is_a_runtime_error(page_session):
    page, base_url, requests, errors = page_session
    answer_cdn(page, runtime='throw new Error("wasm streaming compile failed");')
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    page.wait_for_function("document.documentElement.dataset.state === 'runtime-error'",
                           timeout=PAGE_TIMEOUT_MS)
    text = page.locator(".step-runtime-error").inner_text()
    assert "wasm streaming compile failed" in text and RUNTIME_URL in text
    assert len(errors) == 1  # the stand-in's own error, which the page reported


def test_the_pythons_js_tag_reports_its_own_failure_with_the_address(page_session):
    page, base_url, requests, errors = page_session
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    poll(page, lambda: RUNTIME_URL in requests.seen, "the page to ask for the runtime")
    requests.abort_all()
    page.wait_for_function("document.documentElement.dataset.state === 'runtime-error'",
                           timeout=PAGE_TIMEOUT_MS)
    assert "Could not load " + RUNTIME_URL in page.locator(".step-runtime-error").inner_text()
    assert errors == []


# ---------------------------------------------------------------- the loading step


def test_loading_step_says_how_much_and_how_long(page_session):
    page, base_url, requests, errors = page_session
    page.goto(base_url + "index.html", wait_until="domcontentloaded", timeout=PAGE_TIMEOUT_MS)
    step = page.locator(".step-runtime")
    assert step.is_visible()
    text = " ".join(step.inner_text().split())
    assert "more than 12 MB" in text
    assert "Python and pygame-ce" in text and "pygame-web.github.io" in text
    assert "a few seconds" in text and "a minute or more" in text
    assert "Later visits are quicker" in text
    assert page.locator("#progress").is_visible() and page.locator("#status").count() == 1
    assert errors == []
