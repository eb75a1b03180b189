"""Saving a picture of a screen: a PNG file on the desktop, a download in the browser."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from game.services import web
from game.services.storage import default_data_dir

EXPORT_FOLDER = "exports"  # under the user's data folder on the desktop
BROWSER_TEMP_DIR = Path("/tmp")  # the browser's in-memory file system


@dataclass(frozen=True)
class ExportResult:
    """Where the picture went (a path, or the browser's download), or why it failed."""

    path: Path | None
    downloaded: bool = False
    problem: str | None = None
    download_refused: bool = False  # written, but the page could not offer the download

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.download_refused


def export_png(surface: pygame.Surface, name: str, folder: Path | None = None) -> ExportResult:
    """Write `surface` as `<name>.png`: into `folder` (default: the data folder's exports)
    on the desktop; in the browser, into its file system and then offered as a download."""
    if web.RUNNING_IN_BROWSER:
        folder = BROWSER_TEMP_DIR
    else:
        folder = folder or default_data_dir() / EXPORT_FOLDER
    path = folder / f"{name}.png"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        pygame.image.save(surface, str(path))
    except (OSError, pygame.error) as error:
        return ExportResult(None, problem=str(error))
    if web.RUNNING_IN_BROWSER:
        if not web.offer_download(path):
            return ExportResult(path, download_refused=True)
        return ExportResult(path, downloaded=True)
    return ExportResult(path)
