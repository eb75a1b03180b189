"""Storage: platform folders, atomic writes, and corrupt files kept aside, never lost."""

import json
import os
from pathlib import Path

import pytest

from game.services.storage import (
    DATA_DIR_ENV_VAR,
    FileBackend,
    MemoryBackend,
    Storage,
    default_data_dir,
    document_key,
)

HOME = Path("/home/player")


@pytest.fixture
def storage(tmp_path):
    return Storage(FileBackend(tmp_path / "data"))


def test_data_dir_per_platform():
    assert default_data_dir({}, "linux", HOME) == HOME / ".local/share/credit-to-society"
    assert default_data_dir({"XDG_DATA_HOME": "/xdg"}, "linux", HOME) == Path(
        "/xdg/credit-to-society"
    )
    assert default_data_dir({"XDG_DATA_HOME": "relative"}, "linux", HOME) == (
        HOME / ".local/share/credit-to-society"
    )
    assert default_data_dir({"APPDATA": r"C:\Users\p\AppData\Roaming"}, "win32", HOME) == Path(
        r"C:\Users\p\AppData\Roaming"
    ) / "credit-to-society"
    assert default_data_dir({}, "darwin", HOME) == (
        HOME / "Library/Application Support/credit-to-society"
    )


def test_env_var_overrides_every_platform(tmp_path):
    env = {DATA_DIR_ENV_VAR: str(tmp_path), "XDG_DATA_HOME": "/xdg"}
    for platform in ("linux", "win32", "darwin", "emscripten"):
        assert default_data_dir(env, platform, HOME) == tmp_path


def test_tests_never_use_the_real_home(private_data_dir):
    assert default_data_dir() == private_data_dir
    assert Storage.for_this_platform().backend.directory == private_data_dir


def test_round_trip_creates_the_folder(storage):
    settings = {"text_scale": "large", "muted": False, "name": "Lǐ Wěi ¥"}
    assert storage.write_json("settings", settings).ok
    assert storage.read_json("settings").data == settings
    text = (storage.backend.directory / "settings.json").read_text(encoding="utf-8")
    assert json.loads(text) == settings


def test_missing_document_is_not_a_problem(storage):
    result = storage.read_json("settings")
    assert result.data is None and result.problem is None and result.ok


def test_write_is_atomic_via_os_replace(storage, monkeypatch):
    storage.write_json("save", {"week": 1})
    calls = []
    real_replace = os.replace

    def spy(source, target):
        calls.append((Path(source).name, Path(target).name))
        assert json.loads(Path(source).read_text()) == {"week": 2}  # complete before the swap
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    storage.write_json("save", {"week": 2})
    assert len(calls) == 1 and calls[0][1] == "save.json" and calls[0][0] != "save.json"
    assert storage.read_json("save").data == {"week": 2}
    assert storage.backend.keys() == ["save.json"]  # no temporary file left behind


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(storage, monkeypatch):
    storage.write_json("save", {"week": 1})

    def fail(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    result = storage.write_json("save", {"week": 2})
    assert not result.ok and "No space left" in result.problem
    monkeypatch.undo()
    assert storage.read_json("save").data == {"week": 1}
    assert storage.backend.keys() == ["save.json"]


def test_unserialisable_document_is_a_programming_error(storage):
    with pytest.raises(TypeError):
        storage.write_json("save", {"when": object()})
    with pytest.raises(ValueError):
        storage.write_json("save", {"score": float("nan")})


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"text_scale": "large",', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "holds a list where a dict was expected"),
        (b"", "not valid JSON"),
    ],
)
def test_corrupt_document_is_moved_aside_and_reported(storage, raw, reason):
    folder = storage.backend.directory
    folder.mkdir(parents=True)
    (folder / "settings.json").write_bytes(raw)
    result = storage.read_json("settings")
    assert result.data is None
    assert reason in result.problem
    assert result.moved_to == "settings.corrupt-1.json"
    assert "settings.corrupt-1.json" in result.problem
    assert not (folder / "settings.json").exists()
    assert (folder / "settings.corrupt-1.json").read_bytes() == raw  # kept byte for byte


def test_second_corruption_gets_a_new_name_and_keeps_the_first(storage):
    folder = storage.backend.directory
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text("first broken")
    storage.read_json("settings")
    (folder / "settings.json").write_text("second broken")
    result = storage.read_json("settings")
    assert result.moved_to == "settings.corrupt-2.json"
    assert (folder / "settings.corrupt-1.json").read_text() == "first broken"
    assert (folder / "settings.corrupt-2.json").read_text() == "second broken"
    assert storage.read_json("settings").problem is None  # now simply missing


def test_numbering_continues_above_the_highest_kept_file(storage):
    folder = storage.backend.directory
    folder.mkdir(parents=True)
    (folder / "save.corrupt-7.json").write_text("old")
    (folder / "save.json").write_text("{")
    assert storage.read_json("save").moved_to == "save.corrupt-8.json"
    assert (folder / "save.corrupt-7.json").read_text() == "old"


def test_expected_type_can_be_a_list(storage):
    storage.write_json("history", [1, 2])
    assert storage.read_json("history", expected_type=list).data == [1, 2]


def test_unreadable_file_is_reported_not_raised(storage):
    folder = storage.backend.directory
    (folder / "settings.json").mkdir(parents=True)  # a folder where a file should be
    result = storage.read_json("settings")
    assert result.data is None and result.problem


@pytest.mark.parametrize("name", ["", "../escape", "a/b", "settings.json", ".hidden", "x" * 65])
def test_unsafe_names_are_rejected(name):
    with pytest.raises(ValueError):
        document_key(name)


def test_memory_backend_behaves_like_files():
    storage = Storage(MemoryBackend())
    storage.write_json("settings", {"muted": True})
    assert storage.read_json("settings").data == {"muted": True}
    storage.backend.data["settings.json"] = b"nope"
    assert storage.read_json("settings").moved_to == "settings.corrupt-1.json"
    storage.backend.data["settings.json"] = b"nope again"
    assert storage.read_json("settings").moved_to == "settings.corrupt-2.json"
    assert storage.backend.keys() == [
        "settings.corrupt-1.json", "settings.corrupt-2.json"
    ]
    with pytest.raises(FileExistsError):
        storage.backend.move("settings.corrupt-1.json", "settings.corrupt-2.json")


def test_storage_does_not_import_pygame():
    import subprocess
    import sys

    code = "import sys, game.services.storage; print('pygame' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "False"


@pytest.mark.parametrize(("text", "reason"), [
    ('{"money": ' + "9" * 5000 + "}", "characters long"),
    ("[" * 5000 + "]" * 5000, "nested deeper"),
    ('{"money": Infinity}', "Infinity"),
    ('{"money": NaN}', "NaN"),
    ('{"money": 1e400}', "not finite"),
])
def test_documents_out_of_bounds_are_set_aside_not_raised(tmp_path, text, reason):
    storage = Storage(FileBackend(tmp_path))
    (tmp_path / "season.json").write_text(text, encoding="utf-8")
    result = storage.read_json("season")
    assert result.data is None and reason in result.problem
    assert (tmp_path / "season.corrupt-1.json").read_text(encoding="utf-8") == text


def test_half_written_temporary_files_are_cleaned_at_start(tmp_path):
    import time

    old, new = tmp_path / ".season.json.abc.tmp", tmp_path / ".season.json.def.tmp"
    for path in (old, new):
        path.write_bytes(b"half")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    FileBackend(tmp_path)
    assert not old.exists() and new.exists()  # a write in progress is left alone


def test_paths_in_messages_hide_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    backend = FileBackend(tmp_path / "data")
    assert backend.describe("season.json") == str(Path("~") / "data" / "season.json")
