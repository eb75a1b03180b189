"""The files of pygbag's runtime a local copy must hold, and the check of such a copy.

A class on a network that blocks pygbag's CDN plays from a build that carries the runtime
itself (`tools/build_web.py --local-runtime`). The files it needs are listed, with the reason
each is fetched and, where known, its size and sha256, in
`web/pygbag-runtime/pygbag-0.9.3-cdn-files.toml` (the manifest). A runtime folder keeps the
CDN's paths (`0.9.3/pythons.js`, `cp312/pygame_ce-....whl`, ...) and a record,
`runtime-lock.json`, of the size and sha256 of each file as `tools/fetch_runtime.py`
checked it: against the manifest where the manifest pins them, as first downloaded where it
does not, or as accepted by the teacher when the CDN had changed a pinned file.

`folder_problems` checks a folder against the manifest and its record; the build refuses a
folder with any problem, so a half-copied or altered runtime never reaches a class.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "web" / "pygbag-runtime" / "pygbag-0.9.3-cdn-files.toml"
LOCK_NAME = "runtime-lock.json"  # the record kept in a runtime folder
MAX_MANIFEST_BYTES = 64_000
MAX_LOCK_BYTES = 64_000
HASH_CHUNK_BYTES = 1 << 20  # 1 MiB read at a time
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")

# How a size and sha256 came into the record (runtime-lock.json).
CHECKED_PINNED = "matches the manifest"
CHECKED_FIRST = "recorded at first download"
CHECKED_ACCEPTED = "accepted although the manifest pins another"
CHECKED_KINDS = (CHECKED_PINNED, CHECKED_FIRST, CHECKED_ACCEPTED)


class ManifestError(ValueError):
    """The manifest or a folder's record cannot be read; the message names the file."""


@dataclass(frozen=True)
class RuntimeFile:
    """One file the page fetches: its path below the CDN's root, and what is known of it."""

    path: str
    size: int | None
    sha256: str | None
    fetched_by: str


@dataclass(frozen=True)
class Manifest:
    """The runtime's files for one pygbag version."""

    pygbag: str
    cdn_root: str  # ends with "/"
    page_folder: str  # the page's cdn below cdn_root, ends with "/"
    files: tuple[RuntimeFile, ...]

    @property
    def paths(self) -> list[str]:
        return [entry.path for entry in self.files]


@dataclass(frozen=True)
class Recorded:
    """A file's size and sha256 as recorded in a folder's runtime-lock.json."""

    size: int
    sha256: str
    checked: str


def safe_relative_path(text: str) -> bool:
    """A plain relative POSIX path that stays inside its folder."""
    path = PurePosixPath(text)
    return (bool(text) and not path.is_absolute() and "\\" not in text
            and all(part not in ("", ".", "..") for part in text.split("/")))


def _file_entry(raw: object, where: str) -> RuntimeFile:
    if not isinstance(raw, dict):
        raise ManifestError(f"{where}: each [[file]] must be a table")
    path, size, sha256 = raw.get("path"), raw.get("size"), raw.get("sha256")
    fetched_by = raw.get("fetched_by", "")
    if not isinstance(path, str) or not safe_relative_path(path):
        raise ManifestError(f"{where}: path {path!r} is not a relative path inside the folder")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size <= 0):
        raise ManifestError(f"{where}: {path}: size must be a positive whole number of bytes")
    if sha256 is not None and (not isinstance(sha256, str)
                               or not SHA256_PATTERN.fullmatch(sha256)):
        raise ManifestError(f"{where}: {path}: sha256 must be 64 lower-case hex digits")
    if not isinstance(fetched_by, str):
        raise ManifestError(f"{where}: {path}: fetched_by must be text")
    return RuntimeFile(path=path, size=size, sha256=sha256, fetched_by=fetched_by)


def load_manifest(path: Path = MANIFEST) -> Manifest:
    """Read and check the manifest; raise ManifestError naming what is wrong."""
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise ManifestError(f"{path}: larger than {MAX_MANIFEST_BYTES} bytes")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ManifestError(f"{path}: cannot be read: {error}") from None
    runtime = data.get("runtime")
    if not isinstance(runtime, dict):
        raise ManifestError(f"{path}: no [runtime] table")
    texts = {key: runtime.get(key) for key in ("pygbag", "cdn_root", "page_folder")}
    for key, value in texts.items():
        if not isinstance(value, str) or not value:
            raise ManifestError(f"{path}: [runtime] {key} must be text")
    for key in ("cdn_root", "page_folder"):
        if not texts[key].endswith("/"):
            raise ManifestError(f"{path}: [runtime] {key} must end with /")
    raw_files = data.get("file")
    if not isinstance(raw_files, list) or not raw_files:
        raise ManifestError(f"{path}: no [[file]] entries")
    files = tuple(_file_entry(raw, str(path)) for raw in raw_files)
    paths = [entry.path for entry in files]
    if len(set(paths)) != len(paths):
        raise ManifestError(f"{path}: a path is listed twice")
    if LOCK_NAME in paths:
        raise ManifestError(f"{path}: {LOCK_NAME} is the folder's record, not a runtime file")
    return Manifest(pygbag=texts["pygbag"], cdn_root=texts["cdn_root"],
                    page_folder=texts["page_folder"], files=files)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def read_lock(folder: Path) -> tuple[str, dict[str, Recorded]]:
    """(pygbag version, records by path) of a folder's runtime-lock.json; ManifestError."""
    lock = folder / LOCK_NAME
    try:
        if lock.stat().st_size > MAX_LOCK_BYTES:
            raise ManifestError(f"{lock}: larger than {MAX_LOCK_BYTES} bytes")
        data = json.loads(lock.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{lock} is missing: this folder was not made by "
                            "tools/fetch_runtime.py") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ManifestError(f"{lock}: cannot be read: {error}") from None
    files = data.get("files") if isinstance(data, dict) else None
    pygbag = data.get("pygbag") if isinstance(data, dict) else None
    if not isinstance(files, dict) or not isinstance(pygbag, str):
        raise ManifestError(f"{lock}: not a runtime record (needs pygbag and files)")
    records = {}
    for path, raw in files.items():
        if not isinstance(raw, dict):
            raise ManifestError(f"{lock}: {path}: not a record")
        size, sha256, checked = raw.get("size"), raw.get("sha256"), raw.get("checked")
        if (not isinstance(size, int) or isinstance(size, bool) or size < 0
                or not isinstance(sha256, str) or not SHA256_PATTERN.fullmatch(sha256)
                or checked not in CHECKED_KINDS):
            raise ManifestError(f"{lock}: {path}: needs size, sha256 and how it was checked")
        records[path] = Recorded(size=size, sha256=sha256, checked=checked)
    return pygbag, records


def write_lock(folder: Path, pygbag: str, records: dict[str, Recorded]) -> None:
    """Write a folder's runtime-lock.json (atomically: a reader never sees half of it)."""
    data = {"pygbag": pygbag,
            "about": "sizes and sha256 of this runtime folder's files, as "
                     "tools/fetch_runtime.py checked them",
            "files": {path: {"size": record.size, "sha256": record.sha256,
                             "checked": record.checked}
                      for path, record in sorted(records.items())}}
    temporary = folder / (LOCK_NAME + ".part")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    temporary.replace(folder / LOCK_NAME)


def pin_problem(entry: RuntimeFile, size: int, sha256: str) -> str | None:
    """How a file's size or sha256 differs from what the manifest pins; None if it does not."""
    if entry.size is not None and size != entry.size:
        return f"{entry.path} is {size} bytes; the manifest expects {entry.size}"
    if entry.sha256 is not None and sha256 != entry.sha256:
        return (f"{entry.path}: sha256 {sha256[:12]}... differs from the manifest's "
                f"{entry.sha256[:12]}...")
    return None


def folder_problems(folder: Path, manifest: Manifest) -> list[str]:
    """What is wrong with a runtime folder: empty when it holds every file as recorded.

    Each file of the manifest must be in the folder and in its record, with the recorded
    size and sha256 (read again from disk); a record must agree with the manifest's pins
    unless the teacher accepted the difference when fetching.
    """
    if not folder.is_dir():
        return [f"{folder} is not a folder"]
    try:
        pygbag, records = read_lock(folder)
    except ManifestError as error:
        return [str(error)]
    if pygbag != manifest.pygbag:
        return [f"{folder} holds the runtime of pygbag {pygbag}; this game needs "
                f"{manifest.pygbag}"]
    problems = []
    for entry in manifest.files:
        path, record = folder / entry.path, records.get(entry.path)
        if record is None:
            problems.append(f"{entry.path} is not in {LOCK_NAME}")
        elif not path.is_file():
            problems.append(f"{entry.path} is missing")
        elif path.stat().st_size != record.size:
            problems.append(f"{entry.path} is {path.stat().st_size} bytes; "
                            f"{record.size} were recorded")
        elif sha256_of(path) != record.sha256:
            problems.append(f"{entry.path} has changed since it was recorded (sha256)")
        elif record.checked != CHECKED_ACCEPTED:
            pinned = pin_problem(entry, record.size, record.sha256)
            if pinned:
                problems.append(pinned)
    return problems
