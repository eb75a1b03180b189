"""main.py run the way pygbag's browser runtime runs it (tests/web/runtime_harness.py), each
time in a fresh interpreter: a season from the title to the debrief and Save image, with
the page's storage working or blocked, its download working or throwing, with the game's
page object or without, and addresses pygbag's loader would misread. No exception may
escape, and the player is told what could not be done."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from game.game_data import GameData

ROOT = Path(__file__).resolve().parents[2]
HARNESS_TIMEOUT_S = 180
STRINGS = GameData.load().strings


def run_harness(*arguments: str) -> dict:
    command = [sys.executable, "-c", "import sys\nfrom tests.web.runtime_harness import main\n"
               f"sys.exit(main({list(arguments)!r}))"]
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                              timeout=HARNESS_TIMEOUT_S)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the harness printed no report:\n{finished.stdout}\n{finished.stderr}"
    report = json.loads(lines[-1])
    assert report["error"] is None, report["error"]
    assert finished.returncode == 0, finished.stderr[-2000:]
    return report


def text(key: str, **params) -> str:
    return STRINGS.get(key, **params)


def test_a_season_in_the_game_page_with_a_fragment_link():
    report = run_harness("--address", "#seed=42")
    assert report["reached_debrief"] and report["refused_modules"] == []
    assert report["world_seed"] == 42
    assert report["frames"] > 150  # a season of scripted input, not a shortcut
    assert {"TitleScene", "PlayScene", "EventDialog", "WeekSummary", "DebriefScene"} <= \
        set(report["scenes"])
    downloads = [entry for entry in report["page_log"] if entry[0] == "gamePage.download"]
    assert downloads and downloads[0][1] == "credit-to-society-42-summary.png"
    assert downloads[0][2] > 1000  # a real PNG was read from the file system
    assert report["export_message"] == text("ui.debrief.downloaded",
                                            name="credit-to-society-42-summary.png")
    assert "credit-to-society/season.json" in report["stored_keys"]
    assert text("ui.title.storage_memory") not in report["title_notices"]


def test_blocked_storage_a_throwing_download_and_a_misread_address_stop_nothing():
    report = run_harness("--storage", "blocked", "--download", "throws",
                         "--address", "?py&-i&%&seed=%00&lang=en&http://example.com/x.py")
    assert report["reached_debrief"]
    assert report["title_notices"][0] == text("ui.title.storage_memory")
    assert report["stored_keys"] == []  # nothing reached the blocked storage
    assert report["export_message"] == text("ui.debrief.download_failed")
    tried = [entry[0] for entry in report["page_log"]]
    assert tried == ["gamePage.download failed", "MM.download"]  # then the message


def test_a_page_without_the_games_page_object_still_plays():
    """Another page (an older template, a test page): the address is read from `location`
    and the download falls back to the runtime's MM.download, which 0.9.3 breaks."""
    report = run_harness("--no-page-object", "--address", "?seed=7&lang=es")
    assert report["reached_debrief"] and report["world_seed"] == 7
    assert report["export_message"] == GameData.load(language="es").strings.get(
        "ui.debrief.download_failed")


ODD_ADDRESS = ("?seed=happy&seed=" + "9" * 5000 + "&" + "&".join(f"k{i}=v" for i in range(500))
               + "#debug&seed=²&lang=%E0%A4")


def test_odd_addresses_are_short_notices_not_crashes():
    report = run_harness("--address", ODD_ADDRESS)
    assert report["reached_debrief"]
    assert 1 < len(report["title_notices"]) < 12
    assert all(len(notice) < 200 for notice in report["title_notices"])
