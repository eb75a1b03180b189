"""Serve the browser build locally for play (README command 4).

Usage:

    python tools/serve_web.py              # http://127.0.0.1:8000/ serves build/web/
    python tools/serve_web.py --port 8080  # another port
    python tools/serve_web.py --directory build/web

Build it first with `python tools/build_web.py`. Ctrl+C stops the server.

It listens on 127.0.0.1 only (this machine). Open the address it prints, with 127.0.0.1 and
not "localhost": pygbag's runtime takes a page on localhost for pygbag's own test server
and then looks for its packages on that server instead of its CDN. The page still needs the
internet once, for the Python runtime from pygame-web.github.io.

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
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIRECTORY = ROOT / "build" / "web"
HOST = "127.0.0.1"  # this machine only
DEFAULT_PORT = 8000

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".data": "application/octet-stream",
    ".apk": "application/octet-stream",  # a zip archive the page unpacks itself
    ".png": "image/png",
    ".ogg": "audio/ogg",
}


class WebBuildHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types a pygbag page needs, never served stale."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def make_server(directory: Path, port: int = DEFAULT_PORT) -> http.server.ThreadingHTTPServer:
    """A server for `directory` on 127.0.0.1 (port 0 picks a free port)."""
    handler = functools.partial(WebBuildHandler, directory=str(directory))
    return http.server.ThreadingHTTPServer((HOST, port), handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on (default {DEFAULT_PORT})")
    parser.add_argument("--directory", type=Path, default=DEFAULT_DIRECTORY,
                        help="folder to serve (default build/web)")
    args = parser.parse_args(argv)
    directory = args.directory.resolve()
    if not (directory / "index.html").is_file():
        print(f"serve_web: {directory} has no index.html: build it first with "
              "python tools/build_web.py", file=sys.stderr)
        return 1
    try:
        server = make_server(directory, args.port)
    except OSError as error:
        print(f"serve_web: cannot listen on {HOST}:{args.port} ({error.strerror}); "
              "try another --port", file=sys.stderr)
        return 1
    # Ctrl+C must stop the server even if this process was started with SIGINT ignored
    # (as background jobs of a non-interactive shell are).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with server:
        print(f"Serving {directory}\nPlay at http://{HOST}:{server.server_address[1]}/ "
              "(Ctrl+C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nStopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
