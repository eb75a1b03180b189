"""The debrief's Reveal page: six rows, each labelled with the weakest claim it cites, shown
one at a time (N, B), the Evidence page one key away (E), and every row fits its card in
every language, at both text sizes and on a projector."""

from __future__ import annotations

import shutil
import tomllib

import pygame
import pytest

from game.bots.season import play_season
from game.engine import EVIDENCE_LABELS, ContentError, load_content
from game.game_data import GameData
from game.reveal import load_reveal
from game.scenes.debrief import DebriefScene
from game.services.presets import available_languages
from game.services.session import Session
from game.shell import Settings

from .helpers import make_app, press

DATA_DIR = GameData.load().data_dir
REVEAL_ROWS = 6  # the issue asks for six


def test_each_row_is_labelled_with_the_weakest_claim_it_cites():
    content = load_content(DATA_DIR)
    raw = tomllib.loads((DATA_DIR / "reveal.toml").read_text(encoding="utf-8"))["row"]
    assert len(raw) == REVEAL_ROWS
    for row in raw:
        labels = [content.claims[claim].label for claim in row["claims"]]
        assert row["label"] == max(labels, key=EVIDENCE_LABELS.index), row["id"]
    assert {row["label"] for row in raw} >= {"documented", "contested", "invented"}


def test_a_row_labelled_stronger_than_its_claims_is_refused(tmp_path):
    content = load_content(DATA_DIR)
    shutil.copy(DATA_DIR / "reveal.toml", tmp_path / "reveal.toml")
    text = (tmp_path / "reveal.toml").read_text(encoding="utf-8")
    (tmp_path / "reveal.toml").write_text(
        text.replace('claims = ["F1", "F2"]\nlabel = "contested"',
                     'claims = ["F1", "F2"]\nlabel = "documented"'), encoding="utf-8")
    with pytest.raises(ContentError, match="row 'friends'.*label.*'contested'"):
        load_reveal(tmp_path, content)


def reveal_app(tmp_path, display, language="en", settings=None):
    data = GameData.load(language=language)
    finished = play_season("loyal", 4, content=data.content)
    app = make_app(tmp_path, display, settings, language=language)
    scene = DebriefScene(data, Session(data, app.context.storage), finished)
    return data, make_app(tmp_path, display, settings, language=language, scene=scene)


def test_rows_come_one_at_a_time_and_e_opens_the_evidence_page(tmp_path, display):
    data, app = reveal_app(tmp_path, display)
    press(app, pygame.K_6, "6")
    assert app.top.page == "reveal"
    first = data.t("ui.reveal.row.posts.claim")
    assert first in app.top.spoken_text() and "● Invented for the game" in app.top.spoken_text()
    assert not app.top.focus.get("reveal_previous").enabled
    press(app, pygame.K_n, "n")
    spoken = app.top.spoken_text()
    assert data.t("ui.reveal.row.travel_bans.claim") in spoken and first not in spoken
    assert "■ Documented" in spoken and "B1, B2" in spoken
    for _ in range(REVEAL_ROWS):  # past the last row it stays on the last
        press(app, pygame.K_n, "n")
    assert app.top.reveal_shown == REVEAL_ROWS - 1
    press(app, pygame.K_b, "b")
    assert app.top.reveal_shown == REVEAL_ROWS - 2
    press(app, pygame.K_e, "e")
    assert app.top.page == "rules"


@pytest.mark.parametrize("language", available_languages())
def test_every_row_fits_its_card(tmp_path, display, language):
    for settings in (Settings(), Settings(text_scale="large"), Settings(presenter=True)):
        _, app = reveal_app(tmp_path, display, language, settings)
        app.top.page = "reveal"
        for index in range(REVEAL_ROWS):
            app.top.reveal_shown = index
            app.top.rebuild()
            app.context.fonts.overflow_log = []
            app.draw()
            assert app.context.fonts.overflow_log == [], (language, settings, index)
