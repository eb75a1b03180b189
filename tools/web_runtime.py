"""What pygbag 0.9.3's browser runtime holds, and the checks that the game asks for nothing else.

The web build runs in pygbag's runtime: CPython 3.12 compiled to WebAssembly, downloaded from
pygbag's CDN. Its standard library is a minimal one, and it installs third-party packages
only for what the text of `main.py` names. The project keeps that runtime's file list and
package index as data in `web/pygbag-runtime/` (copied from the shared `web-runtime/`
folder, read from the public repository pygame-web/cdn, folder 0.9.3), so these checks work
in a fresh clone with no network.

**The rule for a standard-library module.** It exists in the runtime if it is
1. a file of the runtime's file list (under `/usr/lib/python3.12/`);
2. frozen into CPython 3.12 (`FROZEN_MODULES`, read with `_imp.is_frozen` on CPython 3.12.1);
3. built into every CPython 3.12 (`CORE_BUILTIN_MODULES`: `Modules/Setup.bootstrap.in` and
   the interpreter's core, which cannot be built as shared libraries); or
4. a C extension the runtime is known to compile in (`KNOWN_EXTENSIONS`, each with the
   reason it is known). The file list cannot show C modules, so this list holds only what
   pygbag's own start-up code or the runtime's shipped modules need.

Anything else that the desktop's standard library has (`statistics.py`, `_pydecimal.py`,
`timeit.py`, ...) does not exist there, and importing it stops the game before its first
frame.

Two checks use the rule:
- `import_problems` reads the source (`ast`) of `main.py` and every module of `game/`: each
  standard-library import must exist in the runtime, and each third-party package must be
  in the runtime's package index and named by `main.py` itself (an `import` anywhere in it,
  or its PEP 723 `# /// script` block), since pygbag installs only those.
  `tools/build_web.py` refuses to build while it finds a problem.
- `StdlibGate` is an import hook for a live interpreter: installed before the game is
  imported, it refuses what the runtime lacks, imported by the game's code (`main.py`,
  `game.*`) or, for pure-Python modules, by the standard library itself (a desktop module
  reaching for `statistics` or `_pydecimal` would fail there too). What a standard-library
  module imports of C modules is the runtime's own business, as is everything inside
  `asyncio`: the runtime's asyncio runs on its own event loop module (`wasm_events.py`), so
  the desktop's internals (`selector_events`) say nothing about it.
"""

from __future__ import annotations

import ast
import importlib.abc
import importlib.machinery
import json
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNTIME_DIR = ROOT / "web" / "pygbag-runtime"
FILE_LIST = RUNTIME_DIR / "pygbag-0.9.3-cpython312-files.txt"
PACKAGE_INDEX = RUNTIME_DIR / "pygbag-0.9.3-cp312-packages.json"
STDLIB_PREFIX = "/usr/lib/python3.12/"
GAME_PACKAGE = "game"
ENTRY_MODULE = "main.py"

FROZEN_MODULES = frozenset({
    "_collections_abc", "_sitebuiltins", "abc", "codecs", "genericpath", "importlib.machinery",
    "importlib.util", "io", "ntpath", "os", "os.path", "posixpath", "runpy", "site", "stat",
    "zipimport",
})
CORE_BUILTIN_MODULES = frozenset({
    "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale",
    "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize",
    "_tracemalloc", "_typing", "_warnings", "_weakref", "atexit", "builtins", "errno",
    "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
})
KNOWN_EXTENSIONS = {
    "math": "pygbag's own start-up code uses it",
    "zlib": "pygbag unpacks the game's package with it",
    "_json": "pygbag's start-up code parses its package index as JSON",
    "array": "web-runtime/README.md names it among the modules compiled in",
    "_random": "web-runtime/README.md names it; the runtime ships random.py, which needs it",
    "binascii": "the runtime unpacks .apk packages with zipfile, which needs it",
    "_struct": "the runtime unpacks .apk packages with zipfile, which needs it",
}

# pygbag's own names for packages whose import name differs (aio.pep0723.Config.mapping).
PYGBAG_PACKAGE_NAMES = {"pygame_ce": "pygame", "pygame.base": "pygame", "pillow": "PIL",
                        "python_i18n": "i18n", "pyglm": "glm", "opencv_python": "cv2",
                        "pysdl3": "sdl3"}
SCRIPT_BLOCK_START = ("# /// script", "# /// pyproject")
SCRIPT_BLOCK_END = "# ///"


@dataclass(frozen=True)
class Runtime:
    """The runtime's standard-library modules (dotted names) and installable packages."""

    stdlib_files: frozenset[str]
    packages: frozenset[str]

    @classmethod
    def load(cls, file_list: Path = FILE_LIST, package_index: Path = PACKAGE_INDEX) -> Runtime:
        names = set()
        for line in file_list.read_text(encoding="utf-8").split():
            if line.startswith(STDLIB_PREFIX) and line.endswith(".py"):
                parts = line[len(STDLIB_PREFIX):-len(".py")].split("/")
                if parts[-1] == "__init__":
                    parts.pop()
                names.add(".".join(parts))
        index = json.loads(package_index.read_text(encoding="utf-8"))
        packages = frozenset(name for name in index if not name.startswith("-"))
        return cls(frozenset(names), packages)

    def has_stdlib(self, name: str) -> bool:
        """Whether the standard-library module `name` (dotted) exists in the runtime."""
        return (name in self.stdlib_files or name in FROZEN_MODULES
                or name in CORE_BUILTIN_MODULES or name in KNOWN_EXTENSIONS)


def is_stdlib(name: str) -> bool:
    """Whether `name` belongs to the standard library (of this interpreter's version)."""
    return name.partition(".")[0] in sys.stdlib_module_names


# -- the static check ------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    """One absolute import statement's module, where it is."""

    module: str
    path: Path
    line: int


def imports_in(source: str, path: Path) -> list[Import]:
    """Every absolute import in a module's source, wherever it sits (as pygbag reads it)."""
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, path, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append(Import(node.module, path, node.lineno))
    return found


def script_block_dependencies(source: str) -> list[str]:
    """The `dependencies` of a PEP 723 `# /// script` block, or [] without one."""
    lines = source.splitlines()
    starts = [i for i, line in enumerate(lines) if line.rstrip() in SCRIPT_BLOCK_START]
    if not starts:
        return []
    content = []
    for line in lines[starts[0] + 1:]:
        if line.rstrip() == SCRIPT_BLOCK_END or not line.startswith("#"):
            break
        content.append(line[2:])
    block = tomllib.loads("\n".join(content))
    return [str(dependency) for dependency in block.get("dependencies", [])]


def package_import_name(requirement: str) -> str:
    """The import name pygbag installs for a requirement ("pygame-ce>=2.5" -> "pygame")."""
    name = requirement
    for separator in "<>=!~;[ ":
        name = name.split(separator)[0]
    name = name.lower().replace("-", "_")
    return PYGBAG_PACKAGE_NAMES.get(name, name)


def packages_named_by_entry(source: str) -> set[str]:
    """The third-party packages pygbag installs for an entry module's text."""
    named = {found.module.partition(".")[0] for found in imports_in(source, Path(ENTRY_MODULE))}
    named |= {package_import_name(dependency) for dependency in script_block_dependencies(source)}
    return {name for name in named if not is_stdlib(name) and name != GAME_PACKAGE}


def game_sources(root: Path = ROOT) -> list[Path]:
    """main.py and every module of the game package: what the web package runs."""
    return [root / ENTRY_MODULE, *sorted((root / GAME_PACKAGE).rglob("*.py"))]


def import_problems(root: Path = ROOT, runtime: Runtime | None = None) -> list[str]:
    """What pygbag 0.9.3's runtime would refuse in the game's imports; [] if nothing.

    One problem per module or package, naming where it is first imported."""
    runtime = runtime or Runtime.load()
    named = packages_named_by_entry((root / ENTRY_MODULE).read_text(encoding="utf-8"))
    first_use: dict[str, str] = {}
    uses: dict[str, int] = {}
    for path in game_sources(root):
        for found in imports_in(path.read_text(encoding="utf-8"), path):
            top = found.module.partition(".")[0]
            key = found.module if is_stdlib(found.module) else top
            if top != GAME_PACKAGE:
                first_use.setdefault(key, f"{path.relative_to(root)}:{found.line}")
                uses[key] = uses.get(key, 0) + 1
    problems = []
    for key, where in first_use.items():
        also = f" and {uses[key] - 1} more" if uses[key] > 1 else ""
        if is_stdlib(key):
            if not runtime.has_stdlib(key):
                problems.append(f"{where}{also}: imports {key}, which pygbag 0.9.3's runtime "
                                "does not have (its standard library is a minimal one)")
        elif key not in runtime.packages:
            problems.append(f"{where}{also}: imports {key}, which pygbag 0.9.3's runtime "
                            "cannot install (it is not in the runtime's package index)")
        elif key not in named:
            problems.append(f"{where}{also}: imports {key}, but {ENTRY_MODULE} does not: the "
                            f"runtime installs only what {ENTRY_MODULE} names, so add "
                            f"`import {key}` at the top of {ENTRY_MODULE}")
    return problems


# -- the live check --------------------------------------------------------------------


class StdlibGate(importlib.abc.MetaPathFinder):
    """An import hook that refuses standard-library modules the runtime does not have.

    See the module's docstring for which imports it judges. It records every refusal in
    `refused` as "module (imported by importer)".
    """

    def __init__(self, runtime: Runtime | None = None, allow: frozenset[str] = frozenset()):
        self.runtime = runtime or Runtime.load()
        self.allow = allow
        self.refused: list[str] = []

    def find_spec(self, name, path=None, target=None):
        if not is_stdlib(name) or self.runtime.has_stdlib(name) or name in self.allow:
            return None
        importer = importing_module()
        if is_game_code(importer) or (is_stdlib(importer) and not in_asyncio(importer)
                                      and is_pure_python(name, path)):
            self.refused.append(f"{name} (imported by {importer})")
            raise ModuleNotFoundError(f"No module named '{name}': pygbag 0.9.3's runtime does "
                                      f"not have it (imported by {importer})", name=name)
        return None


def importing_module() -> str:
    """The `__name__` of the module whose code is importing, outside the import system."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not filename.startswith("<frozen importlib") and filename != __file__:
            return str(frame.f_globals.get("__name__", ""))
        frame = frame.f_back
    return ""


def is_game_code(module: str) -> bool:
    return module == "__main__" or module.partition(".")[0] == GAME_PACKAGE


def in_asyncio(module: str) -> bool:
    return module.partition(".")[0] == "asyncio"


def is_pure_python(name: str, path) -> bool:
    """Whether the desktop's copy of module `name` is Python source (not a C extension)."""
    spec = importlib.machinery.PathFinder.find_spec(name, path)
    return bool(spec and spec.origin and spec.origin.endswith(".py"))
