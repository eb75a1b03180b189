"""Serve the browser build locally for play (README command 4).

Usage:

    python tools/serve_web.py              # http://127.0.0.1:8000/ serves build/web/
    python tools/serve_web.py --port 8080  # another port
    python tools/serve_web.py --directory build/web
    python tools/serve_web.py --lan        # for a class: every device on this network

Build it first with `python tools/build_web.py`. Ctrl+C stops the server.

`--lan` listens on every network interface (0.0.0.0), so the students' devices on the same
network can open the game, and prints the address to give them in big characters. For a
network that blocks pygbag's CDN, build with `--local-runtime` first: the laptop then
serves the runtime too, and nothing needs the internet. It says which kind of build it serves.

Without --lan it listens on 127.0.0.1 only (this machine). Open the address it prints, with
127.0.0.1 and not "localhost": pygbag's runtime takes a page on localhost for pygbag's own
test server and then looks for its packages on that server instead of its CDN. The page
still needs the internet once, for the Python runtime from pygame-web.github.io, unless it
was built with --local-runtime.

Headers: the right MIME types (.wasm, .apk, .data, UTF-8 pages) and `Cache-Control:
no-cache` so a rebuilt package is picked up on reload. It does not send the cross-origin
isolation headers pygbag's own test server sends (`Cross-Origin-Embedder-Policy:
require-corp` and friends): that server also relays the CDN through itself, whereas this
page loads the runtime straight from the CDN, whose files would then be blocked.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import signal
import socket
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: tools/ is on the path, not the repository
    sys.path.insert(0, str(ROOT))

from tools.big_text import banner  # noqa: E402

DEFAULT_DIRECTORY = ROOT / "build" / "web"
HOST = "127.0.0.1"  # this machine only
LAN_HOST = "0.0.0.0"  # every interface: the devices of the local network
DEFAULT_PORT = 8000
LOCAL_RUNTIME_RECORD = Path("runtime") / "runtime-lock.json"  # in a --local-runtime build
# Outside addresses that are never contacted: connecting a UDP socket sends nothing, it only
# asks the system which of this computer's addresses it would use to reach them.
ROUTE_PROBES = ("192.0.2.1", "10.255.255.255", "172.31.255.255", "192.168.255.255")
PROBE_PORT = 9  # the discard port; nothing is sent
FALLBACK_COLUMNS = 80  # the terminal's width when it cannot be asked

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".data": "application/octet-stream",
    ".apk": "application/octet-stream",  # a zip archive the page unpacks itself
    ".whl": "application/zip",  # the pygame-ce wheel of a local runtime
    ".png": "image/png",
    ".ogg": "audio/ogg",
}


class WebBuildHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types a pygbag page needs, never served stale."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def make_server(directory: Path, port: int = DEFAULT_PORT,
                host: str = HOST) -> http.server.ThreadingHTTPServer:
    """A server for `directory` on `host` (port 0 picks a free port)."""
    handler = functools.partial(WebBuildHandler, directory=str(directory))
    return http.server.ThreadingHTTPServer((host, port), handler)


def route_address(target: str) -> str | None:
    """This computer's IPv4 address on the way to `target`, or None (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect((target, PROBE_PORT))
            return probe.getsockname()[0]
    except OSError:
        return None


def host_addresses() -> list[str]:
    """The IPv4 addresses the system lists for this computer's own name."""
    try:
        return socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        return []


def lan_addresses(route: Callable[[str], str | None] = route_address,
                  listed: Callable[[], list[str]] = host_addresses) -> list[str]:
    """This computer's addresses on its networks, most likely first; loopback left out."""
    found = []
    for address in [route(target) for target in ROUTE_PROBES] + listed():
        if address and not address.startswith(("127.", "0.")) and address not in found:
            found.append(address)
    return found


def lan_notice(directory: Path, port: int, addresses: list[str], columns: int) -> str:
    """What --lan prints: the address to give the students, large, and what the build needs."""
    if not addresses:
        return ("No network address found for this computer: connect it to the class's "
                "network (Wi-Fi or cable) and start again.")
    main = f"{addresses[0]}:{port}"
    lines = ["Students open this address in a browser on the same network:", ""]
    lines += banner(main, columns) or [main]
    lines += ["", f"    http://{main}/", ""]
    notes = []
    if len(addresses) > 1:
        others = ", ".join(f"http://{address}:{port}/" for address in addresses[1:])
        notes.append(f"If that one does not answer, this computer is also at: {others}")
    if (directory / LOCAL_RUNTIME_RECORD).is_file():
        notes.append("This build serves pygbag's runtime too: nothing needs the internet.")
    else:
        notes.append("This build loads Python from pygame-web.github.io: each student's "
                     "browser needs the internet. For a closed network: python "
                     "tools/fetch_runtime.py (once, online), then python tools/build_web.py "
                     "--local-runtime.")
    notes.append("Anyone on this network can open the game while this runs. If no device can "
                 "connect, allow Python through this computer's firewall.")
    lines += [textwrap.fill(note, width=max(columns, FALLBACK_COLUMNS // 2)) for note in notes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on (default {DEFAULT_PORT})")
    parser.add_argument("--directory", type=Path, default=DEFAULT_DIRECTORY,
                        help="folder to serve (default build/web)")
    parser.add_argument("--lan", action="store_true",
                        help="serve every device on this network, not only this computer, "
                             "and print the address for them in big characters")
    args = parser.parse_args(argv)
    directory = args.directory.resolve()
    if not (directory / "index.html").is_file():
        print(f"serve_web: {directory} has no index.html: build it first with "
              "python tools/build_web.py", file=sys.stderr)
        return 1
    host = LAN_HOST if args.lan else HOST
    try:
        server = make_server(directory, args.port, host)
    except OSError as error:
        print(f"serve_web: cannot listen on {host}:{args.port} ({error.strerror}); "
              "try another --port", file=sys.stderr)
        return 1
    # Ctrl+C must stop the server even if this process was started with SIGINT ignored
    # (as background jobs of a non-interactive shell are).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with server:
        port = server.server_address[1]
        if args.lan:
            columns = shutil.get_terminal_size((FALLBACK_COLUMNS, 0)).columns
            print(f"Serving {directory} to this network (Ctrl+C stops)\n", flush=True)
            print(lan_notice(directory, port, lan_addresses(), columns), flush=True)
        else:
            print(f"Serving {directory}\nPlay at http://{HOST}:{port}/ (Ctrl+C stops)",
                  flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nStopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
