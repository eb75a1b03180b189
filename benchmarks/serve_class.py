"""How fast one laptop's server hands a class the runtime: `python -m benchmarks.serve_class`.

A class on a closed network downloads pygbag's runtime from the teacher's laptop
(`tools/serve_web.py --lan` serving a `--local-runtime` build). This serves stand-in files
of the runtime's known sizes (the manifest's: all but main.wasm, whose size it does not
know) with serve_web's own server, and lets STUDENTS clients download all of them at once
over the loopback interface, then prints one JSON line: seconds, megabytes and MB/s.

Over loopback there is no network in the way, so the figure is the server's own ceiling on
this machine, not a classroom's: a Wi-Fi network is usually far slower than this, and then
the network, not the server, sets the pace.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tools import serve_web
from tools.runtime_manifest import load_manifest

STUDENTS = 30  # a class, each device fetching the runtime at the same moment
CHUNK_BYTES = 1 << 16
BYTES_PER_MB = 1_000_000


def make_runtime(folder: Path) -> list[str]:
    """Stand-in files of the manifest's known sizes; their paths."""
    paths = []
    for entry in load_manifest().files:
        if entry.size is None:
            continue
        path = folder / entry.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * entry.size)
        paths.append(entry.path)
    return paths


def fetch_all(base_url: str, paths: list[str]) -> int:
    received = 0
    for path in paths:
        with urllib.request.urlopen(base_url + path, timeout=120) as response:
            while chunk := response.read(CHUNK_BYTES):
                received += len(chunk)
    return received


def run(students: int = STUDENTS) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        paths = make_runtime(folder)
        server = serve_web.make_server(folder, port=0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base_url = f"http://{serve_web.HOST}:{server.server_address[1]}/"
        try:
            started = time.perf_counter()
            # The server logs each request to stderr; 240 lines say nothing here.
            with contextlib.redirect_stderr(io.StringIO()), \
                    ThreadPoolExecutor(max_workers=students) as pool:
                received = sum(pool.map(lambda _: fetch_all(base_url, paths), range(students)))
            seconds = time.perf_counter() - started
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
    row = {"benchmark": "serve_class_runtime", "students": students,
           "mb_per_student": round(received / students / BYTES_PER_MB, 2),
           "mb_total": round(received / BYTES_PER_MB, 1), "seconds": round(seconds, 2),
           "mb_per_s": round(received / BYTES_PER_MB / seconds, 1)}
    print(json.dumps(row), flush=True)
    return row


if __name__ == "__main__":
    run()
    sys.exit(0)
