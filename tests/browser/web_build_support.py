"""The offline web build shared by the web-build tests: one scratch build per module.

The repository's files (tracked, or new and not ignored) are copied to a scratch folder
named `credit-to-society`, with the clutter a developer's checkout has planted beside them
(a virtual environment, node_modules, caches, bytecode). `tools/build_web.py --archive` (or
the options a test gives) then runs there with the network cut off: in a new network
namespace (`unshare --net`) when the system allows one, and always under a guard that
refuses and records every internet connection. A fake `black`, importable and on PATH,
records whether pygbag tried to reformat the sources.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.support import unavailable
from tools import build_web

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "build" / "test-artifacts"
SCRATCH_NAME = "credit-to-society"  # pygbag names the package after the folder
OFFLINE_BUILD_LIMIT_S = 30  # the build takes about a second; pygbag online would hang
BUILD_KILL_AFTER_S = 2 * OFFLINE_BUILD_LIMIT_S  # then the test stops waiting
VIEWPORT = {"width": 1280, "height": 720}  # the game's logical size, a projector's too
PAGE_TIMEOUT_MS = 15_000
POLL_INTERVAL_MS = 100
PACKAGE_ROOTS = ("main.py", "game", "assets")  # the only things a player needs

# Clutter a developer's checkout holds, none of which may reach the package.
PLANTED_CLUTTER = (
    ".venv/lib/python3.11/site-packages/clutter/__init__.py",
    ".venv/pyvenv.cfg",
    "node_modules/clutter/index.js",
    ".hypothesis/examples/clutter",
    ".pytest_cache/v/cache/lastfailed",
    ".ruff_cache/clutter",
    ".git/HEAD",
    "credit_to_society.egg-info/PKG-INFO",
    "game/__pycache__/clutter.cpython-311.pyc",
    "tests/__pycache__/clutter.cpython-311.pyc",
)

# Loaded by every Python process of the build (it is on PYTHONPATH): refuses internet
# connections and name lookups, and records each attempt.
NETWORK_GUARD = '''
"""Test guard: this process may not use the network."""
import errno
import os
import socket

_LOG = os.environ["WEB_BUILD_NETWORK_LOG"]


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(what + "\\n")
    raise OSError(errno.ENETUNREACH, "network disabled by the offline build test")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(f"connect {address!r}")
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _refuse(f"connect_ex {address!r}")
    return _connect_ex(self, address)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = lambda host, *args, **kwargs: _refuse(f"getaddrinfo {host!r}")
socket.create_connection = lambda address, *args, **kwargs: _refuse(f"connection {address!r}")
'''

# A stand-in for black: importing it, or running it, leaves a mark.
FAKE_BLACK_MODULE = '''
"""Test stand-in for black: records that it was imported."""
import os

with open(os.environ["WEB_BUILD_BLACK_MARK"], "a", encoding="utf-8") as mark:
    mark.write("imported\\n")
'''
FAKE_BLACK_COMMAND = '''#!/bin/sh
echo "run: $*" >> "$WEB_BUILD_BLACK_MARK"
'''


@dataclass
class OfflineBuild:
    """A build made by tools/build_web.py in a scratch copy with no network."""

    root: Path
    isolation: str
    returncode: int
    seconds: float
    output: str
    network_attempts: list[str]
    black_marks: list[str]
    sources_before: dict[str, str]
    sources_after: dict[str, str]

    @property
    def web(self) -> Path:
        return self.root / "build" / "web"

    @property
    def apk(self) -> Path:
        return self.web / f"{SCRATCH_NAME}.apk"

    @property
    def tarball(self) -> Path:
        return self.web / f"{SCRATCH_NAME}.tar.gz"

    @property
    def itch_zip(self) -> Path:
        return self.root / "build" / "web.zip"

    def require_success(self) -> None:
        assert self.returncode == 0, f"build failed ({self.isolation}):\n{self.output}"


def project_files() -> list[str]:
    """The files a fresh checkout would hold: tracked, or new and not ignored."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        unavailable("the offline build test copies the files git knows: no git checkout here")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True, check=True)
    names = [name for name in listed.stdout.decode("utf-8").split("\0") if name]
    return [name for name in names if (ROOT / name).is_file()]  # not deleted meanwhile


def source_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` except build output and bytecode."""
    hashes = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and relative.parts[0] != "build" and "__pycache__" not in relative.parts:
            hashes[relative.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def network_isolation() -> list[str]:
    """A command prefix that runs a program with no network, or [] if none is allowed."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    for prefix in ([unshare, "--net"], [unshare, "--map-root-user", "--net"]):
        probe = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True)
        if probe.returncode == 0:
            return prefix
    return []


def run_killable(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str, float]:
    """Run `command` in its own process group; kill that group if it overstays."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=BUILD_KILL_AFTER_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(f"the offline build did not finish in {BUILD_KILL_AFTER_S} s "
                    f"(pygbag retries its CDN forever when it goes online):\n{output}")
    return process.returncode, output, time.monotonic() - started


@pytest.fixture(scope="module")
def offline_build(tmp_path_factory) -> OfflineBuild:
    """Copy the project to a scratch folder, plant clutter, build there with no network."""
    return run_offline_build(tmp_path_factory, ["--archive"])


def run_offline_build(tmp_path_factory, build_args: list[str]) -> OfflineBuild:
    """`tools/build_web.py *build_args` in a scratch copy of the project, with no network."""
    if importlib.util.find_spec("pygbag") is None:
        unavailable(f"pygbag is not installed (pip install pygbag=={build_web.PYGBAG_VERSION})")
    scratch = tmp_path_factory.mktemp("web-build") / SCRATCH_NAME
    for name in project_files():
        (scratch / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, scratch / name)
    for name in PLANTED_CLUTTER:
        (scratch / name).parent.mkdir(parents=True, exist_ok=True)
        (scratch / name).write_text("clutter a player does not need\n", encoding="utf-8")

    guard = tmp_path_factory.mktemp("guard")
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    (guard / "black").mkdir()
    (guard / "black" / "__init__.py").write_text(FAKE_BLACK_MODULE, encoding="utf-8")
    (guard / "bin").mkdir()
    (guard / "bin" / "black").write_text(FAKE_BLACK_COMMAND, encoding="utf-8")
    (guard / "bin" / "black").chmod(0o755)
    network_log, black_mark = guard / "network.log", guard / "black.log"
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(guard),
                                                       os.environ.get("PYTHONPATH")])),
           "PATH": os.pathsep.join([str(guard / "bin"), os.environ.get("PATH", "")]),
           "WEB_BUILD_NETWORK_LOG": str(network_log), "WEB_BUILD_BLACK_MARK": str(black_mark)}

    prefix = network_isolation()
    isolation = " ".join([Path(prefix[0]).name, *prefix[1:]]) if prefix else "no namespace"
    sources_before = source_hashes(scratch)
    command = [*prefix, sys.executable, str(scratch / "tools" / "build_web.py"), *build_args]
    returncode, output, seconds = run_killable(command, scratch, env)
    build = OfflineBuild(root=scratch, isolation=f"{isolation} + socket guard",
                         returncode=returncode, seconds=seconds, output=output,
                         network_attempts=lines_of(network_log), black_marks=lines_of(black_mark),
                         sources_before=sources_before, sources_after=source_hashes(scratch))
    if returncode == 0 and build_args == ["--archive"]:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "web-build.txt").write_text(
            f"offline build in a scratch copy: {seconds:.2f} s, network cut by "
            f"{build.isolation}\n\n{output}", encoding="utf-8")
    return build


def apk_names(build: OfflineBuild) -> set[str]:
    with zipfile.ZipFile(build.apk) as archive:
        return set(archive.namelist())


# ---------------------------------------------------------------- the build itself
