"""A stand-in for pygbag's CDN, for the tests of the local runtime (no internet here).

`make_stand_in_cdn` writes a fake file at every path the manifest lists (given contents
where the test needs them, e.g. a stand-in pythons.js); `serve_recording` serves a folder on
127.0.0.1 and records every path asked for. The real runtime's files cannot be downloaded
here, so a stand-in runtime never boots Python: tests assert on what is fetched and kept.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

from tools.runtime_manifest import Manifest

FAKE_FILE_REPEAT = 64  # a fake file is its own name this many times: small, distinct


def fake_content(path: str) -> bytes:
    return (f"stand-in for {path}\n" * FAKE_FILE_REPEAT).encode("utf-8")


def make_stand_in_cdn(root: Path, manifest: Manifest,
                      contents: dict[str, bytes] | None = None) -> Path:
    """Write every file of `manifest` below `root` (the CDN's root); returns `root`."""
    contents = contents or {}
    for entry in manifest.files:
        path = root / entry.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(contents.get(entry.path, fake_content(entry.path)))
    return root


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly and appends each requested path to `self.requested`."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".apk": "application/octet-stream",
                      ".whl": "application/zip", ".data": "application/octet-stream"}

    def __init__(self, *args, requested: list[str], **kwargs) -> None:
        self.requested = requested
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        self.requested.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base's name
        pass


@contextlib.contextmanager
def serve_recording(directory: Path) -> Iterator[tuple[str, list[str]]]:
    """Serve `directory` at a free port of 127.0.0.1: (base URL, paths requested so far)."""
    requested: list[str] = []
    handler = functools.partial(RecordingHandler, directory=str(directory),
                                requested=requested)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", requested
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
