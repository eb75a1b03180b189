"""The web build (README commands 3 and 4): offline, in seconds, and a small package.

The checks: the build (seconds, no network, sources untouched), the package (exactly
main.py, game/ and assets/, under 1 MB with the fonts), the itch.io zip, pygbag.ini.
"""

from __future__ import annotations

import tarfile
import zipfile

import pytest

from tests.browser.web_build_support import (
    OFFLINE_BUILD_LIMIT_S,
    PACKAGE_ROOTS,
    apk_names,
)
from tools import build_web


def test_build_runs_offline_in_seconds(offline_build):
    offline_build.require_success()
    assert offline_build.seconds < OFFLINE_BUILD_LIMIT_S, (
        f"took {offline_build.seconds:.1f} s:\n{offline_build.output}")
    for path in (offline_build.web / "index.html", offline_build.web / "favicon.png",
                 offline_build.apk, offline_build.tarball, offline_build.itch_zip):
        assert path.is_file(), f"{path.name} missing:\n{offline_build.output}"
    assert offline_build.network_attempts == [], "the build tried to go online"
    assert "Package size:" in offline_build.output


def test_build_keeps_black_away_and_sources_untouched(offline_build):
    offline_build.require_success()
    assert offline_build.black_marks == [], "pygbag imported or ran black on the sources"
    before, after = offline_build.sources_before, offline_build.sources_after
    changed = sorted(name for name in before.keys() | after.keys()
                     if before.get(name) != after.get(name))
    assert changed == [], f"the build changed, added or removed source files: {changed}"


def test_build_refuses_a_package_with_extra_files(tmp_path):
    apk = tmp_path / "bad.apk"
    with zipfile.ZipFile(apk, "w") as archive:
        for name in ("assets/main.py", "assets/game/app.py", "assets/tests/test_x.py",
                     "assets/game/__pycache__/app.cpython-311.pyc", "assets/assets/beep.wav",
                     "assets/README.md", "stray.txt"):
            archive.writestr(name, "x")
    problems = "\n".join(build_web.package_problems(apk))
    for culprit in ("tests/test_x.py", "app.cpython-311.pyc", "beep.wav", "README.md",
                    "stray.txt"):
        assert culprit in problems
    assert "game/app.py" not in problems


def test_pygbag_ini_parses_as_pygbag_reads_it(tmp_path):
    ignore_dirs, ignore_files = build_web.read_pygbag_ini()
    for folder in ("/tests", "/benchmarks", "/docs", "/tools", "/.venv", "/node_modules",
                   "/.ci", "/build", "__pycache__"):
        assert folder in ignore_dirs
    assert "pygbag.ini" in ignore_files
    broken = tmp_path / "pygbag.ini"
    broken.write_text('[DEPENDENCIES]\nignoreDirs = "/tests"\nignoreFiles = []\n',
                      encoding="utf-8")
    with pytest.raises(build_web.BuildError, match="list of strings"):
        build_web.read_pygbag_ini(broken)


# ---------------------------------------------------------------- the package


def test_package_holds_exactly_the_game(offline_build):
    offline_build.require_success()
    assert build_web.package_problems(offline_build.apk) == []
    with zipfile.ZipFile(offline_build.apk) as archive:
        assert archive.testzip() is None
    wanted = {f"{build_web.APK_PREFIX}/{name}" for name in offline_build.sources_before
              if name.split("/")[0] in PACKAGE_ROOTS}
    names = apk_names(offline_build)
    assert names == wanted, (f"missing: {sorted(wanted - names)}; "
                             f"extra: {sorted(names - wanted)}")
    for name in names:
        parts = name.split("/")[1:]
        assert parts[0] in PACKAGE_ROOTS, name
        assert not {"tests", ".git", ".venv", "node_modules", "__pycache__"} & set(parts), name
    assert {"assets/main.py", "assets/game/launch.py", "assets/game/shell/app.py",
            "assets/assets/fonts/Inter-Regular.ttf"} <= names


def test_tarball_holds_the_same_files(offline_build):
    offline_build.require_success()
    with tarfile.open(offline_build.tarball, "r:gz") as tarball:
        assert set(tarball.getnames()) == apk_names(offline_build)


def test_package_is_at_most_1_mb_with_the_fonts(offline_build):
    offline_build.require_success()
    fonts = [name for name in apk_names(offline_build) if name.endswith(".ttf")]
    assert len(fonts) >= 2, fonts
    for package in (offline_build.apk, offline_build.tarball):
        size = package.stat().st_size
        assert size <= build_web.MAX_PACKAGE_BYTES, f"{package.name}: {size} bytes"


def test_itch_zip_holds_the_page_and_the_package_it_loads(offline_build):
    offline_build.require_success()
    with zipfile.ZipFile(offline_build.itch_zip) as archive:
        assert set(archive.namelist()) == {"index.html", "favicon.png", offline_build.apk.name}
        page = archive.read("index.html").decode("utf-8")
    assert f'PACKAGE_URL = "{offline_build.apk.name}"' in page


# ---------------------------------------------------------------- the page, as text
