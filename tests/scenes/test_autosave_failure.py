"""A full disk or a read-only data folder: the player sees at once that the season is not
being saved, the game retries after every action, and the last good save is kept."""

from __future__ import annotations

import json

import pygame

from game.services.storage import MemoryBackend, Storage

from .helpers import make_app, press, scene_name


class RefusingBackend(MemoryBackend):
    """Memory that refuses writes while `full` is set, as a full disk does."""

    def __init__(self) -> None:
        super().__init__()
        self.full = False

    def save(self, key: str, data: bytes) -> None:
        if self.full:
            raise OSError(28, "No space left on device")
        super().save(key, data)


def week_of_the_save(backend: MemoryBackend) -> int:
    season = json.loads(json.loads(backend.data["season.json"])["season"])
    return season["state"]["week"]


def start(tmp_path, display):
    app = make_app(tmp_path, display)
    backend = RefusingBackend()
    app.context.storage = Storage(backend)
    app.top.enter(app.context)
    for _ in range(3):  # new game, the first scenario, the invitation
        press(app, pygame.K_RETURN)
    assert scene_name(app) == "PlayScene"
    return app, backend


def test_a_failed_autosave_is_shown_retried_and_never_overwrites(tmp_path, display):
    app, backend = start(tmp_path, display)
    play = app.top
    assert play.save_problem is None and week_of_the_save(backend) == 1
    backend.full = True
    press(app, pygame.K_e)  # end the week: the save fails
    while scene_name(app) != "PlayScene":  # the summary, then any event's focused choice
        press(app, pygame.K_RETURN)
    assert play.save_problem
    assert play.data.t("ui.play.save_failed") in play.spoken_text()
    assert week_of_the_save(backend) == 1  # the last good save is untouched
    picture = app.screen.copy()
    warning = play.context.theme.palette.warning
    header = play.rects["header"]
    assert picture.get_at((header.left + 2, header.centery))[:3] == warning[:3]
    backend.full = False
    app.apply(app.top.activate("tab:post"))
    press(app, pygame.K_RETURN)  # post the first kind of post: any action saves again
    assert play.save_problem is None and week_of_the_save(backend) == 2
    assert app.context.fonts.overflow_log == []


def test_leaving_for_the_title_with_a_failed_save_says_so(tmp_path, display):
    app, backend = start(tmp_path, display)
    backend.full = True
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "PauseMenu"
    press(app, pygame.K_t, "t")
    assert scene_name(app) == "TitleScene"
    assert app.top.data.t("ui.title.not_saved") in app.top.notices
