"""Where the player's settings and saves live, written safely and read without crashing.

``Storage`` reads and writes small JSON documents by name ("settings", "save-1") through a
``StorageBackend``: a folder on the desktop (``FileBackend``), the page's ``localStorage``
in the browser (``LocalStorageBackend``), or memory where the browser blocks it. Writes are atomic
(temporary file, then ``os.replace``). A document that cannot be read is moved aside to
``<name>.corrupt-<n>.json``, never deleted or overwritten, and the problem is reported in
the result instead of raised. This module does not import pygame.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.engine import InputError, parse_bounded_json

APP_DIR_NAME = "credit-to-society"
DATA_DIR_ENV_VAR = "CREDIT_TO_SOCIETY_DATA_DIR"
DOCUMENT_SUFFIX = ".json"
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")  # safe as a file name anywhere
CORRUPT_KEY_PATTERN = r"{name}\.corrupt-(\d+)\.json"
JSON_INDENT = 2
MOVE_ASIDE_ATTEMPTS = 1000  # names tried when setting a corrupt document aside
MAX_DOCUMENT_BYTES = 4_000_000  # bytes read at most (UTF-8: up to 4 a character)
STALE_TEMP_S = 60.0  # seconds after which a half-written temporary file is left over


def default_data_dir(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """The folder for the player's data on this platform.

    ``CREDIT_TO_SOCIETY_DATA_DIR`` wins if set (tests use it). Otherwise: Windows
    ``%APPDATA%``, macOS ``~/Library/Application Support``, elsewhere ``$XDG_DATA_HOME``
    or ``~/.local/share``; each with a ``credit-to-society`` folder inside.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    override = environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    if platform.startswith("win"):
        base = Path(environ["APPDATA"]) if environ.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = environ.get("XDG_DATA_HOME")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_DIR_NAME


class StorageBackend(ABC):
    """Byte storage by key ("settings.json"); how and where bytes live is up to it.

    Files on the desktop (``FileBackend``), the page's localStorage in the browser
    (``LocalStorageBackend``), a dictionary in tests (``MemoryBackend``).
    """

    @abstractmethod
    def load(self, key: str) -> bytes | None:
        """The stored bytes, or None if there is nothing under ``key``. May raise OSError."""

    @abstractmethod
    def save(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` atomically: afterwards readers see old or new, whole."""

    @abstractmethod
    def move(self, key: str, new_key: str) -> None:
        """Rename ``key`` to ``new_key``; raises FileExistsError if ``new_key`` exists."""

    @abstractmethod
    def keys(self) -> list[str]:
        """All stored keys, sorted."""

    @abstractmethod
    def describe(self, key: str) -> str:
        """Where ``key`` lives, for messages (a path, or a storage key)."""


class FileBackend(StorageBackend):
    """Keys are file names in one folder, created on first write. Temporary files that a
    write stopped half-way (power cut, killed process) left behind are removed when the
    backend is made, once they are older than STALE_TEMP_S."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.remove_stale_temporaries()

    def remove_stale_temporaries(self, now: float | None = None) -> list[str]:
        """Delete `.<key>.*.tmp` files older than STALE_TEMP_S; their names."""
        now = time.time() if now is None else now
        removed = []
        try:
            for entry in self.directory.glob(".*.tmp"):
                if entry.is_file() and now - entry.stat().st_mtime > STALE_TEMP_S:
                    entry.unlink(missing_ok=True)
                    removed.append(entry.name)
        except OSError:
            pass  # a folder we cannot list or clean is reported when it is written to
        return removed

    def load(self, key: str) -> bytes | None:
        try:
            return (self.directory / key).read_bytes()
        except FileNotFoundError:
            return None

    def save(self, key: str, data: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=f".{key}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.directory / key)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def move(self, key: str, new_key: str) -> None:
        target = self.directory / new_key
        if target.exists():
            raise FileExistsError(str(target))
        os.rename(self.directory / key, target)

    def keys(self) -> list[str]:
        if not self.directory.is_dir():
            return []
        return sorted(entry.name for entry in self.directory.iterdir() if entry.is_file())

    def describe(self, key: str) -> str:
        """The file's path, with the user's home folder written `~` (a notice on a
        projector should not show the teacher's user name)."""
        path = self.directory / key
        try:
            return str(Path("~") / path.relative_to(Path.home()))
        except (ValueError, RuntimeError):
            return str(path)


class LocalStorageBackend(StorageBackend):
    """The browser's ``window.localStorage``: text values under a prefix, so a reload (or
    the next visit) finds the saves and settings again. Values must be UTF-8 text.

    The store is the page's object (from ``game.services.web.local_storage``); any error it throws
    (quota exceeded, storage switched off meanwhile) becomes an ``OSError``, which
    ``Storage`` reports instead of raising."""

    def __init__(self, local_storage: Any, prefix: str = f"{APP_DIR_NAME}/") -> None:
        self.store = local_storage
        self.prefix = prefix

    def _call(self, what: str, method: str, *args: Any) -> Any:
        try:
            return getattr(self.store, method)(*args)
        except Exception as error:  # JavaScript errors arrive as plain Exception
            raise OSError(f"localStorage refused to {what}: {error}") from error

    def load(self, key: str) -> bytes | None:
        value = self._call("read", "getItem", self.prefix + key)
        if value is None:
            return None
        return str(value).encode("utf-8", errors="surrogateescape")

    def save(self, key: str, data: bytes) -> None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise OSError(f"only UTF-8 text can go into localStorage ({error})") from error
        self._call("write", "setItem", self.prefix + key, text)  # one call: old or new

    def move(self, key: str, new_key: str) -> None:
        if self._call("read", "getItem", self.prefix + new_key) is not None:
            raise FileExistsError(new_key)
        value = self._call("read", "getItem", self.prefix + key)
        if value is None:
            raise FileNotFoundError(key)
        self._call("write", "setItem", self.prefix + new_key, value)
        self._call("remove", "removeItem", self.prefix + key)

    def keys(self) -> list[str]:
        try:
            count = int(self.store.length)
        except Exception as error:
            raise OSError(f"localStorage refused to list its keys: {error}") from error
        names = [self._call("list", "key", index) for index in range(count)]
        return sorted(str(name)[len(self.prefix):] for name in names
                      if name is not None and str(name).startswith(self.prefix))

    def describe(self, key: str) -> str:
        return f"this browser's storage ({self.prefix}{key})"


class MemoryBackend(StorageBackend):
    """Keeps everything in a dictionary: for tests, and for a session with no disk."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def load(self, key: str) -> bytes | None:
        return self.data.get(key)

    def save(self, key: str, data: bytes) -> None:
        self.data[key] = bytes(data)

    def move(self, key: str, new_key: str) -> None:
        if new_key in self.data:
            raise FileExistsError(new_key)
        self.data[new_key] = self.data.pop(key)

    def keys(self) -> list[str]:
        return sorted(self.data)

    def describe(self, key: str) -> str:
        return f"memory:{key}"


@dataclass(frozen=True)
class ReadResult:
    """What ``read_json`` found: ``data`` (None if missing or unreadable) and any problem."""

    data: Any = None
    problem: str | None = None
    moved_to: str | None = None  # key the unreadable document was moved aside to

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class WriteResult:
    """What ``write_json`` did; ``problem`` says why the document could not be stored."""

    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


class Storage:
    """Named JSON documents on a backend. Reads never raise; writes report failures.

    ``persistent`` is False where nothing outlives the session: a browser that blocks the
    page's storage, where the game keeps its saves in memory and says so."""

    def __init__(self, backend: StorageBackend, persistent: bool = True) -> None:
        self.backend = backend
        self.persistent = persistent

    @classmethod
    def for_this_platform(cls) -> Storage:
        """The page's localStorage in the browser (its in-memory file system is lost on
        reload), or memory where the browser blocks that storage; files in
        ``default_data_dir()`` everywhere else."""
        from game.services import web

        if not web.RUNNING_IN_BROWSER:
            return cls(FileBackend(default_data_dir()))
        store = web.local_storage()
        if store is None:
            return cls(MemoryBackend(), persistent=False)
        return cls(LocalStorageBackend(store))

    def write_json(self, name: str, document: Any) -> WriteResult:
        """Store ``document`` as ``<name>.json`` atomically.

        Raises ``TypeError``/``ValueError`` if the document is not JSON-serialisable (a
        programming error); returns a problem if the backend cannot store it.
        """
        key = document_key(name)
        text = json.dumps(document, ensure_ascii=False, indent=JSON_INDENT, allow_nan=False)
        data = (text + "\n").encode("utf-8")
        try:
            self.backend.save(key, data)
        except OSError as error:
            return WriteResult(f"could not save {self.backend.describe(key)}: {error}")
        return WriteResult()

    def read_json(self, name: str, expected_type: type = dict) -> ReadResult:
        """Load ``<name>.json``. Missing: no data, no problem. Corrupt (undecodable bytes,
        bad JSON, or a top level that is not ``expected_type``): moved aside and reported."""
        key = document_key(name)
        try:
            data = self.backend.load(key)
        except OSError as error:
            return ReadResult(problem=f"could not read {self.backend.describe(key)}: {error}")
        if data is None:
            return ReadResult()
        if len(data) > MAX_DOCUMENT_BYTES:
            return self._quarantine(name, key, f"is {len(data):,} bytes long (at most "
                                               f"{MAX_DOCUMENT_BYTES:,})")
        try:
            document = parse_bounded_json(data.decode("utf-8"))
        except UnicodeDecodeError as error:
            return self._quarantine(name, key, f"is not UTF-8 text ({error.reason})")
        except InputError as error:
            return self._quarantine(name, key, str(error))
        if not isinstance(document, expected_type):
            found = type(document).__name__
            return self._quarantine(
                name, key, f"holds a {found} where a {expected_type.__name__} was expected"
            )
        return ReadResult(data=document)

    def set_aside(self, name: str, reason: str) -> ReadResult:
        """Move a document that parsed but failed a later check (e.g. a damaged save) aside,
        exactly as ``read_json`` does with unreadable ones; never deletes it."""
        return self._quarantine(name, document_key(name), reason)

    def _quarantine(self, name: str, key: str, reason: str) -> ReadResult:
        where = self.backend.describe(key)
        try:
            moved_to = self._move_aside(name, key)
        except OSError as error:
            return ReadResult(problem=f"{where} {reason}; it could not be moved aside: {error}")
        return ReadResult(
            problem=f"{where} {reason}; it was kept as {self.backend.describe(moved_to)}",
            moved_to=moved_to,
        )

    def _move_aside(self, name: str, key: str) -> str:
        """Rename ``key`` to ``<name>.corrupt-<n>.json`` with n one above any used so far."""
        pattern = re.compile(CORRUPT_KEY_PATTERN.format(name=re.escape(name)))
        used = [int(m.group(1)) for k in self.backend.keys() if (m := pattern.fullmatch(k))]
        first = max(used, default=0) + 1
        for number in range(first, first + MOVE_ASIDE_ATTEMPTS):
            new_key = f"{name}.corrupt-{number}{DOCUMENT_SUFFIX}"
            try:
                self.backend.move(key, new_key)
            except FileExistsError:
                continue  # taken since we listed the keys: try the next number
            return new_key
        raise OSError(f"no free name to set {key} aside after {MOVE_ASIDE_ATTEMPTS} tries")


def document_key(name: str) -> str:
    """The storage key for a document name; rejects names unsafe as file names."""
    if not NAME_PATTERN.fullmatch(name):
        raise ValueError(
            f"document name {name!r} must be 1-64 letters, digits, '-' or '_' "
            "(no extension, no folders)"
        )
    return name + DOCUMENT_SUFFIX
