"""tools/fetch_runtime.py and the runtime manifest: the download, its checks, its record.

The CDN is stood in for by a local server holding fake files at the manifest's paths, so the
real network code runs (urllib over HTTP) without the internet.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from tests.web.runtime_stand_in import fake_content, make_stand_in_cdn, serve_recording
from tools import build_web, fetch_runtime, runtime_manifest
from tools.runtime_manifest import (
    CHECKED_ACCEPTED,
    CHECKED_FIRST,
    CHECKED_PINNED,
    LOCK_NAME,
    folder_problems,
    load_manifest,
    read_lock,
)
from tools.web_runtime import PACKAGE_INDEX

MANIFEST = load_manifest()
WHEEL_ABI, WHEEL_API = "cp312", "wasm32_bi_emscripten"  # what 0.9.3's runtime substitutes


def unpinned(manifest=MANIFEST):
    """The manifest's files with no size or sha256 known: all recorded at first download."""
    files = tuple(dataclasses.replace(entry, size=None, sha256=None) for entry in manifest.files)
    return dataclasses.replace(manifest, files=files)


def pinned_to_fakes(manifest=MANIFEST):
    """The manifest pinned to the stand-in files' own sizes and sha256."""
    files = tuple(dataclasses.replace(entry, size=len(fake_content(entry.path)),
                                      sha256=hashlib.sha256(fake_content(entry.path)).hexdigest())
                  for entry in manifest.files)
    return dataclasses.replace(manifest, files=files)


def quiet(_line: str) -> None:
    pass


@pytest.fixture
def cdn(tmp_path):
    """A stand-in CDN served on 127.0.0.1: (base URL, requested paths)."""
    make_stand_in_cdn(tmp_path / "cdn", MANIFEST)
    with serve_recording(tmp_path / "cdn") as served:
        yield served


# ---------------------------------------------------------------- the manifest


def test_manifest_lists_what_the_page_and_runtime_fetch():
    paths = MANIFEST.paths
    for needed in ("0.9.3/pythons.js", "0.9.3/cpython312/main.js", "0.9.3/cpython312/main.wasm",
                   "0.9.3/cpython312/main.data", "0.9.3/cpythonrc.py", "0.9.3/empty.ogg",
                   "index-0.9.3-cp312.json"):
        assert needed in paths
    assert MANIFEST.cdn_root + MANIFEST.page_folder == build_web.RUNTIME_CDN
    assert all(entry.fetched_by for entry in MANIFEST.files)
    pinned = [entry for entry in MANIFEST.files if entry.sha256]
    assert len(pinned) == len(paths) - 2  # all but main.wasm and main.data


def test_manifest_wheel_is_the_one_the_package_index_names_for_pygame():
    index = json.loads(PACKAGE_INDEX.read_text(encoding="utf-8"))
    wheel = index["pygame"].replace("<abi>", WHEEL_ABI).replace("<api>", WHEEL_API)
    assert wheel in MANIFEST.paths
    assert index["-CDN-"] == MANIFEST.cdn_root


@pytest.mark.parametrize("bad, message", [
    ('[runtime]\npygbag="0.9.3"\ncdn_root="x/"\npage_folder="p/"\n[[file]]\npath="../x"\n',
     "relative path"),
    ('[runtime]\npygbag="0.9.3"\ncdn_root="x/"\npage_folder="p/"\n[[file]]\npath="a"\n'
     'sha256="abc"\n', "64 lower-case hex"),
    ('[runtime]\npygbag="0.9.3"\ncdn_root="x"\npage_folder="p/"\n[[file]]\npath="a"\n',
     "end with /"),
    ('[runtime]\npygbag="0.9.3"\ncdn_root="x/"\npage_folder="p/"\n', "no \\[\\[file"),
    ("[[file]\n", "cannot be read"),
])
def test_a_bad_manifest_is_refused_with_its_reason(tmp_path, bad, message):
    path = tmp_path / "manifest.toml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(runtime_manifest.ManifestError, match=message):
        load_manifest(path)


# ---------------------------------------------------------------- fetching


def test_fetch_downloads_every_file_and_records_what_it_did_not_know(tmp_path, cdn):
    base_url, requested = cdn
    folder = tmp_path / "runtime"
    manifest = unpinned()
    assert fetch_runtime.fetch_folder(manifest, folder, base_url, log=quiet) == []
    assert sorted(requested) == sorted("/" + path for path in manifest.paths)
    for path in manifest.paths:
        assert (folder / path).read_bytes() == fake_content(path)
    _, records = read_lock(folder)
    assert {record.checked for record in records.values()} == {CHECKED_FIRST}
    assert records["0.9.3/pythons.js"].sha256 == hashlib.sha256(
        fake_content("0.9.3/pythons.js")).hexdigest()
    assert folder_problems(folder, manifest) == []
    assert not list(folder.rglob("*.part"))

    # Again: everything is there and checked, so nothing is downloaded.
    requested.clear()
    assert fetch_runtime.fetch_folder(manifest, folder, base_url, log=quiet) == []
    assert requested == []


def test_files_matching_the_manifest_are_recorded_as_such(tmp_path, cdn):
    base_url, _ = cdn
    folder = tmp_path / "runtime"
    manifest = pinned_to_fakes()
    assert fetch_runtime.fetch_folder(manifest, folder, base_url, log=quiet) == []
    assert {record.checked for record in read_lock(folder)[1].values()} == {CHECKED_PINNED}
    assert folder_problems(folder, manifest) == []


def test_a_file_the_cdn_changed_is_refused_unless_accepted(tmp_path, cdn):
    base_url, _ = cdn
    folder = tmp_path / "runtime"
    problems = fetch_runtime.fetch_folder(MANIFEST, folder, base_url, log=quiet)
    refused = [path for path in MANIFEST.paths if any(path in text for text in problems)]
    assert refused == [entry.path for entry in MANIFEST.files if entry.size or entry.sha256]
    assert not (folder / "0.9.3/pythons.js").exists()  # nothing of a refused file is kept
    assert "0.9.3/pythons.js is not in" in "\n".join(folder_problems(folder, MANIFEST))

    assert fetch_runtime.fetch_folder(MANIFEST, folder, base_url, accept_changed=True,
                                      log=quiet) == []
    records = read_lock(folder)[1]
    assert records["0.9.3/pythons.js"].checked == CHECKED_ACCEPTED
    assert records["0.9.3/cpython312/main.wasm"].checked == CHECKED_FIRST
    assert folder_problems(folder, MANIFEST) == []


def test_a_missing_file_on_the_server_is_named_and_leaves_nothing_behind(tmp_path):
    manifest = unpinned()
    cdn_root = make_stand_in_cdn(tmp_path / "cdn", manifest)
    (cdn_root / "0.9.3/cpython312/main.data").unlink()
    folder = tmp_path / "runtime"
    with serve_recording(cdn_root) as (base_url, _):
        problems = fetch_runtime.fetch_folder(manifest, folder, base_url, log=quiet)
    assert len(problems) == 1 and "main.data" in problems[0] and "404" in problems[0]
    assert not (folder / "0.9.3/cpython312/main.data").exists()
    assert not list(folder.rglob("*.part"))
    assert folder_problems(folder, manifest) == ["0.9.3/cpython312/main.data is not in "
                                                 f"{LOCK_NAME}"]


def test_an_unreachable_server_and_an_oversized_file_are_errors(tmp_path, cdn):
    base_url, _ = cdn
    with pytest.raises(fetch_runtime.FetchError, match="larger than"):
        fetch_runtime.download(base_url + "0.9.3/pythons.js", tmp_path / "p.js", limit=10)
    assert not (tmp_path / "p.js.part").exists()
    with pytest.raises(fetch_runtime.FetchError, match="cannot connect"):
        fetch_runtime.download("http://127.0.0.1:9/x", tmp_path / "x")  # the discard port


def test_folder_check_finds_a_damaged_or_incomplete_copy(tmp_path, cdn):
    base_url, _ = cdn
    folder = tmp_path / "runtime"
    manifest = unpinned()
    fetch_runtime.fetch_folder(manifest, folder, base_url, log=quiet)
    (folder / "0.9.3/cpythonrc.py").write_bytes(fake_content("0.9.3/cpythonrc.py")[:-1] + b"!")
    (folder / "0.9.3/empty.ogg").unlink()
    problems = folder_problems(folder, manifest)
    assert "0.9.3/cpythonrc.py has changed since it was recorded (sha256)" in problems
    assert "0.9.3/empty.ogg is missing" in problems
    (folder / LOCK_NAME).unlink()
    assert "was not made by tools/fetch_runtime.py" in folder_problems(folder, manifest)[0]
    other = dataclasses.replace(manifest, pygbag="0.9.2")
    fetch_runtime.fetch_folder(manifest, folder, base_url, log=quiet)
    assert "pygbag 0.9.3" in folder_problems(folder, other)[0]


def test_command_line_fetches_checks_and_fails_as_it_says(tmp_path, cdn, capsys):
    base_url, _ = cdn
    folder = tmp_path / "runtime"
    assert fetch_runtime.main([str(folder), "--check"]) == 1
    assert fetch_runtime.main([str(folder), "--from", base_url]) == 1  # the fakes differ
    assert "REFUSED" in capsys.readouterr().out
    assert fetch_runtime.main([str(folder), "--from", base_url.rstrip("/"),
                               "--accept-changed"]) == 0
    output = capsys.readouterr().out
    assert "all 8 files present and checked" in output
    assert f"--local-runtime {folder}" in output
    assert fetch_runtime.main([str(folder), "--check"]) == 0
