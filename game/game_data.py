"""The data a season is played with: checked content and the string table of one language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.engine.content import DEFAULT_DATA_DIR, Content, load_content
from game.engine.strings import Strings, load_strings

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class GameData:
    """Content plus strings; loading it raises `ContentError` with the file and entry."""

    content: Content
    strings: Strings

    @classmethod
    def load(cls, data_dir: Path = DEFAULT_DATA_DIR, scenario: str = "default",
             language: str = DEFAULT_LANGUAGE) -> GameData:
        """Load and check every content file and the language's strings."""
        content = load_content(data_dir, scenario)
        return cls(content, load_strings(content, language, data_dir))

    def t(self, key: str, **params: object) -> str:
        """Shorthand for the string table's `get`."""
        return self.strings.get(key, **params)
