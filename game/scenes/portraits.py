"""Who looks like what: the face of each citizen of a season, for the screens to draw.

The player (citizen 0) and the named friends have their faces written in
`assets/data/faces.toml`; anyone else's is made from their number by `face_from_key`, so
the same person has the same face on every screen, machine and run.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

from game.engine import ContentError, Game
from game.game_data import GameData
from game.ui.faces import FaceSpec, face_from_key

FACES_FILE = "faces.toml"
MAX_FACES_BYTES = 64_000  # the file is a few kB; anything far larger is not ours
PLAYER_KEY = "player"


def read_faces(data_dir: Path) -> dict[str, FaceSpec]:
    """The faces written in the data folder, by friend id (and "player"). A mistake raises
    `ContentError` naming the file, the face and the field."""
    shown = f"assets/data/{FACES_FILE}"
    path = Path(data_dir) / FACES_FILE
    if not path.exists():
        return {}
    raw = path.read_bytes()
    if len(raw) > MAX_FACES_BYTES:
        raise ContentError(shown, "", "", f"is {len(raw):,} bytes long (at most "
                                          f"{MAX_FACES_BYTES:,})")
    try:
        table = tomllib.loads(raw.decode("utf-8")).get("face", {})
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(shown, "", "", f"is not valid TOML ({error})") from error
    if not isinstance(table, dict):
        raise ContentError(shown, "face", "", "must be a table of faces")
    faces = {}
    known = set(FaceSpec.field_names())
    for face_id, fields in table.items():
        if not isinstance(fields, dict):
            raise ContentError(shown, f"face.{face_id}", "", "must be a table")
        unknown = sorted(set(fields) - known)
        if unknown:
            raise ContentError(shown, f"face.{face_id}", unknown[0],
                               f"is not a part of a face (known: {', '.join(sorted(known))})")
        try:
            faces[face_id] = FaceSpec(**fields)
        except (TypeError, ValueError) as error:
            raise ContentError(shown, f"face.{face_id}", "", str(error)) from error
    return faces


class Portraits:
    """The faces of one season's people: `face(citizen)` for any citizen index."""

    def __init__(self, written: Mapping[str, FaceSpec], friend_ids: tuple[str, ...]) -> None:
        self.written = dict(written)
        self.friend_ids = friend_ids

    @classmethod
    def for_game(cls, data: GameData, game: Game) -> Portraits:
        return cls(read_faces(data.data_dir), tuple(f.id for f in game.content.friends))

    def face(self, citizen: int) -> FaceSpec:
        if citizen == 0:
            return self.written.get(PLAYER_KEY) or face_from_key(PLAYER_KEY)
        if 1 <= citizen <= len(self.friend_ids):
            friend_id = self.friend_ids[citizen - 1]
            return self.written.get(friend_id) or face_from_key(friend_id)
        return face_from_key(f"citizen-{citizen}")
