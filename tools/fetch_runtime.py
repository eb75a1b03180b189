"""Download pygbag's browser runtime once, for a class on a network that blocks its CDN.

Usage (on a computer with internet, once; then carry the folder on a USB stick if need be):

    python tools/fetch_runtime.py                  # into build/pygbag-runtime-0.9.3/
    python tools/fetch_runtime.py FOLDER           # into FOLDER
    python tools/fetch_runtime.py --check FOLDER   # only check a folder (no network)
    python tools/fetch_runtime.py --from URL       # from a mirror of the CDN's root
    python tools/fetch_runtime.py --accept-changed # take files the CDN has changed

then `python tools/build_web.py --local-runtime FOLDER` and `python tools/serve_web.py --lan`.

It downloads exactly the files the manifest lists
(`web/pygbag-runtime/pygbag-0.9.3-cdn-files.toml`: the interpreter, its standard library,
the start-up script and the pygame-ce wheel, about 12 MB) from
https://pygame-web.github.io/cdn/, keeping the CDN's paths inside the folder. Each file is
written under a temporary name and moved into place only once complete, and checked: its
size and sha256 must be the manifest's where the manifest pins them. Where the manifest
does not know them (main.wasm and main.data, too large for the snapshot the list was read
from), they are recorded as first downloaded. The record, `runtime-lock.json` in the
folder, is what `--check` and the build verify from then on. Files already there and
matching the record are not downloaded again, so an interrupted run can be resumed.

If the CDN has replaced a file whose size and sha256 the manifest pins, nothing of that file
is kept and the run fails, naming it; `--accept-changed` keeps the CDN's new copy (the game
was not tested with it) and records that it was accepted. Exit status: 0 when the folder is
complete and checked, 1 otherwise. Proxies set in the environment (HTTPS_PROXY) are used.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: tools/ is on the path, not the repository
    sys.path.insert(0, str(ROOT))

from tools.runtime_manifest import (  # noqa: E402
    CHECKED_ACCEPTED,
    CHECKED_FIRST,
    CHECKED_PINNED,
    LOCK_NAME,
    Manifest,
    ManifestError,
    Recorded,
    RuntimeFile,
    folder_problems,
    load_manifest,
    pin_problem,
    read_lock,
    sha256_of,
    write_lock,
)

DEFAULT_FOLDER = ROOT / "build" / "pygbag-runtime-0.9.3"
REQUEST_TIMEOUT_S = 60  # the longest wait for the server between two pieces of a file
MAX_FILE_BYTES = 64_000_000  # 64 MB: far above the largest file (main.data, 6.7 MB)
CHUNK_BYTES = 1 << 16  # 64 KiB read at a time
BYTES_PER_MB = 1_000_000
USER_AGENT = "credit-to-society fetch_runtime.py"

class FetchError(Exception):
    """A file could not be downloaded; the message says which and why."""


def file_url(base_url: str, path: str) -> str:
    """The address of `path` below `base_url` (which ends with "/")."""
    return base_url + urllib.parse.quote(path, safe="/")


def download(url: str, destination: Path, limit: int = MAX_FILE_BYTES) -> tuple[int, str]:
    """Download `url` to `destination` + ".part"; (size, sha256). Raises FetchError.

    The caller moves the part file into place (or deletes it) once it is checked.
    """
    part = destination.with_name(destination.name + ".part")
    part.parent.mkdir(parents=True, exist_ok=True)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    digest, size = hashlib.sha256(), 0
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response, \
                part.open("wb") as out:
            while chunk := response.read(CHUNK_BYTES):
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"{url} is larger than {limit / BYTES_PER_MB:.0f} MB")
                digest.update(chunk)
                out.write(chunk)
    except FetchError:
        part.unlink(missing_ok=True)
        raise
    except urllib.error.HTTPError as error:
        part.unlink(missing_ok=True)
        raise FetchError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        part.unlink(missing_ok=True)
        raise FetchError(f"{url}: cannot connect ({error.reason})") from None
    except OSError as error:  # a timeout or a connection reset in the middle
        part.unlink(missing_ok=True)
        raise FetchError(f"{url}: the download broke off ({error})") from None
    return size, digest.hexdigest()


def existing_records(folder: Path) -> dict[str, Recorded]:
    """The folder's record, or nothing if it has none (or a broken one: it is rewritten)."""
    try:
        return read_lock(folder)[1]
    except ManifestError:
        return {}


def still_good(folder: Path, entry: RuntimeFile, record: Recorded | None) -> bool:
    """Whether the file on disk is the recorded one, and the record may stand."""
    path = folder / entry.path
    if record is None or not path.is_file() or path.stat().st_size != record.size:
        return False
    if record.checked != CHECKED_ACCEPTED and pin_problem(entry, record.size, record.sha256):
        return False
    return sha256_of(path) == record.sha256


def fetch_folder(manifest: Manifest, folder: Path, base_url: str, *,
                 accept_changed: bool = False,
                 log: Callable[[str], None] = print) -> list[str]:
    """Fill `folder` with the manifest's files from `base_url`; the problems left (or [])."""
    folder.mkdir(parents=True, exist_ok=True)
    records = existing_records(folder)
    problems = []
    for entry in manifest.files:
        destination = folder / entry.path
        if still_good(folder, entry, records.get(entry.path)):
            log(f"  {entry.path}: already here and checked")
            continue
        url = file_url(base_url, entry.path)
        try:
            size, sha256 = download(url, destination)
        except FetchError as error:
            problems.append(str(error))
            log(f"  {entry.path}: FAILED: {error}")
            continue
        part = destination.with_name(destination.name + ".part")
        differs = pin_problem(entry, size, sha256)
        if differs and not accept_changed:
            part.unlink()
            problems.append(f"{differs}: the CDN's copy is not the one this project checked; "
                            "nothing of it was kept (--accept-changed takes it anyway, "
                            "untested)")
            log(f"  {entry.path}: REFUSED: {differs}")
            continue
        part.replace(destination)
        if differs:
            checked = CHECKED_ACCEPTED
            log(f"  {entry.path}: {size / BYTES_PER_MB:.2f} MB, ACCEPTED although {differs}")
        elif entry.sha256 is not None:
            checked = CHECKED_PINNED
            log(f"  {entry.path}: {size / BYTES_PER_MB:.2f} MB, matches the manifest")
        else:
            checked = CHECKED_FIRST
            log(f"  {entry.path}: {size / BYTES_PER_MB:.2f} MB, sha256 {sha256[:12]}... "
                "recorded (the manifest does not know it)")
        records[entry.path] = Recorded(size=size, sha256=sha256, checked=checked)
        write_lock(folder, manifest.pygbag, records)  # after each file: a rerun resumes
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="where to keep the runtime (default build/pygbag-runtime-0.9.3)")
    parser.add_argument("--from", dest="base_url", default=None,
                        help="the CDN's root or a mirror of it (default: the manifest's)")
    parser.add_argument("--check", action="store_true",
                        help="only check the folder against its record (no network)")
    parser.add_argument("--accept-changed", action="store_true",
                        help="keep files the CDN has changed since the manifest was written")
    args = parser.parse_args(argv)
    try:
        manifest = load_manifest()
    except ManifestError as error:
        print(f"fetch_runtime: {error}", file=sys.stderr)
        return 1
    folder = args.folder.resolve()
    if not args.check:
        base_url = args.base_url or manifest.cdn_root
        if not base_url.endswith("/"):
            base_url += "/"
        print(f"Fetching pygbag {manifest.pygbag}'s runtime ({len(manifest.files)} files) "
              f"from {base_url}\ninto {folder}")
        fetch_folder(manifest, folder, base_url, accept_changed=args.accept_changed)
    problems = folder_problems(folder, manifest)
    if problems:
        print("fetch_runtime: the runtime folder is not complete:\n  " + "\n  ".join(problems),
              file=sys.stderr)
        return 1
    total = sum((folder / entry.path).stat().st_size for entry in manifest.files)
    print(f"{folder}: all {len(manifest.files)} files present and checked "
          f"({total / BYTES_PER_MB:.1f} MB; record: {LOCK_NAME}).\n"
          f"Build with it: python tools/build_web.py --local-runtime {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
