"""tools/serve_web.py --lan (one laptop serving a class) and its big-character address."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import pytest

from tools import big_text, serve_web

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 20
ADDRESS_LINE = re.compile(r"^\s+http://([0-9.]+):(\d+)/$")


def decode_large(lines: list[str]) -> list[str]:
    """Pixels back from render_large: two cells a pixel."""
    return [line[::2].replace(big_text.FULL, "#").replace(" ", ".") for line in lines]


def decode_small(lines: list[str]) -> list[str]:
    """Pixels back from render_small: each line two pixel rows."""
    top = {big_text.FULL: "#", big_text.UPPER: "#", big_text.LOWER: ".", " ": "."}
    bottom = {big_text.FULL: "#", big_text.UPPER: ".", big_text.LOWER: "#", " ": "."}
    rows = []
    for line in lines:
        rows += ["".join(map(top.get, line)), "".join(map(bottom.get, line))]
    return rows


def same_pixels(decoded: list[str], expected: list[str]) -> bool:
    """Equal once trailing blank pixels (stripped when drawn) are ignored."""
    trimmed = [row.rstrip(".") for row in decoded]
    return trimmed[:len(expected)] == [row.rstrip(".") for row in expected] \
        and all(not row for row in trimmed[len(expected):])


def test_banner_draws_the_address_pixel_for_pixel_as_large_as_fits():
    text = "192.168.1.23:8000"
    pixels = big_text.pixel_rows(text)
    large = big_text.banner(text, 200)
    assert len(large) == big_text.GLYPH_HEIGHT_PX
    assert same_pixels(decode_large(large), pixels)

    small = big_text.banner(text, 70)  # too narrow for large, even split in two
    assert len(small) == 3 and big_text.width(small) <= 70
    assert same_pixels(decode_small(small), pixels)


def test_banner_splits_after_the_colon_then_gives_up():
    text = "192.168.100.123:8000"
    split = big_text.banner(text, 110)
    assert len(split) == 2 * big_text.GLYPH_HEIGHT_PX + 1 and split[big_text.GLYPH_HEIGHT_PX] == ""
    assert same_pixels(decode_large(split[:big_text.GLYPH_HEIGHT_PX]),
                       big_text.pixel_rows("192.168.100.123"))
    assert same_pixels(decode_large(split[big_text.GLYPH_HEIGHT_PX + 1:]),
                       big_text.pixel_rows(":8000"))
    assert big_text.banner(text, 20) == []
    assert big_text.banner("école", 200) == []  # a character the font lacks


def test_lan_addresses_put_the_route_first_and_leave_out_loopback():
    routes = {"192.0.2.1": "192.168.1.23", "10.255.255.255": "10.8.0.2"}
    found = serve_web.lan_addresses(route=routes.get,
                                    listed=lambda: ["127.0.1.1", "192.168.1.23", "172.17.0.1"])
    assert found == ["192.168.1.23", "10.8.0.2", "172.17.0.1"]
    assert serve_web.lan_addresses(route=lambda _: None, listed=lambda: ["127.0.0.1"]) == []


def test_lan_notice_names_the_address_and_what_the_build_needs(tmp_path):
    cdn_build = serve_web.lan_notice(tmp_path, 8000, ["192.168.1.23", "10.8.0.2"], 100)
    assert "http://192.168.1.23:8000/" in cdn_build
    assert big_text.FULL in cdn_build
    assert "http://10.8.0.2:8000/" in cdn_build
    assert "needs the internet" in cdn_build and "--local-runtime" in cdn_build
    record = tmp_path / serve_web.LOCAL_RUNTIME_RECORD
    record.parent.mkdir()
    record.write_text("{}", encoding="utf-8")
    local_build = serve_web.lan_notice(tmp_path, 8000, ["192.168.1.23"], 100)
    assert "nothing needs the internet" in local_build
    assert all(len(line) <= 100 for line in local_build.splitlines())
    assert "No network address" in serve_web.lan_notice(tmp_path, 8000, [], 100)


def test_a_lan_server_answers_on_this_computers_network_address(tmp_path):
    (tmp_path / "index.html").write_text("<title>class</title>", encoding="utf-8")
    server = serve_web.make_server(tmp_path, port=0, host=serve_web.LAN_HOST)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert server.server_address[0] == "0.0.0.0"
        port = server.server_address[1]
        for host in ["127.0.0.1", *serve_web.lan_addresses()[:1]]:
            with urllib.request.urlopen(f"http://{host}:{port}/index.html", timeout=5) as page:
                assert page.read() == b"<title>class</title>"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.skipif(sys.platform == "win32", reason="stops the server with SIGINT")
def test_serve_web_lan_prints_the_address_large_and_serves_it(tmp_path):
    (tmp_path / "index.html").write_text("<title>class</title>", encoding="utf-8")
    command = [sys.executable, str(ROOT / "tools" / "serve_web.py"), "--lan", "--port", "0",
               "--directory", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, env={**os.environ, "COLUMNS": "100"})
    printed = []
    try:
        timer = threading.Timer(STARTUP_TIMEOUT_S, process.kill)
        timer.start()
        for line in process.stdout:
            printed.append(line.rstrip("\n"))
            if ADDRESS_LINE.match(line.rstrip("\n")) or "No network address" in line:
                break
        timer.cancel()
        output = "\n".join(printed)
        found = ADDRESS_LINE.match(printed[-1])
        if found is None:
            pytest.skip(f"this machine has no network address: {output}")
        assert big_text.FULL in output or big_text.UPPER in output, output
        with urllib.request.urlopen(f"http://{found[1]}:{found[2]}/index.html",
                                    timeout=5) as page:
            assert page.status == 200
    finally:
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=STARTUP_TIMEOUT_S)
    assert "Stopped." in rest
