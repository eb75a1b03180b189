"""Build the browser version (README command 3), offline, into build/web/.

Usage (from anywhere; paths are the repository's):

    python tools/build_web.py            # build/web/: index.html, favicon.png, the package
    python tools/build_web.py --archive  # the same, plus build/web.zip to upload to itch.io
    python tools/build_web.py --verbose  # also show pygbag's own output
    python tools/build_web.py --local-runtime [FOLDER]  # the runtime served beside the game

The package is `<name>.apk` (a zip) and its twin `<name>.tar.gz`, where `<name>` is the
repository folder's name in lower case (pygbag names the package after the folder holding
main.py), e.g. `credit-to-society.apk`. Serve the result with
`python tools/serve_web.py` (README command 4).

What it does: runs pygbag (the pinned version below) with the project's own page template
(`web/template.tmpl`) and icon (`web/favicon.png`), so it needs no network: pygbag only goes
online for a template or icon it does not have, and then retries forever. pygbag packs the
repository root minus what `pygbag.ini` leaves out. It runs in a child process in which
`black` cannot be imported, because pygbag reformats the packed folder in place whenever it
can import black, and with `--no_opt`, because its optimiser writes converted copies of
images, sounds and scripts into the source tree.

Before pygbag runs, it checks the game against what pygbag 0.9.3's browser runtime holds
(`tools/web_runtime.py`, with the runtime's file list and package index kept in
`web/pygbag-runtime/`): it refuses to build if the game imports a standard-library module
that runtime lacks, or a third-party package that main.py does not name (the runtime
installs only what main.py names).

Then it checks the result and fails (exit status 1) if anything is wrong: every output file
present, no `{{cookiecutter.…}}` key left in the page, the package a valid archive holding
only main.py, game/ and assets/ (nothing from tests, caches or virtual environments, no
audio pygbag refuses), and the package at most 1 MB. It prints the package's size.

`--local-runtime FOLDER` is for a class on a network that blocks pygbag's CDN: FOLDER is the
runtime as `tools/fetch_runtime.py` downloaded and checked it (default
build/pygbag-runtime-0.9.3). The build refuses a folder that is incomplete or differs from
its record, copies its files to build/web/runtime/ (keeping the CDN's paths), and gives the
page the relative address runtime/0.9.3/ instead of the CDN's; the page then sends the
runtime's package requests (its index and the pygame-ce wheel, which the runtime asks of
the CDN whatever the page says) to the same folder. The result needs no internet at all:
serve it with `python tools/serve_web.py --lan`. It cannot be combined with `--archive`
(the itch.io zip is for playing online).
"""

from __future__ import annotations

import argparse
import ast
import configparser
import dataclasses
import importlib.metadata
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: tools/ is on the path, not the repository
    sys.path.insert(0, str(ROOT))

from tools.runtime_manifest import (  # noqa: E402
    LOCK_NAME,
    MANIFEST,
    Manifest,
    ManifestError,
    folder_problems,
    load_manifest,
)
from tools.web_runtime import (  # noqa: E402
    FILE_LIST,
    PACKAGE_INDEX,
    RUNTIME_DIR,
    Runtime,
    import_problems,
)

RUNTIME_FILES = (FILE_LIST, PACKAGE_INDEX)

TEMPLATE = ROOT / "web" / "template.tmpl"
ICON = ROOT / "web" / "favicon.png"
PYGBAG_INI = ROOT / "pygbag.ini"
BUILD_DIR = ROOT / "build" / "web"
ITCH_ZIP = ROOT / "build" / "web.zip"

TITLE = "Credit to Society"
PYGBAG_VERSION = "0.9.3"  # the template is written for this version's runtime
RUNTIME_CDN = f"https://pygame-web.github.io/cdn/{PYGBAG_VERSION}/"  # where the page gets it
# Where the runtime's package installer looks, which the page redirects to a local runtime
# (web/template.tmpl, PACKAGE_SITES): the CDN's root, and pygbag's test server's.
PACKAGE_SITES = ("https://pygame-web.github.io/cdn/", "http://localhost:8000/cdn/")
LOCAL_RUNTIME_DIR = "runtime"  # in build/web/: the runtime when built with --local-runtime
DEFAULT_RUNTIME_FOLDER = ROOT / "build" / f"pygbag-runtime-{PYGBAG_VERSION}"
PYGBAG_TIMEOUT_S = 120  # a build takes about a second; longer means pygbag is stuck online
MAX_PACKAGE_BYTES = 1_000_000  # 1 MB: the most a player downloads for the game itself
BYTES_PER_KB = 1000

APK_PREFIX = "assets"  # pygbag stores every packed file under this folder in the .apk
PACKAGE_TOP_LEVEL = frozenset({"main.py", "game", "assets"})  # all a player needs
FORBIDDEN_PARTS = frozenset({"tests", ".git", ".venv", "venv", "node_modules", "__pycache__",
                             ".hypothesis", ".pytest_cache", ".ruff_cache", ".ci"})
FORBIDDEN_SUFFIXES = frozenset({".pyc", ".pyo"})
REFUSED_AUDIO_SUFFIXES = frozenset({".wav", ".mp3", ".aiff", ".xm", ".flac"})  # .ogg only
PLACEHOLDER_MARK = "{{cookiecutter."

# The child process: pygbag with `black` made unimportable (pygbag only runs black after
# importing it succeeds), run as `python -m pygbag` would run it.
PYGBAG_BOOTSTRAP = """
import runpy, sys
sys.modules["black"] = None  # pygbag would reformat the packed folder in place
sys.argv[0] = "pygbag"
runpy.run_module("pygbag", run_name="__main__", alter_sys=True)
"""


class BuildError(Exception):
    """The build failed; the message says why and what to do."""


@dataclasses.dataclass(frozen=True)
class BuildResult:
    """Where the build wrote its files and how long pygbag took."""

    build_dir: Path
    index_html: Path
    favicon: Path
    apk: Path
    tarball: Path
    itch_zip: Path | None
    seconds: float
    pygbag_output: str
    runtime_dir: Path | None = None  # build/web/runtime/ when built with a local runtime


def package_name(root: Path = ROOT) -> str:
    """The name pygbag gives the package: the root folder's name, lower case."""
    return root.name.lower().replace(" ", ".")


def check_pygbag_version() -> None:
    """pygbag must be installed at the version the template is written for."""
    try:
        installed = importlib.metadata.version("pygbag")
    except importlib.metadata.PackageNotFoundError:
        raise BuildError(f"pygbag is not installed: pip install pygbag=={PYGBAG_VERSION} "
                         '(or pip install -e ".[web]")') from None
    if installed != PYGBAG_VERSION:
        raise BuildError(f"pygbag {installed} is installed, but web/template.tmpl is written for "
                         f"{PYGBAG_VERSION}: pip install pygbag=={PYGBAG_VERSION}")


def read_pygbag_ini(path: Path = PYGBAG_INI) -> tuple[list[str], list[str]]:
    """The (ignoreDirs, ignoreFiles) lists of pygbag.ini, parsed as pygbag parses them.

    pygbag silently keeps a value it cannot parse as a string, then treats each of its
    characters as a folder to ignore; this refuses such a file instead.
    """
    if not path.is_file():
        raise BuildError(f"{path} is missing: without it pygbag packs tests and virtual "
                         "environments too")
    parser = configparser.ConfigParser(inline_comment_prefixes=";")
    parser.read(path, encoding="utf-8")
    lists = []
    for key in ("ignoreDirs", "ignoreFiles"):
        raw = parser.get("DEPENDENCIES", key, fallback=None)
        if raw is None:
            raise BuildError(f"{path}: [DEPENDENCIES] has no {key}")
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError) as error:
            raise BuildError(f"{path}: {key} is not a Python list of strings ({error})") from None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise BuildError(f"{path}: {key} must be a list of strings")
        spaced = [item for item in value if " " in item]
        if spaced:
            raise BuildError(f"{path}: {key}: pygbag refuses names with spaces: {spaced}")
        lists.append(value)
    return lists[0], lists[1]


def check_runtime_imports(root: Path = ROOT) -> None:
    """Refuse a game that would stop in pygbag 0.9.3's runtime before its first frame."""
    runtime_dir = root / RUNTIME_DIR.relative_to(ROOT)
    try:
        runtime = Runtime.load(*(runtime_dir / path.name for path in RUNTIME_FILES))
    except (OSError, ValueError) as error:
        raise BuildError(f"cannot read the web runtime's file list in {runtime_dir}: "
                         f"{error}") from None
    problems = import_problems(root, runtime)
    if problems:
        raise BuildError("the game would not start in pygbag 0.9.3's browser runtime:\n  "
                         + "\n  ".join(problems))


def pygbag_command(archive: bool, root: Path = ROOT, cdn: str = RUNTIME_CDN) -> list[str]:
    """The child process's command line (its working directory must be `root`)."""
    command = [sys.executable, "-c", PYGBAG_BOOTSTRAP,
               "--build", "--no_opt",
               "--title", TITLE,
               "--template", str(root / TEMPLATE.relative_to(ROOT)),
               "--icon", str(root / ICON.relative_to(ROOT)),
               "--cdn", cdn]
    if archive:
        command.append("--archive")
    command.append(str(root))  # pygbag wants the app folder last
    return command


def package_problems(apk: Path) -> list[str]:
    """What is wrong with a built .apk (a zip archive); empty if nothing."""
    try:
        with zipfile.ZipFile(apk) as archive:
            damaged = archive.testzip()
            names = archive.namelist()
    except (OSError, zipfile.BadZipFile) as error:
        return [f"{apk.name} is not a valid zip archive: {error}"]
    problems = [f"{apk.name}: {damaged} is damaged"] if damaged else []
    if f"{APK_PREFIX}/main.py" not in names:
        problems.append(f"{apk.name} has no main.py")
    for name in names:
        path = PurePosixPath(name)
        if path.parts[0] != APK_PREFIX or len(path.parts) < 2:
            problems.append(f"{apk.name}: {name} is outside {APK_PREFIX}/")
            continue
        inside = PurePosixPath(*path.parts[1:])
        if inside.parts[0] not in PACKAGE_TOP_LEVEL:
            problems.append(f"{apk.name}: {inside} is not main.py, game/ or assets/: leave it "
                            "out in pygbag.ini")
        elif FORBIDDEN_PARTS.intersection(inside.parts) or inside.suffix in FORBIDDEN_SUFFIXES:
            problems.append(f"{apk.name}: {inside} must not be shipped")
        elif inside.suffix.lower() in REFUSED_AUDIO_SUFFIXES:
            problems.append(f"{apk.name}: {inside}: the web runtime plays only .ogg audio")
    return problems


def runtime_manifest(root: Path = ROOT) -> Manifest:
    """The runtime manifest of the repository in `root`."""
    try:
        return load_manifest(root / MANIFEST.relative_to(ROOT))
    except ManifestError as error:
        raise BuildError(str(error)) from None


def check_runtime_folder(folder: Path, manifest: Manifest) -> None:
    """Refuse a runtime folder that is not complete and as fetch_runtime.py recorded it."""
    problems = folder_problems(folder, manifest)
    if problems:
        raise BuildError(f"the runtime folder {folder} cannot be used:\n  "
                         + "\n  ".join(problems)
                         + f"\nFetch it (once, online): python tools/fetch_runtime.py {folder}")


def local_cdn(manifest: Manifest) -> str:
    """The page's runtime address when the runtime is served beside it: a relative path."""
    return f"{LOCAL_RUNTIME_DIR}/{manifest.page_folder}"


def copy_runtime(folder: Path, manifest: Manifest, build_dir: Path) -> Path:
    """Copy the runtime's files (and their record) into build_dir/runtime/; check the copy."""
    target = build_dir / LOCAL_RUNTIME_DIR
    for name in [*manifest.paths, LOCK_NAME]:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / name, target / name)
    problems = folder_problems(target, manifest)
    if problems:
        raise BuildError("the runtime's copy in the build is wrong:\n  " + "\n  ".join(problems))
    return target


def local_page_problems(page: str, manifest: Manifest) -> list[str]:
    """What in a local-runtime page would still reach the CDN; empty if nothing."""
    problems = []
    expected = f'src="{local_cdn(manifest)}pythons.js"'
    if expected not in page:
        problems.append(f"the page does not load the runtime from {local_cdn(manifest)}")
    if RUNTIME_CDN in page:
        problems.append(f"the page still names {RUNTIME_CDN}")
    return problems


def size_report(paths: list[Path]) -> str:
    return "\n".join(f"  {path.name:<32} {path.stat().st_size / BYTES_PER_KB:8.1f} kB"
                     for path in paths)


def build(archive: bool = False, root: Path = ROOT, verbose: bool = False,
          local_runtime: Path | None = None) -> BuildResult:
    """Build the web version of the game in `root` (the repository); raise BuildError.

    With `local_runtime` (a folder made by tools/fetch_runtime.py), the runtime is copied
    into the build and the page loads it from there instead of the CDN.
    """
    if local_runtime is not None and archive:
        raise BuildError("--local-runtime and --archive do not go together: the itch.io zip "
                         "is for playing online, with the runtime from the CDN")
    cdn = RUNTIME_CDN
    manifest = None
    if local_runtime is not None:
        manifest = runtime_manifest(root)
        check_runtime_folder(local_runtime, manifest)
        cdn = local_cdn(manifest)
    check_pygbag_version()
    read_pygbag_ini(root / PYGBAG_INI.relative_to(ROOT))
    for needed in (root / "main.py", root / TEMPLATE.relative_to(ROOT),
                   root / ICON.relative_to(ROOT)):
        if not needed.is_file():
            raise BuildError(f"{needed} is missing")
    check_runtime_imports(root)
    build_dir = root / BUILD_DIR.relative_to(ROOT)
    itch_zip = root / ITCH_ZIP.relative_to(ROOT)
    # No stale files from an earlier build. pygbag recreates build/web/ only when its
    # build/version.txt is missing or stale, so the emptied folder is made again here.
    shutil.rmtree(build_dir, ignore_errors=True)
    build_dir.mkdir(parents=True)
    itch_zip.unlink(missing_ok=True)

    started = time.monotonic()
    try:
        finished = subprocess.run(pygbag_command(archive, root, cdn), cwd=root, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace",
                                  timeout=PYGBAG_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise BuildError(f"pygbag did not finish within {PYGBAG_TIMEOUT_S} s: it retries "
                         "forever when it looks for a template or icon online") from None
    seconds = time.monotonic() - started
    output = finished.stdout + finished.stderr
    if verbose:
        print(output)
    if finished.returncode != 0:
        raise BuildError(f"pygbag failed (exit status {finished.returncode}):\n{output}")

    name = package_name(root)
    result = BuildResult(build_dir=build_dir, index_html=build_dir / "index.html",
                         favicon=build_dir / "favicon.png", apk=build_dir / f"{name}.apk",
                         tarball=build_dir / f"{name}.tar.gz",
                         itch_zip=itch_zip if archive else None, seconds=seconds,
                         pygbag_output=output)
    expected = [result.index_html, result.favicon, result.apk, result.tarball]
    missing = [path for path in expected + [result.itch_zip] if path and not path.is_file()]
    if missing:
        raise BuildError("pygbag did not write " + ", ".join(map(str, missing))
                         + f"\n{output}")
    page = result.index_html.read_text(encoding="utf-8")
    if PLACEHOLDER_MARK in page:
        line = next(line for line in page.splitlines() if PLACEHOLDER_MARK in line)
        raise BuildError(f"web/template.tmpl uses a key pygbag does not fill in: {line.strip()}")
    problems = package_problems(result.apk)
    for package in (result.apk, result.tarball):
        if package.stat().st_size > MAX_PACKAGE_BYTES:
            problems.append(f"{package.name} is {package.stat().st_size / BYTES_PER_KB:.1f} kB, "
                            f"over the {MAX_PACKAGE_BYTES / BYTES_PER_KB:.0f} kB limit")
    if problems:
        raise BuildError("the web package is wrong:\n  " + "\n  ".join(problems))
    if manifest is not None:
        page_problems = local_page_problems(page, manifest)
        if page_problems:
            raise BuildError("the page would still use the CDN:\n  "
                             + "\n  ".join(page_problems))
        result = dataclasses.replace(result, runtime_dir=copy_runtime(local_runtime, manifest,
                                                                      build_dir))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", action="store_true",
                        help="also write build/web.zip for itch.io")
    parser.add_argument("--verbose", action="store_true", help="show pygbag's output")
    parser.add_argument("--local-runtime", nargs="?", type=Path, metavar="FOLDER",
                        const=DEFAULT_RUNTIME_FOLDER, default=None,
                        help="serve pygbag's runtime beside the game, from FOLDER as "
                             "tools/fetch_runtime.py made it (default "
                             "build/pygbag-runtime-0.9.3), for a network without the CDN")
    args = parser.parse_args(argv)
    local_runtime = args.local_runtime.resolve() if args.local_runtime else None
    try:
        result = build(archive=args.archive, verbose=args.verbose, local_runtime=local_runtime)
    except BuildError as error:
        print(f"build_web: {error}", file=sys.stderr)
        return 1
    written = [result.index_html, result.favicon, result.apk, result.tarball]
    source = (f"runtime served beside it, from {result.runtime_dir}" if result.runtime_dir
              else f"runtime from {RUNTIME_CDN}")
    print(f"Built {result.build_dir} in {result.seconds:.1f} s (pygbag {PYGBAG_VERSION}, "
          f"{source}):")
    print(size_report(written + ([result.itch_zip] if result.itch_zip else [])))
    print(f"Package size: {result.apk.name} {result.apk.stat().st_size / BYTES_PER_KB:.1f} kB "
          f"(limit {MAX_PACKAGE_BYTES / BYTES_PER_KB:.0f} kB, fonts included)")
    if result.runtime_dir:
        runtime_bytes = sum(path.stat().st_size for path in result.runtime_dir.rglob("*")
                            if path.is_file())
        print(f"Runtime: {runtime_bytes / BYTES_PER_KB / BYTES_PER_KB:.1f} MB in "
              f"{result.runtime_dir.relative_to(result.build_dir)}/ (no internet needed)")
        print("Serve it to a class: python tools/serve_web.py --lan")
    else:
        print("Play it locally: python tools/serve_web.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
